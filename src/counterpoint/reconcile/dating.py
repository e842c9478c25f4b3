"""When a count stood: the date a slot's verdict orders a figure by.

A figure's stored `as_of` is the first full date its sentence gives, else its report's publication
date. Two ways news is written make that date wrong for ordering a running count:

- The date belongs to the event, not to the count: "the earthquake that struck on Friday night has
  killed 2,012", "injured since the fire broke out on 14 June", "the flood of 3 May has left 90
  dead". Such a count was made when it was reported, so it is dated by its report (publication
  date), and never by the disaster's day (else every later toll would share that day with the
  first one and the series would read as a dispute of one day).
- A figure repeated later is as old as its first report: a relay that prints yesterday's toll
  ("the ministry had said 100") beside a newer one, or an outlet that carries an older figure a
  day later, reports an old stage of the count, not a new count below the running one. Within one
  slot, a figure equal to one reported earlier takes the earlier date; an undated figure equal to
  a dated one is placed at that date. Figures the text itself orders (`supersedes`, an update cue)
  keep their own dates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..models import Document, FigureClaim
from .intervals import point

# Words just before a date phrase that tie the date to the event itself, not to the count: an event
# verb ("struck on Friday", "collapsed on 14 August", "broke out late on Tuesday") or a word that
# starts a period ("since", "after", "following"). Read on the words before the date, within its clause.
EVENT_DATE_BEFORE = re.compile(
    r"\b(since|after|following|from|in the wake of|began|begun|started|struck|strikes?|hit|hits|rocked|"
    r"shook|jolted|happened|occurred|erupted|broke out|collapsed|caved in|capsized|sank|derailed|"
    r"crashed|exploded|tore through|swept|made landfall|ripped through|quake|earthquake|tremor|blast|"
    r"explosion|fire|blaze|flood\w*|storm|hurricane|cyclone|typhoon|disaster|stampede|crush)\b"
    # the rest of the date's clause: a few words ("hit the coast", "the fire in the tower") and the
    # preposition of the date ("late on", "early in the morning of")
    r"([\s]+[\w'’-]+){0,5}?\s*$", re.IGNORECASE)
# How far before a date phrase the event words may stand (a clause, not the sentence).
EVENT_DATE_WINDOW = 40
# Words that date a statement or a count, which win over an event word in the same window
# ("said on Friday", "as of Monday", "by Tuesday").
COUNT_DATE_BEFORE = re.compile(
    r"\b(as of|as at|by|until|through|said|says|reported|announced|told|confirmed|stated|added|"
    r"updated|gave|put)\s*(\w+\s+){0,2}$", re.IGNORECASE)
# A statement right after the date phrase dates the count too ("On Tuesday, officials said ...").
STATEMENT_AFTER = re.compile(
    r"^[\s,]*(night|morning|evening|afternoon)?[\s,]*([\w'’.-]+\s+){0,3}?"
    r"(said|says|reported|announced|told|confirmed|stated|updated|put|gave|raised|revised)\b", re.IGNORECASE)
# A date phrase that opens its sentence ("On Tuesday, ...", "Late on Monday ...").
OPENING_DATE = re.compile(r"^\W*((late|early) )?(on|last)?\s*$", re.IGNORECASE)
# Running counts, whose date is the day they were counted, not the event's day (a crowd's size, a
# sum of damage, are of the event's day; they keep their dates).
RUNNING_MEASURES = frozenset({"killed", "injured", "detained", "charged", "cases", "missing"})
# A repeat is recognised only for figures at least this large: small counts (1, 2, 3) coincide.
REPEAT_MIN_VALUE = 10


def _published(c: FigureClaim, docs: Mapping[str, Document]) -> str | None:
    doc = docs.get(c.document)
    return doc.published[:10] if doc is not None and doc.published else None


def event_dated(c: FigureClaim, docs: Mapping[str, Document]) -> bool:
    """True when the claim's as-of date is a date its sentence gives for the event, not the count.

    A running count is dated by a day its sentence names only when a count-date word ("as of",
    "by") or a statement ("said on Tuesday", "On Tuesday, officials said") introduces that day.
    Any other earlier day the sentence names ("131 died after the match on Saturday night", "the
    toll from Saturday's stampede") is when the event happened: the count is the report's. With
    no publication date to compare, only event words (EVENT_DATE_BEFORE) say so."""
    if not c.as_of or c.measure not in RUNNING_MEASURES:
        return False
    from ..text.dates import find_dates  # the shared resolver; imported here, not at module import

    published = _published(c, docs)
    text = c.evidence.text
    for dm in find_dates(text, published):
        if dm.value != c.as_of:
            continue
        before = text[max(0, dm.start - EVENT_DATE_WINDOW):dm.start]
        before = re.split(r"[,;:—–(]", before)[-1]  # the date's own clause
        if COUNT_DATE_BEFORE.search(before):
            return False
        if EVENT_DATE_BEFORE.search(before):
            return True
        opens = OPENING_DATE.match(text[:dm.start]) is not None
        if opens and STATEMENT_AFTER.match(text[dm.end:dm.end + EVENT_DATE_WINDOW]):
            return False  # "On Tuesday, officials said ...": the statement's day
        return bool(published and date_before(c.as_of, published))
    return False


def content_order(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> list[FigureClaim]:
    """The claims in an order read from what they say and who published them: the count's own
    date, the report's date and outlet, the sentence, the number. A slot's claims arrive in the
    order files were read and stored, and document ids are hashes of file paths: every "first
    seen" or tie in the verdict would otherwise change when a folder is renamed. Within one
    report, reading order. The id is the last resort, for two claims that say the same thing in
    the same words at the same place."""
    def key(c: FigureClaim) -> tuple[str, str, str, int, str, float, str]:
        d = docs.get(c.document)
        return (c.as_of or "", (d.published or "") if d else "", (d.outlet or "") if d else "",
                c.evidence.start if c.evidence else 0, c.evidence.text if c.evidence else "",
                point(c) or 0.0, c.id)
    return sorted(claims, key=key)


def count_dated(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> list[FigureClaim]:
    """The slot's claims with `as_of` set to when each count stood (see the module docstring).

    Claims keep their ids; only `as_of` changes, so callers may compare by id."""
    out: list[FigureClaim] = []
    for c in claims:
        if event_dated(c, docs):
            c = replace(c, as_of=None)  # dated by its report: claim_date falls back to publication
        out.append(c)
    # The first report of each figure, by publication dates only (a date a sentence names may
    # still be the event's day, which no repeat is moved to).
    first: dict[float, str] = {}
    for c in out:
        p = point(c)
        d = _published(c, docs)
        if p is None or p < REPEAT_MIN_VALUE or not d or c.qualifier != "exact":
            continue
        if p not in first or date_before(d, first[p]):
            first[p] = d
    dated: list[FigureClaim] = []
    for c in out:
        p = point(c)
        d = c.as_of or _published(c, docs)
        earliest = first.get(p) if p is not None and c.qualifier == "exact" else None
        if earliest and not c.supersedes and not c.update_cue and (not d or date_before(earliest, d)):
            c = replace(c, as_of=earliest)
        dated.append(c)
    return dated


def date_before(a: str, b: str) -> bool:
    """a strictly before b on full or partial ISO dates ("2022-01" is not before "2022-01-05")."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


# --- the toll clock: undated reports ordered by the running death toll they give ------------------
# Much coverage of a disaster carries no date a machine can read (a lost dateline, an undated
# page), yet every report of it states the running death toll of its moment, and that toll only
# grows. Two reports that give different tolls of one whole (the same slot) were written in that
# order: the one with the lower toll first. Other counts of those reports (the injured, the
# homeless) are ordered by it.
# Measures whose running count is the clock (the most reported count, and one that only grows).
CLOCK_MEASURES = frozenset({"killed"})
# Two reports' tolls must differ by this factor to order them (a 1% difference is as often two
# sources of one moment as two moments).
CLOCK_MIN_STEP = 1.05

# (document -> {slot text -> the report's highest toll in that slot})
TollClock = Mapping[str, Mapping[str, float]]


def toll_clock(slots: Mapping[Any, Sequence[FigureClaim]], slot_text: Mapping[Any, str]) -> dict[str, dict[str, float]]:
    """Per report, its highest firm toll in each whole slot of a clock measure (parts, vague
    counts and hedged figures left out)."""
    out: dict[str, dict[str, float]] = {}
    for key, members in slots.items():
        if not members or members[0].measure not in CLOCK_MEASURES or getattr(key, "part_of", None) is not None:
            continue
        for c in members:
            p = point(c)
            if p is None or c.hedged or c.part_of is not None or c.qualifier in ("up_to", "less_than"):
                continue
            row = out.setdefault(c.document, {})
            text = slot_text[key]
            row[text] = max(row.get(text, 0.0), p)
    return out


def clock_before(a: str, b: str, clock: TollClock, docs: Mapping[str, Document], skip: str | None = None) -> bool:
    """Report `a` was written before report `b` by the tolls both give of one whole (never the
    slot `skip`, the one being ordered): in every whole both give, `a`'s toll is lower by at least
    CLOCK_MIN_STEP, and their publication dates, where both are known, do not say otherwise."""
    if a == b:
        return False
    da, db = docs.get(a), docs.get(b)
    pa = da.published[:10] if da is not None and da.published else None
    pb = db.published[:10] if db is not None and db.published else None
    if pa and pb and not date_before(pa, pb) and pa != pb:
        return False
    ta, tb = clock.get(a, {}), clock.get(b, {})
    shared = [k for k in ta if k in tb and k != skip]
    return bool(shared) and all(tb[k] >= CLOCK_MIN_STEP * ta[k] for k in shared)
