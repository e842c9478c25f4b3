"""Property-based API fuzzing from /openapi.json: no request may produce a 500."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from web_store import write_store

_DB = Path(tempfile.mkdtemp(prefix="cp-schemathesis-")) / "store.db"
write_store(_DB)


def _app():
    from counterpoint.web import create_app

    return create_app(_DB, allow_upload=True, token="fuzz-token", hosts=("testserver",))  # its test client's Host


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_500(case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
