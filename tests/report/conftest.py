from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import sample_dossier


@pytest.fixture(scope="session")
def dossier():
    return sample_dossier.build()
