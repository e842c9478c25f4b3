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


def test_lead_articles_are_short_real_leads_in_turn(tmp_path, monkeypatch):
    """Part (b)'s input: lead paragraphs of the shared corpora, sources taken in turn (the fast
    tier: only the first lines of each corpus are read)."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import json

    import scale

    if not all(src.exists() for src, *_ in scale.LEAD_SOURCES):
        pytest.skip("the shared corpora are not here")
    out = scale.lead_articles(6, tmp_path / "leads.jsonl")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and len({r["text"] for r in rows}) == 6
    for r in rows:
        paras = r["text"].split("\n\n")
        assert 1 <= len(paras) <= scale.LEAD_PARAGRAPHS
        assert all(len(p.split()) >= scale.LEAD_MIN_WORDS for p in paras)
    assert scale.lead_articles(10**9, tmp_path / "too-many.jsonl") is None
    assert not (tmp_path / "too-many.jsonl").exists()
    sys.modules.pop("scale", None)


@pytest.mark.slow
def test_whole_job_part_runs_at_a_tiny_size(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import scale

    if not all(src.exists() for src, *_ in scale.LEAD_SOURCES):
        pytest.skip("the shared corpora are not here")
    res = scale.whole_job(12, tmp_path)
    assert res["n"] == 12 and res["documents"] >= 10 and res["cpu_seconds"] > 0 and res["peak_rss_mb"] > 0
    assert not (tmp_path / "whole-12").exists()  # the outputs are dropped after timing
    sys.modules.pop("scale", None)
