"""GVDB (Pavlick et al. 2016): per article, how many were killed and injured, vs the gold victim lists.

Split (../shared/corpora/README.md): dev = dev.tsv, test = test.tsv. Gold per article = the number
of victim entries whose `victim-was` contains "killed" (resp. "injured"). Prediction = the
headline count the product's dossier records for the article analyzed alone (`eval/product.py`:
the full per-document pipeline with NER repair, then the corpus stage; `events[].counts`), 0 when
the dossier has none. Accuracy = exact match over articles.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "corpora" / "gvdb"

MEASURES = ("killed", "injured")


def load(split: str, limit: int | None = None) -> list[dict]:
    csv.field_size_limit(10**9)
    path = DATA / ("dev.tsv" if split == "dev" else "test.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return rows[:limit] if limit else rows


def gold_counts(row: dict) -> dict[str, int]:
    victims = json.loads(row["Json"]).get("victim-section") or []
    out = {m: 0 for m in MEASURES}
    for v in victims:
        was = v.get("victim-was") or []
        for m in MEASURES:
            if m in was:
                out[m] += 1
    return out


def article_text(row: dict) -> str:
    """The corpus glues the title to the body ("...neighborhoodA 20-year-old man"); split them
    with a blank line, as the product's HTML reader sets a headline block apart from the first
    paragraph (a single line break leaves the parser free to join them into one sentence)."""
    text, title = row["Full text"], row["Article title"].strip()
    if title and text.startswith(title):
        return title + "\n\n" + text[len(title):]
    return text


def _product():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cp_eval_product", Path(__file__).resolve().parent / "product.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predicted_counts(product, result) -> dict[str, int]:
    """The dossier's headline count per measure for a corpus of this one article (0 when none)."""
    dossier = product.dossier_of([result])
    out = {m: 0 for m in MEASURES}
    for ev in dossier.events:
        for m in MEASURES:
            v = product.headline(ev, m)
            if v is not None:
                out[m] = max(out[m], round(v))
    return out


def run(split: str, limit: int | None = None, *, show_errors: bool = False) -> dict[str, float]:
    from counterpoint.models import Document

    product = _product()
    rows = load(split, limit)
    docs = [Document(id=r["Article id"], path=f"gvdb:{r['Article id']}", status="ok", text=article_text(r),
                     title=r["Article title"].strip() or None, language="en") for r in rows]
    hits = {m: 0 for m in MEASURES}
    for row, result in zip(rows, product.annotate_all(docs), strict=False):
        gold = gold_counts(row)
        pred = predicted_counts(product, result)
        for m in MEASURES:
            hits[m] += gold[m] == pred[m]
        if show_errors and gold != pred:
            print(row["Article id"], "gold", gold, "pred", pred, row["Full text"][:200].replace("\n", " "))
    n = max(len(rows), 1)
    print(f"GVDB {split}: {len(rows)} articles")
    print(f"{'measure':<10}{'accuracy':>10}")
    for m in MEASURES:
        print(f"{m:<10}{hits[m] / n:>10.3f}")
    return {"killed_count_accuracy": hits["killed"] / n, "injured_count_accuracy": hits["injured"] / n}


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "dev", int(sys.argv[2]) if len(sys.argv) > 2 else None, show_errors=True)
