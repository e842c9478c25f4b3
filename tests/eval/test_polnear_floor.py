"""CI floor for PolNeAR source spans on the first 20 dev articles (about 20 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

# Measured on the first 20 dev articles (scored attributions ~240): source F1 0.865.
# Margin 0.03 (~7 attributions) for parser-version and cue-list changes.
SOURCE_F1_FLOOR = 0.835




@pytest.mark.slow
def test_polnear_dev_floor(shared: Path, eval_module) -> None:
    metrics = eval_module("polnear").run_sources("dev", 20)
    assert metrics["source_f1"] >= SOURCE_F1_FLOOR
