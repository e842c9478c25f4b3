"""--allow-upload: form, token rule, size limits, background analysis with progress."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_store import write_store

from counterpoint.errors import ConfigError
from counterpoint.web.security import check_bind
from counterpoint.web.uploads import safe_name


@pytest.fixture()
def fake_pipeline(monkeypatch):
    """Stand-in for pipeline.analyze_into_store (the real one needs spaCy; tested end to end elsewhere)."""
    calls = []

    def analyze_into_store(paths, db_path, *, progress=None, **kw):
        for i, p in enumerate(paths, 1):
            assert Path(p).parent.parent == Path(str(db_path) + ".uploads")
            if progress:
                progress(i, str(p))
        calls.append([Path(p).name for p in paths])

        class Summary:
            new = len(paths)
        return Summary(), None

    try:
        import counterpoint.pipeline as pipeline
    except ImportError:  # a stage the pipeline imports is not there yet: stand in for the module
        import sys
        import types

        import counterpoint

        pipeline = types.ModuleType("counterpoint.pipeline")
        monkeypatch.setitem(sys.modules, "counterpoint.pipeline", pipeline)
        monkeypatch.setattr(counterpoint, "pipeline", pipeline, raising=False)
    monkeypatch.setattr(pipeline, "analyze_into_store", analyze_into_store, raising=False)
    return calls


def _app(tmp_path: Path, **kw):
    from counterpoint.web import create_app

    db = tmp_path / "s.db"
    write_store(db)
    return create_app(db, allow_upload=True, hosts=("testserver",), **kw)  # TestClient's Host


# A client on this machine, as a browser on localhost is (the test client's default host,
# "testclient", is not an address and is not trusted).
LOCAL_CLIENT = ("127.0.0.1", 50000)


def _local(app) -> TestClient:
    return TestClient(app, client=LOCAL_CLIENT)


def _wait(c: TestClient, job: str) -> dict:
    for _ in range(100):
        state = c.get(f"/api/jobs/{job}").json()
        if state["status"] in ("finished", "failed"):
            return state
        time.sleep(0.05)
    raise AssertionError("job did not finish")


def test_upload_runs_in_background_with_progress(tmp_path: Path, fake_pipeline) -> None:
    with _local(_app(tmp_path)) as c:
        assert 'enctype="multipart/form-data"' in c.get("/upload").text
        r = c.post("/api/upload", files=[("files", ("../../evil name.txt", b"Some text.")),
                                         ("files", ("b.html", b"<p>more</p>"))])
        assert r.status_code == 202
        state = _wait(c, r.json()["id"])
        assert state["status"] == "finished" and state["done"] == 2
        assert fake_pipeline == [["000_evil_name.txt", "001_b.html"]]
        page = c.get(f"/jobs/{state['id']}")
        assert "Analysis finished" in page.text and 'http-equiv="refresh"' not in page.text
        assert "/api/upload" in c.get("/openapi.json").json()["paths"]


def test_html_form_redirects_to_progress_page(tmp_path: Path, fake_pipeline) -> None:
    with _local(_app(tmp_path)) as c:
        r = c.post("/api/upload", files={"files": ("a.txt", b"x")}, headers={"accept": "text/html"},
                   follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")


def test_token_required_when_set(tmp_path: Path, fake_pipeline) -> None:
    with _local(_app(tmp_path, token="s3cret")) as c:
        assert c.post("/api/upload", files={"files": ("a.txt", b"x")}).status_code == 403
        assert c.post("/api/upload", files={"files": ("a.txt", b"x")}, data={"token": "nope"}).status_code == 403
        assert c.post("/api/upload", files={"files": ("a.txt", b"x")}, data={"token": "s3cret"}).status_code == 202
        ok = c.post("/api/upload", files={"files": ("a.txt", b"x")}, headers={"authorization": "Bearer s3cret"})
        assert ok.status_code == 202


def test_without_token_only_loopback_clients(tmp_path: Path, fake_pipeline) -> None:
    app = _app(tmp_path)
    with TestClient(app, client=("203.0.113.9", 5000)) as c:
        assert c.post("/api/upload", files={"files": ("a.txt", b"x")}).status_code == 403
    with TestClient(app) as c:  # the test client's made-up host name is no address of this machine
        assert c.post("/api/upload", files={"files": ("a.txt", b"x")}).status_code == 403
    with TestClient(app, client=("127.0.0.1", 5000)) as c:
        assert c.post("/api/upload", files={"files": ("a.txt", b"x")}).status_code == 202


def test_one_error_handler_answers_json_under_api_and_html_elsewhere(tmp_path: Path, fake_pipeline) -> None:
    with _local(_app(tmp_path)) as c:
        api = c.get("/api/jobs/nope")
        assert api.status_code == 404 and api.json() == {"detail": "no such job"}
        html = c.get("/jobs/nope")
        assert html.status_code == 404 and "text/html" in html.headers["content-type"]
        assert "There is no such upload." in html.text


def test_cross_site_upload_refused(tmp_path: Path, fake_pipeline) -> None:
    with _local(_app(tmp_path)) as c:
        r = c.post("/api/upload", files={"files": ("a.txt", b"x")}, headers={"origin": "https://evil.example"})
        assert r.status_code == 403


def test_bind_rule() -> None:
    check_bind("127.0.0.1", allow_upload=True, token=None)
    check_bind("0.0.0.0", allow_upload=False, token=None)
    check_bind("0.0.0.0", allow_upload=True, token="t")
    with pytest.raises(ConfigError):
        check_bind("0.0.0.0", allow_upload=True, token=None)


def test_upload_size_limits(tmp_path: Path, fake_pipeline) -> None:
    with _local(_app(tmp_path, max_upload_bytes=100_000)) as c:
        big = b"z" * 300_000
        assert c.post("/api/upload", files={"files": ("a.txt", big)}).status_code == 413

        def chunks():  # no content-length: counted while read
            yield b"--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
            for _ in range(50):
                yield b"q" * 10_000
            yield b"\r\n--B--\r\n"

        r = c.post("/api/upload", content=chunks(), headers={"content-type": "multipart/form-data; boundary=B"})
        assert r.status_code == 413
    assert fake_pipeline == []


def test_safe_name() -> None:
    assert safe_name("../../etc/passwd", 1) == "001_passwd"
    assert safe_name("..\\..\\x.txt", 2) == "002_x.txt"
    assert safe_name("\n\x00", 3) == "003_upload.txt"
    assert safe_name(".bashrc", 4) == "004_bashrc"
