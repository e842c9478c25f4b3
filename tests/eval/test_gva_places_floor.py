"""CI floor for the GVA incident-city evaluation (a small dev slice; the full splits run on demand:
`python eval/run.py gva-places --split dev|test`)."""

from __future__ import annotations

from pathlib import Path

import pytest

# The first 40 dev incidents (~60 articles, ~30 s with the model loaded).
SLICE = 40
# Measured on this slice through the product's path (dossier `events[].place`, 2026-12-01):
# 0.625 (25 of 40). Margin 0.05 = two incidents, for changes in the extractors and the
# clustering this evaluation runs through (NER repair, figures' places) that move a city or two.
CITY_ACCURACY_FLOOR = 0.575




@pytest.mark.slow
def test_gva_places_dev_floor(shared: Path, eval_module) -> None:
    metrics = eval_module("gva-places").run("dev", SLICE)
    assert metrics["city_accuracy"] >= CITY_ACCURACY_FLOOR, metrics
