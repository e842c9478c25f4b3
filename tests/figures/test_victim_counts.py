"""Victims local news counts in words the figures read: shooters and wanted men who are no
victims, the second victim told as "another", a headline's "4 shot", the dead among the shot,
one named beside a count, gravely hurt told as a fight for life, and an earlier year's toll. Every
sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims


def _read(nlp, text: str) -> list[tuple[str, float | None]]:
    return [(c.measure, c.value) for c in _claims(nlp, text, published=None) if c.part_of is None]


@pytest.mark.parametrize("text", [
    "Deputies are still searching for two men who fired at a patrol car on Route 9 late Friday.",
    "Police are looking for three suspects who robbed and shot a delivery driver on Oak Avenue.",
    "Teen killed in Eastside shooting; manhunt underway for 2 suspects",
    "Police seek two men in connection with a shooting at a gas station",
])
def test_shooters_and_wanted_men_are_no_victims(nlp, text: str) -> None:
    assert not [v for m, v in _read(nlp, text) if m in ("killed", "injured") and v is not None and v >= 2]


def test_the_victim_of_a_clause_on_the_shooters_is_the_clerk(nlp) -> None:
    found = _read(nlp, "Police said two men walked into the shop, at which time the clerk was shot twice.")
    assert ("injured", 2) not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Police say one person died and a second was injured in the shooting.", {("killed", 1), ("injured", 1)}),
    ("One man was killed and another was wounded outside the bar.", {("killed", 1), ("injured", 1)}),
    ("One teen died and the other was hurt, police said.", {("killed", 1), ("injured", 1)}),
    ("One man was killed and a second man was wounded near the park.", {("killed", 1), ("injured", 1)}),
])
def test_the_second_victim_told_as_another(nlp, text: str, expected: set) -> None:
    assert expected <= set(_read(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("5 shot outside nightclub on West Side", {("injured", 5)}),
    ("Four shot, one dead after birthday party in Northtown", {("injured", 3), ("killed", 1)}),
])
def test_a_headline_count_of_the_shot_and_the_dead_among_them(nlp, text: str, expected: set) -> None:
    assert expected <= set(_read(nlp, text))


@pytest.mark.parametrize("text", [
    "An officer fired one shot at the fleeing car.",
    "Witnesses heard 4 shots before the car sped away.",
])
def test_gunshots_are_no_victims(nlp, text: str) -> None:
    assert not [m for m, _ in _read(nlp, text) if m == "injured"]


def test_one_named_with_a_possessive_beside_a_count_is_counted(nlp) -> None:
    assert ("killed", 4) in _read(nlp, "The gunman killed his three children as well as his wife before fleeing.")


def test_a_pet_beside_a_count_is_not_counted(nlp) -> None:
    assert ("killed", 7) in _read(nlp, "The fire killed 7 people and their cat.")


def test_a_fight_for_life_is_hurt_not_dead(nlp) -> None:
    found = _read(nlp, "One man is dead and two women are fighting for their lives after the attack.")
    assert ("injured", 2) in found and ("killed", 2) not in found


def test_the_toll_of_an_earlier_year_is_background(nlp) -> None:
    found = _read(nlp, "A 30-year-old man has died. It is the deadliest January the town has seen since 2009, when 31 were killed.")
    assert ("killed", 31) not in found


@pytest.mark.parametrize(("text", "value"), [
    ("Man hurt in Riverside shooting\n\nA man was taken to hospital after a shooting. Police said Dale Ortiz, 31, was wounded in the leg.", 1),
    ("Arrest made in shooting that left man critically injured\n\nPolice arrested a suspect in a shooting that left one person critically injured.", 1),
])
def test_a_headline_noun_is_no_second_victim(nlp, text: str, value: float) -> None:
    assert max(v for m, v in _read(nlp, text) if m == "injured") == value


@pytest.mark.parametrize(("text", "value"), [
    ("Dana Whitcomb, 41, was killed along with Ravi Osei, 38, outside the store.", 2),
    ("Deputy Lena Marsh died along with three other victims at the clinic.", 4),
])
def test_those_killed_along_with_the_subject_are_counted_with_them(nlp, text: str, value: float) -> None:
    assert ("killed", value) in _read(nlp, text)


def test_a_name_the_tagger_misses_is_one_victim_when_described_as_a_person(nlp) -> None:
    text = "Tobiah Quenell Vance, a 22-year-old black male, died Monday after being shot in Eastgate."
    assert ("killed", 1) in _read(nlp, text)


@pytest.mark.parametrize(("text", "measure"), [
    ("A bystander was shot and wounded during the chase, police said.", "injured"),
    ("A 16-year-old was shot in the arm outside the school.", "injured"),
    ("A 20-year-old was killed Friday in the 300 block of Pine Street.", "killed"),
    ("Detectives are investigating the shooting of a man on Lowell Street.", "injured"),
    ("The gun went off and a bullet hit a woman standing nearby.", "injured"),
    ("A man had a gunshot wound to the shoulder when officers arrived.", "injured"),
])
def test_one_victim_told_without_a_number(nlp, text: str, measure: str) -> None:
    assert (measure, 1) in _read(nlp, text)


def test_shootings_of_a_body_of_people_count_no_one(nlp) -> None:
    assert ("injured", 1) not in _read(nlp, "Protesters denied the shootings of the police took place.")


def test_the_one_shot_is_the_object_not_the_possessive(nlp) -> None:
    claims = _claims(nlp, "Prosecutors said the officer's shooting of a suspect was justified.", published=None)
    assert [(c.measure, c.value, c.subject) for c in claims] == [("injured", 1, "suspect")]


@pytest.mark.parametrize(("text", "value"), [
    ("The deputy who fatally shot a young man and the man's cousin was placed on leave.", 2),
    ("A gunman killed a woman and her son in their home on Sunday.", 2),
])
def test_a_possessed_person_beside_one_victim_is_another(nlp, text: str, value: float) -> None:
    assert ("killed", value) in _read(nlp, text)


def test_a_headline_juvenile_dead(nlp) -> None:
    assert ("killed", 1) in _read(nlp, "Millbrook juvenile dead from gunshot wound")


def test_a_feared_hit_is_no_victim(nlp) -> None:
    assert not _read(nlp, "She worried that her son may have been hit by a stray bullet.")


def test_the_dead_told_by_their_wounds_are_parts_of_the_dead(nlp) -> None:
    claims = _claims(nlp, "Of the 52 dead, 47 had gunshot wounds and two had stab wounds.", published=None)
    whole = next(c for c in claims if c.value == 52)
    parts = {(c.measure, c.value, c.part_of) for c in claims if c.value in (47, 2)}
    assert whole.measure == "killed" and parts == {("killed", 47, whole.id), ("killed", 2, whole.id)}


def test_the_hurt_told_by_their_wounds_stay_hurt(nlp) -> None:
    assert ("injured", 12) in [(c.measure, c.value) for c in _claims(nlp, "Of the 30 injured, 12 had gunshot wounds.")]


def test_the_one_who_shot_a_named_victim_and_fled_is_no_victim(nlp) -> None:
    text = "Investigators say one of the suspects shot Marlow during the holdup, then fled westbound on the East Freeway."
    assert not [c for c in _claims(nlp, text, published=None) if c.subject == "suspect" or c.measure == "displaced"]
