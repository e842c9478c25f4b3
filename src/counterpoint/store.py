"""The embedded store: SQLite in WAL mode, schema versioned by migrations.

One small interface (`Store`) so a PostgreSQL backend can follow. Each document's results are
written in one transaction, so an interrupted run never leaves half a document behind; the
corpus-level results (entities, groups, timeline, outlets) are replaced in one transaction too.
Documents are keyed by their id (path + content hash): storing the same document again is a no-op.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from .errors import StoreBusy, StoreError
from .models import (
    Claim,
    DocResult,
    Document,
    Dossier,
    Entity,
    EventCluster,
    Group,
    Mention,
    OutletProfile,
    Proposition,
    TimelineEntry,
    from_json,
    to_json,
)
from .store_schema import SQLITE, migration_3

# Each migration moves the schema one version up; the applied version lives in `schema_version`.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        text TEXT,
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        language TEXT,
        duplicate_of TEXT,
        text_hash TEXT
    );
    CREATE INDEX documents_text_hash ON documents(text_hash);
    CREATE TABLE mentions (
        document TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX mentions_document ON mentions(document);
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id),
        kind TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX claims_document ON claims(document);
    CREATE TABLE corpus (
        part TEXT PRIMARY KEY,
        data TEXT NOT NULL
    );
    """,
    # 2: SQL views over the corpus results, so `datasette counterpoint.db` (or DuckDB, or
    # plain SQL) shows figures and groups as facetable tables instead of JSON text. Built on
    # the linked claims and groups the corpus stage saves; place is the linked entity's name
    # (else the place as written). No ";" inside a statement: migrations split on it.
    """
    CREATE VIEW figures AS
    SELECT
        json_extract(c.value, '$.id') AS id,
        json_extract(c.value, '$.measure') AS measure,
        json_extract(c.value, '$.value') AS value,
        json_extract(c.value, '$.low') AS low,
        json_extract(c.value, '$.high') AS high,
        json_extract(c.value, '$.qualifier') AS qualifier,
        json_extract(c.value, '$.unit') AS unit,
        json_extract(c.value, '$.subject') AS subject,
        COALESCE(
            (SELECT json_extract(e.value, '$.name') FROM corpus AS ce, json_each(ce.data) AS e
             WHERE ce.part = 'entities' AND json_extract(e.value, '$.id') = json_extract(c.value, '$.place')),
            json_extract(c.value, '$.place_name')) AS place,
        json_extract(c.value, '$.as_of') AS as_of,
        (SELECT json_extract(s.value, '$.name') FROM json_each(c.value, '$.sources') AS s
         WHERE json_extract(s.value, '$.role') = 'origin' LIMIT 1) AS origin,
        json_extract(c.value, '$.hedged') AS hedged,
        json_extract(c.value, '$.document') AS document,
        d.outlet AS outlet,
        d.published AS published,
        json_extract(c.value, '$.evidence.text') AS evidence
    FROM corpus AS cc, json_each(cc.data) AS c
    LEFT JOIN documents AS d ON d.id = json_extract(c.value, '$.document')
    WHERE cc.part = 'linked_claims' AND json_extract(c.value, '$.kind') = 'figure';
    CREATE VIEW figure_groups AS
    SELECT
        json_extract(g.value, '$.id') AS id,
        json_extract(g.value, '$.measure') AS measure,
        json_extract(g.value, '$.subject') AS subject,
        (SELECT json_extract(e.value, '$.name') FROM corpus AS ce, json_each(ce.data) AS e
         WHERE ce.part = 'entities' AND json_extract(e.value, '$.id') = json_extract(g.value, '$.place')) AS place,
        json_extract(g.value, '$.verdict') AS verdict,
        json_extract(g.value, '$.best.value') AS best_value,
        json_extract(g.value, '$.best.low') AS best_low,
        json_extract(g.value, '$.best.high') AS best_high,
        json_extract(g.value, '$.outlets') AS outlets,
        json_extract(g.value, '$.independent_sources') AS independent_sources,
        json_array_length(g.value, '$.claims') AS claims,
        (SELECT group_concat(o.value, ' | ') FROM json_each(g.value, '$.origins') AS o) AS origins,
        json_extract(g.value, '$.parent') AS parent,
        json_extract(g.value, '$.event') AS event,
        json_extract(g.value, '$.explanation') AS explanation
    FROM corpus AS cg, json_each(cg.data) AS g
    WHERE cg.part = 'groups'
    """,
    # 3: the corpus stage by event: tables and indexes written once for both backends (store_schema).
    migration_3(SQLITE),
)

# The documents table's columns, in the order Document declares them.
_DOCUMENT_COLUMNS = ("id", "path", "status", "reason", "text", "title", "outlet", "url", "published",
                     "language", "duplicate_of", "text_hash")

# Documents event clustering takes (as reconcile.clustering.cluster_documents filters them).
_CLUSTERABLE = "status = 'ok' AND duplicate_of IS NULL AND text IS NOT NULL AND text <> ''"
# Values per SQL `IN (...)` list (SQLite allows 32,766 host parameters; smaller lists keep each
# query's answer small).
SQL_IDS_PER_QUERY = 500


def _json_array(records: Sequence[Any]) -> str:
    """`json.dumps(to_json(records))`, the same text, made a record at a time: the JSON-ready
    tree of every linked claim at once weighs several times the text it becomes."""
    return "[" + ", ".join(json.dumps(to_json(r), ensure_ascii=False) for r in records) + "]"


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    values = list(values)
    for i in range(0, len(values), SQL_IDS_PER_QUERY):
        yield values[i:i + SQL_IDS_PER_QUERY]


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


# PRAGMA application_id of every Counterpoint store ("CPNT" as a big-endian integer): lets
# ingest recognize a store (and its -wal/-shm/.lock files) inside an input folder.
APPLICATION_ID = 0x43504E54

# How long a second writer waits for the first before giving up, in seconds.
WRITE_LOCK_WAIT_S = 600.0
SQLITE_BUSY_TIMEOUT_MS = 30_000


class Store(Protocol):
    """What the pipeline, report and web app need from a store."""

    def documents(self) -> list[Document]: ...
    def document(self, doc_id: str) -> Document | None: ...
    def has_document(self, doc_id: str) -> bool: ...
    def counts(self) -> dict[str, int]: ...
    def mentions(self) -> list[Mention]: ...
    def claims(self) -> list[Claim]: ...
    def save_result(self, result: DocResult) -> None: ...
    def save_corpus(self, dossier: Dossier) -> None: ...
    def load_dossier(self) -> Dossier: ...
    def fingerprint(self) -> tuple[int, ...]: ...
    def close(self) -> None: ...


class EventStore(Store, Protocol):
    """What the corpus stage by event needs besides (event_assignment, corpus_partitions):
    SQLiteStore and PostgresStore both give it."""

    readonly: bool

    def results_for(self, ids: Sequence[str]) -> tuple[list[Document], list[Mention], list[Claim]]: ...
    def documents_by_id(self, ids: Sequence[str], *, text_chars: int | None = None) -> list[Document]: ...
    def clusterable_count(self) -> int: ...
    def queue_unassigned(self) -> int: ...
    def queued(self, start: int, limit: int, *, text_chars: int | None = None) -> list[Document]: ...
    def events_near(self, spans: Sequence[tuple[int, int]], keys: Sequence[str]) -> set[str]: ...
    def events_sharing_keys(self, keys: Sequence[str], *, max_docs: int) -> dict[str, int]: ...
    def event_sizes(self, events: Sequence[str]) -> dict[str, int]: ...
    def event_documents(self, events: Sequence[str]) -> list[tuple[str, str]]: ...
    def assign_events(self, rows: Sequence[tuple[str, str, int | None]],
                      keys: Sequence[tuple[str, str, int | None]]) -> None: ...
    def forget_events(self) -> None: ...
    def event_members(self) -> Iterator[tuple[str | None, str]]: ...
    def partition_result(self, key: str) -> str | None: ...
    def has_partition_result(self, key: str) -> bool: ...
    def save_partition_result(self, key: str, data: str) -> None: ...
    def keep_partition_results(self, keys: Sequence[str]) -> None: ...


class SQLiteStore:
    """SQLite implementation of `Store`. Not shared between threads (one per thread)."""

    # The column that gives mentions and claims their stored order (PostgreSQL: `seq`).
    _ROW_ORDER = "rowid"

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: run `counterpoint analyze` first")
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # autocommit mode: transactions are explicit (_tx), never implicit
                self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self.conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    # --- schema -------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._tx() as c:
            c.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = c.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                c.execute("INSERT INTO schema_version VALUES (0)")
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"the store {self.path} has schema version {version}, newer than this "
                    f"Counterpoint knows ({len(MIGRATIONS)}): upgrade Counterpoint"
                )
            for i in range(version, len(MIGRATIONS)):
                for stmt in MIGRATIONS[i].split(";"):
                    if stmt.strip():
                        c.execute(stmt)
                c.execute("UPDATE schema_version SET version = ?", (i + 1,))

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: all or nothing."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        else:
            c.execute("COMMIT")

    # --- documents and per-document results --------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save_result(self, result: DocResult) -> None:
        d = result.document
        with self._tx() as c:
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (d.id,)).fetchone():
                return  # keyed by content: already stored, nothing changes
            c.execute(
                "INSERT INTO documents (id, path, status, reason, text, title, outlet, url, published,"
                " language, duplicate_of, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (d.id, d.path, d.status, d.reason, d.text, d.title, d.outlet, d.url, d.published,
                 d.language, d.duplicate_of, d.text_hash),
            )
            c.executemany(
                'INSERT INTO mentions (document, start, "end", data) VALUES (?,?,?,?)',
                [(m.document, m.start, m.end, json.dumps(to_json(m), ensure_ascii=False)) for m in result.mentions],
            )
            c.executemany(
                "INSERT INTO claims (id, document, kind, data) VALUES (?,?,?,?)",
                [(cl.id, cl.document, cl.kind, json.dumps(to_json(cl), ensure_ascii=False)) for cl in result.claims],
            )

    def documents(self) -> list[Document]:
        return self._docs_where("1", ())

    def document(self, doc_id: str) -> Document | None:
        for d in self._docs_where("id = ?", (doc_id,)):
            return d
        return None

    def _docs_where(self, where: str, args: tuple[Any, ...]) -> list[Document]:
        rows = self.conn.execute(
            f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents WHERE {where} ORDER BY seq", args
        ).fetchall()
        return [from_json(Document, dict(zip(_DOCUMENT_COLUMNS, r, strict=False))) for r in rows]

    def mentions(self) -> list[Mention]:
        rows = self.conn.execute(
            'SELECT m.data FROM mentions m JOIN documents d ON d.id = m.document '
            'ORDER BY d.seq, m.start, m."end", m.rowid'
        )
        return [from_json(Mention, json.loads(r[0])) for r in rows]

    def claims(self) -> list[Claim]:
        rows = self.conn.execute(
            "SELECT c.data FROM claims c JOIN documents d ON d.id = c.document ORDER BY d.seq, c.rowid"
        )
        return [from_json(Claim, json.loads(r[0])) for r in rows]  # type: ignore[arg-type]

    def fingerprint(self) -> tuple[int, ...]:
        """Changes whenever an analysis adds documents or claims or replaces the corpus results:
        readers that cache a dossier compare it to know when to load it again."""
        row = self.conn.execute(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COALESCE(MAX(seq), 0) FROM documents), "
            "(SELECT COUNT(*) FROM claims), (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM corpus)"
        ).fetchone()
        return tuple(int(x) for x in row)

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "ok": q("SELECT count(*) FROM documents WHERE status='ok'").fetchone()[0],
            "skipped": q("SELECT count(*) FROM documents WHERE status='skipped'").fetchone()[0],
            "duplicates": q("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "claims": q("SELECT count(*) FROM claims").fetchone()[0],
            "figures": q("SELECT count(*) FROM claims WHERE kind='figure'").fetchone()[0],
        }

    # --- corpus-level results ----------------------------------------------------------------
    def save_corpus(self, dossier: Dossier) -> None:
        """Replace the corpus-level parts (entities, linked claims, groups, timeline, outlets)."""
        parts = {
            "entities": dossier.entities,
            "linked_claims": dossier.claims,
            "groups": dossier.groups,
            "timeline": dossier.timeline,
            "outlets": dossier.outlets,
            "events": dossier.events,
            "propositions": dossier.propositions,
        }
        with self._tx() as c:
            c.execute("DELETE FROM corpus")
            for k, records in parts.items():  # one part's text at a time
                c.execute("INSERT INTO corpus (part, data) VALUES (?, ?)", (k, _json_array(records)))

    def _corpus_part(self, part: str) -> list[Any] | None:
        row = self.conn.execute("SELECT data FROM corpus WHERE part = ?", (part,)).fetchone()
        return json.loads(row[0]) if row else None

    def load_dossier(self) -> Dossier:
        """All documents and the corpus-level results as last saved (claims with entity ids)."""
        linked = self._corpus_part("linked_claims")
        return Dossier(
            documents=tuple(self.documents()),
            entities=from_json(tuple[Entity, ...], self._corpus_part("entities") or []),
            claims=from_json(tuple[Claim, ...], linked) if linked is not None else tuple(self.claims()),
            groups=from_json(tuple[Group, ...], self._corpus_part("groups") or []),
            timeline=from_json(tuple[TimelineEntry, ...], self._corpus_part("timeline") or []),
            outlets=from_json(tuple[OutletProfile, ...], self._corpus_part("outlets") or []),
            events=from_json(tuple[EventCluster, ...], self._corpus_part("events") or []),
            propositions=from_json(tuple[Proposition, ...], self._corpus_part("propositions") or []),
        )

    # --- the corpus stage by event (event_assignment, corpus_partitions) -----------------------
    def documents_by_id(self, ids: Sequence[str], *, text_chars: int | None = None) -> list[Document]:
        """The documents of `ids`, in store order; with `text_chars`, each text cut to its first
        that many characters in SQL (a lead is all event clustering reads)."""
        cols = ", ".join(f"substr(text, 1, {int(text_chars)})" if c == "text" and text_chars else c
                         for c in _DOCUMENT_COLUMNS)
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(ids):
            rows.extend(self.conn.execute(
                f"SELECT seq, {cols} FROM documents WHERE id IN ({_marks(chunk)})", tuple(chunk)).fetchall())
        rows.sort(key=lambda r: r[0])
        return [from_json(Document, dict(zip(_DOCUMENT_COLUMNS, r[1:], strict=True))) for r in rows]

    def results_for(self, ids: Sequence[str]) -> tuple[list[Document], list[Mention], list[Claim]]:
        """The documents, mentions and claims of `ids`, each in the order the whole-store readers
        (`documents`, `mentions`, `claims`) give them."""
        ments: list[tuple[tuple[int, int, int, int], Mention]] = []
        claims: list[tuple[tuple[int, int], Claim]] = []
        for chunk in _chunks(ids):
            for seq, start, end, order, data in self.conn.execute(
                f'SELECT d.seq, m.start, m."end", m.{self._ROW_ORDER}, m.data FROM mentions m '
                f"JOIN documents d ON d.id = m.document WHERE m.document IN ({_marks(chunk)})", tuple(chunk)):
                ments.append(((seq, start, end, order), from_json(Mention, json.loads(data))))
            for seq, order, data in self.conn.execute(
                f"SELECT d.seq, c.{self._ROW_ORDER}, c.data FROM claims c JOIN documents d ON d.id = c.document "
                f"WHERE c.document IN ({_marks(chunk)})", tuple(chunk)):
                claims.append(((seq, order), from_json(Claim, json.loads(data))))  # type: ignore[arg-type]
        ments.sort(key=lambda x: x[0])
        claims.sort(key=lambda x: x[0])
        return self.documents_by_id(ids), [m for _, m in ments], [c for _, c in claims]

    def clusterable_count(self) -> int:
        """Documents event clustering takes: usable, not a duplicate, with text."""
        return int(self.conn.execute(f"SELECT count(*) FROM documents WHERE {_CLUSTERABLE}").fetchone()[0])

    def queue_unassigned(self) -> int:
        """Line up the clusterable documents no event holds yet, by publication day (undated
        last, then store order), in a temporary table `queued` reads from; returns how many."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS event_queue (pos INTEGER PRIMARY KEY, document TEXT)")
        self.conn.execute("DELETE FROM event_queue")
        self.conn.execute(
            "INSERT INTO event_queue (pos, document) SELECT ROW_NUMBER() OVER (ORDER BY "
            "CASE WHEN published IS NULL THEN 1 ELSE 0 END, substr(published, 1, 10), seq), id FROM documents "
            f"WHERE {_CLUSTERABLE} AND id NOT IN (SELECT document FROM document_events)")
        return int(self.conn.execute("SELECT count(*) FROM event_queue").fetchone()[0])

    def queued(self, start: int, limit: int, *, text_chars: int | None = None) -> list[Document]:
        """Queued documents `start` to `start + limit` (0-based), their texts cut as `documents_by_id`."""
        ids = [r[0] for r in self.conn.execute(
            "SELECT document FROM event_queue WHERE pos > ? AND pos <= ? ORDER BY pos", (start, start + limit))]
        return self.documents_by_id(ids, text_chars=text_chars)

    def events_near(self, spans: Sequence[tuple[int, int]], keys: Sequence[str]) -> set[str]:
        """Events holding a document published on a day inside one of `spans` (first, last)
        that holds one of `keys` (index range per key and span: the work follows the answer)."""
        docs: set[str] = set()
        for lo, hi in spans:
            for chunk in _chunks(sorted(set(keys))):
                docs.update(r[0] for r in self.conn.execute(
                    f"SELECT document FROM cluster_keys WHERE key IN ({_marks(chunk)}) AND day BETWEEN ? AND ?",
                    (*chunk, lo, hi)))
        return self._events_of(docs)

    def events_sharing_keys(self, keys: Sequence[str], *, max_docs: int) -> dict[str, int]:
        """Events holding a document with one of `keys`, each with how many of `keys` lead to it,
        counting only keys that at most `max_docs` documents hold (a rarer name is a stronger
        lead, and the answer stays small; each key's holders are counted no further than that
        bound)."""
        shared: dict[str, int] = {}
        for key in sorted(set(keys)):
            rows = self.conn.execute("SELECT document FROM cluster_keys WHERE key = ? LIMIT ?",
                                     (key, max_docs + 1)).fetchall()
            if len(rows) <= max_docs:
                for event in self._events_of({r[0] for r in rows}):
                    shared[event] = shared.get(event, 0) + 1
        return shared

    def event_sizes(self, events: Sequence[str]) -> dict[str, int]:
        """How many documents each of `events` holds."""
        out: dict[str, int] = {}
        for chunk in _chunks(sorted(set(events))):
            out.update((str(e), int(n)) for e, n in self.conn.execute(
                f"SELECT event, count(*) FROM document_events WHERE event IN ({_marks(chunk)}) GROUP BY event",
                tuple(chunk)))
        return out

    def _events_of(self, docs: set[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(sorted(docs)):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT event FROM document_events WHERE document IN ({_marks(chunk)})", tuple(chunk)))
        return out

    def event_documents(self, events: Sequence[str]) -> list[tuple[str, str]]:
        """(document, event) for the documents of `events`, in store order."""
        rows: list[tuple[int, str, str]] = []
        for chunk in _chunks(sorted(events)):
            rows.extend(self.conn.execute(
                f"SELECT d.seq, d.id, e.event FROM document_events e JOIN documents d ON d.id = e.document "
                f"WHERE e.event IN ({_marks(chunk)})", tuple(chunk)).fetchall())
        return [(doc, event) for _, doc, event in sorted(rows)]

    def assign_events(self, rows: Sequence[tuple[str, str, int | None]],
                      keys: Sequence[tuple[str, str, int | None]]) -> None:
        """In one transaction: record `rows` (document, event, day; a document is in one event
        only, so its earlier event is forgotten) and the new documents' `keys` (key, document, day)."""
        with self._tx() as c:
            for chunk in _chunks([r[0] for r in rows]):
                c.execute(f"DELETE FROM document_events WHERE document IN ({_marks(chunk)})", tuple(chunk))
            c.executemany("INSERT INTO document_events (document, event, day) VALUES (?, ?, ?)", rows)
            c.executemany("INSERT INTO cluster_keys (key, document, day) VALUES (?, ?, ?)", keys)

    def forget_events(self) -> None:
        """Drop every event assignment and key (the next clustering starts from nothing)."""
        with self._tx() as c:
            c.execute("DELETE FROM document_events")
            c.execute("DELETE FROM cluster_keys")

    def event_members(self) -> Iterator[tuple[str | None, str]]:
        """(event, document) for every stored document in store order: a duplicate is in its
        original's event; None for documents no event holds (skipped, empty)."""
        yield from self.conn.execute(
            "SELECT COALESCE(e.event, o.event), d.id FROM documents d "
            "LEFT JOIN document_events e ON e.document = d.id "
            "LEFT JOIN document_events o ON o.document = d.duplicate_of ORDER BY d.seq")

    def partition_result(self, key: str) -> str | None:
        """The corpus-stage result saved under `key` (JSON text), if any."""
        row = self.conn.execute("SELECT data FROM corpus_partitions WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def has_partition_result(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM corpus_partitions WHERE key = ?", (key,)).fetchone() is not None

    def save_partition_result(self, key: str, data: str) -> None:
        self.conn.execute("INSERT INTO corpus_partitions (key, data) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET data = excluded.data", (key, data))

    def keep_partition_results(self, keys: Sequence[str]) -> None:
        """Forget every partition result but those of `keys` (the corpus moved on)."""
        with self._tx() as c:
            c.execute("CREATE TEMP TABLE IF NOT EXISTS kept_partitions (key TEXT PRIMARY KEY)")
            c.execute("DELETE FROM kept_partitions")
            c.executemany("INSERT INTO kept_partitions (key) VALUES (?) ON CONFLICT DO NOTHING",
                          [(k,) for k in keys])
            c.execute("DELETE FROM corpus_partitions WHERE key NOT IN (SELECT key FROM kept_partitions)")

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, *, readonly: bool = False) -> SQLiteStore:
    """A SQLite file by default; a postgresql:// URL selects the PostgreSQL backend (store_pg)."""
    from .store_pg import PostgresStore, is_database_url

    if is_database_url(path):
        return PostgresStore(str(path), readonly=readonly)
    return SQLiteStore(path, readonly=readonly)


@contextmanager
def write_lock(
    db_path: str | Path,
    *,
    wait_s: float = WRITE_LOCK_WAIT_S,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the store's writer lock for a whole run: a second `analyze` waits, then fails cleanly.

    SQLite alone would interleave two runs' documents safely, but two runs deduplicating and
    reconciling at once would each miss the other's documents; one writer at a time is simpler.
    A postgresql:// store takes an advisory lock on the server instead (store_pg.pg_write_lock).
    """
    from .store_pg import is_database_url, pg_write_lock

    if is_database_url(db_path):
        with pg_write_lock(str(db_path), wait_s=wait_s, on_wait=on_wait):
            yield
        return
    lock_path = Path(str(db_path) + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_s
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and on_wait is not None:
                    on_wait(f"another `counterpoint analyze` is writing to {db_path}; waiting for it to finish")
                    told = True
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"another process kept {db_path} locked for {wait_s:.0f} s; try again when it is done"
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
