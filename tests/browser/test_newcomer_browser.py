"""Issue 14 in real headless chromium: search stems and transliterates, the report credits
GeoNames, and a page reached through DNS rebinding gets nothing from the server."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

# A name a hostile site would point at 127.0.0.1; chromium resolves it there for this test only.
REBOUND_NAME = "rebind.example.test"


def test_search_finds_word_forms_and_other_scripts(new_page, server_url: str, artifacts: Path) -> None:
    page, watch = new_page((server_url + "/", "data:", "about:"))
    page.goto(server_url + "/search?q=detain")
    hits = page.locator("ol.results li")
    assert hits.count() >= 1 and "detained" in hits.first.inner_text().lower()
    assert page.locator("ol.results small.figures").count() >= 1  # the figures the sentence holds
    page.screenshot(path=str(artifacts / "app-search-stemmed.png"), full_page=True)
    latin = page.locator("ol.results li").all_inner_texts()
    page.goto(server_url + "/search?q=" + quote("Алматы"))
    cyrillic = page.locator("ol.results li").all_inner_texts()
    page.goto(server_url + "/search?q=Almaty")
    assert cyrillic and cyrillic == page.locator("ol.results li").all_inner_texts()
    assert latin and watch.outside() == [] and watch.errors == []


def test_report_credits_geonames(new_page, report_file: Path) -> None:
    page, _watch = new_page(("file://", "data:", "about:"))
    page.goto(report_file.as_uri())
    credit = page.locator("footer .credit")
    assert "GeoNames" in credit.inner_text() and "CC BY 4.0" in credit.inner_text()


def test_dns_rebinding_page_gets_nothing(browser, launch_chromium, server_url: str) -> None:
    port = server_url.rsplit(":", 1)[1]
    rebound = launch_chromium(browser, f"--host-resolver-rules=MAP {REBOUND_NAME} 127.0.0.1")
    try:
        page = rebound.new_page()
        for path in ("/", "/api/documents", "/api/search?q=Almaty", "/search?q=Almaty"):
            response = page.goto(f"http://{REBOUND_NAME}:{port}{path}")
            assert response is not None and response.status == 421, (path, response and response.status)
            assert "Almaty" not in page.content()
        # the same server by its own name still answers
        assert page.goto(f"{server_url}/api/status").status == 200
    finally:
        rebound.close()
