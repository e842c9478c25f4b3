"""A readable label for an event cluster: what happened (a headline), where, when.

The headline is the title of the cluster's most central document (the one most similar to the
others): an outlet's own words for the happening, which reads better than any list of keywords.
Places come from linked place entities mentioned in the cluster's documents (most documents
first); the date span from publication dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..models import Document, Entity

# Longest headline kept in a label (a full title rarely needs more).
MAX_HEADLINE_CHARS = 110
# Places named in a label (the rest stay in the event's `places`).
LABEL_PLACES = 1
# Places listed per event.
MAX_PLACES = 5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SPACES = re.compile(r"\s+")


def headline_of(doc: Document) -> str:
    """The document's title, or its first sentence when it has none; shortened on a word."""
    text = (doc.title or "").strip()
    if not text:
        first = _SENTENCE_END.split((doc.text or "").strip(), maxsplit=1)[0]
        text = first
    text = _SPACES.sub(" ", text).strip()
    if len(text) > MAX_HEADLINE_CHARS:
        text = text[:MAX_HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text or doc.id


def _iso(day: str | None) -> date | None:
    if not day or len(day) < 10:
        return None
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def date_span(docs: Sequence[Document]) -> tuple[str | None, str | None]:
    days = sorted(d for d in (_iso(x.published) for x in docs) if d is not None)
    if not days:
        return None, None
    return days[0].isoformat(), days[-1].isoformat()


def span_text(start: str | None, end: str | None) -> str:
    """'3 Jan 2022' or '3–5 Jan 2022' or '28 Dec 2021 – 2 Jan 2022'."""
    a, b = _iso(start), _iso(end)
    if a is None:
        return ""
    if b is None or a == b:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"


def places_of(doc_ids: Sequence[str], entities: Sequence[Entity]) -> tuple[str, ...]:
    ids = set(doc_ids)
    counts = Counter()
    for e in entities:
        if e.type == "place":
            n = sum(1 for d in e.documents if d in ids)
            if n:
                counts[e.name] = n
    return tuple(name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PLACES])


def outlets_of(docs: Sequence[Document]) -> tuple[str, ...]:
    counts = Counter(d.outlet for d in docs if d.outlet)
    return tuple(name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def describe(event_id: str, docs: Sequence[Document], central: Document, entities: Sequence[Entity]):
    """The EventCluster for these documents, labelled."""
    from .clustering import EventCluster

    headline = headline_of(central)
    start, end = date_span(docs)
    places = places_of([d.id for d in docs], entities)
    where = [p for p in places[:LABEL_PLACES] if p.lower() not in headline.lower()]
    when = span_text(start, end)
    tail = ", ".join(where + ([when] if when else []))
    label = f"{headline} ({tail})" if tail else headline
    return EventCluster(id=event_id, documents=tuple(d.id for d in docs), label=label,
                        headline=headline, start=start, end=end, places=places,
                        outlets=outlets_of(docs))
