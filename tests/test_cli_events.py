"""`counterpoint events --db`: the event table, and --out writing the index and event pages."""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "web"))
from web_store import write_store

from counterpoint.cli import app


def test_events_table_and_pages(tmp_path: Path):
    db = tmp_path / "store.db"
    write_store(db)
    runner = CliRunner()
    res = runner.invoke(app, ["events", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 event" in res.output and "unrest" in res.output
    res = runner.invoke(app, ["events", "--db", str(db), "--out", str(tmp_path / "site")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "events" / "ev1.html").exists()
    assert (tmp_path / "site" / "events" / "ev1.json").exists()


def test_events_on_a_missing_store_is_a_clean_error(tmp_path: Path):
    res = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2
