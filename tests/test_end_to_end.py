"""The whole job on the founding articles, through the library and through the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from counterpoint.pipeline import analyze
from counterpoint.store import open_store

SCHEMA_NAME = "dossier.schema.json"


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, seeds_dir):
    """Seeds plus a renamed copy, a binary file and an empty file, analyzed once."""
    src = tmp_path_factory.mktemp("in")
    for p in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(p, src / p.name)
    first = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(first, src / "zz_copy_of_first.txt")
    (src / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    summary = analyze([src], out_dir=out)
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    return src, out, summary, dossier, first.name


def test_dossier_is_valid_against_the_contract(seeds_run, shared):
    schema = json.loads((shared / "spec" / SCHEMA_NAME).read_text(encoding="utf-8"))
    jsonschema.validate(seeds_run[3], schema)


def test_documents_ok_duplicate_and_skipped(seeds_run):
    _src, _out, summary, dossier, first = seeds_run
    by_name = {Path(d["path"]).name: d for d in dossier["documents"]}
    seeds = [n for n in by_name if n[:3].isdigit()]
    assert len(seeds) == 5 and all(by_name[n]["status"] == "ok" for n in seeds)
    assert by_name["002_12bead12c958d291.txt"]["published"] == "2022-01-05"
    assert by_name["zz_copy_of_first.txt"]["duplicate_of"] == by_name[first]["id"]
    for name in ("picture.txt", "empty.txt"):
        assert by_name[name]["status"] == "skipped" and by_name[name]["reason"]
    assert summary.skipped == 2 and len(summary.skipped_now) == 2


def test_claims_point_into_the_cleaned_text(seeds_run):
    dossier = seeds_run[3]
    texts = {d["id"]: d["text"] for d in dossier["documents"]}
    figures = [c for c in dossier["claims"] if c["kind"] == "figure"]
    assert figures, "the seeds state many figures"
    for c in dossier["claims"]:
        ev = c["evidence"]
        assert texts[ev["document"]][ev["start"]:ev["end"]] == ev["text"]


def test_running_again_changes_nothing(seeds_run):
    src, out, _summary, dossier, _ = seeds_run
    again = analyze([src], out_dir=out)
    assert again.new == 0
    second = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert second["documents"] == dossier["documents"]
    assert second["claims"] == dossier["claims"]
    with open_store(out / "counterpoint.db", readonly=True) as s:
        assert s.integrity_ok()


def test_report_written_and_shows_the_headline_figures(seeds_run):
    html = (seeds_run[1] / "dossier.html").read_text(encoding="utf-8")
    assert "164" in html and "7,939" in html


def test_cli_analyze_strict_and_export(tmp_path, seeds_dir):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sorted(seeds_dir.glob("*.txt"))[1], src / "a.txt")
    (src / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    cli = [sys.executable, "-m", "counterpoint.cli"]
    run = subprocess.run([*cli, "analyze", str(src), "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "documents" in run.stdout and "skipped" in run.stderr
    strict = subprocess.run([*cli, "analyze", str(src), "--out", str(tmp_path / "o2"), "--strict"],
                            capture_output=True, text=True)
    assert strict.returncode == 1
    for fmt, name in (("json", "d.json"), ("csv", "f.csv"), ("geojson", "p.geojson")):
        ex = subprocess.run([*cli, "export", "--db", str(out / "counterpoint.db"), "--format", fmt, "--out", str(tmp_path / name)], capture_output=True, text=True)
        assert ex.returncode == 0, ex.stderr
        assert (tmp_path / name).stat().st_size > 0
    missing = subprocess.run([*cli, "report", "--db", str(tmp_path / "none.db")], capture_output=True, text=True)
    assert missing.returncode == 2 and "analyze" in missing.stderr and "Traceback" not in missing.stderr
