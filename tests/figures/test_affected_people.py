"""People a disaster affected, put at risk or left in need are its reach over a population, never a
count of a measure (figures.non_counts, measure_words.AFFECTED_*). Every sentence is invented."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "affected", "dead"), [
    ("Aid agencies say the floods have affected 2 million people in three provinces, where at least 60 people have died.",
     2_000_000, 60),
    ("Some 600,000 people were affected and 40 died.", 600_000, 40),
    ("The storm killed 40 people and affected more than 10,000 families.", 10_000, 40),
])
def test_people_affected_are_no_count(nlp, text: str, affected: float, dead: float) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.value == affected]
    assert _one(claims, dead).measure == "killed"


def test_displaced_or_otherwise_affected_keeps_its_measure(nlp) -> None:
    claims = _claims(nlp, "At least 900,000 people have been displaced or otherwise affected by the storm.")
    assert not [c for c in claims if c.value == 900_000 and c.measure == "killed"]


def test_the_affected_who_died_are_dead(nlp) -> None:
    assert _one(_claims(nlp, "Around 30 people who were affected by the gas died later."), 30).measure == "killed"
