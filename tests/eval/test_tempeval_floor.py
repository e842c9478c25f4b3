"""CI floor for the TempEval-3 date evaluation (dev = TimeBank; the whole split runs in < 1 s)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Measured on dev (all 183 TimeBank documents): 0.861. Margin 0.02 for rule changes elsewhere
# (the number of gold items is 1,016, so 0.02 is ~20 expressions).
DATE_VALUE_ACCURACY_FLOOR = 0.84


def _eval_module():
    path = ROOT / "eval" / "tempeval.py"
    spec = importlib.util.spec_from_file_location("cp_eval_tempeval", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_tempeval_dev_floor(shared: Path) -> None:
    metrics = _eval_module().run("dev", None)
    assert metrics["date_value_accuracy"] >= DATE_VALUE_ACCURACY_FLOOR
