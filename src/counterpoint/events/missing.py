"""Missing-people entries of the timeline: one per day the count of the missing changed.

After a flood, a fire or a collapse the count of people missing or unaccounted for is news of its
own, told beside the toll and moving both ways ("the list rose from 631 to 1,011", "has dropped to
around 700"). It is read from the `missing` figures: the day is the figure's own date (`as_of`),
else the day its document reports (`doc_dates`); a count another figure of its sentence replaced
("from 631 to 1,011": the 631) is not the day's. One entry per day whose count differs from the
last one told, the highest of the day (a list is reported at its height).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Claim, FigureClaim, TimelineEntry
from .headline_words import MISSING_FALLS, MISSING_FIRST, MISSING_RISES

# Words that make a `missing` figure the count of people missing (not "missing persons reports").
MISSING_CUE = re.compile(r"\b(?:missing|unaccounted|disappeared|not\s+(?:yet\s+)?(?:been\s+)?(?:found|located))\b",
                         re.IGNORECASE)
# ... or the list of the missing, named as a list ("the list had as many as 1,276 names on it").
LIST_CUE = re.compile(r"\blist\b", re.IGNORECASE)
# Subjects a missing count is of: people (a count of "cars missing" is no one's).
MISSING_SUBJECTS = frozenset({None, "person", "people"})
# A count told as an earlier state or a forecast is not the day's.
NOT_THE_DAYS = re.compile(r"\b(?:earlier|initially|originally|previously|at\s+first|could|may|might|feared\s+to)\b",
                          re.IGNORECASE)
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def missing_entries(claims: Sequence[Claim], days: dict[str, str], start_day: str | None) -> list[TimelineEntry]:
    """Entries for the count of the missing, on the days it changed (see the module docstring).

    `days`: document id -> the day it reports (publication or inferred); `start_day`: the day the
    story's happening began (nothing is counted before it)."""
    figures = [c for c in claims if isinstance(c, FigureClaim) and c.measure == "missing" and c.value
               and c.value >= 1 and not c.hedged and c.subject in MISSING_SUBJECTS
               and (MISSING_CUE.search(c.evidence.text) or LIST_CUE.search(c.evidence.text))
               and not NOT_THE_DAYS.search(c.evidence.text)]
    # on the happening's own day nobody has counted the missing yet
    by_day = figures_by_day(figures, days, start_day, same_day=False)
    out: list[TimelineEntry] = []
    last: float | None = None
    for day in sorted(by_day):
        top = max(c.value or 0 for c in by_day[day])
        if top == last:
            continue
        template = MISSING_FIRST if last is None else MISSING_RISES if top > last else MISSING_FALLS
        out.append(count_entry(day, template, top, by_day[day], "missing"))
        last = top
    return out


def figures_by_day(figures: Sequence[FigureClaim], days: dict[str, str], start_day: str | None, *,
                   same_day: bool) -> dict[str, list[FigureClaim]]:
    """A running count's figures by the day each stood (`figure_day`), without those a later
    figure replaced, and none before the happening began (nor on its day, unless `same_day`)."""
    replaced = {r for c in figures for r in c.supersedes}
    by_day: dict[str, list[FigureClaim]] = {}
    for c in figures:
        if c.id in replaced:
            continue
        day = figure_day(c, days.get(c.document))
        if day is None or (start_day is not None and (day < start_day or (day == start_day and not same_day))):
            continue
        by_day.setdefault(day, []).append(c)
    return by_day


def count_entry(day: str, template: str, top: float, figures: Sequence[FigureClaim], event_type: str) -> TimelineEntry:
    """The entry of a running count on one day: its top figure, with every report that gives it."""
    tellers = [c for c in figures if c.value == top]
    return TimelineEntry(date=day, text=template.format(value=f"{top:,.0f}"),
                         documents=tuple(dict.fromkeys(c.document for c in tellers)),
                         claims=tuple(c.id for c in tellers), event_type=event_type)


def figure_day(c: FigureClaim, reported: str | None) -> str | None:
    """The figure's own day (never after its document's), else the document's day."""
    own = c.as_of if c.as_of and _DAY.fullmatch(c.as_of) else None
    if own is not None and (reported is None or own <= reported):
        return own
    return reported
