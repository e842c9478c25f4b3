"""Event assignment kept in the store: equal to a whole clustering run where the rule says so,
new documents re-cluster only the events near them, keys find far follow-ups.

The stores are written by hand (no spaCy) with the two invented happenings of
tests/corpus_builders.py, plus texts written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_builders import FLOOD, MINE, one_figure_result

from counterpoint.event_assignment import assign_events, block_keys, day_spans
from counterpoint.reconcile.clustering import cluster_documents
from counterpoint.store import open_store


def _doc(i: int, template: str, n: int, day: str, place: str, measure: str, outlet: str):
    return one_figure_result(f"doc{i:02d}", template, n, day, place, measure, outlet, text_hash=f"h{i}")

HARBOUR = ("A fire broke out aboard the cargo ship Talvik Star in the port of Merrowby on Sunday, and the "
           "Merrowby harbour master said {n} crew members were injured.")
FLOOD_LATER = ("Three months after the Orlen dam gave way over Varnetta, the provincial rescue service "
               "said {n} people were killed in the Varnetta valley; the March 4 collapse is under inquiry.")

SIX = [(0, FLOOD, 12, "2031-03-04", "Varnetta", "killed", "Daily Ledger"),
       (1, MINE, 30, "2031-07-18", "Oskelund", "trapped", "Daily Ledger"),
       (2, FLOOD, 12, "2031-03-04", "Varnetta", "killed", "Morning Post"),
       (3, MINE, 31, "2031-07-19", "Oskelund", "trapped", "Evening Star"),
       (4, FLOOD, 14, "2031-03-05", "Varnetta", "killed", "Evening Star"),
       (5, MINE, 30, "2031-07-19", "Oskelund", "trapped", "Morning Post")]


def _events(store) -> dict[str, tuple[str, ...]]:
    """Event id -> its documents, from the store's assignment."""
    out: dict[str, list[str]] = {}
    for event, doc in store.event_members():
        if event is not None:
            out.setdefault(event, []).append(doc)
    return {e: tuple(sorted(d)) for e, d in out.items()}


def _whole_run(store) -> dict[str, tuple[str, ...]]:
    return {c.id: tuple(sorted(c.documents)) for c in cluster_documents(store.documents(), ())}


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "s.db") as s:
        for row in SIX:
            s.save_result(_doc(*row))
        yield s


def test_a_small_store_is_clustered_whole_exactly_as_a_whole_run(store):
    run = assign_events(store)
    assert run.whole and run.new == 6
    assert _events(store) == _whole_run(store)
    store.save_result(_doc(6, MINE, 32, "2031-07-20", "Oskelund", "trapped", "Harbour Daily"))
    assert assign_events(store).whole  # still small: clustered whole again
    assert _events(store) == _whole_run(store)


def test_batches_that_meet_every_event_they_join_equal_the_whole_run(store):
    # batches of two documents by day: each later batch is clustered with the events within the
    # day gap, so nothing that a whole run would join is ever out of reach
    run = assign_events(store, batch_docs=2, whole_docs=0)
    assert not run.whole and run.batches == 3
    assert _events(store) == _whole_run(store)


def test_nothing_new_clusters_nothing(store):
    assign_events(store, whole_docs=0)
    assert assign_events(store, whole_docs=0).clustered == 0


def test_a_new_far_event_leaves_the_others_untouched(store):
    assign_events(store, whole_docs=0)
    before = _events(store)
    store.save_result(_doc(7, HARBOUR, 5, "2031-11-02", "Merrowby", "injured", "Coast Times"))
    run = assign_events(store, whole_docs=0)
    assert run.new == 1 and run.clustered == 1  # clustered alone: no event near it in time or names
    after = _events(store)
    assert {e: d for e, d in after.items() if "doc07" not in d} == before
    assert ("doc07",) in after.values()


def test_a_late_follow_up_is_clustered_with_the_event_its_rare_names_lead_to(store):
    assign_events(store, whole_docs=0)
    store.save_result(_doc(8, FLOOD_LATER, 15, "2031-06-10", "Varnetta", "killed", "Coast Times"))
    run = assign_events(store, whole_docs=0)
    assert run.clustered == 4  # the follow-up with the flood's three reports, not the mine's


def test_block_keys_are_the_rare_names():
    keys = block_keys("Dam gives way over Varnetta", "Floodwater swept through Varnetta after the Orlen dam gave "
                      "way, the Brask rescue service said on Tuesday.")
    assert "varnetta" in keys and "brask" in keys
    assert "tuesday" not in keys and "said" not in keys  # a weekday is no name; words are not names


def test_day_spans_merge_overlapping_windows():
    assert day_spans([10, 12, 40], 3) == [(7, 15), (37, 43)]
    assert day_spans([], 7) == []


def test_an_old_event_a_new_cluster_took_part_of_is_left_under_a_new_id():
    from counterpoint.event_assignment import _changes
    from counterpoint.models import EventCluster
    from counterpoint.reconcile.clustering import cluster_id

    # old events E1 = {a, b, c} and E2 = {d}; the region's clustering puts a and b with the new
    # document n, and c and d apart: E2 is untouched, what is left of E1 gets an id of its own
    clusters = [EventCluster(id=cluster_id(["a", "b", "n"]), documents=("a", "b", "n"), label="x"),
                EventCluster(id=cluster_id(["c"]), documents=("c",), label="y"),
                EventCluster(id=cluster_id(["d"]), documents=("d",), label="z")]
    old = [("a", cluster_id(["a"])), ("b", cluster_id(["a"])), ("c", cluster_id(["a"])), ("d", "event-old-d")]
    got = dict(_changes(clusters, ["n"], old))
    assert got == {"a": cluster_id(["a"]), "b": cluster_id(["a"]), "n": cluster_id(["a"]), "c": cluster_id(["c"])}
    assert len({got["a"], got["c"]}) == 2  # the taking cluster keeps the hash of a; the rest does not


def test_events_found_by_keys_are_bounded_the_most_shared_first(tmp_path: Path, monkeypatch):
    # three earlier events: A shares three of the batch's keys, C two, B one; the bound lets in
    # A and C (the last one taken may pass it), never B, however many events share a key
    import counterpoint.event_assignment as ea

    monkeypatch.setattr(ea, "KEY_REGION_DOCS", 100)
    sizes = {"event-a": 60, "event-b": 5, "event-c": 60}
    shared = {"event-a": ("k1", "k2", "k3"), "event-b": ("k4",), "event-c": ("k1", "k5")}
    rows, keys = [], []
    for event, n in sizes.items():
        docs = [f"{event}-{i}" for i in range(n)]
        rows.extend((d, event, 10) for d in docs)
        keys.extend((k, docs[0], 10) for k in shared[event])
    with open_store(tmp_path / "s.db") as s:
        s.assign_events(rows, keys)
        assert s.events_sharing_keys(["k1", "k2", "k3", "k4", "k5"], max_docs=10) == {
            "event-a": 3, "event-b": 1, "event-c": 2}
        assert s.event_sizes(["event-a", "event-b"]) == {"event-a": 60, "event-b": 5}
        assert ea._events_by_keys(s, ["k1", "k2", "k3", "k4", "k5"], set()) == {"event-a", "event-c"}
        # an event the day window brought in already is not counted again
        assert ea._events_by_keys(s, ["k1", "k2", "k3", "k4", "k5"], {"event-a"}) == {"event-c", "event-b"}
