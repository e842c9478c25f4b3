"""Holidays whose day moves from year to year: "Thanksgiving", "Labor Day", "Easter", "Election Day".

Wires date things by them ("over the Thanksgiving weekend", "on Easter Sunday"); TimeML gives them
the day they fall on that year. The rule is data (`MOVEABLE_HOLIDAYS`); `counterpoint.text.date_grammar`
holds the pattern, this module the arithmetic and the handler. Fixed-day holidays ("Christmas")
are `date_rules.FIXED_HOLIDAYS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar_steps import iso
from .date_grammar import Context, _infer_year


@dataclass(frozen=True, slots=True, kw_only=True)
class Moveable:
    """The n-th `weekday` (Monday = 0; n = -1: the last) of `month`, or Easter (month 0), then
    moved `shift` days."""

    month: int
    weekday: int = 0
    n: int = 1
    shift: int = 0


EASTER = 0  # the month code of a holiday counted from Easter Sunday

MOVEABLE_HOLIDAYS: dict[str, Moveable] = {
    # United States federal and civic days (the wires' home calendar); "labour day" (May 1) is fixed
    "thanksgiving": Moveable(month=11, weekday=3, n=4), "thanksgiving day": Moveable(month=11, weekday=3, n=4),
    "labor day": Moveable(month=9, weekday=0, n=1), "memorial day": Moveable(month=5, weekday=0, n=-1),
    "martin luther king day": Moveable(month=1, weekday=0, n=3),
    "martin luther king jr. day": Moveable(month=1, weekday=0, n=3),
    "presidents day": Moveable(month=2, weekday=0, n=3), "presidents' day": Moveable(month=2, weekday=0, n=3),
    "columbus day": Moveable(month=10, weekday=0, n=2),
    "election day": Moveable(month=11, weekday=0, n=1, shift=1),  # the Tuesday after the first Monday
    "mother's day": Moveable(month=5, weekday=6, n=2), "father's day": Moveable(month=6, weekday=6, n=3),
    # the Western church's year, counted from Easter Sunday
    "easter": Moveable(month=EASTER), "easter sunday": Moveable(month=EASTER),
    "easter day": Moveable(month=EASTER), "easter monday": Moveable(month=EASTER, shift=1),
    "good friday": Moveable(month=EASTER, shift=-2), "palm sunday": Moveable(month=EASTER, shift=-7),
    "ash wednesday": Moveable(month=EASTER, shift=-46), "pentecost": Moveable(month=EASTER, shift=49),
}  # fmt: skip


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_day(name: str, year: int) -> date | None:
    """The day a moveable holiday falls on in `year` (None for an unknown name)."""
    rule = MOVEABLE_HOLIDAYS.get(name)
    if rule is None or not 1583 <= year <= 9999:
        return None
    if rule.month == EASTER:
        return easter(year) + timedelta(days=rule.shift)
    if rule.n > 0:
        first = date(year, rule.month, 1)
        day = first + timedelta(days=(rule.weekday - first.weekday()) % 7 + 7 * (rule.n - 1))
    else:
        nxt = date(year + (rule.month == 12), rule.month % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - rule.weekday) % 7)
    return day + timedelta(days=rule.shift)


def holiday_handler(m: re.Match[str], ctx: Context) -> str | None:
    """The day of a moveable holiday: in the year named, else the year a day near it in this
    year's calendar would take (`date_grammar._infer_year`)."""
    name = re.sub(r"\s+", " ", m["mhol"].lower()).replace("’", "'")
    if m.groupdict().get("year"):
        d = holiday_day(name, int(m["year"]))
        return iso(d) if d else None
    if ctx.year is None:
        return None
    guess = holiday_day(name, ctx.year)
    if guess is None:
        return None
    y = _infer_year(ctx, guess.month, guess.day)
    d = holiday_day(name, y) if y else None
    return iso(d) if d else None
