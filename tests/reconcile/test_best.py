"""Best value on conflicts (corroboration, else lowest credible) and within-document repeats."""

from __future__ import annotations

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc

DAY = "2022-01-05"


def _only(rec, measure="killed"):
    (g,) = [g for g in rec.groups if g.measure == measure]
    return g


def test_figure_most_origins_give_wins_the_dispute():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [fig("a1", "a", "killed", 6, as_of=DAY), fig("b1", "b", "killed", 6, as_of=DAY),
              fig("c1", "c", "killed", 6, as_of=DAY), fig("d1", "d", "killed", 1, as_of=DAY)]
    g = _only(reconcile(docs, claims, ()))
    assert g.verdict == "dispute"
    assert (g.best.value, g.best.low, g.best.high) == (6, 1, 6)  # low/high still cover the 1
    assert "supported by 3 independent sources against at most 1" in g.explanation


def test_tie_between_origins_takes_lowest_credible():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [fig("a1", "a", "killed", 6, as_of=DAY), fig("b1", "b", "killed", 6, as_of=DAY),
              fig("c1", "c", "killed", 4, as_of=DAY), fig("d1", "d", "killed", 4, as_of=DAY)]
    g = _only(reconcile(docs, claims, ()))
    assert g.verdict == "dispute" and g.best.value == 4 and "lowest credible" in g.explanation


def test_relays_of_one_origin_do_not_outvote_two_origins():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcde"]
    police = (("Police", "origin"),)
    claims = [fig("a1", "a", "killed", 6, as_of=DAY, sources=police),
              fig("b1", "b", "killed", 6, as_of=DAY, sources=police),
              fig("c1", "c", "killed", 6, as_of=DAY, sources=(("the police", "origin"),)),
              fig("d1", "d", "killed", 4, as_of=DAY, sources=(("City Hospital", "origin"),)),
              fig("e1", "e", "killed", 4, as_of=DAY, sources=(("the mayor", "origin"),))]
    g = _only(reconcile(docs, claims, ()))
    assert g.best.value == 4 and g.independent_sources == 3


def test_vague_count_supports_every_figure_and_decides_nothing():
    docs = [make_doc(x, outlet=x.upper()) for x in "abc"]
    claims = [fig("a1", "a", "killed", 6, as_of=DAY), fig("b1", "b", "killed", 4, as_of=DAY),
              fig("c1", "c", "killed", 2, qualifier="at_least", as_of=DAY)]
    g = _only(reconcile(docs, claims, ()))
    assert g.best.value == 4 and (g.best.low, g.best.high) == (2, 6)


def test_caption_and_body_repeat_is_one_source():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    # (a witness, not an official: an official's own figure would head the official series, so
    # the best would be the officials' 6 whatever the majority, `best.official_head`)
    claims = [fig("a1", "a", "killed", 6, as_of=DAY),  # caption, no source
              fig("a2", "a", "killed", 6, as_of=DAY, sources=(("a witness", "origin"),)),  # body
              fig("b1", "b", "killed", 1, as_of=DAY)]
    g = _only(reconcile(docs, claims, ()))
    assert g.independent_sources == 2 and g.outlets == 2
    assert g.best.value == 1  # 6 has one origin, not two: no majority
    assert "A (own report)" not in g.explanation  # the repeat shows its source, the witness


def test_one_document_repeating_a_figure_is_a_single_report():
    docs = [make_doc("a", outlet="A")]
    claims = [fig("a1", "a", "killed", 164), fig("a2", "a", "killed", 164, sources=(("Ministry of Health", "origin"),)),
              fig("a3", "a", "killed", 164)]
    g = _only(reconcile(docs, claims, ()))
    assert g.verdict == "single" and g.outlets == 1 and g.independent_sources == 1


def test_syndicated_copy_own_figure_is_the_original_outlet():
    docs = [make_doc("a", outlet="Agency"), make_doc("b", outlet="Paper", duplicate_of="a"),
            make_doc("c", outlet="Other")]
    claims = [fig("a1", "a", "killed", 6, as_of=DAY), fig("b1", "b", "killed", 6, as_of=DAY),
              fig("c1", "c", "killed", 1, as_of=DAY)]
    g = _only(reconcile(docs, claims, ()))
    assert g.independent_sources == 2 and g.best.value == 1


def test_unattributed_stages_of_an_official_series_add_no_source():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [fig("a1", "a", "killed", 40, as_of="2021-03-01", sources=(("the interior ministry", "origin"),)),
              fig("b1", "b", "killed", 52, as_of="2021-03-02"),  # no source, between the ministry's figures
              fig("c1", "c", "killed", 61, as_of="2021-03-03"),
              fig("d1", "d", "killed", 75, as_of="2021-03-04", sources=(("the interior ministry", "origin"),))]
    g = _only(reconcile(docs, claims, ()))
    assert g.independent_sources == 1 and g.outlets == 4
