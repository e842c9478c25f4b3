"""Who's who on real coverage (issue 16, eleventh session), in invented names and sentences: one
body under two heads of one class, a shorter name inside longer names already linked, a dateline's
name in capitals, names respelled by one letter (and not when one article writes both), a
town's everyday name before its particle, a square named after a person, a person's age or headship
in apposition, a broadcaster's name."""

from __future__ import annotations

from linking_helpers import link_texts

from counterpoint.entities.context_votes import context_type
from counterpoint.entities.surfaces import _guess_type


def _at(text: str, name: str, label: str = "person"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]





def test_one_body_under_two_heads_of_one_class() -> None:
    texts = {"a": "The Zendan Relief Department said 40 people died.",
             "b": "The Zendan Relief Agency said 41 people died.",
             "c": "Officials of the Zendan Relief Authority gave the figure."}
    _ents, by = link_texts(texts, [("a", "Zendan Relief Department", "ORG", "organization"),
                              ("b", "Zendan Relief Agency", "ORG", "organization"),
                              ("c", "Zendan Relief Authority", "ORG", "organization")])
    assert by["Zendan Relief Department"].id == by["Zendan Relief Agency"].id == by["Zendan Relief Authority"].id


def test_two_bodies_of_one_country_are_not_one_by_their_heads() -> None:
    texts = {"a": "The U.S. Agency sent tents to Strelsau.",
             "b": "The U.S. Department said it was ready to help."}
    _ents, by = link_texts(texts, [("a", "U.S. Agency", "ORG", "organization"),
                              ("b", "U.S. Department", "ORG", "organization")])
    assert by["U.S. Agency"].id != by["U.S. Department"].id


def test_a_shorter_name_joins_longer_names_already_one() -> None:
    texts = {"a": "Staff of Tarlen International Logistics Co. (TILC) were held.",
             "b": "The owner, Tarlen International Logistics, denied it.",
             "c": "Senior managers of Tarlen Logistics were arrested."}
    _ents, by = link_texts(texts, [("a", "Tarlen International Logistics Co.", "ORG", "organization"),
                              ("b", "Tarlen International Logistics", "ORG", "organization"),
                              ("c", "Tarlen Logistics", "ORG", "organization")])
    assert by["Tarlen Logistics"].id == by["Tarlen International Logistics"].id


def test_a_dateline_in_capitals_is_the_town_the_text_names() -> None:
    texts = {"a": "ZENDABAD, Ruritania — Rescuers dug through the night.",
             "b": "Most of the dead were in Zendabad, officials said.",
             "c": "The centre of Zendabad was flattened."}
    _ents, by = link_texts(texts, [("a", "ZENDABAD", "ORG", "organization"),
                              ("b", "Zendabad", "GPE", "place"), ("c", "Zendabad", "GPE", "place")])
    assert by["ZENDABAD"].id == by["Zendabad"].id and by["Zendabad"].type == "place"


def test_a_surname_respelled_by_one_letter_in_another_article_is_one_person() -> None:
    texts = {"a": "Governor Omar Zendabi said 150 people died.",
             "b": "\"We will restore order,\" Omar Zenrdabi said on television.",
             "c": "Omar Zendabi visited the hospital."}
    _ents, by = link_texts(texts, [("a", "Omar Zendabi", "PERSON", "person"),
                              ("b", "Omar Zenrdabi", "PERSON", "person"),
                              ("c", "Omar Zendabi", "PERSON", "person")])
    assert by["Omar Zenrdabi"].id == by["Omar Zendabi"].id


def test_names_one_letter_apart_stay_two_in_one_article() -> None:
    texts = {"a": "Riots broke out in Tarlenqi. Tarlenuqi said he saw them.",
             "b": "Police patrolled Tarlenqi and its suburbs."}
    _ents, by = link_texts(texts, [("a", "Tarlenqi", "GPE", "place"), ("a", "Tarlenuqi", "PERSON", "person"),
                              ("b", "Tarlenqi", "GPE", "place")])
    assert by["Tarlenuqi"].id != by["Tarlenqi"].id  # written side by side: two names


def test_a_town_respelled_and_taken_for_a_person_is_the_town() -> None:
    texts = {"a": "Riots broke out in Tarlenqi on Sunday.",
             "b": "Police patrolled Tarlenqi and its suburbs.",
             "c": "Troops were sent to Tarlenqi overnight.",
             "d": "A witness from Tarlenuqi, the capital, said shops were shut."}
    _ents, by = link_texts(texts, [("a", "Tarlenqi", "GPE", "place"), ("b", "Tarlenqi", "GPE", "place"),
                              ("c", "Tarlenqi", "GPE", "place"), ("d", "Tarlenuqi", "PERSON", "person")])
    assert by["Tarlenuqi"].id == by["Tarlenqi"].id and by["Tarlenqi"].type == "place"


def test_a_towns_first_word_before_its_particle_is_the_town() -> None:
    texts = {"a": "Eleven died in Zendaro del Fiume, and Zendaro itself was cut off.",
             "b": "The village of Zendaro del Fiume lost its church."}
    _ents, by = link_texts(texts, [("a", "Zendaro del Fiume", "GPE", "place"), ("a", "Zendaro", "GPE", "place"),
                              ("b", "Zendaro del Fiume", "GPE", "place")])
    assert by["Zendaro"].id == by["Zendaro del Fiume"].id


def test_a_square_named_after_a_person_is_a_place() -> None:
    texts = {"a": "A housing block collapsed in Piazza Rudolf Tarlen, where 19 people died."}
    _ents, by = link_texts(texts, [("a", "Piazza Rudolf Tarlen", "PERSON", "person")])
    assert by["Piazza Rudolf Tarlen"].type == "place"


def test_an_age_or_a_headship_in_apposition_makes_a_person() -> None:
    assert _at("in the town of Zendabad, where Rita Zendari, 63, wept.", "Rita Zendari", "place") == "person"
    assert _at("For Du Tarlen, head of the technical group, it was illegal.", "Du Tarlen",
               "organization") == "person"
    assert _at("in Zendabad, the capital, crowds gathered", "Zendabad", "place") != "person"


def test_a_broadcasters_name_is_an_organization() -> None:
    assert _guess_type("Radio Free Zenda") == "organization"
    assert _guess_type("Rudolf Tarlen") == "person"


def test_where_a_body_is_based_is_no_word_of_its_name() -> None:
    texts = {"a": "The province blamed the World Zendari Congress, an exile group.",
             "b": "Meanwhile, the US-based Zendari Congress quoted witnesses."}
    _ents, by = link_texts(texts, [("a", "World Zendari Congress", "ORG", "organization"),
                              ("b", "the US-based Zendari Congress", "ORG", "organization")])
    assert by["World Zendari Congress"].id == by["Zendari Congress"].id


def test_a_firm_by_its_first_word_and_its_legal_form_kept() -> None:
    texts = {"a": "Staff of Strelsau International Tarlenhai Logistics Co. were held.",
             "b": "Managers of Tarlenhai Logistics were arrested.",
             "c": "Another firm helped Tarlenhai acquire papers."}
    _ents, by = link_texts(texts, [("a", "Strelsau International Tarlenhai Logistics Co.", "ORG", "organization"),
                              ("b", "Tarlenhai Logistics", "ORG", "organization"),
                              ("c", "Tarlenhai", "GPE", "place")])
    assert "Strelsau International Tarlenhai Logistics Co." in by  # the legal form keeps its dot
    assert by["Tarlenhai"].id == by["Tarlenhai Logistics"].id and by["Tarlenhai"].type == "organization"


def test_a_towns_council_is_not_the_town() -> None:
    texts = {"a": "The Tarlenhai Town Council met.", "b": "Floods hit Tarlenhai on Monday."}
    _ents, by = link_texts(texts, [("a", "Tarlenhai Town Council", "ORG", "organization"),
                              ("b", "Tarlenhai", "GPE", "place")])
    assert by["Tarlenhai"].type == "place"


def test_a_word_cut_off_before_a_bodys_name_comes_back_by_its_acronym() -> None:
    texts = {"a": "State broadcaster Ruritania Central Television (RCTV) said the fire spread.",
             "b": "Power was cut, RCTV added."}
    _ents, by = link_texts(texts, [("a", "Central Television", "PERSON", "person"), ("a", "RCTV", "ORG", "organization"),
                              ("b", "RCTV", "ORG", "organization")])
    assert by["Ruritania Central Television"].id == by["RCTV"].id
    texts = {"a": "Officials of Strelsau Zenda Relief Agency (ZRA) said 40 died."}
    _ents, by = link_texts(texts, [("a", "Zenda Relief Agency", "ORG", "organization")])
    assert "Zenda Relief Agency" in by and "Strelsau Zenda Relief Agency" not in by  # the acronym spells it alone


def test_a_new_area_is_the_place_of_its_name() -> None:
    from counterpoint.entities.place_linking import kind_stripped

    assert kind_stripped("tarlenhai new area") == "tarlenhai"
    assert kind_stripped("tarlenhai new district") == "tarlenhai"
    assert kind_stripped("new area") is None
