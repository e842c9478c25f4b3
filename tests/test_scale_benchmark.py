"""benchmarks/scale.py at a tiny size, so the benchmark cannot rot between the runs on demand:
the replicated store is written, the corpus stage runs from nothing, documents are added and the
update runs only what they change."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
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
    import replicate

    replicate.rows_through_the_store(tmp_path / "ordinary.db", replicate.replicated_rows(sample, 300))
    assert _table_rows(db) == _table_rows(tmp_path / "ordinary.db")  # the real sample: statements, line breaks
    full = scale.corpus_stage(db, reuse=True)
    assert full["events"] >= 2 and full["claims"] > 0 and full["peak_rss_mb"] > 0
    scale.build_store(db, sample, 330, start=300)
    more = scale.corpus_stage_update(db)
    assert more["new"] > 0 and 1 <= more["partitions_run"] <= more["partitions"]  # tiny: few packs
    assert scale.loglog_slope([{"n": 10, "t": 1.0}, {"n": 100, "t": 10.0}], "t") == pytest.approx(1.0)
    sys.modules.pop("scale", None)
    sys.modules.pop("replicate", None)


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


def _sample_store(path: Path) -> Path:
    """A store of three invented results shaped as `analyze` writes them: hex document ids, a
    duplicate, an undated and untitled document, a statement, a name after a line break."""
    from corpus_builders import FLOOD, MINE, one_figure_result

    from counterpoint.models import DocResult, Document, Evidence, Mention, StatementClaim
    from counterpoint.store import open_store

    flood = one_figure_result("a3f09c1d27e4b650", FLOOD, 14, "2026-03-03", "Varnetta", "killed", "Orlen Post")
    copy = one_figure_result("b7d2e08f1c93a465", FLOOD, 14, "2026-03-03", "Varnetta", "killed", "Brask Daily")
    copy = DocResult(document=replace(copy.document, duplicate_of=flood.document.id), mentions=copy.mentions,
                     claims=copy.claims)
    mine = one_figure_result("c0e41b9a6d28f753", MINE, 9, "2026-03-05", "Brask", "trapped", "Valley Radio")
    text = mine.document.text + "\nOskelund said on 2026-03-06 that rescuers would dig through the night."
    said = text.index("rescuers")
    statement = StatementClaim(
        id="c0e41b9a6d28f753-s2", document="c0e41b9a6d28f753", speaker=None, speaker_name="Oskelund",
        text=text[said:], evidence=Evidence(document="c0e41b9a6d28f753", start=text.index("\nOskelund") + 1,
                                            end=len(text), text=text[text.index("\nOskelund") + 1:]),
        cue="said", content={"start": said, "end": len(text)})
    mine = DocResult(document=replace(mine.document, text=text, title=None, published=None),
                     mentions=(*mine.mentions, Mention(document="c0e41b9a6d28f753", start=text.index("\nOskelund") + 1,
                                                       end=text.index("\nOskelund") + 9, text="Oskelund", label="ORG",
                                                       type="organization")),
                     claims=(*mine.claims, statement))
    db = path / "sample.db"
    with open_store(db) as store:
        for result in (flood, copy, mine):
            store.save_result(result)
    assert isinstance(mine.document, Document)
    return db


def _table_rows(db: Path) -> dict[str, list[tuple]]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return {
            "schema": conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall(),
            "journal": conn.execute("PRAGMA journal_mode").fetchall(),
            "documents": conn.execute("SELECT * FROM documents ORDER BY seq").fetchall(),
            "mentions": conn.execute("SELECT rowid, * FROM mentions ORDER BY rowid").fetchall(),
            "claims": conn.execute("SELECT rowid, * FROM claims ORDER BY rowid").fetchall(),
        }
    finally:
        conn.close()


def test_a_built_store_holds_what_saving_each_document_writes(tmp_path, monkeypatch):
    """The fast writer (each event rewritten once, bulk inserts, a throwaway store's pragmas) gives
    the rows, row ids and schema of the definition's copies saved one document at a time by
    `Store.save_result`, also when a store is extended from the middle of an event."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    monkeypatch.syspath_prepend(str(ROOT / "tests"))
    import replicate

    sample = replicate.read_sample(_sample_store(tmp_path))
    n = 250  # 33 copies of 3 documents per event: two whole events and part of a third
    built, extended, ordinary = tmp_path / "built.db", tmp_path / "extended.db", tmp_path / "ordinary.db"
    replicate.build_store(built, sample, n)
    replicate.build_store(extended, sample, 120)
    replicate.build_store(extended, sample, n, start=120)
    replicate.rows_through_the_store(ordinary, replicate.replicated_rows(sample, n))
    expected = _table_rows(ordinary)
    assert len(expected["documents"]) == n and len(expected["claims"]) == n // 3 * 4 + 1
    assert _table_rows(built) == expected
    assert _table_rows(extended) == expected

    docs = {row[1]: row for row in expected["documents"]}
    texts = {row[5] for row in expected["documents"]}
    assert len(texts) == 3 * 2  # each event its own wording of the two texts (the duplicate's is its original's)
    for _, doc_id, start, end, data in expected["mentions"]:  # names keep their offsets in the rewritten texts
        assert docs[doc_id][5][start:end] == json.loads(data)["text"]
    values = {json.loads(c[4])["value"] for c in expected["claims"] if c[3] == "figure"}
    assert values == {float(round(v * (1 + replicate.FIGURE_STEP * k)))  # figures moved per copy's share
                      for v in (14, 9) for k in range(replicate.FIGURE_SHARES)}
    sys.modules.pop("replicate", None)
