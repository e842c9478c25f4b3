#!/usr/bin/env python3
"""Build the per-event corpus folders of the pages dev set from the saved search results.

The article texts are NOT in git. They came from the `search` tool's `pages` corpus, run by hand
(every query is listed in devset/queries.tsv). The results kept for the set are saved, one JSON
file per event, as devset/pages/_raw/<event-slug>.json (git-ignored): a list of records

    {"slug", "nn", "outlet", "url", "published", "title", "corpus", "query", "rank", "excerpt"}

where `excerpt` is the whole excerpt the search returned (the beginning of the page).

This script turns those dumps into the layout the product reads and the eval runs on:

    devset/pages/<slug>/NN-<outlet>.txt        the excerpt (a leading "date YYYY-MM-DD" stamp
                                               that the corpus puts before some pages is removed
                                               and used as the published date when none is set)
    devset/pages/<slug>/NN-<outlet>.meta.json  {"url", "outlet", "published", "title"}

and rewrites devset/sources.tsv (metadata only, no text).

usage: python devset/fetch.py [--pages DIR] [--sources FILE] [--events slug,slug]

With --events only those dumps are (re)built and only their rows of sources.tsv are replaced;
the other event folders and rows are left as they are (helpers add events to the shared texts
folder without rewriting what others built).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s+")


def outlet_slug(outlet: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
    return s[:40] or "outlet"


def read_rows(sources: Path) -> list[tuple[str, ...]]:
    if not sources.exists():
        return []
    lines = sources.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line.strip()]


def build(pages: Path, sources: Path, events: list[str] | None = None) -> int:
    raw_dir = pages / "_raw"
    dumps = sorted(raw_dir.glob("*.json"))
    if events is not None:
        missing = [e for e in events if not (raw_dir / f"{e}.json").exists()]
        if missing:
            print(f"no search-result dump for: {', '.join(missing)} in {raw_dir}", file=sys.stderr)
            return 2
        dumps = [d for d in dumps if d.stem in events]
    if not dumps:
        print(f"no search-result dumps in {raw_dir}; nothing to build", file=sys.stderr)
        return 0
    rows = []
    for dump in dumps:
        recs = json.loads(dump.read_text(encoding="utf-8"))
        for r in sorted(recs, key=lambda r: r["nn"]):
            slug = r["slug"]
            text = r["excerpt"]
            published = r.get("published")
            m = STAMP.match(text)
            if m:
                text = text[m.end():]
                published = published or m.group(1)
            text = text.strip() + "\n"
            folder = pages / slug
            folder.mkdir(parents=True, exist_ok=True)
            stem = f"{int(r['nn']):02d}-{outlet_slug(r['outlet'])}"
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
            meta = {"url": r["url"], "outlet": r["outlet"], "published": published, "title": r.get("title")}
            (folder / f"{stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            rows.append((slug, f"{stem}.txt", r["url"], r["outlet"], published or ""))
    n_built, n_events = len(rows), len({r[0] for r in rows})
    if events is not None:
        # keep every other event's rows; sorting by (event, file) is the order a full build writes
        kept = [row for row in read_rows(sources) if row[0] not in events]
        rows = sorted(kept + rows, key=lambda row: (row[0], row[1]))
    with sources.open("w", encoding="utf-8") as f:
        f.write("event\tfile\turl\toutlet\tpublished\n")
        for row in rows:
            f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    print(f"built {n_built} articles in {n_events} event folders under {pages}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "pages")
    ap.add_argument("--sources", type=Path, default=HERE / "sources.tsv")
    ap.add_argument("--events", default=None,
                    help="comma-separated slugs: rebuild only these folders and their sources.tsv rows")
    a = ap.parse_args()
    events = [e.strip() for e in a.events.split(",") if e.strip()] if a.events else None
    return build(a.pages, a.sources, events)


if __name__ == "__main__":
    sys.exit(main())
