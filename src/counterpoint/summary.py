"""The end-of-run summary: the dossier's headline figures for a terminal, or as JSON.

Everything shown is computed from the dossier (the same group views the HTML report uses), so
the terminal and the report never disagree. `run_summary` builds a plain record; `render`
prints it with rich; `as_json` is what `analyze --json` prints.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .models import Dossier

if TYPE_CHECKING:
    from rich.console import Console

    from .pipeline import RunSummary

# Rows in the terminal table; the rest are in the report (the table says how many).
MAX_ROWS = 12
# Origins named in a row's "sources" cell before "+N more".
MAX_SOURCES_SHOWN = 2
# Verdict colours in the terminal: disputes stand out, agreement reads calm.
VERDICT_STYLES = {"agree": "green", "update": "cyan", "dispute": "bold red", "single": "dim"}


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRow:
    measure: str  # "killed", "killed (police officer)"
    where: str  # a place name, or "overall"
    best: str  # "at least 164", "USD 2.5 billion"
    range: str  # "150–164", or "" when the reports agree on one number
    verdict: str  # agree | update | dispute | single
    sources: tuple[str, ...]  # the stated origins ("the Health Ministry", ...)
    independent_sources: int
    outlets: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TerminalSummary:
    documents: int
    new: int
    duplicates: int
    figures: tuple[FigureRow, ...]
    skipped: tuple[tuple[str, str], ...]  # (path, reason) of files this run could not use
    notes: tuple[tuple[str, str], ...]  # (path, note) of documents used only in part
    html: str | None
    json: str | None
    store: str | None


def run_summary(summary: RunSummary, dossier: Dossier, *, store: str | Path | None = None) -> TerminalSummary:
    from .report.views import Index, group_views

    rows = []
    for g in group_views(dossier, Index.of(dossier)):
        measure = g.measure + (f" ({g.subject})" if g.subject and g.subject not in ("person", "people") else "")
        rows.append(FigureRow(
            measure=measure, where=g.place, best=g.best, range=g.range, verdict=g.verdict,
            sources=tuple(g.origins), independent_sources=g.independent_sources, outlets=g.outlets,
        ))
    # an ok document with a reason was used only in part (shortened, or figures capped)
    notes = tuple((d.path, d.reason) for d in dossier.documents if d.status == "ok" and d.reason)
    outputs = {Path(p).suffix.lstrip("."): str(Path(p).resolve()) for p in summary.outputs}
    return TerminalSummary(
        documents=summary.documents, new=summary.new, duplicates=summary.duplicates, figures=tuple(rows),
        skipped=summary.skipped_now, notes=notes, html=outputs.get("html"), json=outputs.get("json"),
        store=str(Path(store).resolve()) if store is not None else None,
    )


def as_json(s: TerminalSummary) -> str:
    data = asdict(s)
    data["skipped"] = [{"path": p, "reason": r} for p, r in s.skipped]
    data["notes"] = [{"path": p, "note": n} for p, n in s.notes]
    return json.dumps(data, ensure_ascii=False, indent=1)


def _compact_range(rng: str) -> str:
    """ "2 billion–3 billion" -> "2–3 billion": one scale word is enough in a narrow cell."""
    low, sep, high = rng.partition("–")
    if sep and low.count(" ") == 1 and high.count(" ") == 1 and low.split(" ")[1] == high.split(" ")[1]:
        return f"{low.split(' ')[0]}–{high}"
    return rng


def _sources_cell(row: FigureRow) -> str:
    shown = list(row.sources[:MAX_SOURCES_SHOWN])
    if len(row.sources) > MAX_SOURCES_SHOWN:
        shown.append(f"+{len(row.sources) - MAX_SOURCES_SHOWN} more")
    return ", ".join(shown) or "—"


def render(s: TerminalSummary, out: Console, err: Console) -> None:
    """The figures table and where the outputs are on `out`; skipped files on `err`."""
    from rich.markup import escape
    from rich.table import Table

    title = (f"{s.documents} document{'s' if s.documents != 1 else ''} ({s.new} new, "
             f"{s.duplicates} duplicate{'s' if s.duplicates != 1 else ''}) — {len(s.figures)} figure"
             f"{'s' if len(s.figures) != 1 else ''} reported")
    if s.figures:
        from rich import box

        # light rules: every column border costs width that the names of sources need
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        # the numbers never wrap; the list of sources takes what width is left
        table.add_column("measure")
        table.add_column("where", no_wrap=True)
        table.add_column("best", justify="right", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("sources", ratio=1)
        table.add_column("outlets", justify="right", no_wrap=True)
        for row in s.figures[:MAX_ROWS]:
            best = escape(row.best) + (f"\n[dim]({escape(_compact_range(row.range))})[/]" if row.range else "")
            style = VERDICT_STYLES.get(row.verdict, "")
            verdict = f"[{style}]{row.verdict}[/]" if style else row.verdict
            table.add_row(escape(row.measure), escape(row.where), best, verdict,
                          escape(_sources_cell(row)), str(row.outlets))
        out.print(table)
        if len(s.figures) > MAX_ROWS:
            out.print(f"… and {len(s.figures) - MAX_ROWS} more figures in the report")
    else:
        out.print(f"{title}: no figures found")
    for path, note in s.notes:
        err.print(f"note {path!r}: {note}", markup=False, highlight=False, soft_wrap=True)
    for path, reason in s.skipped:
        err.print(f"skipped {path!r}: {reason}", markup=False, highlight=False, soft_wrap=True)
    if s.html:
        uri = Path(s.html).as_uri()
        out.print(f"report: [link={uri}]{escape(uri)}[/link]", highlight=False, soft_wrap=True)
    if s.json:
        out.print(f"JSON:   {escape(s.json)}", highlight=False, soft_wrap=True)
