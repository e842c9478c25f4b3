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

usage: python devset/fetch.py [--pages DIR] [--sources FILE]
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


def build(pages: Path, sources: Path) -> int:
    raw_dir = pages / "_raw"
    dumps = sorted(raw_dir.glob("*.json"))
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
    with sources.open("w", encoding="utf-8") as f:
        f.write("event\tfile\turl\toutlet\tpublished\n")
        for row in rows:
            f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    print(f"built {len(rows)} articles in {len({r[0] for r in rows})} event folders under {pages}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=HERE / "pages")
    ap.add_argument("--sources", type=Path, default=HERE / "sources.tsv")
    a = ap.parse_args()
    return build(a.pages, a.sources)


if __name__ == "__main__":
    sys.exit(main())
