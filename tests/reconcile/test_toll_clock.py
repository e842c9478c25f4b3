"""Undated reports of a disaster ordered by the running death toll each gives (dating.toll_clock):
a smaller count of the injured in a report with a lower toll is an earlier stage, not a rival.
Invented claims; the reports carry no dates."""

from __future__ import annotations

from counterpoint.reconcile import reconcile
from counterpoint.reconcile.dating import clock_before

from .conftest import fig, make_doc

AGENCY = (("the disaster agency", "origin"),)


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _docs(n, published=None):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=(published or {}).get(i)) for i in range(n)]


def test_injured_ordered_by_the_death_toll_of_their_reports():
    claims = [fig("k0", "d0", "killed", 2100, qualifier="at_least"), fig("i0", "d0", "injured", 9400, sources=AGENCY),
              fig("k1", "d1", "killed", 7800), fig("i1", "d1", "injured", 31050),
              fig("k2", "d2", "killed", 8200, sources=AGENCY), fig("i2", "d2", "injured", 31100, sources=AGENCY)]
    g = _holding(reconcile(_docs(3), claims, ()), "i0")
    assert g.verdict == "update" and g.best.value in (31050, 31100)
    assert "lower death toll" in g.explanation and "9,400" in g.explanation


def test_no_clock_no_order():
    # The reports give no toll to order them: the injured figures stay a dispute.
    claims = [fig("i0", "d0", "injured", 9400, sources=AGENCY), fig("i1", "d1", "injured", 31050),
              fig("i2", "d2", "injured", 31100, sources=AGENCY)]
    g = _holding(reconcile(_docs(3), claims, ()), "i0")
    assert g.verdict == "dispute"


def test_a_clock_against_the_count_is_no_update():
    # The report with the higher toll gives the smaller injured count: the clock says the larger
    # injured figure came first, so they are not one growing count.
    claims = [fig("k0", "d0", "killed", 8200), fig("i0", "d0", "injured", 9400, sources=AGENCY),
              fig("k1", "d1", "killed", 2100), fig("i1", "d1", "injured", 31050, sources=AGENCY)]
    g = _holding(reconcile(_docs(2), claims, ()), "i0")
    assert g.verdict == "dispute"


def test_a_rival_class_on_top_keeps_the_dispute():
    claims = [fig("k0", "d0", "killed", 2100), fig("i0", "d0", "injured", 9400, sources=AGENCY),
              fig("k1", "d1", "killed", 7800), fig("i1", "d1", "injured", 31050,
                                                   sources=(("an opposition party", "origin"),))]
    g = _holding(reconcile(_docs(2), claims, ()), "i0")
    assert g.verdict == "dispute"


def test_publication_dates_overrule_the_clock():
    docs = _docs(2, {0: "2031-05-09", 1: "2031-05-02"})
    clock = {"d0": {"k": 100.0}, "d1": {"k": 300.0}}
    assert not clock_before("d0", "d1", clock, {d.id: d for d in docs})
    assert clock_before("d0", "d1", clock, {})
    # nearly equal tolls (one moment, two sources) do not order reports
    assert not clock_before("d0", "d1", {"d0": {"k": 100.0}, "d1": {"k": 103.0}}, {})
