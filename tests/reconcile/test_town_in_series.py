"""A place's figure that sits inside the whole scope's running series (the toll "in" the stricken
town between two national counts) is a stage of that series, while a city's figure below the
country's count of the same day stays a part. Invented claims."""

from __future__ import annotations

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


def test_a_place_figure_at_the_end_of_the_series_stays_apart():
    # Nothing after it brackets it: it may as well be a part.
    docs = _docs("2031-09-02", "2031-09-03", "2031-09-05")
    claims = [fig("a", "d0", "killed", 21, as_of="2031-09-02"),
              fig("c", "d1", "killed", 40, as_of="2031-09-03"),
              fig("b", "d2", "killed", 45, as_of="2031-09-05", place_name="Valmora")]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert "b" not in g.claims
