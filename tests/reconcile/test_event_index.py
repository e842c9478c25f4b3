"""The event index (one row per event, largest first) and one event's own dossier."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.models import Dossier
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.event_index import UnknownEvent, event_dossier, event_rows

from .conftest import fig, make_doc
from .test_clustering import FIRE_1, FIRE_2, FLOOD_1, FLOOD_2


def _dossier() -> Dossier:
    docs = (make_doc("flood1", outlet="Gazette", published="2015-03-01", text=FLOOD_1),
            make_doc("flood2", outlet="Courier", published="2015-03-02", text=FLOOD_2),
            make_doc("flood3", outlet="Herald", published="2015-03-02", text=FLOOD_2 + " More rain is due."),
            make_doc("fire1", outlet="Gazette", published="2015-03-05", text=FIRE_1),
            make_doc("fire2", outlet="Herald", published="2015-03-06", text=FIRE_2))
    claims = (fig("c1", "fire1", "injured", 3), fig("c2", "fire2", "injured", 3),
              fig("c3", "flood1", "displaced", 80))
    rec = reconcile(docs, claims, ())
    return Dossier(documents=docs, claims=claims, groups=rec.groups, events=rec.events)


def test_rows_largest_first_with_headline_figures():
    rows = event_rows(_dossier())
    assert [r.articles for r in rows] == [3, 2]
    fire = rows[1]
    assert fire.start == "2015-03-05" and fire.end == "2015-03-06"
    assert [(f.measure, f.value, f.verdict) for f in fire.figures] == [("injured", 3, "agree")]


def test_event_dossier_holds_only_that_event():
    d = _dossier()
    fire = event_rows(d)[1]
    sub = event_dossier(d, fire.id)
    assert {x.id for x in sub.documents} == {"fire1", "fire2"}
    assert {c.id for c in sub.claims} == {"c1", "c2"}
    assert all(g.event == fire.id for g in sub.groups) and sub.groups
    with pytest.raises(UnknownEvent):
        event_dossier(d, "event-none")


def test_event_report_pages_are_written(tmp_path: Path):
    from counterpoint.report.event_pages import write_event_report

    written = write_event_report(_dossier(), tmp_path)
    assert written[0] == tmp_path / "index.html"
    assert len(list((tmp_path / "events").glob("*.html"))) == 2
    index = written[0].read_text(encoding="utf-8")
    assert "2 events in 5 articles" in index and "injured" in index
