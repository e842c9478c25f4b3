"""A cue that replaced the dated stages of a growing count, and a slot where no official figure
stands: invented figures and sentences (a toll of one nation's dead in a foreign bombing, retold a
year on)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.independence import attribute
from counterpoint.reconcile.verdicts import judge

from .conftest import fig, make_doc


def _said(claim, text, cue=None):
    return replace(claim, evidence=Evidence(document=claim.document, start=0, end=len(text), text=text),
                   update_cue=cue)


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _series(last_source=()):
    docs = [make_doc("d1", outlet="Morning Post", published="2031-05-03"),
            make_doc("d2", outlet="Evening Star", published="2031-05-05"),
            make_doc("d3", outlet="Island Times"),  # its date lost
            make_doc("d4", outlet="Wire One", published="2032-05-02")]
    claims = [
        _said(fig("a", "d1", "killed", 9, as_of="2031-05-03"), "Nine of the dead were confirmed to be nurses."),
        _said(fig("b", "d2", "killed", 21, as_of="2031-05-05"), "The count of nurses killed had reached 21 by Tuesday.",
              cue="had reached"),
        _said(fig("c", "d3", "killed", 33), "The number of nurses confirmed dead reached 33 by yesterday.",
              cue="reached"),
        _said(fig("d", "d4", "killed", 95, as_of="2032-05-02", sources=last_source),
              "A year on, the city remembered the dead, among them 95 nurses."),
    ]
    return docs, claims


def test_an_undated_cued_figure_between_dated_stages_leaves_the_count_growing():
    docs, claims = _series()
    g = _holding(reconcile(docs, claims, ()), "a")
    assert set(g.claims) == {"a", "b", "c", "d"}
    assert g.verdict == "update" and g.best.value == 95


def test_with_no_official_figure_an_outlets_own_figure_is_the_running_count_not_a_rivals():
    # the year-on figure told by a speaker at the memorial and by an outlet on its own authority
    docs, claims = _series(last_source=(("the chaplain", "origin"),))
    docs.append(make_doc("d5", outlet="Coast News", published="2032-05-02"))
    claims.append(_said(fig("e", "d5", "killed", 95, as_of="2032-05-02"),
                        "The bombing killed 240 people, among them 95 nurses."))
    g = _holding(reconcile(docs, claims, ()), "a")
    assert g.verdict == "update" and g.best.value == 95


def _arrests(last_qualifier):
    docs = [make_doc("d1", outlet="Wire One", published="2031-07-07"),
            make_doc("d2", outlet="Evening Star", published="2031-08-05"),
            make_doc("d3", outlet="Coast News", published="2031-10-12")]
    claims = [
        _said(fig("a", "d1", "detained", 1520, as_of="2031-07-07", sources=(("police", "origin"),)),
              "Police said they had arrested 1,520 suspects over the riots."),
        _said(fig("b", "d2", "detained", 1520, as_of="2031-08-05", sources=(("the state news agency", "origin"),)),
              "The state news agency said 1,520 people had been arrested over the riots."),
        _said(fig("c", "d3", "detained", 900, qualifier=last_qualifier, as_of="2031-10-12",
                  sources=(("the authorities", "origin"),)),
              "The authorities have detained at least 900 people over the riots." if last_qualifier == "at_least"
              else "The authorities say 900 people are detained over the riots."),
    ]
    return docs, claims


def _judge(docs, claims):
    by_id = {d.id: d for d in docs}
    return judge(claims, {c.id: attribute(c, by_id) for c in claims}, by_id)


def test_a_later_open_bound_does_not_revise_a_growing_count_down():
    docs, claims = _arrests("at_least")
    # an earlier, smaller stage of the count too: the figures no longer all agree
    docs.append(make_doc("d0", outlet="Wire Two", published="2031-07-06"))
    claims.append(_said(fig("z", "d0", "detained", 640, as_of="2031-07-06", sources=(("police", "origin"),)),
                        "Police said 640 people had been arrested."))
    j = _judge(docs, claims)
    assert j.verdict == "update" and j.best.value == 1520


def test_a_later_exact_count_of_the_official_series_still_stands():
    j = _judge(*_arrests("exact"))
    assert j.verdict == "update" and j.best.value == 900


def test_an_outlets_early_figure_of_the_day_does_not_pull_the_best_below_the_officials():
    docs = [make_doc("d1", outlet="Coast News", published="2031-04-02"),
            make_doc("d2", outlet="Wire One", published="2031-04-02"),
            make_doc("d3", outlet="Evening Star", published="2031-04-02")]
    claims = [
        _said(fig("a", "d1", "killed", 6, as_of="2031-04-02"), "Six protesters were killed at the border fence."),
        _said(fig("b", "d2", "killed", 14, qualifier="at_least", as_of="2031-04-02",
                  sources=(("the health ministry", "origin"),)),
              "At least 14 protesters were killed, the health ministry said."),
        _said(fig("c", "d3", "killed", 13, qualifier="at_least", as_of="2031-04-02",
                  sources=(("the organisers", "origin"),)),
              "At least 13 people were killed, the organisers said."),
    ]
    j = _judge(docs, claims)
    assert j.best.value == 14


def test_a_part_of_a_group_s_whole_never_joins_the_headline_slot():
    # "1,310 police officers were wounded, around 40 of them critically": the whole counts a group (its
    # own slot), the part says only "of them"
    docs = [make_doc("d1", outlet="Coast News", published="2031-04-02"),
            make_doc("d2", outlet="Wire One", published="2031-04-02")]
    claims = [
        fig("w", "d1", "injured", 1310, subject="police officers"),
        replace(fig("p", "d1", "injured", 40, qualifier="about"), part_of="w"),
        fig("h", "d2", "injured", 2600),
    ]
    rec = reconcile(docs, claims, ())
    part = _holding(rec, "p")
    assert part.id != _holding(rec, "h").id
    assert part.parent == _holding(rec, "w").id


def test_a_part_told_far_from_a_group_s_whole_is_not_put_under_it():
    # the nearest larger figure before a part is often a wrong guess when far off (a list by place)
    docs = [make_doc("d1", outlet="Coast News", published="2031-04-02")]
    whole = replace(fig("w", "d1", "injured", 1310, subject="police officers"),
                    evidence=Evidence(document="d1", start=0, end=60, text="(synthetic whole)"))
    part = replace(fig("p", "d1", "injured", 40, qualifier="about"), part_of="w",
                   evidence=Evidence(document="d1", start=900, end=960, text="(synthetic part)"))
    other = fig("h", "d1", "injured", 45, qualifier="about")
    rec = reconcile(docs, [whole, part, other], ())
    # read by its own fields, as any figure: not a child slot of the far whole
    assert _holding(rec, "p").id == _holding(rec, "h").id
