"""The whole dossier.json of the example corpus, compared byte for byte with a checked-in copy.

A restructuring must not change a single output byte; this test says at once if one did, and
where. When a change of behaviour is intended, regenerate the expected file deliberately and
review its diff like code:

    CP_UPDATE_GOLDEN=1 pytest tests/test_golden_outputs.py

The corpus is the repository's own example (examples/kazakhstan-2022, our own words), analyzed
from the repository root with a relative path, as the README's `counterpoint analyze` does, so
the documents' `path` fields are the same on every machine.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from counterpoint.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = Path("examples") / "kazakhstan-2022"
GOLDEN = Path(__file__).parent / "golden" / "example_dossier.json"
# Set to 1 to rewrite the expected file from the current code instead of comparing.
UPDATE_ENV = "CP_UPDATE_GOLDEN"
# Lines of unified diff shown when the outputs differ.
MAX_DIFF_LINES = 60


def test_example_dossier_json_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    analyze([EXAMPLE], out_dir=tmp_path / "out")
    got = (tmp_path / "out" / "dossier.json").read_text(encoding="utf-8")
    if os.environ.get(UPDATE_ENV) == "1":
        GOLDEN.write_text(got, encoding="utf-8")
        pytest.skip(f"rewrote {GOLDEN.name}: review its diff before committing")
    want = GOLDEN.read_text(encoding="utf-8")
    if got != want:
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "expected", "now", lineterm="")
        pytest.fail(f"dossier.json changed (run with {UPDATE_ENV}=1 if intended):\n"
                    + "\n".join(list(diff)[:MAX_DIFF_LINES]))
