"""Counts of one day or night beside the running total: a period of their own.

Coverage of a protest wave or a many-day crackdown gives two kinds of figure for one measure:
the running total ("more than 6,700 detained since Sunday") and the count of one night or day
("over the past day, about 700 were detained", "340 were detained during yesterday's protests").
The second is not a stage of the first and must not dispute it: it gets a slot of its own per day,
under the whole (`slots.slot_claims`).

A figure is a one-period count when its sentence names a single period and says nothing of a
total. The rule is read on the sentence, so it is kept to measures counted per day in such
coverage and, for the dead and injured, to the explicit phrases ("over the past 24 hours", "on the
night of"): "killed at least 261 on Friday night" is a disaster's whole toll.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..figures.cues import WEEKDAY_NAMES
from ..figures.graph_cues import PERIOD_RE as FIGURE_PERIOD_RE
from ..models import Document, FigureClaim
from ..text.attribution_cues import SPEECH_VERBS

# The period words are the figure stage's (figures.graph_cues.PERIOD_RE: "over the past day", "on the
# night of", "on Friday alone", "per day"), which marks such a figure a part when its article also
# gives the whole; here they mark the ones whose whole is in other articles. Only what the figure
# stage does not read is added.
_WEEKDAY = rf"({WEEKDAY_NAMES})"
_ORDINAL = r"(first|second|third|fourth|fifth|sixth|seventh|\d+(st|nd|rd|th))"
# Phrases that say a figure counts one day or night, whatever the measure.
EXPLICIT_PERIOD = re.compile(
    r"\bon the (evening|morning|afternoon) of\b|"
    rf"\b(on|during|over) (the )?{_ORDINAL} (night|day)\b", re.IGNORECASE)
# Looser phrases of one day ("during yesterday's protests", "on Sunday"), for measures counted
# per day in coverage of many days; "said on Sunday" dates the statement, not the count.
DAY_PERIOD = re.compile(
    rf"\b(during|at|in) (yesterday|today|{_WEEKDAY})['’]s\b|"
    rf"(?<!said )(?<!says )(?<!reported )(?<!announced )(?<!told )\b(on|last) {_WEEKDAY}( night| evening)?\b|"
    # Wire style drops the "on" after the verb ("two were arrested Wednesday").
    rf"\b(?!(said|reported|announced|stated|added|confirmed)\b)[a-z]+ed {_WEEKDAY}\b|"
    r"\b(last night|overnight)\b", re.IGNORECASE)
# A count tied to one gathering, as headlines write it ("150 detained as tens of thousands rally in
# the capital", "dozens held at a rally on the square"): the arrests of that day's protest, not the
# wave's running total (which TOTAL_WORDS would name: "since", "in all", "over three nights").
OCCASION_PERIOD = re.compile(
    r"\bas (tens of |hundreds of )?(thousands|hundreds|crowds|protesters|demonstrators|people|supporters)\b"
    r"[^,;.]{0,30}?\b(rall(y|ied)|march(ed)?|protest(ed)?|gather(ed)?|t(a|oo)ke? to the streets|demonstrated?)\b|"
    r"\b(at|during) (a|an|the|one) (rally|march|protest|demonstration|vigil)\b", re.IGNORECASE)
# A day phrase after "after"/"following" in the figure's clause dates what the count followed
# ("arrested 24 people after the disaster last Tuesday"), not the count itself.
AFTER_CLAUSE = re.compile(r"\b(after|following|in the wake of)\b[^,;.]*", re.IGNORECASE)
# Words of a running total: a sentence with any of them reports the total, not one day.
TOTAL_WORDS = re.compile(
    r"\b(toll|total\w*|in all|so far|to date|since|altogether|overall|cumulative\w*|rais\w*|rose|risen|"
    r"ris(e|es|ing)|bring\w*|climb\w*|reach\w*|up to now|in the past (week|month)s?|nights|days)\b",
    re.IGNORECASE)
# Measures counted per day in coverage of many days (any one-day phrase marks the count).
DAILY_MEASURES = frozenset({"detained", "participants", "attacks"})
# Measures where only the explicit phrases mark one period.
EXPLICIT_MEASURES = frozenset({"injured", "killed", "charged"})


# A day phrase right after a verb of saying dates the statement ("the group revealed on Monday that
# police had detained 1,213"), whatever the verb: the looser phrases skip such matches.
SAYING_FORMS: frozenset[str] = frozenset(
    {f for v in SPEECH_VERBS for f in (v, v + "s", v + "ed", v + "d", v[:-1] + "ied" if v.endswith("y") else v)}
    | {"said", "told", "wrote", "put", "found", "thought", "spoke", "understood", "made public"})
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def day_phrase(pattern: re.Pattern[str], text: str) -> bool:
    """A match of `pattern` that does not directly follow a verb of saying."""
    for m in pattern.finditer(text):
        before = _LAST_WORD.search(text[:m.start()])
        if before is None or before.group(1).lower() not in SAYING_FORMS:
            return True
    return False


def is_one_period(c: FigureClaim) -> bool:
    text = c.evidence.text
    if TOTAL_WORDS.search(text):
        return False
    explicit = bool(FIGURE_PERIOD_RE.search(text) or EXPLICIT_PERIOD.search(text))
    if c.measure in DAILY_MEASURES:
        return explicit or day_phrase(DAY_PERIOD, AFTER_CLAUSE.sub(" ", text)) or bool(OCCASION_PERIOD.search(text))
    if c.measure in EXPLICIT_MEASURES:
        return explicit
    return False


def one_period_counts(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> dict[str, str]:
    """Claim id -> the day its one-period count is of (as-of, else publication, else its document).

    A document's repeat of such a figure (same measure and value, "arrested more than two
    thousand people" after "on the night of ... more than two thousand") is the same count.
    """
    def day(c: FigureClaim) -> str:
        doc = docs.get(c.document)
        return c.as_of or (doc.published[:10] if doc is not None and doc.published else f"report {c.document}")

    out: dict[str, str] = {}
    marked: dict[tuple[str, str, float], str] = {}
    for c in claims:
        if c.part_of is None and c.value is not None and is_one_period(c):
            out[c.id] = day(c)
            marked.setdefault((c.document, c.measure, float(c.value)), out[c.id])
    for c in claims:
        if c.id not in out and c.part_of is None and c.value is not None and not c.update_cue and \
                (label := marked.get((c.document, c.measure, float(c.value)))) is not None:
            out[c.id] = label
    return out
