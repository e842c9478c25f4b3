"""The `counterpoint` command: each subcommand parses arguments, calls one library function and
turns Counterpoint errors into a clean message (exit 2)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from .errors import CounterpointError
from .ingest.limits import MAX_WORDS

if TYPE_CHECKING:
    from .models import Dossier

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Counterpoint: what many outlets report about one news event — figures, sources, verdicts.",
)
err = Console(stderr=True)
out = Console()


def _fail(exc: CounterpointError) -> None:
    err.print(f"[bold red]error:[/] {exc}")
    raise typer.Exit(2)


def setup_logging(level: int) -> None:
    """Route every module's `logging` records through one rich handler on stderr."""
    import logging

    from rich.logging import RichHandler

    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_counterpoint", False):
            root.removeHandler(h)
    handler = RichHandler(console=err, show_path=False, markup=False, rich_tracebacks=False)
    handler._counterpoint = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def _log_level(verbose: bool, quiet: bool) -> int:
    import logging

    return logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="files or directories of articles")],
    out_dir: Annotated[Path, typer.Option("--out", help="directory for dossier.json and dossier.html")] = Path("out"),
    db: Annotated[str | None, typer.Option(help="SQLite file (default OUT/counterpoint.db) or postgresql:// URL")] = None,
    manifest: Annotated[Path | None, typer.Option(help="CSV of path,url,outlet,published,title")] = None,
    strict: Annotated[bool, typer.Option(help="exit 1 when any file was skipped")] = False,
    max_bytes: Annotated[int, typer.Option(help="largest input (decompressed) in bytes")] = 20_000_000,
    max_words: Annotated[int, typer.Option(help="words kept of one document; the rest is cut, with a note")] = MAX_WORDS,
    dask: Annotated[str | None, typer.Option(help="address of a Dask scheduler, e.g. tcp://host:8786")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON (no table, no progress)")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log what each stage does")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print nothing but errors")] = False,
    workers: Annotated[int | None, typer.Option(min=1, help="worker processes for the per-document stage (default: the machine's cores)")] = None,
) -> None:
    """Read articles, extract figures and sources, reconcile, and write the dossier."""
    from .ingest import Limits
    from .nlp.workers import default_workers
    from .pipeline import analyze_with_dossier, default_store
    from .summary import as_json as summary_json
    from .summary import render, run_summary

    setup_logging(_log_level(verbose, quiet))
    show_progress = not (quiet or as_json) and err.is_terminal
    try:
        with _progress(show_progress) as on_progress:
            summary, dossier = analyze_with_dossier(
                paths, out_dir=out_dir, db_path=db, manifest=manifest,
                limits=Limits(max_bytes=max_bytes, max_words=max_words), dask_address=dask, workers=workers or default_workers(),
                on_progress=on_progress,
                on_wait=None if quiet else lambda msg: err.print(f"[yellow]{msg}[/]"),
            )
    except CounterpointError as exc:
        _fail(exc)
        return
    result = run_summary(summary, dossier, store=default_store(out_dir, db))
    if as_json:
        print(summary_json(result))
    elif not quiet:
        render(result, out, err)
    if strict and summary.skipped_now:
        if quiet or as_json:  # the list is part of the summary otherwise
            for path, reason in summary.skipped_now:
                err.print(f"skipped {path!r}: {reason}", markup=False, highlight=False, soft_wrap=True)
        err.print(f"{len(summary.skipped_now)} file(s) skipped (--strict)")
        raise typer.Exit(1)


@contextmanager
def _progress(show: bool) -> Iterator[Callable[[Any], None] | None]:
    """Two bars with totals and ETAs: files read, and documents annotated of those read."""
    if not show:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("eta"), TimeRemainingColumn(), TextColumn("[dim]{task.fields[path]}"))
    with Progress(*columns, console=err, transient=True) as bar:
        reading = bar.add_task("reading", total=None, path="")
        annotating = bar.add_task("analyzing", total=None, path="")

        def update(p: Any) -> None:
            bar.update(reading, total=p.files_total or None, completed=p.files_read,
                       path=Path(p.path).name[:40] if p.files_read < p.files_total else "")
            bar.update(annotating, total=p.documents_read or None, completed=p.documents_done)

        yield update


@app.command()
def report(
    db: Annotated[str, typer.Option(help="store written by analyze: SQLite file or postgresql:// URL")],
    out_file: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("dossier.html"),
) -> None:
    """Write the self-contained HTML report from a store."""
    from .atomic import write_text_atomic
    from .report import render_report

    _write_from_store(db, out_file, lambda d: write_text_atomic(out_file, render_report(d)))


@app.command()
def export(
    db: Annotated[str, typer.Option(help="store written by analyze: SQLite file or postgresql:// URL")],
    fmt: Annotated[str, typer.Option("--format", help="json | csv | geojson | statements-csv | parquet (a directory: claims, groups, documents)")] = "json",
    out_file: Annotated[Path, typer.Option("--out", help="file to write")] = Path("dossier.json"),
) -> None:
    """Export the dossier as JSON, a CSV of figure claims, GeoJSON of places, or Parquet tables."""
    from .export import export as do_export

    _write_from_store(db, out_file, lambda d: do_export(d, fmt, out_file))


def _write_from_store(db: str, out_file: Path, write: Callable[[Dossier], object]) -> None:
    """Load the dossier stored at `db`, write it with `write`, and say so."""
    from .store import open_store

    try:
        with open_store(db, readonly=True) as store:
            write(store.load_dossier())
    except CounterpointError as exc:
        _fail(exc)
    out.print(f"wrote {out_file}", highlight=False)


@app.command()
def events(
    db: Annotated[Path, typer.Option(help="SQLite store written by analyze")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="write index.html and one page + dossier JSON per event here")] = None,
    limit: Annotated[int, typer.Option(help="rows shown in the terminal")] = 50,
) -> None:
    """List the events in the store (largest and most recent first); --out writes a page per event."""
    from .reconcile.event_index import event_rows
    from .reconcile.event_labels import span_text
    from .store import open_store

    try:
        with open_store(db, readonly=True) as store:
            dossier = store.load_dossier()
        rows = event_rows(dossier)
        from rich.table import Table

        table = Table(title=f"{len(rows)} event{'' if len(rows) == 1 else 's'}", show_header=True)
        for col in ("event", "dates", "places", "articles", "outlets", "figures"):
            table.add_column(col, justify="right" if col == "articles" else "left")
        for r in rows[:limit]:
            figs = "; ".join(f"{f.measure} {f.value if f.value is not None else '?':g} {f.verdict}"
                             if f.value is not None else f"{f.measure} ? {f.verdict}" for f in r.figures)
            table.add_row(r.headline or r.label, span_text(r.start, r.end), ", ".join(r.places[:2]),
                          str(r.articles), str(len(r.outlets)), figs)
        out.print(table)
        if out_dir is not None:
            from .report.event_pages import write_event_report

            written = write_event_report(dossier, out_dir)
            out.print(f"wrote {written[0]} and {len(written) - 1} event files", highlight=False)
    except CounterpointError as exc:
        _fail(exc)


@app.command()
def serve(
    db: Annotated[str, typer.Option(help="store written by analyze: SQLite file or postgresql:// URL")],
    host: Annotated[str, typer.Option(help="interface to bind; loopback by default")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    allow_upload: Annotated[bool, typer.Option(help="accept new articles through the web page")] = False,
    token: Annotated[str | None, typer.Option(help="required for uploads when binding beyond loopback")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="another host name the server may be reached by (repeatable); any other Host is refused")] = None,
) -> None:
    """Serve the dossier as web pages and a JSON API."""
    import uvicorn

    from .web import create_app
    from .web.security import allowed_hosts, check_bind

    try:
        check_bind(host, allow_upload=allow_upload, token=token)
        application = create_app(db, allow_upload=allow_upload, token=token,
                                 hosts=allowed_hosts(host, allow_host or ()))
    except CounterpointError as exc:
        _fail(exc)
        return
    uvicorn.run(application, host=host, port=port, log_level="info")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted: stored documents are kept; run the same command again to resume")
        sys.exit(130)


if __name__ == "__main__":
    main()
