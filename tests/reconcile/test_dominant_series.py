"""A dispute over a count that kept growing: its best is where the longest dated series stands
now, not the lowest figure anyone gave (an early count, one day's toll, a rival's lower claim).
Invented claims, in the shape of a months-long crackdown's coverage: a rights group's tally over
months, another monitor's lower undated count and one protest's toll without a date."""

from __future__ import annotations

from counterpoint.reconcile import reconcile
from counterpoint.reconcile.independence import attribute
from counterpoint.reconcile.series import dominant_series

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _series_case():
    tally = [(261, "2031-03-20"), (320, "2031-03-25"), (521, "2031-03-31"), (737, "2031-04-19"), (1006, "2031-08-18")]
    docs = [make_doc(f"r{i}", outlet=f"Wire {i}", published=d) for i, (_, d) in enumerate(tally)]
    docs += [make_doc("j", outlet="Junta Daily"), make_doc("u", outlet="Relay")]
    claims = [fig(f"c{i}", f"r{i}", "killed", v, as_of=d, sources=(("the Political Prisoners Group", "origin"),))
              for i, (v, d) in enumerate(tally)]
    claims += [fig("other", "j", "killed", 164, sources=(("a local monitoring network", "origin"),)),
               fig("day", "u", "killed", 18, sources=(("the UN rights office", "origin"),))]
    return docs, claims


def test_the_dominant_series_is_the_longest_rising_dated_run():
    docs, claims = _series_case()
    by_id = {d.id: d for d in docs}
    attrib = {c.id: attribute(c, by_id) for c in claims}
    j = dominant_series(claims, attrib, by_id)
    assert j is not None and j.best.value == 1006


def test_the_best_of_a_growing_count_with_undated_rivals_is_where_the_series_stands():
    docs, claims = _series_case()
    g = _holding(reconcile(docs, claims, ()), "c4")
    assert g.verdict in ("update", "dispute") and g.best.value == 1006
    assert g.best.high == 1006


def test_without_a_series_the_lowest_credible_figure_stands():
    # Two undated rival counts and no dated series: ACLED's rule, the lowest credible figure.
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("x", "a", "killed", 40, sources=(("the ministry", "origin"),)),
              fig("y", "b", "killed", 90, sources=(("a rights group", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "x")
    assert g.verdict == "dispute" and g.best.value == 40
