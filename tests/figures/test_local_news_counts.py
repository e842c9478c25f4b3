"""Counts as local news writes them about a shooting or a crash (the GVA incidents dev split's
error classes): others beside a singular victim, people in care, parts of "the victims", ages
and footnote marks that are no counts, multipliers, and asides on some of the people. Every
sentence is invented for these tests (local paper, TV station, wire, encyclopedia style)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("A woman was killed and three others were wounded in a shooting on Elm Street on Sunday night.", 3, "injured"),
    ("Both drivers were killed, and four others were injured when the truck overturned.", 4, "injured"),
    ("One teen died and two others were hurt after gunfire erupted at the park, police said.", 2, "injured"),
])
def test_others_beside_a_singular_victim_are_counted(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


@pytest.mark.parametrize(("text", "value"), [
    ("Five people were shot on Elm Street. Two of the victims have since been treated and released.", 2),
    ("At least three of the shooting victims remain hospitalized, the station reported.", 3),
    ("The blast killed 6 workers and 40 were in the hospital with burns on Monday.", 40),
    ("The crash killed 2 people and 5 remain in critical condition at County General.", 5),
])
def test_people_in_care_are_the_hurt(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).measure == "injured"


@pytest.mark.parametrize(("text", "values"), [
    ("Two other men, ages 23 and 31, were wounded in the legs.", (23, 31)),
    ("Two teenage girls — both 16 — were also shot.", (16,)),
    ("Eleven people, between the ages of 14 and 29, were shot outside the club.", (14, 29)),
    ("The gunman shot three students, killing two of them.[14][15]", (14, 15)),
    ("The mayor said the real toll should be \"multiplied by 10\" at least.", (10,)),
    ("The opposition says the true number of dead is five times the official 40.", (5,)),
])
def test_ages_footnotes_and_multipliers_are_no_counts(nlp, text: str, values: tuple[float, ...]) -> None:
    assert not [c for c in _claims(nlp, text) if c.value in values]


def test_the_group_a_part_is_one_of_is_no_toll(nlp) -> None:
    claims = _claims(nlp, "One of the four, a 30-year-old man, died at the hospital on Tuesday.")
    assert not [c for c in claims if c.value == 4 and c.measure == "killed"]


def test_an_aside_on_some_of_the_people_is_not_their_count(nlp) -> None:
    claims = _claims(nlp, "Border officials said about 9,000 people -- most of them women, some injured -- had crossed.")
    assert not [c for c in claims if c.value == 9000 and c.measure == "injured"]


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Police now say a 6th teen was wounded in the party shooting.", 6, "injured"),
    ("A third person has died after the bus crash on Route 9, police said.", 3, "killed"),
    ("Officials confirmed a fourth victim was killed in the blast.", 4, "killed"),
])
def test_an_ordinal_victim_says_the_count_reached_it(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure
