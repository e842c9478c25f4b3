"""The PostgreSQL store: the same `Store` interface and the same transactions as the SQLite one,
for a team whose analyze runs and web app share one database server.

Selected by a URL instead of a path: `--db postgresql://user@host/dbname` (libpq syntax; a unix
socket is `postgresql://user@/dbname?host=/run/postgresql`). The queries are SQLiteStore's,
written once: a thin connection adapter turns `?` placeholders into psycopg's `%s`, so only what
differs between the two databases lives here (schema types, explicit row order, the writer lock).
Rows keep the JSON text SQLite stores (TEXT, not JSONB, which would reorder keys), so both
backends give the same dossier byte for byte.

One writer at a time, as with SQLite: the writer lock is a PostgreSQL advisory lock held on its
own connection for the whole run; the server releases it when that connection ends, however the
run ended (SIGKILL included). Readers (the web app) never wait for it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .errors import StoreBusy, StoreError
from .models import Claim, Mention, from_json
from .store import WRITE_LOCK_WAIT_S, SQLiteStore
from .store_schema import POSTGRES, migration_3

# URL schemes that select this backend.
URL_SCHEMES = ("postgresql://", "postgres://")

# Schema versions, one to one with store.MIGRATIONS (the same version number means the same
# tables). Differences from SQLite: BIGSERIAL for the autoincrement key, and an explicit `seq` on
# mentions and claims where SQLite's implicit rowid gives their stored order.
PG_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        seq BIGSERIAL PRIMARY KEY,
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
        seq BIGSERIAL PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX mentions_document ON mentions(document);
    CREATE TABLE claims (
        seq BIGSERIAL UNIQUE,
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
    # 2: the same facetable views as the SQLite store's migration 2 (figures, figure_groups), over
    # the JSON text the corpus stage saves. No ";" inside a statement: migrations split on it.
    """
    CREATE VIEW figures AS
    SELECT
        c.value->>'id' AS id,
        c.value->>'measure' AS measure,
        (c.value->>'value')::double precision AS value,
        (c.value->>'low')::double precision AS low,
        (c.value->>'high')::double precision AS high,
        c.value->>'qualifier' AS qualifier,
        c.value->>'unit' AS unit,
        c.value->>'subject' AS subject,
        COALESCE(
            (SELECT e.value->>'name' FROM corpus AS ce, jsonb_array_elements(ce.data::jsonb) AS e(value)
             WHERE ce.part = 'entities' AND e.value->>'id' = c.value->>'place' LIMIT 1),
            c.value->>'place_name') AS place,
        c.value->>'as_of' AS as_of,
        (SELECT s.value->>'name' FROM jsonb_array_elements(c.value->'sources') AS s(value)
         WHERE s.value->>'role' = 'origin' LIMIT 1) AS origin,
        (c.value->>'hedged')::boolean AS hedged,
        c.value->>'document' AS document,
        d.outlet AS outlet,
        d.published AS published,
        c.value->'evidence'->>'text' AS evidence
    FROM corpus AS cc CROSS JOIN jsonb_array_elements(cc.data::jsonb) AS c(value)
    LEFT JOIN documents AS d ON d.id = c.value->>'document'
    WHERE cc.part = 'linked_claims' AND c.value->>'kind' = 'figure';
    CREATE VIEW figure_groups AS
    SELECT
        g.value->>'id' AS id,
        g.value->>'measure' AS measure,
        g.value->>'subject' AS subject,
        (SELECT e.value->>'name' FROM corpus AS ce, jsonb_array_elements(ce.data::jsonb) AS e(value)
         WHERE ce.part = 'entities' AND e.value->>'id' = g.value->>'place' LIMIT 1) AS place,
        g.value->>'verdict' AS verdict,
        (g.value->'best'->>'value')::double precision AS best_value,
        (g.value->'best'->>'low')::double precision AS best_low,
        (g.value->'best'->>'high')::double precision AS best_high,
        (g.value->>'outlets')::integer AS outlets,
        (g.value->>'independent_sources')::integer AS independent_sources,
        jsonb_array_length(g.value->'claims') AS claims,
        (SELECT string_agg(o.value, ' | ') FROM jsonb_array_elements_text(g.value->'origins') AS o(value)) AS origins,
        g.value->>'parent' AS parent,
        g.value->>'event' AS event,
        g.value->>'explanation' AS explanation
    FROM corpus AS cg CROSS JOIN jsonb_array_elements(cg.data::jsonb) AS g(value)
    WHERE cg.part = 'groups'
    """,
    # 3: the corpus stage by event, from the same table list as the SQLite store's (store_schema).
    migration_3(POSTGRES),
)

# Advisory lock keys (any 64-bit numbers no other application on the database uses).
WRITER_LOCK_KEY = 0x436F756E74657231  # "Counter1"
MIGRATION_LOCK_KEY = 0x436F756E74657232
# How long to wait for the server when connecting, in seconds.
CONNECT_TIMEOUT_S = 20
_PASSWORD_RE = re.compile(r"(://[^:/@]+):[^@/]*@")


def is_database_url(db: object) -> bool:
    return isinstance(db, str) and db.startswith(URL_SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return _PASSWORD_RE.sub(r"\1:***@", url)


def _connect(url: str) -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("a postgresql:// store needs psycopg: pip install 'psycopg[binary]'") from exc
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {redact(url)}: {str(exc).strip()}") from exc


class _Conn:
    """The slice of sqlite3.Connection SQLiteStore's queries use, over a psycopg connection."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.raw.execute(self._sql(sql), tuple(args) or None)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(SQLiteStore):
    """PostgreSQL implementation of `Store` (SQLiteStore's queries over `_Conn`)."""

    conn: _Conn  # type: ignore[assignment]  # duck-typed: the queries SQLiteStore runs
    _ROW_ORDER = "seq"  # no rowid: mentions and claims carry their insertion order

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        self.url = url
        self.path = url  # type: ignore[assignment]  # what messages name
        self.readonly = readonly
        self.conn = _Conn(_connect(url))
        try:
            if readonly:
                self.conn.execute("SET default_transaction_read_only = on")
                if self.conn.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
                    raise StoreError(f"no store at {redact(url)}: run `counterpoint analyze` first")
            else:
                self._migrate()
        except BaseException:
            self.conn.close()
            raise

    def _migrate(self) -> None:
        with self._tx() as c:
            # two first runs at once: one creates the schema, the other waits and sees it
            c.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            c.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = c.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if row is None:
                c.execute("INSERT INTO schema_version VALUES (0)")
            if version > len(PG_MIGRATIONS):
                raise StoreError(
                    f"the store {redact(self.url)} has schema version {version}, newer than this "
                    f"Counterpoint knows ({len(PG_MIGRATIONS)}): upgrade Counterpoint"
                )
            for i in range(version, len(PG_MIGRATIONS)):
                for stmt in PG_MIGRATIONS[i].split(";"):
                    if stmt.strip():
                        c.execute(stmt)
                c.execute("UPDATE schema_version SET version = ?", (i + 1,))

    @contextmanager
    def _tx(self) -> Iterator[_Conn]:  # type: ignore[override]
        """One transaction: all or nothing."""
        with self.conn.raw.transaction():
            yield self.conn

    def documents(self) -> list:
        return self._docs_where("TRUE", ())

    def mentions(self) -> list[Mention]:
        rows = self.conn.execute(
            'SELECT m.data FROM mentions m JOIN documents d ON d.id = m.document '
            'ORDER BY d.seq, m.start, m."end", m.seq'
        )
        return [from_json(Mention, _json(r[0])) for r in rows]

    def claims(self) -> list[Claim]:
        rows = self.conn.execute(
            "SELECT c.data FROM claims c JOIN documents d ON d.id = c.document ORDER BY d.seq, c.seq"
        )
        return [from_json(Claim, _json(r[0])) for r in rows]  # type: ignore[arg-type]

    def integrity_ok(self) -> bool:
        # the server guarantees page integrity; what can go wrong here is a claim without its document
        return self.conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM claims c LEFT JOIN documents d ON d.id = c.document "
            "WHERE d.id IS NULL)"
        ).fetchone()[0]

    def __enter__(self) -> PostgresStore:
        return self


def _json(text: str) -> Any:
    import json

    return json.loads(text)


@contextmanager
def pg_write_lock(
    url: str, *, wait_s: float = WRITE_LOCK_WAIT_S, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """The writer lock of store.write_lock, as a session advisory lock on its own connection."""
    raw = _connect(url)
    try:
        deadline = time.monotonic() + wait_s
        told = False
        while not raw.execute("SELECT pg_try_advisory_lock(%s)", (WRITER_LOCK_KEY,)).fetchone()[0]:
            if not told and on_wait is not None:
                on_wait(f"another `counterpoint analyze` is writing to {redact(url)}; waiting for it to finish")
                told = True
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"another process kept {redact(url)} locked for {wait_s:.0f} s; try again when it is done"
                )
            time.sleep(0.2)
        yield
    finally:
        raw.close()  # ending the session releases the lock
