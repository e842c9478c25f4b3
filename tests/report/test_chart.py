from __future__ import annotations

import xml.etree.ElementTree as ET

from counterpoint.models import Dossier
from counterpoint.report.basemap import countries, path_bbox, project
from counterpoint.report.chart import PALETTE, evolution_svg, parse_date
from counterpoint.report.views import Index, group_views

NS = "{http://www.w3.org/2000/svg}"


def _group(d: Dossier, gid: str):
    return next(g for g in group_views(d, Index.of(d)) if g.id == gid)


def test_headline_order_puts_killed_first_and_scoped_after(dossier: Dossier) -> None:
    assert [g.id for g in group_views(dossier, Index.of(dossier))] == ["g1", "g3", "g2"]


def test_chart_one_mark_per_claim_colored_by_origin(dossier: Dossier) -> None:
    g = _group(dossier, "g2")  # detained: three origins, three dates
    svg = evolution_svg(g.claims, title="detained <b>")
    root = ET.fromstring(str(svg))  # well-formed XML, hostile title escaped
    marks = [c for c in root.iter(f"{NS}circle") if c.get("class") == "mark"]
    assert len(marks) == 3
    assert len({m.get("fill") for m in marks}) == 3 and all(m.get("fill") in PALETTE for m in marks)
    assert root.find(f"{NS}title").text == "detained <b>"
    # later as-of dates are further right; a larger count is higher (smaller y)
    xs = [float(m.get("cx")) for m in marks]
    ys = [float(m.get("cy")) for m in marks]
    assert xs == sorted(xs) and ys == sorted(ys, reverse=True)
    labels = [t.text for t in root.iter(f"{NS}text") if t.get("class") == "value"]
    assert labels == ["almost 6,000", "6,044", "7,939"]


def test_no_chart_for_a_single_claim(dossier: Dossier) -> None:
    g = _group(dossier, "g3")
    assert evolution_svg(g.claims, title="x") is None


def test_parse_partial_dates() -> None:
    assert str(parse_date("2022-01")) == "2022-01-01"
    assert str(parse_date("2022")) == "2022-01-01"
    assert parse_date("January") is None and parse_date(None) is None and parse_date("2022-13-40") is None


def test_projection_lands_inside_kazakhstan_outline() -> None:
    kz = next(c for c in countries() if c.code == "kz")
    x0, y0, x1, y1 = kz.bbox
    for lat, lon in ((43.25, 76.95), (51.18, 71.45), (47.1, 51.9)):  # Almaty, Astana, Atyrau
        x, y = project(lat, lon)
        assert x0 < x < x1 and y0 < y < y1
    # the projection is monotonic: east is right, north is up
    assert project(45, 80)[0] > project(45, 70)[0] and project(50, 70)[1] < project(40, 70)[1]


def test_path_bbox_relative_and_absolute() -> None:
    assert path_bbox("M10 10 l5 0 l0 5 z") == (10, 10, 15, 15)
    assert path_bbox("m1 1 h4 v3 c1 1 1 1 2 2") == (1, 1, 7, 6)
