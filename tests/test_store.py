from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from counterpoint.errors import StoreBusy, StoreError
from counterpoint.models import (
    Best, DocResult, Document, Dossier, Entity, Evidence, FigureClaim, Geo, Group, Mention, Source,
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
