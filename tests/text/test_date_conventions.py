"""TimeML conventions for how news writes dates, on sentences written for these tests (no corpus
text): narrative periods ("In March ... the following month"), "since" and a future cue in the next
conjunct, centuries told by their hundreds, seasons with cut years, weeks named by a day, fiscal
years, vague counts before a narrative date."""

from __future__ import annotations

import re

import pytest

from counterpoint.text.dates import (
    find_dates,
    narrative_period,
    resolve,
    speaks_of_future,
    speaks_of_past,
    timex_value,
)

PUB = "2019-06-13"  # a Thursday, ISO week 24


def _in_context(sentence: str, published: str = PUB) -> str | None:
    """The TIMEX value of the [[bracketed]] phrase of `sentence`, with the clause's tense cues."""
    m = re.search(r"\[\[(.*?)\]\]", sentence)
    assert m is not None
    before = sentence[: m.start()]
    plain = sentence.replace("[[", "").replace("]]", "")
    return timex_value_in(m[1], published, plain, before)


def timex_value_in(phrase: str, published: str, sentence: str, before: str) -> str | None:
    from counterpoint.text.dates import resolve_timex

    return resolve_timex(phrase, published, future=speaks_of_future(sentence, before),
                         past=speaks_of_past(sentence, before)).value


# --- a narrative's month or year anchors "the following month", "that year" ------------------


def test_following_month_counts_from_the_month_just_told() -> None:
    text = "The dam was finished in March. The following month, engineers found the first crack."
    assert [d.value for d in find_dates(text, PUB)] == ["2019-03", "2019-04"]


def test_year_later_counts_from_the_year_just_told() -> None:
    text = "The ferry line opened in 2004, and a year later it carried a million passengers."
    found = {d.text: d.value for d in find_dates(text, PUB)}
    assert found["a year later"] == "2005"


def test_a_day_told_after_the_period_takes_over_again() -> None:
    text = "The plan was drafted in 2011. On May 2, 2016, it was adopted. The following year it lapsed."
    found = {d.text: d.value for d in find_dates(text, PUB)}
    assert found["The following year"] == "2017"


def test_that_year_with_a_period() -> None:
    assert timex_value("that year", PUB) == "2019"
    assert resolve("that year", PUB, period="2007") == "2007"
    assert resolve("the previous month", PUB, period="2007-03") == "2007-02"
    assert resolve("the year before", PUB, period="2007") == "2006"


def test_a_year_only_period_does_not_place_a_month() -> None:
    # a year gives no month to count from: the story's last day (here publication) does
    assert resolve("the following month", PUB, period="2007") == "2019-07"


@pytest.mark.parametrize(
    ("phrase", "value", "expected"),
    [("in 1999", "1999", "1999"), ("In October", "2018-10", "2018-10"), ("a year ago", "2018", None),
     ("last year", "2018", None), ("on May 4", "2019-05-04", None), ("the third quarter", "2019-Q3", None)],
)
def test_what_counts_as_a_narrative_period(phrase: str, value: str, expected: str | None) -> None:
    assert narrative_period(phrase, value) == expected


# --- the clause's tense -------------------------------------------------------------------------


def test_since_puts_a_month_in_the_past() -> None:
    assert _in_context("Fuel prices have climbed steadily since [[November]].") == "2018-11"
    assert _in_context("Fuel prices will be reviewed in [[November]].") == "2019-11"


def test_future_cue_in_the_next_conjunct_leaves_the_weekday_past() -> None:
    assert _in_context("The envoy landed in Kigali on [[Monday]] and will hold talks all week.") == "2019-06-10"
    assert _in_context("The envoy will land in Kigali on [[Monday]] and hold talks all week.") == "2019-06-17"


def test_a_reports_future_puts_the_weekday_ahead() -> None:
    assert _in_context("The mediator said the two sides would meet again on [[Saturday]].") == "2019-06-15"
    assert _in_context("The mediator said the talks would have collapsed on [[Saturday]] without him.") == "2019-06-08"
    assert _in_context("The mediator said on [[Tuesday]] that the talks would resume.") == "2019-06-11"


# --- forms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the late 1800s", "18"),  # a century told by its hundreds
        ("the early 1900s", "19"),
        ("the 2000s", "200"),  # from 2000 on, the decade
        ("the mid-'70s", "197"),
        ("the summer of '09", "2009-SU"),
        ("winter 2010-11", "2010-WI"),
        ("June 2 last year", "2018-06-02"),
        ("FY2017", "2017"),
        ("fiscal '17", "2017"),
        ("a century ago", "19"),
        ("the week of March 4", "2019-W10"),
        ("the weekend of March 9", "2019-W10-WE"),
        ("the decade", "201"),
        ("years earlier", "PAST_REF"),
        ("in the long run", "FUTURE_REF"),
        ("modern times", "PRESENT_REF"),
        ("the first of the year", "2019-01-01"),
    ],
)
def test_forms(phrase: str, expected: str) -> None:
    assert timex_value(phrase, PUB) == expected


# --- weekends -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("this weekend", "2019-06-13", "2019-W24-WE"),  # written on a Thursday: the coming one
        ("this weekend", "2019-06-10", "2019-W23-WE"),  # written on a Monday: the one just gone
        ("the weekend", "2019-06-13", "2019-W23-WE"),  # past-tense copy: the latest begun
        ("last weekend", "2019-06-16", "2019-W23-WE"),  # written on a Sunday: the one before
    ],
)
def test_weekends(phrase: str, published: str, expected: str) -> None:
    assert timex_value(phrase, published) == expected
