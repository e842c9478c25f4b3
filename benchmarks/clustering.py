"""Event clustering at scale: the allsides sample replicated with changed dates and names.

    .venv/bin/python benchmarks/clustering.py [--sizes 12500 25000 50000 100000]

Reads ../shared/corpora/allsides/articles.jsonl (5,000 real articles over 2012-2020). Replica r
moves every date r x 10 years later and rewrites every capitalized word with a replica suffix
("Trump" -> "Trumpqb"), so replicas are new events in their own decade: the news rate (articles
per day) stays that of the sample while the corpus grows, as a desk's archive grows. Each size
runs in a fresh process (peak memory is per size). Prints wall and CPU seconds, documents per CPU second, peak RSS,
events, the largest event's share and the log-log slope of time against size (target <= 1.1).
Timing only: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.jsonl"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from measure import loglog_slope, peak_rss_mb, run_fresh  # noqa: E402

YEARS_PER_REPLICA = 10
_CAPITAL = re.compile(r"\b([A-Z][a-z]+)\b")


def _suffix(r: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[r // 26 % 26] + letters[r % 26] if r else ""


def load(n: int):
    from counterpoint.models import Document

    rows = []
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            try:
                day = date.fromisoformat(row["date"][:10])
            except ValueError:
                day = None
            rows.append((str(row["ID"]), row.get("title") or "", (row.get("content_original") or "")[:4000],
                         row.get("source"), day))
    docs = []
    r = 0
    while len(docs) < n:
        suf = _suffix(r)
        for doc_id, title, text, outlet, day in rows:
            if len(docs) >= n:
                break
            if suf:
                title = _CAPITAL.sub(lambda m, suf=suf: m.group(1) + suf, title)
                text = _CAPITAL.sub(lambda m, suf=suf: m.group(1) + suf, text)
            when = (day + timedelta(days=3652 * r)).isoformat() if day else None
            docs.append(Document(id=f"{doc_id}-{r}", path="bench", status="ok", text=text, title=title,
                                 outlet=outlet, published=when))
        r += 1
    return docs


def one(n: int) -> dict:
    from counterpoint.reconcile.clustering import cluster_documents

    docs = load(n)
    t0, c0 = time.perf_counter(), time.process_time()
    clusters = cluster_documents(docs)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    largest = max(len(c.documents) for c in clusters)
    return {"n": n, "seconds": secs, "cpu_seconds": cpu, "events": len(clusters), "largest_share": largest / n,
            "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[12500, 25000, 50000, 100000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON out
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one)))
        return 0
    results = []
    for n in args.sizes:
        res = run_fresh(__file__, ["--one", str(n)])
        results.append(res)
        print(f"{n:>8} docs  {res['seconds']:8.1f} s wall  {res['cpu_seconds']:8.1f} s cpu  "
              f"{n / res['cpu_seconds']:6.0f} docs/cpu-s  "
              f"peak {res['peak_rss_mb']:7.0f} MB  {res['events']:>7} events  "
              f"largest {100 * res['largest_share']:.2f}%", flush=True)
    slope = loglog_slope(results, "cpu_seconds")  # CPU time: wall time on a shared machine measures the neighbours too
    if slope is not None:
        print(f"log-log slope of CPU time against documents: {slope:.2f} (target <= 1.1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
