"""The `counterpoint` command: each subcommand parses arguments, calls one library function and
turns Counterpoint errors into a clean message (exit 2)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import CounterpointError

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


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="files or directories of articles")],
    out_dir: Annotated[Path, typer.Option("--out", help="directory for dossier.json and dossier.html")] = Path("out"),
    db: Annotated[Optional[str], typer.Option(help="SQLite file (default OUT/counterpoint.db) or postgresql:// URL")] = None,
    manifest: Annotated[Optional[Path], typer.Option(help="CSV of path,url,outlet,published,title")] = None,
    strict: Annotated[bool, typer.Option(help="exit 1 when any file was skipped")] = False,
    max_bytes: Annotated[int, typer.Option(help="largest input (decompressed) in bytes")] = 20_000_000,
    dask: Annotated[Optional[str], typer.Option(help="address of a Dask scheduler, e.g. tcp://host:8786")] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="worker processes for the per-document stage (default: the machine's cores)")] = None,
) -> None:
    """Read articles, extract figures and sources, reconcile, and write the dossier."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from .ingest import Limits
    from .nlp.workers import default_workers
    from .pipeline import analyze as run

    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("analyzing", total=None)
            summary = run(
                paths, out_dir=out_dir, db_path=db, manifest=manifest, limits=Limits(max_bytes=max_bytes),
                dask_address=dask, workers=workers or default_workers(),
                progress=lambda n, path: bar.update(task, completed=n, description=f"analyzing {Path(path).name[:40]}"),
                on_wait=lambda msg: err.print(f"[yellow]{msg}[/]"),
            )
    except CounterpointError as exc:
        _fail(exc)
        return
    table = Table(title="Counterpoint run", show_header=True)
    for col in ("documents", "new", "skipped", "duplicates", "figures", "groups"):
        table.add_column(col, justify="right")
    table.add_row(*(str(getattr(summary, c)) for c in ("documents", "new", "skipped", "duplicates", "figures", "groups")))
    out.print(table)
    for path, reason in summary.skipped_now:
        err.print(f"skipped {path!r}: {reason}", markup=False, highlight=False, soft_wrap=True)
    for p in summary.outputs:
        out.print(f"wrote {p}", highlight=False)
    if strict and summary.skipped_now:
        err.print(f"{len(summary.skipped_now)} file(s) skipped (--strict)")
        raise typer.Exit(1)


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
    fmt: Annotated[str, typer.Option("--format", help="json | csv | geojson | parquet (a directory: claims, groups, documents)")] = "json",
    out_file: Annotated[Path, typer.Option("--out", help="file to write")] = Path("dossier.json"),
) -> None:
    """Export the dossier as JSON, a CSV of figure claims, GeoJSON of places, or Parquet tables."""
    from .export import export as do_export

    _write_from_store(db, out_file, lambda d: do_export(d, fmt, out_file))


def _write_from_store(db: str, out_file: Path, write: Callable[["Dossier"], object]) -> None:
    """Load the dossier stored at `db`, write it with `write`, and say so."""
    from .store import open_store

    try:
        with open_store(db, readonly=True) as store:
            write(store.load_dossier())
    except CounterpointError as exc:
        _fail(exc)
    out.print(f"wrote {out_file}", highlight=False)


@app.command()
def serve(
    db: Annotated[str, typer.Option(help="store written by analyze: SQLite file or postgresql:// URL")],
    host: Annotated[str, typer.Option(help="interface to bind; loopback by default")] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    allow_upload: Annotated[bool, typer.Option(help="accept new articles through the web page")] = False,
    token: Annotated[Optional[str], typer.Option(help="required for uploads when binding beyond loopback")] = None,
) -> None:
    """Serve the dossier as web pages and a JSON API."""
    import uvicorn

    from .web import create_app
    from .web.security import check_bind

    try:
        check_bind(host, allow_upload=allow_upload, token=token)
        application = create_app(db, allow_upload=allow_upload, token=token)
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
