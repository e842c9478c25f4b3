"""Explanations as a journalist writes them: the best as its sources put it, each origin once.
Invented claims."""

from __future__ import annotations

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def test_a_best_every_source_gives_as_a_bound_is_said_as_a_bound():
    docs = [make_doc("a", outlet="A", published="2031-07-01"), make_doc("b", outlet="B", published="2031-07-01")]
    claims = [fig("a1", "a", "killed", 292, qualifier="more_than", sources=(("the railway board", "origin"),)),
              fig("b1", "b", "killed", 292, qualifier="more_than")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.explanation.startswith("Agreed: more than 292 killed")


def test_one_origin_worded_two_ways_in_one_article_is_named_once():
    docs = [make_doc("a", outlet="A", published="2031-07-01")]
    claims = [fig("a1", "a", "killed", 40, sources=(("the Ministry of Health", "origin"),)),
              fig("a2", "a", "killed", 40, sources=(("the health ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.explanation.startswith("Single report: 40 killed, according to the Ministry of Health on")
    assert "the health ministry" not in g.explanation.split(" Reports:")[0]


def test_rival_names_read_inside_the_sentence():
    docs = [make_doc("a", outlet="A", published="2031-07-01"), make_doc("b", outlet="B", published="2031-07-01")]
    claims = [fig("a1", "a", "killed", 64, sources=(("the governor", "origin"),)),
              fig("b1", "b", "killed", 4600, sources=(("The researchers", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "dispute" and "against 4,600 from the researchers." in g.explanation
