"""Shared by the clustering evaluations: B-cubed scores and the product's clustering call.

B-cubed (Bagga & Baldwin 1998): for each document, precision is the share of its predicted
cluster that is in its gold cluster, recall the share of its gold cluster in its predicted one;
both averaged over documents, F1 their harmonic mean.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from counterpoint.models import Document  # noqa: E402


def b3(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1) over the documents in `gold`."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for d in gold:
        by_pred[pred[d]].add(d)
        by_gold[gold[d]].add(d)
    p = r = 0.0
    for d in gold:
        same = len(by_pred[pred[d]] & by_gold[gold[d]])
        p += same / len(by_pred[pred[d]])
        r += same / len(by_gold[gold[d]])
    p, r = p / max(len(gold), 1), r / max(len(gold), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cluster(docs: Sequence[Document]) -> dict[str, str]:
    """Document id -> event id from the product's event clustering."""
    from counterpoint.reconcile.clustering import cluster_documents, event_of_documents

    return dict(event_of_documents(cluster_documents(docs), docs))


def scores(name: str, docs: Sequence[Document], gold: Mapping[str, str]) -> dict[str, float]:
    import time

    t0 = time.perf_counter()
    pred = cluster(docs)
    p, r, f = b3(pred, gold)
    print(f"{name}: {len(docs)} documents, {len(set(gold.values()))} gold events, "
          f"{len(set(pred.values()))} clusters, {time.perf_counter() - t0:.2f}s")
    print(f"  cluster_b3_precision {p:.4f}  cluster_b3_recall {r:.4f}  cluster_b3_f1 {f:.4f}")
    return {"cluster_b3_precision": p, "cluster_b3_recall": r, "cluster_b3_f1": f}
