"""Types and links that must hold on coverage nobody here has read (issue 16), in invented sentences:
companies, channels and families the small model calls persons, places written "the village of X" or
"the X province" or listed among places, organization names in other languages, royal titles, one
place in two romanizations, an area and its bare name, a bridge written by its bare name."""

from __future__ import annotations

import pytest

from counterpoint.entities import link_entities
from counterpoint.entities.context_votes import context_type, listed_among_places
from counterpoint.entities.names import org_signature
from counterpoint.entities.place_linking import spelling_key
from counterpoint.models import Document, Mention


def _at(text: str, name: str, label: str = "person"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("The road was run by toll-road operator Zendastrade until last year.", "Zendastrade", "organization"),
        ("Zendastrade, a unit of the holding group Tarlenia, denied any fault.", "Zendastrade", "organization"),
        ("Prosecutors questioned Zendastrade executives on Monday.", "Zendastrade", "organization"),
        ("Zendastrade's chief executive resigned.", "Zendastrade", "organization"),
        ("Zendastrade, whose main shareholder is a textile family, paid.", "Zendastrade", "organization"),
        ("The firm is controlled by the Elphberg family.", "Elphberg", "group"),
        ("The quake flattened the mountain village of Tarlenheim overnight.", "Tarlenheim", "place"),
        ("Most deaths were in the central Zenbou province, officials said.", "Zenbou", "place"),
        ("A section of the Vrbany bridge gave way in heavy traffic.", "Vrbany", "place"),
        ("It hit the regions of Oud Zenbou, Strelsau and Tarlen.", "Oud Zenbou", "place"),
    ],
)
def test_context_gives_the_type(text: str, name: str, want: str) -> None:
    assert _at(text, name) == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the comma after "head of the ... agency" makes the name the head's, a person's
        ("The head of the civil defence agency, Anton Vrba, said cars had fallen.", "Anton Vrba"),
        # "the firm's chief": the name works there, it is not the firm
        ("Rudolf Rassendyll, the firm's chief engineer, declined to comment.", "Rudolf Rassendyll"),
        # a body named for its city is no place
        ("He spoke to the city of Zenda Police on Sunday.", "Zenda Police"),
    ],
)
def test_context_does_not_overreach(text: str, name: str) -> None:
    assert _at(text, name) not in ("organization", "place")


def test_an_item_listed_among_places_is_a_place() -> None:
    text = "deaths in Strelsau, Oud Zenbou Ida Tarlen, Hentzau and Zenda"
    names = ["Strelsau", "Oud Zenbou Ida Tarlen", "Hentzau", "Zenda"]
    spans = [(text.index(n), text.index(n) + len(n), n != "Oud Zenbou Ida Tarlen") for n in names]
    assert listed_among_places(text, spans) == {1}
    # two names side by side are not a list of places
    short = "Rudolf and Strelsau"
    assert listed_among_places(short, [(0, 6, False), (11, 19, True)]) == set()


def test_organization_names_in_other_languages_and_elisions() -> None:
    assert org_signature("Zenda Arabe Presse") == org_signature("Zenda Arabe Press")
    assert org_signature("el Ministerio del Interior") == org_signature("Ministry of Interior")
    assert org_signature("Agence Zenda Presse") == org_signature("Zenda Press Agency")


def test_place_romanizations_share_a_key() -> None:
    assert spelling_key("ech chouf") == spelling_key("esh shuf")
    assert spelling_key("oud zenbou") == spelling_key("oud zenbu")
    assert spelling_key("tarlen hawz") == spelling_key("tarlen haouz")


def _m(doc: str, text: str, label: str, etype: str, body: str) -> Mention:
    i = body.index(text)
    return Mention(document=doc, start=i, end=i + len(text), text=text, label=label, type=etype)  # type: ignore[arg-type]


def _link(texts: dict[str, str], spans: list[tuple[str, str, str, str]]):
    docs = [Document(id=d, path=d, status="ok", text=t) for d, t in texts.items()]
    mentions = [_m(d, s, label, etype, texts[d]) for d, s, label, etype in spans]
    ents, _ = link_entities(docs, mentions, [])
    return ents, {a: e for e in ents for a in e.aliases}


def test_channel_and_firm_names_are_never_persons() -> None:
    texts = {"a": "A rescuer told Zenda TV24 that the search went on. Strelsau Engineering checked the bridge."}
    _, by = _link(texts, [("a", "Zenda TV24", "PERSON", "person"), ("a", "Strelsau Engineering", "PERSON", "person")])
    assert by["Zenda TV24"].type == "organization"
    assert by["Strelsau Engineering"].type == "organization"


def test_operator_called_a_person_by_the_model_is_an_organization_by_vote() -> None:
    texts = {"a": "The road is run by toll-road operator Zendastrade. Zendastrade executives met.",
             "b": "Zendastrade said it had checked the road.",
             "c": "Zendastrade per l'Austria, a unit of Tarlenia, will pay."}
    _, by = _link(texts, [("a", "Zendastrade", "PERSON", "person"), ("b", "Zendastrade", "PERSON", "person"),
                          ("c", "Zendastrade per l'Austria", "ORG", "organization")])
    assert by["Zendastrade"].type == "organization"
    assert by["Zendastrade"].id == by["Zendastrade per l'Austria"].id


def test_royal_title_is_an_alias_not_the_name() -> None:
    texts = {"a": "King Rudolf V ordered three days of mourning.", "b": "Rudolf V visited the wounded."}
    _, by = _link(texts, [("a", "King Rudolf V", "PERSON", "person"), ("b", "Rudolf V", "PERSON", "person")])
    king = by["Rudolf V"]
    assert king.type == "person" and king.name == "Rudolf V" and "King Rudolf V" in king.aliases


def test_one_place_in_two_romanizations_and_its_area_name_are_one_place() -> None:
    texts = {"a": "Most of the dead were in the Oud Zenbou province.",
             "b": "Oud-Zenbu province suffered the worst damage.",
             "c": "The epicentre was in Oud Zenbou Province. 40 died in Tarlenbou.",
             "d": "980 others died in Tarlenbou Province, officials said."}
    ents, by = _link(texts, [("a", "Oud Zenbou", "PERSON", "person"), ("b", "Oud-Zenbu", "PERSON", "person"),
                             ("c", "Oud Zenbou Province", "GPE", "place"),
                             ("d", "Tarlenbou Province", "GPE", "place")])
    assert by["Oud Zenbou"].id == by["Oud-Zenbu"].id == by["Oud Zenbou Province"].id
    assert by["Oud Zenbou"].type == "place"
    assert "Tarlenbou" in by["Tarlenbou Province"].aliases  # written alone in document c
    assert not [e for e in ents if e.type == "person"]


def test_a_bridge_written_by_its_bare_name_is_the_bridge_not_a_person() -> None:
    texts = {"a": "A section of the Vrbany bridge collapsed.", "b": "The Vrbany Bridge was built in 1967."}
    ents, by = _link(texts, [("a", "Vrbany", "PERSON", "person"), ("b", "The Vrbany Bridge", "FAC", "place")])
    assert by["Vrbany"].id == by["Vrbany Bridge"].id and by["Vrbany"].type == "place"
    assert not [e for e in ents if e.type == "person"]


def test_a_persons_supporters_do_not_make_an_organization() -> None:
    assert _at("Rudolf Rassendyll's supporters marched on Sunday.", "Rudolf Rassendyll") != "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The crane operator Jan Novak was pulled out alive.", "Jan Novak"),
        ("Jan Novak, the party leader, called for calm.", "Jan Novak"),
    ],
)
def test_a_person_called_by_a_kind_that_firms_share_stays_a_person(text: str, name: str) -> None:
    assert _at(text, name) != "organization"


def test_unnamed_people_and_bodies_opening_a_sentence_are_not_persons() -> None:
    from counterpoint.entities.linking import _guess_type

    assert _guess_type("Rescuers") == "group"
    assert _guess_type("Authorities") == "organization"
    assert _guess_type("Rudolf Rassendyll") == "person"


def test_a_bare_area_name_tagged_on_its_own_is_not_added_to_the_area() -> None:
    texts = {"a": "Rescuers reached Tarlenbou Province.", "b": "The town of Tarlenbou lost power."}
    _, by = _link(texts, [("a", "Tarlenbou Province", "GPE", "place"), ("b", "Tarlenbou", "PERSON", "person")])
    # the bare name, tagged, is linked (here to the province) or not, but never an alias of two places
    assert sum(1 for e in {x.id: x for x in by.values()}.values() if "Tarlenbou" in e.aliases) == 1


def test_unknown_places_respelled_or_with_a_leading_kind_are_one_place() -> None:
    texts = {"a": "Worst hit was Tarlenchowk, near Mount Zendaberg.", "b": "In Tarlenchok and on Zendaberg slopes."}
    _, by = _link(texts, [("a", "Tarlenchowk", "GPE", "place"), ("a", "Mount Zendaberg", "LOC", "place"),
                          ("b", "Tarlenchok", "GPE", "place"), ("b", "Zendaberg", "GPE", "place")])
    assert by["Tarlenchowk"].id == by["Tarlenchok"].id
    assert by["Mount Zendaberg"].id == by["Zendaberg"].id


def test_a_known_mountain_answers_to_its_bare_name() -> None:
    texts = {"a": "Climbers died on Mount Everest.", "b": "Avalanches swept Everest base camp."}
    _, by = _link(texts, [("a", "Mount Everest", "LOC", "place"), ("b", "Everest", "GPE", "place")])
    assert by["Everest"].id == by["Mount Everest"].id
