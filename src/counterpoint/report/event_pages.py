"""A report for a pile of many events: an index page and one page per event.

`write_event_report(dossier, out_dir)` writes `index.html` (one row per event, see
`reconcile.event_index`), and for each event `events/<id>.html` (the usual self-contained
report of that event's own dossier) and `events/<id>.json` (its `dossier.json`). Every page holds
only its event's documents, so page size follows the event, not the pile; a dossier with a
single event is the single self-contained report, unchanged.
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_text_atomic
from ..dossier import dumps
from ..models import Dossier
from ..reconcile.event_index import HeadlineFigure, event_dossier, event_rows
from ..reconcile.event_labels import span_text
from .html import render


def _number(f: HeadlineFigure) -> str:
    def fmt(x: float | None) -> str:
        return "?" if x is None else (f"{x:,.0f}" if float(x).is_integer() else f"{x:,}")

    if f.low is not None and f.high is not None and f.low != f.high:
        return f"{fmt(f.value)} ({fmt(f.low)} to {fmt(f.high)})"
    return fmt(f.value)


def render_event_index(d: Dossier, *, href_prefix: str = "events/", href_suffix: str = ".html") -> str:
    rows = event_rows(d)
    docs = sum(1 for x in d.documents if x.status == "ok")
    return render("events_index.html.j2", rows=rows, counts={"documents": docs},
                  href=lambda event_id: f"{href_prefix}{event_id}{href_suffix}",
                  span=lambda a, b: span_text(a, b), number=_number)


def write_event_report(d: Dossier, out_dir: Path, index_name: str = "index.html") -> list[Path]:
    """Write the index and per-event pages; returns the paths written, the index first."""
    from . import render_report

    out_dir = Path(out_dir)
    (out_dir / "events").mkdir(parents=True, exist_ok=True)
    written = []
    for ev in d.events:
        sub = event_dossier(d, ev.id)
        for suffix, text in ((".html", render_report(sub)), (".json", dumps(sub))):
            path = out_dir / "events" / f"{ev.id}{suffix}"
            write_text_atomic(path, text)
            written.append(path)
    index = out_dir / index_name
    write_text_atomic(index, render_event_index(d))
    written.insert(0, index)
    return written
