"""The web app: the report's views as pages, a JSON API, full-text search, optional uploads.

Read-only by default: the store is opened read-only per request and nothing is written unless
`allow_upload` is on. There are no static-file routes (CSS and JS are inlined in each page), so
no URL can reach a file on disk. The dossier, the rendered report and the search index are
cached per store "fingerprint" and rebuilt when an analysis changes the store.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from .. import query
from ..errors import ConfigError
from ..models import Document, Dossier, to_json
from ..report import html as report_html
from ..report import views
from ..report.format import dom_id, evidence_anchor
from ..store import open_store
from .events import events_router
from .search import HIT_CLOSE, HIT_OPEN, SearchIndex, plain
from .security import (
    DEFAULT_MAX_BODY_BYTES,
    LOOPBACK_NAMES,
    HardeningMiddleware,
    TrustedHostMiddleware,
    is_loopback,
)
from .statements_api import add_statement_routes
from .uploads import MAX_FILES_PER_UPLOAD, Jobs

DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# Filters accept ISO dates (YYYY, YYYY-MM, YYYY-MM-DD); anything else is a 422, never a 500.
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
MAX_PAGE = 1000
# Paths under this prefix answer errors in JSON; every other path with an HTML page.
API_PREFIX = "/api/"
ShortText = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


class WebError(Exception):
    """A request the app refuses: answered with `status` and `message` by the one handler."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


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

    def get(self) -> Snapshot:
        with self._lock:
            with open_store(self.db_path, readonly=True) as store:
                fp = store.fingerprint()
                if self._snap is None or self._snap.fingerprint != fp:
                    d = store.load_dossier()
                    if self._snap is not None:
                        self._snap.index.close()
                    self._snap = Snapshot(fingerprint=fp, dossier=d, index=SearchIndex(d),
                                          report=report_html.render_report(d, search_action="/search",
                                                                           upload_link=self.upload_link))
            return self._snap

    @property
    def dossier(self) -> Dossier:
        return self.get().dossier

    def search(self, q: str, limit: int) -> list[Any]:
        snap = self.get()
        with self._lock:
            return snap.index.search(q, limit=limit)


@dataclass(frozen=True, slots=True, kw_only=True)
class Pages:
    """Renders the app's HTML pages with the header every page shares."""

    cache: DossierCache
    allow_upload: bool

    def __call__(self, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        counts = views.summary_counts(self.cache.dossier)
        return HTMLResponse(report_html.render(template, served=True, counts=counts,
                                               allow_upload=self.allow_upload, **ctx), status_code=status)


def _document_json(doc: Document, *, text: bool) -> dict[str, Any]:
    data = to_json(doc)
    data.pop("text_hash", None)
    if not text:
        data.pop("text", None)
    return data


def _page(items: list[Any], offset: int, limit: int) -> dict[str, Any]:
    return {"total": len(items), "items": to_json(items[offset:offset + limit])}


def _all(items: list[Any]) -> dict[str, Any]:
    return {"total": len(items), "items": to_json(items)}


def create_app(db_path: str | Path, *, allow_upload: bool = False, token: str | None = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
               hosts: Iterable[str] = LOOPBACK_NAMES) -> FastAPI:
    """The FastAPI app over the store at `db_path` (raises StoreError when it cannot be read).

    `hosts`: the Host names it answers to (security.allowed_hosts for the bound address).
    """
    from ..store_pg import is_database_url

    if is_database_url(db_path):
        if allow_upload:  # uploads are staged in a folder beside the store file
            raise ConfigError("uploads need a SQLite store file; a postgresql:// store is read-only here")
    else:
        db_path = Path(db_path)
    cache = DossierCache(db_path, upload_link=allow_upload)  # type: ignore[arg-type]
    cache.get()  # fail now, with the store's message, rather than on the first request
    page = Pages(cache=cache, allow_upload=allow_upload)

    app = FastAPI(title="Counterpoint", version="1", docs_url=None, redoc_url=None,
                  description="What many outlets report about one news event: figures, sources, verdicts.")
    app.add_middleware(HardeningMiddleware, max_body_bytes=max_body_bytes,
                       limits={"/api/upload": max_upload_bytes + 64 * 1024})
    app.add_middleware(TrustedHostMiddleware, allowed=hosts)  # outermost: refuses before anything runs

    @app.exception_handler(WebError)
    def refused(request: Request, exc: WebError) -> Response:
        if request.url.path.startswith(API_PREFIX):
            return JSONResponse({"detail": exc.message}, status_code=exc.status)
        return page("message.html.j2", exc.status, heading="Not found" if exc.status == 404 else "Refused",
                    message=exc.message)

    app.include_router(_pages(cache, page))
    app.include_router(_api(cache, allow_upload=allow_upload))
    app.include_router(events_router(cache))  # the event index and per-event views
    add_statement_routes(app, lambda: cache.get().dossier)  # statements, propositions, framing
    if allow_upload:
        jobs = Jobs(db_path, db_path.parent / (db_path.name + ".uploads"))  # type: ignore[arg-type,union-attr]
        app.include_router(_uploads(jobs, token=token, page=page, max_upload_bytes=max_upload_bytes))
    return app


def _pages(cache: DossierCache, page: Pages) -> APIRouter:
    router = APIRouter()

    @router.get("/", response_class=HTMLResponse, summary="The dossier report")
    def index() -> HTMLResponse:
        return HTMLResponse(cache.get().report)

    @router.get("/documents/{doc_id}", response_class=HTMLResponse, summary="One document, marked up")
    def document_page(doc_id: str) -> HTMLResponse:
        d = cache.dossier
        doc = query.document(d, doc_id)
        if doc is None:
            raise WebError(404, "There is no document with that id.")
        one = Dossier(documents=(doc,), claims=d.claims, entities=d.entities)
        return page("document.html.j2", doc=views.document_views(one, views.Index.of(d))[0])

    @router.get("/search", response_class=HTMLResponse, summary="Search results page")
    def search_page(q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        hits = cache.search(q, 50) if q.strip() else []
        rows = []
        for h in hits:
            anchor = evidence_anchor(h.document, h.start, h.end) if h.start is not None else dom_id("doc", h.document)
            rows.append({"kind": h.kind, "title": h.title, "href": "/#" + anchor, "snippet": _highlight(h.snippet),
                         "figures": h.figures})
        return page("search.html.j2", q=q, hits=rows)

    return router


def _api(cache: DossierCache, *, allow_upload: bool) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/documents", summary="Documents (without text)")
    def api_documents(outlet: ShortText = None, date_from: DateParam = None, date_to: DateParam = None,
                      status: Annotated[str | None, Query(pattern="^(ok|skipped)$")] = None,
                      limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        docs = query.documents(cache.dossier, outlet=outlet, status=status, date_from=date_from, date_to=date_to)
        return {"total": len(docs), "items": [_document_json(x, text=False) for x in docs[offset:offset + limit]]}

    @router.get("/documents/{doc_id}", summary="One document with its cleaned text")
    def api_document(doc_id: str) -> dict[str, Any]:
        doc = query.document(cache.dossier, doc_id)
        if doc is None:
            raise WebError(404, "no document with that id")
        return _document_json(doc, text=True)

    @router.get("/claims", summary="Claims, filtered")
    def api_claims(measure: ShortText = None, outlet: ShortText = None, entity: ShortText = None,
                   kind: Annotated[str | None, Query(pattern="^(figure|event|statement)$")] = None,
                   date_from: DateParam = None, date_to: DateParam = None,
                   limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        return _page(query.claims(cache.dossier, kind=kind, measure=measure, outlet=outlet, entity=entity,
                                  date_from=date_from, date_to=date_to), offset, limit)

    @router.get("/groups", summary="Figure groups with verdicts, filtered")
    def api_groups(measure: ShortText = None, outlet: ShortText = None, entity: ShortText = None,
                   verdict: Annotated[str | None, Query(pattern="^(single|agree|update|dispute)$")] = None,
                   date_from: DateParam = None, date_to: DateParam = None) -> dict[str, Any]:
        return _all(query.groups(cache.dossier, measure=measure, verdict=verdict, outlet=outlet, entity=entity,
                                 date_from=date_from, date_to=date_to))

    @router.get("/entities", summary="Who's who: entities with aliases")
    def api_entities(type: Annotated[str | None, Query(pattern="^(person|organization|place|group|other)$")] = None,
                     q: ShortText = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        return _page(query.entities(cache.dossier, type=type, q=q), offset, limit)

    @router.get("/timeline", summary="Timeline entries, filtered")
    def api_timeline(date_from: DateParam = None, date_to: DateParam = None, entity: ShortText = None,
                     outlet: ShortText = None) -> dict[str, Any]:
        return _all(query.timeline(cache.dossier, date_from=date_from, date_to=date_to, entity=entity, outlet=outlet))

    @router.get("/search", summary="Full-text search over documents and claims (FTS5)")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=200)],
                   limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
        hits = cache.search(q, limit)
        return {"total": len(hits), "items": [
            {"kind": h.kind, "id": h.ref, "document": h.document, "title": h.title, "snippet": plain(h.snippet),
             "start": h.start, "end": h.end, "figures": list(h.figures)} for h in hits]}

    @router.get("/status", summary="Counts, and whether uploads are accepted")
    def api_status() -> dict[str, Any]:
        return {**views.summary_counts(cache.dossier), "uploads": allow_upload}

    return router


def _highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its hit markers into <mark>."""
    return Markup(str(escape(snippet)).replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def _uploads(jobs: Jobs, *, token: str | None, page: Pages, max_upload_bytes: int) -> APIRouter:
    router = APIRouter()

    def authorize(request: Request, given: str | None) -> None:
        origin = request.headers.get("origin")
        host = request.headers.get("host", "")
        if origin and origin.split("://", 1)[-1] != host:
            raise WebError(403, "cross-site upload refused")
        if token is not None:
            bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if not secrets.compare_digest((given or bearer).encode(), token.encode()):
                raise WebError(403, "a valid token is required to upload")
        elif not is_loopback(request.client.host if request.client else None):
            raise WebError(403, "uploads without a token are accepted from this machine only")

    @router.get("/upload", response_class=HTMLResponse, summary="Upload form")
    def upload_form() -> HTMLResponse:
        return page("upload.html.j2", need_token=token is not None, max_files=MAX_FILES_PER_UPLOAD,
                    max_mb=max_upload_bytes // (1024 * 1024))

    @router.post("/api/upload", summary="Upload articles for background analysis", status_code=303)
    async def upload(request: Request, files: Annotated[list[UploadFile], File()],
                     token_field: Annotated[str | None, Form(alias="token", max_length=500)] = None) -> Any:
        authorize(request, token_field)
        payload = []
        total = 0
        for f in files[:MAX_FILES_PER_UPLOAD]:
            data = await f.read(max_upload_bytes + 1)
            total += len(data)
            if total > max_upload_bytes:
                raise WebError(413, "upload too large")
            payload.append((f.filename, data))
        if not payload:
            raise WebError(422, "no files")
        state = jobs.submit(payload)
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse(f"/jobs/{state.id}", status_code=303)
        return JSONResponse(to_json(state), status_code=202)

    @router.get("/api/jobs/{job_id}", summary="Progress of an upload's analysis")
    def job_status(job_id: str) -> dict[str, Any]:
        state = jobs.get(job_id)
        if state is None:
            raise WebError(404, "no such job")
        return to_json(state)

    @router.get("/jobs/{job_id}", response_class=HTMLResponse, summary="Progress page")
    def job_page(job_id: str) -> HTMLResponse:
        state = jobs.get(job_id)
        if state is None:
            raise WebError(404, "There is no such upload.")
        return page("job.html.j2", job=state, refresh=state.status in ("queued", "running"))

    return router
