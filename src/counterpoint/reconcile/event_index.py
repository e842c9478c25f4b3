"""The event index of a dossier, and one event's own dossier.

A pile of news holds many events. `event_rows` gives one row per event (label, dates, places,
outlets, articles, its headline figures with verdicts), largest and most recent first: what a
reader scans first. `event_dossier` cuts the dossier down to one event (its documents, their
claims, its groups, the entities and timeline entries they use), so every report, export and
API view of a single event is the existing one applied to that smaller dossier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import CounterpointError
from ..models import Dossier, Group

# Figures shown per event row: the groups with most claims (a headline count first).
HEADLINE_FIGURES = 3


class UnknownEvent(CounterpointError):
    """No event with that id in the dossier."""


@dataclass(frozen=True, slots=True, kw_only=True)
class HeadlineFigure:
    measure: str
    subject: str | None
    place: str | None
    value: float | None
    low: float | None
    high: float | None
    verdict: str
    outlets: int


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    id: str
    label: str
    headline: str | None
    start: str | None
    end: str | None
    places: tuple[str, ...]
    outlets: tuple[str, ...]
    articles: int
    figures: tuple[HeadlineFigure, ...]


def _event_of_document(d: Dossier) -> dict[str, str]:
    out = {doc_id: ev.id for ev in d.events for doc_id in ev.documents}
    for doc in d.documents:  # copies follow their original (clustering leaves them out)
        if doc.duplicate_of and doc.duplicate_of in out:
            out.setdefault(doc.id, out[doc.duplicate_of])
    return out


def _headline_figures(groups: Sequence[Group]) -> tuple[HeadlineFigure, ...]:
    # Top-level counts first (no parent), then the most claimed.
    ranked = sorted(groups, key=lambda g: (g.parent is not None, -len(g.claims), g.measure, g.id))
    return tuple(HeadlineFigure(measure=g.measure, subject=g.subject, place=g.place, value=g.best.value,
                                low=g.best.low, high=g.best.high, verdict=g.verdict, outlets=g.outlets)
                 for g in ranked[:HEADLINE_FIGURES])


def event_rows(d: Dossier) -> list[EventRow]:
    """One row per event: most articles first, then most recent."""
    doc_event = _event_of_document(d)
    articles: dict[str, int] = {}
    for ev in doc_event.values():
        articles[ev] = articles.get(ev, 0) + 1
    groups: dict[str, list[Group]] = {}
    for g in d.groups:
        groups.setdefault(g.event or "", []).append(g)
    rows = []
    for ev in d.events:
        rows.append(EventRow(
            id=ev.id, label=ev.label or ev.id, headline=ev.headline,
            start=ev.start, end=ev.end, places=ev.places,
            outlets=ev.outlets, articles=articles.get(ev.id, 0),
            figures=_headline_figures(groups.get(ev.id, [])),
        ))
    # stable sorts, last key first: most articles, then most recent (undated last), then id
    rows.sort(key=lambda r: r.id)
    rows.sort(key=lambda r: r.end or "", reverse=True)
    rows.sort(key=lambda r: -r.articles)
    return rows


def event_dossier(d: Dossier, event_id: str) -> Dossier:
    """The dossier restricted to one event (raises UnknownEvent)."""
    event = next((ev for ev in d.events if ev.id == event_id), None)
    if event is None:
        raise UnknownEvent(f"no event {event_id!r} in this dossier")
    doc_event = _event_of_document(d)
    docs = tuple(x for x in d.documents if doc_event.get(x.id) == event_id)
    ids = {x.id for x in docs}
    claims = tuple(c for c in d.claims if getattr(c, "document", None) in ids)
    entities = tuple(e for e in d.entities if ids.intersection(e.documents))
    groups = tuple(g for g in d.groups if g.event == event_id)
    timeline = tuple(t for t in d.timeline if ids.intersection(t.documents))
    outlets = tuple(o for o in d.outlets if ids.intersection(o.documents))
    return Dossier(documents=docs, entities=entities, claims=claims, groups=groups, timeline=timeline,
                   outlets=outlets, events=(event,))


def rows_json(rows: Sequence[EventRow]) -> list[Mapping[str, Any]]:
    from ..models import to_json

    return [to_json(r) for r in rows]
