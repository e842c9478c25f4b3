"""SIGKILL `analyze` while it writes, resume, and compare with an uninterrupted run (issue 7, item 2).

Kill points, each in its own run over the same input and the same store:
  1. as soon as the first documents are committed (inside the first batch of writes);
  2. as soon as the resumed run commits more (inside a later batch);
  3. when every document is stored (the corpus stage: linking and reconciling);
  4. when an output's temporary file appears (writing dossier.json / dossier.html).
Then one more run finishes. Its store and dossier must equal a clean run's (a separate store over
the same files, so document ids match), with no half-written document, an intact database and no
temporary files left behind.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from articles import write_articles
from procs import run_until, stored_documents

# Generated articles on top of the five seeds: two batches of writes (pipeline.BATCH_DOCS = 32).
GENERATED = 40
RUN_TIMEOUT_S = 150


def _snapshot(db: Path) -> dict:
    from counterpoint.models import to_json
    from counterpoint.store import open_store

    with open_store(db, readonly=True) as s:
        return {
            "documents": to_json(s.documents()),
            "claims": to_json(s.claims()),
            "mentions": to_json(s.mentions()),
            "integrity": s.integrity_ok(),
        }


def _claims_per_document(db: Path) -> Counter:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return Counter(dict(con.execute("SELECT document, count(*) FROM claims GROUP BY document").fetchall()))
    finally:
        con.close()


def _temp_outputs(out: Path) -> list[Path]:
    return sorted(out.glob(".*.tmp")) if out.exists() else []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir) -> Path:
    folder = tmp_path_factory.mktemp("interrupt") / "in"
    write_articles(folder, GENERATED)
    for p in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    return folder


@pytest.fixture(scope="module")
def runs(corpus, tmp_path_factory) -> dict:
    """One clean run, then the same job killed at each kill point and finished by a last run."""
    tmp = tmp_path_factory.mktemp("runs")
    clean_db, clean_out = tmp / "clean.db", tmp / "clean-out"
    first = run_until(["analyze", str(corpus), "--db", str(clean_db), "--out", str(clean_out)], clean_db,
                      lambda: False, timeout_s=RUN_TIMEOUT_S)
    assert first.returncode == 0, first.stderr[-3000:]
    total = stored_documents(clean_db)
    assert total == GENERATED + 5

    db, out = tmp / "run.db", tmp / "run-out"
    args = ["analyze", str(corpus), "--db", str(db), "--out", str(out)]
    kills: list[tuple[str, int]] = []

    k1 = run_until(args, db, lambda: stored_documents(db) >= 1, timeout_s=RUN_TIMEOUT_S)
    assert k1.killed, "the run ended before the first kill point"
    kills.append(("first batch of writes", k1.docs_at_end))
    assert 0 < k1.docs_at_end < total

    before = k1.docs_at_end
    k2 = run_until(args, db, lambda: stored_documents(db) > before, timeout_s=RUN_TIMEOUT_S)
    assert k2.killed, "the resumed run ended before the second kill point"
    kills.append(("a later batch of writes", k2.docs_at_end))
    assert before < k2.docs_at_end <= total

    k3 = run_until(args, db, lambda: stored_documents(db) >= total, timeout_s=RUN_TIMEOUT_S)
    assert k3.killed, "the run ended before the corpus-stage kill point"
    kills.append(("corpus stage (all documents stored)", k3.docs_at_end))

    k4 = run_until(args, db, lambda: bool(_temp_outputs(out)), timeout_s=RUN_TIMEOUT_S)
    kills.append(("writing outputs" if k4.killed else "writing outputs (missed: the run finished)", k4.docs_at_end))
    partial_json_ok = True
    if (out / "dossier.json").exists():  # a reader never sees half a dossier
        try:
            json.loads((out / "dossier.json").read_text(encoding="utf-8"))
        except ValueError:
            partial_json_ok = False

    final = run_until(args, db, lambda: False, timeout_s=RUN_TIMEOUT_S)
    print("kill points (label, documents stored when killed):", kills)
    assert final.returncode == 0, final.stderr[-3000:]
    return {"clean_db": clean_db, "clean_out": clean_out, "db": db, "out": out, "kills": kills,
            "partial_json_ok": partial_json_ok, "final": final}


@pytest.mark.slow
def test_three_kills_then_resume_give_the_clean_store(runs):
    assert sum(1 for label, _n in runs["kills"] if "missed" not in label) >= 3, runs["kills"]
    got, want = _snapshot(runs["db"]), _snapshot(runs["clean_db"])
    assert got["integrity"] and want["integrity"]
    # no half-written document: each stored document has all of its claims
    assert _claims_per_document(runs["db"]) == _claims_per_document(runs["clean_db"])
    assert got["documents"] == want["documents"]
    assert got["claims"] == want["claims"]
    assert got["mentions"] == want["mentions"]


@pytest.mark.slow
def test_resumed_dossier_equals_the_clean_one(runs):
    clean_json = json.loads((runs["clean_out"] / "dossier.json").read_text(encoding="utf-8"))
    run_json = json.loads((runs["out"] / "dossier.json").read_text(encoding="utf-8"))
    assert run_json["documents"] == clean_json["documents"]
    assert run_json["claims"] == clean_json["claims"]
    differ = [p for p in ("entities", "groups", "timeline", "outlets", "events") if run_json.get(p) != clean_json.get(p)]
    assert not differ, f"corpus parts differ from the clean run (same documents and claims): {differ}"


# Rebuilds the corpus parts from one store under two hash seeds, in fresh processes.
SAME_STORE_TWICE = """
import json, sys
from counterpoint.corpus import build_dossier
from counterpoint.dossier import dossier_json
from counterpoint.store import open_store
with open_store(sys.argv[1], readonly=True) as s:
    d = build_dossier(s.documents(), s.mentions(), s.claims())
j = dossier_json(d)
print(json.dumps({k: j[k] for k in ("entities", "groups", "timeline", "outlets", "events")}, sort_keys=True))
"""


@pytest.mark.slow
def test_corpus_stage_does_not_depend_on_the_hash_seed(runs):
    """A resumed run is a new process with a new str-hash seed: set order must not leak out."""
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        proc = subprocess.run([sys.executable, "-c", SAME_STORE_TWICE, str(runs["clean_db"])], env=env,
                              capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs.append(json.loads(proc.stdout))
    differ = [k for k in outs[0] if outs[0][k] != outs[1][k]]
    assert not differ, f"corpus parts depend on PYTHONHASHSEED: {differ}"


@pytest.mark.slow
def test_outputs_whole_and_no_temporary_files_left(runs):
    assert runs["partial_json_ok"], "dossier.json was half-written when the run was killed"
    assert (runs["out"] / "dossier.html").exists()
    leftovers = _temp_outputs(runs["out"])
    assert not leftovers, f"temporary files left by a killed run: {[p.name for p in leftovers]}"


def test_atomic_outputs_keep_the_usual_file_mode(tmp_path):
    """dossier.json / dossier.html are written via a temp file; they must still be readable by
    others as a plain open() would make them (mkstemp creates 0600 files)."""
    import os

    from counterpoint.atomic import write_text_atomic

    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    atomic = write_text_atomic(tmp_path / "dossier.json", "{}\n")
    assert oct(atomic.stat().st_mode & 0o777) == oct(plain.stat().st_mode & 0o777)
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
