"""The report and the web app in real headless chromium: read, navigate, search, stay inert."""

from __future__ import annotations

from pathlib import Path

import pytest
import sample_dossier

pytestmark = pytest.mark.browser

LOCAL = ("file://", "data:", "about:")
PAYLOAD_FLAG = "window.__pwned"


def _open_report(new_page, report_file: Path):
    page, watch = new_page(LOCAL)
    page.goto(report_file.as_uri())
    return page, watch


def _check_evidence_link(page, group_id: str, artifacts: Path, name: str) -> None:
    group = page.locator(f"#group-{group_id}")
    group.locator("summary").click()
    assert group.get_attribute("open") is not None
    link = group.locator("a.evidence").first
    href = link.get_attribute("href")
    link.click()
    target = page.locator(":target")
    assert target.get_attribute("id") == href[1:]
    assert target.evaluate("el => el.tagName") == "MARK"
    bg = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert bg == "rgb(255, 176, 32)"  # the :target highlight, not the plain evidence tint
    assert target.is_visible() and target.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight }")
    page.screenshot(path=str(artifacts / f"{name}-evidence.png"))


def test_report_file_reads_and_navigates(new_page, report_file: Path, artifacts: Path) -> None:
    page, watch = _open_report(new_page, report_file)
    assert page.locator("h1").inner_text().startswith("What the sources say")
    assert page.locator("details.group").count() == 3
    page.screenshot(path=str(artifacts / "report-top.png"))
    page.locator("#group-g2 summary").click()
    page.locator("#group-g2 svg.chart").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "report-group-expanded.png"), full_page=True)
    assert page.locator("#group-g2 table tbody tr").count() == 3
    _check_evidence_link(page, "g1", artifacts, "report")
    assert watch.outside() == [] and watch.dialogs == [] and watch.errors == []


def test_report_file_filter_box(new_page, report_file: Path) -> None:
    page, watch = _open_report(new_page, report_file)
    page.fill("#filter", "almaty")
    visible = page.locator("details.group:not(.hidden)")
    assert visible.count() == 1 and "Almaty" in visible.inner_text()
    assert "shown" in page.locator("#filter-count").inner_text()
    page.fill("#filter", "")
    assert page.locator("details.group:not(.hidden)").count() == 3
    assert watch.outside() == []


def test_keyboard_reaches_and_expands_groups(new_page, report_file: Path, artifacts: Path) -> None:
    page, _ = _open_report(new_page, report_file)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('details.group') !== null"):
            break
    else:
        pytest.fail("Tab never reached a figure row")
    gid = page.evaluate("document.activeElement.closest('details.group').id")
    page.keyboard.press("Enter")
    assert page.locator(f"#{gid}").get_attribute("open") is not None
    page.screenshot(path=str(artifacts / "report-keyboard.png"))
    # focus is visible: the outline style applies to the focused summary
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_injection_inert_in_report_file(new_page, report_file: Path, artifacts: Path) -> None:
    page, watch = _open_report(new_page, report_file)
    page.locator("#group-g2 summary").click()
    page.locator("#doc-d3").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "report-injection.png"))
    assert page.evaluate(f"typeof {PAYLOAD_FLAG}") == "undefined"
    assert watch.dialogs == []
    # payloads are on the page as text, where a reader can see them
    assert sample_dossier.XSS_TITLE in page.locator("#doc-d3 h3").inner_text()
    assert page.locator("#doc-d3 img, #doc-d3 svg, #doc-d3 script").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    # clicking everything that looks clickable in the hostile document still runs nothing
    for a in page.locator("#doc-d3 a").all():
        a.click()
    assert page.evaluate(f"typeof {PAYLOAD_FLAG}") == "undefined" and watch.dialogs == []
    assert watch.outside() == []


def test_csp_blocks_injected_script_even_if_escaping_failed(new_page, report_file: Path, tmp_path: Path) -> None:
    """Defence in depth: splice a live <script> into the file; the CSP must stop it."""
    html = report_file.read_text("utf-8").replace(
        "<main id=\"main\">", "<main id=\"main\"><script>window.__pwned = 9</script><img src=x onerror=alert(1)>")
    bad = tmp_path / "tampered.html"
    bad.write_text(html, "utf-8")
    page, watch = new_page(LOCAL)
    page.goto(bad.as_uri())
    page.wait_for_timeout(200)
    assert page.evaluate(f"typeof {PAYLOAD_FLAG}") == "undefined" and watch.dialogs == []


def test_served_app(new_page, server_url: str, artifacts: Path) -> None:
    page, watch = new_page((server_url + "/", "data:", "about:"))
    page.goto(server_url + "/")
    assert page.locator("details.group").count() == 3
    page.screenshot(path=str(artifacts / "app-top.png"))
    _check_evidence_link(page, "g2", artifacts, "app")
    # search through the FTS form, then follow a hit to its highlighted sentence
    page.fill("#q", "interior detained")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("ol.results li").count() == 1  # one hit per sentence (issue 14), not doc + claim
    assert page.locator("ol.results mark").count() >= 1
    page.screenshot(path=str(artifacts / "app-search.png"), full_page=True)
    page.locator("ol.results a.hit").filter(has_text="death toll").first.click()
    page.wait_for_url("**/#doc-*")
    assert page.locator(":target").count() == 1
    page.goto(server_url + "/documents/d3")
    page.screenshot(path=str(artifacts / "app-document.png"), full_page=True)
    assert page.evaluate(f"typeof {PAYLOAD_FLAG}") == "undefined" and watch.dialogs == []
    assert watch.outside() == [], watch.outside()
    assert watch.errors == []


def test_served_search_injection(new_page, server_url: str) -> None:
    page, watch = new_page((server_url + "/", "data:", "about:"))
    page.goto(server_url + "/search?q=" + "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E+pwned")
    page.goto(server_url + "/search?q=window+pwned")
    assert page.evaluate(f"typeof {PAYLOAD_FLAG}") == "undefined" and watch.dialogs == []
    assert watch.outside() == []


def test_seeds_report_in_browser(new_page, tmp_path: Path, artifacts: Path) -> None:
    """The founding corpus, analyzed for real: 164 and 7,939 visible, nothing fetched."""
    from counterpoint.pipeline import analyze_into_store
    from counterpoint.report import render_report

    seeds = Path(__file__).parents[2] / ".." / "shared" / "seeds"
    _, dossier = analyze_into_store(sorted(seeds.glob("*.txt")), tmp_path / "store.db")
    out = tmp_path / "dossier.html"
    out.write_text(render_report(dossier), "utf-8")
    page, watch = new_page(LOCAL)
    page.goto(out.as_uri())
    page.screenshot(path=str(artifacts / "seeds-top.png"))
    killed = page.locator("details.group", has=page.locator("summary strong", has_text="164")).first
    killed.locator("summary").click()
    assert "Ministry of Health" in killed.inner_text()
    page.screenshot(path=str(artifacts / "seeds-killed-expanded.png"), full_page=True)
    assert page.locator("td.value", has_text="7,939").count() >= 1
    page.locator("#places").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "seeds-places.png"))
    assert watch.outside() == [] and watch.dialogs == [] and watch.errors == []
