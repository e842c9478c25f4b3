"""A report for a pile of many events: an index page and one page per event.

`write_event_report(dossier, out_dir)` writes `index.html` (one row per event, see
`reconcile.event_index`), and for each event `events/<id>.html` (the usual self-contained
report of that event's own dossier) and `events/<id>.json` (its `dossier.json`). Every page holds
only its event's documents, so page size follows the event, not the pile; a dossier with a
single event is the single self-contained report, unchanged.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..atomic import write_text_atomic
from ..dossier import dumps
from ..models import Dossier
from ..reconcile.event_index import EventRow, HeadlineFigure, event_dossier, event_rows
from ..reconcile.event_labels import span_text
from .html import render

# A report whose documents hold more text than this (characters) keeps only their titles and
# links on the page and puts each text on its own page next to it: a page of 1,000 articles
# with their texts inline is ~12 MB and slow to open; under this it stays one self-contained
# file (the demo, a small event), ~2.5 bytes of page per character of text.
INLINE_TEXT_MAX_CHARS = 800_000
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _number(f: HeadlineFigure) -> str:
    def fmt(x: float | None) -> str:
        return "?" if x is None else (f"{x:,.0f}" if float(x).is_integer() else f"{x:,}")

    if f.low is not None and f.high is not None and f.low != f.high:
        return f"{fmt(f.value)} ({fmt(f.low)} to {fmt(f.high)})"
    return fmt(f.value)


def _search_text(r: EventRow, span: str, figures: str) -> str:
    """What the filter box matches a row against (lowercased; the page's script reads it)."""
    return " ".join([r.headline or "", r.label, span, r.start or "", *r.places, *r.outlets, figures]).lower()


def render_event_index(d: Dossier, *, href_prefix: str = "events/", href_suffix: str = ".html") -> str:
    rows = event_rows(d)
    docs = sum(1 for x in d.documents if x.status == "ok")
    return render("events_index.html.j2", rows=rows, counts={"documents": docs},
                  href=lambda event_id: f"{href_prefix}{event_id}{href_suffix}",
                  span=lambda a, b: span_text(a, b), number=_number,
                  search_text=lambda r: _search_text(
                      r, span_text(r.start, r.end),
                      " ".join(f"{f.measure} {f.place or ''} {f.verdict}" for f in r.figures)))


def _file_name(doc_id: str) -> str:
    """A document's page name: its id when that is a safe file name, else a hash of it."""
    return doc_id if _SAFE_NAME.match(doc_id) else hashlib.sha1(doc_id.encode()).hexdigest()[:16]


def write_report(d: Dossier, out_dir: Path, name: str) -> list[Path]:
    """Write the report of `d` as `out_dir/name`: one self-contained file, or, when its documents
    hold more than INLINE_TEXT_MAX_CHARS of text, the page plus one page per document in
    `out_dir/<name without .html>/`. Returns the paths written, the report first."""
    from .html import render_document_file, render_report

    out_dir = Path(out_dir)
    page = out_dir / name
    if sum(len(x.text or "") for x in d.documents) <= INLINE_TEXT_MAX_CHARS:
        return [write_text_atomic(page, render_report(d))]
    folder = page.stem
    files = {x.id: f"{folder}/{_file_name(x.id)}.html" for x in d.documents if x.text and x.status != "skipped"}
    (out_dir / folder).mkdir(parents=True, exist_ok=True)
    written = [write_text_atomic(page, render_report(d, document_files=files))]
    for doc_id, rel in files.items():
        written.append(write_text_atomic(out_dir / rel, render_document_file(d, doc_id, back=f"../{name}")))
    return written


def write_event_report(d: Dossier, out_dir: Path, index_name: str = "index.html") -> list[Path]:
    """Write the index and per-event pages; returns the paths written, the index first."""
    out_dir = Path(out_dir)
    (out_dir / "events").mkdir(parents=True, exist_ok=True)
    written = []
    for ev in d.events:
        sub = event_dossier(d, ev.id)
        written.extend(write_report(sub, out_dir / "events", f"{ev.id}.html"))
        written.append(write_text_atomic(out_dir / "events" / f"{ev.id}.json", dumps(sub)))
    index = out_dir / index_name
    write_text_atomic(index, render_event_index(d))
    written.insert(0, index)
    return written
