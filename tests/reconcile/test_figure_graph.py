"""The figure graph in reconcile: parts, updates from cues, outliers, hedges, resolved origins,
subject classes. Claims are built by hand (the extractor fills the same fields)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.figures.subjects import subject_class
from counterpoint.models import Entity, Evidence, Source
from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _groups(rec, measure):
    return [g for g in rec.groups if g.measure == measure]


def _holding(rec, claim_id):
    return next(g for g in rec.groups if claim_id in g.claims)


# --- parts ------------------------------------------------------------------------------------

def test_part_by_subject_goes_to_its_own_slot_under_the_whole():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    whole = fig("a1", "a", "killed", 40, sources=(("the interior ministry", "origin"),))
    kids = replace(fig("a2", "a", "killed", 4, subject="children"), part_of="a1")
    other = fig("b1", "b", "killed", 40)
    rec = reconcile(docs, [whole, kids, other], ())
    top = _holding(rec, "a1")
    assert set(top.claims) == {"a1", "b1"} and top.verdict == "agree" and top.best.value == 40
    part = _holding(rec, "a2")
    assert part.subject == "child" and part.parent == top.id and part.claims == ("a2",)


def test_part_by_cause_never_disputes_its_whole():
    """"Thirty were shot dead" inside a toll of 90 shares measure, subject and place with it."""
    docs = [make_doc("a", outlet="A")]
    whole = fig("a1", "a", "killed", 90)
    shot = replace(fig("a2", "a", "killed", 30), part_of="a1")
    stabbed = replace(fig("a3", "a", "killed", 2), part_of="a1")
    rec = reconcile(docs, [whole, shot, stabbed], ())
    top = _holding(rec, "a1")
    assert top.claims == ("a1",) and top.verdict == "single"
    for cid in ("a2", "a3"):
        assert _holding(rec, cid).parent == top.id
    assert not any(g.verdict == "dispute" for g in rec.groups)


def test_part_by_place_is_a_child_slot():
    docs = [make_doc("a", outlet="A")]
    whole = fig("a1", "a", "killed", 120)
    capital = replace(fig("a2", "a", "killed", 80, place_name="the capital"), part_of="a1")
    rec = reconcile(docs, [whole, capital], ())
    assert _holding(rec, "a2").parent == _holding(rec, "a1").id
    assert _holding(rec, "a1").claims == ("a1",)


def test_a_part_naming_no_place_stays_under_its_placed_whole():
    """"12 climbers died at the pass ... nine bodies were recovered, six of them guides": a part of a
    place's count is that place's, never the event's headline count beside the nationwide toll."""
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    toll = fig("b1", "b", "killed", 900)
    toll_a = fig("a0", "a", "killed", 910)
    pass_dead = fig("a1", "a", "killed", 12, place_name="the Tarsk Pass")
    found = replace(fig("a2", "a", "killed", 9), part_of="a1")
    rec = reconcile(docs, [toll, toll_a, pass_dead, found], ())
    top = _holding(rec, "b1")
    assert set(top.claims) == {"a0", "b1"} and top.parent is None
    assert _holding(rec, "a2").parent == _holding(rec, "a1").id


def test_a_part_with_a_status_goes_to_the_status_slot_not_the_headline():
    """"37 remain in hospital" after "78 are being treated in hospitals across the city"."""
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    total = fig("b1", "b", "injured", 74)
    city = fig("a1", "a", "injured", 78, place_name="the city")
    still = replace(fig("a2", "a", "injured", 37), part_of="a1", scope="in care",
                    evidence=Evidence(document="a", start=900, end=950, text="(synthetic)"))
    rec = reconcile(docs, [total, city, still], ())
    assert "a2" not in _holding(rec, "b1").claims
    assert _holding(rec, "a2").claims == ("a2",)


def test_a_part_of_a_misread_whole_is_read_by_its_own_fields():
    # One article's toll was misread as 250,000 (a count of the homeless beside it) and the real
    # toll, 140, was taken as its part; every other report counts 100-160 dead.
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i + 1}") for i, x in enumerate("abcde")]
    claims = [fig("a1", "a", "killed", 100, qualifier="at_least"), fig("b1", "b", "killed", 120),
              fig("c1", "c", "killed", 250000), replace(fig("c2", "c", "killed", 140), part_of="c1"),
              fig("d1", "d", "killed", 150), fig("e1", "e", "killed", 160)]
    rec = reconcile(docs, claims, ())
    top = _holding(rec, "e1")
    assert "c2" in top.claims and "c1" in top.outliers
    # the claim list the dossier shows says the same as the group: c2 is no longer a part
    listed = {c.id: c for c in rec.claims}
    assert listed["c2"].part_of is None and listed["a1"].part_of is None


def test_a_part_of_a_whole_in_line_with_its_slot_stays_a_part():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i + 1}") for i, x in enumerate("abcd")]
    claims = [fig("a1", "a", "killed", 100), fig("b1", "b", "killed", 120), fig("c1", "c", "killed", 150),
              replace(fig("c2", "c", "killed", 14), part_of="c1"), fig("d1", "d", "killed", 160)]
    rec = reconcile(docs, claims, ())
    assert "c2" not in _holding(rec, "d1").claims


def test_money_parts_and_no_person_subject():
    docs = [make_doc("a", outlet="A")]
    total = fig("a1", "a", "damage", 300e6, subject="person")
    business = replace(fig("a2", "a", "damage", 50e6, subject=None), part_of="a1")
    rec = reconcile(docs, [total, business], ())
    top = _holding(rec, "a1")
    assert top.subject in (None, "") and top.verdict == "single" and top.best.value == 300e6
    assert _holding(rec, "a2").parent == top.id


# --- updates ----------------------------------------------------------------------------------

def test_rise_cue_orders_a_series_without_dates():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C")]
    claims = [
        fig("a1", "a", "killed", 140, sources=(("police", "origin"),)),
        fig("b1", "b", "killed", 275, sources=(("the health ministry", "origin"),)),
        replace(fig("c1", "c", "killed", 312, sources=(("the interior ministry", "origin"),)),
                update_cue="has risen to"),
    ]
    g = _holding(reconcile(docs, claims, ()), "c1")
    assert set(g.claims) == {"a1", "b1", "c1"}
    assert g.verdict == "update" and g.best.value == 312
    assert (g.best.low, g.best.high) == (140, 312)
    assert g.explanation.startswith("Updated: 312 killed")
    assert '"has risen to"' in g.explanation


def test_downward_revision_is_best_and_not_a_dispute():
    docs = [make_doc("a", outlet="A", published="2023-05-01"), make_doc("b", outlet="B", published="2023-05-02")]
    claims = [
        fig("a1", "a", "killed", 359, sources=(("officials", "origin"),)),
        replace(fig("b1", "b", "killed", 253, sources=(("the health ministry", "origin"),)),
                update_cue="revised down to"),
    ]
    g = _holding(reconcile(docs, claims, ()), "b1")
    assert g.verdict == "update" and g.best.value == 253
    assert "revised down to" in g.explanation


def test_explicit_supersedes_edge_within_a_document():
    docs = [make_doc("a", outlet="A")]
    claims = [fig("a1", "a", "injured", 200),
              replace(fig("a2", "a", "injured", 260), supersedes=("a1",), update_cue="up from")]
    g = _holding(reconcile(docs, claims, ()), "a2")
    assert g.verdict == "update" and g.best.value == 260


def test_rise_cue_does_not_replace_another_origin_class():
    """A rights group's count is not updated by an official rise: the two stay in dispute."""
    day = "2023-05-05"
    docs = [make_doc("a", outlet="A", published=day), make_doc("b", outlet="B", published=day)]
    claims = [
        fig("a1", "a", "killed", 300, qualifier="at_least", as_of=day, sources=(("a rights group", "origin"),)),
        replace(fig("b1", "b", "killed", 253, as_of=day, sources=(("the health ministry", "origin"),)),
                update_cue="rose to"),
    ]
    g = _holding(reconcile(docs, claims, ()), "b1")
    assert g.verdict == "dispute"
    assert "a rights group" in g.explanation and "the health ministry" in g.explanation


def test_hedged_figure_is_shown_not_used():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 50), fig("b1", "b", "killed", 50),
              replace(fig("b2", "b", "killed", 2000, qualifier="up_to"), hedged=True)]
    g = _holding(reconcile(docs, claims, ()), "b2")
    assert g.verdict == "agree" and g.best.value == 50 and "b2" in g.claims
    assert "Hedged" in g.explanation and "up to 2,000" in g.explanation


# --- outliers ---------------------------------------------------------------------------------

def test_lone_outlier_is_set_aside_not_a_dispute():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [fig("a1", "a", "killed", 164), fig("b1", "b", "killed", 164),
              fig("c1", "c", "killed", 160, qualifier="more_than"), fig("d1", "d", "killed", 1640)]
    g = _holding(reconcile(docs, claims, ()), "d1")
    assert g.outliers == ("d1",)
    assert g.verdict == "agree" and g.best.value == 164 and g.best.high == 164
    assert "outlier" in g.explanation and "1,640" in g.explanation


def test_two_far_figures_are_not_outliers():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [fig("a1", "a", "killed", 10), fig("b1", "b", "killed", 10),
              fig("c1", "c", "killed", 900), fig("d1", "d", "killed", 900)]
    g = _holding(reconcile(docs, claims, ()), "d1")
    assert g.outliers == () and g.verdict == "dispute"


# --- independence -----------------------------------------------------------------------------

def test_ministry_names_and_relays_are_one_origin():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [
        fig("a1", "a", "killed", 25, sources=(("the Health Ministry", "origin"),)),
        fig("b1", "b", "killed", 25, sources=(("Reuters", "relay"), ("the Ministry of Health", "origin"))),
        fig("c1", "c", "killed", 25, sources=(("the ministry", "origin"),)),
        fig("c2", "c", "injured", 7, sources=(("Lebanon's Ministry of Health", "origin"),)),
        fig("d1", "d", "killed", 25, sources=(("media reports", "relay"),)),
    ]
    g = _holding(reconcile(docs, claims, ()), "a1")
    # a1, b1 and c1 (whose "the ministry" is the health ministry its article names, the
    # country's name aside) are one;
    # "media reports" has no known origin: the outlet D's own report.
    assert g.independent_sources == 2, g.origins


def test_prosecutor_speaks_for_the_office_the_article_names():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [
        fig("a1", "a", "charged", 12, sources=(("the prosecutor general's office", "origin"),)),
        fig("a2", "a", "detained", 40, sources=(("a prosecutor", "origin"),)),
        fig("b1", "b", "detained", 40, sources=(("the Prosecutor General's Office", "origin"),)),
    ]
    assert _holding(reconcile(docs, claims, ()), "a2").independent_sources == 1


def test_officials_of_one_country_and_the_country_name_are_one_class():
    docs = [make_doc(x, outlet=x.upper()) for x in "abcd"]
    claims = [
        fig("a1", "a", "killed", 18, sources=(("Turkish officials", "origin"),)),
        fig("b1", "b", "killed", 18, sources=(("the authorities", "origin"),)),
        fig("c1", "c", "killed", 18, sources=(("Turkey", "origin"),)),
        fig("d1", "d", "killed", 18, sources=(("Turkish government officials", "origin"),)),
    ]
    assert _holding(reconcile(docs, claims, ()), "a1").independent_sources == 1


def test_linked_entity_ids_join_different_wordings():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    ministry = Entity(id="e1", name="Ministry of Emergency Situations", type="organization",
                      aliases=("Ministry of Emergency Situations", "EMERCOM"), documents=("a", "b"), mentions=2)
    a1 = replace(fig("a1", "a", "missing", 9), sources=(Source(name="EMERCOM", role="origin", entity="e1"),))
    b1 = replace(fig("b1", "b", "missing", 9),
                 sources=(Source(name="the Ministry of Emergency Situations", role="origin", entity="e1"),))
    assert _holding(reconcile(docs, [a1, b1], (ministry,)), "a1").independent_sources == 1


# --- subjects ---------------------------------------------------------------------------------

def test_security_forces_wordings_meet_in_one_slot():
    assert subject_class("police officer or national guard") == "security force member"
    assert subject_class("police officer and soldier") == "security force member"
    assert subject_class("civilian and police officer") == "person"
    assert subject_class("garment worker") == "person"
    assert subject_class("gunman") == "assailant"
    assert subject_class("shop", "property") == "shop"
    assert subject_class("person", "damage") is None
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 11, subject="police officers or national guards"),
              fig("b1", "b", "killed", 14, subject="police and servicemen")]
    rec = reconcile(docs, claims, ())
    g = _holding(rec, "a1")
    assert "b1" in g.claims and g.subject == "security force member"


# Coverage of one disaster over two weeks: later reports name its month, so they stay one event.
FOLLOW_UP_TEXT = "The valley flood that began in February 2023: officials update the count."


def test_latest_official_word_stands_up_or_down_by_dates():
    docs = [make_doc("a", outlet="A", published="2023-02-07", text=FOLLOW_UP_TEXT), make_doc("b", outlet="B", published="2023-02-09", text=FOLLOW_UP_TEXT),
            make_doc("c", outlet="C", published="2023-02-20", text=FOLLOW_UP_TEXT)]
    claims = [
        fig("a1", "a", "missing", 120, sources=(("the civil defence agency", "origin"),)),
        fig("b1", "b", "missing", 300),
        fig("c1", "c", "missing", 40, sources=(("the interior ministry", "origin"),)),
    ]
    g = _holding(reconcile(docs, claims, ()), "c1")
    assert g.verdict == "update" and g.best.value == 40 and (g.best.low, g.best.high) == (40, 300)


def test_outlet_figure_that_fits_a_stated_one_adds_no_origin():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B"), make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "killed", 70, sources=(("the health ministry", "origin"),)),
              fig("b1", "b", "killed", 70), fig("c1", "c", "killed", 69, qualifier="more_than")]
    assert _holding(reconcile(docs, claims, ()), "a1").independent_sources == 1


def test_rights_group_figure_at_the_same_time_keeps_a_dispute():
    docs = [make_doc("a", outlet="A", published="2023-02-07", text=FOLLOW_UP_TEXT), make_doc("b", outlet="B", published="2023-02-20", text=FOLLOW_UP_TEXT),
            make_doc("c", outlet="C", published="2023-02-20", text=FOLLOW_UP_TEXT)]
    claims = [
        fig("a1", "a", "killed", 120, sources=(("the civil defence agency", "origin"),)),
        fig("b1", "b", "killed", 140, sources=(("the interior ministry", "origin"),)),
        fig("c1", "c", "killed", 300, qualifier="at_least", sources=(("a rights group", "origin"),)),
    ]
    assert _holding(reconcile(docs, claims, ()), "b1").verdict == "dispute"
    earlier = [replace(claims[2], document="a"), *claims[:2]]
    g = _holding(reconcile(docs, earlier, ()), "b1")
    assert g.verdict == "update" and g.best.value == 140


def test_dispute_best_is_the_head_of_the_official_series():
    """FIGURE-GRAPH's example: the ministry's series 140 -> 275 -> 253 against a rights group's >= 300."""
    day = "2023-05-05"
    docs = [make_doc("a", outlet="A", published="2023-05-01"), make_doc("b", outlet="B", published="2023-05-03"),
            make_doc("c", outlet="C", published=day), make_doc("d", outlet="D", published=day)]
    claims = [
        fig("a1", "a", "killed", 140, sources=(("police", "origin"),)),
        replace(fig("b1", "b", "killed", 275, sources=(("the health ministry", "origin"),)), update_cue="up from"),
        replace(fig("c1", "c", "killed", 253, sources=(("the health ministry", "origin"),)),
                update_cue="revised down to"),
        fig("d1", "d", "killed", 300, qualifier="at_least", sources=(("a rights group", "origin"),)),
    ]
    g = _holding(reconcile(docs, claims, ()), "c1")
    assert g.verdict == "dispute" and g.best.value == 253
    assert g.best.low == 140 and (g.best.high is None or g.best.high >= 300)
    assert "official series" in g.explanation and "a rights group" in g.explanation


def test_directionless_cue_needs_dates_across_documents():
    docs = [make_doc("a", outlet="A", published="2023-02-24"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 44000, sources=(("the disaster agency", "origin"),)),
              replace(fig("b1", "b", "killed", 12000, sources=(("the disaster agency", "origin"),)),
                      update_cue="now at")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.best.value != 12000


def test_generic_study_wordings_are_one_origin():
    docs = [make_doc(x, outlet=x.upper()) for x in "abc"]
    claims = [fig("a1", "a", "killed", 4600, sources=(("researchers", "origin"),)),
              fig("b1", "b", "killed", 4600, sources=(("The findings", "origin"),)),
              fig("c1", "c", "killed", 4600, sources=(("a new study", "origin"),))]
    assert _holding(reconcile(docs, claims, ()), "a1").independent_sources == 1


def test_a_misread_far_above_and_one_far_below_are_each_set_aside():
    # "at least 10" (a part) far below and 250,000 (the homeless, misread) far above a toll of
    # 130-160 are not each other's company: each is a lone outlier.
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-02-0{i}") for i, x in enumerate("abcde", start=1)]
    claims = [fig("a1", "a", "killed", 130), fig("b1", "b", "killed", 250000),
              fig("c1", "c", "killed", 10, qualifier="at_least"), fig("d1", "d", "killed", 145),
              fig("e1", "e", "killed", 160)]
    g = next(g for g in reconcile(docs, claims, ()).groups if "a1" in g.claims)
    assert "b1" in g.outliers and g.best.value == 160


def test_an_undirected_cue_dated_only_by_month_does_not_replace_the_days_of_that_month():
    # "bringing the toll to 50" in a story dated only "July" cannot be placed against a count of
    # 24 July: it must not replace the later, larger count, and the series ends at that count.
    docs = [make_doc("a", outlet="A", published="2031-07-02"), make_doc("b", outlet="B", published="2031-07"),
            make_doc("c", outlet="C", published="2031-07-10"), make_doc("d", outlet="D", published="2031-07-24")]
    claims = [fig("a1", "a", "killed", 20),
              replace(fig("b1", "b", "killed", 50), update_cue="now stands at"),
              replace(fig("c1", "c", "killed", 80), update_cue="has climbed to"),
              fig("d1", "d", "killed", 95)]
    g = next(g for g in reconcile(docs, claims, ()).groups if "d1" in g.claims)
    assert g.verdict == "update" and g.best.value == 95
