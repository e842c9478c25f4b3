"""The corpus stage by event partition: cluster first, then link and reconcile each event alone.

Entity linking, reconciliation and the statement step only ever compare things inside one
event (groups carry their event; propositions are per event), so they can run event by event:
`event_partitions` clusters the stored documents (on their leads, without linked entities:
names are already terms of the vectors), and `partition_dossiers` loads one partition's
documents, mentions and claims from the store at a time and yields its dossier. Memory then
follows the largest partition, not the corpus, and each partition is independent (a process
pool or a Dask task could take it).

Small events are packed together into one partition of about `PACK_DOCS` documents so a pile
of one-article events does not pay the linker's and reconciler's fixed cost per article;
inside a partition `reconcile` clusters again (with linked entities), so packed events stay
apart.

`merge_dossiers` joins partition dossiers into the one dossier of the corpus (the per-outlet
framing and the timeline are recomputed over the whole corpus, since outlets and dated events
cross partitions). A corpus that forms one partition goes through `corpus.build_dossier`
unchanged, so its dossier is byte-identical to the unpartitioned stage's.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

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

__all__ = ["Partition", "event_partitions", "load_partition", "merge_dossiers", "partition_dossiers"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Partition:
    """Documents whose corpus stage runs together (one event, or several small ones packed)."""

    documents: tuple[str, ...]  # document ids, store order
    events: int  # event clusters packed in it


def _is_sqlite(store: object) -> bool:
    from .store import SQLiteStore

    return type(store) is SQLiteStore  # the PostgreSQL store orders rows by its own columns


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
    members.sort(key=lambda m: (-len(m), order[m[0]]))
    out: list[Partition] = []
    pack: list[str] = []
    packed = 0
    for m in members:
        if len(m) >= PACK_DOCS:
            out.append(Partition(documents=tuple(m), events=1))
            continue
        if len(pack) + len(m) > PACK_DOCS:
            out.append(Partition(documents=tuple(sorted(pack, key=order.__getitem__)), events=packed))
            pack, packed = [], 0
        pack.extend(m)
        packed += 1
    pack.extend(rest)  # with the last pack: a small corpus stays one partition
    if pack:
        out.append(Partition(documents=tuple(sorted(pack, key=order.__getitem__)), events=packed))
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


def partition_dossiers(store: object, partitions: Iterable[Partition]) -> Iterator[Dossier]:
    """Each partition's dossier, one at a time (linking, reconciliation, statements)."""
    from .corpus import build_dossier

    for p in partitions:
        docs, mentions, claims = load_partition(store, p.documents)
        yield build_dossier(docs, mentions, claims)


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
