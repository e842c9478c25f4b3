"""The event routes: index JSON, one event's dossier, pages, unknown ids."""

from __future__ import annotations


def test_api_events_lists_the_event_with_its_articles_and_figures(client):
    body = client.get("/api/events").json()
    assert body["total"] == 1
    (row,) = body["items"]
    assert row["id"] == "ev1" and row["label"] == "unrest" and row["articles"] >= 3
    assert isinstance(row["figures"], list)  # the sample groups carry no event id


def test_api_event_is_that_events_dossier_without_text(client):
    body = client.get("/api/events/ev1").json()
    assert {d["id"] for d in body["documents"]} >= {"d1", "d2", "d3"}
    assert all(d["text"] is None for d in body["documents"])
    assert all(g["event"] == "ev1" for g in body["groups"])


def test_unknown_event_is_404(client):
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/events/nope").status_code == 404


def test_event_pages_render(client):
    index = client.get("/events")
    assert index.status_code == 200 and 'href="/events/ev1"' in index.text
    page = client.get("/events/ev1")
    assert page.status_code == 200 and "<html" in page.text
