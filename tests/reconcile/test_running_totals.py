"""A running total marked as counted since a start, beside the tolls of single days written with no
day phrase (wholes.separate_running), and the "since" of comparisons and anniversaries."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.running import separate_running
from counterpoint.reconcile.slots import SlotKey
from counterpoint.reconcile.wholes import is_cumulative, is_multiday

from .conftest import fig, make_doc


def _said(c, text, as_of=None):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text), as_of=as_of)


def _docs(*days):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=day) for i, day in enumerate(days)]


def test_a_smaller_toll_on_the_day_of_a_running_total_is_that_days_count():
    docs = _docs("2031-06-09", "2031-06-09", "2031-06-10", "2031-06-09")
    claims = [_said(fig("t", "d0", "killed", 120, qualifier="about"),
                    "The day's dead bring the number killed since 2 May to about 120, the rights office said."),
              _said(fig("a", "d1", "killed", 52), "Troops killed 52 marchers near the barrier, medics said."),
              # reported the morning after, with no day phrase: the same day's count
              _said(fig("b", "d2", "killed", 56), "Troops killed 56 marchers, the health office said."),
              _said(fig("c", "d3", "killed", 54, qualifier="at_least"),
                    "At least 54 people died as crowds marched to the barrier, medics said.")]
    rec = reconcile(docs, claims, ())
    total = next(g for g in rec.groups if "t" in g.claims)
    assert set(total.claims) == {"t"}
    day = next(g for g in rec.groups if "a" in g.claims)
    assert {"a", "b", "c"} <= set(day.claims) and day.parent == total.id


def test_the_date_of_the_happening_says_which_day_a_later_report_counts():
    docs = _docs("2031-06-09", "2031-06-09", "2031-06-12")
    claims = [_said(fig("t", "d0", "killed", 120, qualifier="more_than"),
                    "More than 120 people have been killed since the marches began in May, medics said."),
              _said(fig("a", "d1", "killed", 52), "Troops killed 52 marchers near the barrier, medics said."),
              _said(fig("b", "d2", "killed", 57),
                    "The toll from the June 9 marches climbed to 57, the health office said.")]
    rec = reconcile(docs, claims, ())
    day = next(g for g in rec.groups if "a" in g.claims)
    assert "b" in day.claims and "t" not in day.claims


def test_an_earlier_smaller_toll_may_be_a_stage_of_the_running_total():
    # a flood's toll on Monday, and the total since Sunday two days later: one series
    docs = _docs("2031-06-09", "2031-06-11")
    claims = [_said(fig("a", "d0", "killed", 20), "The floods killed 20 people, officials said."),
              _said(fig("t", "d1", "killed", 45, qualifier="at_least"),
                    "At least 45 people have died since Sunday, officials said.")]
    rec = reconcile(docs, claims, ())
    assert any({"a", "t"} <= set(g.claims) for g in rec.groups)


def test_comparisons_and_anniversaries_are_no_running_totals():
    seen = _said(fig("a", "d0", "killed", 58),
                 "Troops killed 58 people on Monday, a level of violence not seen since the 2014 war.")
    year = _said(fig("b", "d0", "killed", 3),
                 "Troops killed three at rallies marking a year since the marches began.")
    months = _said(fig("c", "d0", "detained", 40), "Police detained 40 people two months since the coup.")
    assert not is_cumulative(seen) and not is_multiday(seen)
    first = _said(fig("e", "d0", "missing", 5500),
                  "The report was the first since 4 June, when officials said 5,500 were missing.")
    assert not is_multiday(year) and not is_multiday(months) and not is_multiday(first)
    real = _said(fig("d", "d0", "killed", 140), "Over 140 have been killed since the marches began.")
    assert is_multiday(real)


def test_running_totals_on_several_days_are_an_update_not_an_agreement():
    docs = _docs("2031-07-27", "2031-07-30")
    claims = [_said(fig("a", "d0", "killed", 140, qualifier="more_than"),
                    "Over 140 marchers have been killed since the marches began.", as_of="2031-07-27"),
              _said(fig("b", "d1", "killed", 269),
                    "Troops have killed 269 people since the start of the marches on 2 May, medics said.",
                    as_of="2031-07-30")]
    rec = reconcile(docs, claims, ())
    g = next(g for g in rec.groups if "a" in g.claims)
    assert "b" in g.claims and g.verdict == "update" and g.best.value == 269


def test_unmarked_floors_that_fit_a_later_figure_still_agree():
    docs = _docs("2031-07-27", "2031-07-29")
    claims = [_said(fig("a", "d0", "killed", 40, qualifier="at_least"), "At least 40 people died in the blaze.",
                    as_of="2031-07-27"),
              _said(fig("b", "d1", "killed", 52), "The blaze killed 52 people, officials said.", as_of="2031-07-29")]
    rec = reconcile(docs, claims, ())
    g = next(g for g in rec.groups if "a" in g.claims)
    assert "b" in g.claims and g.verdict == "agree"


def test_a_reports_headline_repeat_of_its_days_arrests_is_that_days_count():
    docs = _docs("2031-03-20", "2031-03-22", "2031-03-22")
    claims = [_said(fig("w", "d0", "detained", 900),
                    "The clearing of the square saw 900 people arrested, the prosecutor said.", as_of="2031-03-20"),
              _said(fig("h", "d1", "detained", 14), "Police arrest 14 opposition members on uprising anniversary"),
              replace(_said(fig("d", "d1", "detained", 14),
                            "Police arrested 14 opposition members on Tuesday, a year after the clearing."),
                      scope="day")]
    rec = reconcile(docs, claims, ())
    whole = next(g for g in rec.groups if "w" in g.claims)
    assert "h" not in whole.claims and "d" not in whole.claims
    assert any({"h", "d"} <= set(g.claims) for g in rec.groups)


def test_one_days_arrests_leave_a_slot_of_formal_arrests_too():
    # the coverage sets steps apart ("of 300 detained, 120 were formally arrested"): the slot of
    # the arrested keeps its running count apart from one day's arrests as the whole slot does
    docs = _docs("2031-03-20", "2031-03-20", "2031-03-25")
    both = "Police detained 300 people, of whom 120 were formally arrested, the ministry said."
    claims = [_said(fig("a", "d0", "detained", 300), both),
              replace(_said(fig("b", "d0", "detained", 120), both), part_of="a"),
              _said(fig("c", "d1", "detained", 450), "Courts have formally arrested 450 people so far, state media said."),
              replace(_said(fig("e", "d2", "detained", 12), "Police formally arrested 12 more people on Friday, a year since the clearing."),
                      scope="day")]
    rec = reconcile(docs, claims, ())
    g = next(g for g in rec.groups if "c" in g.claims)
    assert "e" not in g.claims and "a" not in g.claims


def _slots(docs, claims):
    """separate_running on one whole slot of the claims: {part_of label: claim ids}."""
    key = SlotKey(event="e", measure="killed", subject="person", place=None)
    raw = {key: list(claims)}
    separate_running(raw, {d.id: d for d in docs})
    return {k.part_of: {c.id for c in cs} for k, cs in raw.items()}


def test_the_first_days_toll_of_a_total_counted_over_weeks_is_that_days_count():
    # a wave of marches counted from a named first day, weeks on: the first day's tolls (however
    # worded, even "since this morning") are that day's count, not early stages of the total
    docs = _docs("2031-04-02", "2031-04-02", "2031-05-10", "2031-06-20")
    claims = [_said(fig("a", "d0", "killed", 9), "Nine marchers have been killed since early this morning, medics said.",
                    as_of="2031-04-02"),
              _said(fig("b", "d1", "killed", 21, qualifier="at_least"),
                    "Soldiers shot dead at least 21 marchers near the barrier, the health office said.", as_of="2031-04-02"),
              _said(fig("t", "d2", "killed", 48),
                    "In all, 48 marchers have been killed since the protests started on 2 April, the rights office said.",
                    as_of="2031-05-10"),
              _said(fig("u", "d3", "killed", 150, qualifier="more_than"),
                    "More than 150 people have been killed since the marches began on April 2.", as_of="2031-06-20")]
    assert _slots(docs, claims) == {None: {"t", "u"}, "period 2031-04-02": {"a", "b"}}


def test_a_total_two_days_on_keeps_its_first_days_count_as_a_stage():
    docs = _docs("2031-06-08", "2031-06-10")
    claims = [_said(fig("a", "d0", "killed", 20), "The floods killed 20 people, officials said.", as_of="2031-06-08"),
              _said(fig("t", "d1", "killed", 45, qualifier="at_least"),
                    "At least 45 people have died since the rains began on June 8, officials said.", as_of="2031-06-10")]
    assert _slots(docs, claims) == {None: {"a", "t"}}


def test_a_since_outside_the_figures_relative_clause_dates_another_count():
    # the "since" dates the arrests; the dead are counted in a relative clause on the bombing
    said = "After a dozen arrests since the 4 March bombing, which killed more than 90 people, police named a suspect."
    assert not is_multiday(_said(fig("t", "d0", "killed", 90, qualifier="more_than"), said))
    elsewhere = "Rescuers, who have pulled 40 people from the rubble since the 4 March quake, kept digging."
    assert is_multiday(_said(fig("r", "d0", "rescued", 40), elsewhere))
    # a number outside any relative clause keeps the sentence's "since"
    assert is_multiday(_said(fig("u", "d0", "killed", 300, qualifier="at_least"),
                             "At least 300 have been killed since the start of the marches, which began in May."))


def test_a_first_day_toll_is_a_stage_of_a_bombings_toll_told_in_a_relative_clause():
    # the "since" of the arrests opens no window of days: the first day's toll is an early stage
    docs = _docs("2031-03-04", "2031-03-30")
    claims = [_said(fig("a", "d0", "killed", 60, qualifier="more_than"),
                    "The toll from the bombing has climbed to over 60, hospital officials said.", as_of="2031-03-04"),
              _said(fig("t", "d1", "killed", 90, qualifier="more_than"),
                    "After a dozen arrests since the 4 March bombing, which killed more than 90 people, "
                    "police named a suspect.", as_of="2031-03-30")]
    assert _slots(docs, claims) == {None: {"a", "t"}}


def test_a_stated_tally_below_a_running_total_is_no_days_toll():
    # "The president has acknowledged 84 deaths, while an inquiry puts the toll at 131", beside
    # "more than 300 killed since April": rival tallies of the whole, not the tolls of one day.
    docs = _docs("2031-08-02", "2031-08-02", "2031-08-02")
    claims = [_said(fig("t", "d0", "killed", 300, qualifier="more_than"),
                    "More than 300 people have been killed since April 19, rights groups say."),
              _said(fig("a", "d1", "killed", 84),
                    "President Varo has acknowledged 84 deaths, while an inquiry puts the death toll at 131."),
              _said(fig("b", "d2", "killed", 131),
                    "President Varo has acknowledged 84 deaths, while an inquiry puts the death toll at 131.")]
    rec = reconcile(docs, claims, ())
    total = next(g for g in rec.groups if "t" in g.claims)
    assert {"a", "b"} <= set(total.claims)
