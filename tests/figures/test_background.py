"""Figures of another event or of the days before this one (figures.background). Every sentence
is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


def test_a_month_when_clause_long_before_publication_is_another_event(nlp) -> None:
    text = "Lyon saw two days of riots in early March, when police shot 12 people dead near the station."
    assert not [c for c in _claims(nlp, text, published="2021-11-14") if c.value == 12]


def test_a_recent_month_when_clause_is_this_event(nlp) -> None:
    text = "In May, when the cyclone struck the delta, it killed 300 people."
    assert _one(_claims(nlp, text, published="2021-06-20"), 300).measure == "killed"


def test_the_stretch_an_event_followed_is_background(nlp) -> None:
    text = "The flood followed a week of heavy rains across the valley that had already killed at least 40 people."
    assert not [c for c in _claims(nlp, text) if c.value == 40]


def test_deaths_before_landfall_are_the_precursors(nlp) -> None:
    before = _claims(nlp, "The storm killed 35 people even in the days before it made landfall on Thursday.")
    assert not [c for c in before if c.value == 35]
    after = _claims(nlp, "The storm killed 35 people after it made landfall on Thursday.")
    assert _one(after, 35).measure == "killed"


def test_the_bloodiest_since_an_earlier_attack_names_its_toll_as_background(nlp) -> None:
    text = "The attack was the bloodiest in the region since the 2004 train bombings, which killed 191."
    assert not [c for c in _claims(nlp, text, published="2021-11-14") if c.value == 191]


def test_a_dash_aside_on_an_earlier_event_ends_at_its_dash(nlp) -> None:
    text = ("Gunmen killed at least 60 people on Friday - the deadliest attack in the country since the embassy "
            "bombing in 1998 - with four of the attackers among the dead.")
    claims = _claims(nlp, text, published="2021-11-14")
    assert _one(claims, 60).measure == "killed"
    assert _one(claims, 4).measure == "killed"


def test_an_undated_report_names_another_event_by_its_year_and_article(nlp) -> None:
    # no publication date to compare the year with: "a 2011 flood" (an article, a year) and
    # "since the 2011 flood" name an earlier event whatever the report's own year
    text = ("Residents asked why so many died in the valley so soon after a 2011 flood in the nearby town of "
            "Berno left 140 people dead.")
    assert not [c for c in _claims(nlp, text, published=None) if c.value == 140]
    since = "The landslide was the deadliest in the valley since the 2011 flood, which killed 140."
    assert not [c for c in _claims(nlp, since, published=None) if c.value == 140]
    own = _claims(nlp, "The landslide killed 35 people in the valley, officials said.", published=None)
    assert _one(own, 35).measure == "killed"


@pytest.mark.parametrize("text", [
    "The previous deadliest crush at the shrine happened in 1987, when 402 pilgrims died.",
    "An earlier blast at the depot, in 2004, when 57 workers were killed, led to new rules.",
])
def test_a_previous_event_with_its_year_is_background_in_an_undated_report(nlp, text: str) -> None:
    # an undated report cannot compare the year with its own: the word "previous" / "earlier" says it
    values = {c.value for c in _claims(nlp, text, published=None)}
    assert not values & {402, 57}
