"""Injured-count entries of the timeline: one per day the running count of the injured rose.

Beside the death toll, a crackdown's or a riot's coverage reports the count of the injured as news
of its own: "authorities raised the injured toll to 1,680", "the commission said more than 1,800
people had been injured since the start of the protests". Most injured figures are not that (the
wounded of one clash, of one hospital, "three officers were hurt"), so only a figure whose sentence
names a running total counts (`INJURED_TOTAL_CUE`). Its day is the figure's own date (`as_of`), else
the day its document reports (`doc_dates`); one entry per day whose highest total is above the last
one told (a total does not fall: a lower one is another count).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Claim, FigureClaim, TimelineEntry
from .headline_words import INJURED_FIRST, INJURED_RISES
from .missing import NOT_THE_DAYS, count_entry, figures_by_day

# What makes an injured figure the running total: the total named ("the injured toll", "the number
# of wounded") or counted from the start ("since the start of the protests", "in all", "so far").
INJURED_TOTAL_CUE = re.compile(
    r"\b(?:(?:injured|injury|wounded|injuries)\s+(?:toll|count|tally|total)|"
    r"(?:total|number)\s+of\s+(?:the\s+)?(?:injured|wounded|injuries|people\s+(?:injured|wounded|hurt))|"
    r"since\s+the\s+(?:start|beginning|outbreak|onset)|in\s+all|in\s+total|so\s+far|to\s+date)\b",
    re.IGNORECASE)
# Subjects an injured total is of.
INJURED_SUBJECTS = frozenset({None, "person", "people"})


def injured_entries(claims: Sequence[Claim], days: dict[str, str], start_day: str | None) -> list[TimelineEntry]:
    """Entries for the running count of the injured, on the days it rose (see the module docstring).

    `days`: document id -> the day it reports; `start_day`: the day the story's happening began
    (nothing is counted before it)."""
    figures = [c for c in claims if isinstance(c, FigureClaim) and c.measure == "injured" and c.value
               and c.value >= 1 and not c.hedged and c.subject in INJURED_SUBJECTS
               and INJURED_TOTAL_CUE.search(c.evidence.text) and not NOT_THE_DAYS.search(c.evidence.text)]
    by_day = figures_by_day(figures, days, start_day, same_day=True)
    out: list[TimelineEntry] = []
    last: float | None = None
    for day in sorted(by_day):
        top = max(c.value or 0 for c in by_day[day])
        if last is not None and top <= last:
            continue
        template = INJURED_FIRST if last is None else INJURED_RISES
        out.append(count_entry(day, template, top, by_day[day], "injured"))
        last = top
    return out
