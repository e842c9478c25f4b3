"""Event clustering on NeuS / AllSides story triplets: all articles of a split mixed, clustered,
scored with B-cubed against the story each came from.

    python eval/run.py neus [--split dev|test] [--limit N]

dev = the train and val stories (2,759; tune here), test = the 307 test stories (report only).
Each line of `<split>.source` is one story: two or three outlets' title and lead paragraphs.
The probe files carry no dates; where an article's title is also in the crawled story file
(`raw_crawled/*.jsonl`, about a tenth of them) it gets that story's date, the rest are undated.
`--limit N` keeps the first N stories of each file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CORPUS = HERE.parent.parent / "shared" / "corpora" / "neus-allsides" / "data"

from cluster_metrics import scores  # noqa: E402

from counterpoint.models import Document  # noqa: E402

_PART = re.compile(r"^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)$", re.S)
FILES = {"dev": ("train", "val"), "test": ("test",)}


def _dates() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted((CORPUS / "raw_crawled").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                for side in (row.get("news") or {}).values():
                    title = (side.get("newsTitle") or "").strip().lower()
                    if title and row.get("date"):
                        out[title] = row["date"][:10]
    return out


def load(split: str, limit: int | None) -> tuple[list[Document], dict[str, str]]:
    dates = _dates()
    docs: list[Document] = []
    gold: dict[str, str] = {}
    for name in FILES[split]:
        with open(CORPUS / "naacl2022_lrc_roundup_random_order_probe" / f"{name}.source", encoding="utf-8") as f:
            for n, line in enumerate(f):
                if limit is not None and n >= limit:
                    break
                for k, part in enumerate(line.rstrip("\n").split(" [SEP] ")):
                    m = _PART.match(part)
                    if not m or not m.group(2).strip():
                        continue
                    title = m.group(1).strip().rstrip(".")
                    doc_id = f"{name}-{n}-{k}"
                    docs.append(Document(id=doc_id, path=f"neus:{doc_id}", status="ok", text=m.group(2),
                                         title=title, published=dates.get(title.lower()), language="en"))
                    gold[doc_id] = f"{name}-{n}"
    return docs, gold


def run(split: str, limit: int | None) -> dict[str, float]:
    docs, gold = load(split, limit)
    return scores(f"neus [{split}]", docs, gold)
