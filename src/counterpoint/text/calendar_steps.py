"""Calendar steps the date grammar takes: a checked calendar day, a shift by days or months, and
the TimeML value of a date at a unit (day, week, month, decade, year). Split out of date_grammar.py,
whose handlers call them; plain datetime arithmetic, no text."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from . import date_rules as R


def iso(d: date) -> str:
    return d.isoformat()


def calendar_day(y: int, m: int, d: int) -> date | None:
    if not (1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    if d > calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def shift_days(d: date | None, n: int) -> date | None:
    if d is None or abs(n) > R.MAX_COUNT * 366:
        return None
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int] | None:
    k = y * 12 + (m - 1) + n
    y2, m2 = divmod(k, 12)
    return (y2, m2 + 1) if 1 <= y2 <= 9999 else None


def week_of(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def unit_value(unit: str, d: date) -> str:
    if unit == "day":
        return iso(d)
    if unit == "week":
        return week_of(d)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def move(base: date | None, unit: str, n: int) -> date | None:
    if base is None:
        return None
    if unit in ("day", "week"):
        return shift_days(base, n * (7 if unit == "week" else 1))
    months = n * {"month": 1, "year": 12, "decade": 120, "quarter": 3, "century": 1200}.get(unit, 12)
    ym = add_months(base.year, base.month, months)
    return date(ym[0], ym[1], 1) if ym else None
