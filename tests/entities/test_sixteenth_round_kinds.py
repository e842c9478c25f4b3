"""Who's who on unseen coverage (issue 16, sixteenth session), in invented names and sentences: a
title a wire writes before a name is not the name ("Undersecretary", "Administrator", "Ayatollah");
a town, a village or a road named like a person is a place; "the roads of X and Y" are places; a
fate only a person meets makes a person; a movement written with its Arabic article and without is
one body; a named day is an occasion; titles alone are no one's name."""

from __future__ import annotations

import pytest
from linking_helpers import link_texts, link_with_claims

from counterpoint.entities.context_votes import context_type
from counterpoint.entities.names import person_and_role, titles_only
from counterpoint.models import Evidence, FigureClaim, Source


def _at(text: str, name: str, label: str):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        ("Undersecretary Omar Abdel Zendabi", "Omar Abdel Zendabi", "undersecretary"),
        ("Administrator Haile Tesfaye", "Haile Tesfaye", "administrator"),
        ("Counsellor Mya Zin Thet", "Mya Zin Thet", "counsellor"),
        ("Grand Ayatollah Ali Tarlani", "Ali Tarlani", "grand ayatollah"),
        ("Admiral Jan Novak", "Jan Novak", "admiral"),
        # a name that only looks like a title word stays whole
        ("Grace Tarlen", "Grace Tarlen", None),
    ],
)
def test_titles_before_a_name_are_its_role(written: str, name: str, role) -> None:
    assert person_and_role(written) == (name, role)


def test_the_titled_form_is_not_the_canonical_name() -> None:
    texts = {"a": "Undersecretary Omar Abdel Zendabi said 20 people died. Zendabi added that more were missing.",
             "b": "Omar Abdul-Zendabi told reporters the toll would rise.",
             "c": "Ayatollah Ali Tarlani blamed the organisers. Tarlani spoke on television."}
    _, by = link_texts(texts, [("a", "Undersecretary Omar Abdel Zendabi", "PERSON", "person"),
                               ("a", "Zendabi", "PERSON", "person"),
                               ("b", "Omar Abdul-Zendabi", "PERSON", "person"),
                               ("c", "Ayatollah Ali Tarlani", "PERSON", "person"),
                               ("c", "Tarlani", "PERSON", "person")])
    assert by["Omar Abdul-Zendabi"].name == "Omar Abdel Zendabi"
    assert by["Zendabi"] is by["Omar Abdul-Zendabi"]
    tarlani = by["Tarlani"]
    assert tarlani.name == "Ali Tarlani" and "Ayatollah Ali Tarlani" in tarlani.aliases


def test_a_town_a_village_or_a_road_the_model_calls_a_person_is_a_place() -> None:
    texts = {"a": "Two protesters died in Vesktaw Town and one in Kormi Village on Sunday.",
             "b": "Crowds marched along Zaw Min Road toward the market."}
    _, by = link_texts(texts, [("a", "Vesktaw Town", "PERSON", "person"), ("a", "Kormi Village", "PERSON", "person"),
                               ("b", "Zaw Min Road", "PERSON", "person")])
    assert {by[n].type for n in ("Vesktaw Town", "Kormi Village", "Zaw Min Road")} == {"place"}


def test_a_town_or_a_city_the_model_calls_an_organization_is_left_alone() -> None:
    texts = {"a": "Zenda Town beat Tarlen City 2-1 on Saturday, the club said."}
    _, by = link_texts(texts, [("a", "Zenda Town", "ORG", "organization"), ("a", "Tarlen City", "ORG", "organization")])
    assert by["Zenda Town"].type == "organization" and by["Tarlen City"].type == "organization"


@pytest.mark.parametrize(
    ("text", "name", "label", "want"),
    [
        ("Police blocked the main roads of Tarlenwa and Bogyoke Zaw Min downtown.", "Tarlenwa", "person", "place"),
        ("Police blocked the main roads of Tarlenwa and Bogyoke Zaw Min downtown.", "Bogyoke Zaw Min", "person", "place"),
        ("Troops patrolled the streets of Vesktaw overnight.", "Vesktaw", "person", "place"),
        ("Unrest spread to the provinces of Zenda, Tarlen and Vesk.", "Vesk", "person", "place"),
        # a person after a list that is not of places
        ("He met the leaders of Zenda Party and Jan Novak.", "Jan Novak", "person", None),
    ],
)
def test_the_roads_or_the_provinces_of_a_list_are_places(text: str, name: str, label: str, want) -> None:
    assert _at(text, name, label) == want


def test_a_road_named_after_a_person_with_an_honorific_is_a_place() -> None:
    texts = {"a": "Security forces blocked the main roads of Tarlenwa and Bogyoke Zaw Min in the city centre."}
    _, by = link_texts(texts, [("a", "Tarlenwa", "PERSON", "person"), ("a", "Bogyoke Zaw Min", "PERSON", "person")])
    assert by["Bogyoke Zaw Min"].type == "place" and by["Tarlenwa"].type == "place"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tarik Zendabi, was given life imprisonment when he confessed, the court said.", "person"),
        ("Tarik Zendabi was sentenced to death on Monday.", "person"),
        ("Tarik Zendabi was hanged at dawn.", "person"),
        ("Tarik Zendabi was sentenced to 15 years in prison.", "person"),
        # a firm is fined, not sentenced to death: no vote
        ("Tarik Zendabi was fined for safety breaches.", None),
    ],
)
def test_a_fate_only_a_person_meets_makes_a_person(text: str, want) -> None:
    assert _at(text, "Tarik Zendabi", "organization") == want


def test_a_movement_with_and_without_its_arabic_article_is_one_body() -> None:
    texts = {"a": "The al-Zendaab militants claimed the attack. Al-Zendaab said it would strike again.",
             "b": "Zendaab fighters attacked the base. Officials blamed Zendab for the blast.",
             "c": "The Zendeb group has waged an insurgency for a decade."}
    _, by = link_texts(texts, [("a", "al-Zendaab", "ORG", "organization"), ("a", "Al-Zendaab", "ORG", "organization"),
                               ("b", "Zendaab", "NORP", "group"), ("b", "Zendab", "ORG", "organization"),
                               ("c", "Zendeb", "ORG", "organization")])
    body = by["al-Zendaab"]
    assert body.type == "organization"
    assert by["Zendaab"] is body and by["Zendab"] is body and by["Zendeb"] is body


def test_two_bodies_without_the_article_are_not_joined_by_this_rule() -> None:
    texts = {"a": "The Tarlen party and the Tarlon movement met on Sunday."}
    _ents, by = link_texts(texts, [("a", "Tarlen", "ORG", "organization"), ("a", "Tarlon", "NORP", "group")])
    assert by["Tarlon"].type == "group" and by["Tarlen"] is not by["Tarlon"]


def test_a_demonym_stays_a_group_beside_a_body_with_an_article() -> None:
    texts = {"a": "The al-Iraqiya bloc won seats. Iraqis voted on Sunday."}
    _, by = link_texts(texts, [("a", "al-Iraqiya", "ORG", "organization"), ("a", "Iraqis", "NORP", "group")])
    assert by["Iraqis"].type == "group"


def test_a_named_day_is_an_occasion() -> None:
    texts = {"a": "Crowds marked Armed Forces Day in the capital.", "b": "On Armed Forces Day troops paraded."}
    _, by = link_texts(texts, [("a", "Armed Forces Day", "ORG", "organization"),
                               ("b", "Armed Forces Day", "ORG", "organization")])
    assert by["Armed Forces Day"].type == "other"


def test_a_person_surnamed_day_is_kept() -> None:
    texts = {"a": "Jan Day, a local teacher, said the school had closed."}
    _, by = link_texts(texts, [("a", "Jan Day", "PERSON", "person")])
    assert by["Jan Day"].type == "person"


@pytest.mark.parametrize(
    ("name", "want"),
    [("Maj Gen", True), ("s Prosecutor General", True), ("Interior Minister", True),
     ("Jan Novak", False), ("Gen Novak", False), ("Major", False)],
)
def test_titles_only_are_no_one(name: str, want: bool) -> None:
    assert titles_only(name) is want


def test_a_claim_whose_source_is_titles_only_makes_no_person() -> None:
    text = "The toll rose to 800, Maj Gen said on Sunday."
    ev = Evidence(document="a", start=0, end=len(text), text=text)
    fig = FigureClaim(id="a-f1", document="a", measure="killed", value=800, low=800, high=800, qualifier="exact",
                      unit="person", subject="people", evidence=ev, sources=(Source(name="Maj Gen", role="origin"),))
    ents, _by, _claims = link_with_claims({"a": text}, [], [fig])
    assert not [e for e in ents if e.type == "person"]


def test_a_body_acronym_run_into_a_persons_name_is_cut_off() -> None:
    texts = {"a": "Another group, the Zendan Association for Human Rights (AZPDH), put the toll at 285.",
             "b": "The killings go on, the head of the AZPDH Alvaro Tarlen told reporters. AZPDH said 20 died."}
    _, by = link_texts(texts, [("a", "Zendan Association for Human Rights", "ORG", "organization"),
                               ("b", "AZPDH Alvaro Tarlen", "PERSON", "person"), ("b", "AZPDH", "ORG", "organization")])
    assert by["Alvaro Tarlen"].type == "person" and "AZPDH Alvaro Tarlen" not in by
    assert by["AZPDH"] is by["Zendan Association for Human Rights"]


def test_a_surname_in_capitals_is_no_body_acronym() -> None:
    texts = {"a": "KIM Jong Tarl spoke to the (UN) envoy."}
    _, by = link_texts(texts, [("a", "KIM Jong Tarl", "PERSON", "person")])
    assert by["KIM Jong Tarl"].type == "person"


def test_a_full_name_respelled_by_a_doubled_letter_is_one_person() -> None:
    texts = {"a": "Mayor Abdullahi Hassan Farah said 30 people died.", "b": "Abdulahi Hassan Farah visited the site."}
    _, by = link_texts(texts, [("a", "Abdullahi Hassan Farah", "PERSON", "person"),
                               ("b", "Abdulahi Hassan Farah", "PERSON", "person")])
    assert by["Abdullahi Hassan Farah"] is by["Abdulahi Hassan Farah"]


def test_two_given_names_of_one_family_stay_two_people() -> None:
    texts = {"a": "Abdullahi Hassan Farah said 30 people died.", "b": "Abdirahman Hassan Farah visited the site."}
    _, by = link_texts(texts, [("a", "Abdullahi Hassan Farah", "PERSON", "person"),
                               ("b", "Abdirahman Hassan Farah", "PERSON", "person")])
    assert by["Abdullahi Hassan Farah"] is not by["Abdirahman Hassan Farah"]


def test_the_second_of_two_names_after_in_and_a_place_is_a_place() -> None:
    texts = {"a": "Youths were searched in their homes, as happened in Strelsau and Tarlen Myo, where many were held."}
    _, by = link_texts(texts, [("a", "Strelsau", "GPE", "place"), ("a", "Tarlen Myo", "PERSON", "person")])
    assert by["Tarlen Myo"].type == "place"


def test_a_persons_possession_after_in_and_a_place_stays_a_person() -> None:
    texts = {"a": "Shots were heard in Strelsau and Jan Tarlen's house was searched. Jan Tarlen said he was safe."}
    _, by = link_texts(texts, [("a", "Strelsau", "GPE", "place"), ("a", "Jan Tarlen", "PERSON", "person"),
                               ("a", "Jan Tarlen", "PERSON", "person")])
    assert by["Jan Tarlen"].type == "person"
