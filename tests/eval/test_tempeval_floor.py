"""CI floor for the TempEval-3 date evaluation (dev = TimeBank; the whole split runs in < 1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

# Measured on dev (all 183 TimeBank documents): 0.881. Margin 0.02 for rule changes elsewhere
# (the number of gold items is 1,016, so 0.02 is ~20 expressions).
DATE_VALUE_ACCURACY_FLOOR = 0.86




@pytest.mark.slow
def test_tempeval_dev_floor(shared: Path, eval_module) -> None:
    metrics = eval_module("tempeval").run("dev", None)
    assert metrics["date_value_accuracy"] >= DATE_VALUE_ACCURACY_FLOOR
