"""The corpus stage by event partition: same rows, same groups, one-partition corpora unchanged.

The store is written by hand (no spaCy): two invented happenings months apart, three reports
each, in sentences written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_builders import FLOOD, MINE, one_figure_result

from counterpoint import corpus_partitions
from counterpoint.corpus import build_dossier, build_dossier_from_store
from counterpoint.corpus_partitions import (
    event_partitions,
    load_partition,
    merge_dossiers,
    partition_dossiers,
)
from counterpoint.dossier import dumps
from counterpoint.models import DocResult, Document
from counterpoint.store import open_store


def _doc(i: int, template: str, n: int, day: str, place: str, measure: str, outlet: str) -> DocResult:
    return one_figure_result(f"doc{i:02d}", template, n, day, place, measure, outlet, text_hash=f"h{i}")


@pytest.fixture
def store(tmp_path: Path):
    results = [
        _doc(0, FLOOD, 12, "2031-03-04", "Varnetta", "killed", "Daily Ledger"),
        _doc(1, MINE, 30, "2031-07-18", "Oskelund", "trapped", "Daily Ledger"),
        _doc(2, FLOOD, 12, "2031-03-04", "Varnetta", "killed", "Morning Post"),
        _doc(3, MINE, 31, "2031-07-19", "Oskelund", "trapped", "Evening Star"),
        _doc(4, FLOOD, 14, "2031-03-05", "Varnetta", "killed", "Evening Star"),
        _doc(5, MINE, 30, "2031-07-19", "Oskelund", "trapped", "Morning Post"),
    ]
    with open_store(tmp_path / "s.db") as s:
        for r in results:
            s.save_result(r)
        yield s


def test_partitions_follow_events_and_cover_every_document(store, monkeypatch):
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)  # no packing: one partition per event
    parts = event_partitions(store)
    assert sorted(p.documents for p in parts) == [("doc00", "doc02", "doc04"), ("doc01", "doc03", "doc05")]


def test_small_events_pack_into_one_partition(store):
    parts = event_partitions(store)
    assert len(parts) == 1 and parts[0].events == 2 and len(parts[0].documents) == 6


def test_loaded_partition_keeps_the_store_order(store):
    docs, mentions, claims = load_partition(store, ["doc05", "doc01", "doc03"])
    wanted = {"doc01", "doc03", "doc05"}
    assert docs == [d for d in store.documents() if d.id in wanted]
    assert mentions == [m for m in store.mentions() if m.document in wanted]
    assert claims == [c for c in store.claims() if c.document in wanted]


def test_one_partition_gives_the_unpartitioned_dossier_byte_for_byte(store):
    whole = build_dossier(store.documents(), store.mentions(), store.claims())
    assert dumps(build_dossier_from_store(store)) == dumps(whole)


def test_partitioned_dossier_has_the_same_groups_and_events(store, monkeypatch):
    whole = build_dossier(store.documents(), store.mentions(), store.claims())
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)
    parts = event_partitions(store)
    merged = merge_dossiers(store.documents(), list(partition_dossiers(store, parts)))
    assert merged.documents == whole.documents
    assert [c.id for c in merged.claims] == [c.id for c in whole.claims]
    assert merged.groups == whole.groups
    assert [e.documents for e in merged.events] == [e.documents for e in whole.events]
    assert {e.id for e in merged.entities} == {e.id for e in whole.entities}
    assert [(o.name, o.documents) for o in merged.outlets] == [(o.name, o.documents) for o in whole.outlets]
    assert merged.timeline == whole.timeline


def test_unchanged_partitions_are_read_back_and_only_touched_ones_rerun(store, monkeypatch):
    from counterpoint.corpus import build_dossier

    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)
    first = list(partition_dossiers(store, event_partitions(store), reuse=True))
    calls: list[tuple[str, ...]] = []

    def counting(docs, mentions, claims):
        calls.append(tuple(d.id for d in docs))
        return build_dossier(docs, mentions, claims)

    monkeypatch.setattr("counterpoint.corpus.build_dossier", counting)
    again = list(partition_dossiers(store, event_partitions(store), reuse=True))
    assert calls == []  # nothing changed: every partition read back
    assert [(d.groups, d.events, d.claims, d.entities) for d in again] == \
        [(d.groups, d.events, d.claims, d.entities) for d in first]
    store.save_result(_doc(6, MINE, 32, "2031-07-20", "Oskelund", "trapped", "Harbour Daily"))
    list(partition_dossiers(store, event_partitions(store), reuse=True))
    assert calls == [("doc01", "doc03", "doc05", "doc06")]  # only the mine collapse ran again


def test_cache_is_keyed_by_the_code(store, monkeypatch):
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)
    parts = event_partitions(store)
    key = corpus_partitions.PartitionCache.key(parts[0])
    corpus_partitions.code_fingerprint.cache_clear()
    monkeypatch.setattr(corpus_partitions, "code_fingerprint", lambda: "other code")
    assert corpus_partitions.PartitionCache.key(parts[0]) != key


def test_one_big_event_with_skipped_documents_stays_one_partition(store, monkeypatch):
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 3)  # both events count as big
    store.save_result(DocResult(document=Document(id="doc99", path="broken.pdf", status="skipped",
                                                  reason="not a text", text_hash="h99")))
    parts = event_partitions(store)
    assert sorted(len(p.documents) for p in parts) == [3, 4]
    assert any("doc99" in p.documents for p in parts)


def test_partitions_in_two_processes_give_the_one_process_dossier_byte_for_byte(store, monkeypatch):
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)  # two partitions: the pool runs (forked, sees this)
    one = dumps(build_dossier_from_store(store))
    store.keep_partition_results([])  # computed again, not read back
    two = dumps(build_dossier_from_store(store, workers=2))
    assert two == one


def test_pooled_partitions_are_cached_and_come_back_in_order(store, monkeypatch):
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)
    parts = event_partitions(store)
    alone = list(partition_dossiers(store, parts))
    pooled = list(partition_dossiers(store, parts, reuse=True, workers=2))
    assert [(d.groups, d.events, d.claims) for d in pooled] == [(d.groups, d.events, d.claims) for d in alone]
    assert all(d.documents == () for d in pooled)  # texts stay in the store, not sent back
    calls: list[int] = []
    monkeypatch.setattr(corpus_partitions, "_in_processes", lambda *a: calls.append(1) or iter(()))
    again = list(partition_dossiers(store, parts, reuse=True, workers=2))
    assert calls == []  # every partition read back: no pool started
    assert [(d.groups, d.events) for d in again] == [(d.groups, d.events) for d in alone]
