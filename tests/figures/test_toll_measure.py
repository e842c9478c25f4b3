"""A toll counts the dead unless its modifier names another measure ("the injured toll").
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize("text, value", [
    ("Officials raise injured toll from the blasts to 1,240", 1240),
    ("The injury toll climbed to 420 on Friday, hospital officials said.", 420),
    ("Doctors said the wounded toll stood at 310.", 310),
])
def test_a_toll_of_the_hurt_counts_the_injured(nlp, text: str, value: int) -> None:
    assert _one(_claims(nlp, text), value).measure == "injured"


@pytest.mark.parametrize("text, value", [
    ("The death toll rose to 41 on Sunday.", 41),
    ("Flood death toll rises to 30", 30),
    ("Flood toll climbs to 44 as rescuers reach the valley", 44),
    ("Engineers arrested as death toll rises to 84", 84),
    ("The toll climbed to 57, officials said.", 57),
])
def test_a_death_toll_or_a_bare_toll_counts_the_dead(nlp, text: str, value: int) -> None:
    assert _one(_claims(nlp, text), value).measure == "killed"
