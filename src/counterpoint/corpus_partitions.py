"""The corpus stage by event partition: cluster first, then link and reconcile each event alone.

Entity linking, reconciliation and the statement step only ever compare things inside one
event (groups carry their event; propositions are per event), so they can run event by event:
`event_partitions` clusters the stored documents (on their leads, without linked entities:
names are already terms of the vectors), and `partition_dossiers` loads one partition's
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

from .models import Claim, Document, Dossier, Entity, Mention, from_json

# Events smaller than this many documents are packed together up to about this size: the
# linker and reconciler cost a few milliseconds per call whatever the input, which a million
# one-article events would pay a million times.
PACK_DOCS = 200
# Characters of each document's text the partition pass reads: clustering looks at the lead
# (cluster_vectors.HEAD_CHARS) and, for follow-ups, the first FOLLOW_UP_TEXT_CHARS.
PARTITION_TEXT_CHARS = 4000
# Document ids per SQL `IN (...)` list (SQLite's default limit on host parameters is 32,766;
# smaller lists keep each query's result small).
SQL_IDS_PER_QUERY = 500

__all__ = ["Partition", "PartitionCache", "code_fingerprint", "event_partitions", "load_partition", "merge_dossiers",
           "partition_dossiers", "reads_partitions"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Partition:
    """Documents whose corpus stage runs together (one event, or several small ones packed)."""

    documents: tuple[str, ...]  # document ids, store order
    events: int  # event clusters packed in it


def _is_sqlite(store: object) -> bool:
    from .store import SQLiteStore

    return type(store) is SQLiteStore  # the PostgreSQL store orders rows by its own columns


def reads_partitions(store: object) -> bool:
    """Whether `load_partition` reads one partition's rows alone from this store (SQLite); other
    stores are filtered from whole-store reads, fine for tests, quadratic for a big corpus."""
    return _is_sqlite(store)


def _lead_documents(store: object) -> list[Document]:
    """Every stored document, its text cut to what clustering reads (SQLite: cut in SQL)."""
    from .store import _DOCUMENT_COLUMNS

    if not _is_sqlite(store):
        docs = store.documents()  # type: ignore[attr-defined]
        return [dataclasses.replace(d, text=d.text[:PARTITION_TEXT_CHARS] if d.text else d.text) for d in docs]
    cols = ", ".join(f"substr(text, 1, {PARTITION_TEXT_CHARS})" if c == "text" else c for c in _DOCUMENT_COLUMNS)
    rows = store.conn.execute(f"SELECT {cols} FROM documents ORDER BY seq")  # type: ignore[attr-defined]
    return [from_json(Document, dict(zip(_DOCUMENT_COLUMNS, r, strict=True))) for r in rows]


def event_partitions(store: object) -> list[Partition]:
    """The store's documents cut into partitions along event clusters, largest events first.

    Duplicates go with their original; documents no cluster holds (skipped, empty) join the
    last pack so their outlets are still profiled.
    """
    from .reconcile.clustering import cluster_documents

    docs = _lead_documents(store)
    order = {d.id: i for i, d in enumerate(docs)}
    clusters = cluster_documents(docs, ())
    part_of = {doc_id: k for k, c in enumerate(clusters) for doc_id in c.documents}
    members: list[list[str]] = [[] for _ in clusters]
    rest: list[str] = []
    for d in docs:
        k = part_of.get(d.id, part_of.get(d.duplicate_of or ""))
        (rest if k is None else members[k]).append(d.id)
    del docs
    out = [Partition(documents=tuple(m), events=1) for m in members if len(m) >= PACK_DOCS]
    out.sort(key=lambda p: (-len(p.documents), order[p.documents[0]]))
    # Small events are packed by where their first document stands in the store, in runs of
    # PACK_DOCS positions: an event's pack depends on that alone, so documents added later
    # change only the packs of the events they join, and new events land in new packs.
    packs: dict[int, list[list[str]]] = {}
    for m in members:
        if len(m) < PACK_DOCS:
            packs.setdefault(order[m[0]] // PACK_DOCS, []).append(m)
    if rest and not packs and out:  # no small events: the rest goes with the smallest big one
        out[-1] = Partition(documents=tuple(sorted((*out[-1].documents, *rest), key=order.__getitem__)),
                            events=out[-1].events)
    elif rest:  # with the last pack: a small corpus stays one partition
        packs.setdefault(max(packs, default=0), []).append(rest)
    for k in sorted(packs):
        ids = sorted((x for m in packs[k] for x in m), key=order.__getitem__)
        out.append(Partition(documents=tuple(ids), events=sum(1 for m in packs[k] if m is not rest)))
    return out


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), SQL_IDS_PER_QUERY):
        yield ids[i:i + SQL_IDS_PER_QUERY]


def load_partition(store: object, doc_ids: Sequence[str]) -> tuple[list[Document], list[Mention], list[Claim]]:
    """One partition's documents, mentions and claims, in the store's order (as the whole-store
    readers give them), read from SQLite by document id."""
    if not _is_sqlite(store):
        wanted = set(doc_ids)
        return ([d for d in store.documents() if d.id in wanted],  # type: ignore[attr-defined]
                [m for m in store.mentions() if m.document in wanted],  # type: ignore[attr-defined]
                [c for c in store.claims() if c.document in wanted])  # type: ignore[attr-defined]
    from .store import _DOCUMENT_COLUMNS

    conn = store.conn  # type: ignore[attr-defined]
    docs: list[tuple[int, Document]] = []
    mentions: list[tuple[tuple[int, int, int], Mention]] = []
    claims: list[tuple[tuple[int, int], Claim]] = []
    for chunk in _chunks(list(doc_ids)):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT seq, {', '.join(_DOCUMENT_COLUMNS)} FROM documents WHERE id IN ({marks})",
                                tuple(chunk)):
            docs.append((row[0], from_json(Document, dict(zip(_DOCUMENT_COLUMNS, row[1:], strict=True)))))
        for seq, start, end, data in conn.execute(
            f'SELECT d.seq, m.start, m."end", m.data FROM mentions m JOIN documents d ON d.id = m.document '
            f"WHERE m.document IN ({marks})", tuple(chunk)):
            mentions.append(((seq, start, end), from_json(Mention, json.loads(data))))
        for seq, rowid, data in conn.execute(
            f"SELECT d.seq, c.rowid, c.data FROM claims c JOIN documents d ON d.id = c.document "
            f"WHERE c.document IN ({marks})", tuple(chunk)):
            claims.append(((seq, rowid), from_json(Claim, json.loads(data))))  # type: ignore[arg-type]
    # stable sorts on the keys the whole-store readers order by (ties keep rowid order)
    docs.sort(key=lambda x: x[0])
    mentions.sort(key=lambda x: x[0])
    claims.sort(key=lambda x: x[0])
    return [d for _, d in docs], [m for _, m in mentions], [c for _, c in claims]


def partition_dossiers(store: object, partitions: Iterable[Partition], *, reuse: bool = False) -> Iterator[Dossier]:
    """Each partition's dossier, one at a time (linking, reconciliation, statements).

    With `reuse` (SQLite stores), a partition whose documents and code are those of an earlier
    run is read back from the store instead of computed (`PartitionCache`): adding documents
    re-runs only the partitions they change. The dossiers read back carry no documents."""
    from .corpus import build_dossier

    cache = PartitionCache(store) if reuse and _is_sqlite(store) and not getattr(store, "readonly", False) else None
    for p in partitions:
        if cache is not None and (hit := cache.get(p)) is not None:
            yield hit
            continue
        docs, mentions, claims = load_partition(store, p.documents)
        d = build_dossier(docs, mentions, claims)
        if cache is not None:
            cache.put(p, d)
        yield d
    if cache is not None:
        cache.keep_only_used()


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
    """Partition dossiers kept in the SQLite store, keyed by the partition's document ids (which
    hash the documents' contents) and the code fingerprint. Its own table, outside the store's
    migrations: dropping it loses nothing but time."""

    def __init__(self, store: object) -> None:
        self.conn = store.conn  # type: ignore[attr-defined]
        self.conn.execute("CREATE TABLE IF NOT EXISTS corpus_partitions (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.used: set[str] = set()

    @staticmethod
    def key(p: Partition) -> str:
        return hashlib.sha1("\n".join((code_fingerprint(), *p.documents)).encode()).hexdigest()

    def get(self, p: Partition) -> Dossier | None:
        k = self.key(p)
        self.used.add(k)
        row = self.conn.execute("SELECT data FROM corpus_partitions WHERE key = ?", (k,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        types = typing.get_type_hints(Dossier)
        return Dossier(**{part: from_json(types[part], data[part]) for part in _CACHED_PARTS})

    def put(self, p: Partition, d: Dossier) -> None:
        from .models import to_json

        data = json.dumps({part: to_json(getattr(d, part)) for part in _CACHED_PARTS}, ensure_ascii=False)
        self.conn.execute("INSERT OR REPLACE INTO corpus_partitions (key, data) VALUES (?, ?)", (self.key(p), data))

    def keep_only_used(self) -> None:
        """Forget partitions this run did not ask for (the corpus moved on; keeps the table small)."""
        keep = sorted(self.used)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS used_partitions (key TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM used_partitions")
        self.conn.executemany("INSERT OR IGNORE INTO used_partitions VALUES (?)", [(k,) for k in keep])
        self.conn.execute("DELETE FROM corpus_partitions WHERE key NOT IN (SELECT key FROM used_partitions)")


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
