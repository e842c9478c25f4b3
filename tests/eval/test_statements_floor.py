"""CI floors for statements (#13), through the product's path, on dev slices (about 2 minutes).

Measured (see the README table): PolNeAR first 20 dev articles (473 gold cues, 203 handled
attributions): cue F1 0.719, content F1 0.763 (0.714 / 0.775 before tagger-marked verbs with objects
became cues; 0.692 / 0.762 before the trained cue tagger); BASIL first 60 dev articles (2010-2016, 50 quoted
spans with a named speaker): speaker accuracy 0.60 (0.58 before speaker salience); NeuS-AllSides first 40 dev stories (120
headline pairs): pairs 0.258. Margins: about 3% of each slice (parser-version noise).
"""

from __future__ import annotations

from pathlib import Path

import pytest

CUE_F1_FLOOR = 0.70
CONTENT_F1_FLOOR = 0.745
BASIL_SPEAKER_FLOOR = 0.56
NEUS_PAIRS_FLOOR = 0.22


@pytest.mark.slow
def test_polnear_statements_dev_floor(shared: Path, eval_module) -> None:
    metrics = eval_module("polnear").statement_metrics("dev", 20)
    assert metrics["cue_f1"] >= CUE_F1_FLOOR
    assert metrics["content_f1"] >= CONTENT_F1_FLOOR


@pytest.mark.slow
def test_basil_speaker_dev_floor(shared: Path, eval_module) -> None:
    assert eval_module("basil").run_speakers("dev", 60)["speaker_accuracy"] >= BASIL_SPEAKER_FLOOR


@pytest.mark.slow
def test_neus_propositions_dev_floor(shared: Path, eval_module) -> None:
    assert eval_module("neus-allsides").run("dev", 40)["pairs"] >= NEUS_PAIRS_FLOOR
