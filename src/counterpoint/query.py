"""Pure filters over a dossier: what the web API's routes and the exports select.

Every function takes a Dossier (and optional criteria; None means "any") and returns records in
the dossier's order; nothing here reads a store, a request or a file. Text criteria compare
without case; dates are ISO strings (YYYY, YYYY-MM or YYYY-MM-DD).
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import (
    Claim,
    Document,
    Dossier,
    Entity,
    EventClaim,
    FigureClaim,
    Group,
    StatementClaim,
    TimelineEntry,
)

# Sorts after every digit and "-": "2022-01" + AFTER is after every day of January 2022.
AFTER = "~"


def in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """ISO strings compare in date order; a partial date matches ranges it overlaps."""
    if date_from is None and date_to is None:
        return True
    if date is None:
        return False
    if date_from is not None and date + AFTER < date_from:
        return False
    if date_to is not None and date > date_to + AFTER:
        return False
    return True


def claim_entities(c: Claim) -> set[str]:
    """Entity ids a claim names: its place, its sources, its speaker."""
    ids: set[str] = set()
    if isinstance(c, (FigureClaim, EventClaim)) and c.place:
        ids.add(c.place)
    if isinstance(c, FigureClaim):
        ids.update(s.entity for s in c.sources if s.entity)
    if isinstance(c, StatementClaim) and c.speaker:
        ids.add(c.speaker)
    return ids


def claim_date(c: Claim) -> str | None:
    """The date a claim is about: a figure's as_of, an event's date; statements have none."""
    if isinstance(c, FigureClaim):
        return c.as_of
    if isinstance(c, EventClaim):
        return c.date
    return None


def _outlets(d: Dossier) -> dict[str, str]:
    """Document id -> its outlet, lower-cased ("" when unknown)."""
    return {x.id: (x.outlet or "").lower() for x in d.documents}


def document(d: Dossier, doc_id: str) -> Document | None:
    return next((x for x in d.documents if x.id == doc_id), None)


def documents(d: Dossier, *, outlet: str | None = None, status: str | None = None,
              date_from: str | None = None, date_to: str | None = None) -> list[Document]:
    return [x for x in d.documents
            if (outlet is None or (x.outlet or "").lower() == outlet.lower())
            and (status is None or x.status == status)
            and in_range(x.published, date_from, date_to)]


def figures(d: Dossier) -> list[FigureClaim]:
    return [c for c in d.claims if isinstance(c, FigureClaim)]


def claims(d: Dossier, *, kind: str | None = None, measure: str | None = None, outlet: str | None = None,
           entity: str | None = None, date_from: str | None = None, date_to: str | None = None) -> list[Claim]:
    outlets = _outlets(d)
    return [c for c in d.claims
            if (kind is None or c.kind == kind)
            and (measure is None or (isinstance(c, FigureClaim) and c.measure == measure))
            and (outlet is None or outlets.get(c.document) == outlet.lower())
            and (entity is None or entity in claim_entities(c))
            and in_range(claim_date(c), date_from, date_to)]


def groups(d: Dossier, *, measure: str | None = None, verdict: str | None = None, outlet: str | None = None,
           entity: str | None = None, date_from: str | None = None, date_to: str | None = None) -> list[Group]:
    """Groups matching all criteria; outlet, entity and dates match when any of its claims does."""
    outlets = _outlets(d)
    by_id = {c.id: c for c in figures(d)}
    out = []
    for g in d.groups:
        cs = [by_id[c] for c in g.claims if c in by_id]
        if measure is not None and g.measure != measure:
            continue
        if verdict is not None and g.verdict != verdict:
            continue
        if outlet is not None and not any(outlets.get(c.document) == outlet.lower() for c in cs):
            continue
        if entity is not None and g.place != entity and not any(entity in claim_entities(c) for c in cs):
            continue
        if (date_from or date_to) and not any(in_range(c.as_of, date_from, date_to) for c in cs):
            continue
        out.append(g)
    return out


def entities(d: Dossier, *, type: str | None = None, q: str | None = None) -> list[Entity]:
    """Entities of a type, or whose name or an alias contains `q`."""
    return [e for e in d.entities
            if (type is None or e.type == type)
            and (q is None or _contains((e.name, *e.aliases), q))]


def _contains(names: Iterable[str], q: str) -> bool:
    return any(q.lower() in a.lower() for a in names)


def timeline(d: Dossier, *, date_from: str | None = None, date_to: str | None = None,
             entity: str | None = None, outlet: str | None = None) -> list[TimelineEntry]:
    by_id = {c.id: c for c in d.claims}
    outlets = _outlets(d)
    return [t for t in d.timeline
            if in_range(t.date, date_from, date_to)
            and (outlet is None or any(outlets.get(x) == outlet.lower() for x in t.documents))
            and (entity is None or any(entity in claim_entities(by_id[c]) for c in t.claims if c in by_id))]
