"""Reconcile: figures grouped by slot, with verdicts, best values, independent-source counts and
explanations; event clusters; outlet profiles; the timeline (from `counterpoint.events`).

`reconcile(documents, claims, entities)` is the corpus-level entry point. Work is blocked by event cluster and slot key, so it grows with the
number of claims, not with its square.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..events.timeline import build_timeline
from ..models import Claim, Document, Entity, EventCluster, FigureClaim, Group, OutletProfile, TimelineEntry
from .clustering import cluster_documents, event_of_documents
from .contest import home_countries, slot_country
from .countries import JOINT_SCOPE, event_countries, place_label, whole_scope_label
from .dating import count_dated, toll_clock
from .explain import explain
from .incident import describe_events
from .independence import (
    attribute,
    copies_of,
    count_independent,
    count_outlets,
    merge_repeats,
    resolve_origins,
)
from .outlets import outlet_profiles
from .periods import one_period_counts
from .slots import SlotKey, parent_slots, slot_claims
from .verdicts import judge
from .wholes import STATUS_LABEL

__all__ = ["Reconciliation", "group_id", "reconcile"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reconciliation:
    groups: tuple[Group, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    outlets: tuple[OutletProfile, ...] = ()
    events: tuple[EventCluster, ...] = ()
    # The claims as reconciled: a figure's `part_of` as the slots read it (a breakdown that adds
    # up to its article's total gains one; a part of a misread whole loses it), so the dossier's
    # claim list says what its groups do.
    claims: tuple[Claim, ...] = ()


def group_id(key: SlotKey) -> str:
    """Stable for the same slot and event: a hash of the slot key."""
    return "group-" + hashlib.sha1(key.text().encode()).hexdigest()[:12]


def _group_place(key: str | None, members: Sequence[FigureClaim], ents: dict[str, Entity],
                 label: str | None) -> str | None:
    """The group's place: the entity id where the slot has one, else the place as written."""
    if key is None or key.startswith(JOINT_SCOPE):
        return label  # the whole scope (None, or the countries it covers), or some of them together
    if key in ents:
        return key
    linked = [c.place for c in members if c.place in ents]
    return max(sorted(set(linked)), key=linked.count) if linked else label


def _document_order(d: Document) -> tuple[str, str, str, str, str]:
    """A document's place in the canonical order: what it is, never where its file lay. Document
    ids hash file paths, and stores return rows in the order files were read: an order the
    reconciliation may never depend on. The id is the last resort, for two copies of one text."""
    return (d.published or "", d.outlet or "", d.title or "", d.text_hash or "", d.id)


def canonical_order(
    documents: Sequence[Document], claims: Sequence[Claim]
) -> tuple[list[Document], list[Claim]]:
    """Documents and claims in an order read from their content (`_document_order`, then reading
    order inside a document), so that every greedy step downstream (grouping, chains, ties of the
    best value) sees the same sequence for any permutation of the same set."""
    docs = sorted(documents, key=_document_order)
    rank = {d.id: i for i, d in enumerate(docs)}

    def key(c: Claim) -> tuple[int, int, int, str, str]:
        ev = c.evidence
        return (rank.get(c.document, len(rank)), ev.start if ev else 0, ev.end if ev else 0,
                type(c).__name__, c.id.removeprefix(c.document))
    return docs, sorted(claims, key=key)


def reconcile(
    documents: Sequence[Document], claims: Sequence[Claim], entities: Sequence[Entity]
) -> Reconciliation:
    # The timeline and outlet profiles keep the order given (their own lists follow it); the
    # figures are reconciled in the canonical order.
    given_docs, given = documents, claims
    documents, claims = canonical_order(documents, claims)
    docs = {d.id: d for d in documents}
    ents = {e.id: e for e in entities}
    copies = copies_of(documents)
    clusters = cluster_documents(documents, entities)
    event_of = event_of_documents(clusters, documents)
    figures = [c for c in claims if isinstance(c, FigureClaim)]
    attrib = resolve_origins(figures, {c.id: attribute(c, docs) for c in figures}, ents)

    groups: list[Group] = []
    slots = slot_claims(figures, event_of, ents, {d.id: d.title for d in documents if d.title},
                        one_period_counts(figures, docs), docs)
    countries = event_countries(figures, event_of, ents)
    parents = parent_slots(slots, figures)
    homes = home_countries(event_of, entities)
    # Undated reports ordered by the death toll each gives (dating.toll_clock).
    ticks = toll_clock(slots, {k: k.text() for k in slots})
    for key, members in slots.items():
        # A figure a document repeats (caption and body) is one source, never two that agree.
        merged = merge_repeats(members, attrib)
        # Each figure dated by when its count stood (an event's day is not a count's, a repeat is
        # as old as its first report): the verdict and its explanation order the same dates.
        dated = count_dated(members, docs)
        scope = slot_country(key.place, members, ents)
        home = frozenset() if scope is None else homes.get(key.event, frozenset()) | scope
        judgement = judge(dated, merged, docs, home=home, clock=(ticks, key.text()))
        # An event over several countries: its whole scope says which ("Turkey and Syria").
        place = place_label(key.place, members, ents) if key.place is not None else \
            whole_scope_label(countries.get(key.event, set()))
        attribs = [merged[c.id] for c in members]
        # A slot of one step of detention (arrested, jailed) says its step (wholes.detention_steps).
        step = key.part_of.removeprefix(STATUS_LABEL) if key.part_of and key.part_of.startswith(STATUS_LABEL) else None
        groups.append(Group(
            id=group_id(key),
            measure=key.measure,
            subject=key.subject,
            place=_group_place(key.place, members, ents, place),
            claims=tuple(c.id for c in members),
            verdict=judgement.verdict,
            best=judgement.best,
            outlets=count_outlets(sorted({c.document for c in members}), docs, copies),
            independent_sources=count_independent(attribs, members),
            explanation=explain(dated, merged, judgement, subject=key.subject, place=place, docs=docs, step=step),
            event=key.event,
            origins=tuple(dict.fromkeys(a.origin_name for a in attribs)),
            parent=group_id(parents[key]) if key in parents else None,
            outliers=tuple(c.id for c in (*judgement.outliers, *judgement.smaller_later, *judgement.estimates,
                                                 *judgement.jumps)),
        ))
    groups.sort(key=lambda g: (g.event or "", g.measure, g.place or "", g.subject or "", -len(g.claims)))
    slotted = {c.id: c for members in slots.values() for c in members}
    return Reconciliation(
        groups=tuple(groups),
        claims=tuple(slotted.get(c.id, c) if isinstance(c, FigureClaim) else c for c in given),
        timeline=tuple(build_timeline(given_docs, given)),
        outlets=outlet_profiles(given_docs, list(attrib.values())),
        events=describe_events(clusters, docs, entities, figures, groups),
    )
