"""benchmarks/scale.py at a tiny size, so the benchmark cannot rot between the runs on demand:
the replicated store is written, the corpus stage runs from nothing, documents are added and the
update runs only what they change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_scale_benchmark_runs_at_a_tiny_size(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import scale

    from counterpoint import event_assignment

    monkeypatch.setattr(event_assignment, "WHOLE_CORPUS_DOCS", 0)  # batches, as at full size
    monkeypatch.setattr(event_assignment, "BATCH_DOCS", 100)
    sample = scale.read_sample(scale.ensure_sample(tmp_path))
    db = tmp_path / "tiny.db"
    scale.build_store(db, sample, 300)
    full = scale.corpus_stage(db, reuse=True)
    assert full["events"] >= 2 and full["claims"] > 0 and full["peak_rss_mb"] > 0
    scale.build_store(db, sample, 330, start=300)
    more = scale.corpus_stage_update(db)
    assert more["new"] > 0 and 1 <= more["partitions_run"] <= more["partitions"]  # tiny: few packs
    assert scale.loglog_slope([{"n": 10, "t": 1.0}, {"n": 100, "t": 10.0}], "t") == pytest.approx(1.0)
    sys.modules.pop("scale", None)
