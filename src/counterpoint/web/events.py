"""Event routes: the event index and one event's dossier, as JSON and as pages.

Included in the app by `create_app` with one line (`app.include_router(events_router(cache))`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse

from ..dossier import dossier_json
from ..reconcile.event_index import UnknownEvent, event_dossier, event_rows, rows_json


def events_router(cache: Any) -> APIRouter:
    """`cache.get().dossier` is the current dossier (the app's DossierCache)."""
    router = APIRouter()

    @router.get("/api/events", summary="Events: label, dates, places, outlets, articles, headline figures")
    def api_events() -> dict[str, Any]:
        rows = event_rows(cache.get().dossier)
        return {"total": len(rows), "items": rows_json(rows)}

    @router.get("/api/events/{event_id}", summary="One event's own dossier (documents without text)")
    def api_event(event_id: str) -> dict[str, Any]:
        try:
            sub = event_dossier(cache.get().dossier, event_id)
        except UnknownEvent:
            raise HTTPException(404, "no event with that id") from None
        return dossier_json(sub, include_text=False)

    @router.get("/events", response_class=HTMLResponse, summary="The event index page")
    def events_page() -> HTMLResponse:
        from ..report.event_pages import render_event_index

        return HTMLResponse(render_event_index(cache.get().dossier, href_prefix="/events/", href_suffix=""))

    @router.get("/events/{event_id}", response_class=HTMLResponse, summary="One event's report")
    def event_page(event_id: str) -> HTMLResponse:
        from ..report import render_report

        try:
            sub = event_dossier(cache.get().dossier, event_id)
        except UnknownEvent:
            raise HTTPException(404, "no event with that id") from None
        return HTMLResponse(render_report(sub))

    return router
