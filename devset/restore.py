#!/usr/bin/env python3
"""Rebuild the pages dev set's texts on a fresh machine from excerpts saved again by hand.

The texts are never in git (devset/pages is git-ignored), so a new machine has only the metadata
(devset/sources.tsv) and the queries (devset/queries.tsv). To get the texts back, each recorded
query is run again with the `search` tool's `pages` corpus and every result whose address is a row
of sources.tsv is saved, exactly as returned, to

    devset/pages/_excerpts/<event-slug>/<file>        (file as named in sources.tsv, e.g. 03-reuters.txt)

This script turns those files into the search-result dumps fetch.py reads
(devset/pages/_raw/<slug>.json) and runs fetch.py's build for those events, so the layout the
evaluation reads is made by one code path whether the texts were fetched first or restored.

usage: python devset/restore.py [--events slug,slug]     (default: every event with saved excerpts)

An event whose excerpts are incomplete is still built from what is there; the missing files are
listed (the gold of such an event may then name values no saved text contains).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fetch import build, read_rows

HERE = Path(__file__).resolve().parent


def restore(pages: Path, sources: Path, events: list[str] | None) -> int:
    excerpts = pages / "_excerpts"
    rows = read_rows(sources)
    by_event: dict[str, list[tuple[str, ...]]] = {}
    for row in rows:
        by_event.setdefault(row[0], []).append(row)
    if events is None:
        events = sorted(p.name for p in excerpts.glob("*") if p.is_dir() and p.name in by_event)
    unknown = [e for e in events if e not in by_event]
    if unknown:
        print(f"not events of sources.tsv: {', '.join(unknown)}", file=sys.stderr)
        return 2
    (pages / "_raw").mkdir(parents=True, exist_ok=True)
    built: list[str] = []
    for slug in events:
        records, missing = [], []
        for row in by_event[slug]:
            _, file, url, outlet = row[:4]
            published = row[4] if len(row) > 4 and row[4] else None
            path = excerpts / slug / file
            if not path.exists():
                missing.append(file)
                continue
            records.append({"slug": slug, "nn": int(file.split("-", 1)[0]), "outlet": outlet, "url": url,
                            "published": published, "title": None, "corpus": "pages",
                            "query": "(restored from devset/queries.tsv)", "rank": None,
                            "excerpt": path.read_text(encoding="utf-8")})
        if missing:
            print(f"{slug}: {len(missing)} of {len(by_event[slug])} excerpts missing: {', '.join(missing)}",
                  file=sys.stderr)
        if records:
            (pages / "_raw" / f"{slug}.json").write_text(
                json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            built.append(slug)
    if not built:
        print("no saved excerpts found; nothing to build", file=sys.stderr)
        return 0
    # fetch.build rewrites these events' rows of sources.tsv from what it built: put back the rows
    # of articles not restored, so sources.tsv still lists everything to restore
    code = build(pages, sources, built)
    now = read_rows(sources)
    have = {(r[0], r[1]) for r in now}
    lost = [r for r in rows if (r[0], r[1]) not in have]
    if lost:
        merged = sorted(now + lost, key=lambda row: (row[0], row[1]))
        with sources.open("w", encoding="utf-8") as f:
            f.write("event\tfile\turl\toutlet\tpublished\n")
            for row in merged:
                f.write("\t".join(row) + "\n")
    return code


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "pages")
    ap.add_argument("--sources", type=Path, default=HERE / "sources.tsv")
    ap.add_argument("--events", default=None, help="comma-separated slugs (default: all with saved excerpts)")
    a = ap.parse_args()
    events = [e.strip() for e in a.events.split(",") if e.strip()] if a.events else None
    return restore(a.pages, a.sources, events)


if __name__ == "__main__":
    sys.exit(main())
