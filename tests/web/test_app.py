"""The served app: pages, JSON API with filters, FTS search, headers, limits, no file access."""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_dossier


def test_report_page_and_headers(client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Headline figures" in r.text and 'action="/search"' in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "&lt;script&gt;window.__pwned" in r.text and "<script>window.__pwned" not in r.text


@pytest.mark.parametrize("path", ["/api/documents", "/openapi.json", "/nope", "/documents/zzz"])
def test_security_headers_on_every_response(client, path: str) -> None:
    r = client.get(path)
    assert "content-security-policy" in r.headers and r.headers["referrer-policy"] == "no-referrer"


def test_openapi_lists_the_api(client) -> None:
    spec = client.get("/openapi.json").json()
    for p in ("/api/documents", "/api/claims", "/api/groups", "/api/entities", "/api/timeline", "/api/search"):
        assert p in spec["paths"]
    assert "/api/upload" not in spec["paths"]  # read-only by default
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN


def test_documents_api_and_filters(client) -> None:
    r = client.get("/api/documents").json()
    assert r["total"] == 4 and "text" not in r["items"][0]
    assert [x["id"] for x in client.get("/api/documents", params={"outlet": "daily relay"}).json()["items"]] == ["d2"]
    got = client.get("/api/documents", params={"date_from": "2022-01-09"}).json()["items"]
    assert {x["id"] for x in got} == {"d1", "d3"}
    one = client.get("/api/documents/d1").json()
    assert one["text"] == sample_dossier.TEXT_A
    assert client.get("/api/documents/nope").status_code == 404


def test_claims_filters(client) -> None:
    items = client.get("/api/claims", params={"measure": "detained"}).json()["items"]
    assert sorted(c["value"] for c in items) == [6000, 6044, 7939]
    items = client.get("/api/claims", params={"entity": "e-almaty"}).json()["items"]
    assert [c["id"] for c in items] == ["d1-f2"]
    items = client.get("/api/claims", params={"measure": "killed", "date_to": "2022-01-09"}).json()["items"]
    assert {c["id"] for c in items} == {"d2-f1", "d3-f2"}
    items = client.get("/api/claims", params={"outlet": "Wire Agency", "kind": "figure"}).json()["items"]
    assert len(items) == 3
    assert client.get("/api/claims", params={"date_from": "yesterday"}).status_code == 422


def test_groups_entities_timeline(client) -> None:
    groups = client.get("/api/groups", params={"verdict": "update"}).json()["items"]
    assert [g["id"] for g in groups] == ["g2"] and groups[0]["best"]["value"] == 7939
    assert [g["id"] for g in client.get("/api/groups", params={"entity": "e-almaty"}).json()["items"]] == ["g3"]
    ents = client.get("/api/entities", params={"q": "alma-ata"}).json()["items"]
    assert [e["id"] for e in ents] == ["e-almaty"]
    tl = client.get("/api/timeline", params={"date_from": "2022-01-05"}).json()["items"]
    assert len(tl) == 1 and tl[0]["date"] == "2022-01-10"


def test_search_documents_and_claims(client) -> None:
    r = client.get("/api/search", params={"q": "detained interior"}).json()
    # one hit per sentence: the claim's sentence, listing its figure, not also the whole document
    kinds = [(h["kind"], h["id"]) for h in r["items"]]
    assert kinds.count(("figure", "d1-f3")) == 1 and ("document", "d1") not in kinds, kinds
    hit = next(h for h in r["items"] if h["id"] == "d1-f3")
    assert hit["figures"] and hit["figures"][0].startswith("detained"), hit
    # FTS5 syntax in user input is neutralised, never a 500
    for q in ('"', "a AND OR NOT", "*", "NEAR(", "^x", "col:val", "'); DROP TABLE x;--"):
        assert client.get("/api/search", params={"q": q}).status_code == 200
    page = client.get("/search", params={"q": "Almaty"})
    assert page.status_code == 200 and "<mark>Almaty</mark>" in page.text
    assert 'href="/#doc-' in page.text


def test_search_page_escapes_query_and_snippets(client) -> None:
    r = client.get("/search", params={"q": "<script>alert(1)</script> pwned"})
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)" in r.text
    r = client.get("/search", params={"q": "window pwned"})
    assert "<script>window" not in r.text and "<img" not in r.text


def test_document_page(client) -> None:
    r = client.get("/documents/d3")
    assert r.status_code == 200 and "&lt;svg onload" in r.text and "<svg onload" not in r.text
    assert 'href="javascript:' not in r.text
    assert client.get("/documents/missing").status_code == 404


@pytest.mark.parametrize("path", [
    "/../../etc/passwd", "/documents/..%2f..%2f..%2fetc%2fpasswd", "/static/../../pyproject.toml",
    "/assets/report.css", "/templates/layout.html.j2", "/%2e%2e/%2e%2e/etc/passwd", "/api/documents/..%2fstore.db",
    "//etc/passwd", "/documents/%00", "/store.db",
])
def test_no_route_serves_files(client, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 307, 422)
    assert "root:" not in r.text and "[project]" not in r.text and "SQLite format" not in r.text
    assert not r.text.startswith("/* Counterpoint report") and "{% block" not in r.text


def test_request_body_limit(client) -> None:
    # a declared length over the limit is refused before any route runs
    r = client.post("/api/search", content=b"x" * 200_000, headers={"content-type": "text/plain"})
    assert r.status_code == 413
    # (streamed bodies are counted as they are read: see test_upload.py)


def test_read_only_no_write_methods(client) -> None:
    assert client.post("/api/upload", files={"files": ("a.txt", b"hi")}).status_code in (404, 405)
    assert client.delete("/api/documents/d1").status_code == 405


def test_store_changes_are_picked_up(tmp_path: Path) -> None:
    from dataclasses import replace

    from fastapi.testclient import TestClient
    from web_store import write_store

    from counterpoint.models import DocResult, Document
    from counterpoint.store import open_store
    from counterpoint.web import create_app

    db = tmp_path / "s.db"
    write_store(db)
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        assert c.get("/api/documents").json()["total"] == 4
        with open_store(db) as store:
            store.save_result(DocResult(document=Document(id="d9", path="x", status="ok", text="Zebra crossing.")))
        assert c.get("/api/documents").json()["total"] == 5
        assert c.get("/api/search", params={"q": "zebra"}).json()["total"] == 1
    del replace


def test_search_stems_and_transliterates(client) -> None:
    """Issue 14: "detain" finds "detained"; a Cyrillic spelling finds the Latin one."""
    stems = client.get("/api/search", params={"q": "detain"}).json()["items"]
    assert any("detained" in h["snippet"] for h in stems), stems
    latin = client.get("/api/search", params={"q": "Almaty"}).json()["items"]
    cyrillic = client.get("/api/search", params={"q": "Алматы"}).json()["items"]
    assert latin and {h["id"] for h in cyrillic} == {h["id"] for h in latin}
    # snippets are article text only: no measure or source names appended to the sentence
    for h in latin:
        assert "\n" not in h["snippet"]
