"""Vague counts beside stated ones: shown apart, never a member that sets the best value."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.wholes import is_vague

from .conftest import fig, make_doc


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def test_a_coded_vague_count_is_vague_and_a_stated_floor_is_not():
    assert is_vague(_said(fig("a", "a", "killed", 12, qualifier="at_least"), "Dozens of people were killed."))
    assert not is_vague(_said(fig("b", "b", "killed", 12, qualifier="at_least"), "At least 12 people were killed."))
    assert not is_vague(_said(fig("c", "c", "killed", 100), "Hundreds gathered as 100 were killed."))


def test_dozens_killed_is_kept_apart_from_the_toll_series():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i + 1}") for i, x in enumerate("abc")]
    claims = [_said(fig("a1", "a", "killed", 12, qualifier="at_least"), "Dozens were killed when the bridge fell."),
              _said(fig("b1", "b", "killed", 22), "The toll rose to 22, officials said."),
              _said(fig("c1", "c", "killed", 39), "Officials said 39 people had died.")]
    rec = reconcile(docs, claims, ())
    top = next(g for g in rec.groups if "c1" in g.claims)
    assert "a1" not in top.claims and top.best.value == 39
    vague = next(g for g in rec.groups if "a1" in g.claims)
    assert vague.parent == top.id


def test_vague_counts_alone_stay_the_slot():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i + 1}") for i, x in enumerate("ab")]
    claims = [_said(fig("a1", "a", "detained", 100, qualifier="at_least"), "Hundreds were detained."),
              _said(fig("b1", "b", "detained", 100, qualifier="at_least"), "Police detained hundreds of people.")]
    rec = reconcile(docs, claims, ())
    assert any({"a1", "b1"} <= set(g.claims) for g in rec.groups)


def _days(n):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=f"2031-03-{10 + i}") for i in range(n)]


def test_a_days_count_beside_a_marked_running_total_is_that_days_whole():
    claims = [_said(fig("c0", "d0", "killed", 480, qualifier="at_least"),
                    "At least 480 people have been killed since the March 3 coup, a monitoring group said."),
              _said(fig("c1", "d1", "killed", 19), "Security forces killed 19 protesters on Sunday, witnesses said."),
              _said(fig("c2", "d2", "killed", 512, qualifier="at_least"),
                    "A total of 512 people have been killed since the protests began, the group said.")]
    rec = reconcile(_days(3), claims, ())
    top = next(g for g in rec.groups if "c2" in g.claims)
    assert "c0" in top.claims and "c1" not in top.claims and top.best.value == 512
    day = next(g for g in rec.groups if "c1" in g.claims)
    assert day.parent == top.id


def test_a_nights_count_of_hurt_officers_is_not_the_total_since_the_start():
    claims = [_said(fig("c0", "d0", "injured", 14, subject="police officers"),
                    "Nine protesters and 14 police officers were hurt in the clashes overnight."),
              _said(fig("c1", "d1", "injured", 96, subject="police officers"),
                    "In total, 96 police officers have been injured since Sunday, the ministry said.")]
    rec = reconcile(_days(2), claims, ())
    assert not any({"c0", "c1"} <= set(g.claims) for g in rec.groups)


def test_without_a_marked_total_a_day_phrase_is_the_whole_toll():
    claims = [_said(fig("c0", "d0", "killed", 260), "The earthquake killed 260 people on Friday night."),
              _said(fig("c1", "d1", "killed", 1100), "The death toll rose to 1,100, officials said.")]
    rec = reconcile(_days(2), claims, ())
    assert any({"c0", "c1"} <= set(g.claims) for g in rec.groups)


def test_the_day_of_the_event_in_a_relative_clause_is_no_one_day_count():
    claims = [_said(fig("c0", "d0", "killed", 2000, qualifier="at_least"),
                    "At least 2,000 people were killed in the quake that struck on Friday night."),
              _said(fig("c1", "d1", "killed", 2900), "So far 2,900 people have died, the ministry said.")]
    rec = reconcile(_days(2), claims, ())
    assert any({"c0", "c1"} <= set(g.claims) for g in rec.groups)


def test_the_deadliest_day_since_is_a_days_count_and_a_toll_sentence_is_not():
    from counterpoint.reconcile.wholes import names_one_day

    day = _said(fig("a", "a", "killed", 96), "At least 96 people were killed on Saturday, the deadliest day since the coup.")
    toll = _said(fig("b", "b", "injured", 310),
                 "The toll from the quake that hit the valley on Friday night has risen to 700, with 310 injured.")
    recap = _said(fig("c", "c", "injured", 1900),
                  "The previous toll announced by officials on Saturday night gave 1,700 dead and 1,900 injured.")
    assert names_one_day(day)
    assert not names_one_day(toll) and not names_one_day(recap)


def test_a_total_counted_from_an_instant_keeps_the_early_day_tolls():
    # "since the collapse" counts from the event itself: its early tolls are stages of the total
    claims = [_said(fig("c0", "d0", "killed", 90, qualifier="more_than"),
                    "More than 90 people were killed when the building fell on Wednesday."),
              _said(fig("c1", "d1", "killed", 1040), "In all, 1,040 bodies have been pulled out since the collapse.")]
    rec = reconcile(_days(2), claims, ())
    assert any({"c0", "c1"} <= set(g.claims) for g in rec.groups)
