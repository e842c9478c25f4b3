from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from web_store import write_store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("web") / "store.db"
    write_store(p)
    return p


@pytest.fixture(scope="session")
def client(store_path: Path):
    from fastapi.testclient import TestClient

    from counterpoint.web import create_app

    with TestClient(create_app(store_path), base_url="http://127.0.0.1") as c:
        yield c
