"""The grammar of date phrases: patterns, their handlers, and the rule table (most specific first).

Used by `counterpoint.text.dates` (the public API). Each handler turns a regex match plus the
context (publication date, narrative anchor) into a TimeML TIMEX3-style value; word lists and
thresholds are data in `counterpoint.text.date_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import date_rules as R
from .calendar_steps import add_months, calendar_day, iso, move, shift_days, unit_value, week_of


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What a phrase is resolved against."""

    published: date | None  # full publication day, when known
    year: int | None  # publication year, even when only "2022" or "2022-01" is known
    month: int | None
    anchor: date | None  # the previous date of the narrative ("the next day"), else published
    anchor_quarter: str | None = None  # "1989-Q3" when the narrative is about a quarter
    anchor_year: int | None = None  # the year of the previous date of the narrative
    # the narrative's last month- or year-precise date, when told after its last day ("In March
    # ... The following month" is April; "in 1988 ... that year" is 1988): (year, month or None)
    period: tuple[int, int | None] | None = None
    future: bool = False  # the sentence speaks of the future ("will meet on Friday")
    past: bool = False  # a past-tense verb earlier in the clause ("changed ... in December")


Handler = Callable[[re.Match[str], "Context"], "str | None"]


# --- small helpers ------------------------------------------------------------------------------


def alternation(words) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _year4(text: str) -> int | None:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y <= R.TWO_DIGIT_YEAR_PIVOT else 1900
    return y if 1 <= y <= 9999 else None


def _count(text: str | None) -> int | None:
    if text is None:
        return None
    t = re.sub(r"\s+", " ", text.lower())
    n = int(t) if t.isascii() and t.isdigit() else R.NUMBER_WORDS.get(t)
    return n if n is not None and n <= R.MAX_COUNT else None


def _shift(word: str | None) -> int | None:
    return None if word is None else R.RELATIVE_SHIFT.get(re.sub(r"\s+", " ", word.lower()))


def _infer_year(ctx: Context, month: int, day: int | None) -> int | None:
    """The year of "January 5" / "January": publication's, unless the adjacent year is near."""
    if ctx.year is None:
        return None
    if ctx.published is None:
        return ctx.year

    def dist(y: int) -> int | None:
        if day is None:
            return ((y * 12 + month) - (ctx.published.year * 12 + ctx.published.month)) * 30
        d = calendar_day(y, month, day)
        return None if d is None else (d - ctx.published).days

    if ctx.future:  # "will be named commander for a mission in December": the next such month
        ahead = [(d, y) for y in (ctx.year - 1, ctx.year, ctx.year + 1) if (d := dist(y)) is not None and d >= -31]
        if ahead:
            return min(ahead)[1]
    if ctx.past:  # "changed its fiscal year in December", written in October: last December
        gone = [(d, y) for y in (ctx.year - 1, ctx.year) if (d := dist(y)) is not None and d <= R.PAST_SLACK_DAYS]
        if gone:
            return max(gone)[1]
    same = dist(ctx.year)
    for y in (ctx.year - 1, ctx.year + 1):
        other = dist(y)
        if other is None or abs(other) > R.YEAR_SWITCH_DAYS or (same is not None and abs(other) >= abs(same)):
            continue
        # past-tense copy ("in the year ended March 31") goes forward only a little way
        if other > R.YEAR_SWITCH_FORWARD_DAYS and same is not None:
            continue
        return y
    return ctx.year if same is not None else None


# --- the pieces of the patterns -----------------------------------------------------------------

MONTH = rf"(?P<month>{alternation(R.MONTHS)})\.?"
WEEKDAY = rf"(?P<wd>{alternation(R.WEEKDAYS)})\.?"
DAYNUM = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>[12][0-9]{3})"
ORD = rf"(?P<dord>{alternation(w for w in R.ORDINAL_WORDS if w not in ('last', 'final'))})"
PART = rf"(?:\s+(?:{alternation(R.DAY_PARTS)}))?"
SHIFT = rf"(?P<shift>{alternation(R.RELATIVE_SHIFT)})"
COUNT = rf"(?P<n>[0-9]{{1,4}}|{alternation(R.NUMBER_WORDS)})"
SPELLED_YEAR = (
    r"(?P<thousand>two\s+thousand(?:\s+and)?(?:\s+(?P<tunit>[a-z]+))?)|"
    rf"(?P<cent>{alternation(R.CENTURY_WORDS)})\s+(?P<tens>{alternation(R.YEAR_TENS_WORDS)})(?:[-\s](?P<unit>{alternation(R.YEAR_UNIT_WORDS)}))?"
)


def _spelled_year(m: re.Match[str]) -> int | None:
    if m.groupdict().get("thousand"):
        unit = m["tunit"].lower() if m["tunit"] else None
        n = 0 if unit is None else R.NUMBER_WORDS.get(unit)
        return None if n is None or n >= 100 else 2000 + n
    if m.groupdict().get("cent") is None:
        return None
    unit = R.YEAR_UNIT_WORDS.get(m["unit"].lower(), 0) if m["unit"] else 0
    return R.CENTURY_WORDS[m["cent"].lower()] * 100 + R.YEAR_TENS_WORDS[m["tens"].lower()] + unit


def _month(m: re.Match[str]) -> int:
    return R.MONTHS[m["month"].lower()]


def _daynum(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    if g.get("day"):
        return int(g["day"])
    if g.get("dord"):
        return R.ORDINAL_WORDS[g["dord"].lower()]
    return None


# --- handlers: match + context -> TIMEX-style value ---------------------------------------------


def _h_ymd(m: re.Match[str], ctx: Context) -> str | None:
    d = calendar_day(int(m["year"]), int(m["m"]), int(m["d"]))
    return iso(d) if d else None


def _h_dmy_dotted(m: re.Match[str], ctx: Context) -> str | None:
    y = _year4(m["y"])
    d = calendar_day(y, int(m["m"]), int(m["d"])) if y else None
    return iso(d) if d else None


def _h_slashed(m: re.Match[str], ctx: Context) -> str | None:
    a, b, y = int(m["a"]), int(m["b"]), _year4(m["y"])
    if y is None:
        return None
    d = calendar_day(y, b, a) if a > 12 else calendar_day(y, a, b)  # US order unless the first cannot be a month
    return iso(d) if d else None


def _h_month_day(m: re.Match[str], ctx: Context) -> str | None:
    month, day = _month(m), _daynum(m)
    if day is None:
        return None
    y = int(m["year"]) if m["year"] else _infer_year(ctx, month, day)
    if y is None:
        return f"XXXX-{month:02d}-{day:02d}" if calendar_day(2000, month, day) else None
    d = calendar_day(y, month, day)
    return iso(d) if d else None


def _h_week_of(m: re.Match[str], ctx: Context) -> str | None:
    """"the week of March 16": that day's ISO week; "the weekend of March 14" its weekend."""
    day = _h_month_day(m, ctx)
    d = calendar_day(int(day[:4]), int(day[5:7]), int(day[8:10])) if day and day[0].isdigit() else None
    if d is None:
        return None
    return week_of(d) + ("-WE" if m["we"] else "")


def _h_month_day_shift_year(m: re.Match[str], ctx: Context) -> str | None:
    """"March 3 last year", "May 5 this year": the day in the year the shift names from publication."""
    s, day = _shift(m["shift"]), _daynum(m)
    if ctx.year is None or s is None or day is None:
        return None
    d = calendar_day(ctx.year + s, _month(m), day)
    return iso(d) if d else None


def _h_month_year(m: re.Match[str], ctx: Context) -> str | None:
    y = int(m["year"]) if m["year"] else _spelled_year(m)
    return f"{y:04d}-{_month(m):02d}" if y else None


def _h_shift_month(m: re.Match[str], ctx: Context) -> str | None:
    month, s = _month(m), _shift(m["shift"])
    if ctx.year is None or s is None:
        return None
    pub_m = ctx.month or (ctx.published.month if ctx.published else None)
    if pub_m is None or s == 0:
        return f"{ctx.year:04d}-{month:02d}"
    if s < 0:  # "last May": the most recent May at least LAST_MONTH_MIN_GAP months back
        gap = R.LAST_MONTH_MIN_GAP if m["shift"].lower() == "last" else 1  # "this past May" may be last month
        y = ctx.year if month <= pub_m - gap else ctx.year - 1
    else:
        y = ctx.year if month > pub_m else ctx.year + 1
    return f"{y:04d}-{month:02d}"


def _h_month_shift_year(m: re.Match[str], ctx: Context) -> str | None:
    s = _shift(m["shift"])
    return f"{ctx.year + s:04d}-{_month(m):02d}" if ctx.year is not None and s is not None else None


def _h_month(m: re.Match[str], ctx: Context) -> str | None:
    month = _month(m)
    y = _infer_year(ctx, month, None)
    return f"{y:04d}-{month:02d}" if y else None


def _h_day_only(m: re.Match[str], ctx: Context) -> str | None:
    """"on the 5th": the 5th of the publication month, or of the month before/after if nearer."""
    day, pub = _daynum(m), ctx.published
    if pub is None or day is None:
        return None
    cands = []
    for k in (-1, 0, 1):
        ym = add_months(pub.year, pub.month, k)
        d = calendar_day(*ym, day) if ym else None
        if d:
            dist = (d - pub).days
            cands.append((abs(dist) + (0.5 if dist > 0 else 0), d))
    return iso(min(cands)[1]) if cands else None


def _h_year(m: re.Match[str], ctx: Context) -> str | None:
    g = m.groupdict()
    y = int(g["year"]) if g.get("year") else _year4(g["yy"]) if g.get("yy") else _spelled_year(m)
    return f"{y:04d}" if y and R.MIN_YEAR <= y <= R.MAX_YEAR else None


def _h_decade(m: re.Match[str], ctx: Context) -> str | None:
    g = m.groupdict()
    if g.get("dec3") and g["dec3"].endswith("0") and int(g["dec3"]) < R.HUNDREDS_AS_CENTURY_BEFORE // 10:
        return g["dec3"][:2]  # "the late 1800s" is the nineteenth century
    if g.get("dec3"):
        return g["dec3"]
    if g.get("dec2"):
        return f"19{g['dec2']}"
    if g.get("decw"):
        return f"19{R.DECADE_WORDS[g['decw'].lower()]}"
    return None


def _h_century(m: re.Match[str], ctx: Context) -> str | None:
    c = int(m["c"])
    return f"{c - 1:02d}" if 1 <= c <= 99 else None


def _h_shift_century(m: re.Match[str], ctx: Context) -> str | None:
    """"the next century" written in 1998 is the 2000s ("20"); "this century", "the century" the 1900s."""
    s = _shift(m["shift"]) if m["shift"] else 0
    if ctx.year is None or s is None:
        return None
    return f"{ctx.year // 100 + s:02d}"


def _h_deictic(m: re.Match[str], ctx: Context) -> str | None:
    d = shift_days(ctx.published, R.DEICTIC_DAYS[re.sub(r"\s+", " ", m["w"].lower())])
    return iso(d) if d else None


def _h_narrative(m: re.Match[str], ctx: Context) -> str | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    d = shift_days(ctx.anchor, R.NARRATIVE_DAYS.get(w, R.NARRATIVE_DAYS_UNLOCATED.get(w, 0)))
    return iso(d) if d else None


def _h_weekday(m: re.Match[str], ctx: Context) -> str | None:
    pub = ctx.published
    s = _shift(m["shift"]) if m["shift"] else None
    if s and m["shift"].lower() in R.NARRATIVE_SHIFTS:
        pub = ctx.anchor  # "the previous Friday", "the following Monday": from the story's last date
    if pub is None:
        return None
    wd = R.WEEKDAYS[m["wd"].lower()]
    back = (pub.weekday() - wd) % 7
    if s is None and ctx.future:
        n = (wd - pub.weekday()) % 7
    elif s is None:  # news past tense: the most recent such day on or before publication
        n = -back
    elif s < 0:
        n = -(back or 7)
    elif s > 0:
        n = (wd - pub.weekday()) % 7 or 7
    else:  # "this Friday": the nearer one
        fwd = (wd - pub.weekday()) % 7
        n = fwd if fwd < back else -back
    d = shift_days(pub, n)
    return iso(d) if d else None


def _h_ago(m: re.Match[str], ctx: Context) -> str | None:
    n, unit, direction = _count(m["n"]), m["u"].lower().replace("centuries", "century"), m["dir"].lower()
    if n is None:
        return None
    past = direction in ("ago", "earlier", "before", "back", "previously")
    if re.sub(r"\s+", " ", m["n"].lower()) in R.VAGUE_COUNTS:
        return "PAST_REF" if past else "FUTURE_REF"
    if direction in ("ago", "from now", "hence", "back"):
        base = ctx.published
    else:  # "a year later" after "in 1996": from the story's last period when it is the latest date told
        told = _from_period(ctx, unit, -n if past else n)
        if told is not None:
            return told
        base = ctx.anchor
    d = move(base, unit, -n if past else n)
    return unit_value(unit, d) if d else None


def _h_shift_unit(m: re.Match[str], ctx: Context) -> str | None:
    unit = m["u"].lower()
    s = _shift(m["shift"]) if m["shift"] else 0
    if s is None:
        return None
    if m["shift"] and m["shift"].lower() in R.NARRATIVE_SHIFTS:
        told = _from_period(ctx, unit, s)
        if told is not None:
            return told
        base = ctx.anchor
        if base is None and unit == "year" and ctx.anchor_year is not None:
            return f"{ctx.anchor_year + s:04d}"
        d = move(base, unit, s) if unit in ("day", "week", "month", "year", "decade") else None
        return unit_value(unit, d) if d else None
    if ctx.published is None:
        if unit == "year" and ctx.year is not None:
            return f"{ctx.year + s:04d}"
        return None
    if unit == "weekend":  # past-tense news: "the weekend" is the latest one begun by publication
        day = ctx.published.weekday()
        latest = 0 if day >= 5 else -7
        if s == 0 and latest < 0 and (ctx.future or (m["shift"] and day >= R.WEEKEND_AHEAD_FROM and not ctx.past)):
            latest = 0  # "protests are planned this weekend", "this weekend's vote" written on a Thursday
        if s < 0:
            latest = -7  # "last weekend" written on a Sunday is the one before
        d = shift_days(ctx.published, latest if s <= 0 else latest + 7)
        return f"{week_of(d)}-WE" if d else None
    if unit == "quarter":
        ym = add_months(ctx.published.year, ctx.published.month, 3 * s)
        return f"{ym[0]:04d}-Q{(ym[1] - 1) // 3 + 1}" if ym else None
    d = move(ctx.published, unit, s)
    return unit_value(unit, d) if d else None


def _h_unit_around(m: re.Match[str], ctx: Context) -> str | None:
    """"the week before", "the year after": one unit from the story's previous date."""
    unit, n = m["u"].lower(), R.AROUND_DIRECTIONS[m["dir"].lower()]
    told = _from_period(ctx, unit, n)
    if told is not None:
        return told
    if ctx.anchor is None and unit == "year" and ctx.anchor_year is not None:
        return f"{ctx.anchor_year + n:04d}"
    d = move(ctx.anchor, unit, n)
    return unit_value(unit, d) if d else None


def _h_season(m: re.Match[str], ctx: Context) -> str | None:
    code = R.SEASONS[m["season"].lower()]
    year = int(m["year"]) if m["year"] else _year4(m["syy"]) if m["syy"] else _spelled_year(m)
    if year:
        return f"{year:04d}-{code}"
    if ctx.year is None:
        return None
    s = _shift(m["shift"]) if m["shift"] else 0
    pub_m = ctx.published.month if ctx.published else ctx.month
    first, last = R.SEASON_MONTHS[code]
    if s and pub_m is not None and code != "WI":
        # "last summer" is the latest summer already over; "next spring" the first not yet begun
        if s < 0:
            return f"{ctx.year if pub_m > last else ctx.year - 1:04d}-{code}"
        return f"{ctx.year if pub_m < first else ctx.year + 1:04d}-{code}"
    return f"{ctx.year + (s or 0):04d}-{code}"


def _h_holiday(m: re.Match[str], ctx: Context) -> str | None:
    month, day = R.FIXED_HOLIDAYS[re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")]
    y = int(m["year"]) if m["year"] else _infer_year(ctx, month, day)
    if y is None:
        return f"XXXX-{month:02d}-{day:02d}"
    d = calendar_day(y, month, day)
    return iso(d) if d else None


def _h_this_month(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.published is not None:
        return f"{ctx.published.year:04d}-{ctx.published.month:02d}"
    return f"{ctx.year:04d}-{ctx.month:02d}" if ctx.year and ctx.month else None


def _h_this_year(m: re.Match[str], ctx: Context) -> str | None:
    return f"{ctx.year:04d}" if ctx.year else None


def _h_that_year(m: re.Match[str], ctx: Context) -> str | None:
    told = _from_period(ctx, "year", 0)
    if told is not None:
        return told
    return f"{ctx.anchor_year:04d}" if ctx.anchor_year else None


def _from_period(ctx: Context, unit: str, n: int) -> str | None:
    """`n` years or months from the narrative's last month- or year-precise date (see
    `Context.period`); None when there is none, or the unit is finer than what it gives."""
    if ctx.period is None:
        return None
    year, month = ctx.period
    if unit == "year":
        return f"{year + n:04d}"
    if unit == "month" and month is not None:
        ym = add_months(year, month, n)
        return f"{ym[0]:04d}-{ym[1]:02d}" if ym else None
    return None


def _h_ref(m: re.Match[str], ctx: Context) -> str | None:
    w = re.sub(r"\s+", " ", m.group(0).lower())
    if w in R.PRESENT_WORDS:
        return "PRESENT_REF"
    if w in R.PAST_WORDS:
        return "PAST_REF"
    return "FUTURE_REF" if w in R.FUTURE_WORDS else None


# --- the rules, most specific first -------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    name: str
    pattern: str
    handler: Handler
    locate: bool = True  # also used to find dates in running text
    chains: bool = True  # its value may anchor later narrative phrases (False: derived from an anchor)


def _rules() -> tuple[Rule, ...]:
    from .date_holidays import MOVEABLE_HOLIDAYS, holiday_handler  # (they build on this module's helpers)
    from .date_quarters import (
        current_quarter,
        half_year,
        quarter,
        same_quarter,
        year_ago_quarter,
        year_period,
    )
    wd_prefix = rf"(?:{WEEKDAY},?\s+)?"
    year_suffix = rf"(?:,?\s+(?:of\s+)?{YEAR})?"
    units = r"(?P<u>day|week|month|year|decade|quarter|century|centuries)s?"
    return (
        Rule(name="ymd", pattern=r"(?P<year>[12][0-9]{3})([-/])(?P<m>[01]?[0-9])\2(?P<d>[0-3]?[0-9])", handler=_h_ymd),
        Rule(name="compact", pattern=r"(?P<year>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])",
              handler=_h_ymd, locate=False),
        Rule(name="dmy_dotted", pattern=r"(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9])\.(?P<y>[0-9]{4}|[0-9]{2})",
              handler=_h_dmy_dotted),
        Rule(name="slashed", pattern=r"(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<y>[0-9]{4}|[0-9]{2})",
              handler=_h_slashed),
        Rule(name="month_day", pattern=rf"{wd_prefix}{MONTH}\s+(?:the\s+)?{DAYNUM}{year_suffix}", handler=_h_month_day),
        Rule(name="day_month", pattern=rf"{wd_prefix}(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}{year_suffix}",
              handler=_h_month_day),
        Rule(name="ord_month", pattern=rf"{wd_prefix}(?:the\s+)?{ORD}\s+(?:of\s+)?{MONTH}{year_suffix}",
              handler=_h_month_day),
        Rule(name="month_ord", pattern=rf"{wd_prefix}{MONTH}\s+(?:the\s+)?{ORD}{year_suffix}", handler=_h_month_day),
        Rule(name="month_day_shift_year", pattern=rf"{MONTH}\s+(?:the\s+)?{DAYNUM},?\s+(?:of\s+)?{SHIFT}\s+year",
              handler=_h_month_day_shift_year),
        Rule(name="month_year", pattern=rf"{MONTH},?\s+(?:of\s+)?(?:{YEAR}|{SPELLED_YEAR})", handler=_h_month_year),
        Rule(name="shift_month", pattern=rf"{SHIFT}\s+{MONTH}", handler=_h_shift_month),
        Rule(name="month_shift_year", pattern=rf"{MONTH}(?:,?\s+of)?\s+{SHIFT}\s+year", handler=_h_month_shift_year),
        # "after a flat second quarter": a quarter the story compares with, not the one it reports
        # (it anchors nothing: "the year-earlier period" is still the reported quarter's)
        Rule(name="judged_quarter", pattern=(rf"(?:an?\s+)?(?:{alternation(R.QUARTER_JUDGMENTS)})\s+"
                                               r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?quarter"),
             handler=quarter, locate=False, chains=False),
        Rule(name="quarter", pattern=(rf"(?:the\s+|its\s+|an?\s+|(?P<yshift>{alternation(R.RELATIVE_SHIFT)})\s+year's\s+)?(?:(?P<ago>(?:comparable\s+)?year-(?:ago|earlier))\s+)?"
                                        rf"(?:(?P<qyear>[12][0-9]{{3}})(?:'s)?\s+)?(?:fiscal[-\s]+)?"
                                        # an ordinal alone is no quarter ("on the 3rd"): the word must follow
                                        r"(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?quarter|"
                                        r"(?P<q2>q[1-4])(?:[-\s]+(?:fiscal\s+)?quarter)?)"
                                        rf"(?:\s+of)?(?:\s+(?:fiscal\s+)?{YEAR}|\s+{SHIFT}\s+(?:fiscal\s+)?year)?"),
              handler=quarter, locate=False),
        Rule(name="half", pattern=(rf"(?:the\s+)?(?P<h>{alternation(R.HALF_WORDS)})[-\s]+(?:half|two\s+quarters|six\s+months)"
                                     rf"(?:\s+of)?(?:\s+(?:the\s+)?(?:fiscal\s+)?{YEAR}|\s+{SHIFT}\s+(?:fiscal\s+)?year|"
                                     r"\s+the\s+(?:fiscal\s+)?year)?"),
              handler=half_year, locate=False),
        Rule(name="holiday", pattern=rf"(?P<hol>{alternation(R.FIXED_HOLIDAYS)})(?:,?\s+{YEAR})?", handler=_h_holiday,
              locate=False),
        Rule(name="moveable_holiday", pattern=rf"(?P<mhol>{alternation(MOVEABLE_HOLIDAYS)})(?:,?\s+{YEAR})?",
              handler=holiday_handler, locate=False),
        Rule(name="this_month", pattern=alternation(R.THIS_MONTH_WORDS), handler=_h_this_month, locate=False),
        Rule(name="season", pattern=(rf"(?:(?:the\s+)?{SHIFT}\s+|the\s+)?(?P<season>{alternation(R.SEASONS)})"
                                       # a winter told by both its years: "winter 1997-98" is 1997-WI
                                       rf"(?:\s+(?:of\s+)?(?:{YEAR}(?:[-/–](?:[0-9]{{2}}|[12][0-9]{{3}}))?|"
                                       rf"['‘’](?P<syy>[0-9]{{2}})|{SPELLED_YEAR}))?"),
              handler=_h_season, locate=False),
        Rule(name="current_quarter", pattern=alternation(R.CURRENT_QUARTER_WORDS), handler=current_quarter,
              locate=False),
        Rule(name="year_period", pattern=rf"(?:the\s+)?{YEAR}\s+(?:quarter|period)", handler=year_period,
              locate=False, chains=False),
        Rule(name="same_quarter", pattern=alternation(R.SAME_QUARTER_WORDS), handler=same_quarter, locate=False,
              chains=False),
        Rule(name="year_ago_quarter", pattern=alternation(R.YEAR_AGO_QUARTER_WORDS), handler=year_ago_quarter,
              locate=False, chains=False),
        Rule(name="this_year", pattern=alternation(R.THIS_YEAR_WORDS), handler=_h_this_year, locate=False),
        Rule(name="that_year", pattern=r"that\s+(?:same\s+)?year", handler=_h_that_year, locate=False),
        Rule(name="narrative_unlocated", pattern=rf"(?P<w>{alternation(R.NARRATIVE_DAYS_UNLOCATED)})", handler=_h_narrative,
              locate=False),
        Rule(name="narrative", pattern=rf"(?P<w>{alternation(R.NARRATIVE_DAYS)})", handler=_h_narrative),
        Rule(name="deictic", pattern=rf"(?P<w>{alternation(R.DEICTIC_DAYS)})", handler=_h_deictic),
        Rule(name="ago", pattern=(rf"{COUNT}\s+{units}\s+(?P<dir>ago|earlier|before|later|after|from\s+now|hence|back)"),
              handler=_h_ago),
        Rule(name="shift_unit", pattern=rf"(?:the\s+)?{SHIFT}\s+(?:fiscal\s+)?(?P<u>week|month|year|quarter|weekend|decade)",
              handler=_h_shift_unit),
        Rule(name="unit_around", pattern=rf"the\s+(?P<u>week|month|year)\s+(?P<dir>{alternation(R.AROUND_DIRECTIONS)})",
              handler=_h_unit_around, locate=False, chains=False),
        Rule(name="the_unit", pattern=r"the\s+(?P<shift>)?(?P<u>week|weekend|decade)", handler=_h_shift_unit, locate=False),
        Rule(name="week_of", pattern=rf"(?:the\s+)?week(?P<we>end)?\s+of\s+{MONTH}\s+{DAYNUM}{year_suffix}",
              handler=_h_week_of, locate=False),
        Rule(name="weekday", pattern=rf"(?:(?:the\s+)?{SHIFT}\s+)?{WEEKDAY}{PART}", handler=_h_weekday),
        Rule(name="day_only", pattern=rf"the\s+(?:{DAYNUM}|{ORD})", handler=_h_day_only, locate=False),
        Rule(name="day_on_the", pattern=r"on\s+the\s+(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)" + R.DAY_ORDINAL_GUARD, handler=_h_day_only),
        Rule(name="decade", pattern=(r"(?:the\s+)?(?:(?P<dec3>1[0-9]{2}|20[0-9])0['’]?s|['’]?(?P<dec2>[0-9])0['’]?s|"
                                       rf"(?P<decw>{alternation(R.DECADE_WORDS)}))"),
              handler=_h_decade, locate=False),
        Rule(name="century", pattern=r"(?:the\s+)?(?P<c>[0-9]{1,2})(?:st|nd|rd|th)[-\s]+century", handler=_h_century,
              locate=False),
        Rule(name="shift_century", pattern=rf"(?:the\s+)?(?:{SHIFT}\s+)?century", handler=_h_shift_century,
              locate=False),
        Rule(name="year", pattern=rf"(?:the\s+year\s+|fiscal\s+)?(?:{YEAR}|{SPELLED_YEAR})", handler=_h_year),
        Rule(name="short_year", pattern=r"(?:the\s+year\s+|fiscal\s+)?['‘’](?P<yy>[0-9]{2})", handler=_h_year, locate=False),  # "'97"
        # a fiscal year written the accountants' way: "FY1998", "FY 98", "FY'98"
        Rule(name="fy_year", pattern=r"FY\s?(?:(?P<year>[12][0-9]{3})|['‘’]?(?P<yy>[0-9]{2}))", handler=_h_year, locate=False),
        Rule(name="month", pattern=MONTH, handler=_h_month),
        Rule(name="present_juncture", pattern=R.PRESENT_JUNCTURE, handler=lambda m, ctx: "PRESENT_REF", locate=False),
        Rule(name="ref", pattern=alternation(R.PRESENT_WORDS | R.PAST_WORDS | R.FUTURE_WORDS), handler=_h_ref, locate=False),
    )


@cache
def compiled_rules() -> tuple[tuple[re.Pattern[str], Rule], ...]:
    return tuple((re.compile(r.pattern, re.IGNORECASE), r) for r in _rules())


@cache
def locator() -> re.Pattern[str]:
    parts = [re.sub(r"\(\?P<\w+>", "(?:", r.pattern) for r in _rules() if r.locate]
    parts = [re.sub(r"\\2", "[-/]", p) for p in parts]  # backreference lost with its group
    return re.compile(r"(?<![\w.])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w])", re.IGNORECASE)


@cache
def strip_re() -> re.Pattern[str]:
    lead = alternation(R.LEADING_WORDS + R.PERIOD_MODIFIERS)
    # ("mid-" also before a cut year: "the mid-'80s")
    return re.compile(rf"^(?:(?:{lead})(?:\s+|-(?=[\w'‘’])))+", re.IGNORECASE)
