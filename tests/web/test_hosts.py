"""Issue 14, item 4: a hostile page cannot reach the server through DNS rebinding or CORS.

Every route refuses a Host the server was not bound to, and a request whose Origin names
another site; the bound names (and --allow-host names) still work.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.routing import Route

FOREIGN_HOSTS = ("evil.example.com", "evil.example.com:8000", "127.0.0.1.evil.example.com", "", "a b")
FOREIGN_ORIGINS = ("http://evil.example.com", "https://127.0.0.1.evil.example.com", "null", "file://")


def _paths(app) -> list[str]:
    """Every route of the app, path parameters filled with a placeholder."""
    out = []
    for r in _routes(app.routes, ""):
        out.append(r.replace("{doc_id}", "d1").replace("{job_id}", "j1").replace("{claim_id}", "c1")
                   .replace("{event_id}", "e1"))
    assert "/" in out and "/api/search" in out and "/api/upload" in out, out
    return sorted(set(out))


def _routes(routes, prefix: str) -> list[str]:
    """Paths of plain routes, looking inside included routers (FastAPI wraps each one)."""
    out: list[str] = []
    for r in routes:
        if isinstance(r, Route):
            out.append(prefix + r.path)
        elif hasattr(r, "original_router"):
            context_prefix = getattr(getattr(r, "include_context", None), "prefix", "") or ""
            out.extend(_routes(r.original_router.routes, prefix + context_prefix))
    return out


@pytest.fixture(scope="module")
def upload_app(tmp_path_factory):
    from web_store import write_store

    from counterpoint.web import create_app

    db = tmp_path_factory.mktemp("hosts") / "s.db"
    write_store(db)
    return create_app(db, allow_upload=True)  # default: loopback names only


def test_foreign_host_is_refused_on_every_route(upload_app) -> None:
    from fastapi.testclient import TestClient

    with TestClient(upload_app, base_url="http://127.0.0.1") as c:
        for path in _paths(upload_app):
            for host in FOREIGN_HOSTS:
                for method in (c.get, c.post):
                    r = method(path, headers={"host": host})
                    assert r.status_code == 421, (path, host, r.status_code)
                    assert r.headers["x-content-type-options"] == "nosniff"


def test_foreign_origin_is_refused_on_every_route(upload_app) -> None:
    from fastapi.testclient import TestClient

    with TestClient(upload_app, base_url="http://127.0.0.1:8000") as c:
        for path in _paths(upload_app):
            for origin in FOREIGN_ORIGINS:
                r = c.get(path, headers={"origin": origin})
                assert r.status_code == 403, (path, origin, r.status_code)
        # the page's own origin is fine
        assert c.get("/", headers={"origin": "http://127.0.0.1:8000"}).status_code == 200


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST"])
def test_loopback_names_are_served(upload_app, host: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(upload_app) as c:
        assert c.get("/api/documents", headers={"host": host}).status_code == 200


def test_allow_host_adds_a_name(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from web_store import write_store

    from counterpoint.web import create_app
    from counterpoint.web.security import allowed_hosts

    db = tmp_path / "s.db"
    write_store(db)
    app = create_app(db, hosts=allowed_hosts("127.0.0.1", ["dossier.lan"]))
    with TestClient(app, base_url="http://dossier.lan") as c:
        assert c.get("/api/documents").status_code == 200
        assert c.get("/api/documents", headers={"host": "evil.example.com"}).status_code == 421


def test_allowed_hosts_follow_the_bound_address() -> None:
    from counterpoint.web.security import allowed_hosts

    assert allowed_hosts("127.0.0.1") == {"127.0.0.1", "localhost", "[::1]"}
    assert allowed_hosts("::1") == {"127.0.0.1", "localhost", "[::1]"}
    assert allowed_hosts("192.0.2.7") == {"192.0.2.7"}
    assert allowed_hosts("192.0.2.7", ["News.Example.org."]) == {"192.0.2.7", "news.example.org"}
    assert allowed_hosts("2001:db8::5") == {"[2001:db8::5]"}
    everywhere = allowed_hosts("0.0.0.0")
    assert {"127.0.0.1", "localhost"} <= everywhere and "evil.example.com" not in everywhere
