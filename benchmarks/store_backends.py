"""PostgreSQL against SQLite: the same dossier, and the whole job's time side by side.

    python benchmarks/store_backends.py [--sample N] [--repeat R] [--workers W]

Starts a throwaway PostgreSQL cluster (tests/pg_cluster.py, unix socket in a temporary directory),
then analyzes (a) the repository's example corpus and (b) the lead paragraphs (first two
paragraphs) of the first N articles of ../shared/corpora/allsides into a fresh SQLite file and a
fresh PostgreSQL database, alternating the two R times and keeping each one's best run.
PostgreSQL runs with synchronous_commit=off, the durability SQLite's WAL mode with
synchronous=NORMAL gives (no fsync per commit; a crash never leaves half a transaction).
Prints a table, then one JSON line: per corpus, same_dossier (byte for byte) and
pg_vs_sqlite_time (target <= 1.3).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.jsonl"
sys.path.insert(0, str(ROOT / "tests"))
# Paragraphs of each article kept: the lead, as a short news item.
LEAD_PARAGRAPHS = 2
PG_SETTINGS = ("listen_addresses=''", "synchronous_commit=off")


def write_leads(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "leads.jsonl"
    count = 0
    with CORPUS.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as w:
        for line in fh:
            rec = json.loads(line)
            paras = [p for p in (rec.get("content_original") or "").split("\n\n") if p.strip()]
            if not paras:
                continue
            w.write(json.dumps({"text": "\n\n".join(paras[:LEAD_PARAGRAPHS]), "outlet": rec.get("source") or "",
                                "url": rec.get("url") or "", "title": rec.get("title") or ""}) + "\n")
            count += 1
            if count >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)

    import os

    import pg_cluster

    from counterpoint.pipeline import analyze

    work = Path(tempfile.mkdtemp(prefix="cp-bench-store-"))
    corpora = {"example": [ROOT / "examples" / "kazakhstan-2022"],
               f"allsides_leads_{args.sample}": [write_leads(work / "leads", args.sample)]}
    os.chdir(ROOT)
    analyze(corpora["example"], out_dir=work / "warm")  # model, gazetteer and caches outside the timings
    cluster = pg_cluster.start(PG_SETTINGS)
    result: dict[str, object] = {"workers": args.workers}
    try:
        runs = 0
        print(f"{'corpus':<26}{'sqlite s':>10}{'postgres s':>12}{'ratio':>8}  same dossier")
        for name, paths in corpora.items():
            best = {"sqlite": float("inf"), "postgres": float("inf")}
            outs: dict[str, bytes] = {}
            for _rep in range(args.repeat):
                for backend in ("sqlite", "postgres"):
                    runs += 1
                    out = work / f"{name}-{backend}-{runs}"
                    db = str(out / "counterpoint.db") if backend == "sqlite" else cluster.create_database(f"b{runs}")
                    t0 = time.perf_counter()
                    analyze(paths, out_dir=out, db_path=db, workers=args.workers)
                    best[backend] = min(best[backend], time.perf_counter() - t0)
                    outs[backend] = (out / "dossier.json").read_bytes()
            ratio = best["postgres"] / best["sqlite"]
            same = outs["sqlite"] == outs["postgres"]
            print(f"{name:<26}{best['sqlite']:>10.2f}{best['postgres']:>12.2f}{ratio:>8.2f}  {same}")
            result[name] = {"sqlite_s": round(best["sqlite"], 2), "postgres_s": round(best["postgres"], 2),
                            "pg_vs_sqlite_time": round(ratio, 3), "same_dossier": same}
    finally:
        cluster.stop()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
