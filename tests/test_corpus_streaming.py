"""The corpus stage streams: with several event partitions, the store is read one partition at a
time and each partition's loaded rows are let go before the next partition is read, so the
stage's working memory follows the largest event, not the corpus.

Checked through an instrumented store (counters and weak references, no timing). The store is
written by hand (no spaCy): three invented happenings months apart, in sentences written for
this test.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from corpus_builders import one_figure_result

from counterpoint import corpus_partitions
from counterpoint.corpus import build_dossier_from_store
from counterpoint.corpus_partitions import event_partitions, partition_dossiers
from counterpoint.models import DocResult
from counterpoint.store import open_store

# (template, place, measure, first day) per invented happening; {n} is the figure.
HAPPENINGS = (
    ("A ferry capsized off Pellerin harbour on Sunday and the coast guard of Pellerin said {n} "
     "passengers drowned.", "Pellerin", "killed", "2032-02-{d:02d}"),
    ("Fire gutted a textile depot in Morvaine overnight; the Morvaine fire brigade counted {n} "
     "workers injured.", "Morvaine", "injured", "2032-06-{d:02d}"),
    ("Police in Tasgarde held {n} demonstrators after a march on the Tasgarde town hall, a "
     "police spokesman said.", "Tasgarde", "detained", "2032-10-{d:02d}"),
)
REPORTS_PER_HAPPENING = 3
OUTLETS = ("Harbour Gazette", "Valley Courier", "Northern Wire")


def _result(i: int, event: int, copy: int) -> DocResult:
    template, place, measure, day = HAPPENINGS[event]
    return one_figure_result(f"s{i:02d}", template, 10 + 3 * event + copy, day.format(d=3 + copy), place,
                             measure, OUTLETS[copy], origin="the authorities", text_hash=f"t{i}")


class _Tracked(list):  # a list that can be weakly referenced
    pass


class CountingStore:
    """A store that counts whole-store reads and watches each partition's loaded rows: when a
    partition is read, the rows handed out for every earlier partition must be gone already."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.whole_reads: list[str] = []
        self.loads: list[int] = []  # claims handed out per partition read
        self.alive_at_load: list[int] = []  # earlier partitions' row lists still alive at each read
        self._earlier: list[weakref.ref] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def claims(self):
        self.whole_reads.append("claims")
        return self._store.claims()

    def mentions(self):
        self.whole_reads.append("mentions")
        return self._store.mentions()

    def results_for(self, ids):
        gc.collect()
        self.alive_at_load.append(sum(1 for r in self._earlier if r() is not None))
        docs, mentions, claims = (_Tracked(x) for x in self._store.results_for(ids))
        self._earlier.extend(weakref.ref(x) for x in (docs, mentions, claims))
        self.loads.append(len(claims))
        return docs, mentions, claims

    def alive(self) -> int:
        gc.collect()
        return sum(1 for r in self._earlier if r() is not None)


@pytest.fixture
def store(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)  # no packing: one partition per happening
    with open_store(tmp_path / "s.db") as s:
        i = 0
        for copy in range(REPORTS_PER_HAPPENING):
            for event in range(len(HAPPENINGS)):  # interleaved, as a desk's archive fills
                s.save_result(_result(i, event, copy))
                i += 1
        yield s


def test_the_corpus_stage_reads_one_partition_at_a_time(store):
    counting = CountingStore(store)
    dossier = build_dossier_from_store(counting)
    parts = event_partitions(store)
    assert len(parts) == len(HAPPENINGS)
    assert counting.whole_reads == []  # never every claim or mention of the store at once
    assert counting.loads == [REPORTS_PER_HAPPENING] * len(HAPPENINGS)
    assert max(counting.loads) < len(store.claims())
    assert counting.alive_at_load == [0] * len(HAPPENINGS)  # each partition's rows let go first
    assert len(dossier.claims) == len(store.claims())  # and nothing is lost on the way


def test_partition_dossiers_hold_nothing_of_a_partition_once_handed_on(store):
    counting = CountingStore(store)
    seen = 0
    for d in partition_dossiers(counting, event_partitions(store)):
        seen += len(d.claims)
        del d
        assert counting.alive() == 0
    assert seen == len(store.claims())
