"""The injured in critical condition: a status part with a series of its own under the injured,
never one slot per figure, and everyone hurt when no larger count stands beside it."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _docs():
    return [make_doc("d0", outlet="Outlet A", published="2031-09-09"),
            make_doc("d1", outlet="Outlet B", published="2031-09-10")]


def test_critical_parts_of_two_reports_meet_as_one_series_under_the_injured():
    claims = [fig("w0", "d0", "injured", 1800, as_of="2031-09-09"),
              replace(fig("c0", "d0", "injured", 700, as_of="2031-09-09"), part_of="w0", scope="critical"),
              fig("w1", "d1", "injured", 2400, as_of="2031-09-10"),
              replace(fig("c1", "d1", "injured", 1400, as_of="2031-09-10"), part_of="w1", scope="critical")]
    rec = reconcile(_docs(), claims, ())
    whole = next(g for g in rec.groups if "w1" in g.claims)
    critical = next(g for g in rec.groups if "c0" in g.claims)
    assert set(critical.claims) == {"c0", "c1"} and critical.parent == whole.id
    assert {"c0", "c1"}.isdisjoint(whole.claims)


def test_a_lone_critical_count_is_everyone_hurt():
    claims = [replace(fig("c0", "d0", "injured", 5, as_of="2031-09-09"), scope="critical"),
              fig("k0", "d0", "killed", 2, as_of="2031-09-09")]
    rec = reconcile(_docs()[:1], claims, ())
    group = next(g for g in rec.groups if "c0" in g.claims)
    assert group.parent is None
