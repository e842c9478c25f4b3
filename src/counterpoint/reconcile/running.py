"""A running total beside the tolls of single days: coverage of a wave of protests or of a
many-day crackdown counts since a start ("killed since the marches began") and per day, often
writing a day's toll with no day phrase. The counts that are days of such a total get slots of
their days under the whole (split from `wholes.py`, which reads the other scopes)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..models import Document, FigureClaim
from .intervals import point
from .periods import DAY_PERIOD, SAYING_FORMS, day_phrase
from .wholes import (
    FLOOR_QUALIFIERS,
    PERIOD_LABEL,
    is_cumulative,
    is_multiday,
    is_vague,
    names_one_day,
    number_match,
)

if TYPE_CHECKING:
    from .slots import SlotKey

# --- a running total beside the tolls of single days ------------------------------------------
# Coverage of a protest wave or a many-day crackdown gives, beside the running total it marks as
# counted since a start ("at least 300 have been killed since the marches began", "bringing the
# number killed since 2 April to about 400"), the tolls of single days that it writes with no day
# phrase at all ("troops killed 52 protesters", "the toll from the 9 May rallies climbed to 56").
# A count smaller than a running total that already stood on its day or earlier is no stage of that
# total (by then the total stood higher): it counts one day, and gets that day's slot, as the
# day-named counts do (`separate_days`). A smaller count dated before the total is left alone: it
# may be an earlier stage ("20 killed" on Monday, "45 killed since Sunday" on Wednesday).
# A report of a day's toll the morning after carries the next day's date ("forces killed 59",
# published the day after the rallies): a day slot joins the slot of the day before when the
# coverage has one and its counts name no day of their own.
NEXT_DAY_JOINS = 1
# A date written as the attribute of the happening ("the 9 May rallies", "Monday's protests") says
# which day a count is of, whatever day it was reported.
HAPPENING_DATE_BEFORE = re.compile(r"\b(?:the|from|in|of)\s*$", re.IGNORECASE)
HAPPENING_DATE_AFTER = re.compile(r"^(?:['’]s\b|\s+(?:[A-Z]\w+\s+)?(?:protests?|rall(?:y|ies)|marche?s?|"
                                  r"demonstrations?|clashes|violence|attacks?|raids?|crackdown|dispersal)\b)")


# A tally someone states is a count of the whole by its own counting, not a day's toll, however
# much smaller than another origin's running total ("Ortega has acknowledged 195 deaths, while a
# commission puts the toll at 265" beside "more than 300 killed since April"): the number of deaths
# a verb of saying states (with no day named), or what a toll is put at.
_HEDGE = r"(?:(?:at least|more than|over|some|about|around|nearly|almost|only|just)\s+)?"
TALLY_PUT_BEFORE = re.compile(
    r"\b(?:puts?|putting|placed?|places|placing|sets?|setting)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    rf"(?:toll|tally|count|number|figure|total)\s+at\s+{_HEDGE}$", re.IGNORECASE)
# What a stated tally counts, right after its number: the dead as a count, not people and a verb.
TALLY_NOUN_AFTER = re.compile(r"\s+(?:deaths|dead|fatalities|casualties|killings|victims|lives|arrests|detentions)\b",
                              re.IGNORECASE)
_WORD_BEFORE = re.compile(rf"\b([A-Za-z]+)\s+{_HEDGE}$", re.IGNORECASE)


def _stated_tally(c: FigureClaim) -> bool:
    """The claim's number is what a verb of saying states or what a toll is put at."""
    m = number_match(c)
    if m is None:
        return False
    text = c.evidence.text
    before = text[:m.start()]
    if TALLY_PUT_BEFORE.search(before) is not None:
        return True
    word = _WORD_BEFORE.search(before)
    # "acknowledged 195 deaths", never "said 58 were killed Monday" (a day's toll, said)
    return word is not None and word.group(1).lower() in SAYING_FORMS and \
        TALLY_NOUN_AFTER.match(text[m.end():]) is not None and not day_phrase(DAY_PERIOD, text)


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _count_day(c: FigureClaim, docs: Mapping[str, Document]) -> date | None:
    """The day a count stood: its as-of date, else its report's publication date."""
    doc = docs.get(c.document)
    return _iso(c.as_of) or _iso(doc.published if doc is not None else None)


def _happening_day(c: FigureClaim, docs: Mapping[str, Document]) -> date | None:
    """The day a one-day count is of: the date its sentence gives the happening ("the toll from
    the 9 May rallies"), else the day it stood."""
    from ..text.dates import find_dates

    doc = docs.get(c.document)
    text = c.evidence.text
    for dm in find_dates(text, doc.published if doc is not None else None):
        if HAPPENING_DATE_BEFORE.search(text[:dm.start]) and HAPPENING_DATE_AFTER.match(text[dm.end:]) \
                and (day := _iso(dm.value)) is not None and len(dm.value) >= len("2000-01-01"):
            return day
    return _count_day(c, docs)


# The first day of a running total's window, written as a date after its "since" ("killed since
# March 30", "since the start of the marches on 2 May"): the date must follow the "since" within
# its clause.
SINCE_BEFORE_DATE = re.compile(r"\bsince\b[^,;.()]{0,50}$", re.IGNORECASE)
# How many days after its first day a running total must stand for a count that stood on that first
# day to be that day's toll rather than an early stage of the total: a wave of protests counted over
# weeks ("40 killed since the marches began on 30 March", five weeks on) has a first day with a
# toll of its own ("15 killed" that day); a total two days on ("45 dead since Sunday") may still
# be the first day's count growing.
WINDOW_MIN_DAYS = 7


def _window_start(c: FigureClaim, docs: Mapping[str, Document]) -> date | None:
    """The first day of a running total's window when its sentence dates it after "since"."""
    from ..text.dates import find_dates

    doc = docs.get(c.document)
    text = c.evidence.text
    for dm in find_dates(text, doc.published if doc is not None else None):
        if SINCE_BEFORE_DATE.search(text[:dm.start]) and len(dm.value) >= len("2000-01-01"):
            return _iso(dm.value)
    return None


def separate_running(raw: dict[SlotKey, list[FigureClaim]], docs: Mapping[str, Document]) -> None:
    """In each whole slot with a running total marked as counted since a start, move the smaller
    counts dated on or after it (tolls of single days), and those that stood on the first day of a
    total counted over weeks, to slots of their days (in place)."""
    for key in [k for k in raw if k.part_of is None]:
        members = raw[key]
        marked = [c for c in members if is_multiday(c) and c.qualifier in FLOOR_QUALIFIERS
                  and not c.hedged and not is_vague(c)]
        totals = [(p, d) for c in marked if (p := point(c)) is not None and (d := _count_day(c, docs)) is not None]
        if not totals:
            continue
        # (value, first day) of the totals counted over weeks from a day their sentence names
        windows = [(p, s) for c in marked if (p := point(c)) is not None and (d := _count_day(c, docs)) is not None
                   and (s := _window_start(c, docs)) is not None and (d - s).days >= WINDOW_MIN_DAYS]
        moved: dict[date, list[FigureClaim]] = {}
        for c in members:
            if is_multiday(c) or is_vague(c) or c.part_of is not None or c.supersedes or c.hedged or _stated_tally(c):
                continue
            p, d = point(c), _count_day(c, docs)
            if p is None or d is None:
                continue
            # a count that stood on a window's first day is that day's, however its sentence counts
            # ("eight killed since early morning")
            first_day = any(p < wp and d == s for wp, s in windows)
            if not first_day and (is_cumulative(c) or not any(p < tp and td <= d for tp, td in totals)):
                continue
            day = _happening_day(c, docs) or d
            moved.setdefault(day, []).append(c)
        if not moved:
            continue
        for day in sorted(moved, reverse=True):
            before = day - timedelta(days=NEXT_DAY_JOINS)
            if before in moved and not any(names_one_day(c) for c in moved[day]):
                moved[before].extend(moved.pop(day))
        gone = {c.id for cs in moved.values() for c in cs}
        raw[key] = [c for c in members if c.id not in gone]
        for day, cs in moved.items():
            raw.setdefault(replace(key, part_of=PERIOD_LABEL + day.isoformat()), []).extend(cs)
        if not raw[key]:
            del raw[key]
