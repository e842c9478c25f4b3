"""Feared and predicted tolls are no counts (figures.projections); hedged estimates stay figures.
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value"), [
    ("800 feared dead after typhoon batters the coast", 800),
    ("More than 800 people are feared dead in the landslide that buried the village, the governor said.", 800),
    ("Some 60 miners were feared to have died when the shaft flooded.", 60),
    ("The governor predicts that more than 800 people could have already died in the floods.", 800),
    ("Aid workers fear 250 villagers may have been killed by the mudslide.", 250),
    ('"I think we can register more than 800 deaths," the mayor said.', 800),
    ("Officials feared that more than 4,000 may have perished in the mudslides.", 4000),
    ("The storm is feared to have killed 300 people in the coastal villages.", 300),
    ("Relief agencies predict 12,000 deaths once the mountain districts are reached.", 12_000),
    ("Aid groups warned that as many as 5,000 might die in the camps.", 5000),
])
def test_a_fear_or_prediction_is_no_count(nlp, text: str, value: float) -> None:
    assert not [c for c in _claims(nlp, text) if c.value == value and c.measure == "killed"]


@pytest.mark.parametrize(("text", "value"), [
    ("A rights activist said as many as 70 people may have been killed in the square.", 70),
    ("Witnesses believe perhaps 90 people died in the stampede.", 90),
])
def test_a_hedged_estimate_stays_a_hedged_toll(nlp, text: str, value: float) -> None:
    claim = _one(_claims(nlp, text), value)
    assert claim.measure == "killed" and claim.hedged


def test_a_warning_of_a_count_stated_is_a_count(nlp) -> None:
    assert _one(_claims(nlp, "Police warned that 300 had died in the floods."), 300).measure == "killed"


def test_the_missing_feared_dead_stay_missing(nlp) -> None:
    claim = _one(_claims(nlp, "Six crew members were confirmed dead and 45 passengers are still missing and feared dead."), 45)
    assert claim.measure == "missing"


def test_a_count_beside_a_fear_of_more_stays(nlp) -> None:
    claims = _claims(nlp, "Twelve people have died and more are feared dead after the warehouse fire.")
    assert _one(claims, 12).measure == "killed"


def test_fear_for_people_is_no_fear_of_their_death(nlp) -> None:
    claims = _claims(nlp, "Families fear for the 40 workers trapped in the tunnel.")
    assert not [c for c in claims if c.value == 40 and c.measure == "killed"]


def test_a_feared_level_of_the_toll_is_a_hedged_estimate(nlp) -> None:
    claim = _one(_claims(nlp, "The aid agency fears the toll may be as high as 45,000, far above the official figure."), 45_000)
    assert claim.measure == "killed" and claim.hedged


def test_a_fear_of_no_death_is_left_to_the_hedges(nlp) -> None:
    claim = _one(_claims(nlp, "Fears grow as 30 people may still be missing after the tunnel collapse."), 30)
    assert claim.measure == "missing" and claim.hedged
