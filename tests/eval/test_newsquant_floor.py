"""CI floor for NewsQuant (dev = even positions; the whole split runs in about a second)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Measured on dev (295 sentences, 460 gold quantities): value F1 0.926, value+qualifier F1 0.861.
# Margin 0.02 (~9 quantities) for parser changes that trade one case for another.
VALUE_F1_FLOOR = 0.905
VALUE_QUALIFIER_F1_FLOOR = 0.840


def _eval_module():
    path = ROOT / "eval" / "newsquant.py"
    spec = importlib.util.spec_from_file_location("cp_eval_newsquant", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_newsquant_dev_floor(shared: Path) -> None:
    metrics = _eval_module().run("dev", None)
    assert metrics["value_f1"] >= VALUE_F1_FLOOR
    assert metrics["value_qualifier_f1"] >= VALUE_QUALIFIER_F1_FLOOR
