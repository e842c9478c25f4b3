"""CI floor for NewsQuant (dev = even positions; the whole split runs in about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

# Measured on dev (295 sentences, 460 gold quantities): value F1 0.926, value+qualifier F1 0.861.
# Margin 0.02 (~9 quantities) for parser changes that trade one case for another.
VALUE_F1_FLOOR = 0.905
VALUE_QUALIFIER_F1_FLOOR = 0.840




@pytest.mark.slow
def test_newsquant_dev_floor(shared: Path, eval_module) -> None:
    metrics = eval_module("newsquant").run("dev", None)
    assert metrics["value_f1"] >= VALUE_F1_FLOOR
    assert metrics["value_qualifier_f1"] >= VALUE_QUALIFIER_F1_FLOOR
