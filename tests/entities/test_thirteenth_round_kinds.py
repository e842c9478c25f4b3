"""Who's who on fresh real coverage (issue 16, thirteenth session), in invented names and sentences:
peoples of every country, a region's name that is also a surname, the father's surname of a
two-surname name, an office alone as a speaker, a photographer's credit, an office run into a name,
places of a pair sharing one kind word, institutions inside a name."""

from __future__ import annotations

from linking_helpers import link_with_claims

from counterpoint.entities.context_votes import listed_among_places
from counterpoint.entities.kind_words import TABLE_PEOPLES
from counterpoint.entities.role_speakers import names_country, role_description
from counterpoint.entities.rules import PEOPLE_NAMES
from counterpoint.models import Evidence, StatementClaim


def _said(doc: str, text: str, speaker: str) -> StatementClaim:
    i = text.index(speaker)
    return StatementClaim(id=f"s-{doc}-{i}", document=doc, speaker=None, speaker_name=speaker, text="it is over",
                          evidence=Evidence(document=doc, start=i, end=i + len(speaker), text=text))


def test_the_people_of_any_country_in_the_table_is_a_group() -> None:
    for word in ("nigerien", "nigeriens", "burkinabe", "ivorian", "ivorians", "comorian", "gabonese"):
        assert word in PEOPLE_NAMES, word
    for name in ("finn", "dane", "scot", "turk"):  # given names and surnames too: never by the table
        assert name not in TABLE_PEOPLES, name
    texts = {"a": "Thousands of Nigeriens marched. A Nigerien trader, Jan Tarlen, said prices rose."}
    _ents, by, _c = link_with_claims(texts, [("a", "Nigeriens", "PERSON", "person"), ("a", "Nigerien", "PERSON", "person"),
                                 ("a", "Jan Tarlen", "PERSON", "person")])
    assert by["Nigeriens"].type == "group" and by["Nigerien"] is by["Nigeriens"]


def test_a_region_abroad_that_is_a_persons_surname_stays_that_person() -> None:
    # "Vargas", "Meta" are first-level regions to GeoNames; here a general's father's surname
    texts = {"a": "General Ramon Luis Vargas Zendaro said the men flew to Tarlenia via Panama and the "
                  "Dominican Republic, Vargas said, while others came by road.",
             "b": "Vargas said the team had sent flight times to Zendabad."}
    _ents, by, _c = link_with_claims(texts, [("a", "Ramon Luis Vargas Zendaro", "PERSON", "person"),
                                 ("a", "Panama", "GPE", "place"), ("a", "Dominican Republic", "GPE", "place"),
                                 ("a", "Vargas", "PERSON", "person", 1), ("b", "Vargas", "PERSON", "person")])
    assert by["Vargas"].type == "person"
    assert by["Vargas"] is by["Ramon Luis Vargas Zendaro"]


def test_a_speaker_after_a_list_of_places_is_not_listed_among_them() -> None:
    text = "They came via Panama, Zendavia and Tarlenia, Novak said on Friday."
    spans = [(text.index(w), text.index(w) + len(w), w != "Novak") for w in ("Panama", "Zendavia", "Tarlenia", "Novak")]
    assert 3 not in listed_among_places(text, spans)


def test_a_lone_surname_taken_for_a_place_joins_the_person_the_same_word_names() -> None:
    # two persons share the surname; the lone word written as a person elsewhere already chose one
    texts = {"a": "President Jan Zendaric was shot at home. His wife Rita Zendaric was wounded.",
             "b": "President Jan Zendaric was killed. Zendaric had ruled since 2017.",
             "c": "The killing of Zendarić stunned the nation."}  # spelled with its accent here
    _ents, by, _c = link_with_claims(texts, [("a", "Jan Zendaric", "PERSON", "person"), ("a", "Rita Zendaric", "PERSON", "person"),
                                 ("b", "Jan Zendaric", "PERSON", "person"), ("b", "Zendaric", "PERSON", "person", 1),
                                 ("c", "Zendarić", "LOC", "place")])
    assert by["Zendarić"].type == "person"
    assert by["Zendarić"] is by["Jan Zendaric"] and by["Rita Zendaric"] is not by["Jan Zendaric"]


def test_an_office_alone_is_a_role_not_a_body() -> None:
    assert role_description("the police chief") == ("police", "chief")
    assert role_description("the acting prime minister") == ("prime", "minister")
    assert role_description("his foreign minister") == ("foreign", "minister")
    assert role_description("the gunman") == ("gunman",)
    assert role_description("head of the regional police") == ("head",)
    for body in ("the Zenda Police", "Police Chief Jan Novak", "the authorities", "the interior ministry", "officials"):
        assert role_description(body) is None, body
    is_country = {"Zendavia"}.__contains__
    assert names_country("Zendavia's police chief", is_country)
    assert names_country("the Zendavian envoy", is_country) or role_description("the Zendavian envoy") is None
    assert not names_country("the police chief", is_country)


def test_an_office_alone_as_a_speaker_is_the_titled_person_of_the_document_or_no_one() -> None:
    texts = {"a": "Police Chief Jan Tarlen said 17 men were held. The police chief said eight fled.",
             "b": "The incident commander said the door was locked."}
    claims = [_said("a", texts["a"], "The police chief"), _said("b", texts["b"], "The incident commander")]
    ents, by, out = link_with_claims(texts, [("a", "Police Chief Jan Tarlen", "PERSON", "person")], claims)
    assert not [e for e in ents if e.type == "organization"]
    tarlen = by["Jan Tarlen"]
    assert out[0].speaker == tarlen.id  # type: ignore[union-attr]
    assert out[1].speaker is None  # type: ignore[union-attr]


def test_an_acronym_with_a_note_after_it_in_parentheses_names_the_body() -> None:
    texts = {"a": "The Union of East Zendan Countries (UEZS; also known as UEEZ in French) condemned the coup.",
             "b": "The Union of East Zendan States (UEZS) met on Sunday. UEZS leaders spoke."}
    _ents, by, _c = link_with_claims(texts, [("a", "Union of East Zendan Countries", "ORG", "organization"),
                                 ("b", "Union of East Zendan States", "ORG", "organization"),
                                 ("b", "UEZS", "ORG", "organization", 1)])
    assert by["Union of East Zendan Countries"] is by["Union of East Zendan States"]


def test_a_lone_word_that_is_one_persons_surname_and_anothers_first_name_is_the_surname() -> None:
    # "Novak" is Rita Novak's surname and Novak Tarlen's first name; Tarlen is called "Tarlen" alone,
    # so his name is written given name first and "Novak said" is Rita Novak
    texts = {"a": "Interim Premier Rita Novak said calm was restored. Novak said police held 17 men. "
                  "Lawmakers named Novak Tarlen as provisional leader; Tarlen did not comment.",
             "b": "Novak Vesel, a suspect, was arrested on Friday."}
    _ents, by, _c = link_with_claims(texts, [("a", "Rita Novak", "PERSON", "person"), ("a", "Novak", "PERSON", "person", 1),
                                 ("a", "Novak Tarlen", "PERSON", "person"), ("a", "Tarlen", "PERSON", "person", 1),
                                 ("b", "Novak Vesel", "PERSON", "person")])
    assert by["Novak"] is by["Rita Novak"]
    assert by["Tarlen"] is by["Novak Tarlen"] and by["Novak Vesel"] is not by["Rita Novak"]


def test_a_short_form_of_a_given_name_is_the_same_person() -> None:
    texts = {"a": "Lt. Chris Zendel of the state police said the gunman acted alone.",
             "b": "Lt. Christopher Zendel, a spokesman, said the motive was unknown.",
             "c": "Rita Zendel, a teacher, survived."}
    _ents, by, _c = link_with_claims(texts, [("a", "Chris Zendel", "PERSON", "person"), ("b", "Christopher Zendel", "PERSON", "person"),
                                 ("c", "Rita Zendel", "PERSON", "person")])
    assert by["Chris Zendel"] is by["Christopher Zendel"] and by["Rita Zendel"] is not by["Chris Zendel"]
    assert by["Chris Zendel"].name == "Christopher Zendel"


def test_a_country_written_with_republic_after_it_is_the_country() -> None:
    texts = {"a": "Soldiers seized power in Niger. The Republic of Niger is landlocked.",
             "b": "Military authorities in the Niger Republic closed the borders. The VP resigned."}
    _ents, by, _c = link_with_claims(texts, [("a", "Niger", "GPE", "place"), ("a", "Republic of Niger", "GPE", "place"),
                                 ("b", "Niger Republic", "GPE", "place"), ("b", "VP", "ORG", "organization")])
    assert by["Niger Republic"] is by["Niger"]
    assert "VP" not in by
