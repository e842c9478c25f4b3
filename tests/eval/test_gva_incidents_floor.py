"""CI floor for the GVA incidents evaluation on a small dev slice (real corpus, real pipeline)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval" / "gva_incidents.py"
# First N dev incidents: ~200 articles, well under two minutes with the spaCy pipeline.
SLICE_INCIDENTS = 120
# Floors = score measured on this slice (b3 0.897, killed 0.649, injured 0.404 on 2026-11-21)
# minus a noise margin of ~0.05 (slice of ~120 incidents:
# one incident is ~0.008; the margin absorbs small extractor changes elsewhere in the pipeline).
FLOORS = {
    "cluster_b3_f1": 0.85,
    "killed_accuracy": 0.60,
    "injured_accuracy": 0.35,
}


@pytest.mark.slow
def test_gva_incidents_dev_floor(shared: Path):
    spec = importlib.util.spec_from_file_location("cp_eval_gva_incidents", EVAL)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    metrics = mod.run("dev", SLICE_INCIDENTS)
    for name, floor in FLOORS.items():
        assert metrics[name] >= floor, f"{name} {metrics[name]:.3f} fell below its floor {floor}"
