"""The web app: the report's views as pages, a JSON API, full-text search, optional uploads.

Read-only by default: the store is opened read-only per request and nothing is written unless
`allow_upload` is on. There are no static-file routes (CSS and JS are inlined in each page), so
no URL can reach a file on disk. The dossier, the rendered report and the search index are
cached per store "fingerprint" and rebuilt when an analysis changes the store.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from markupsafe import Markup, escape

from ..models import Document, Dossier, EventClaim, FigureClaim, StatementClaim, to_json
from ..report import html as report_html
from ..report import views
from ..store import open_store
from .search import HIT_CLOSE, HIT_OPEN, SearchIndex, plain
from .security import DEFAULT_MAX_BODY_BYTES, HardeningMiddleware
from .uploads import MAX_FILES_PER_UPLOAD, Jobs

DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# Filters accept ISO dates (YYYY, YYYY-MM, YYYY-MM-DD); anything else is a 422, never a 500.
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
MAX_PAGE = 1000
ShortText = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Snapshot:
    """What the app serves for one state of the store."""

    fingerprint: tuple[int, ...]
    dossier: Dossier
    index: SearchIndex
    report: str


class DossierCache:
    """Loads the dossier from the store, rebuilding the cache when the store changes."""

    def __init__(self, db_path: Path, *, upload_link: bool = False) -> None:
        self.db_path = db_path
        self.upload_link = upload_link
        self._lock = threading.Lock()
        self._snap: Snapshot | None = None

    def _fingerprint(self) -> tuple[int, ...]:
        with open_store(self.db_path, readonly=True) as store:
            row = store.conn.execute(
                "SELECT (SELECT COUNT(*) FROM documents), (SELECT COALESCE(MAX(seq), 0) FROM documents), "
                "(SELECT COUNT(*) FROM claims), (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM corpus)"
            ).fetchone()
        return tuple(int(x) for x in row)

    def get(self) -> Snapshot:
        with self._lock:
            fp = self._fingerprint()
            if self._snap is None or self._snap.fingerprint != fp:
                with open_store(self.db_path, readonly=True) as store:
                    d = store.load_dossier()
                if self._snap is not None:
                    self._snap.index.close()
                self._snap = Snapshot(fingerprint=fp, dossier=d, index=SearchIndex(d),
                                      report=report_html.render_report(d, search_action="/search",
                                                                       upload_link=self.upload_link))
            return self._snap

    def search(self, q: str, limit: int) -> list[Any]:
        snap = self.get()
        with self._lock:
            return snap.index.search(q, limit=limit)


def _document_json(doc: Document, *, text: bool) -> dict[str, Any]:
    data = to_json(doc)
    data.pop("text_hash", None)
    if not text:
        data.pop("text", None)
    return data


def _in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """ISO strings compare in date order; a partial date matches ranges it overlaps."""
    if date_from is None and date_to is None:
        return True
    if date is None:
        return False
    if date_from is not None and date + "~" < date_from:  # "~" sorts after digits and "-"
        return False
    if date_to is not None and date > date_to + "~":
        return False
    return True


def _claim_entities(c: Any) -> set[str]:
    ids: set[str] = set()
    if isinstance(c, (FigureClaim, EventClaim)) and c.place:
        ids.add(c.place)
    if isinstance(c, FigureClaim):
        ids.update(s.entity for s in c.sources if s.entity)
    if isinstance(c, StatementClaim) and c.speaker:
        ids.add(c.speaker)
    return ids


def _claim_date(c: Any) -> str | None:
    if isinstance(c, FigureClaim):
        return c.as_of
    if isinstance(c, EventClaim):
        return c.date
    return None


def _is_loopback(host: str | None) -> bool:
    if host in (None, "localhost", "testclient"):
        return host is not None
    try:
        return ipaddress.ip_address(host).is_loopback  # type: ignore[arg-type]
    except ValueError:
        return False


def create_app(db_path: str | Path, *, allow_upload: bool = False, token: str | None = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The FastAPI app over the store at `db_path` (raises StoreError when it cannot be read)."""
    db_path = Path(db_path)
    cache = DossierCache(db_path, upload_link=allow_upload)
    cache.get()  # fail now, with the store's message, rather than on the first request
    jobs = Jobs(db_path, db_path.parent / (db_path.name + ".uploads")) if allow_upload else None

    app = FastAPI(title="Counterpoint", version="1", docs_url=None, redoc_url=None,
                  description="What many outlets report about one news event: figures, sources, verdicts.")
    app.add_middleware(HardeningMiddleware, max_body_bytes=max_body_bytes,
                       limits={"/api/upload": max_upload_bytes + 64 * 1024})

    def page(template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        counts = views.summary_counts(cache.get().dossier)
        return HTMLResponse(report_html.render(template, served=True, counts=counts,
                                               allow_upload=allow_upload, **ctx), status_code=status)

    from .statements_api import add_statement_routes

    add_statement_routes(app, lambda: cache.get().dossier)

    # --- pages -----------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, summary="The dossier report")
    def index() -> HTMLResponse:
        return HTMLResponse(cache.get().report)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, summary="One document, marked up")
    def document_page(doc_id: str) -> HTMLResponse:
        d = cache.get().dossier
        ix = views.Index.of(d)
        doc = ix.documents.get(doc_id)
        if doc is None:
            return page("message.html.j2", 404, heading="Not found", message="There is no document with that id.")
        view = next(v for v in views.document_views(Dossier(documents=(doc,), claims=d.claims,
                                                            entities=d.entities), ix))
        return page("document.html.j2", doc=view)

    @app.get("/search", response_class=HTMLResponse, summary="Search results page")
    def search_page(q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        hits = cache.search(q, 50) if q.strip() else []
        rows = []
        for h in hits:
            anchor = (views.evidence_anchor(h.document, h.start, h.end) if h.start is not None
                      else views.dom_id("doc", h.document))
            rows.append({"kind": h.kind, "title": h.title, "href": "/#" + anchor,
                         "snippet": _highlight(h.snippet)})
        return page("search.html.j2", q=q, hits=rows)

    # --- JSON API ----------------------------------------------------------------------------
    @app.get("/api/documents", summary="Documents (without text)")
    def api_documents(outlet: ShortText = None, date_from: DateParam = None, date_to: DateParam = None,
                      status: Annotated[str | None, Query(pattern="^(ok|skipped)$")] = None,
                      limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        docs = [x for x in cache.get().dossier.documents
                if (outlet is None or (x.outlet or "").lower() == outlet.lower())
                and (status is None or x.status == status)
                and _in_range(x.published, date_from, date_to)]
        return {"total": len(docs), "items": [_document_json(x, text=False) for x in docs[offset:offset + limit]]}

    @app.get("/api/documents/{doc_id}", summary="One document with its cleaned text")
    def api_document(doc_id: str) -> dict[str, Any]:
        doc = views.Index.of(cache.get().dossier).documents.get(doc_id)
        if doc is None:
            raise HTTPException(404, "no document with that id")
        return _document_json(doc, text=True)

    @app.get("/api/claims", summary="Claims, filtered")
    def api_claims(measure: ShortText = None, outlet: ShortText = None, entity: ShortText = None,
                   kind: Annotated[str | None, Query(pattern="^(figure|event|statement)$")] = None,
                   date_from: DateParam = None, date_to: DateParam = None,
                   limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        d = cache.get().dossier
        outlets = {x.id: (x.outlet or "").lower() for x in d.documents}
        items = [c for c in d.claims
                 if (kind is None or c.kind == kind)
                 and (measure is None or getattr(c, "measure", None) == measure)
                 and (outlet is None or outlets.get(c.document) == outlet.lower())
                 and (entity is None or entity in _claim_entities(c))
                 and _in_range(_claim_date(c), date_from, date_to)]
        return {"total": len(items), "items": to_json(items[offset:offset + limit])}

    @app.get("/api/groups", summary="Figure groups with verdicts, filtered")
    def api_groups(measure: ShortText = None, outlet: ShortText = None, entity: ShortText = None,
                   verdict: Annotated[str | None, Query(pattern="^(single|agree|update|dispute)$")] = None,
                   date_from: DateParam = None, date_to: DateParam = None) -> dict[str, Any]:
        d = cache.get().dossier
        ix = views.Index.of(d)
        outlets = {x.id: (x.outlet or "").lower() for x in d.documents}
        items = []
        for g in d.groups:
            cs = [ix.figures[c] for c in g.claims if c in ix.figures]
            if measure is not None and g.measure != measure:
                continue
            if verdict is not None and g.verdict != verdict:
                continue
            if outlet is not None and not any(outlets.get(c.document) == outlet.lower() for c in cs):
                continue
            if entity is not None and g.place != entity and not any(entity in _claim_entities(c) for c in cs):
                continue
            if (date_from or date_to) and not any(_in_range(c.as_of, date_from, date_to) for c in cs):
                continue
            items.append(g)
        return {"total": len(items), "items": to_json(items)}

    @app.get("/api/entities", summary="Who's who: entities with aliases")
    def api_entities(type: Annotated[str | None, Query(pattern="^(person|organization|place|group|other)$")] = None,
                     q: ShortText = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        ents = [e for e in cache.get().dossier.entities
                if (type is None or e.type == type)
                and (q is None or any(q.lower() in a.lower() for a in (e.name, *e.aliases)))]
        return {"total": len(ents), "items": to_json(ents[offset:offset + limit])}

    @app.get("/api/timeline", summary="Timeline entries, filtered")
    def api_timeline(date_from: DateParam = None, date_to: DateParam = None, entity: ShortText = None,
                     outlet: ShortText = None) -> dict[str, Any]:
        d = cache.get().dossier
        by_id = {c.id: c for c in d.claims}
        outlets = {x.id: (x.outlet or "").lower() for x in d.documents}
        items = [t for t in d.timeline
                 if _in_range(t.date, date_from, date_to)
                 and (outlet is None or any(outlets.get(x) == outlet.lower() for x in t.documents))
                 and (entity is None or any(entity in _claim_entities(by_id[c]) for c in t.claims if c in by_id))]
        return {"total": len(items), "items": to_json(items)}

    @app.get("/api/search", summary="Full-text search over documents and claims (FTS5)")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=200)],
                   limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
        hits = cache.search(q, limit)
        return {"total": len(hits), "items": [
            {"kind": h.kind, "id": h.ref, "document": h.document, "title": h.title, "snippet": plain(h.snippet),
             "start": h.start, "end": h.end} for h in hits]}

    @app.get("/api/status", summary="Counts, and whether uploads are accepted")
    def api_status() -> dict[str, Any]:
        return {**views.summary_counts(cache.get().dossier), "uploads": allow_upload}

    if jobs is not None:
        _add_upload_routes(app, jobs, token=token, page=page, max_upload_bytes=max_upload_bytes)
    return app


def _highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its hit markers into <mark>."""
    return Markup(str(escape(snippet)).replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def _add_upload_routes(app: FastAPI, jobs: Jobs, *, token: str | None, page: Any, max_upload_bytes: int) -> None:
    def authorize(request: Request, given: str | None) -> None:
        origin = request.headers.get("origin")
        host = request.headers.get("host", "")
        if origin and origin.split("://", 1)[-1] != host:
            raise HTTPException(403, "cross-site upload refused")
        if token is not None:
            bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if not secrets.compare_digest((given or bearer).encode(), token.encode()):
                raise HTTPException(403, "a valid token is required to upload")
        elif not _is_loopback(request.client.host if request.client else None):
            raise HTTPException(403, "uploads without a token are accepted from this machine only")

    @app.get("/upload", response_class=HTMLResponse, summary="Upload form")
    def upload_form() -> HTMLResponse:
        return page("upload.html.j2", need_token=token is not None, max_files=MAX_FILES_PER_UPLOAD,
                    max_mb=max_upload_bytes // (1024 * 1024))

    @app.post("/api/upload", summary="Upload articles for background analysis", status_code=303)
    async def upload(request: Request, files: Annotated[list[UploadFile], File()],
                     token_field: Annotated[str | None, Form(alias="token", max_length=500)] = None) -> Any:
        authorize(request, token_field)
        payload = []
        total = 0
        for f in files[:MAX_FILES_PER_UPLOAD]:
            data = await f.read(max_upload_bytes + 1)
            total += len(data)
            if total > max_upload_bytes:
                raise HTTPException(413, "upload too large")
            payload.append((f.filename, data))
        if not payload:
            raise HTTPException(422, "no files")
        state = jobs.submit(payload)
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse(f"/jobs/{state.id}", status_code=303)
        return JSONResponse(to_json(state), status_code=202)

    @app.get("/api/jobs/{job_id}", summary="Progress of an upload's analysis")
    def job_status(job_id: str) -> dict[str, Any]:
        state = jobs.get(job_id)
        if state is None:
            raise HTTPException(404, "no such job")
        return to_json(state)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, summary="Progress page")
    def job_page(job_id: str) -> HTMLResponse:
        state = jobs.get(job_id)
        if state is None:
            return page("message.html.j2", 404, heading="Not found", message="There is no such upload.")
        return page("job.html.j2", job=state, refresh=state.status in ("queued", "running"))
