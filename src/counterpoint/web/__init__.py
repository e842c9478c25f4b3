"""The web app: report pages, JSON API, search and optional uploads (see app.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_path: str | Path, **options: Any) -> FastAPI:
    """See counterpoint.web.app.create_app."""
    from .app import create_app as _create

    return _create(db_path, **options)


__all__ = ["create_app"]
