"""When a count stood: an event's day is not a count's, a repeat is as old as its first report,
one origin's own growing tally is an update, and two origins at odds on one day are a dispute.
Invented sentences and claims."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.dating import count_dated, event_dated

from .conftest import fig, make_doc


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def test_the_day_the_storm_hit_is_not_the_day_of_the_count():
    # Published on Tuesday 4 March 2031; "Saturday" is the storm's day, not the count's.
    docs = {"a": make_doc("a", outlet="A", published="2031-03-04")}
    c = _said(fig("a1", "a", "killed", 120, as_of="2031-03-01"),
              "The storm that hit the coast on Saturday has killed 120 people, officials said.")
    assert event_dated(c, docs)
    assert count_dated([c], docs)[0].as_of is None  # dated by its report instead


def test_a_statement_day_stays_the_day_of_the_count():
    docs = {"a": make_doc("a", outlet="A", published="2031-03-04")}
    c = _said(fig("a1", "a", "killed", 80, as_of="2031-03-02"), "Officials said on Sunday that 80 people had died.")
    assert not event_dated(c, docs)
    assert count_dated([c], docs)[0].as_of == "2031-03-02"


def test_a_toll_dated_by_the_storm_day_is_the_latest_stage_not_a_rival():
    docs = [make_doc("a", outlet="A", published="2031-03-01"), make_doc("b", outlet="B", published="2031-03-02"),
            make_doc("c", outlet="C", published="2031-03-04")]
    claims = [
        _said(fig("a1", "a", "killed", 40, as_of="2031-03-01", sources=(("the police", "origin"),)),
              "At least 40 people were killed, the police said."),
        _said(fig("b1", "b", "killed", 80, as_of="2031-03-02", sources=(("officials", "origin"),)),
              "Officials said on Sunday that 80 people had died."),
        _said(fig("c1", "c", "killed", 120, as_of="2031-03-01", sources=(("officials", "origin"),)),
              "The storm that hit the coast on Saturday has killed 120 people, officials said."),
    ]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 120


def test_an_older_figure_repeated_later_is_as_old_as_its_first_report():
    docs = {"a": make_doc("a", outlet="A", published="2031-05-01"), "b": make_doc("b", outlet="B", published="2031-05-02"),
            "c": make_doc("c", outlet="C", published="2031-05-04"), "d": make_doc("d", outlet="D")}
    claims = [fig("a1", "a", "killed", 100, sources=(("the ministry", "origin"),)),
              fig("b1", "b", "killed", 150, sources=(("the ministry", "origin"),)),
              fig("c1", "c", "killed", 100),  # a relay printing the first toll two days on
              fig("d1", "d", "killed", 150)]  # an undated report of the standing toll
    dated = {c.id: c.as_of for c in count_dated(claims, docs)}
    assert dated["c1"] == "2031-05-01" and dated["d1"] == "2031-05-02"
    g = _holding(reconcile(list(docs.values()), claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 150


def test_a_figure_the_text_says_was_revised_keeps_its_own_date():
    docs = {"a": make_doc("a", outlet="A", published="2031-05-01"), "b": make_doc("b", outlet="B", published="2031-05-09")}
    claims = [fig("a1", "a", "killed", 60), replace(fig("b1", "b", "killed", 60), update_cue="revised down to")]
    assert {c.id: c.as_of for c in count_dated(claims, docs)}["b1"] is None


def test_a_rights_group_tally_that_only_grows_is_an_update_to_its_latest_figure():
    docs = [make_doc(k, outlet=k.upper(), published=d) for k, d in
            (("a", "2031-02-10"), ("b", "2031-02-13"), ("c", "2031-02-16"), ("d", "2031-02-19"), ("e", "2031-02-17"))]
    group = (("the Prisoners Support Committee", "origin"),)
    claims = [fig("a1", "a", "killed", 35, sources=group),
              fig("b1", "b", "killed", 270, qualifier="more_than", sources=group),
              fig("c1", "c", "killed", 530, sources=group),
              fig("d1", "d", "killed", 780, sources=group),
              fig("e1", "e", "killed", 500, qualifier="more_than")]  # an outlet carrying the tally
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 780


def test_two_origins_at_odds_on_one_day_are_a_dispute():
    docs = [make_doc("a", outlet="A", published="2031-06-05"), make_doc("b", outlet="B", published="2031-06-05")]
    claims = [fig("a1", "a", "killed", 110, sources=(("a doctors' union", "origin"),)),
              fig("b1", "b", "killed", 45, sources=(("the health ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "dispute"
    assert g.explanation.startswith("Disputed")


def test_a_tally_counted_since_the_takeover_day_is_not_dated_by_that_day():
    """Every report of a running tally names the day counting began ("since the army seized power
    on 1 February"): the reports' own dates order it, so it is an update, not a one-day dispute."""
    docs = [make_doc(k, outlet=k.upper(), published=d)
            for k, d in (("a", "2031-02-10"), ("b", "2031-02-13"), ("c", "2031-02-16"), ("d", "2031-02-19"))]
    group = (("the Prisoners Support Committee", "origin"),)
    claims = [_said(fig(f"{k}1", k, "killed", v, as_of="2031-02-01", sources=group),
                    f"At least {v} people have been killed since the army seized power on 1 February, the committee said.")
              for k, v in (("a", 35), ("b", 270), ("c", 530), ("d", 780))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 780
    assert g.explanation.startswith("Updated: 780 killed")


def test_an_earlier_day_named_without_a_count_word_is_the_events():
    # Published Wednesday 5 March 2031; "Saturday" (1 March) is when the crush happened.
    docs = {"a": make_doc("a", outlet="A", published="2031-03-05")}
    dead = _said(fig("a1", "a", "killed", 90, as_of="2031-03-01"),
                 "Police revealed that 90 people died after the concert turned chaotic on Saturday night.")
    said = _said(fig("a2", "a", "killed", 88, as_of="2031-03-04"), "On Tuesday, police said 88 people had died.")
    assert event_dated(dead, docs) and not event_dated(said, docs)
    # A crowd is counted on the day it gathered: its date stays.
    crowd = _said(fig("a3", "a", "participants", 5000, as_of="2031-03-01"),
                  "About 5,000 people gathered for the concert on Saturday night.")
    assert not event_dated(crowd, docs)
