"""Formatting for pages: safe links, element ids, and a group's best value in words.

The words themselves (qualifiers, numbers, money) come from `counterpoint.wording`; what a best
value means (a count or a bound) from `counterpoint.reconcile.bounds`.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence

from ..models import FigureClaim, Group
from ..reconcile.bounds import best_qualifier
from ..wording import bounds_text, currency_of, fmt_amount, money, qualified

# Only these URL schemes become links; anything else (javascript:, data:, file:) stays text.
SAFE_SCHEMES = frozenset({"http", "https"})
# Anchors and element ids are built from ids that come from data: keep them to a safe alphabet.
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
# Shown where a group has no best value.
NO_BEST = "—"


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL without control characters, else None."""
    if not url:
        return None
    url = url.strip()
    if any(ord(ch) < 0x21 or ch in "\"'<>`\\" for ch in url):
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url


def dom_id(*parts: object) -> str:
    """An element id built from data ids, restricted to [A-Za-z0-9_.-]."""
    return "-".join(_ID_UNSAFE.sub("_", str(p)) for p in parts)


def evidence_anchor(document: str, start: int, end: int) -> str:
    return dom_id("doc", document, start, end)


def fmt_best(g: Group, claims: Sequence[FigureClaim] = ()) -> tuple[str, str]:
    """(best value, its low–high range or "") for a group.

    A best value that is only a bound says so ("at least 1,000"); money carries its currency.
    """
    v = g.best.value
    best = NO_BEST if v is None else qualified(best_qualifier(g.best, claims), money(currency_of(claims), fmt_amount(v)))
    return best, bounds_text(g.best.low, g.best.high)
