"""The corpus stage at scale: 10k, 100k (1M) documents' stored results, event by event.

    .venv/bin/python benchmarks/scale.py [--sizes 10000 100000] [--sample-db STORE] [--workdir DIR]

The stored results are made by replicating a real annotated sample (`replicate.py`): the
per-document results of a store that `counterpoint analyze` made (by default the example corpus,
analyzed once into WORKDIR/sample), copied into about `replicate.DOCS_PER_EVENT` documents per
event, names, words, dates and figures changed per event and copy, without running the language
pipeline again (100k documents' store in a few minutes).

For each size, in a fresh process (peak memory is per size): the store is written (not timed),
then the corpus stage runs alone from nothing, as `corpus_partitions` does it: event assignment
(`event_assignment`: the documents' leads clustered a batch at a time by day, each batch with the
events near it), then linking, reconciliation and the statement step per event partition, each
partition's rows read from the store and its dossier handed on and dropped. Printed per size:
CPU seconds, peak RSS, partitions, the largest partition; then the log-log slope of CPU time
against documents (CPU, not wall: the machine is shared). The last line is JSON:
`corpus_stage_slope` (target <= 1.05), `corpus_stage_peak_rss_mb` per size and
`corpus_stage_peak_rss_ratio` (the largest size's peak over the smallest's, measured in one run:
near 1 when the stage streams, memory following the largest event, not the corpus; each size's
store is written by a process of its own first, so its rows are not in the peak), and
`incremental_fraction` (skipped with `--no-incremental`): adding 1% new documents to the smallest store, as a share of a full run
(target <= 0.05): the new documents are clustered with the events near them only, the partitions
they change are computed, the unchanged ones looked up in the store (not read back: merging them
into the corpus dossier is a separate linear step, as is writing it). Timing only: nothing here
asserts.

Part (b), `--whole-sizes 1000 3000 10000`: the whole job (ingest -> annotate -> store -> corpus
stage -> dossier.json and dossier.html) on N short real articles, through the library call the
CLI makes (`pipeline.analyze_with_dossier`), one fresh process and one new store per size. The
articles are lead paragraphs of real news, read at benchmark time from ../shared/corpora (the GVA
gun-violence crawl and AllSides, taken in turn so every size has the same mix); without them the
part is skipped with a message. Each size's process first analyzes WARMUP_ARTICLES into a
throwaway store, untimed (loading the language model is a fixed cost, not one per article).
Printed per size: CPU seconds (this process and its workers),
peak RSS; then `whole_job_slope` (target <= 1.05) in the JSON line. `--whole-sizes` alone
(with `--sizes` empty) runs part (b) only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from measure import loglog_slope, peak_rss_mb, run_fresh  # noqa: E402
from replicate import build_store, read_sample  # noqa: E402

EXAMPLE = ROOT / "examples" / "kazakhstan-2022"
# Real news for part (b), read at benchmark time only (the product never reads ../shared):
# (JSONL file, its text key, its title key, its date key), taken in turn.
CORPORA = ROOT.parent / "shared" / "corpora"
LEAD_SOURCES = (
    (CORPORA / "gva-semeval2018" / "documents.jsonl", "content", "title", "dct"),
    (CORPORA / "allsides" / "articles.jsonl", "content_original", "title", "date"),
)
# A lead: the article's first paragraphs of at least LEAD_MIN_WORDS words (shorter ones are
# mostly crawl debris: share lines, captions), up to LEAD_PARAGRAPHS of them.
LEAD_PARAGRAPHS = 3
LEAD_MIN_WORDS = 12
# Articles analyzed first, untimed, in each size's process (model loading is not a cost per article).
WARMUP_ARTICLES = 5
# Partitions between two progress lines on stderr (a 100k run takes hours on a loaded machine).
PROGRESS_EVERY = 100
# New documents added for the incremental measure, as a share of the store (the brief: 1%).
INCREMENT_SHARE = 0.01


def ensure_sample(workdir: Path) -> Path:
    """A store of the example corpus's per-document results (analyzed once, then reused)."""
    db = workdir / "sample" / "counterpoint.db"
    if not db.exists():
        subprocess.run([sys.executable, "-m", "counterpoint.cli", "analyze", str(EXAMPLE), "--out",
                        str(db.parent), "--workers", "1"], check=True, capture_output=True,
                       env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")})
    return db


def corpus_stage(db: Path, *, reuse: bool = False) -> dict:
    """Time the whole partitioned corpus stage over the store at `db`, from nothing: its event
    assignment and partition results are dropped first (after one warm-up partition: the
    gazetteer and the language tables load once per process, whatever the corpus). With
    `reuse`, each partition's result is saved for the incremental run."""
    from counterpoint.corpus_partitions import Partition, event_partitions, partition_dossiers
    from counterpoint.store import open_store

    with open_store(db) as store:
        first = store.conn.execute("SELECT id FROM documents ORDER BY seq LIMIT 5").fetchall()
        for _ in partition_dossiers(store, [Partition(documents=tuple(r[0] for r in first), events=1)]):
            pass
        store.forget_events()
        store.keep_partition_results([])
        t0, c0 = time.perf_counter(), time.process_time()
        parts = event_partitions(store)
        t_part = time.process_time() - c0
        rss_assignment = peak_rss_mb()  # the peak so far: event assignment's (batch and region)
        print(f"# {len(parts)} partitions after {t_part:.0f} cpu s, peak {rss_assignment:.0f} MB", file=sys.stderr,
              flush=True)
        groups = claims = 0
        for k, d in enumerate(partition_dossiers(store, parts, reuse=reuse), 1):  # each handed on and dropped
            groups += len(d.groups)
            claims += len(d.claims)
            if k % PROGRESS_EVERY == 0:
                print(f"# partition {k}/{len(parts)}: {time.process_time() - c0:.0f} cpu s, "
                      f"peak {peak_rss_mb():.0f} MB", file=sys.stderr, flush=True)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": secs, "cpu_seconds": cpu, "partition_cpu_seconds": t_part, "partitions": len(parts),
            "events": sum(p.events for p in parts), "largest_partition": max(len(p.documents) for p in parts),
            "groups": groups, "claims": claims, "peak_rss_mb": peak_rss_mb(),
            "assignment_peak_rss_mb": rss_assignment}


def corpus_stage_piece(db: Path, piece: int, pieces: int) -> dict:
    """One piece of the corpus stage of `corpus_stage`, for `--pieces` (each piece a process of its
    own, timed alone): piece 0 is the event assignment from nothing, piece k >= 1 computes every
    `pieces`-th partition from the (k-1)-th on (big partitions come first, so the pieces weigh
    alike). A partition piece reads the assignment piece 0 left in the store, untimed (one run
    reads it once); like `corpus_stage`, each process first computes one untimed warm-up partition."""
    from counterpoint.corpus_partitions import Partition, event_partitions, partition_dossiers
    from counterpoint.store import open_store

    with open_store(db) as store:
        first = store.conn.execute("SELECT id FROM documents ORDER BY seq LIMIT 5").fetchall()
        for _ in partition_dossiers(store, [Partition(documents=tuple(r[0] for r in first), events=1)]):
            pass
        if piece == 0:
            store.forget_events()
            store.keep_partition_results([])
        t0, c0 = time.perf_counter(), time.process_time()
        parts = event_partitions(store)
        out = {"partitions": len(parts), "events": sum(p.events for p in parts),
               "largest_partition": max(len(p.documents) for p in parts)}
        if piece == 0:
            return {**out, "seconds": time.perf_counter() - t0, "cpu_seconds": time.process_time() - c0,
                    "partition_cpu_seconds": time.process_time() - c0, "groups": 0, "claims": 0,
                    "peak_rss_mb": peak_rss_mb(), "assignment_peak_rss_mb": peak_rss_mb()}
        mine = parts[piece - 1::pieces]
        t0, c0 = time.perf_counter(), time.process_time()
        groups = claims = 0
        for k, d in enumerate(partition_dossiers(store, mine), 1):
            groups += len(d.groups)
            claims += len(d.claims)
            if k % PROGRESS_EVERY == 0:
                print(f"# piece {piece}: partition {k}/{len(mine)}: {time.process_time() - c0:.0f} cpu s, "
                      f"peak {peak_rss_mb():.0f} MB", file=sys.stderr, flush=True)
        return {**out, "seconds": time.perf_counter() - t0, "cpu_seconds": time.process_time() - c0,
                "partition_cpu_seconds": 0.0, "groups": groups, "claims": claims, "peak_rss_mb": peak_rss_mb(),
                "assignment_peak_rss_mb": 0.0}


def one_in_pieces(n: int, workdir: Path, sample_db: Path, pieces: int, at_once: int) -> dict:
    """`one` cut into the event assignment and `pieces` pieces of partitions (`corpus_stage_piece`),
    each in a process of its own, up to `at_once` partition pieces side by side: CPU seconds are
    summed, the peak RSS is the largest piece's. Each piece's result is kept in WORKDIR, so a run
    stopped half way resumes at the first piece without one (a run of 100k documents takes hours
    on a loaded machine). A store built again, or a new assignment, drops the kept results."""
    db = workdir / f"scale-{n}.db"
    if not db.exists():
        run_fresh(__file__, ["--build", str(n), "--workdir", str(workdir), "--sample-db", str(sample_db)])
        for old in workdir.glob(f"scale-{n}-piece-*.json"):
            old.unlink()
    kept = workdir / f"scale-{n}-piece-{{}}-of-{pieces}.json"

    def run(k: int) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, __file__, "--piece", str(n), str(k), str(pieces), "--workdir",
                                 str(workdir), "--sample-db", str(sample_db)], stdout=subprocess.PIPE, text=True)

    def keep(k: int, proc: subprocess.Popen) -> None:
        out, _ = proc.communicate()
        if proc.returncode:
            raise subprocess.CalledProcessError(proc.returncode, proc.args)
        Path(str(kept).format(k)).write_text(out.strip().splitlines()[-1], encoding="utf-8")
        print(f"# piece {k} of size {n} done", file=sys.stderr, flush=True)

    if not Path(str(kept).format(0)).exists():
        for old in workdir.glob(f"scale-{n}-piece-*.json"):
            old.unlink()
        keep(0, run(0))
    todo = [k for k in range(1, pieces + 1) if not Path(str(kept).format(k)).exists()]
    while todo:
        batch, todo = todo[:at_once], todo[at_once:]
        for k, proc in [(k, run(k)) for k in batch]:
            keep(k, proc)
    res = [json.loads(Path(str(kept).format(k)).read_text(encoding="utf-8")) for k in range(pieces + 1)]
    first = res[0]
    return {"n": n, "seconds": sum(r["seconds"] for r in res), "cpu_seconds": sum(r["cpu_seconds"] for r in res),
            "partition_cpu_seconds": first["partition_cpu_seconds"], "partitions": first["partitions"],
            "events": first["events"], "largest_partition": first["largest_partition"],
            "groups": sum(r["groups"] for r in res), "claims": sum(r["claims"] for r in res),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in res), "assignment_peak_rss_mb": first["peak_rss_mb"],
            "pieces": pieces}


def corpus_stage_update(db: Path) -> dict:
    """Time bringing the corpus stage of `db` up to date after documents were added: the new
    documents are assigned to events (clustered with the events near them only) and only the
    partitions whose documents changed are computed; the unchanged ones are looked up, not read
    back (merging them into one corpus dossier is a separate, linear step)."""
    from counterpoint.corpus_partitions import event_partitions, update_partitions
    from counterpoint.event_assignment import assign_events
    from counterpoint.store import open_store

    with open_store(db) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        run = assign_events(store)
        t_part = time.process_time() - c0
        parts = event_partitions(store)
        ran = update_partitions(store, parts)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": secs, "cpu_seconds": cpu, "partition_cpu_seconds": t_part, "partitions": len(parts),
            "partitions_run": ran, "documents_clustered": run.clustered, "new": run.new}


def one(n: int, workdir: Path, sample_db: Path) -> dict:
    db = workdir / f"scale-{n}.db"
    if not db.exists():  # built in a process of its own: its rows must not count in the peak RSS
        run_fresh(__file__, ["--build", str(n), "--workdir", str(workdir), "--sample-db", str(sample_db)])
    return {"n": n, **corpus_stage(db)}


def build(n: int, workdir: Path, sample_db: Path) -> dict:
    db = workdir / f"scale-{n}.db"
    if not db.exists():
        tmp = db.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        t = time.perf_counter()
        build_store(tmp, read_sample(sample_db), n)
        tmp.rename(db)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        print(f"# built {db} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return {"n": n}


def incremental(n: int, workdir: Path, sample_db: Path) -> dict:
    """The cost of adding INCREMENT_SHARE new documents to the `n` store, as a fraction of a
    full run: a copy of the store gets a full run that keeps its partitions, then the next
    documents of the replication, then a run that recomputes only the partitions they change."""
    import shutil

    full_db = workdir / f"scale-{n}.db"
    db = workdir / f"scale-{n}-incremental.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(full_db, db)
    full = corpus_stage(db, reuse=True)
    build_store(db, read_sample(sample_db), n + max(1, round(n * INCREMENT_SHARE)), start=n)
    more = corpus_stage_update(db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return {"n": n, "full_cpu_seconds": full["cpu_seconds"], "incremental_cpu_seconds": more["cpu_seconds"],
            "incremental_clustering_cpu_seconds": more["partition_cpu_seconds"],
            "partitions_run": more["partitions_run"], "partitions": more["partitions"],
            "documents_clustered": more["documents_clustered"], "new": more["new"],
            "incremental_fraction": more["cpu_seconds"] / full["cpu_seconds"]}


def _lead(text: str) -> str:
    paras = [p.strip() for p in (text or "").split("\n") if len(p.split()) >= LEAD_MIN_WORDS]
    return "\n\n".join(paras[:LEAD_PARAGRAPHS])


def _leads_from(path: Path, text_key: str, title_key: str, date_key: str):
    seen: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            lead = _lead(row.get(text_key) or "")
            if not lead or lead in seen:  # the same story crawled twice is one article
                continue
            seen.add(lead)
            yield {"title": row.get(title_key) or None, "published": row.get(date_key) or None, "text": lead}


def lead_articles(n: int, out: Path) -> Path | None:
    """Write `n` lead paragraphs of real articles to the JSONL file `out` (the sources taken in
    turn); None (nothing written) when a source is missing or all of them hold fewer than `n`."""
    if not all(src.exists() for src, *_ in LEAD_SOURCES):
        return None
    streams = [_leads_from(*src) for src in LEAD_SOURCES]
    rows: list[dict] = []
    while len(rows) < n and streams:
        for it in list(streams):
            row = next(it, None)
            if row is None:
                streams.remove(it)
            elif len(rows) < n:
                rows.append(row)
    if len(rows) < n:
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out


def _cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (the per-document workers)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def whole_job(n: int, workdir: Path, workers: int = 1) -> dict:
    """Time the whole analyze job on `n` lead paragraphs, into a new store and output folder."""
    import shutil

    from counterpoint.pipeline import analyze_with_dossier

    src = lead_articles(n, workdir / f"leads-{n}" / "articles.jsonl")
    if src is None:
        return {"n": n, "skipped": f"fewer than {n} lead paragraphs in {CORPORA} (or a corpus is missing)"}
    # warm-up, untimed: the language model and tables load once per process, whatever the corpus
    warm = lead_articles(WARMUP_ARTICLES, workdir / f"leads-{n}" / "warmup" / "articles.jsonl")
    shutil.rmtree(workdir / f"whole-{n}-warmup", ignore_errors=True)
    c_warm = _cpu_seconds()
    analyze_with_dossier([warm], out_dir=workdir / f"whole-{n}-warmup", workers=workers)
    c_warm = _cpu_seconds() - c_warm
    shutil.rmtree(workdir / f"whole-{n}-warmup", ignore_errors=True)
    out = workdir / f"whole-{n}"
    shutil.rmtree(out, ignore_errors=True)
    # the corpus stage's share, timed where the job calls it (to tell which stage bends the slope)
    import counterpoint.corpus as corpus_module

    stage, corpus_cpu = corpus_module.build_dossier_from_store, [0.0]

    def timed_stage(store, **kwargs):
        c = time.process_time()
        try:
            return stage(store, **kwargs)
        finally:
            corpus_cpu[0] += time.process_time() - c

    corpus_module.build_dossier_from_store = timed_stage
    t0, c0 = time.perf_counter(), _cpu_seconds()
    try:
        summary, dossier = analyze_with_dossier([src], out_dir=out, workers=workers)
    finally:
        corpus_module.build_dossier_from_store = stage
    secs, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    words = sum(len(json.loads(line)["text"].split()) for line in src.read_text(encoding="utf-8").splitlines())
    shutil.rmtree(out, ignore_errors=True)
    return {"n": n, "seconds": secs, "cpu_seconds": cpu, "peak_rss_mb": peak_rss_mb(), "words": words,
            "warmup_cpu_seconds": c_warm, "corpus_stage_cpu_seconds": corpus_cpu[0],
            "documents": summary.documents, "figures": summary.figures, "groups": summary.groups,
            "events": len(dossier.events)}


def whole_job_part(sizes: list[int], workdir: Path, workers: int) -> dict:
    """Part (b) at each size in a fresh process; the JSON keys it adds to the last line."""
    results = []
    for n in sizes:
        res = run_fresh(__file__, ["--one-whole", str(n), "--workdir", str(workdir), "--whole-workers", str(workers)])
        if "skipped" in res:
            print(f"whole job skipped: {res['skipped']}", flush=True)
            return {"whole_job_skipped": res["skipped"]}
        results.append(res)
        print(f"{n:>8} articles  whole job {res['cpu_seconds']:8.1f} s cpu  {res['seconds']:8.1f} s wall  "
              f"{res['words'] / res['cpu_seconds']:6.0f} words/cpu-s  (corpus stage {res['corpus_stage_cpu_seconds']:.1f}, warm-up {res['warmup_cpu_seconds']:.1f})  peak {res['peak_rss_mb']:7.0f} MB  "
              f"{res['figures']} figures  {res['groups']} groups  {res['events']} events", flush=True)
    if not results:
        return {}
    s = loglog_slope(results, "cpu_seconds")
    if s is not None:
        print(f"whole job: log-log slope of CPU time against articles: {s:.3f} (target <= 1.05)")
    return {"whole_job_slope": None if s is None else round(s, 3),
            "whole_job_cpu_seconds": {str(r["n"]): round(r["cpu_seconds"], 1) for r in results},
            "whole_job_peak_rss_mb": {str(r["n"]): round(r["peak_rss_mb"]) for r in results},
            "whole_job_corpus_stage_cpu_seconds": {str(r["n"]): round(r["corpus_stage_cpu_seconds"], 1) for r in results}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10000, 100000],
                    help="part (a) sizes; none (`--sizes` alone) runs part (b) only")
    ap.add_argument("--sample-db", type=Path, help="a store analyze made (default: the example corpus's)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/counterpoint-scale"),
                    help="where the sample and each size's store are kept (reused by later runs)")
    ap.add_argument("--incremental", type=int, default=None, metavar="N",
                    help="also measure adding 1%% new documents to the N store (default: the smallest size)")
    ap.add_argument("--whole-sizes", type=int, nargs="*", default=[],
                    help="part (b): the whole job on this many lead paragraphs of real articles, e.g. 1000 3000 10000")
    ap.add_argument("--whole-workers", type=int, default=1,
                    help="per-document worker processes in part (b) (their CPU time is counted)")
    ap.add_argument("--no-incremental", action="store_true", help="skip the incremental measure")
    ap.add_argument("--pieces", type=int, default=0, metavar="P",
                    help="run each size's corpus stage as its event assignment and P pieces of partitions, each "
                         "in a process of its own, resumable (default: one process per size)")
    ap.add_argument("--pieces-at-once", type=int, default=1, metavar="W",
                    help="with --pieces: partition pieces run side by side (CPU seconds are counted per process)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON out
    ap.add_argument("--build", type=int, help=argparse.SUPPRESS)  # internal: write one size's store
    ap.add_argument("--one-incremental", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--one-whole", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--piece", type=int, nargs=3, help=argparse.SUPPRESS)  # internal: N, piece, pieces
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.one_whole:
        print(json.dumps(whole_job(args.one_whole, args.workdir, args.whole_workers)))
        return 0
    whole = {}
    if not (args.one or args.one_incremental or args.piece):
        whole = whole_job_part(args.whole_sizes, args.workdir, args.whole_workers)
        if not args.sizes:
            print(json.dumps(whole))
            return 0
    sample_db = args.sample_db or ensure_sample(args.workdir)
    if args.build:
        print(json.dumps(build(args.build, args.workdir, sample_db)))
        return 0
    if args.one:
        print(json.dumps(one(args.one, args.workdir, sample_db)))
        return 0
    if args.piece:
        n, piece, pieces = args.piece
        print(json.dumps(corpus_stage_piece(args.workdir / f"scale-{n}.db", piece, pieces)))
        return 0
    if args.one_incremental:
        print(json.dumps(incremental(args.one_incremental, args.workdir, sample_db)))
        return 0
    results = []
    for n in args.sizes:
        res = (one_in_pieces(n, args.workdir, sample_db, args.pieces, args.pieces_at_once) if args.pieces else
               run_fresh(__file__, ["--one", str(n), "--workdir", str(args.workdir), "--sample-db", str(sample_db)]))
        results.append(res)
        print(f"{n:>8} docs  {res['cpu_seconds']:8.1f} s cpu ({res['partition_cpu_seconds']:.1f} clustering)  "
              f"{res['seconds']:8.1f} s wall  {n / res['cpu_seconds']:6.0f} docs/cpu-s  "
              f"peak {res['peak_rss_mb']:7.0f} MB ({res['assignment_peak_rss_mb']:.0f} after event assignment)  "
              f"{res['partitions']:>6} partitions  "
              f"{res['events']:>6} events  largest {res['largest_partition']} docs", flush=True)
    s = loglog_slope(results, "cpu_seconds")
    if s is not None:
        print(f"log-log slope of CPU time against documents: {s:.3f} (target <= 1.05)")
    rss = [r["peak_rss_mb"] for r in results]
    rss_ratio = rss[-1] / rss[0] if len(rss) > 1 else None
    if rss_ratio is not None:
        print(f"peak RSS at {args.sizes[-1]} / at {args.sizes[0]} documents: {rss_ratio:.3f} "
              f"({args.sizes[-1] / args.sizes[0]:.0f}x the documents)")
    tail = {"corpus_stage_peak_rss_ratio": None if rss_ratio is None else round(rss_ratio, 3)}
    if not args.no_incremental:
        tail.update(_incremental_part(args, sample_db))
    print(json.dumps({
        **whole,
        **tail,
        "corpus_stage_slope": None if s is None else round(s, 3),
        "corpus_stage_peak_rss_mb": {str(r["n"]): round(r["peak_rss_mb"]) for r in results},
        "corpus_stage_cpu_seconds": {str(r["n"]): round(r["cpu_seconds"], 1) for r in results},
        "largest_partition": {str(r["n"]): r["largest_partition"] for r in results},
    }))
    return 0


def _incremental_part(args: argparse.Namespace, sample_db: Path) -> dict:
    inc_n = args.incremental or min(args.sizes)
    inc = run_fresh(__file__, ["--one-incremental", str(inc_n), "--workdir", str(args.workdir),
                               "--sample-db", str(sample_db)])
    print(f"adding {INCREMENT_SHARE:.0%} to {inc_n} documents: {inc['incremental_cpu_seconds']:.1f} s cpu "
          f"({inc['incremental_clustering_cpu_seconds']:.1f} clustering {inc['documents_clustered']} documents, "
          f"{inc['partitions_run']} of {inc['partitions']} partitions run) against {inc['full_cpu_seconds']:.1f} s "
          f"for the full run: fraction {inc['incremental_fraction']:.3f} (target <= 0.05)")
    return {"incremental_fraction": round(inc["incremental_fraction"], 3)}


if __name__ == "__main__":
    sys.exit(main())
