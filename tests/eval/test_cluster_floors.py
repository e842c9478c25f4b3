"""CI floors for event clustering on dev (real corpora, the product's `cluster_documents`).

Floors = the score measured on 2026-12-01 (second session) minus a margin of about 0.03 (a few documents'
worth on these slices), so a change that starts chaining stories or splitting events fails here.
Runtime: a few seconds each on 2 cores (clustering only, no NLP pipeline).
"""

from __future__ import annotations

from pathlib import Path

import pytest

# (corpus, dev slice, floor on cluster_b3_f1, measured)
FLOORS = [
    ("basil-clusters", None, 0.96, 0.990),  # 70 events of 2010-2016, 210 articles mixed
    ("gva-clusters", None, 0.89, 0.920),  # 1,754 dev incidents, 3,000 articles mixed
    ("neus", 300, 0.82, 0.846),  # first 300 train + 300 val stories, 1,792 articles mixed
]


@pytest.mark.slow
@pytest.mark.parametrize(("corpus", "limit", "floor", "measured"), FLOORS, ids=[f[0] for f in FLOORS])
def test_cluster_b3_dev_floor(shared: Path, eval_module, corpus: str, limit: int | None, floor: float,
                              measured: float):
    metrics = eval_module(corpus).run("dev", limit)
    assert metrics["cluster_b3_f1"] >= floor, f"{corpus} cluster_b3_f1 {metrics['cluster_b3_f1']:.3f} < {floor}"
