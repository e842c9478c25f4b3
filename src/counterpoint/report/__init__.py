"""The dossier people read: a self-contained HTML report (see html.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Dossier


def render_report(d: Dossier) -> str:
    """The dossier as one self-contained HTML file: CSS and JS inline, no network."""
    from .html import render_report as _render

    return _render(d)


__all__ = ["render_report"]
