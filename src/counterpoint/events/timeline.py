"""The corpus timeline: event claims from all documents, one entry per event, sorted by date.

The same event told by several documents becomes one entry citing every document and claim: same
date and type (for storming and arrests, also similar headlines: which site, whom); undated claims
join the one dated entry of their type (see `_fold_undated`), and month- or year-precise tellings
the day-precise one (see `_fold_coarser`). The entry text is a headline the
claims give (`headline_words.HEADLINES`), never a new one. A document that names
a day but never its year ("since January 2nd") has its events placed in the corpus's year: the
year most of the corpus's dated events and publication dates fall in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..models import Claim, Document, EventClaim, TimelineEntry
from ..text.lexicon import MONTHS, TENS_WORDS, UNIT_WORDS
from .doc_dates import document_dates, redate
from .feared import feared_entries
from .headline_words import EVACUATION_PARTICIPLE, HEADLINES, INVESTIGATION_PARTICIPLES, UNNAMED_HEADLINES
from .injured import injured_entries
from .missing import missing_entries
from .rules import (
    ARREST_PARTICIPLES,
    CROWD_NOUNS,
    CROWD_QUANTIFIERS,
    DATED_ONLY_TYPES,
    RELEASE_PARTICIPLES,
    SINGULAR_TYPES,
    SLOT_DEFAULTS,
    STORM_PARTICIPLES,
    STORM_VERBS,
)
from .tolls import toll_entries

# Event types a story has once (the government resigns once): claims of one of these types on one
# day, or undated, are one event whatever their wording or the place they name ("protests began in
# Kazakhstan / in Central Asia").
ONE_OFF_TYPES = frozenset({"protest_start", "resignation", "state_of_emergency", "shoot_to_kill",
                           "troops_deployed", "appeal"})
# Event types told apart by what or whom they concern (storming of which building, arrest of whom):
# two claims are one event only if their headlines overlap this much (Jaccard over content words,
# the place included: "airport in Almaty" vs "akimat in Aktau").
BY_OBJECT_TYPES = frozenset({"storming", "arrests", "removal", "ouster", "investigation", "charges", "release", "report",
                             "sentencing"})
# Event types whose headline opens with a count of people: two tellings on one day with the same
# count are one happening whatever nouns they use ("16 people arrested" / "Sixteen staff detained").
COUNTED_TYPES = frozenset({"arrests", "evacuation", "investigation", "charges", "release", "sentencing"})
SIMILARITY = 0.5
# The happening a disaster story is about: nothing of the story is dated before its day.
START_TYPES = frozenset({"disaster"})
# A story with no disaster (a riot, a crackdown, weeks of protests) begins the day its unrest broke
# out: the day anchors what its pages tell relative to it (a bare weekday, a toll counted later, an
# anniversary), but, unlike a disaster's day, it drops nothing told before it (the election the
# protests followed, the killing that set them off).
UNREST_START_TYPES = frozenset({"protest_start"})
# When no page dates the outbreak itself, the first day people were killed in it does ("at least
# 16 Palestinians were killed on Friday" in the first day's coverage of a protest).
UNREST_FALLBACK_TYPES = frozenset({"killings"})
# A story's sudden happening, which kills its dead at once: no single death of it is a "first death".
SUDDEN_TYPES = frozenset({"disaster", "attack"})
# How long before the corpus's first publication a happening of an earlier year may be and still be
# part of the story (a protest that began in late December told in January coverage).
BACKGROUND_DAYS = 120
# How far past its publication day a bare weekday may be moved forward (an article dated in one
# time zone tells a day already begun in another).
WEEKDAY_FORWARD_SLACK_DAYS = 1
_MONTH_RE = r"\b(?:" + "|".join(m for m in MONTHS if len(m) > 3) + r")\b"
# Words ignored when comparing headlines: function words, the actor every storming headline has,
# and the verbs headlines vary in ("Karim Massimov detained" / "Karim Massimov arrested").
STOPWORDS = frozenset({"the", "a", "an", "of", "to", "in", "on", "and", "was", "were", "by", "for", "at",
                       "protesters", "security", "forces"}
                      | set(ARREST_PARTICIPLES.values())
                      | {w for v in (*STORM_VERBS.values(), *STORM_PARTICIPLES.values()) for w in v.split()})


@dataclass(slots=True)
class _Bucket:
    date: str | None
    event_type: str
    claims: list[EventClaim]
    places: set[str]
    words: list[set[str]]  # each claim's headline words

    def similar(self, words: set[str]) -> bool:
        return any(_jaccard(w, words) >= SIMILARITY for w in self.words)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in STOPWORDS}


def similar_headlines(a: str, b: str) -> bool:
    """Whether two headlines tell the same happening by their words (see SIMILARITY)."""
    return _jaccard(_words(a), _words(b)) >= SIMILARITY


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def corpus_year(documents: Sequence[Document], events: Sequence[EventClaim]) -> int | None:
    """The year most dated events and publication dates fall in (None if nothing is dated)."""
    years = Counter(int(e.date[:4]) for e in events if e.date)
    years.update(int(d.published[:4]) for d in documents if d.published and d.published[:4].isdigit())
    return years.most_common(1)[0][0] if years else None


def _place_partial(partial: str | None, year: int | None) -> str | None:
    m = re.fullmatch(r"--([0-9]{2})-([0-9]{2})", partial or "")
    if not m or year is None:
        return None
    try:
        return date(year, int(m[1]), int(m[2])).isoformat()
    except ValueError:
        return None


def _same_event(b: _Bucket, c: EventClaim, words: set[str]) -> bool:
    """Whether claim `c` (same day, or both undated, same type) tells the event of bucket `b`."""
    if c.event_type in ONE_OFF_TYPES:
        return True
    if c.event_type == "arrests" and b.date is not None and _is_crowd(c.text) and any(_is_crowd(o.text) for o in b.claims):
        return True  # the day's round-up of unnamed people, told with different counts
    if (c.event_type in COUNTED_TYPES and b.date is not None and (n := _headline_count(c.text)) is not None
            and any(_headline_count(o.text) == n for o in b.claims)):
        return True  # "16 people arrested" / "Sixteen port staff detained": one day, one count, one round-up
    if c.event_type in BY_OBJECT_TYPES or b.date is None:
        return b.similar(words)
    return True  # one day, one type ("prices rose")


def _headline_count(text: str) -> int | None:
    """The count a headline opens with ("16 people arrested", "Sixteen staff detained", "At least
    1,000 protesters detained"), or None."""
    words = [w for w in re.findall(r"[^\W_]+(?:,[0-9]{3})*", text.lower()) if w not in COUNT_LEADERS]
    if not words:
        return None
    first = words[0].replace(",", "")
    if first.isdigit():
        return int(first)
    return UNIT_WORDS.get(first) or TENS_WORDS.get(first) or None


# Words before a headline's count ("At least 340", "More than 1,000", "Some 250").
COUNT_LEADERS = frozenset({"at", "least", "more", "than", "some", "about", "around", "over", "nearly", "almost",
                           "up", "to", "another", "roughly", "approximately"})


def _is_crowd(text: str) -> bool:
    """An arrest headline naming only a count of unnamed people ("Some 250 demonstrators detained")."""
    words = [w for w in re.findall(r"[^\W_]+", text.lower()) if w not in ARREST_VERB_WORDS]
    return bool(words) and any(w in CROWD_NOUNS or w in CROWD_QUANTIFIERS for w in words) and all(
        w in CROWD_NOUNS or w in CROWD_QUANTIFIERS or w.replace(",", "").isdigit() for w in words)


# The words of arrest participles ("detained", "taken into custody"), left out of a crowd headline.
ARREST_VERB_WORDS = frozenset(w for v in ARREST_PARTICIPLES.values() for w in v.split())


def _representative(claims: list[EventClaim]) -> str:
    """The headline most claims give, preferring ones whose slots were read (a named site, force or
    person) over the bare defaults; ties: the earliest (the first document's telling). Bare
    defaults naming places no majority agrees on give the default alone ("Protests begin")."""
    counts = Counter(c.text for c in claims)  # in order of first appearance
    specific = [t for t in counts if not _is_generic(t)]
    if specific:
        return max(specific, key=lambda t: counts[t])
    ranked = counts.most_common()
    bare = {_generic_of(t) for t in counts}
    placed = {t for t in counts if t not in bare}
    if len(bare) == 1 and len(placed) == 1:
        return placed.pop()  # one place named, the other tellings name none: no disagreement
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] and len(bare) == 1:
        return bare.pop()  # no place most claims agree on
    return ranked[0][0]


def _dating(b: _Bucket) -> list[EventClaim]:
    """The claims a story's one happening is headed by: those that give its day ("Idai made
    landfall in Mozambique on Thursday"), not the many passing mentions folded into it ("a cyclone
    tore through the region"); every claim for other types, or when none gives the day."""
    if b.event_type not in SINGULAR_TYPES or b.date is None:
        return b.claims
    return [c for c in b.claims if c.date == b.date] or b.claims


def _is_generic(text: str) -> bool:
    """A headline with every slot at its default ("Troops deployed"), a place aside."""
    return _generic_of(text) is not None


def _generic_of(text: str) -> str | None:
    return next((g for g in _generic_headlines() if text == g or text.startswith(g + " in ")), None)


@cache
def _generic_headlines() -> frozenset[str]:
    # the unnamed patient with any participle a patient headline takes: "People jailed", "People charged"
    participles = {*ARREST_PARTICIPLES.values(), *INVESTIGATION_PARTICIPLES.values(), *RELEASE_PARTICIPLES.values(),
                   EVACUATION_PARTICIPLE}
    arrests = frozenset(f"{SLOT_DEFAULTS['patient']} {p}" for p in participles)
    return frozenset(_capital(t.format(**SLOT_DEFAULTS)) for t in HEADLINES.values()) | frozenset(
        UNNAMED_HEADLINES.values()) | arrests


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fold_undated(buckets: list[_Bucket], days: dict[str, str] | None = None) -> list[_Bucket]:
    """Undated buckets join the dated one of their type when the corpus has exactly one.

    "Riots broke out" with no date and "protests began on January 2" are one event when nothing
    else of that type is dated; the entry keeps its date and cites both. For types told apart by
    their object (storming, arrests) the headlines (site, place, person) must also be similar, and
    then one similar dated entry among several is enough.
    A page written before a dated entry's day (`days`: each document's day) cannot tell that
    happening: its undated telling stays apart ("bodies arrived" on a page of the 22nd is not the
    arrival another page dates to the 23rd).
    """
    dated: dict[str, list[_Bucket]] = {}
    for b in buckets:
        if b.date is not None:
            dated.setdefault(b.event_type, []).append(b)
    out = []
    for b in buckets:
        if b.date is not None:
            out.append(b)
            continue
        only = dated.get(b.event_type, [])
        if len(only) > 1 or b.event_type not in ONE_OFF_TYPES:
            only = [d for d in only if any(d.similar(w) for w in b.words)]
        if days:  # a page tells only what happened by its day
            only = [d for d in only if all(days.get(c.document, "9999") >= (d.date or "") for c in b.claims)]
        if b.event_type in COUNTED_TYPES:  # "17 suspects detained" is not the day "two suspects" were
            only = [d for d in only if _counts_agree(b, d)]
        if len(only) == 1:
            only[0].claims.extend(b.claims)
            only[0].places |= b.places
            only[0].words.extend(b.words)
            continue
        out.append(b)
    return out


def _counts_agree(a: _Bucket, b: _Bucket) -> bool:
    """Whether two buckets' headline counts can tell one round-up: either gives none, or they
    share one ("Suspects arrested" joins either; "17 suspects detained" never "Two suspects detained")."""
    ca = {n for c in a.claims if (n := _headline_count(c.text)) is not None}
    cb = {n for c in b.claims if (n := _headline_count(c.text)) is not None}
    return not ca or not cb or bool(ca & cb)


def _merge_singular(buckets: list[_Bucket], pubs: dict[str, str] | None = None) -> list[_Bucket]:
    """A story's one disaster is one entry: its dated buckets join the one most documents date it
    to, so a recalled earlier disaster or a stray date is outvoted. Ties go to the day the first
    coverage tells (`pubs`: document id -> publication day; see `_first_told`), then to the
    earliest day."""
    out: list[_Bucket] = []
    keep: dict[str, _Bucket] = {}
    for etype in SINGULAR_TYPES:
        dated = [b for b in buckets if b.event_type == etype and b.date is not None]
        if not dated:
            continue
        votes: Counter[str] = Counter()
        first_told: dict[str, str] = {}
        for b in dated:  # only the documents that give the date vote, not undated tellings folded in
            voters = {c.document for c in b.claims if c.date == b.date or c.date_partial}
            votes[b.date] += len(voters)
            first_told[b.date] = min(first_told.get(b.date, UNPUBLISHED), _first_told(b.date, voters, pubs or {}))
        day_precise = {d: n for d, n in votes.items() if len(d) == 10} or dict(votes)
        best = min(day_precise, key=lambda d: (-day_precise[d], first_told.get(d, UNPUBLISHED), d))
        keep[etype] = next(b for b in dated if b.date == best)
    for b in buckets:
        target = keep.get(b.event_type)
        if target is None and b.event_type in SINGULAR_TYPES:
            continue  # never dated anywhere: a disaster or vote spoken of, not this story's event
        if target is None or b is target:
            out.append(b)
        elif b.date is None or b.date[:4] == target.date[:4]:
            target.claims.extend(b.claims)  # the same happening, told with another (or no) date
            target.places |= b.places
            target.words.extend(b.words)
        # else: a disaster of another year, recalled in passing: not this story's timeline
    return out


# On a tie of votes, the day the first coverage tells outweighs one told only later (a piece
# written a year on may count the night by another clock; a page weeks later may retell the
# happening in its title, dated by its own day). A page whose day is unknown counts as published
# on the day it tells (it cannot be earlier); UNPUBLISHED sorts after every day.
UNPUBLISHED = "9999-12-31"


def _first_told(day: str, documents: set[str], pubs: dict[str, str]) -> str:
    """The earliest publication day among the `documents` telling `day` (see UNPUBLISHED)."""
    return min([UNPUBLISHED, *(pubs.get(d, day) for d in documents)])


def _fold_attack(buckets: list[_Bucket]) -> list[_Bucket]:
    """A bombing told as an explosion and as an attack is one happening: the attack entry joins
    the disaster entry of its day (the disaster's headline, "Explosion hits Kuta", names it)."""
    disaster = {b.date: b for b in buckets if b.event_type == "disaster" and b.date}
    out = []
    for b in buckets:
        target = disaster.get(b.date) if b.event_type == "attack" else None
        if target is None:
            out.append(b)
            continue
        target.claims.extend(b.claims)
        target.places |= b.places
        target.words.extend(b.words)
    return out


def _fold_generic(buckets: list[_Bucket]) -> list[_Bucket]:
    """A bare-default headline ("People arrested") on a day that has a specific one of its type
    ("Three railway officials arrested") tells that happening in fewer words: it joins the
    specific bucket most documents tell."""
    out = []
    for b in buckets:
        if b.date is None or b.event_type not in BY_OBJECT_TYPES or not all(_is_generic(c.text) for c in b.claims):
            out.append(b)
            continue
        specific = [o for o in buckets if o is not b and o.date == b.date and o.event_type == b.event_type
                    and not all(_is_generic(c.text) for c in o.claims)]
        if not specific:
            out.append(b)
            continue
        target = max(specific, key=lambda o: len({c.document for c in o.claims}))
        target.claims.extend(b.claims)
        target.places |= b.places
        target.words.extend(b.words)
    return out


def _fold_recounted(buckets: list[_Bucket]) -> list[_Bucket]:
    """A round-up told with the same count on a later day ("police had arrested 1,434 suspects",
    in a report a month on) is the same happening retold: it joins the earliest day that count
    was told (counted types only, see COUNTED_TYPES; a count of at least RECOUNT_MIN)."""
    first: dict[tuple[str, int], _Bucket] = {}
    out = []
    for b in sorted(buckets, key=lambda b: (b.date is None, b.date or "")):
        counts = {n for c in b.claims if (n := _headline_count(c.text)) is not None and n >= RECOUNT_MIN
                  and not ADDED_ROUND.search(c.text)}
        key = next(((b.event_type, n) for n in counts if (b.event_type, n) in first), None)
        if b.date is None or len(b.date) != 10 or b.event_type not in COUNTED_TYPES or key is None:
            for n in counts:
                if b.date is not None and len(b.date) == 10 and b.event_type in COUNTED_TYPES:
                    first.setdefault((b.event_type, n), b)
            out.append(b)
            continue
        target = first[key]
        target.claims.extend(b.claims)
        target.places |= b.places
        target.words.extend(b.words)
    return sorted(out, key=buckets.index)


# The smallest count whose retelling on a later day is taken for the same round-up: two round-ups
# of a few people ("16 people arrested" on two days) may well share a count, two of hundreds
# ("1,434 suspects arrested") hardly ever do.
RECOUNT_MIN = 100
# A headline telling a further round ("700 more people detained", "another 50 arrested"): a new
# happening, whatever count it shares with an earlier one.
ADDED_ROUND = re.compile(r"\b(?:more|another|additional|further|other)\b", re.IGNORECASE)


def _fold_coarser(buckets: list[_Bucket]) -> list[_Bucket]:
    """A happening told at a coarser precision ("protests began in January", "in 2021") joins the
    day-precise telling of it in that month or year (else a month-precise one in that year): one
    happening, one entry. Types told apart by their object need similar headlines; a type a story
    has once takes the candidate most documents tell; any other needs a single candidate."""
    out = [b for b in buckets if b.date is None or len(b.date) == 10]
    coarse = sorted((b for b in buckets if b.date is not None and len(b.date) < 10), key=lambda b: -len(b.date or ""))
    for b in coarse:
        finer = [o for o in out if o.date is not None and o.event_type == b.event_type
                 and len(o.date) > len(b.date or "") and o.date.startswith(b.date or "")]
        if b.event_type in BY_OBJECT_TYPES:
            finer = [o for o in finer if any(o.similar(w) for w in b.words)]
        best = max((len(o.date or "") for o in finer), default=0)
        finer = [o for o in finer if len(o.date or "") == best]  # the day-precise ones first
        if len(finer) > 1 and b.event_type in ONE_OFF_TYPES | SINGULAR_TYPES:
            finer = [max(finer, key=lambda o: (len({c.document for c in o.claims}), -buckets.index(o)))]
        if len(finer) != 1:
            out.append(b)
            continue
        finer[0].claims.extend(b.claims)
        finer[0].places |= b.places
        finer[0].words.extend(b.words)
    return sorted(out, key=buckets.index)


def _start_day(events: Sequence[EventClaim], year: int | None, pubs: dict[str, str] | None = None) -> str | None:
    """The day the story's happening began: the day-precise date of the disaster entry."""
    first = [c for c in events if c.event_type in START_TYPES]
    merged = _merge_singular(_fold_undated(_bucketize(first, year)), pubs)
    return next((b.date for b in merged if b.event_type in START_TYPES and b.date and len(b.date) == 10), None)


def _unrest_day(events: Sequence[EventClaim], year: int | None, pubs: dict[str, str]) -> str | None:
    """The day a story's unrest broke out (see UNREST_START_TYPES): the day-precise day most
    documents give it (ties: the earliest), no later than the first page's day (the coverage
    follows the outbreak: protests "beginning" on a later day are a later round, an anniversary's)."""
    first = min(pubs.values(), default=None)
    for types in (UNREST_START_TYPES, UNREST_FALLBACK_TYPES):
        votes: Counter[str] = Counter()
        for b in _bucketize([c for c in events if c.event_type in types], year):
            if b.date is not None and len(b.date) == 10 and (first is None or b.date <= first):
                votes[b.date] += len({c.document for c in b.claims})
        if votes:
            return min(votes, key=lambda d: (-votes[d], d))
    return None


def _weekday_forward(c: EventClaim, day: str, start: str, published: str | None) -> str | None:
    """A weekday that resolved into the week before the happening began ("were detained Saturday"
    in an article dated the Friday after a Wednesday sinking, updated across the date line) is
    the same weekday of the next week, when that is on or after the start and at most
    `WEEKDAY_FORWARD_SLACK_DAYS` past publication."""
    d = date.fromisoformat(day)
    name = d.strftime("%A")
    if not re.search(rf"\b{name}\b", c.evidence.text) or re.search(_MONTH_RE, c.evidence.text, re.IGNORECASE):
        return None
    ahead = d + timedelta(days=7)
    limit = date.fromisoformat(published) + timedelta(days=WEEKDAY_FORWARD_SLACK_DAYS) if published else None
    if ahead.isoformat() < start or (limit is not None and ahead > limit):
        return None
    return ahead.isoformat()


def _not_before_start(events: list[EventClaim], start: str | None, pubs: dict[str, str],
                      drop: bool = True) -> list[EventClaim]:
    """Nothing happens before the story's happening began: a dated event earlier than its day is
    moved a week on when its date was a bare weekday (see `_weekday_forward`), else left out
    (a background fact recalled, or a date misread) when `drop` (a disaster's day; an unrest's
    day keeps what came before it, see UNREST_START_TYPES)."""
    if start is None:
        return events
    out = []
    for c in events:
        if c.event_type in START_TYPES | UNREST_START_TYPES or not c.date or c.date >= start[: len(c.date)]:
            out.append(c)
            continue
        moved = _weekday_forward(c, c.date, start, pubs.get(c.document)) if len(c.date) == 10 else None
        if moved is not None:
            out.append(replace(c, date=moved))
        elif not drop:
            out.append(c)
    return out


def _not_background(events: list[EventClaim], pubs: dict[str, str]) -> list[EventClaim]:
    """Happenings recalled from an earlier year ("a similar disaster in 2014", "the 1990 stampede",
    "arrested in 2016") are background, not the story's timeline: a claim dated in a year before
    the corpus's first publication year and more than `BACKGROUND_DAYS` before that publication is
    left out. Without any publication day nothing is left out (a corpus may be a look back)."""
    if not pubs:
        return events
    first = date.fromisoformat(min(pubs.values()))
    cutoff = (first - timedelta(days=BACKGROUND_DAYS)).isoformat()
    return [c for c in events if not c.date or int(c.date[:4]) >= first.year
            or c.date >= cutoff[: len(c.date)]]


# How near the day a page reports an anniversary must be to the happening's date in a later year
# for the page to tell the anniversary day itself ("survivors gathered for a ceremony on the 10th
# anniversary of the attack", written that day or the next).
ANNIVERSARY_SLACK_DAYS = 3


def _on_anniversary(events: list[EventClaim], start: str | None, days: dict[str, str]) -> list[EventClaim]:
    """An anniversary is marked on the anniversary: a claim of one whose own sentence names no day
    (or that is dated only to a month or year the anniversary falls in) is dated the happening's
    day in the year of its page's day, when that page's day is within ANNIVERSARY_SLACK_DAYS of it
    (else a page looking back on it later, left as it was)."""
    if start is None or len(start) != 10:
        return events
    first = date.fromisoformat(start)
    # the days other tellings give the anniversary in their own words ("marked the anniversary
    # Saturday"): a day-less telling near one takes it, not the day computed from the start (which
    # may count the night by another clock)
    told = Counter(c.date for c in events if c.event_type == "anniversary" and c.date and len(c.date) == 10
                   and c.document in days and _own_day(c, days[c.document]))
    out = []
    for c in events:
        day = days.get(c.document)
        coarse = c.date is not None and len(c.date) < 10  # "the first anniversary, in March 2019"
        if c.event_type != "anniversary" or day is None or (_own_day(c, day) and not coarse):
            out.append(c)
            continue
        seen = date.fromisoformat(day)
        try:
            anniversary = first.replace(year=seen.year)
        except ValueError:  # February 29
            anniversary = first.replace(year=seen.year, day=28)
        near = anniversary.year > first.year and abs((seen - anniversary).days) <= ANNIVERSARY_SLACK_DAYS
        if coarse and not anniversary.isoformat().startswith(c.date or ""):
            near = False  # a month or year the claim gives that the anniversary is not in
        near_told = [d for d in told if abs((date.fromisoformat(d) - anniversary).days) <= ANNIVERSARY_SLACK_DAYS]
        if near_told:
            anniversary = date.fromisoformat(min(near_told, key=lambda d: (-told[d], d)))
        if near:
            c = replace(c, date=anniversary.isoformat(), date_partial=None)
        elif c.date == start:
            c = replace(c, date=None)  # the happening's own day read off "the anniversary of <day>": no anniversary's
        out.append(c)
    return out


def _own_day(c: EventClaim, day: str) -> bool:
    """Whether the claim's own sentence names a day ("marked the anniversary on Saturday"). A day of
    an earlier year than the page's is the happening's, not the anniversary's ("marked the second
    anniversary of October 14, 2031")."""
    from ..text.dates import find_dates

    return any(len(d.value) == 10 and d.value[:4] >= day[:4] for d in find_dates(c.evidence.text, day))


def _bucketize(events: Sequence[EventClaim], year: int | None) -> list[_Bucket]:
    buckets: list[_Bucket] = []
    index: dict[tuple[str | None, str], list[_Bucket]] = {}
    for c in events:
        when = c.date or _place_partial(c.date_partial, year)
        words = _words(c.text)
        place = (c.place or c.place_name or "").casefold()
        key = (when, c.event_type)
        target = next((b for b in index.get(key, []) if _same_event(b, c, words)), None)
        if target is None:
            target = _Bucket(date=when, event_type=c.event_type, claims=[], places=set(), words=[])
            index.setdefault(key, []).append(target)
            buckets.append(target)
        target.claims.append(c)
        target.words.append(words)
        if place:
            target.places.add(place)
    return buckets


def build_timeline(documents: Sequence[Document], claims: Sequence[Claim]) -> tuple[TimelineEntry, ...]:
    """One TimelineEntry per event, sorted by date (unknown dates last), citing all its claims."""
    order = {d.id: i for i, d in enumerate(documents)}
    events = [c for c in claims if isinstance(c, EventClaim)]
    events.sort(key=lambda c: (order.get(c.document, len(order)), c.evidence.start))
    year = corpus_year(documents, events)
    pubs = {d.id: d.published for d in documents if d.published and len(d.published) == 10}
    start = _start_day(events, year, pubs)
    unrest = _unrest_day(events, year, pubs) if start is None else None
    start_days = document_dates(documents, start or unrest)
    events = redate(events, documents, start_days)
    events = _on_anniversary(events, start or unrest, {k: v.value for k, v in start_days.items()})
    events = _not_before_start(events, start or unrest, pubs, drop=start is not None)
    events = _not_background(events, pubs)
    entries = []
    folded = _fold_recounted(_fold_coarser(_fold_generic(_fold_undated(
        _bucketize(events, year), {k: v.value for k, v in start_days.items()}))))
    merged = _fold_attack(_merge_singular(folded, pubs))
    disaster_day = next((b.date for b in merged if b.event_type in SINGULAR_TYPES and b.date), None)
    for b in merged:
        if b.date is None and b.event_type in DATED_ONLY_TYPES:
            continue
        docs = tuple(dict.fromkeys(c.document for c in b.claims))
        entries.append(
            TimelineEntry(
                date=b.date,
                text=_representative(_dating(b)),
                documents=docs,
                claims=tuple(c.id for c in b.claims),
                event_type=b.event_type,
            )
        )
    anchor = disaster_day if disaster_day and len(disaster_day) == 10 else (start or unrest)
    days = start_days if anchor == (start or unrest) else document_dates(documents, anchor)  # (the same unless outvoted)
    if unrest is not None and anchor == unrest:
        disaster_day = unrest  # the tolls count the unrest from the day it broke out
    tolls = toll_entries(documents, claims, disaster_day,
                         {k: v.value for k, v in days.items()} if anchor == disaster_day else None,
                         first_death=not any(b.event_type in SUDDEN_TYPES and b.date for b in merged))
    entries += tolls
    entries += feared_entries(documents, claims, {k: v.value for k, v in days.items()}, disaster_day, tolls)
    entries += missing_entries(claims, {k: v.value for k, v in days.items()}, disaster_day or start)
    entries += injured_entries(claims, {k: v.value for k, v in days.items()}, disaster_day or start)
    first = {id(e): i for i, e in enumerate(entries)}
    entries.sort(key=lambda e: (e.date is None, e.date or "", first[id(e)]))
    return tuple(entries)
