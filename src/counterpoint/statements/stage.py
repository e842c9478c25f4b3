"""The corpus-level step for statements: propositions, stances and outlet framing, in one call
from `counterpoint.corpus` after reconciliation."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Claim, Document, EventCluster, OutletProfile, Proposition, StatementClaim
from .framing import stamp_propositions, with_framing
from .propositions import build_propositions


def tell_the_story(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    outlets: Sequence[OutletProfile],
    events: Sequence[EventCluster],
) -> tuple[tuple[Claim, ...], tuple[OutletProfile, ...], tuple[Proposition, ...]]:
    """(claims with propositions stamped, outlets with framing, propositions)."""
    outlet_of = {d: o.name for o in outlets for d in o.documents}
    statements = [c for c in claims if isinstance(c, StatementClaim)]
    props = build_propositions(documents, statements, events, outlet_of)
    return stamp_propositions(claims, props), with_framing(outlets, documents, claims, props), props
