"""Corpus stage: from all stored per-document results to a dossier.

Entity linking runs first (it gives places and sources their entity ids), then reconciliation
(groups, verdicts, timeline, outlets) over the linked claims.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .models import Claim, Document, Dossier, Mention

if TYPE_CHECKING:
    from .store import EventStore


def build_dossier(
    documents: Sequence[Document], mentions: Sequence[Mention], claims: Sequence[Claim]
) -> Dossier:
    from .entities import link_entities
    from .reconcile import reconcile

    entities, linked = link_entities(documents, mentions, claims)
    rec = reconcile(documents, linked, entities)
    from .statements.stage import tell_the_story

    # the claims as reconciled (a figure's part_of as its group reads it)
    claims_out, outlets, propositions = tell_the_story(documents, rec.claims or linked, rec.outlets, rec.events)
    return Dossier(
        documents=tuple(documents),
        entities=tuple(entities),
        claims=tuple(claims_out),
        groups=tuple(rec.groups),
        timeline=tuple(rec.timeline),
        outlets=tuple(outlets),
        events=tuple(rec.events),
        propositions=propositions,
    )


def warm_up() -> None:
    """Load what the corpus stage loads on first use: the full gazetteer (unpickling its name index
    costs seconds of CPU, more than linking a small corpus). `pipeline` runs it in a thread while
    worker processes annotate, so the parent's serial corpus stage does not start with it."""
    from .entities.gazetteer import load_gazetteer

    load_gazetteer()


def build_dossier_from_store(store: EventStore, *, workers: int = 1) -> Dossier:
    """The corpus stage over a store, event partition by event partition (`corpus_partitions`).

    A corpus that forms one partition (one event, or a few small ones) runs as one piece through
    `build_dossier`, exactly as before; otherwise each partition is loaded, linked and reconciled
    alone (or read back from an earlier run when its documents did not change) and the
    partitions' dossiers are merged. With `workers` > 1 the partitions to compute run in that
    many processes (same dossier: each partition's result depends on its rows alone).
    """
    from .corpus_partitions import event_partitions, merge_dossiers, partition_dossiers

    partitions = event_partitions(store)
    if len(partitions) <= 1:
        return build_dossier(store.documents(), store.mentions(), store.claims())
    # Each partition's dossier is kept without its documents (the merge takes every document
    # from the store once): otherwise every text would be held twice until the merge.
    parts = [dataclasses.replace(d, documents=())
             for d in partition_dossiers(store, partitions, reuse=True, workers=workers)]
    return merge_dossiers(store.documents(), parts)
