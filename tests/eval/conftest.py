"""Floor tests load evaluation modules the way `eval/run.py` does (one loader for all)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def eval_module() -> Callable[[str], ModuleType]:
    spec = importlib.util.spec_from_file_location("cp_eval_run", ROOT / "eval" / "run.py")
    assert spec and spec.loader
    runner = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = runner
    spec.loader.exec_module(runner)
    return runner.load_module
