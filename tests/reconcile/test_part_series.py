"""A part by a group the subject classes fold into people in general (rescuers, miners, pupils)
is one series across reports: its slot is keyed by the group's word, under the whole. Claims are
built by hand (the extractor fills the same fields)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, claim_id):
    return next(g for g in rec.groups if claim_id in g.claims)


def test_a_rising_part_by_an_unclassed_group_meets_across_reports():
    docs = [make_doc("a", outlet="A", published="2021-03-01"), make_doc("b", outlet="B", published="2021-03-03"),
            make_doc("c", outlet="C", published="2021-03-06")]
    claims = [
        fig("a1", "a", "killed", 40, as_of="2021-03-01"),
        replace(fig("a2", "a", "killed", 6, subject="rescuers", as_of="2021-03-01"), part_of="a1"),
        fig("b1", "b", "killed", 55, as_of="2021-03-03"),
        replace(fig("b2", "b", "killed", 9, subject="rescuer", as_of="2021-03-03"), part_of="b1"),
        fig("c1", "c", "killed", 70, as_of="2021-03-06"),
        replace(fig("c2", "c", "killed", 11, subject="rescuers", as_of="2021-03-06"), part_of="c1"),
    ]
    rec = reconcile(docs, claims, ())
    top = _holding(rec, "c1")
    part = _holding(rec, "a2")
    assert set(part.claims) == {"a2", "b2", "c2"}
    assert part.subject == "rescuer" and part.parent == top.id and part.best.value == 11


def test_parts_by_cause_with_no_group_word_stay_apart():
    """"Thirty were shot, two stabbed": people in general, told apart by their figures."""
    docs = [make_doc("a", outlet="A")]
    claims = [fig("a1", "a", "killed", 90),
              replace(fig("a2", "a", "killed", 30), part_of="a1"),
              replace(fig("a3", "a", "killed", 2, subject="victims"), part_of="a1")]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "a2").id != _holding(rec, "a3").id


def test_a_part_naming_two_groups_is_not_one_groups_series():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 40),
              replace(fig("a2", "a", "killed", 8, subject="rescuers and miners"), part_of="a1"),
              fig("b1", "b", "killed", 40),
              replace(fig("b2", "b", "killed", 5, subject="rescuers"), part_of="b1")]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "a2").id != _holding(rec, "b2").id


def test_a_part_naming_no_group_stays_under_its_groups_whole():
    """"1,100 Ruritanians were wounded, 30 of them critically": the part counts some of its whole's
    group, never people in general beside the headline's toll."""
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "injured", 2700),
              fig("b1", "b", "injured", 1100, subject="women"),
              replace(fig("b2", "b", "injured", 30), part_of="b1")]
    rec = reconcile(docs, claims, ())
    headline = _holding(rec, "a1")
    assert "b2" not in headline.claims
    assert _holding(rec, "b2").parent == _holding(rec, "b1").id
