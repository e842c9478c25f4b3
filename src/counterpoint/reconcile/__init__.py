"""Reconcile: figures grouped by slot, with verdicts, best values, independent-source counts and
explanations; event clusters; outlet profiles; the timeline (from `counterpoint.events`).

`reconcile(documents, claims, entities)` is the corpus-level entry point (see
/work/notes/interfaces.md). Work is blocked by event cluster and slot key, so it grows with the
number of claims, not with its square.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..models import Claim, Document, Entity, FigureClaim, Group, OutletProfile, TimelineEntry, to_json
from .clustering import cluster_documents, event_of_documents
from .explain import explain
from .independence import attribute, copies_of, count_independent, count_outlets, merge_repeats
from .outlets import outlet_profiles
from .slots import SlotKey, place_label, slot_claims
from .verdicts import judge

__all__ = ["Reconciliation", "reconcile", "group_id"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reconciliation:
    groups: tuple[Group, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    outlets: tuple[OutletProfile, ...] = ()
    events: tuple[dict[str, Any], ...] = ()  # event clusters (EventCluster as JSON)


def group_id(key: SlotKey) -> str:
    """Stable for the same slot and event: a hash of the slot key."""
    return "group-" + hashlib.sha1(key.text().encode()).hexdigest()[:12]


def _timeline(documents: Sequence[Document], claims: Sequence[Claim]) -> tuple[TimelineEntry, ...]:
    try:
        from ..events.timeline import build_timeline
    except ImportError:  # the events stage is optional; without it there is no timeline
        log.info("counterpoint.events.timeline not available: empty timeline")
        return ()
    return tuple(build_timeline(documents, claims))


def reconcile(
    documents: Sequence[Document], claims: Sequence[Claim], entities: Sequence[Entity]
) -> Reconciliation:
    docs = {d.id: d for d in documents}
    ents = {e.id: e for e in entities}
    copies = copies_of(documents)
    clusters = cluster_documents(documents, entities)
    event_of = event_of_documents(clusters, documents)
    figures = [c for c in claims if isinstance(c, FigureClaim)]
    attrib = {c.id: attribute(c, docs) for c in figures}

    groups: list[Group] = []
    for key, members in slot_claims(figures, event_of, ents).items():
        # A figure a document repeats (caption and body) is one source, never two that agree.
        merged = merge_repeats(members, attrib)
        judgement = judge(members, merged, docs)
        place = place_label(key.place, members, ents)
        attribs = [merged[c.id] for c in members]
        groups.append(Group(
            id=group_id(key),
            measure=key.measure,
            subject=key.subject,
            place=key.place if key.place in ents else place,
            claims=tuple(c.id for c in members),
            verdict=judgement.verdict,
            best=judgement.best,
            outlets=count_outlets(sorted({c.document for c in members}), docs, copies),
            independent_sources=count_independent(attribs),
            explanation=explain(members, merged, judgement, subject=key.subject, place=place),
            event=key.event,
            origins=tuple(dict.fromkeys(a.origin_name for a in attribs)),
        ))
    groups.sort(key=lambda g: (g.event or "", g.measure, g.place or "", g.subject or "", -len(g.claims)))
    return Reconciliation(
        groups=tuple(groups),
        timeline=_timeline(documents, claims),
        outlets=outlet_profiles(documents, list(attrib.values())),
        # id, documents, label, headline, start, end, places, outlets (see EventCluster)
        events=tuple(to_json(c) for c in clusters),
    )
