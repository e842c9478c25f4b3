"""Build the background document-frequency table the event clustering ships as package data.

    python eval/build_background_df.py [--out src/counterpoint/data/background_df.tsv.gz]

Why: IDF fitted on the corpus alone gives the words every document shares almost no weight, and
in a folder about one event those are exactly the incident's names (the building, the stadium,
the port). Counting how many documents of general news hold each term tells the clustering
which shared terms are distinctive ("Kanjuruhan") and which are the genre ("toll", "police").

Sources (dev/"all" parts of ../shared/corpora only; none of the clustering evaluations' corpora,
so their scores stay honest, and no reserved event): the AllSides sample (5,000 US and world
articles, 2012-2020), PolNeAR train+dev (political news), GVDB dev (local crime news). Each
document is read exactly as the product reads it (`term_counts`: title and lead, stems, names).
Only counts are written: `term<TAB>documents`, the first line `#docs<TAB>N`, terms held by at
least `MIN_DF` documents (a rarer term is as distinctive as an unseen one), sorted, gzip.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPORA = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "src" / "counterpoint" / "data" / "background_df.tsv.gz"
# Terms rarer than this in the background are not written (the table stays small).
MIN_DF = 3


def texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with open(CORPORA / "allsides" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out.append((row.get("title") or "", row.get("content_original") or ""))
    for part in ("train", "dev"):
        for path in sorted((CORPORA / "polnear" / "data" / part / "text").glob("*.txt")):
            body = path.read_text(encoding="utf-8", errors="replace")
            title, _, rest = body.partition("\n")
            out.append((title, rest))
    csv.field_size_limit(10**8)
    with open(CORPORA / "gvdb" / "dev.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out.append((row.get("Article title") or "", row.get("Full text") or ""))
    return out


def main() -> None:
    from counterpoint.reconcile.cluster_vectors import term_counts

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    df: Counter[str] = Counter()
    docs = texts()
    for title, body in docs:
        df.update(set(term_counts(title, body)))
    lines = [f"#docs\t{len(docs)}"]
    lines += [f"{t}\t{df[t]}" for t in sorted(t for t, n in df.items() if n >= MIN_DF and "\t" not in t and "\n" not in t)]
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))  # mtime 0: the same counts give the same bytes
    print(f"{len(docs)} documents, {sum(1 for n in df.values() if n >= MIN_DF)} terms -> {args.out}")


if __name__ == "__main__":
    main()
