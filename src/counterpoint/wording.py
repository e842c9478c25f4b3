"""How figures are said in English: measure words, qualifier words, bounds, numbers and money.

One module for the words, used by `reconcile` (explanations) and `report` (pages), so a figure
reads the same wherever it appears. What a value *means* (is the best value a bound?) is decided
in `reconcile`; this module only says it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .models import FigureClaim

# Words said before a value for each qualifier (measures.md); "range" is said as low–high.
QUALIFIER_WORDS: Mapping[str, str] = {
    "exact": "",
    "about": "about ",
    "almost": "almost ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "fewer than ",
    "up_to": "up to ",
    "range": "",
}
# Stated measures as a reader says them after a number ("164 killed").
MEASURE_WORDS: Mapping[str, str] = {
    "killed": "killed", "injured": "injured", "detained": "detained", "charged": "charged",
    "cases": "criminal cases", "missing": "missing", "displaced": "displaced", "deployed": "deployed",
    "participants": "took part", "attacks": "attacks", "property": "damaged or destroyed",
    "damage": "in damage", "other": "(other)",
}
# A verdict as the first word of an explanation.
VERDICT_WORDS: Mapping[str, str] = {
    "single": "Single report", "agree": "Agreed", "update": "Updated", "dispute": "Disputed",
}
# Large amounts read as words ("2.5 billion"), the way a journalist writes money and big counts.
SCALE_WORDS: tuple[tuple[float, str], ...] = ((1e9, "billion"), (1e6, "million"))
# Said where a number is not known.
UNKNOWN_NUMBER = "?"


def qualified(qualifier: str, number: str) -> str:
    """A number with its qualifier's words: ("more_than", "150") -> "more than 150"."""
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{number}"


def fmt_number(x: float | None, *, unknown: str = UNKNOWN_NUMBER) -> str:
    """A number on a page: thousands separated, at most two decimals ("7,939", "2.5")."""
    if x is None:
        return unknown
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def sentence_number(x: float | None, *, unknown: str = UNKNOWN_NUMBER) -> str:
    """A number inside an explanation: thousands separated, one decimal ("6,044", "2.5")."""
    if x is None:
        return unknown
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"


def fmt_amount(x: float | None) -> str:
    """A large amount with a scale word: 2,500,000,000 -> "2.5 billion"."""
    if x is None:
        return UNKNOWN_NUMBER
    for size, word in SCALE_WORDS:
        if abs(x) >= size:
            return f"{fmt_number(round(x / size, 2))} {word}"
    return fmt_number(x)


def fmt_value(value: float | None, low: float | None, high: float | None, qualifier: str) -> str:
    """A figure as a reader says it on a page: "more than 150", "8,000–10,000", "164"."""
    if qualifier == "range" and low is not None and high is not None:
        return f"{fmt_number(low)}–{fmt_number(high)}"
    shown = value if value is not None else (high if high is not None else low)
    return qualified(qualifier, fmt_number(shown))


def bounds_text(low: float | None, high: float | None, number: Callable[[float], str] = fmt_amount) -> str:
    """The range a best value allows ("150–…"), or "" when it is a single point."""
    if (low is None and high is None) or low == high:
        return ""
    return f"{number(low) if low is not None else '…'}–{number(high) if high is not None else '…'}"


def currency_of(claims: Sequence[FigureClaim]) -> str | None:
    """The ISO 4217 code the claims share, if they count money."""
    units = {c.unit for c in claims}
    unit = units.pop() if len(units) == 1 else None
    return unit if unit and len(unit) == 3 and unit.isupper() else None


def money(currency: str | None, amount: str) -> str:
    """An amount with its currency in front ("KZT 2.5 billion"); counts have none."""
    return f"{currency} {amount}" if currency else amount


# Explanations name a document without an outlet by its id ("document d2fbb76a463af232");
# a page names it by its title instead.
_DOCUMENT_ID = re.compile(r"document (d[0-9a-f]{15})")


def name_documents(text: str, title: Callable[[str], str | None]) -> str:
    """`text` with each "document <id>" said as the document's quoted title, where it has one."""

    def said(m: re.Match[str]) -> str:
        t = title(m[1])
        return f"“{t}”" if t is not None else m[0]

    return _DOCUMENT_ID.sub(said, text)
