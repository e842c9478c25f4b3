"""Readings that decide which slot a figure joins, each for a pattern of wire and local copy:
a day on a verb of saying dates the statement, not the count; a day on the occasion a count
happened at is that day's count; a day on another happening ("in relation to the coup on
February 1") is that happening's; a casualty count broken down at once into the dead and the hurt
is their sum; a figure in a relative clause after an earlier year is that year's event. Every
sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("President Varo acknowledged 84 deaths on Thursday, while an inquiry put the toll at 131.", 84, "killed"),
    ("The interior ministry confirmed 312 arrests on Monday, its first figure since the marches began.", 312, "detained"),
    ("Local officials reported 46 deaths on Sunday evening in a statement posted online.", 46, "killed"),
])
def test_a_day_on_a_verb_of_saying_dates_the_statement(nlp, text: str, value: float, measure: str) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == measure and c.scope != "day"


@pytest.mark.parametrize(("text", "value"), [
    ("Some 1,940 people are being held in relation to the mutiny on March 3, the monitor said.", 1940),
    ("Some 640 people remain held in connection with the uprising on March 3, lawyers say.", 640),
])
def test_a_day_of_another_happening_is_not_the_counts(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.scope != "day"


@pytest.mark.parametrize(("text", "value"), [
    ("The UN said 18 people were killed in an anti-government protest on February 28.", 18),
    ("Witnesses said 11 people were wounded in a rally on Saturday in the old town.", 11),
])
def test_a_count_at_one_days_occasion_is_that_days(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.scope == "day"


@pytest.mark.parametrize(("text", "value"), [
    ('"Casualties now number 512 (301 dead, 170 injured, 41 missing)," the mayor said.', 512),
    ("The count of casualties stands at 733: 402 are dead, 280 wounded and 51 missing.", 733),
    ("Casualties stood at 1,140 - 402 killed and 738 wounded - by Tuesday night.", 1140),
])
def test_casualties_broken_down_at_once_are_a_sum(nlp, text: str, value: float) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure in ("killed", "injured", "missing") and c.value == value]


def test_casualties_alone_are_still_the_dead(nlp) -> None:
    c = _one(_claims(nlp, "Hospital officials said casualties had risen to 73 by the evening."), 73)
    assert c.measure == "killed"


@pytest.mark.parametrize("text", [
    "The blast was deadlier than the market attack in 2009, in which 148 died, officials said.",
    "It is the worst disaster since the flood in 1998, during which 224 people were killed.",
])
def test_a_figure_after_an_earlier_year_is_that_years_event(nlp, text: str) -> None:
    found = _claims(nlp, text, published="2017-10-16")
    assert not [c for c in found if c.measure == "killed" and c.value in (148, 224)]


def test_a_year_people_have_been_held_since_dates_no_figure(nlp) -> None:
    text = ("Police have arrested more than 40 people after opponents tried to march for the release of "
            "protesters held in custody since 2018.")
    found = _claims(nlp, text, published="2019-03-16")
    assert [c for c in found if c.measure == "detained" and c.value == 40]


def test_a_year_of_another_event_still_dates_its_figure(nlp) -> None:
    found = _claims(nlp, "More than 1,800 people died when the hurricane struck in 2005.", published="2019-03-16")
    assert not [c for c in found if c.measure == "killed" and c.value == 1800]


@pytest.mark.parametrize(("text", "value", "nation"), [
    ("After the crush, Iran says it had 388 pilgrims killed, more than any other country.", 388, "Iran"),
    ("Mali said on Friday it lost 97 citizens, the highest toll after Iran.", 97, "Mali"),
])
def test_a_country_that_lost_people_counts_its_own(nlp, text: str, value: float, nation: str) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.subject is not None and nation.lower() in c.subject.lower()


def test_an_undated_reports_earlier_year_is_background(nlp) -> None:
    text = "The crush killed 769 pilgrims in 2015. The previous deadliest incident happened in 1990, when a stampede killed 1,426 people."
    found = _claims(nlp, text, published=None)
    assert not [c for c in found if c.value == 1426]
    assert [c for c in found if c.measure == "killed" and c.value == 769]


def test_the_parts_of_a_change_are_no_counts_of_the_whole(nlp) -> None:
    text = ("The toll from the raids rose to 40 on Monday. Another 10 people were killed on Tuesday, "
            "including five in the river province, three in the old town and two in the port.")
    found = _claims(nlp, text)
    assert not [c for c in found if c.measure == "killed" and c.value in (5, 3, 2)]
    assert [c for c in found if c.measure == "killed" and c.value == 40]
