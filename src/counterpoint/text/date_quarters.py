"""Quarters and halves of a year, as earnings copy names them: "the third quarter", "the 1988
period", "the year-ago quarter", "the first half of 1998" (TimeML values 1989-Q3, 1998-H1).

The handlers of the date grammar's quarter and half rules; the patterns are in
`counterpoint.text.date_grammar`, word lists in `counterpoint.text.date_rules`. Financial copy
anchors "the quarter", "a year earlier" on the quarter it reports (`Context.anchor_quarter`).
"""

from __future__ import annotations

import re

from . import date_rules as R
from .calendar_steps import add_months
from .date_grammar import Context, _shift


def quarter(m: re.Match[str], ctx: Context) -> str | None:
    g = m.groupdict()  # (the judged quarter's pattern has only some of these groups)
    named = g.get("q") or g.get("q2")
    if named is None:
        return None
    word = named.lower()
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(
        word
    ) or (int(word[1]) if word.startswith("q") else None)
    if q is None:
        return None
    explicit = g.get("year") or g.get("qyear")
    if explicit:
        return f"{explicit}-Q{q}"
    if ctx.year is None:
        return None
    if g.get("shift") or g.get("yshift"):  # "the third quarter of last year", "next year's first quarter"
        s = _shift(g.get("shift") or g.get("yshift"))
        return f"{ctx.year + s:04d}-Q{q}" if s is not None else None
    pub_m = ctx.published.month if ctx.published else (ctx.month or 12)
    y = ctx.year if q <= (pub_m - 1) // 3 + 1 else ctx.year - 1  # results are reported afterwards
    if g.get("ago"):
        y -= 1
    return f"{y:04d}-Q{q}"


def half_year(m: re.Match[str], ctx: Context) -> str | None:
    h = R.HALF_WORDS[m["h"].lower()] if m["h"] else 1
    if m["year"]:
        y: int | None = int(m["year"])
    elif m["shift"]:
        s = _shift(m["shift"])
        y = ctx.year + s if ctx.year is not None and s is not None else None
    else:
        y = ctx.year
    return f"{y:04d}-H{h}" if y else None


def same_quarter(m: re.Match[str], ctx: Context) -> str | None:
    """The quarter the text is about; without one, the last completed quarter (earnings copy)."""
    if ctx.anchor_quarter or ctx.published is None:
        return ctx.anchor_quarter
    ym = add_months(ctx.published.year, ctx.published.month, -3)
    return f"{ym[0]:04d}-Q{(ym[1] - 1) // 3 + 1}" if ym else None


def year_period(m: re.Match[str], ctx: Context) -> str | None:
    """"the 1988 quarter" / "the 1989 period" in earnings copy: the reported quarter, in that year."""
    q = ctx.anchor_quarter
    return f"{m['year']}{q[4:]}" if q else f"{m['year']}"


def current_quarter(m: re.Match[str], ctx: Context) -> str | None:
    """"the current quarter": the quarter holding publication (not the one being reported)."""
    if ctx.published is None:
        return None
    return f"{ctx.published.year:04d}-Q{(ctx.published.month - 1) // 3 + 1}"


def year_ago_quarter(m: re.Match[str], ctx: Context) -> str | None:
    q = ctx.anchor_quarter
    if q is None and re.search(r"quarter|period", m.group(0), re.IGNORECASE):
        q = same_quarter(m, ctx)  # no quarter named yet: the last one reported, a year before
    return f"{int(q[:4]) - 1:04d}{q[4:]}" if q else None
