"""Throughput: bare spaCy vs the full Counterpoint per-document pipeline, side by side.

    python benchmarks/throughput.py [--limit N] [--repeat R] [--workers W]

Takes the first N articles of ../shared/corpora/allsides/articles.jsonl and, in one process,
times `spacy.load(<model>).pipe(texts)` (the baseline), Counterpoint's `annotate` (the model plus
our extractors) and the whole job (`analyze_into_store`: ingest of a JSONL file, dedup,
annotate, store, entity linking, reconciliation) on the same texts, alternating them R times and
keeping each one's best run so machine noise hits all alike. Prints a table, then one JSON line:
baseline_words_per_s, pipeline_words_per_s, ratio (whole job / baseline; target >= 0.80),
annotate_ratio (extractors only), and the statements stages' cost: statements_seconds (the
component), propositions_seconds (propositions, stances, framing) and statements_share (their
sum over the whole job's time; target <= 0.25).

With --workers W > 1 the whole job also runs with W worker processes (`analyze --workers W`, pool
start and model loading included), and bare spaCy with W processes (`nlp.pipe(n_process=W)`, its
own way, fork included) joins the side-by-side runs. Extra JSON keys: ratio_vs_one_process (the
W-process whole job against bare spaCy in one process; target >= 1.5 with W = 2) and
ratio_vs_same_processes (against bare spaCy with W processes; target >= 0.9). With --spawn-too the
W-worker whole job also runs with its workers started by `spawn` (each loads the model itself, as
before workers were forked from a warmed parent): key ratio_spawn_vs_same_processes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.jsonl"


def load_records(limit: int) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = (rec.get("content_original") or "").strip()
            if text:
                records.append({"text": text, "outlet": rec.get("source") or "", "url": rec.get("url") or ""})
            if len(records) >= limit:
                break
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--spawn-too", action="store_true", help="also time W workers started by spawn")
    args = ap.parse_args(argv)

    import tempfile

    import spacy

    from counterpoint.models import Document
    from counterpoint.nlp import MODEL_PACKAGE, load_pipeline
    from counterpoint.nlp.annotate import annotate
    from counterpoint.pipeline import analyze_into_store

    records = load_records(args.limit)
    texts = [r["text"] for r in records]
    work = Path(tempfile.mkdtemp(prefix="cp-bench-"))
    jsonl = work / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    words = sum(len(t.split()) for t in texts)
    docs = [
        Document(id="b" + hashlib.sha256(t.encode()).hexdigest()[:15], path=f"allsides#{i}", status="ok",
                 text=t, published=None)
        for i, t in enumerate(texts)
    ]
    bare = spacy.load(MODEL_PACKAGE)
    full = load_pipeline()
    # warm both up so model loading and first-call costs are outside the timings
    list(bare.pipe(texts[:5]))
    list(annotate(docs[:5], full))

    analyze_into_store([jsonl], work / "warm.db")  # warms the gazetteer and its cache
    best_bare = best_full = best_job = best_bare_n = best_job_n = best_job_spawn = float("inf")
    claims = 0
    for rep in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=16):
            pass
        best_bare = min(best_bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        claims = sum(len(r.claims) for r in annotate(docs, full))
        best_full = min(best_full, time.perf_counter() - t0)
        t0 = time.perf_counter()
        analyze_into_store([jsonl], work / f"run{rep}.db")
        best_job = min(best_job, time.perf_counter() - t0)
        if args.workers > 1:
            t0 = time.perf_counter()
            for _doc in bare.pipe(texts, batch_size=16, n_process=args.workers):
                pass
            best_bare_n = min(best_bare_n, time.perf_counter() - t0)
            t0 = time.perf_counter()
            analyze_into_store([jsonl], work / f"run{rep}-w.db", workers=args.workers)
            best_job_n = min(best_job_n, time.perf_counter() - t0)
            if args.spawn_too:
                import counterpoint.nlp.workers as workers_module

                method = workers_module._start_method
                workers_module._start_method = lambda: "spawn"
                try:
                    t0 = time.perf_counter()
                    analyze_into_store([jsonl], work / f"run{rep}-s.db", workers=args.workers)
                    best_job_spawn = min(best_job_spawn, time.perf_counter() - t0)
                finally:
                    workers_module._start_method = method

    st_seconds, prop_seconds = _statement_costs(full, docs, work / f"run{args.repeat - 1}.db")
    base_wps = words / best_bare
    ann_wps = words / best_full
    pipe_wps = words / best_job
    print(f"{'stage':<28}{'seconds':>10}{'words/s':>12}")
    print(f"{'bare spaCy ' + MODEL_PACKAGE[:16]:<28}{best_bare:>10.2f}{base_wps:>12.0f}")
    print(f"{'counterpoint annotate':<28}{best_full:>10.2f}{ann_wps:>12.0f}")
    print(f"{'counterpoint whole job':<28}{best_job:>10.2f}{pipe_wps:>12.0f}")
    result = {"baseline_words_per_s": round(base_wps, 1), "pipeline_words_per_s": round(pipe_wps, 1),
              "ratio": round(pipe_wps / base_wps, 3), "annotate_ratio": round(ann_wps / base_wps, 3)}
    if args.workers > 1:
        bare_n_wps, job_n_wps = words / best_bare_n, words / best_job_n
        print(f"{f'bare spaCy, {args.workers} processes':<28}{best_bare_n:>10.2f}{bare_n_wps:>12.0f}")
        print(f"{f'whole job, {args.workers} workers':<28}{best_job_n:>10.2f}{job_n_wps:>12.0f}")
        result.update({"workers": args.workers, "baseline_same_processes_words_per_s": round(bare_n_wps, 1),
                       "pipeline_workers_words_per_s": round(job_n_wps, 1),
                       "ratio_vs_one_process": round(job_n_wps / base_wps, 3),
                       "ratio_vs_same_processes": round(job_n_wps / bare_n_wps, 3)})
        if args.spawn_too:
            spawn_wps = words / best_job_spawn
            print(f"{f'whole job, {args.workers} spawned':<28}{best_job_spawn:>10.2f}{spawn_wps:>12.0f}")
            result["ratio_spawn_vs_same_processes"] = round(spawn_wps / bare_n_wps, 3)
    print(f"articles {len(texts)}, words {words}, claims {claims}, pipes {full.pipe_names}")
    result.update({"statements_seconds": round(st_seconds, 3), "propositions_seconds": round(prop_seconds, 3),
                   "statements_share": round((st_seconds + prop_seconds) / best_job, 3)})
    print(json.dumps(result))
    return 0


def _statement_costs(full, docs, db) -> tuple[float, float]:
    """Seconds of the statements stages (cue tagger and component) over the same texts (run on Docs the rest of the
    pipeline already made) and of the corpus step (propositions, stances, framing) on the job's
    stored results. Issue #13's budget: together at most 25% of the whole job."""
    from counterpoint.nlp import make_doc
    from counterpoint.statements.stage import tell_the_story
    from counterpoint.store import open_store

    # the statements stages of the per-document pipeline: the trained cue tagger and the component
    names = [n for n in ("cp_cue_tagger", "cp_statements") if n in full.pipe_names]
    with full.select_pipes(disable=names):
        made = list(full.pipe((make_doc(full, d.text or "", doc_id=d.id, published=None) for d in docs), batch_size=16))
    t0 = time.perf_counter()
    for name in names:
        made = list(full.get_pipe(name).pipe(made) if hasattr(full.get_pipe(name), "pipe") else map(full.get_pipe(name), made))
    st = time.perf_counter() - t0
    with open_store(db, readonly=True) as store:
        d = store.load_dossier()
    t0 = time.perf_counter()
    tell_the_story(d.documents, d.claims, d.outlets, d.events)
    return st, time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
