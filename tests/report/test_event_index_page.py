"""The event index page: a filter box over its rows (client-side; the page loads nothing)."""

from __future__ import annotations

import re

from counterpoint.models import Document, Dossier, EventCluster
from counterpoint.report.event_pages import render_event_index


def _pile() -> Dossier:
    docs = tuple(Document(id=f"d{i}", path=f"d{i}.txt", status="ok", text="A report written for this test.",
                          outlet=outlet, published=day)
                 for i, (outlet, day) in enumerate((("Harbour Times", "2032-04-02"), ("Ridge Courier", "2032-04-03"),
                                                    ("Harbour Times", "2032-09-10"))))
    events = (
        EventCluster(id="event-a", documents=("d0", "d1"), label="ferry fire", headline="Ferry fire off Calloway Point",
                     start="2032-04-02", end="2032-04-03", places=("Calloway Point",), outlets=("Harbour Times", "Ridge Courier")),
        EventCluster(id="event-b", documents=("d2",), label="bridge closure", headline="Bridge at Menton closed",
                     start="2032-09-10", end="2032-09-10", places=("Menton",), outlets=("Harbour Times",)),
    )
    return Dossier(documents=docs, events=events)


def test_index_has_a_filter_box_and_searchable_rows():
    html = render_event_index(_pile())
    assert '<input id="filter" type="search"' in html and 'id="filter-count"' in html
    rows = dict(re.findall(r'<tr id="(event-[ab])" data-search="([^"]*)"', html))
    assert set(rows) == {"event-a", "event-b"}
    assert "calloway point" in rows["event-a"] and "ridge courier" in rows["event-a"]
    assert "menton" in rows["event-b"] and "calloway" not in rows["event-b"]
    assert rows["event-a"] == rows["event-a"].lower()


def test_index_page_loads_nothing_from_the_network():
    html = render_event_index(_pile())
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
