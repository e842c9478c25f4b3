"""A pile of 1,000 real articles (the allsides sample) as an event index and per-event pages:
small enough to open fast in Chromium (issue #12: < 3 MB, < 2 s)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTICLES = 1000
MAX_BYTES = 3_000_000
MAX_SECONDS = 2.0
# An index row is ~10 elements; 1,000 single-article events would be ~10k.
MAX_ELEMENTS = 15_000


@pytest.fixture(scope="module")
def pile(shared: Path):
    from counterpoint.models import Document, Dossier
    from counterpoint.reconcile import reconcile

    docs = []
    with open(shared / "corpora" / "allsides" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            day = row.get("date") or ""
            docs.append(Document(id=f"as{row['ID']}", path=f"allsides:{row['ID']}", status="ok",
                                 text=row["content_original"], title=row.get("title"), outlet=row.get("source"),
                                 published=day if len(day) == 10 and day[4] == "-" else None))
            if len(docs) == ARTICLES:
                break
    rec = reconcile(docs, (), ())
    return Dossier(documents=tuple(docs), groups=rec.groups, events=rec.events)


def test_no_event_swallows_the_pile(pile):
    largest = max(len(ev.documents) for ev in pile.events)
    assert largest <= 0.05 * ARTICLES, f"largest event holds {largest} of {ARTICLES} articles"


def test_event_index_and_largest_event_open_fast(new_page, pile, tmp_path: Path, artifacts: Path):
    from counterpoint.reconcile.event_index import event_dossier
    from counterpoint.report import render_report
    from counterpoint.report.event_pages import render_event_index

    index = tmp_path / "index.html"
    index.write_text(render_event_index(pile), "utf-8")
    biggest = max(pile.events, key=lambda ev: len(ev.documents))
    (tmp_path / "events").mkdir()
    event_page = tmp_path / "events" / f"{biggest.id}.html"
    event_page.write_text(render_report(event_dossier(pile, biggest.id)), "utf-8")
    for path in (index, event_page):
        size = path.stat().st_size
        assert size < MAX_BYTES, f"{path.name} is {size} bytes"
        page, watch = new_page(("file://", "data:", "about:"))
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        seconds = time.perf_counter() - t0
        elements = page.evaluate("document.getElementsByTagName('*').length")
        print(f"{path.name}: {size} bytes, {elements} elements, opened in {seconds:.2f} s")
        assert seconds < MAX_SECONDS and elements < MAX_ELEMENTS
        assert watch.errors == []
        page.screenshot(path=str(artifacts / f"events-{path.stem[:16]}.png"))


def test_event_index_filter_box_hides_rows(new_page, pile, tmp_path: Path):
    from counterpoint.report.event_pages import render_event_index

    index = tmp_path / "index.html"
    index.write_text(render_event_index(pile), "utf-8")
    page, watch = new_page(("file://", "data:", "about:"))
    page.goto(index.as_uri(), wait_until="load")
    rows = page.locator("table.events tbody tr")
    total = rows.count()
    outlet = pile.events[0].outlets[0]
    page.fill("#filter", outlet)
    shown = page.locator("table.events tbody tr:not(.hidden)").count()
    assert 0 < shown < total
    assert f"of {total} shown" in page.text_content("#filter-count")
    page.fill("#filter", "")
    assert page.locator("table.events tbody tr:not(.hidden)").count() == total
    assert watch.errors == []


def test_one_event_of_1000_articles_opens_fast(new_page, pile, tmp_path: Path):
    """All 1,000 articles as one event: the texts go to pages of their own, the report stays small."""
    from counterpoint.models import Dossier, EventCluster
    from counterpoint.report.event_pages import write_report

    ev = EventCluster(id="event-all", documents=tuple(d.id for d in pile.documents), label="everything")
    written = write_report(Dossier(documents=pile.documents, events=(ev,)), tmp_path, "dossier.html")
    report = written[0]
    size = report.stat().st_size
    assert size < MAX_BYTES, f"{size} bytes"
    assert max(p.stat().st_size for p in written[1:]) < MAX_BYTES
    page, watch = new_page(("file://", "data:", "about:"))
    t0 = time.perf_counter()
    page.goto(report.as_uri(), wait_until="load")
    seconds = time.perf_counter() - t0
    elements = page.evaluate("document.getElementsByTagName('*').length")
    print(f"one event of {len(pile.documents)}: {size} bytes, {elements} elements, opened in {seconds:.2f} s")
    assert seconds < MAX_SECONDS and elements < MAX_ELEMENTS
    # the list of 1,000 articles is closed (nothing of it is laid out until asked for)
    assert not page.locator("details.doc-list").evaluate("el => el.open")
    page.fill("#filter", pile.documents[0].outlet.lower())
    assert page.locator("details.doc-list").evaluate("el => el.open")  # a search shows its matches
    page.fill("#filter", "")
    page.click("text=Read the article >> nth=0")
    page.wait_for_load_state("load")
    assert page.locator("article.doc .body").count() == 1
    assert watch.errors == []
