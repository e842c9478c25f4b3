"""The `analyze` job: ingest -> dedup -> annotate -> store -> corpus stage -> outputs.

Per-document work is a pure function of a batch (`annotate.annotate_batch`), run in this process
or as tasks on an existing Dask cluster; results are stored one document per transaction in
input order, so an interrupted run resumes where it stopped and gives the same store.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import Limits, read_documents
from .ingest.dedup import Deduplicator
from .models import DocResult, Document, Dossier
from .nlp.annotate import annotate_batch
from .store import Store, open_store, write_lock

# Documents handed to one annotate call (one Dask task); big enough to amortize spaCy's overhead.
BATCH_DOCS = 32
# ... and to one local worker process: smaller, so the last batches spread over every worker.
WORKER_BATCH_DOCS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSummary:
    documents: int  # documents in the store after the run
    new: int  # documents stored by this run
    skipped: int  # skipped documents in the store
    duplicates: int
    figures: int
    groups: int
    skipped_now: tuple[tuple[str, str], ...] = field(default=())  # (path, reason) from this run
    outputs: tuple[str, ...] = ()


Progress = Callable[[int, str], None]  # (documents done so far, current path)


@dataclass(frozen=True, slots=True, kw_only=True)
class RunProgress:
    """Where a run is, for a progress display with totals and an ETA."""

    files_total: int  # input files found by the walk (before reading)
    files_read: int
    documents_read: int  # new documents read so far (a JSONL file holds many)
    documents_done: int  # of those, annotated and stored
    path: str  # the file or document being worked on


OnProgress = Callable[[RunProgress], None]


def own_outputs(out_dir: str | Path | None, db_path: str | Path, inputs: Sequence[str | Path]) -> list[Path]:
    """Paths a run writes, never to be read as input: the output folder, the store and its
    companion files (compared by real path, whatever form the user gave them in).

    An output folder that is an input folder or holds one (`analyze . --out .`) is not
    excluded whole; its own files are still recognized and passed over (ingest.own_files).
    """
    db = Path(db_path)
    paths = [db, *(Path(str(db) + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))]
    if out_dir is not None:
        out = Path(os.path.realpath(out_dir))
        reals = [Path(os.path.realpath(p)) for p in inputs]
        if not any(r == out or out in r.parents for r in reals):
            paths.append(out)
    return paths


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _new_documents(
    store: Store,
    paths: Sequence[str | Path],
    manifest: Path | None,
    limits: Limits,
    skipped_before: list[tuple[str, str]],
    exclude: Sequence[Path],
    on_file: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Documents not yet stored, with duplicate_of set against everything seen so far.

    Inputs skipped by an earlier run are listed in `skipped_before` (so --strict still fails).
    """
    dedup = Deduplicator(store.documents())
    for doc in read_documents(paths, manifest=manifest, limits=limits, exclude=exclude, on_file=on_file):
        if store.has_document(doc.id):
            if doc.status == "skipped":
                skipped_before.append((doc.path, doc.reason or "unknown reason"))
            continue  # already stored by an earlier (possibly interrupted) run
        yield dedup.check(doc)


def _annotated(
    docs: Iterable[Document], dask_address: str | None, workers: int,
    warming: list[threading.Thread] | None = None,
) -> Iterator[list[DocResult]]:
    """Per-document results batch by batch. With local workers, the corpus stage's tables load
    (`corpus.warm_up`) in a thread of this process while the workers annotate: it would otherwise
    be serial work after the last document, with every worker idle. The thread is put in
    `warming` for the caller to join before the corpus stage."""
    if dask_address is not None:
        from .nlp.dask_runner import annotate_on_cluster

        yield from annotate_on_cluster(_batches(docs, BATCH_DOCS), dask_address)
    elif workers > 1:
        from .corpus import warm_up
        from .nlp.workers import annotate_in_processes

        def start_warming() -> None:
            t = threading.Thread(target=warm_up, daemon=True, name="cp-corpus-warm-up")
            t.start()
            if warming is not None:
                warming.append(t)

        yield from annotate_in_processes(_batches(docs, WORKER_BATCH_DOCS), workers, on_pool_started=start_warming)
    else:
        for batch in _batches(docs, BATCH_DOCS):
            yield annotate_batch(batch)


def analyze_into_store(
    paths: Sequence[str | Path],
    db_path: str | Path,
    *,
    manifest: Path | None = None,
    limits: Limits | None = None,
    dask_address: str | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[str], None] | None = None,
    out_dir: str | Path | None = None,
    on_progress: OnProgress | None = None,
    workers: int = 1,
) -> tuple[RunSummary, Dossier]:
    """Analyze `paths` into the store at `db_path` and rebuild the corpus-level results.

    `workers` > 1 runs the per-document stage in that many local processes (same results).

    With `out_dir`, the outputs are written while the writer lock is still held, so stale
    temporary files there can only be a killed run's and are removed.
    """
    from .corpus import build_dossier_from_store
    from .ingest.discover import iter_inputs

    limits = limits or Limits()
    skipped_now: list[tuple[str, str]] = []
    new = 0
    exclude = own_outputs(out_dir, db_path, paths)
    files_total = 0
    if on_progress is not None:
        # a walk without reading (names and stat only) gives the bar its total
        files_total = sum(1 for _ in iter_inputs(paths, exclude=[*exclude, *([manifest] if manifest else [])]))
    state = {"files": 0, "read": 0}
    current_path = [""]  # the file being read, for the bar

    def report() -> None:
        if on_progress is not None:
            on_progress(RunProgress(files_total=files_total, files_read=state["files"],
                                    documents_read=state["read"], documents_done=new, path=current_path[0]))

    def file_started(path: str) -> None:
        state["files"] += 1
        current_path[0] = path
        report()

    def counted(docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            state["read"] += 1
            yield d

    with write_lock(db_path, on_wait=on_wait), open_store(db_path) as store:
        docs = counted(_new_documents(store, paths, manifest, limits, skipped_now, exclude, file_started))
        warming: list[threading.Thread] = []
        for results in _annotated(docs, dask_address, workers, warming):
            for r in results:
                store.save_result(r)
                new += 1
                if r.document.status == "skipped":
                    skipped_now.append((r.document.path, r.document.reason or "unknown reason"))
                if progress is not None:
                    progress(new, r.document.path)
                current_path[0] = r.document.path
                report()
        for t in warming:
            t.join()  # no fork (the corpus stage's pool) while it loads
        # the corpus stage's event partitions go to the same number of processes (not to Dask yet)
        dossier = build_dossier_from_store(store, workers=workers if dask_address is None else 1)
        store.save_corpus(dossier)
        counts = store.counts()
        written = write_outputs(dossier, out_dir) if out_dir is not None else {}
    summary = RunSummary(
        documents=counts["documents"],
        new=new,
        skipped=counts["skipped"],
        duplicates=counts["duplicates"],
        figures=counts["figures"],
        groups=len(dossier.groups),
        skipped_now=tuple(skipped_now),
        outputs=tuple(str(p) for p in written.values()),
    )
    return summary, dossier


def remove_stale_temporaries(out: Path) -> None:
    """Delete temporary files a killed writer left (call only while holding the writer lock)."""
    for tmp in out.glob(".dossier.*.tmp"):
        tmp.unlink(missing_ok=True)


def write_outputs(d: Dossier, out_dir: str | Path) -> dict[str, Path]:
    """Write dossier.json and dossier.html into `out_dir`, each atomically. With several events
    dossier.html is the event index and each event's report is in events/<id>.html."""
    from .atomic import write_text_atomic
    from .dossier import dumps
    out = Path(out_dir)
    remove_stale_temporaries(out)
    written = {"json": write_text_atomic(out / "dossier.json", dumps(d))}
    if len(d.events) > 1:  # a pile of many events opens on the event index, a page per event
        from .report.event_pages import write_event_report

        written["html"] = write_event_report(d, out, index_name="dossier.html")[0]
    else:  # one event: one self-contained file, its texts on pages of their own when long
        from .report.event_pages import write_report

        written["html"] = write_report(d, out, "dossier.html")[0]
    return written


def analyze(
    paths: Sequence[str | Path],
    *,
    out_dir: str | Path | None = None,
    db_path: str | Path | None = None,
    manifest: Path | None = None,
    limits: Limits | None = None,
    dask_address: str | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[str], None] | None = None,
    workers: int = 1,
) -> RunSummary:
    """The whole job. The store defaults to `OUT/counterpoint.db` (a path, or a postgresql:// URL)."""
    summary, _dossier = analyze_with_dossier(
        paths, out_dir=out_dir, db_path=db_path, manifest=manifest, limits=limits,
        dask_address=dask_address, progress=progress, on_wait=on_wait, workers=workers,
    )
    return summary


def default_store(out_dir: str | Path | None, db_path: str | Path | None) -> str | Path:
    """The store given (a path, or a postgresql:// URL kept as text), else `OUT/counterpoint.db`."""
    out = Path(out_dir) if out_dir is not None else Path("out")
    return db_path if db_path is not None else out / "counterpoint.db"


def analyze_with_dossier(
    paths: Sequence[str | Path],
    *,
    out_dir: str | Path | None = None,
    db_path: str | Path | None = None,
    manifest: Path | None = None,
    limits: Limits | None = None,
    dask_address: str | None = None,
    progress: Progress | None = None,
    on_wait: Callable[[str], None] | None = None,
    on_progress: OnProgress | None = None,
    workers: int = 1,
) -> tuple[RunSummary, Dossier]:
    """`analyze`, also returning the dossier (for the CLI's summary of the figures)."""
    out = Path(out_dir) if out_dir is not None else Path("out")
    return analyze_into_store(
        paths, default_store(out_dir, db_path), manifest=manifest, limits=limits, dask_address=dask_address,
        progress=progress, on_wait=on_wait, out_dir=out, on_progress=on_progress, workers=workers,
    )
