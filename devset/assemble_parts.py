#!/usr/bin/env python3
"""Turn hand-saved search excerpts into the `_raw` dumps that `fetch.py` lays out.

When a machine starts without `devset/pages/` the texts are recovered by re-running the queries in
`queries.tsv` and saving each kept result's excerpt, verbatim, as one plain-text file

    devset/pages/_parts/<slug>/<stem>.txt        (<stem> = the sources.tsv file name without .txt)

with, optionally, `devset/pages/_parts/<slug>/_found.tsv` (stem, query, rank) saying which query
found it. Plain files because an excerpt copied into hand-written JSON gets its escapes wrong; this
script does the JSON. The URL, outlet and published date come from `sources.tsv`, which stays the
record of what the set holds.

usage: python devset/assemble_parts.py [--events slug,slug]   then   python devset/fetch.py --events ...
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sources_by_event(sources: Path) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    with sources.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.setdefault(row["event"], []).append(row)
    return out


def found_queries(folder: Path) -> dict[str, tuple[str, int | None]]:
    path = folder / "_found.tsv"
    if not path.exists():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip():
            rank = int(parts[2]) if len(parts) > 2 and parts[2].strip().isdigit() else None
            found[parts[0].strip().removesuffix(".txt")] = (parts[1].strip(), rank)
    return found


def assemble(pages: Path, sources: Path, events: list[str] | None) -> int:
    rows = sources_by_event(sources)
    parts_root = pages / "_parts"
    raw_dir = pages / "_raw"
    raw_dir.mkdir(parents=True, exist_ok=True)
    slugs = events or sorted(p.name for p in parts_root.iterdir() if p.is_dir())
    status = 0
    for slug in slugs:
        folder = parts_root / slug
        found = found_queries(folder)
        records, missing = [], []
        for row in rows.get(slug, []):
            stem = row["file"].removesuffix(".txt")
            part = folder / f"{stem}.txt"
            if not part.exists():
                missing.append(stem)
                continue
            query, rank = found.get(stem, ("(rebuilt from queries.tsv)", None))
            records.append({
                "slug": slug, "nn": int(stem.split("-", 1)[0]), "outlet": row["outlet"],
                "url": row["url"], "published": row["published"] or None, "title": None,
                "corpus": "pages", "query": query, "rank": rank,
                "excerpt": part.read_text(encoding="utf-8"),
            })
        if missing:
            status = 1
            print(f"{slug}: no saved excerpt for {', '.join(missing)}", file=sys.stderr)
        (raw_dir / f"{slug}.json").write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
        print(f"{slug}: {len(records)} of {len(rows.get(slug, []))} articles")
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "pages")
    ap.add_argument("--sources", type=Path, default=HERE / "sources.tsv")
    ap.add_argument("--events", default=None)
    a = ap.parse_args()
    events = [e.strip() for e in a.events.split(",") if e.strip()] if a.events else None
    return assemble(a.pages, a.sources, events)


if __name__ == "__main__":
    sys.exit(main())
