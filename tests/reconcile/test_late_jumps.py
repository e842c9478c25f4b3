"""A lone late figure far above the level a running count's reports share, with no word of a rise,
is set aside (updates.late_jumps): an anniversary piece's "a city of a million", a misread number.
A rival origin's far higher figure stays a dispute; a cued rise or a corroborated one stands.
Invented claims."""

from __future__ import annotations

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _docs(*dates):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(dates)]


MINISTRY = (("the health ministry", "origin"),)


def test_a_lone_late_jump_without_a_cue_is_set_aside():
    docs = _docs("2031-04-02", "2031-04-03", "2031-04-04", "2031-04-05", "2031-04-06")
    claims = [fig("a", "d0", "killed", 1200, sources=MINISTRY),
              fig("b", "d1", "killed", 2900, sources=MINISTRY),
              fig("c", "d2", "killed", 4100, sources=MINISTRY),
              fig("c2", "d3", "killed", 4100, qualifier="more_than"),
              # days on, one feature piece's stray number with no speaker
              fig("z", "d4", "killed", 40000)]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "z" in g.outliers and g.best.value == 4100
    assert "one report alone" in g.explanation


def test_an_open_bound_does_not_carry_a_jump_to_the_best():
    # "more than 4,100" overlaps any larger number: the jump must still not become the best.
    docs = _docs("2031-04-02", "2031-04-03", "2031-04-04", "2031-04-06")
    claims = [fig("a", "d0", "injured", 800, sources=MINISTRY),
              fig("b", "d1", "injured", 1500, qualifier="more_than", sources=MINISTRY),
              fig("b2", "d2", "injured", 1500, qualifier="more_than"),
              fig("z", "d3", "injured", 9000)]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "z" in g.outliers and g.best.value == 1500


def test_a_cued_rise_is_no_jump():
    docs = _docs("2031-04-02", "2031-04-03", "2031-04-06")
    claims = [fig("a", "d0", "killed", 300, sources=MINISTRY),
              fig("a2", "d1", "killed", 300),
              fig("z", "d2", "killed", 1100, sources=MINISTRY)]
    from dataclasses import replace
    claims[2] = replace(claims[2], update_cue="has risen to")
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "z" not in g.outliers and g.best.value == 1100


def test_a_level_two_reports_give_is_no_jump():
    docs = _docs("2031-04-02", "2031-04-03", "2031-04-05", "2031-04-06")
    claims = [fig("a", "d0", "killed", 300, sources=MINISTRY),
              fig("a2", "d1", "killed", 300),
              fig("z", "d2", "killed", 1100, sources=MINISTRY),
              fig("z2", "d3", "killed", 1100)]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "z" not in g.outliers and g.best.value == 1100


def test_a_rival_class_far_above_is_a_dispute_not_a_jump():
    docs = _docs("2031-04-02", "2031-04-03", "2031-04-05")
    claims = [fig("a", "d0", "killed", 150, sources=MINISTRY),
              fig("a2", "d1", "killed", 150),
              fig("r", "d2", "killed", 900, sources=(("the opposition coalition", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "r" not in g.outliers and "r" in g.claims and g.verdict == "dispute"
