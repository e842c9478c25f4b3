from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from counterpoint.errors import StoreBusy, StoreError
from counterpoint.models import (
    Best,
    DocResult,
    Document,
    Dossier,
    Entity,
    Evidence,
    FigureClaim,
    Geo,
    Group,
    Mention,
    Source,
    TimelineEntry,
)
from counterpoint.store import MIGRATIONS, open_store, write_lock


def _result(doc_id: str = "d1", text: str = "Police said 6,044 people were arrested.") -> DocResult:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", status="ok", text=text, outlet="Example Wire",
                   published="2022-01-09", language="en", text_hash="h" + doc_id)
    fig = FigureClaim(
        id=f"{doc_id}-f1", document=doc_id, measure="detained", value=6044, low=6044, high=6044,
        qualifier="exact", unit="people", subject="person",
        evidence=Evidence(document=doc_id, start=0, end=len(text), text=text),
        as_of="2022-01-09", sources=(Source(name="Police", role="origin", start=0, end=6),),
    )
    men = Mention(document=doc_id, start=0, end=6, text="Police", label="ORG", type="organization")
    return DocResult(document=doc, mentions=(men,), claims=(fig,))


def test_round_trip_and_idempotent(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db) as s:
        r = _result()
        s.save_result(r)
        s.save_result(r)  # same id: no change
        assert s.documents() == [r.document]
        assert s.claims() == list(r.claims)
        assert s.mentions() == list(r.mentions)
        assert s.counts()["figures"] == 1
        assert s.integrity_ok()
    with open_store(db) as s:  # reopening does not re-run migrations or lose data
        assert len(s.documents()) == 1
        assert s.conn.execute("SELECT version FROM schema_version").fetchone()[0] == len(MIGRATIONS)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_corpus_parts_round_trip(tmp_path):
    r = _result()
    ent = Entity(id="e-1", name="Almaty", type="place", aliases=("Almaty", "Alma-Ata"), documents=("d1",),
                 mentions=2, geo=Geo(lat=43.25, lon=76.91, country="KZ", geonameid=1526384))
    grp = Group(id="g-1", measure="detained", subject="person", place=None, claims=("d1-f1",), verdict="single",
                best=Best(value=6044, low=6044, high=6044), outlets=1, independent_sources=1,
                explanation="6,044 detained, one source.")
    tl = TimelineEntry(date="2022-01-02", text="protests began", documents=("d1",), claims=("d1-e1",))
    with open_store(tmp_path / "s.db") as s:
        s.save_result(r)
        s.save_corpus(Dossier(documents=(r.document,), entities=(ent,), claims=r.claims, groups=(grp,),
                              timeline=(tl,)))
        d = s.load_dossier()
    assert d.entities == (ent,) and d.groups == (grp,) and d.timeline == (tl,) and d.claims == r.claims


def test_failed_write_leaves_store_untouched(tmp_path):
    with open_store(tmp_path / "s.db") as s:
        s.save_result(_result("d1"))
        bad = _result("d2")
        # a claim id that already exists makes the insert fail half-way through the transaction
        clash = DocResult(document=bad.document, mentions=bad.mentions,
                          claims=(bad.claims[0], bad.claims[0]))
        with pytest.raises(sqlite3.IntegrityError):
            s.save_result(clash)
        assert [d.id for d in s.documents()] == ["d1"]
        assert s.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1


def test_readonly_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="run `counterpoint analyze` first"):
        open_store(tmp_path / "nope.db", readonly=True)


def test_newer_schema_refused(tmp_path):
    db = tmp_path / "s.db"
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE schema_version SET version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db)


def _hold_lock(db: str, ready, release) -> None:
    with write_lock(db):
        ready.set()
        release.wait(10)


def test_write_lock_waits_then_fails_cleanly(tmp_path):
    db = str(tmp_path / "s.db")
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(db, ready, release))
    p.start()
    try:
        assert ready.wait(20)
        messages: list[str] = []
        with pytest.raises(StoreBusy, match="locked"):
            with write_lock(db, wait_s=0.5, on_wait=messages.append):
                pass
        assert messages and "waiting" in messages[0]
        # once the holder is done, the lock is ours
        release.set()
        p.join(10)
        with write_lock(db, wait_s=5):
            pass
    finally:
        release.set()
        p.join(5)


def test_views_show_figures_and_groups_as_columns(tmp_path):
    """Issue 14: `datasette counterpoint.db` (or any SQL client) facets on real columns."""
    from counterpoint.pipeline import analyze_into_store

    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Police in Almaty said on Monday that 120 people were detained.\n", "utf-8")
    (root / "b.txt").write_text("The Interior Ministry said 150 people were detained in Almaty on Monday.\n", "utf-8")
    db = tmp_path / "s.db"
    _summary, dossier = analyze_into_store([root], db)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(figures)")]
        for col in ("measure", "value", "qualifier", "subject", "place", "as_of", "origin", "outlet"):
            assert col in cols, cols
        rows = con.execute("SELECT measure, value, origin FROM figures ORDER BY value").fetchall()
        assert [(m, v) for m, v, _o in rows] == [("detained", 120.0), ("detained", 150.0)], rows
        assert rows[1][2] == "The Interior Ministry"
        groups = con.execute("SELECT measure, verdict, best_value, claims, place FROM figure_groups").fetchall()
        assert len(groups) == len(dossier.groups) >= 1
        assert all(g[0] == "detained" and g[3] >= 1 for g in groups), groups
    finally:
        con.close()


def test_store_is_stamped_as_counterpoint(tmp_path):
    from counterpoint.ingest.own_files import is_counterpoint_store

    db = tmp_path / "s.db"
    open_store(db).close()
    assert is_counterpoint_store(str(db))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert not is_counterpoint_store(str(other))


def test_migration_3_is_one_schema_for_both_backends():
    # the two stores' migration 3 come from one table list: they differ only by SQLite's drop
    # of the corpus_partitions table that stores made before the migration existed
    from counterpoint.store_pg import PG_MIGRATIONS
    from counterpoint.store_schema import POSTGRES, SQLITE, migration_3

    assert MIGRATIONS[2] == migration_3(SQLITE) and PG_MIGRATIONS[2] == migration_3(POSTGRES)
    sqlite_stmts = [s.strip() for s in migration_3(SQLITE).split(";")]
    assert sqlite_stmts[0] == "DROP TABLE IF EXISTS corpus_partitions"
    assert sqlite_stmts[1:] == [s.strip() for s in migration_3(POSTGRES).split(";")]
    assert {s.split()[2] for s in sqlite_stmts if s.startswith("CREATE TABLE")} == {
        "document_events", "cluster_keys", "corpus_partitions"}
