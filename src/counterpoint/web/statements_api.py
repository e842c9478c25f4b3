"""API routes for statements, propositions and outlet framing (issue #13), added to the app by
`add_statement_routes(app, get_dossier)`. Read-only, filtered in memory like /api/claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import PlainTextResponse

from ..models import Dossier, to_json
from ..statements.views import statement_rows

ShortText = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def _has(value: Any, needle: str | None) -> bool:
    return needle is None or needle.lower() in str(value or "").lower()


def add_statement_routes(app: FastAPI, get_dossier: Callable[[], Dossier]) -> None:
    @app.get("/api/statements", summary="Statements, searchable by speaker, proposition, outlet or text")
    def api_statements(speaker: ShortText = None, proposition: ShortText = None, outlet: ShortText = None,
                       q: ShortText = None, mode: Annotated[str | None, Query(
                           pattern="^(quote|reported|according_to|own_voice)$")] = None,
                       limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        rows = [r for r in statement_rows(get_dossier())
                if (_has(r["speaker_name"], speaker) or _has(r["speaker"], speaker))
                and (proposition is None or r["proposition"] == proposition or _has(r["proposition_text"], proposition))
                and _has(r["outlet"], outlet) and _has(r["text"], q)
                and (mode is None or r["mode"] == mode)]
        return {"total": len(rows), "items": rows[offset:offset + limit]}

    @app.get("/api/propositions", summary="Propositions with each outlet's stance")
    def api_propositions(outlet: ShortText = None, stance: Annotated[str | None, Query(
            pattern="^(asserts|attributes|disputes|notes_no_evidence|silent)$")] = None) -> dict[str, Any]:
        items = [p for p in get_dossier().propositions
                 if (outlet is None or any(o.lower() == outlet.lower() and (stance is None or s == stance)
                                           for o, s in p.stances.items()))
                 and (outlet is not None or stance is None or stance in p.stances.values())]
        return {"total": len(items), "items": to_json(items)}

    @app.get("/api/outlets/{name}/framing", summary="One outlet's labels, sourcing and stances")
    def api_framing(name: str) -> dict[str, Any]:
        for o in get_dossier().outlets:
            if o.name.lower() == name.lower():
                return {"name": o.name, "framing": o.framing}
        raise HTTPException(404, "no outlet with that name")

    @app.get("/api/statements.csv", summary="Statements and stances as CSV", response_class=PlainTextResponse)
    def api_statements_csv() -> PlainTextResponse:
        from ..statements.export import statements_csv

        return PlainTextResponse(statements_csv(get_dossier()), media_type="text/csv")
