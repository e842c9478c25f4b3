"""One day's count beside the running total gets a slot of its own. Invented sentences."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.periods import is_one_period

from .conftest import fig, make_doc


def _said(claim, sentence):
    return replace(claim, evidence=Evidence(document=claim.document, start=0, end=len(sentence), text=sentence))


def test_phrases_of_one_day_or_night():
    c = fig("x", "a", "detained", 500)
    assert is_one_period(_said(c, "Over the past day, police detained about 500 people in the capital."))
    assert is_one_period(_said(c, "At least 500 were detained during yesterday's marches in ten towns."))
    assert is_one_period(_said(c, "On the night of Monday, more than 500 people were detained."))
    assert not is_one_period(_said(c, "The ministry said on Sunday that 500 people had been detained."))
    assert not is_one_period(_said(c, "In total, more than 500 people have been detained since Sunday."))
    # A day right after any verb of saying dates the statement ("revealed", "confirmed", "said").
    assert not is_one_period(_said(c, "The rights group revealed on Monday that police had detained 500 people."))
    assert not is_one_period(_said(c, "Officials confirmed on Friday that 500 had been held."))
    k = fig("k", "a", "killed", 40)
    assert not is_one_period(_said(k, "The blast on Friday night killed at least 40 people."))
    assert is_one_period(_said(k, "Over the past 24 hours, 40 more deaths were recorded."))


def test_a_nights_count_does_not_join_or_dispute_the_running_total():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-04-1{i}") for i, x in enumerate("abcd")]
    claims = [_said(fig("a1", "a", "detained", 3000, qualifier="more_than"),
                    "More than 3,000 people have been detained since the vote, the ministry said."),
              _said(fig("b1", "b", "detained", 1200, qualifier="more_than"),
                    "On the night of Tuesday, police detained more than 1,200 people."),
              _said(fig("b2", "b", "detained", 1200, qualifier="more_than"),
                    "Across the country police arrested more than 1,200 people."),
              _said(fig("c1", "c", "detained", 4100, qualifier="more_than"),
                    "The total of those detained has risen to more than 4,100."),
              _said(fig("d1", "d", "detained", 300, qualifier="at_least"),
                    "At least 300 were detained during yesterday's rallies.")]
    rec = reconcile(docs, claims, ())
    whole = next(g for g in rec.groups if "a1" in g.claims)
    assert set(whole.claims) == {"a1", "c1"} and whole.best.value == 4100
    night = next(g for g in rec.groups if "b1" in g.claims)
    assert set(night.claims) == {"b1", "b2"} and night.parent == whole.id
    day = next(g for g in rec.groups if "d1" in g.claims)
    assert day.claims == ("d1",) and day.parent == whole.id


def test_a_nights_count_with_no_total_beside_it_is_the_whole_count():
    # A shooting on one night: "killed on the night of" is the incident's whole toll.
    docs = [make_doc("a", outlet="A", published="2031-04-10"), make_doc("b", outlet="B", published="2031-04-11")]
    claims = [_said(fig("a1", "a", "detained", 3), "On the night of Friday, police detained three men."),
              _said(fig("b1", "b", "detained", 3), "Three men were arrested after the shooting.")]
    (g,) = reconcile(docs, claims, ()).groups
    assert set(g.claims) == {"a1", "b1"}


def test_wire_style_weekday_and_a_day_that_dates_the_event():
    c = fig("x", "a", "detained", 4)
    assert is_one_period(_said(c, "Four more crew members were arrested Thursday."))
    assert not is_one_period(_said(c, "Police said Thursday that four crew members were held."))
    # The day belongs to the disaster the arrests followed, not to the count.
    assert not is_one_period(_said(c, "Police have arrested four people after the mine fire last Tuesday."))
    assert is_one_period(_said(c, "Four people were detained on Sunday after the vigil."))


def test_a_count_tied_to_one_gathering_is_that_days_count():
    c = fig("x", "a", "detained", 120)
    assert is_one_period(_said(c, "Capital protests: 120 detained as tens of thousands rally against the president"))
    assert is_one_period(_said(c, "Police held 120 people at a rally outside the parliament."))
    assert not is_one_period(_said(c, "More than 120 detained as protests continue."))
    assert not is_one_period(_said(c, "In all, 120 people were detained as crowds marched over four nights."))
