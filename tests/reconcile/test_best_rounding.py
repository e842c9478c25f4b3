"""Best value and verdict when a round figure stands beside the exact count it rounds, when the
dates give an official series' latest word later than a figure the texts cued, and when a count
the texts say moved stands at two figures a few percent apart (written figures, no real text)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc

MINISTRY = (("the Health Ministry", "origin"),)


def _group(rec, measure):
    found = [g for g in rec.groups if g.measure == measure and g.subject == "person"]
    assert len(found) == 1, [(g.measure, g.subject, g.claims) for g in rec.groups]
    return found[0]


def test_a_later_round_figure_stands_for_the_exact_count_it_rounds():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "killed", 380, as_of="2021-03-01", sources=MINISTRY),
              fig("b1", "b", "killed", 412, as_of="2021-03-05", sources=MINISTRY),
              fig("c1", "c", "killed", 420, qualifier="almost", as_of="2021-03-20")]
    g = _group(reconcile(docs, claims, ()), "killed")
    assert g.verdict == "update" and g.best.value == 412


def test_a_passed_mark_stands_for_the_exact_count_above_it():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C")]
    passed = replace(fig("b1", "b", "killed", 9000, qualifier="more_than", as_of="2021-03-09", sources=MINISTRY),
                     update_cue="passes")
    claims = [fig("a1", "a", "killed", 7200, as_of="2021-03-02", sources=MINISTRY), passed,
              fig("c1", "c", "killed", 9046, as_of="2021-03-09", sources=MINISTRY)]
    g = _group(reconcile(docs, claims, ()), "killed")
    assert g.best.value == 9046


def test_a_round_figure_far_from_any_exact_count_stays_the_best():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "killed", 300, as_of="2021-03-01", sources=MINISTRY),
              fig("b1", "b", "killed", 330, as_of="2021-03-05", sources=MINISTRY),
              fig("c1", "c", "killed", 400, qualifier="about", as_of="2021-03-20")]
    g = _group(reconcile(docs, claims, ()), "killed")
    assert g.verdict == "update" and g.best.value == 400


def test_the_official_series_latest_dated_word_beats_an_older_cued_figure():
    from counterpoint.reconcile.independence import attribute, resolve_origins
    from counterpoint.reconcile.verdicts import judge

    docs = {d.id: d for d in (make_doc("a", outlet="A", published="2020-06-13"), make_doc("b", outlet="B"),
                              make_doc("c", outlet="C"), make_doc("d", outlet="D", published="2020-07-10"))}
    officials = (("the interim government", "origin"),)
    rose = replace(fig("b1", "b", "killed", 189, sources=officials), update_cue="rose to")
    claims = [fig("a1", "a", "killed", 97, as_of="2020-06-13", sources=officials), rose,
              fig("c1", "c", "killed", 120, sources=(("Human Rights Watch", "origin"),)),
              fig("d1", "d", "killed", 309, as_of="2020-07-10", sources=officials)]
    j = judge(claims, resolve_origins(claims, {c.id: attribute(c, docs) for c in claims}, {}), docs)
    assert j.best.value == 309


def test_a_count_said_to_rise_standing_a_few_percent_apart_is_one_running_count():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C")]
    rose = replace(fig("a1", "a", "injured", 512), update_cue="rose to")
    claims = [rose, fig("b1", "b", "injured", 518, sources=(("the civil defence agency", "origin"),)),
              fig("c1", "c", "injured", 400, qualifier="at_least", sources=MINISTRY)]
    g = _group(reconcile(docs, claims, ()), "injured")
    assert g.verdict == "update" and g.best.value == 518


def test_counts_far_apart_stay_a_dispute_even_with_a_rise_word():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    rose = replace(fig("a1", "a", "injured", 512), update_cue="rose to")
    claims = [rose, fig("b1", "b", "injured", 700, sources=(("the civil defence agency", "origin"),))]
    g = _group(reconcile(docs, claims, ()), "injured")
    assert g.verdict == "dispute"


def test_a_later_smaller_figure_does_not_displace_the_cued_official_count():
    from counterpoint.reconcile.independence import attribute, resolve_origins
    from counterpoint.reconcile.verdicts import judge

    docs = {d.id: d for d in (make_doc("a", outlet="A", published="2020-06-13"), make_doc("b", outlet="B"),
                              make_doc("c", outlet="C"), make_doc("d", outlet="D", published="2020-07-10"))}
    officials = (("the interim government", "origin"),)
    rose = replace(fig("b1", "b", "killed", 189, sources=officials), update_cue="rose to")
    claims = [fig("a1", "a", "killed", 97, as_of="2020-06-13", sources=officials), rose,
              fig("c1", "c", "killed", 120, sources=(("Human Rights Watch", "origin"),)),
              fig("d1", "d", "killed", 3, as_of="2020-07-10")]
    j = judge(claims, resolve_origins(claims, {c.id: attribute(c, docs) for c in claims}, {}), docs)
    assert j.best.value == 189
