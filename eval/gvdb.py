"""GVDB (Pavlick et al. 2016): per article, how many were killed and injured, vs the gold victim lists.

Split (../shared/corpora/README.md): dev = dev.tsv, test = test.tsv. Gold per article = the number
of victim entries whose `victim-was` contains "killed" (resp. "injured"). Prediction = what
reconcile would report for the article alone (see `predicted_counts`), 0 when no figure is found. Accuracy = exact match over articles.
Only the figure stage runs (the spaCy model + `counterpoint_figures_v1`), not the other extractors.
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
    """The corpus glues the title to the body ("...neighborhoodA 20-year-old man"); split them."""
    text, title = row["Full text"], row["Article title"].strip()
    if title and text.startswith(title):
        return title + "\n" + text[len(title):]
    return text


def figure_pipeline():
    import spacy

    from counterpoint.nlp import MODEL_PACKAGE, register_extensions

    import counterpoint.figures.component  # noqa: F401  registers the factory

    register_extensions()
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("counterpoint_figures_v1", name="cp_figures")
    return nlp


def predicted_counts(claims) -> dict[str, int]:
    """What reconcile would report for a corpus of this one article: its figure claims grouped
    into slots (measure, subject, place) by `reconcile.slots.slot_claims`, each slot's best
    estimate by `reconcile.best` (compatible figures: the lowest stated figure that fits all;
    conflicting: the lowest credible one). The article's count of a measure is its largest slot
    (a subset slot such as "child" never exceeds the whole); 0 when there is none."""
    from counterpoint.reconcile.best import consistent_best, lowest_credible
    from counterpoint.reconcile.intervals import compatible
    from counterpoint.reconcile.slots import slot_claims

    out = {m: 0 for m in MEASURES}
    figures = [c for c in claims if c.kind == "figure" and c.measure in out]
    for key, members in slot_claims(figures, {}, {}).items():
        best = consistent_best(members) if compatible(members) else lowest_credible(members)
        v = best.value if best.value is not None else best.low
        if v is not None:
            out[key.measure] = max(out[key.measure], int(round(v)))
    return out


def run(split: str, limit: int | None = None, *, show_errors: bool = False) -> dict[str, float]:
    from counterpoint.nlp import make_doc

    rows = load(split, limit)
    nlp = figure_pipeline()
    docs = [make_doc(nlp, article_text(r), doc_id=r["Article id"], published=None) for r in rows]
    hits = {m: 0 for m in MEASURES}
    for row, doc in zip(rows, nlp.pipe(docs, batch_size=16)):
        gold = gold_counts(row)
        pred = predicted_counts(doc._.cp_claims or [])
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
