"""A count the coverage agrees on (three or more independent origins) and the smaller figures
reported after it: some of those people ("two of those held were released", "another person was
taken into custody"), not the count going down. Invented claims."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _day_one_arrests():
    """Four arrested on the 10th, from the police, the prime minister and an agency's own report."""
    docs = [make_doc("a", outlet="A", published="2031-03-10"), make_doc("b", outlet="B", published="2031-03-10"),
            make_doc("c", outlet="C", published="2031-03-10"), make_doc("d", outlet="D", published="2031-03-12")]
    claims = [fig("a1", "a", "detained", 4, as_of="2031-03-10", sources=(("the national police", "origin"),)),
              fig("b1", "b", "detained", 4, as_of="2031-03-10", sources=(("the prime minister", "origin"),)),
              fig("c1", "c", "detained", 4, as_of="2031-03-10")]
    return docs, claims


def test_smaller_later_figures_below_an_established_count_are_set_aside():
    docs, claims = _day_one_arrests()
    claims += [fig("d1", "d", "detained", 2, as_of="2031-03-12", sources=(("the national police", "origin"),)),
               fig("d2", "d", "detained", 1, as_of="2031-03-12", sources=(("the national police", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert {"d1", "d2"} <= set(g.outliers)
    assert g.verdict in ("agree", "update") and g.best.value == 4


def test_a_later_figure_said_to_be_lower_is_still_the_update():
    docs, claims = _day_one_arrests()
    claims.append(replace(fig("d1", "d", "detained", 3, as_of="2031-03-12", sources=(("the national police", "origin"),)),
                          update_cue="revised down to"))
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert "d1" not in g.outliers and g.best.value == 3


def test_a_count_of_two_origins_is_not_established():
    docs, claims = _day_one_arrests()
    claims = [*claims[:2], fig("d1", "d", "detained", 2, as_of="2031-03-12", sources=(("a rights group", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert "d1" not in g.outliers and g.verdict == "dispute"
