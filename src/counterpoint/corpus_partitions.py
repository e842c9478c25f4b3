"""The corpus stage by event partition: cluster first, then link and reconcile each event alone.

Entity linking, reconciliation and the statement step only ever compare things inside one
event (groups carry their event; propositions are per event), so they can run event by event:
`event_partitions` reads the events of the stored documents (clustered on their leads, without
linked entities — names are already terms of the vectors — a batch at a time and only where new
documents arrived: `event_assignment`), and `partition_dossiers` loads one partition's
documents, mentions and claims from the store at a time and yields its dossier. Memory then
follows the largest partition, not the corpus, and each partition is independent (a process
pool or a Dask task could take it).

Small events are packed together into partitions of about `PACK_DOCS` documents so a pile of
one-article events does not pay the linker's and reconciler's fixed cost per article;
inside a partition `reconcile` clusters again (with linked entities), so packed events stay
apart.

`merge_dossiers` joins partition dossiers into the one dossier of the corpus (the per-outlet
framing and the timeline are recomputed over the whole corpus, since outlets and dated events
cross partitions). A corpus that forms one partition goes through `corpus.build_dossier`
unchanged, so its dossier is byte-identical to the unpartitioned stage's.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .models import Claim, Document, Dossier, Entity, Mention, from_json

if TYPE_CHECKING:
    from .store import EventStore

# Events smaller than this many documents are packed together up to about this size: the
# linker and reconciler cost a few milliseconds per call whatever the input, which a million
# one-article events would pay a million times.
PACK_DOCS = 200

__all__ = ["Partition", "PartitionCache", "code_fingerprint", "event_partitions", "load_partition", "merge_dossiers",
           "partition_dossiers", "update_partitions"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Partition:
    """Documents whose corpus stage runs together (one event, or several small ones packed)."""

    documents: tuple[str, ...]  # document ids, store order
    events: int  # event clusters packed in it


def _members_in_memory(store: EventStore) -> Iterator[tuple[str | None, str]]:
    """(event, document) in store order from clustering every document at once: for a store
    opened read-only, which cannot keep an event assignment (memory grows with the corpus)."""
    from .event_assignment import LEAD_CHARS
    from .reconcile.clustering import cluster_documents

    docs = [dataclasses.replace(d, text=d.text[:LEAD_CHARS] if d.text else d.text)
            for d in store.documents()]
    event_of = {doc_id: c.id for c in cluster_documents(docs, ()) for doc_id in c.documents}
    for d in docs:
        yield event_of.get(d.id, event_of.get(d.duplicate_of or "")), d.id


def event_partitions(store: EventStore) -> list[Partition]:
    """The store's documents cut into partitions along event clusters, largest events first.

    Events come from the store's event assignment, brought up to date first
    (`event_assignment.assign_events`: only new documents and the events near them are
    clustered). Duplicates go with their original; documents no cluster holds (skipped, empty)
    join the last pack so their outlets are still profiled.
    """
    from .event_assignment import assign_events

    if getattr(store, "readonly", False):
        pairs: Iterable[tuple[str | None, str]] = _members_in_memory(store)
    else:
        assign_events(store)
        pairs = store.event_members()
    members: dict[str, list[tuple[int, str]]] = {}  # event -> (store position, document)
    rest: list[tuple[int, str]] = []
    for pos, (event, doc) in enumerate(pairs):
        (rest if event is None else members.setdefault(event, [])).append((pos, doc))
    big = sorted((m for m in members.values() if len(m) >= PACK_DOCS), key=lambda m: (-len(m), m[0][0]))
    # Small events are packed by where their first document stands in the store, in runs of
    # PACK_DOCS positions: an event's pack depends on that alone, so documents added later
    # change only the packs of the events they join, and new events land in new packs.
    packs: dict[int, list[list[tuple[int, str]]]] = {}
    for m in members.values():
        if len(m) < PACK_DOCS:
            packs.setdefault(m[0][0] // PACK_DOCS, []).append(m)
    if rest and not packs and big:  # no small events: the rest goes with the smallest big one
        big[-1] = sorted([*big[-1], *rest])
    elif rest:  # with the last pack: a small corpus stays one partition
        packs.setdefault(max(packs, default=0), []).append(rest)
    out = [Partition(documents=tuple(d for _, d in m), events=1) for m in big]
    for k in sorted(packs):
        ids = sorted(x for m in packs[k] for x in m)
        out.append(Partition(documents=tuple(d for _, d in ids), events=sum(1 for m in packs[k] if m is not rest)))
    return out


def load_partition(store: EventStore, doc_ids: Sequence[str]) -> tuple[list[Document], list[Mention], list[Claim]]:
    """One partition's documents, mentions and claims, in the store's order (as the whole-store
    readers give them)."""
    return store.results_for(doc_ids)


def partition_dossiers(store: EventStore, partitions: Iterable[Partition], *, reuse: bool = False,
                       workers: int = 1) -> Iterator[Dossier]:
    """Each partition's dossier, one at a time (linking, reconciliation, statements), in the
    order of `partitions`.

    With `reuse` (a writable store), a partition whose documents and code are those of an
    earlier run is read back from the store instead of computed (`PartitionCache`): adding
    documents re-runs only the partitions they change. The dossiers read back carry no documents.

    With `workers` > 1 the partitions to compute run in that many processes (`_in_processes`),
    each reading its partition's rows from the store itself; the dossiers still come back (and
    are cached) in partition order, by this process alone, so the result is the same."""
    cache = PartitionCache(store) if reuse and not getattr(store, "readonly", False) else None
    parts = list(partitions)
    hits = [cache is not None and cache.has(p) for p in parts]
    todo = [p for p, hit in zip(parts, hits, strict=True) if not hit]
    computed = (_in_processes(store, todo, workers) if workers > 1 and len(todo) > 1
                else (_compute(store, p) for p in todo))
    try:
        yield from _in_order(store, parts, hits, computed, cache)
    finally:
        close = getattr(computed, "close", None)
        if close is not None:
            close()  # a consumer that stopped early: the pool shuts down now, not at collection
    if cache is not None:
        cache.keep_only_used()


def _in_order(store: EventStore, parts: Sequence[Partition], hits: Sequence[bool], computed: Iterator[Dossier],
              cache: PartitionCache | None) -> Iterator[Dossier]:
    for p, hit in zip(parts, hits, strict=True):
        # No name here holds a partition's rows or dossier across the loop: a name still bound
        # to the last partition's while the next one loads would hold two partitions at the peak.
        if hit and cache is not None and (d := cache.get(p)) is not None:
            yield d
            del d
            continue
        d = next(computed) if not hit else _compute(store, p)  # (a hit gone since: computed here)
        if cache is not None:
            cache.put(p, d)
        yield d
        del d


def _compute(store: EventStore, p: Partition) -> Dossier:
    from .corpus import build_dossier

    return build_dossier(*load_partition(store, p.documents))


# Partitions queued per corpus-stage worker: enough that none waits for the parent, few enough
# that the dossiers held for in-order handing on stay a small multiple of one partition's.
PARTITIONS_IN_FLIGHT_PER_WORKER = 2
_reader: dict[str, EventStore] = {}  # in a corpus-stage worker: its read-only store, by location


def _partition_in_worker(location: str, doc_ids: tuple[str, ...]) -> Dossier:
    """A worker's task: one partition's dossier, its rows read through the worker's own read-only
    connection (a connection inherited across fork must not be used)."""
    from .store import open_store

    store = _reader.get(location)
    if store is None:
        store = _reader[location] = open_store(location, readonly=True)
    # without its documents: the parent has them in its store, and pickling every text back
    # would cost more than the rest of the dossier (a dossier read back from the cache has none either)
    return dataclasses.replace(_compute(store, Partition(documents=doc_ids, events=0)), documents=())


def _in_processes(store: EventStore, todo: Sequence[Partition], workers: int) -> Iterator[Dossier]:
    """The dossiers of `todo`, in order, computed by a pool of `workers` processes.

    Workers are forked where the OS can (the gazetteer and language tables this process loaded
    are shared copy-on-write), else spawned. Each reads its partitions from the store (SQLite in
    WAL mode, or PostgreSQL, both take readers beside this writer) and returns the dossier; the
    pool starts only when two or more partitions are to be computed."""
    import multiprocessing
    import os
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .errors import WorkerFailed
    from .nlp.workers import _init_worker, _start_method

    method = _start_method()
    location = str(store.path)  # type: ignore[attr-defined]
    pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(os.getpid(), method == "fork"))
    pending: deque[Future[Dossier]] = deque()
    try:
        for p in todo:
            pending.append(pool.submit(_partition_in_worker, location, p.documents))
            if len(pending) >= workers * PARTITIONS_IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerFailed(
            "a corpus-stage worker process died (out of memory or killed); the per-document results "
            "are stored: run the same command again, or with --workers 1") from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def update_partitions(store: EventStore, partitions: Iterable[Partition]) -> int:
    """Bring the store's partition results up to date without reading back the unchanged ones:
    compute and save each partition no earlier run left a result for; returns how many ran."""
    from .corpus import build_dossier

    cache = PartitionCache(store)
    ran = 0
    for p in partitions:
        if cache.has(p):
            continue
        cache.put(p, build_dossier(*load_partition(store, p.documents)))
        ran += 1
    cache.keep_only_used()
    return ran


# The parts of a partition's dossier the cache keeps (documents are in the store already).
_CACHED_PARTS = ("entities", "claims", "groups", "timeline", "outlets", "events", "propositions")


@functools.cache
def code_fingerprint() -> str:
    """A hash of this Counterpoint's code and data files (names, sizes, contents of the code):
    cached partition results are reused only by the very code that computed them, so a change
    to linking or reconciliation (or a new gazetteer) never serves stale groups."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes() if path.suffix in (".py", ".j2") else str(path.stat().st_size).encode())
    return h.hexdigest()


class PartitionCache:
    """Partition dossiers kept in the store (`corpus_partitions`, migration 3), keyed by the
    partition's document ids (which hash the documents' contents) and the code fingerprint:
    dropping them loses nothing but time."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.used: set[str] = set()

    @staticmethod
    def key(p: Partition) -> str:
        return hashlib.sha1("\n".join((code_fingerprint(), *p.documents)).encode()).hexdigest()

    def has(self, p: Partition) -> bool:
        k = self.key(p)
        self.used.add(k)
        return bool(self.store.has_partition_result(k))

    def get(self, p: Partition) -> Dossier | None:
        k = self.key(p)
        self.used.add(k)
        raw = self.store.partition_result(k)
        if raw is None:
            return None
        data = json.loads(raw)
        types = typing.get_type_hints(Dossier)
        return Dossier(**{part: from_json(types[part], data[part]) for part in _CACHED_PARTS})

    def put(self, p: Partition, d: Dossier) -> None:
        from .models import to_json

        data = json.dumps({part: to_json(getattr(d, part)) for part in _CACHED_PARTS}, ensure_ascii=False)
        self.used.add(self.key(p))
        self.store.save_partition_result(self.key(p), data)

    def keep_only_used(self) -> None:
        """Forget partitions this run did not ask for (the corpus moved on; keeps the table small)."""
        self.store.keep_partition_results(sorted(self.used))


def _merge_entities(parts: Sequence[Sequence[Entity]], order: dict[str, int]) -> list[Entity]:
    """One entity per id (ids hash type and key, so the same name gets the same id in every
    partition): documents and aliases joined, mentions added up."""
    merged: dict[str, Entity] = {}
    for ents in parts:
        for e in ents:
            old = merged.get(e.id)
            if old is None:
                merged[e.id] = e
                continue
            docs = sorted(set(old.documents) | set(e.documents), key=lambda d: order.get(d, len(order)))
            merged[e.id] = dataclasses.replace(
                old, documents=tuple(docs), aliases=tuple(dict.fromkeys((*old.aliases, *e.aliases))),
                mentions=old.mentions + e.mentions, geo=old.geo or e.geo, role=old.role or e.role)
    return sorted(merged.values(), key=lambda e: (-e.mentions, e.name))  # as the linker orders them


def merge_dossiers(documents: Sequence[Document], parts: Sequence[Dossier]) -> Dossier:
    """The corpus dossier from its partitions' dossiers (`documents`: every stored document, in
    store order). Groups, events and propositions are per event already; entities are joined by
    id; outlets and the timeline cross events, so they are rebuilt over the whole corpus."""
    from .events.timeline import build_timeline
    from .models import OutletProfile
    from .statements.framing import with_framing

    order = {d.id: i for i, d in enumerate(documents)}
    claims = sorted((c for p in parts for c in p.claims), key=lambda c: order.get(c.document, len(order)))
    groups = sorted((g for p in parts for g in p.groups),
                    key=lambda g: (g.event or "", g.measure, g.place or "", g.subject or "", -len(g.claims)))
    outlets: dict[str, tuple[list[str], dict[str, None]]] = {}
    for p in parts:
        for o in p.outlets:
            docs, origins = outlets.setdefault(o.name, ([], {}))
            docs.extend(o.documents)
            origins.update(dict.fromkeys(o.origins))
    profiles = sorted(
        (OutletProfile(name=name, documents=tuple(sorted(docs, key=lambda d: order.get(d, len(order)))),
                       origins=tuple(origins)) for name, (docs, origins) in outlets.items()),
        key=lambda o: o.name.lower())
    propositions = tuple(q for p in parts for q in p.propositions)
    return Dossier(
        documents=tuple(documents),
        entities=tuple(_merge_entities([p.entities for p in parts], order)),
        claims=tuple(claims),
        groups=tuple(groups),
        timeline=tuple(build_timeline(documents, claims)),
        outlets=with_framing(profiles, documents, claims, propositions),
        events=tuple(sorted((e for p in parts for e in p.events), key=lambda e: e.id)),
        propositions=propositions,
    )
