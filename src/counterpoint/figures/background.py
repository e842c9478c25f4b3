"""Figures of another event or of the days before this one, named in this event's coverage.

`updates.background_cutoff` finds an earlier event named with its year ("a 1999 quake killed
17,000", "since 2014, when ..."). News writing names earlier events in a few more ways, none of
whose figures count this event:

- a month, then "when", well before the article's own date: "Paris saw three days of attacks in
  early January, when gunmen killed 18" (in a November article) recalls an earlier attack;
- a stretch of time that the event followed: "the storm followed a week of heavy rains that had
  killed 126" counts the rains before the storm, not the storm;
- deaths before a storm reached land: "killing 122 even in the days before it made landfall" are
  the precursor's, not the landfall's toll;
- a superlative compared with an earlier event set off by dashes: "the bloodiest in Europe since
  the Madrid bombings in 2004 - with seven of them ..." : after the closing dash the sentence is
  back on this event.
"""

from __future__ import annotations

import re

from ..text.lexicon import MONTHS
from ..text.numbers import Quantity

# "in early January, when ...", "in March, when ...": a month written out and capitalized (never
# the modal "may"), without a year, and a "when" clause.
_FULL_MONTHS = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
MONTH_WHEN_RE = re.compile(
    r"\b(?i:in|since|during)\s+(?i:early\s+|late\s+|mid-?\s*)?(?P<month>" + _FULL_MONTHS + r"),?\s+(?i:when)\b")
# How many months before the publication month such a month must be to name an earlier event:
# coverage recalls its own event's month in follow-ups a few weeks on ("in May, when the cyclone
# struck" in a June article), so only a month at least this far back is background.
BACKGROUND_MONTH_GAP = 3
# "followed a week of heavy rains", "came after days of flooding": the stretch before the event.
PRECURSOR_RE = re.compile(
    r"\b(?:follows|followed|following|came\s+after|comes\s+after)\s+(?:a|an|the|several|two|three|four)\s+"
    r"(?:[\w-]+\s+)?(?:week|weeks|days|month|months)\s+of\b", re.I)
# After a figure, in its clause: the days before a storm came ashore ("before it made landfall").
BEFORE_LANDFALL_AFTER_RE = re.compile(
    r"^[^.;:]{0,60}?\bbefore\s+(?:it|the\s+(?:storm|cyclone|hurricane|typhoon))\s+"
    r"(?:made\s+landfall|hit\s+land|came\s+ashore|reached\s+land)", re.I)
# Dash pairs that set an aside off ("- the bloodiest since 2004 -"); the aside ends at the second.
ASIDE_DASH_RE = re.compile(r"\s[-–—]\s")


def month_when_cutoff(text: str, published: str | None) -> int | None:
    """Where "in <month>, when" recalls an earlier event (see BACKGROUND_MONTH_GAP), else None."""
    if not published or len(published) < 7 or not published[5:7].isdigit():
        return None
    pub_month = int(published[5:7])
    for m in MONTH_WHEN_RE.finditer(text):
        month = MONTHS[m.group("month").lower()]
        if pub_month - month >= BACKGROUND_MONTH_GAP:
            return m.start()
    return None


def precursor_cutoff(text: str) -> int | None:
    """Where a sentence turns to the stretch before its event ("followed a week of rains")."""
    m = PRECURSOR_RE.search(text)
    return m.start() if m is not None else None


def before_landfall(text: str, q: Quantity) -> bool:
    """Whether the figure counts the days before a storm came ashore."""
    return BEFORE_LANDFALL_AFTER_RE.match(text[q.end:]) is not None


def aside_end(text: str, start: int) -> int:
    """The end of the dash aside a background clause opens inside ("... - the bloodiest since
    2004 - with seven ..."), or past the text when it is not inside one."""
    opens = [m for m in ASIDE_DASH_RE.finditer(text, 0, start)]
    if not opens:
        return len(text) + 1
    close = ASIDE_DASH_RE.search(text, start)
    return close.start() if close is not None and len(opens) % 2 == 1 else len(text) + 1
