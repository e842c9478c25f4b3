"""Two `analyze` processes on one --db (issue 7, item 3): the second waits and says so, nothing
is lost, and a reader (export) works while a writer runs.

The lock's time-out path (StoreBusy after wait_s) is unit-tested in tests/test_store.py.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from articles import write_articles
from procs import cli, read_err, stored_documents

RUN_TIMEOUT_S = 150
FIRST_DOCS = 40
SECOND_DOCS = 12


def _paths(db: Path) -> set[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT path FROM documents")}
    finally:
        con.close()


def _wait(proc, deadline: float) -> None:
    proc.wait(timeout=max(1.0, deadline - time.monotonic()))


@pytest.mark.slow
def test_second_writer_waits_and_nothing_is_lost(tmp_path):
    a_in, b_in = tmp_path / "a", tmp_path / "b"
    write_articles(a_in, FIRST_DOCS, seed=1)
    write_articles(b_in, SECOND_DOCS, seed=2)
    for p in b_in.iterdir():  # distinct names, so every path in the store says which run it came from
        p.rename(b_in / f"b-{p.name}")
    db = tmp_path / "shared.db"
    deadline = time.monotonic() + RUN_TIMEOUT_S
    a, a_err = cli(["analyze", str(a_in), "--db", str(db), "--out", str(tmp_path / "out-a")])
    try:
        # the store file appears only once the first run holds the writer lock (pipeline order)
        while not db.exists() and a.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert a.poll() is None, "the first run ended before the second could start"
        b, b_err = cli(["analyze", str(b_in), "--db", str(db), "--out", str(tmp_path / "out-b")])
        # a reader is never blocked by the writer (WAL): export works mid-run
        while stored_documents(db) == 0 and a.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        reader, r_err = cli(["export", "--db", str(db), "--format", "json", "--out", str(tmp_path / "mid.json")])
        _wait(reader, deadline)
        reader_stderr = read_err(r_err)
        _wait(a, deadline)
        b_running_after_a = b.poll() is None
        _wait(b, deadline)
    finally:
        for p in (a, locals().get("b"), locals().get("reader")):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait()
    a_stderr, b_stderr = read_err(a_err), read_err(b_err)
    assert a.returncode == 0, a_stderr[-3000:]
    assert b.returncode == 0, b_stderr[-3000:]
    assert "another `counterpoint analyze` is writing" in b_stderr and "waiting" in b_stderr, b_stderr[-2000:]
    assert b_running_after_a, "the second run finished before the first: it did not wait for the lock"
    assert reader.returncode == 0, reader_stderr[-2000:]
    json.loads((tmp_path / "mid.json").read_text(encoding="utf-8"))

    paths = _paths(db)
    assert sum(1 for p in paths if "/a/" in p) == FIRST_DOCS
    assert sum(1 for p in paths if "/b/" in p) == SECOND_DOCS
    # the second run rebuilt the corpus over both runs' documents
    dossier_b = json.loads((tmp_path / "out-b" / "dossier.json").read_text(encoding="utf-8"))
    assert len(dossier_b["documents"]) == FIRST_DOCS + SECOND_DOCS
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
