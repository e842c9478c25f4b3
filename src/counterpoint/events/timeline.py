"""The corpus timeline: event claims from all documents, one entry per event, sorted by date.

The same event told by several documents (same date, same event type, compatible place and
similar description) becomes one entry citing every document and claim. A document that names
a day but never its year ("since January 2nd") has its events placed in the corpus's year: the
year most of the corpus's dated events and publication dates fall in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..models import Claim, Document, EventClaim, TimelineEntry

# Two undated claims of one type are the same event only if their descriptions overlap this much
# (Jaccard over content words); dated ones of the same day and type need only compatible places.
UNDATED_SIMILARITY = 0.5
# Event types that happen in one place: on one day, two different known places are two events
# (buildings stormed in Almaty and in Aktobe) unless the descriptions overlap this much. For the
# other types the place a sentence names is incidental ("protests began in Kazakhstan / Central
# Asia") and one day + one type is one event.
LOCAL_EVENT_TYPES = frozenset({"storming"})
DIFFERENT_PLACE_SIMILARITY = 0.5
# Words ignored when comparing descriptions.
STOPWORDS = frozenset({"the", "a", "an", "of", "to", "in", "on", "and", "was", "were", "by", "for", "at"})


@dataclass(slots=True)
class _Bucket:
    date: str | None
    event_type: str
    claims: list[EventClaim]
    places: set[str]
    words: set[str]


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
    place = (c.place or c.place_name or "").casefold()
    if b.date is None:
        return _jaccard(b.words, words) >= UNDATED_SIMILARITY and (not place or not b.places or place in b.places)
    if c.event_type in LOCAL_EVENT_TYPES and place and b.places and place not in b.places:
        return _jaccard(b.words, words) >= DIFFERENT_PLACE_SIMILARITY
    return True


def _representative(claims: list[EventClaim]) -> str:
    """The description sharing most words with the others (ties: the earliest)."""
    if len(claims) == 1:
        return claims[0].text
    sets = [_words(c.text) for c in claims]
    scores = [sum(_jaccard(s, t) for j, t in enumerate(sets) if j != i) for i, s in enumerate(sets)]
    return claims[max(range(len(claims)), key=lambda i: (scores[i], -i))].text


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
            target = _Bucket(date=when, event_type=c.event_type, claims=[], places=set(), words=set())
            index.setdefault(key, []).append(target)
            buckets.append(target)
        target.claims.append(c)
        target.words |= words
        if place:
            target.places.add(place)
    entries = []
    for b in buckets:
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
    first = {id(e): i for i, e in enumerate(entries)}
    entries.sort(key=lambda e: (e.date is None, e.date or "", first[id(e)]))
    return tuple(entries)
