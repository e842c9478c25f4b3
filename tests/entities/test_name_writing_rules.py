"""How news writes names, in invented sentences and invented names (issue 16, fifth session): landmarks
named "<Name> Square", rights groups, preachers and kin named by their noun, outlets with their kind
after them, settlements with their kind before them, a lone surname the model calls a body, a surname
two relatives share, the short name of a square, bodies cut at their connector, codes of flights, and
spans no name is written as. Styles: wire copy, state media in translation, a local paper, a rights
group's release; each rule with a case it must leave alone."""

from __future__ import annotations

import pytest

from counterpoint.entities import link_entities
from counterpoint.entities.context_votes import context_type
from counterpoint.entities.linking import link
from counterpoint.entities.surfaces import _guess_type, _vote
from counterpoint.models import Document, Evidence, Mention, StatementClaim


def _at(text: str, name: str, label: str = "person"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]


def _m(doc: str, text: str, name: str, label: str, etype: str, nth: int = 0) -> Mention:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Mention(document=doc, start=i, end=i + len(name), text=name, label=label, type=etype)  # type: ignore[arg-type]


def _link(texts: dict[str, str], *mentions: Mention, claims=()):
    docs = [Document(id=i, path=i, status="ok", text=t) for i, t in sorted(texts.items())]
    ents, _ = link_entities(docs, list(mentions), list(claims))
    return ents, {a: e for e in ents for a in e.aliases}


def _said(doc: str, text: str, speaker: str, cid: str = "c1") -> StatementClaim:
    return StatementClaim(id=cid, document=doc, speaker=None, speaker_name=speaker, text=text,
                          evidence=Evidence(document=doc, start=0, end=len(text), text=text))


# --- the words around one mention -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label", "want"),
    [
        # a preacher, a reporter, kin: persons whatever the model said
        ("Ankara blamed the unrest on followers of exiled preacher Tarik Demiroglu, who denies it.",
         "Tarik Demiroglu", "organization", "person"),
        ("State television said the imam Yusuf Harrani had been detained.", "Yusuf Harrani", "organization", "person"),
        ("One video showed the shooting of Leyla Orhanli, daughter of the party's deputy leader.",
         "Leyla Orhanli", "organization", "person"),
        ("His son Kemal Varlik was among the wounded, the family said.", "Kemal Varlik", "organization", "person"),
        # an outlet with its kind after it, lower case
        ("The pro-government Zendan Courier newspaper called the plotters traitors.", "Zendan Courier", "person",
         "organization"),
        ("The Tarlenski daily reported that 40 officers were arrested.", "Tarlenski", "person", "organization"),
        ("Zenda Daily reported 40 arrests.", "Zenda", "person", None),  # capital D: part of a name
        # a settlement with its kind before it and no "of" (translated and regional copy)
        ("The list includes 90 residents of the nearby town Zendabad, where troops opened fire.", "Zendabad",
         "organization", "place"),
        ("Elders from the village Kurtepe said the road was cut.", "Kurtepe", "person", "place"),
        ("The city Council met on Friday.", "Council", "organization", None),  # a body's word: not a town
        # a place placed against another one
        ("A trial venue is being built at Karsinli outside the capital.", "Karsinli", "person", "place"),
        ("Troops reached Orvanka, north of the city, by noon.", "Orvanka", "person", "place"),
        ("Police arrested Jan Novak outside the capital.", "Jan Novak", "person", None),  # two words: a person
        # a body that publishes and employs, after "the"
        ("It should be noted that the Zendamaw's list includes most of the names.", "Zendamaw", "person",
         "organization"),
        ("Halvar's list was long, his lawyer said.", "Halvar", "person", None),  # no "the": a person's
        # a person named with the body they speak for
        ("The numbers were given by Pieter Dalsem from Zenda Airlines at a briefing.", "Pieter Dalsem",
         "organization", "person"),
        ("Jan Vrba of the Strelsau Relief Agency said 12 were missing.", "Jan Vrba", "organization", "person"),
        ("Aid came from the Red Crescent from Zenda Province.", "Red Crescent", "organization", None),  # "the" before
        ("Zenda Rights Watch of the Strelsau Council said so.", "Zenda Rights Watch", "organization", None),
        # a craft: the comma starts a clause unless "the" names the craft
        ("Arriving aboard a military plane, Tarlenov thanked the hosts for their aid.", "Tarlenov", "organization",
         None),
        ("Divers reached the ferry, the Zendora, before dawn.", "Zendora", "person", "other"),
        # an airline's plane: the airline is not the craft
        ("The Zenda Airlines plane was shot down over the steppe.", "Zenda Airlines", "organization", None),
        ("The Zendora plane crashed on take-off.", "Zendora", "person", "other"),
    ],
)
def test_the_words_around_a_name_give_its_type(text: str, name: str, label: str, want) -> None:
    assert _at(text, name, label) == want


def test_a_place_label_with_a_landmark_word_after_it_votes_double() -> None:
    assert _at("Hundreds were killed at Zendabi al-Tarlen square on Wednesday.", "Zendabi al-Tarlen", "place") == "place"
    assert _at("Hundreds were killed in Zendabi on Wednesday.", "Zendabi", "place") is None


# --- names read alone -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Zendan Rights Watch", "organization"),  # a rights group named only as a speaker
        ("Amnesty Zenda", "organization"),
        ("Strelsau Observatory for Liberties", "organization"),
        ("Jan Watson", "person"),  # "Watson" is no "watch"
        ("Tarlen Bridge", "place"),  # a landmark named as where something happened
        ("Zendabi al-Tarlen Square", "place"),
        ("Omar Zendabi", "person"),
        ("ZX301", "other"),  # a flight's code
        ("QZ-8501", "other"),
        ("Zendora", "person"),
    ],
)
def test_a_name_without_a_mention_gets_a_type_from_its_words(name: str, want: str) -> None:
    assert _guess_type(name) == want


def test_a_landmark_the_model_calls_a_body_is_a_place() -> None:
    from collections import Counter

    from counterpoint.entities.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert _vote("Zendabi Square", Counter({"organization": 2}), gaz) == "place"
    assert _vote("Tarlen Mosque", Counter({"organization": 1}), gaz) == "place"
    assert _vote("Zenda Square Trust", Counter({"organization": 1}), gaz) == "organization"
    assert _vote("Zendan Rights Watch", Counter({"person": 3}), gaz) == "organization"


# --- linking across documents ------------------------------------------------------------------------


def test_a_lone_surname_a_foreign_town_spells_joins_the_person() -> None:
    # wire: "Samir Kolar"; state media in translation: "Kolar loyalists"; a town in India is spelled so
    a = "Police in Cairo fired on supporters of ousted president Samir Kolar in Alexandria."
    b = "Kolar loyalists gathered in Cairo again; a spokesman for Kolar said 20 died."
    _, by = _link({"a": a, "b": b},
                  _m("a", a, "Cairo", "GPE", "place"), _m("a", a, "Alexandria", "GPE", "place"),
                  _m("a", a, "Samir Kolar", "PERSON", "person"),
                  _m("b", b, "Kolar", "ORG", "organization"), _m("b", b, "Cairo", "GPE", "place"),
                  _m("b", b, "Kolar", "ORG", "organization", 1))
    assert by["Kolar"].id == by["Samir Kolar"].id and by["Kolar"].type == "person"


def test_a_lone_town_name_no_person_has_stays_what_it_was() -> None:
    a = "Floods cut the road to Kolar, officials in Bangalore said."
    _, by = _link({"a": a}, _m("a", a, "Kolar", "GPE", "place"), _m("a", a, "Bangalore", "GPE", "place"))
    assert by["Kolar"].type == "place"


def test_a_surname_two_relatives_share_goes_to_the_one_named_in_full_there() -> None:
    a = "Party leader Jan Halvar said the army killed his daughter. Halvar said he would not flee."
    b = "Among the dead was Eva Halvar, 17, daughter of party leader Jan Halvar."
    _, by = _link({"a": a, "b": b},
                  _m("a", a, "Jan Halvar", "PERSON", "person"), _m("a", a, "Halvar", "PERSON", "person", 1),
                  _m("b", b, "Eva Halvar", "PERSON", "person"), _m("b", b, "Jan Halvar", "PERSON", "person"))
    assert by["Halvar"].id == by["Jan Halvar"].id != by["Eva Halvar"].id


def test_a_shared_surname_where_both_are_named_in_full_stays_apart() -> None:
    a = "Jan Halvar and his daughter Eva Halvar were detained. Halvar was later freed."
    _, by = _link({"a": a}, _m("a", a, "Jan Halvar", "PERSON", "person"), _m("a", a, "Eva Halvar", "PERSON", "person"),
                  _m("a", a, "Halvar", "PERSON", "person", 2))
    assert by["Halvar"].id not in (by["Jan Halvar"].id, by["Eva Halvar"].id)


def test_the_first_word_of_a_square_alone_is_that_square() -> None:
    # a local paper: "killed at Zendabi"; the same story: "Zendabi al-Tarlen square"
    a = "Most of those killed at Zendabi al-Tarlen square were shot. The Zendabi dispersal left 600 dead."
    _, by = _link({"a": a}, _m("a", a, "Zendabi al-Tarlen", "FAC", "place"),
                  _m("a", a, "Zendabi", "PERSON", "person", 1))
    assert by["Zendabi"].id == by["Zendabi al-Tarlen"].id and by["Zendabi"].type == "place"


def test_a_persons_surname_that_starts_a_square_stays_the_person() -> None:
    a = "Marchers filled Omar Zendabi Square. Activist Omar Zendabi spoke; Zendabi said the count was 40."
    _, by = _link({"a": a}, _m("a", a, "Omar Zendabi Square", "FAC", "place"),
                  _m("a", a, "Omar Zendabi", "PERSON", "person", 1), _m("a", a, "Zendabi", "PERSON", "person", 2))
    assert by["Zendabi"].type == "person" and by["Zendabi"].id == by["Omar Zendabi"].id


def test_a_body_name_that_is_a_square_without_its_word_is_the_square() -> None:
    a = "Tents burned at Zendabi al-Tarlen Square on Wednesday."
    b = "The Zendabi al-Tarlen sit-in was cleared, the Zenda Rights Council said."
    _, by = _link({"a": a, "b": b}, _m("a", a, "Zendabi al-Tarlen Square", "FAC", "place"),
                  _m("b", b, "Zendabi al-Tarlen", "ORG", "organization"),
                  _m("b", b, "Zenda Rights Council", "ORG", "organization"))
    assert by["Zendabi al-Tarlen"].id == by["Zendabi al-Tarlen Square"].id
    assert by["Zendabi al-Tarlen"].type == "place" and by["Zenda Rights Council"].type == "organization"


def test_a_rights_group_named_only_as_a_speaker_is_a_body() -> None:
    text = "Zendan Rights Watch said at least 800 protesters were killed."
    res = link([Document(id="a", path="a", status="ok", text=text)], [], [_said("a", text, "Zendan Rights Watch")])
    (ent,) = res.entities
    assert ent.type == "organization"


def test_a_flight_code_named_as_a_speaker_is_no_person() -> None:
    text = "ZX301: 154 Dutch, 23 Zendans on board"
    res = link([Document(id="a", path="a", status="ok", text=text)], [], [_said("a", text, "ZX301")])
    assert all(e.type != "person" for e in res.entities)


def test_lower_case_spans_and_side_adjectives_are_no_names() -> None:
    a = "El ministro dijo que hay en torno a un millón de personas sin hogar en Zendaville."
    b = "Security forces dispersed pro-Tarlenov protesters near the palace."
    _ents, by = _link({"a": a, "b": b}, _m("a", a, "un", "GPE", "place"),
                     _m("a", a, "Zendaville", "GPE", "place"), _m("b", b, "pro-Tarlenov", "ORG", "organization"))
    assert "un" not in by and "pro-Tarlenov" not in by and "Tarlenov" not in by
    assert "Zendaville" in by


def test_a_surname_a_claim_quotes_alone_is_kept_as_an_alias() -> None:
    a = "Red Cross spokesman Jean-Paul Vautrin said 40,000 had died. Vautrin said teams were stretched."
    _ents, by = _link({"a": a}, _m("a", a, "Jean-Paul Vautrin", "PERSON", "person"),
                     claims=[_said("a", a, "Vautrin")])
    assert by["Vautrin"].id == by["Jean-Paul Vautrin"].id and by["Jean-Paul Vautrin"].name == "Jean-Paul Vautrin"


def test_a_body_cut_at_its_connector_gets_its_head_back() -> None:
    a = "Tim Rook, an official with the Zendan Agency for Rural Development (ZARD) said teams were leaving."
    b = "ZARD pledged 10 million dollars."
    _, by = _link({"a": a, "b": b}, _m("a", a, "Rural Development (ZARD", "ORG", "organization"),
                  _m("b", b, "ZARD", "ORG", "organization"))
    assert by["ZARD"].id == by["Zendan Agency for Rural Development"].id
    assert by["ZARD"].name == "Zendan Agency for Rural Development"


def test_a_body_after_a_person_s_title_and_of_is_left_as_written() -> None:
    a = "The director of Rural Development Zenda said so."
    _, by = _link({"a": a}, _m("a", a, "Rural Development Zenda", "ORG", "organization"))
    assert "Rural Development Zenda" in by and "director of Rural Development Zenda" not in by


# --- spellings of one name ---------------------------------------------------------------------------


def _one(*names: str, label: str = "PERSON", etype: str = "person") -> list:
    texts = {f"d{i}": f"{n} said on Tuesday." for i, n in enumerate(names)}
    mentions = [Mention(document=f"d{i}", start=0, end=len(n), text=n, label=label, type=etype)  # type: ignore[arg-type]
                for i, n in enumerate(names)]
    ents, _ = _link(texts, *mentions)
    return ents


@pytest.mark.parametrize(
    "names",
    [
        ("Muhammad Yusuf Karimzoda", "Mohammed Yousef Karimzoda"),  # Yousef ends in a real f
        ("Asef Tarlani", "Assef Tarlani"),
        ("Nurlan Yermekbayev", "Nurlan Ermekbayev"),  # Russian "Е" as Ye / E (wire / state media)
        ("Yevgeny Tarlenko", "Evgeny Tarlenko"),
        ("Sadyr Tokomoff", "Sadyr Tokomov"),  # a French-era -off
    ],
)
def test_romanizations_of_one_name_are_one_person(names: tuple[str, ...]) -> None:
    ents = _one(*names)
    assert len(ents) == 1, [(e.name, e.aliases) for e in ents]


@pytest.mark.parametrize("names", [("Yeo Min-su", "Eo Min-su"), ("Yerlan Omarov", "Ruslan Omarov")])
def test_different_people_stay_apart(names: tuple[str, ...]) -> None:
    assert len(_one(*names)) == 2


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Organization for Security and Co-operation in Zendaland", "OSCZ"),  # a hyphened compound is one word
        ("U.S. Agency for Rural Development", "USARD"),  # a dotted abbreviation gives its letters
        ("Hay'at Tahrir al-Zendabi", "HTZ"),  # an Arabic article is no word
    ],
)
def test_an_acronym_meets_its_expansion_across_documents(full: str, short: str) -> None:
    ents = _one(full, short, label="ORG", etype="organization")
    assert len(ents) == 1, [(e.name, e.aliases) for e in ents]


def test_an_acronym_of_other_letters_stays_apart() -> None:
    assert len(_one("U.S. Agency for Rural Development", "USAFD", label="ORG", etype="organization")) == 2


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        ("Chief of General Staff Halim Tarlak", "Halim Tarlak", "chief of general staff"),
        ("Minister of Foreign Affairs Mevlan Orhanli", "Mevlan Orhanli", "minister of foreign affairs"),
        ("Minister for Refugees Omar el Zendabi", "Omar el Zendabi", "minister for refugees"),
        ("Secretary of State Anna Brandt", "Anna Brandt", "secretary of state"),
    ],
)
def test_a_title_naming_its_body_comes_off_the_name(written: str, name: str, role: str) -> None:
    from counterpoint.entities.names import person_and_role

    assert person_and_role(written) == (name, role)


@pytest.mark.parametrize("written", ["Ministry of Health", "Chief of Police", "President of Zenda Republic Council"])
def test_a_body_or_a_bare_title_is_no_titled_name(written: str) -> None:
    from counterpoint.entities.names import _title_of_body

    assert _title_of_body(written.split(), lambda w: False) is None


def test_a_politicians_full_name_before_supporters_stays_a_person() -> None:
    text = "Police fired on Omar Zendabi supporters outside the palace."
    assert _at(text, "Omar Zendabi", "person") is None
    assert _at("Dozens of Zendora United supporters ran onto the pitch.", "Zendora United", "organization") == "organization"
    assert _at("Zendora fans ran onto the pitch.", "Zendora", "person") == "organization"
