"""The `analyze` job: ingest -> dedup -> annotate -> store -> corpus stage -> outputs.

Per-document work is a pure function of a batch (`annotate.annotate_batch`), run in this process
or as tasks on an existing Dask cluster; results are stored one document per transaction in
input order, so an interrupted run resumes where it stopped and gives the same store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .nlp.annotate import annotate_batch
from .ingest.dedup import Deduplicator
from .ingest import Limits, read_documents
from .models import DocResult, Document, Dossier
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
) -> Iterator[Document]:
    """Documents not yet stored, with duplicate_of set against everything seen so far.

    Inputs skipped by an earlier run are listed in `skipped_before` (so --strict still fails).
    """
    dedup = Deduplicator(store.documents())
    for doc in read_documents(paths, manifest=manifest, limits=limits):
        if store.has_document(doc.id):
            if doc.status == "skipped":
                skipped_before.append((doc.path, doc.reason or "unknown reason"))
            continue  # already stored by an earlier (possibly interrupted) run
        yield dedup.check(doc)


def _annotated(
    docs: Iterable[Document], dask_address: str | None, workers: int
) -> Iterator[list[DocResult]]:
    if dask_address is not None:
        from .nlp.dask_runner import annotate_on_cluster

        yield from annotate_on_cluster(_batches(docs, BATCH_DOCS), dask_address)
    elif workers > 1:
        from .nlp.workers import annotate_in_processes

        yield from annotate_in_processes(_batches(docs, WORKER_BATCH_DOCS), workers)
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
    workers: int = 1,
) -> tuple[RunSummary, Dossier]:
    """Analyze `paths` into the store at `db_path` and rebuild the corpus-level results.

    `workers` > 1 runs the per-document stage in that many local processes (same results).

    With `out_dir`, the outputs are written while the writer lock is still held, so stale
    temporary files there can only be a killed run's and are removed.
    """
    from .corpus import build_dossier

    limits = limits or Limits()
    skipped_now: list[tuple[str, str]] = []
    new = 0
    with write_lock(db_path, on_wait=on_wait), open_store(db_path) as store:
        docs = _new_documents(store, paths, manifest, limits, skipped_now)
        for results in _annotated(docs, dask_address, workers):
            for r in results:
                store.save_result(r)
                new += 1
                if r.document.status == "skipped":
                    skipped_now.append((r.document.path, r.document.reason or "unknown reason"))
                if progress is not None:
                    progress(new, r.document.path)
        dossier = build_dossier(store.documents(), store.mentions(), store.claims())
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
    """Write dossier.json and dossier.html into `out_dir`, each atomically."""
    from .atomic import write_text_atomic
    from .dossier import dumps
    from .report import render_report

    out = Path(out_dir)
    remove_stale_temporaries(out)
    return {
        "json": write_text_atomic(out / "dossier.json", dumps(d)),
        "html": write_text_atomic(out / "dossier.html", render_report(d)),
    }


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
    out = Path(out_dir) if out_dir is not None else Path("out")
    db = db_path if db_path is not None else out / "counterpoint.db"
    summary, _dossier = analyze_into_store(
        paths, db, manifest=manifest, limits=limits, dask_address=dask_address,
        progress=progress, on_wait=on_wait, out_dir=out, workers=workers,
    )
    return summary
