"""CI floor for PolNeAR source spans on the first 20 dev articles (about 20 s)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Measured on the first 20 dev articles (scored attributions ~240): source F1 0.865.
# Margin 0.03 (~7 attributions) for parser-version and cue-list changes.
SOURCE_F1_FLOOR = 0.835


def _eval_module():
    path = ROOT / "eval" / "polnear.py"
    spec = importlib.util.spec_from_file_location("cp_eval_polnear", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_polnear_dev_floor(shared: Path) -> None:
    metrics = _eval_module().run("dev", 20)
    assert metrics["source_f1"] >= SOURCE_F1_FLOOR
