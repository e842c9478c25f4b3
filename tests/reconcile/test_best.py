"""Best value on conflicts (corroboration, else lowest credible) and within-document repeats."""

from __future__ import annotations

from dataclasses import replace

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


def _later(c):
    """The claim as a figure further down its report (not the one the report leads with)."""
    return replace(c, evidence=replace(c.evidence, start=200, end=205))


def test_figure_an_order_of_magnitude_below_every_rival_is_a_part_not_the_best():
    # Invented: one report leads with "more than 2,000 arrested since April" and adds that at
    # least 400 are still held; another gives the opposition's 43 (one day's arrests, not marked
    # as such). 43 widens low/high; it is not the lowest credible estimate of the whole.
    docs = [make_doc(x, outlet=x.upper()) for x in "ab"]
    claims = [fig("a1", "a", "detained", 2000, qualifier="more_than", as_of=DAY),
              _later(fig("a2", "a", "detained", 400, qualifier="at_least", as_of=DAY,
                         sources=(("a rights group", "origin"),))),
              fig("b1", "b", "detained", 43, as_of=DAY, sources=(("the opposition", "origin"),))]
    g = _only(reconcile(docs, claims, ()), "detained")
    assert g.verdict == "dispute"
    assert g.best.value == 2000 and g.best.low == 43


def test_rival_estimates_a_few_times_apart_keep_the_lowest_credible():
    # Invented: a ministry's 470 dead against a rights group's 2,000 and a clinic's 1,900 (4x
    # apart): rival estimates of one toll, so the lowest credible figure stands.
    docs = [make_doc(x, outlet=x.upper()) for x in "abc"]
    claims = [fig("a1", "a", "killed", 2000, as_of=DAY, sources=(("a rights group", "origin"),)),
              fig("b1", "b", "killed", 1900, as_of=DAY, sources=(("a clinic", "origin"),)),
              fig("c1", "c", "killed", 470, as_of=DAY, sources=(("a witness", "origin"),))]
    g = _only(reconcile(docs, claims, ()))
    assert g.verdict == "dispute" and g.best.value == 470


def test_outlets_own_small_figure_is_not_a_running_count_against_a_rival_ten_times_larger():
    # Invented: an outlet writes that four miners were seriously hurt (no source); a union official
    # says 80 were injured. The 4 is a part of the 80, not the running count the 80 disputes.
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "injured", 4, as_of=DAY),
              fig("b1", "b", "injured", 80, as_of=DAY, sources=(("a union official", "origin"),))]
    g = _only(reconcile(docs, claims, ()), "injured")
    assert g.best.value == 80 and g.best.low == 4


def test_officials_small_figure_still_heads_the_official_series_against_a_rival():
    # Invented: the police say 4 were injured, a rights group 80: the official count stands as the
    # dispute's best (FIGURE-GRAPH), the rights group's figure is the rival.
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "injured", 4, as_of=DAY, sources=(("the police", "origin"),)),
              fig("b1", "b", "injured", 80, as_of=DAY, sources=(("a rights group", "origin"),))]
    g = _only(reconcile(docs, claims, ()), "injured")
    assert g.verdict == "dispute" and g.best.value == 4
