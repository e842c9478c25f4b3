"""Schema written once for both store backends (store.SQLiteStore, store_pg.PostgresStore).

A migration given here is a list of tables and indexes as data; `ddl` writes it out in one
dialect. What differs between SQLite and PostgreSQL is data too (`Dialect`), not a second copy of
the DDL: two copies drift (a column or an index added to one store only), and a store moved from
one backend to the other must find the same tables under the same version number.

Migrations 1 and 2 stay written per backend in store.py and store_pg.py: their differences
(the autoincrement key, SQLite's implicit rowid against an explicit `seq`, json_each against
jsonb_array_elements in the views) run through most of their lines.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["POSTGRES", "SQLITE", "Dialect", "Index", "Table", "ddl", "migration_3"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    name: str
    columns: tuple[str, ...]  # column definitions, written as both dialects read them


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    name: str
    table: str
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Dialect:
    """What a backend adds to or changes in the shared migrations."""

    name: str
    # Tables dropped before migration 3 creates them again: SQLite stores of the release before
    # migration 3 made `corpus_partitions` outside the migrations (no PostgreSQL store did).
    drop_before_migration_3: tuple[str, ...] = ()


SQLITE = Dialect(name="sqlite", drop_before_migration_3=("corpus_partitions",))
POSTGRES = Dialect(name="postgresql")

# 3: the corpus stage by event (event_assignment, corpus_partitions). `document_events`: the
# event each clusterable document was last assigned to, with its publication day, so new
# documents are clustered with the events near them only; `cluster_keys`: each document's rare
# names, to find earlier events a follow-up or an undated text belongs to; `corpus_partitions`:
# each partition's corpus-stage result, keyed by its documents and the code. All three are
# caches of what the corpus stage can recompute from the documents.
MIGRATION_3_TABLES = (
    Table(name="document_events",
          columns=("document TEXT PRIMARY KEY REFERENCES documents(id)", "event TEXT NOT NULL", "day INTEGER")),
    Table(name="cluster_keys",
          columns=("key TEXT NOT NULL", "document TEXT NOT NULL REFERENCES documents(id)", "day INTEGER")),
    Table(name="corpus_partitions", columns=("key TEXT PRIMARY KEY", "data TEXT NOT NULL")),
)
MIGRATION_3_INDEXES = (
    Index(name="document_events_event", table="document_events", columns=("event",)),
    Index(name="document_events_day", table="document_events", columns=("day",)),
    # (key, day): the day-window lookup reads only the window's holders of each key
    Index(name="cluster_keys_key_day", table="cluster_keys", columns=("key", "day")),
)


def ddl(tables: tuple[Table, ...], indexes: tuple[Index, ...], *, drop: tuple[str, ...] = ()) -> str:
    """The statements creating `tables` and `indexes` (after dropping `drop`), joined by ";" as
    the stores' migration runners split them (so no ";" may appear inside a statement)."""
    stmts = [f"DROP TABLE IF EXISTS {name}" for name in drop]
    for t in tables:
        stmts.append(f"CREATE TABLE {t.name} (\n    " + ",\n    ".join(t.columns) + "\n)")
        stmts.extend(f"CREATE INDEX {i.name} ON {i.table}({', '.join(i.columns)})" for i in indexes
                     if i.table == t.name)
    return ";\n".join(stmts)


def migration_3(dialect: Dialect) -> str:
    """Migration 3's DDL in `dialect`."""
    drop = tuple(t.name for t in MIGRATION_3_TABLES if t.name in dialect.drop_before_migration_3)
    return ddl(MIGRATION_3_TABLES, MIGRATION_3_INDEXES, drop=drop)
