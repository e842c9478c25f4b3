"""Shared fixtures: paths to ../shared and one spaCy pipeline per test process."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check correctness, not speed: on a loaded 2-core CI machine a per-example
# deadline only produces flaky failures. Speed lives in benchmarks/.
settings.register_profile("counterpoint", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("counterpoint")

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
