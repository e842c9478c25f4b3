"""Event clustering alone on GVA / SemEval-2018 Task 5 articles (no figure extraction), scored
with B-cubed against the incidents: a quick harness for tuning the clustering on dev
(`gva-incidents` runs the whole product and also scores counts).

    python eval/run.py gva-clusters [--split dev|test] [--limit N]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cluster_metrics import scores  # noqa: E402
from gva_incidents import load  # noqa: E402


def run(split: str, limit: int | None) -> dict[str, float]:
    docs, gold, _ = load(split, limit)
    return scores(f"gva-clusters [{split}]", docs, gold)
