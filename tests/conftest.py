"""Shared fixtures: paths to ../shared and one spaCy pipeline per test process."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"the shared corpora are expected beside the repository at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    return shared / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from counterpoint.nlp import load_pipeline

    return load_pipeline()
