"""Who's who on fresh real coverage (issue 16, fourteenth session), in invented names and sentences:
a person introduced in full and never by the surname alone still has the surname as a short name,
when no one else in the coverage could be meant by it."""

from __future__ import annotations

from linking_helpers import link_texts

from counterpoint.entities.short_names import surname_of, with_surname_aliases
from counterpoint.models import Entity


def test_the_surname_of_a_name_written_given_name_first() -> None:
    assert surname_of("Jan Tarlen") == "Tarlen"
    assert surname_of("Jean-Marc Zendaro") == "Zendaro"
    assert surname_of("President Jan Tarlen") == "Tarlen"  # the title is no given name
    assert surname_of("Jan K. Tarlen") == "Tarlen"
    assert surname_of("Hamid al-Zendari") == "al-Zendari"
    assert surname_of("Pieter van der Zande") == "van der Zande"
    assert surname_of("Amy McTarlen") == "McTarlen"


def test_no_surname_where_which_word_it_is_is_unknown() -> None:
    assert surname_of("Zendaro") is None  # one word: the name is already short
    assert surname_of("Jose Luis Tarlen Zendaro") is None  # two surnames, or a second given name
    assert surname_of("Park Ji-won") is None  # written surname first: the last word is a given name
    assert surname_of("Wang Zhendao") is None
    assert surname_of("Nguyen Tarlen") is None
    assert surname_of("Jan TARLEN") is None  # capitals: a byline's or a dateline's, no reader's name
    assert surname_of("UNHCR Chief") is None  # an office
    assert surname_of("President") is None and surname_of("Dr") is None and surname_of("") is None


def test_a_person_named_only_in_full_gets_the_surname_as_alias() -> None:
    texts = {"a": "Ruritanian President Jan Tarlen cut short a state visit on Monday.",
             "b": "\"We have seen many bodies,\" said Eva Zendaro of the Strelsau Red Cross."}
    _ents, by = link_texts(texts, [("a", "Jan Tarlen", "PERSON", "person"), ("b", "Eva Zendaro", "PERSON", "person"),
                             ("b", "Strelsau Red Cross", "ORG", "organization")])
    assert by["Tarlen"] is by["Jan Tarlen"] and by["Tarlen"].type == "person"
    assert by["Zendaro"] is by["Eva Zendaro"]


def test_a_surname_two_people_share_is_no_ones_short_name() -> None:
    texts = {"a": "Jan Tarlen, the mayor, said the water rose fast. His wife Eva Tarlen was rescued.",
             "b": "Mayor Jan Tarlen asked for help."}
    _ents, by = link_texts(texts, [("a", "Jan Tarlen", "PERSON", "person"), ("a", "Eva Tarlen", "PERSON", "person"),
                            ("b", "Jan Tarlen", "PERSON", "person")])
    assert "Tarlen" not in by
    assert by["Jan Tarlen"] is not by["Eva Tarlen"]


def _ent(eid: str, name: str, etype: str, *aliases: str) -> Entity:
    return Entity(id=eid, name=name, type=etype, aliases=(name, *aliases), documents=("a",), mentions=1)  # type: ignore[arg-type]


def test_a_surname_that_names_a_place_or_a_body_of_the_coverage_stays_theirs() -> None:
    ents = [_ent("p", "Jan Zendaro", "person"), _ent("t", "Zendaro", "place"),
            _ent("q", "Mira Tarlen", "person"), _ent("b", "Tarlen Relief", "organization", "Tarlen")]
    out = {e.id: e for e in with_surname_aliases(ents, lambda w: False)}
    assert out["p"].aliases == ("Jan Zendaro",) and out["q"].aliases == ("Mira Tarlen",)
    # a country or a region is never a person's short name, whether the coverage names it or not
    out = {e.id: e for e in with_surname_aliases([_ent("p", "Maria Kenya", "person")], lambda w: w == "Kenya")}
    assert out["p"].aliases == ("Maria Kenya",)
    # one person's two spellings give two short names ("Arden" of a misspelt "Jan Arden")
    out = {e.id: e for e in with_surname_aliases([_ent("p", "Jan Ardern", "person", "Ardern", "Jan Arden")],
                                                 lambda w: False)}
    assert set(out["p"].aliases) == {"Jan Ardern", "Ardern", "Jan Arden", "Arden"}


def _repair(nlp, text: str, wrong: list[tuple[str, str]]) -> dict[str, str]:
    """The small model's spans set by hand, then only the repair component run."""
    from spacy.tokens import Span

    from counterpoint.nlp import make_doc

    doc = make_doc(nlp, text, doc_id="t", published=None)
    spans, pos = [], 0
    for surface, label in wrong:  # in text order
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    doc = nlp.get_pipe("cp_ner_repair")(doc)
    return {e.text: e.label_ for e in doc.ents}


def test_the_place_of_a_bearing_is_a_place_whatever_the_model_made_of_it(nlp) -> None:
    text = "The epicentre was about 6km south-west of Zendaro, and the quake was felt north of Tarlen Vale."
    ents = _repair(nlp, text, [("about 6km", "QUANTITY"), ("Zendaro", "DATE")])
    assert ents["Zendaro"] == "GPE" and ents["Tarlen Vale"] == "GPE"
    # a name already tagged keeps its label; "east of the Zendan capital" names no place after "of"
    text = "Strelsau lies east of the Zendan capital, west of Zenda Airport."
    ents = _repair(nlp, text, [("Strelsau", "GPE"), ("Zendan", "NORP"), ("Zenda Airport", "FAC")])
    assert ents == {"Strelsau": "GPE", "Zendan": "NORP", "Zenda Airport": "FAC"}


def test_a_name_written_with_a_symbol_is_no_persons() -> None:
    from counterpoint.entities.surfaces import _guess_type

    assert _guess_type("ZTV+") == "organization"  # a channel's name, quoted as a source
    assert _guess_type("@zendanews") == "organization"
    assert _guess_type("Jan Tarlen") == "person"


def test_names_without_a_surname_give_no_short_name() -> None:
    assert surname_of("Zaw Win") is None  # a Burmese name: no word of it is a family name
    assert surname_of("Um Tarlen") is None  # "mother of Tarlen": Tarlen is her son
    assert surname_of("Abu Zendar") is None


def test_a_surname_the_corpus_writes_as_a_common_word_is_no_short_name() -> None:
    texts = {"a": "Jan Young, a farmer, said the young and the old fled. Eva Tarlen said it was dark."}
    _ents, by = link_texts(texts, [("a", "Jan Young", "PERSON", "person"), ("a", "Eva Tarlen", "PERSON", "person")])
    assert "Young" not in by and by["Tarlen"] is by["Eva Tarlen"]


def test_a_name_after_an_honorific_is_a_person_whatever_the_model_said() -> None:
    texts = {"a": "Chief Minister Shri Jan Tarlekar ordered state mourning.",
             "b": "Jan Tarlekar visited the hospital on Saturday."}
    _ents, by = link_texts(texts, [("a", "Shri Jan Tarlekar", "ORG", "organization"), ("b", "Jan Tarlekar", "PERSON", "person")])
    assert by["Jan Tarlekar"].type == "person"
    assert by.get("Shri Jan Tarlekar") in (None, by["Jan Tarlekar"])


def test_an_office_named_by_its_title_alone_is_no_person() -> None:
    texts = {"a": "The Interior Minister said the border was closed.",
             "b": "Interior Minister Jan Tarlen said the border was closed."}
    _ents, by = link_texts(texts, [("a", "Interior Minister", "PERSON", "person"),
                            ("b", "Interior Minister Jan Tarlen", "PERSON", "person")])
    assert "Minister" not in by and "Interior Minister" not in by
    assert by["Jan Tarlen"].type == "person" and by["Jan Tarlen"].role == "interior minister"
