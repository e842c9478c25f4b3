"""Issue 14 at the command line: the terminal dossier, --json, --quiet, and a folder analyzed
into itself twice without reading its own outputs back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterpoint.cli import app

ARTICLES = {
    "a.txt": "Police in Almaty said on Monday that 120 people were detained after the protests.\n",
    "b.txt": "The Interior Ministry said on Tuesday that 150 people were detained in Almaty.\n",
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / name).write_text(text, "utf-8")
    return root


def _run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_summary_table_lists_figures_and_where_the_report_is(folder: Path) -> None:
    out = folder / "out"
    r = _run("analyze", str(folder), "--out", str(out))
    assert r.exit_code == 0, r.output
    assert "detained" in r.output and "150" in r.output and "Interior Ministry" in r.output
    assert (out / "dossier.html").resolve().as_uri() in r.output
    assert str((out / "dossier.json").resolve()) in r.output


def test_json_summary_is_computed_from_the_dossier(folder: Path) -> None:
    out = folder / "out"
    r = _run("analyze", str(folder), "--out", str(out), "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    dossier = json.loads((out / "dossier.json").read_text("utf-8"))
    assert summary["documents"] == len(dossier["documents"]) == 2
    assert len(summary["figures"]) == len(dossier["groups"])
    best = {f["best"] for f in summary["figures"]}
    assert best & {"120", "150"}, summary["figures"]
    assert summary["html"].endswith("dossier.html") and summary["skipped"] == []


def test_quiet_prints_nothing(folder: Path) -> None:
    r = _run("analyze", str(folder), "--out", str(folder / "out"), "--quiet")
    assert r.exit_code == 0 and r.output == ""


def test_outputs_inside_the_input_folder_are_never_read_back(folder: Path) -> None:
    out = folder / "out"
    for _ in range(2):
        r = _run("analyze", str(folder), "--out", str(out), "--strict", "--json")
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)["skipped"] == []
    # the same outputs, found through another name for the folder, are still recognized
    r = _run("analyze", str(folder / "." / "out" / ".."), "--out", str(folder / "elsewhere"), "--strict", "--json")
    assert r.exit_code == 0, r.output
    paths = [d["path"] for d in json.loads((folder / "elsewhere" / "dossier.json").read_text("utf-8"))["documents"]]
    assert len(paths) == 2 and not any("counterpoint.db" in p or "dossier" in p for p in paths), paths


def test_max_words_note_is_shown(folder: Path) -> None:
    r = _run("analyze", str(folder), "--out", str(folder / "out"), "--max-words", "5")
    assert r.exit_code == 0
    assert "--max-words" in r.output and "shortened" in r.output


def test_outlet_is_the_registrable_domain(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i, url in enumerate(("https://edition.cnn.com/a", "https://www.cnn.com/b")):
        (root / f"{i}.jsonl").write_text(json.dumps({
            "url": url, "text": f"Police said {100 + i} people were detained in Almaty on Monday."}) + "\n", "utf-8")
    r = _run("analyze", str(root), "--out", str(tmp_path / "out"), "--quiet")
    assert r.exit_code == 0
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text("utf-8"))
    assert {d["outlet"] for d in dossier["documents"]} == {"cnn.com"}
    assert [o["name"] for o in dossier["outlets"]] == ["cnn.com"]


def test_progress_has_totals(folder: Path, tmp_path: Path) -> None:
    from counterpoint.pipeline import analyze_into_store

    seen = []
    analyze_into_store([folder], tmp_path / "s.db", on_progress=seen.append)
    assert seen and all(p.files_total == 2 for p in seen)
    last = seen[-1]
    assert last.files_read == 2 and last.documents_done == last.documents_read == 2


def test_verbose_logs_through_one_handler(folder: Path) -> None:
    import logging

    from counterpoint.cli import setup_logging

    setup_logging(logging.INFO)
    setup_logging(logging.INFO)  # idempotent: one handler, not two
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_counterpoint", False)]
    try:
        assert len(ours) == 1 and logging.getLogger().level == logging.INFO
    finally:
        for h in ours:
            logging.getLogger().removeHandler(h)
        logging.getLogger().setLevel(logging.WARNING)
