"""DESIGN.md's verdicts, plus dispute, missing dates and revisions."""

from __future__ import annotations

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _group(rec, measure, *, place=None, subject="person"):
    found = [g for g in rec.groups if g.measure == measure and g.place == place and g.subject == subject]
    assert len(found) == 1, [(g.measure, g.place, g.subject) for g in rec.groups]
    return found[0]


def test_nationwide_killed_agree_best_164(founding):
    docs, claims = founding
    rec = reconcile(docs, claims, ())
    g = _group(rec, "killed")
    assert set(g.claims) == {"y1", "t1", "u1"}
    assert g.verdict == "agree"
    assert g.best.value == 164
    assert g.best.low == 150 and g.best.high == 164
    assert g.outlets == 3
    assert g.independent_sources == 3  # Ministry of Health, health officials, AFP
    # The verdict and best value lead; each figure is named once with its origins and carriers.
    assert g.explanation.startswith("Agreed: 164 killed, from the local Ministry of Health")
    # One sentence leads; then each outlet once, with the figures it carried and whom it credits.
    assert g.explanation.count(". ") == 1
    assert "Yonhap News — 164 (the local Ministry of Health, via Sputnik)" in g.explanation
    assert "Urdu Point — more than 150 (AFP)" in g.explanation
    assert g.explanation.count("Yonhap News") == 1


def test_arrests_are_one_group_that_grew(founding):
    docs, claims = founding
    g = _group(reconcile(docs, claims, ()), "detained")
    assert set(g.claims) == {"y3", "t3", "t4"}
    assert g.verdict == "update"
    assert g.best.value == 7939
    assert g.explanation.startswith("Updated: 7,939 detained, the local Ministry of Internal Affairs' latest figure;")
    assert "earlier almost 6,000/6,044 on 9 January 2022" in g.explanation
    assert g.explanation.count("Tribune") == 1


def test_almaty_and_children_are_their_own_groups(founding):
    docs, claims = founding
    rec = reconcile(docs, claims, ())
    almaty = _group(rec, "killed", place="Almaty")
    assert almaty.claims == ("y2",) and almaty.verdict == "single" and almaty.best.value == 103
    children = _group(rec, "killed", subject="child")
    assert children.claims == ("t2",) and children.verdict == "single"
    assert not any(g.verdict == "dispute" for g in rec.groups)


def test_dispute_same_scope_and_time_takes_lowest():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 12, as_of="2022-01-05"), fig("b1", "b", "killed", 30, as_of="2022-01-05")]
    g = _group(reconcile(docs, claims, ()), "killed")
    assert g.verdict == "dispute"
    assert (g.best.value, g.best.low, g.best.high) == (12, 12, 30)
    assert "conflicting" in g.explanation


def test_missing_dates_are_not_guessed():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    undated = [fig("a1", "a", "killed", 12), fig("b1", "b", "killed", 30)]
    g = _group(reconcile(docs, undated, ()), "killed")
    assert g.verdict == "dispute"  # no dates: nothing shows the count grew
    assert "Dates unknown" in g.explanation
    one_dated = [fig("a1", "a", "killed", 12), fig("b1", "b", "killed", 30, as_of="2022-01-07"),
                 fig("b2", "b", "killed", 20, as_of="2022-01-06")]
    g = _group(reconcile(docs, one_dated, ()), "killed")
    assert g.verdict == "update" and g.best.value == 30
    assert "date unknown" in g.explanation


def test_same_origin_revision_is_an_update():
    docs = [make_doc("a", outlet="A", published="2022-01-05"), make_doc("b", outlet="B", published="2022-01-08")]
    claims = [fig("a1", "a", "injured", 40, sources=(("Health Ministry", "origin"),)),
              fig("b1", "b", "injured", 35, sources=(("the Ministry of Health", "origin"),))]
    g = _group(reconcile(docs, claims, ()), "injured")
    assert g.verdict == "update" and g.best.value == 35
    assert "revised" in g.explanation


def test_vague_count_agrees():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 12, qualifier="at_least"), fig("b1", "b", "killed", 164)]
    g = _group(reconcile(docs, claims, ()), "killed")
    assert g.verdict == "agree" and g.best.value == 164


def test_group_ids_are_stable(founding):
    docs, claims = founding
    first = [g.id for g in reconcile(docs, claims, ()).groups]
    again = [g.id for g in reconcile(docs, list(reversed(claims)), ()).groups]
    assert sorted(first) == sorted(again) and len(set(first)) == len(first)


def test_growth_ordered_by_publication_date_is_an_update_that_says_so():
    docs = [make_doc("a", outlet="A", published="2022-01-09"), make_doc("b", outlet="B", published="2022-01-11"),
            make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "detained", 6044, sources=(("Police", "origin"),)),
              fig("b1", "b", "detained", 7939, as_of="2022-01-10", sources=(("Interior Ministry", "origin"),)),
              fig("c1", "c", "detained", 1000, qualifier="at_least")]
    g = _group(reconcile(docs, claims, ()), "detained")
    assert g.verdict == "update" and g.best.value == 7939
    assert "ordered by report dates" in g.explanation
    assert "earlier 6,044 reported 9 January 2022" in g.explanation
    assert "at least 1,000 (date unknown)" in g.explanation


def test_no_dates_at_all_stays_a_dispute_that_says_dates_unknown():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "detained", 6044), fig("b1", "b", "detained", 7939)]
    g = _group(reconcile(docs, claims, ()), "detained")
    assert g.verdict == "dispute" and g.best.value == 6044
    assert "Dates unknown" in g.explanation and "different times" in g.explanation


def test_smaller_figure_reported_later_is_no_growth():
    docs = [make_doc("a", outlet="A", published="2022-01-09"), make_doc("b", outlet="B", published="2022-01-12")]
    claims = [fig("a1", "a", "detained", 7939), fig("b1", "b", "detained", 6044)]
    g = _group(reconcile(docs, claims, ()), "detained")
    assert g.verdict == "dispute" and g.best.value == 6044


def test_dated_stages_then_a_larger_later_report():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C", published="2022-01-08")]
    claims = [fig("a1", "a", "injured", 10, as_of="2022-01-05"), fig("b1", "b", "injured", 12, as_of="2022-01-06"),
              fig("c1", "c", "injured", 30)]
    g = _group(reconcile(docs, claims, ()), "injured")
    assert g.verdict == "update" and g.best.value == 30
    assert g.explanation.startswith("Updated: 30 injured, the latest figure, from C's own report; first count 10 on"
                                    " 5 January 2022, then 12 on 6 January 2022")
    went_down = [fig("a1", "a", "injured", 12, as_of="2022-01-05"), fig("b1", "b", "injured", 10, as_of="2022-01-06"),
                 fig("c1", "c", "injured", 30)]
    assert _group(reconcile(docs, went_down, ()), "injured").verdict == "dispute"


def test_an_update_names_each_earlier_figure_once():
    # A figure relayed on three days is one earlier stage, not three.
    docs = [make_doc(x, outlet=x.upper(), published=f"2022-01-0{i}") for i, x in enumerate("abcd", start=5)]
    claims = [fig("a1", "a", "killed", 151, as_of="2022-01-05"), fig("b1", "b", "killed", 151, as_of="2022-01-06"),
              fig("c1", "c", "killed", 154, as_of="2022-01-07"), fig("d1", "d", "killed", 158, as_of="2022-01-08")]
    g = _group(reconcile(docs, claims, ()), "killed")
    assert g.verdict == "update" and g.best.value == 158
    assert "first count 151 on 5 January 2022, then 154 on 7 January 2022." in g.explanation
