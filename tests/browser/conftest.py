"""Headless Debian chromium through Playwright; the report file and the served app as targets."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "web"))
sys.path.insert(0, str(Path(__file__).parents[1] / "report"))
import sample_dossier
from web_store import write_store

CHROMIUM = "/usr/bin/chromium"
# No sandbox (containers), and nothing that phones home: a request we did not cause fails the test.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def launch_chromium():
    """Launch another chromium with extra arguments (for tests that need their own flags)."""
    def launch(browser, *extra: str):
        return browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=[*CHROMIUM_ARGS, *extra])

    return launch


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make chromium` installs it")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def report_file(tmp_path_factory) -> Path:
    from counterpoint.report import render_report

    out = tmp_path_factory.mktemp("report") / "dossier.html"
    out.write_text(render_report(sample_dossier.build()), "utf-8")
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    import uvicorn

    from counterpoint.web import create_app

    db = tmp_path_factory.mktemp("served") / "store.db"
    write_store(db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    else:
        pytest.fail("uvicorn did not start")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


class Watch:
    """What a page did: requests it made, dialogs it opened, console errors."""

    def __init__(self, page, allowed_prefixes: tuple[str, ...]) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.allowed = allowed_prefixes
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def outside(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(self.allowed)]


@pytest.fixture()
def new_page(browser):
    pages = []

    def make(allowed: tuple[str, ...]):
        ctx = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
        page = ctx.new_page()
        pages.append(ctx)
        return page, Watch(page, allowed)

    yield make
    for ctx in pages:
        ctx.close()
