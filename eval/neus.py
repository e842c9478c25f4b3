"""Event clustering on NeuS / AllSides story triplets: all articles of a split mixed, clustered,
scored with B-cubed against the story each came from.

    python eval/run.py neus [--split dev|test] [--limit N]

dev = the train and val stories (2,759; tune here), test = the 307 test stories (report only).
Each line of `<split>.source` is one story: two or three outlets' title and lead paragraphs.
The probe files carry no dates; where an article's title is also in the crawled story file
(`raw_crawled/*.jsonl`, about a tenth of them) it gets that story's date, the rest are undated.
`--limit N` keeps the first N stories of each file.

The whole dev pile (2,759 stories over ten years, nine in ten undated) is far denser in
same-topic stories than the test pile (307 stories): the DACA ruling, the DACA rescission and
the DACA restoration are three stories, told in nearly the same words and told apart only by
their dates. So dev also prints `cluster_b3_f1_test_size`: the mean over dev cut into piles of
the test split's size (stories in file order), the figure to compare with test.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CORPUS = HERE.parent.parent / "shared" / "corpora" / "neus-allsides" / "data"

from cluster_metrics import b3, cluster, scores  # noqa: E402

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


# Stories per pile for the test-sized dev figure (the test split's size); a last, smaller
# remainder pile is left out.
TEST_SIZE = 307


def run(split: str, limit: int | None) -> dict[str, float]:
    docs, gold = load(split, limit)
    out = scores(f"neus [{split}]", docs, gold)
    if split == "dev" and limit is None:
        stories = sorted(set(gold.values()), key=lambda s: (s.split("-")[0], int(s.split("-")[1])))
        f1s = []
        for k in range(0, len(stories) - TEST_SIZE + 1, TEST_SIZE):
            keep = set(stories[k:k + TEST_SIZE])
            pile = [d for d in docs if gold[d.id] in keep]
            f1s.append(b3(cluster(pile), {d.id: gold[d.id] for d in pile})[2])
        out["cluster_b3_f1_test_size"] = sum(f1s) / len(f1s)
        print(f"  {len(f1s)} piles of {TEST_SIZE} stories: cluster_b3_f1 mean {out['cluster_b3_f1_test_size']:.4f}, "
              f"min {min(f1s):.4f}")
    return out
