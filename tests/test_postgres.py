"""The PostgreSQL store on a throwaway local cluster: the SQLite store's guarantees (round trip,
one transaction per document, schema versions, one writer) and the same dossier end to end.

The cluster is started here (tests/pg_cluster.py) and stopped at the end; without PostgreSQL's
server programs these tests are skipped (`make test` installs Debian's postgresql first).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg")

import pg_cluster  # noqa: E402
from test_store import _result  # noqa: E402

from counterpoint.errors import StoreBusy, StoreError  # noqa: E402
from counterpoint.models import Best, DocResult, Dossier, Entity, Geo, Group  # noqa: E402
from counterpoint.pipeline import analyze  # noqa: E402
from counterpoint.store import MIGRATIONS, open_store, write_lock  # noqa: E402
from counterpoint.store_pg import PG_MIGRATIONS, redact  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "example_dossier.json"
_names = itertools.count()


@pytest.fixture(scope="module")
def cluster():
    if pg_cluster.server_bin() is None:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql)")
    c = pg_cluster.start()
    yield c
    c.stop()


@pytest.fixture
def url(cluster) -> str:
    """A fresh, empty database for each test."""
    return cluster.create_database(f"t{next(_names)}")


def test_migrations_match_sqlite_version_for_version():
    # a schema version means the same tables on both backends: a new SQLite migration needs its twin
    assert len(PG_MIGRATIONS) == len(MIGRATIONS)


def test_round_trip_idempotent_and_reopened(url):
    with open_store(url) as s:
        r = _result()
        s.save_result(r)
        s.save_result(r)  # same id: no change
        assert s.documents() == [r.document]
        assert s.claims() == list(r.claims)
        assert s.mentions() == list(r.mentions)
        assert s.counts()["figures"] == 1 and s.has_document("d1")
        assert s.integrity_ok()
        fp = s.fingerprint()
    with open_store(url, readonly=True) as s:  # reopening does not re-run migrations or lose data
        assert [d.id for d in s.documents()] == ["d1"] and s.fingerprint() == fp
        assert s.conn.execute("SELECT version FROM schema_version").fetchone()[0] == len(PG_MIGRATIONS)


def test_claims_and_mentions_keep_document_order(url):
    with open_store(url) as s:
        for doc_id in ("d9", "d2", "d5"):  # insertion order, not id order
            s.save_result(_result(doc_id))
        assert [c.document for c in s.claims()] == ["d9", "d2", "d5"]
        assert [m.document for m in s.mentions()] == ["d9", "d2", "d5"]


def test_corpus_parts_round_trip(url):
    r = _result()
    ent = Entity(id="e-1", name="Almaty", type="place", aliases=("Almaty", "Alma-Ata"), documents=("d1",),
                 mentions=2, geo=Geo(lat=43.25, lon=76.91, country="KZ", geonameid=1526384))
    grp = Group(id="g-1", measure="detained", subject="person", place=None, claims=("d1-f1",), verdict="single",
                best=Best(value=6044, low=6044, high=6044), outlets=1, independent_sources=1,
                explanation="6,044 detained, one source — 100% of them.")
    with open_store(url) as s:
        s.save_result(r)
        s.save_corpus(Dossier(documents=(r.document,), entities=(ent,), claims=r.claims, groups=(grp,)))
        before = s.fingerprint()
        s.save_corpus(Dossier(documents=(r.document,), entities=(ent,), claims=r.claims, groups=(grp, grp)))
        assert s.fingerprint() != before  # readers notice replaced corpus results
        d = s.load_dossier()
    assert d.entities == (ent,) and d.groups == (grp, grp) and d.claims == r.claims


def test_failed_write_leaves_store_untouched(url):
    with open_store(url) as s:
        s.save_result(_result("d1"))
        bad = _result("d2")
        clash = DocResult(document=bad.document, mentions=bad.mentions, claims=(bad.claims[0], bad.claims[0]))
        with pytest.raises(psycopg.IntegrityError):
            s.save_result(clash)
        assert [d.id for d in s.documents()] == ["d1"]
        assert s.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1


def test_readonly_empty_database_and_unreachable_server_are_clear_errors(url, tmp_path):
    with pytest.raises(StoreError, match="run `counterpoint analyze` first"):
        open_store(url, readonly=True)
    nowhere = f"postgresql://someone:secret@/db?host={tmp_path}&port=1"
    with pytest.raises(StoreError, match="cannot connect") as info:
        open_store(nowhere)
    assert "secret" not in str(info.value)
    assert redact("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"


def test_newer_schema_refused(url):
    open_store(url).close()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="newer"):
        open_store(url)


def test_write_lock_waits_then_fails_cleanly(url):
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with write_lock(url):
            held.set()
            release.wait(20)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert held.wait(20)
        waits: list[str] = []
        with pytest.raises(StoreBusy), write_lock(url, wait_s=0.5, on_wait=waits.append):
            pass
        assert waits and "another" in waits[0]
    finally:
        release.set()
        t.join()
    with write_lock(url, wait_s=5):  # released with the holder's session
        pass


@pytest.mark.slow
def test_example_corpus_gives_the_golden_dossier_on_postgres(url, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    analyze([Path("examples") / "kazakhstan-2022"], out_dir=tmp_path / "out", db_path=url)
    assert (tmp_path / "out" / "dossier.json").read_bytes() == GOLDEN.read_bytes()
    with open_store(url, readonly=True) as s:  # what report/export/serve read back is the same
        from counterpoint.dossier import dumps

        assert dumps(s.load_dossier()).encode() == GOLDEN.read_bytes()


@pytest.mark.slow
def test_cli_analyze_resume_export_and_web_app_on_postgres(url, tmp_path, seeds_dir):
    from fastapi.testclient import TestClient

    from counterpoint.web import create_app

    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for p in seeds[:2]:
        shutil.copy(p, src / p.name)
    cli = [sys.executable, "-m", "counterpoint.cli"]
    run = subprocess.run([*cli, "analyze", str(src), "--db", url, "--out", str(tmp_path / "o1")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    for p in seeds[2:]:  # the rest later: only new documents are analyzed, into the same database
        shutil.copy(p, src / p.name)
    app = TestClient(create_app(url), base_url="http://127.0.0.1", client=("127.0.0.1", 50000))
    assert len(app.get("/api/documents").json()["items"]) == 2
    run = subprocess.run([*cli, "analyze", str(src), "--db", url, "--out", str(tmp_path / "o2")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert len(app.get("/api/documents").json()["items"]) == len(seeds)  # the app sees the new run
    ex = subprocess.run([*cli, "export", "--db", url, "--format", "parquet", "--out", str(tmp_path / "pq")],
                        capture_output=True, text=True, timeout=300)
    assert ex.returncode == 0, ex.stderr[-2000:]
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "pq" / "documents.parquet").num_rows == len(seeds)
    # the same files into a SQLite store give the same dossier
    analyze([src], out_dir=tmp_path / "lite")
    assert (tmp_path / "o2" / "dossier.json").read_bytes() == (tmp_path / "lite" / "dossier.json").read_bytes()


@pytest.mark.slow
def test_two_analyze_runs_at_once_on_one_database_lose_nothing(url, tmp_path, seeds_dir):
    seeds = sorted(seeds_dir.glob("*.txt"))
    ins = [tmp_path / "a", tmp_path / "b"]
    for folder, part in zip(ins, (seeds[:2], seeds[2:]), strict=True):
        folder.mkdir()
        for p in part:
            shutil.copy(p, folder / p.name)
    cli = [sys.executable, "-m", "counterpoint.cli", "analyze"]
    procs = [subprocess.Popen([*cli, str(folder), "--db", url, "--out", str(tmp_path / f"out-{folder.name}")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for folder in ins]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    with open_store(url, readonly=True) as s:
        assert sorted(d.path for d in s.documents()) == sorted(str(f / p.name) for f in ins for p in f.iterdir())
        assert s.integrity_ok()
        # the run that finished last reconciled everything: the stored corpus covers every document
        assert {c.document for c in s.load_dossier().claims} == {c.document for c in s.claims()}


def test_event_assignment_and_partitions_match_sqlite_on_postgres(url, tmp_path, monkeypatch):
    # migration 3's tables and the store methods of the corpus stage by event, on both backends
    from test_event_assignment import SIX, _doc

    from counterpoint import corpus_partitions
    from counterpoint.corpus_partitions import event_partitions, partition_dossiers, update_partitions
    from counterpoint.event_assignment import assign_events

    monkeypatch.setattr(corpus_partitions, "PACK_DOCS", 1)  # one partition per event
    got = []
    for where in (url, tmp_path / "lite.db"):
        with open_store(where) as s:
            for row in SIX:
                s.save_result(_doc(*row))
            assign_events(s, batch_docs=2, whole_docs=0)
            parts = event_partitions(s)
            first = [(d.groups, d.claims, d.events) for d in partition_dossiers(s, parts, reuse=True)]
            assert update_partitions(s, parts) == 0  # every partition's result was kept
            again = [(d.groups, d.claims, d.events) for d in partition_dossiers(s, parts, reuse=True)]
            assert again == first
            assert s.results_for(["doc03", "doc01"])[2] == [c for c in s.claims() if c.document in ("doc01", "doc03")]
            got.append((sorted(p.documents for p in parts), first))
    assert got[0] == got[1]
