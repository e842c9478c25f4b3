"""Breakdowns that add up to a total, and counting independent origins (relays, wire copy, one
state's bodies, studies). Claims are invented for these tests."""

from __future__ import annotations

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def test_figures_that_add_up_to_the_total_are_its_parts():
    docs = [make_doc("a", outlet="A", published="2031-05-02")]
    claims = [fig("a1", "a", "killed", 90, sources=(("the police", "origin"),)),
              fig("a2", "a", "killed", 51),  # "51 died in the two city hospitals"
              fig("a3", "a", "killed", 30),  # "30 in the clinic by the river"
              fig("a4", "a", "killed", 9)]   # "and nine before reaching any hospital"
    rec = reconcile(docs, claims, ())
    top = _holding(rec, "a1")
    assert top.claims == ("a1",) and top.verdict == "single" and top.best.value == 90
    for cid in ("a2", "a3", "a4"):
        assert _holding(rec, cid).parent == top.id


def test_an_earlier_stage_close_to_the_total_is_not_a_breakdown():
    """"rose by 4 from 86 to 90": 86 + 4 = 90, but 86 is the previous toll, not a share of it."""
    docs = [make_doc("a", outlet="A", published="2031-05-02")]
    claims = [fig("a1", "a", "killed", 90), fig("a2", "a", "killed", 86), fig("a3", "a", "killed", 4)]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "a2").id == _holding(rec, "a1").id


def test_a_lowered_count_is_no_share_of_the_count_it_replaced():
    """"the missing went down from 150 to 112 ... 38 names were removed": 112 + 38 = 150, but 112
    replaces 150, a later count of the same thing, no share of it."""
    from dataclasses import replace
    docs = [make_doc("a", outlet="A", published="2031-05-02")]
    claims = [fig("a1", "a", "missing", 150), replace(fig("a2", "a", "missing", 112), supersedes=("a1",)),
              fig("a3", "a", "missing", 38)]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "a2").parent is None


def test_one_states_bodies_and_a_generic_officials_class_are_one_origin():
    docs = [make_doc(x, outlet=x.upper(), published="2031-05-02") for x in "abcd"]
    claims = [fig("a1", "a", "killed", 70, sources=(("Chilean President Ana Soto", "origin"),)),
              fig("b1", "b", "killed", 70, sources=(("the Chilean authorities", "origin"),)),
              fig("c1", "c", "killed", 70, sources=(("officials", "origin"),)),
              fig("d1", "d", "killed", 70, sources=(("a rights group", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.independent_sources == 2


def test_a_named_survey_is_its_outlet_and_generic_study_words_are_the_named_study():
    docs = [make_doc(x, outlet=x.upper(), published="2031-05-02") for x in "abcd"]
    claims = [fig("a1", "a", "killed", 500, sources=(("CNN", "origin"),)),
              fig("b1", "b", "killed", 500, qualifier="about",
                  sources=(("A CNN survey of funeral homes", "origin"),)),
              fig("c1", "c", "killed", 4600, sources=(("a Harvard study", "origin"),)),
              fig("d1", "d", "killed", 4600, sources=(("the researchers", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.independent_sources == 2


def test_unattributed_details_of_an_article_that_names_its_source_add_nothing():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 12, sources=(("the police", "origin"),)),
              fig("a2", "a", "killed", 15),  # the article's own later line, no source
              fig("b1", "b", "killed", 12, sources=(("the police", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.independent_sources == 1


def test_wire_copy_carried_by_two_outlets_is_one_origin():
    docs = [make_doc("a", outlet="Wire via Daily One"), make_doc("b", outlet="Wire via Daily Two")]
    claims = [fig("a1", "a", "killed", 33), fig("b1", "b", "killed", 33)]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.independent_sources == 1
