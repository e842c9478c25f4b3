"""A place's figure that sits inside the whole scope's running series (the toll "in" the stricken
town between two national counts) is a stage of that series, while a city's figure below the
country's count of the same day stays a part. A place's figure that no report tells beside a
larger whole, and that is not far below the whole's figures, is the whole told by where it
happened. Invented claims."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _docs(*dates):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(dates)]


def test_the_towns_toll_between_two_counts_is_a_stage():
    docs = _docs("2031-09-02", "2031-09-03", "2031-09-04", "2031-09-05")
    claims = [fig("a", "d0", "killed", 21, as_of="2031-09-02"),
              fig("b", "d1", "killed", 26, as_of="2031-09-03", place_name="Valmora"),
              fig("c", "d2", "killed", 40, as_of="2031-09-04"),
              fig("e", "d3", "killed", 52, as_of="2031-09-05")]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "b" in g.claims and g.best.value == 52


def test_a_citys_count_below_the_same_days_national_count_is_a_part():
    docs = _docs("2031-09-02", "2031-09-03", "2031-09-03", "2031-09-05")
    claims = [fig("a", "d0", "killed", 60, as_of="2031-09-02"),
              fig("b", "d1", "killed", 70, as_of="2031-09-03", place_name="Valmora"),
              fig("c", "d2", "killed", 95, as_of="2031-09-03"),
              fig("e", "d3", "killed", 120, as_of="2031-09-05")]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "b" not in g.claims


def test_a_place_figure_above_every_whole_figure_told_alone_is_the_whole():
    # "A car bomb killed 45 people in Valmora": no report gives a larger toll beside it, so the
    # place names where the event happened, not a part of it.
    docs = _docs("2031-09-02", "2031-09-03", "2031-09-05")
    claims = [fig("a", "d0", "killed", 21, as_of="2031-09-02"),
              fig("c", "d1", "killed", 40, as_of="2031-09-03"),
              fig("b", "d2", "killed", 45, as_of="2031-09-05", place_name="Valmora")]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "b" in g.claims and g.best.value == 45


def _at(c, start):
    return replace(c, evidence=Evidence(document=c.document, start=start, end=start + 40, text="(synthetic)"))


def test_a_place_figure_told_after_a_larger_whole_in_its_report_stays_a_part():
    # "The attacks killed 130 people. At the concert hall alone, 89 died." The report that gives
    # both says which is the part, whatever the other reports say.
    docs = _docs("2031-09-02", "2031-09-03", "2031-09-04")
    claims = [fig("a", "d0", "killed", 120, as_of="2031-09-02"),
              fig("c", "d1", "killed", 129, as_of="2031-09-03"),
              _at(fig("w", "d2", "killed", 130, as_of="2031-09-04"), 0),
              _at(fig("b", "d2", "killed", 89, as_of="2031-09-04", place_name="the concert hall"), 60)]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "w" in g.claims and "b" not in g.claims


def test_a_small_place_figure_told_alone_stays_a_part():
    # "Four died in Tarsk" beside a toll of hundreds: far below the whole's typical figure.
    docs = _docs("2031-09-02", "2031-09-03", "2031-09-04")
    claims = [fig("a", "d0", "killed", 300, as_of="2031-09-02"),
              fig("c", "d1", "killed", 320, as_of="2031-09-03"),
              fig("b", "d2", "killed", 4, as_of="2031-09-04", place_name="Tarsk")]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "b" not in g.claims
