"""Verdict of a slot: single, agree, update (a count that grew, or a revision) or dispute.

Figures are compared as intervals (`intervals.py`). As-of dates order updates; a figure without
one is never given a guessed date: it only counts as consistent with a growing count when it
fits one of the dated stages or lies below the latest figure, and the explanation says "date
unknown".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..models import Best, Document, FigureClaim, Verdict
from .best import consistent_best, lowest_credible
from .independence import Attribution
from .intervals import compatible, common, interval

How = Literal["grew", "revised"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Judgement:
    verdict: Verdict
    best: Best
    how: How | None = None  # for updates: which kind
    stages: tuple[tuple[str, tuple[FigureClaim, ...]], ...] = ()  # (as-of, claims), oldest first
    undated: tuple[FigureClaim, ...] = ()
    superseded: tuple[FigureClaim, ...] = ()  # revised figures replaced by a later one


def _stages(claims: Sequence[FigureClaim]) -> tuple[list[tuple[str, list[FigureClaim]]], list[FigureClaim]]:
    by_date: dict[str, list[FigureClaim]] = defaultdict(list)
    undated: list[FigureClaim] = []
    for c in claims:
        (by_date[c.as_of] if c.as_of else undated).append(c)
    return sorted(by_date.items()), undated


def _grew(stages: list[tuple[str, list[FigureClaim]]], undated: list[FigureClaim]) -> bool:
    """True when the dated figures never go down and each date's figures agree among themselves."""
    if len(stages) < 2 or not all(compatible(cs) for _, cs in stages):
        return False
    spans = [common(interval(c) for c in cs) for _, cs in stages]
    if any(later.hi < earlier.lo for earlier, later in zip(spans, spans[1:])):
        return False
    latest = spans[-1]
    for c in undated:
        iv = interval(c)
        if not (any(iv.overlaps(s) for s in spans) or iv.lo <= latest.hi):
            return False
    return True


def _revision_order(c: FigureClaim, docs: Mapping[str, Document]) -> str:
    doc = docs.get(c.document)
    return c.as_of or (doc.published if doc is not None and doc.published else "")


def _latest_per_origin(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> tuple[list[FigureClaim], list[FigureClaim]] | None:
    """Keep each origin's latest figure when an origin revised itself; None if none did."""
    by_origin: dict[str, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        by_origin[attrib[c.id].origin_key].append(c)
    kept: list[FigureClaim] = []
    dropped: list[FigureClaim] = []
    for members in by_origin.values():
        if len(members) > 1 and not compatible(members):
            ordered = sorted(members, key=lambda c: _revision_order(c, docs))
            last = _revision_order(ordered[-1], docs)
            if not last or _revision_order(ordered[0], docs) == last:
                return None  # cannot tell which came later: no honest revision
            newest = {c.id for c in ordered if _revision_order(c, docs) == last}
            kept.extend(c for c in ordered if c.id in newest)
            dropped.extend(c for c in ordered if c.id not in newest)
        else:
            kept.extend(members)
    return (kept, dropped) if dropped else None


def judge(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> Judgement:
    stages, undated = _stages(claims)
    frozen_stages = tuple((d, tuple(cs)) for d, cs in stages)
    if compatible(claims):
        single = len({c.document for c in claims}) == 1
        return Judgement(verdict="single" if single else "agree", best=consistent_best(claims),
                         stages=frozen_stages, undated=tuple(undated))
    if _grew(stages, undated):
        return Judgement(verdict="update", how="grew", best=consistent_best(stages[-1][1]),
                         stages=frozen_stages, undated=tuple(undated))
    revised = _latest_per_origin(claims, attrib, docs)
    if revised is not None and compatible(revised[0]):
        kept, dropped = revised
        return Judgement(verdict="update", how="revised", best=consistent_best(kept),
                         stages=frozen_stages, undated=tuple(undated), superseded=tuple(dropped))
    return Judgement(verdict="dispute", best=lowest_credible(claims), stages=frozen_stages,
                     undated=tuple(undated))
