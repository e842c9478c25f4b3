"""The corpus timeline: event claims from all documents, one entry per event, sorted by date.

The same event told by several documents becomes one entry citing every document and claim: same
date and type (for storming and arrests, also similar headlines: which site, whom); undated claims
join the one dated entry of their type (see `_fold_undated`). The entry text is a headline the
claims give (`rules.HEADLINES`), never a new one. A document that names
a day but never its year ("since January 2nd") has its events placed in the corpus's year: the
year most of the corpus's dated events and publication dates fall in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..models import Claim, Document, EventClaim, FigureClaim, TimelineEntry
from ..text.dates import find_dates
from .rules import (
    ARREST_PARTICIPLES,
    HEADLINES,
    SINGULAR_TYPES,
    SLOT_DEFAULTS,
    STORM_PARTICIPLES,
    STORM_VERBS,
    TOLL_REVISED,
    TOLL_RISES,
    TOLL_STANDS,
    UNNAMED_HEADLINES,
)

# Event types a story has once (the government resigns once): claims of one of these types on one
# day, or undated, are one event whatever their wording or the place they name ("protests began in
# Kazakhstan / in Central Asia").
ONE_OFF_TYPES = frozenset({"protest_start", "resignation", "state_of_emergency", "shoot_to_kill",
                           "troops_deployed", "appeal"})
# Event types told apart by what or whom they concern (storming of which building, arrest of whom):
# two claims are one event only if their headlines overlap this much (Jaccard over content words,
# the place included: "airport in Almaty" vs "akimat in Aktau").
BY_OBJECT_TYPES = frozenset({"storming", "arrests", "removal"})
SIMILARITY = 0.5
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
    if c.event_type in BY_OBJECT_TYPES or b.date is None:
        return b.similar(words)
    return True  # one day, one type ("prices rose")


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
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] and len(bare) == 1:
        return bare.pop()  # no place most claims agree on
    return ranked[0][0]


def _is_generic(text: str) -> bool:
    """A headline with every slot at its default ("Troops deployed"), a place aside."""
    return _generic_of(text) is not None


def _generic_of(text: str) -> str | None:
    return next((g for g in _generic_headlines() if text == g or text.startswith(g + " in ")), None)


@cache
def _generic_headlines() -> frozenset[str]:
    return frozenset(_capital(t.format(**SLOT_DEFAULTS)) for t in HEADLINES.values()) | frozenset(
        UNNAMED_HEADLINES.values())


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fold_undated(buckets: list[_Bucket]) -> list[_Bucket]:
    """Undated buckets join the dated one of their type when the corpus has exactly one.

    "Riots broke out" with no date and "protests began on January 2" are one event when nothing
    else of that type is dated; the entry keeps its date and cites both. For types told apart by
    their object (storming, arrests) the headlines (site, place, person) must also be similar, and
    then one similar dated entry among several is enough.
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
        if len(only) == 1:
            only[0].claims.extend(b.claims)
            only[0].places |= b.places
            only[0].words.extend(b.words)
            continue
        out.append(b)
    return out


def _merge_singular(buckets: list[_Bucket]) -> list[_Bucket]:
    """A story's one disaster is one entry: its dated buckets join the one most documents date it
    to (ties: the earliest day), so a recalled earlier disaster or a stray date is outvoted."""
    out: list[_Bucket] = []
    keep: dict[str, _Bucket] = {}
    for etype in SINGULAR_TYPES:
        dated = [b for b in buckets if b.event_type == etype and b.date is not None]
        if not dated:
            continue
        votes: Counter[str] = Counter()
        for b in dated:
            votes[b.date] += len({c.document for c in b.claims})
        day_precise = {d: n for d, n in votes.items() if len(d) == 10} or dict(votes)
        best = min(day_precise, key=lambda d: (-day_precise[d], d))
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


# --- death-toll entries from the figures --------------------------------------------------------
# A killed figure is a toll entry when its sentence says "toll" and the value follows the word
# closely ("the death toll rose to 158"), without a modal ("the toll could rise as 33 others...").
_TOLL_WORD = re.compile(r"\btoll\b", re.IGNORECASE)
_TOLL_NUMBER = re.compile(r"[0-9][0-9,.]*")
TOLL_WINDOW = 120  # characters after "toll" the value must start within
_TOLL_MODAL = re.compile(r"\b(?:could|may|might|would|will|expected|feared|likely)\b", re.IGNORECASE)
_TOLL_SUBJECTS = frozenset({None, "person", "people"})
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


def _other_years(c: FigureClaim, year: int | None) -> bool:
    """The sentence names an earlier year: the toll of a past disaster ("2005's Katrina")."""
    return year is not None and any(int(y) < year for y in _YEAR.findall(c.evidence.text))


_REVISED_DOWN = re.compile(r"\b(?:revised\s+down|lowered|cut|corrected\s+down|downgraded)\b", re.IGNORECASE)
# A sentence's date dates its toll only when the date phrase is this close (characters) to "toll"
# or to the value ("On Tuesday the death toll stood at..."), not in a quote beside it.
TOLL_DATE_CHARS = 60


def _dated_here(c: FigureClaim, pub: str | None) -> bool:
    text = c.evidence.text
    spots = [m.start() for m in _TOLL_WORD.finditer(text)]
    value = f"{c.value:,.0f}" if c.value is not None else ""
    spots += [m.start() for m in re.finditer(re.escape(value), text)] if value else []
    spots += [m.start() for m in re.finditer(re.escape(value.replace(",", "")), text)] if value else []
    return any(min(abs(d.start - p), abs(d.end - p)) <= TOLL_DATE_CHARS
               for d in find_dates(text, pub) for p in spots)


def _toll_value(c: FigureClaim) -> bool:
    if c.measure != "killed" or c.value is None or c.subject not in _TOLL_SUBJECTS or c.hedged:
        return False
    text = c.evidence.text
    for t in _TOLL_WORD.finditer(text):
        window = text[t.end() : t.end() + TOLL_WINDOW]
        for n in _TOLL_NUMBER.finditer(window):
            if _TOLL_MODAL.search(window[: n.start()]) or ";" in window[: n.start()]:
                break
            try:
                if float(n[0].replace(",", "").rstrip(".")) == c.value:
                    return True
            except ValueError:
                continue
    return False


def _toll_entries(documents: Sequence[Document], claims: Sequence[Claim],
                  disaster_day: str | None) -> list[TimelineEntry]:
    """One entry per day a death toll was given: the highest that day ("Death toll rises to 158").

    The day is the figure's own date (`as_of`: "on Tuesday the toll stood at...") or else the
    publication day; a figure dated to the disaster's own day in a later article ("the crush on
    Oct. 29 has claimed 151") is the toll of its publication day.
    """
    published = {d.id: d.published for d in documents if d.published and len(d.published) == 10}
    by_day: dict[str, list[FigureClaim]] = {}
    for c in claims:
        if not isinstance(c, FigureClaim) or not _toll_value(c):
            continue
        if _other_years(c, int(disaster_day[:4]) if disaster_day else None):
            continue
        pub = published.get(c.document)
        # the figure's own date only when its sentence names one (else as_of came from the context)
        own = c.as_of if c.as_of and len(c.as_of) == 10 and _dated_here(c, pub) else None
        day = own if own and (pub is None or own <= pub) else pub
        if day == disaster_day and published.get(c.document, day) > day:
            day = published[c.document]
        if day is None or (disaster_day is not None and day < disaster_day):
            continue
        by_day.setdefault(day, []).append(c)
    out = []
    last = 0.0
    for day in sorted(by_day):
        cs = by_day[day]
        down = [c for c in cs if _REVISED_DOWN.search(c.evidence.text)]
        if down and not any(c.value > max(d.value or 0 for d in down) for c in cs if c not in down):
            top = max(c.value or 0 for c in down)  # "revised down to 125": news, though lower
            template = TOLL_REVISED
        else:
            top = max(c.value or 0 for c in cs)
            if top < last or (top == last and (not out or out[-1].text.startswith(TOLL_STANDS.split("{")[0]))):
                continue  # an old figure repeated, not news (a rise or revision confirmed is, once)
            template = TOLL_RISES if last and top > last else TOLL_STANDS
        last = top
        tellers = [c for c in cs if c.value == top]
        out.append(TimelineEntry(date=day, text=template.format(value=f"{top:,.0f}"),
                                 documents=tuple(dict.fromkeys(c.document for c in tellers)),
                                 claims=tuple(c.id for c in tellers), event_type="toll"))
    return out


def build_timeline(documents: Sequence[Document], claims: Sequence[Claim]) -> tuple[TimelineEntry, ...]:
    """One TimelineEntry per event, sorted by date (unknown dates last), citing all its claims."""
    order = {d.id: i for i, d in enumerate(documents)}
    events = [c for c in claims if isinstance(c, EventClaim)]
    events.sort(key=lambda c: (order.get(c.document, len(order)), c.evidence.start))
    year = corpus_year(documents, events)
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
    entries = []
    merged = _merge_singular(_fold_undated(buckets))
    disaster_day = next((b.date for b in merged if b.event_type in SINGULAR_TYPES and b.date), None)
    for b in merged:
        docs = tuple(dict.fromkeys(c.document for c in b.claims))
        entries.append(
            TimelineEntry(
                date=b.date,
                text=_representative(b.claims),
                documents=docs,
                claims=tuple(c.id for c in b.claims),
                event_type=b.event_type,
            )
        )
    entries += _toll_entries(documents, claims, disaster_day)
    first = {id(e): i for i, e in enumerate(entries)}
    entries.sort(key=lambda e: (e.date is None, e.date or "", first[id(e)]))
    return tuple(entries)
