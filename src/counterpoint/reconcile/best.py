"""The best estimate of a slot: value with low/high, by a conservative, documented rule.

- Compatible figures (single / agree): the lowest figure a source actually stated that fits
  every claim ("more than 150" and 164 -> 164); low/high are the lowest and highest figures
  stated (UCDP keeps low / best / high the same way).
- A count that grew (update): the same rule over the latest as-of date's figures.
- Conflicting figures (dispute): the figure corroborated by the most independent origins when
  one clearly is (six reports of 6 against one of 1: the 1 is the outlier, most likely a
  misreading or an early count); otherwise the lowest credible figure, as ACLED codes
  fatalities when sources disagree. low/high always span what the sources said, as UCDP keeps
  its low/high estimates beside the best.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Best, Document, FigureClaim
from .dating import date_before
from .intervals import INF, common, compatible, interval, is_count, point
from .updates import GROWING_MEASURES

if TYPE_CHECKING:
    from .independence import Attribution

# A conflict's figure is taken on corroboration only when at least this many independent
# origins give it (one outlet repeating itself is one origin)...
MIN_CORROBORATION = 2
# ...and it has at least this many more origins than any rival figure; a tie is no majority.
CORROBORATION_LEAD = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Corroboration:
    value: float
    origins: int  # independent origins whose figures allow the value
    rival: int  # the most origins any other stated figure has


def _spread(claims: Sequence[FigureClaim]) -> tuple[float | None, float | None]:
    lows = [c.low if c.low is not None else point(c) for c in claims]
    highs = [c.high if c.high is not None else point(c) for c in claims]
    lo = [float(x) for x in lows if x is not None]
    hi = [float(x) for x in highs if x is not None]
    return (min(lo) if lo else None, max(hi) if hi else None)


def consistent_best(claims: Sequence[FigureClaim]) -> Best:
    """Best of figures that are compatible with each other."""
    both = common(interval(c) for c in claims)
    inside = sorted(p for c in claims if (p := point(c)) is not None and both.lo <= p <= both.hi)
    # Exact figures are what someone counted; prefer them to bounds that merely fit.
    exact = sorted(p for c in claims if is_count(c) and (p := point(c)) is not None
                   and both.lo <= p <= both.hi)
    if exact:
        value: float | None = exact[0]
    elif inside:
        value = inside[0]
    else:
        value = both.lo if both.lo not in (0.0, INF) else None
    lo, hi = _spread(claims)
    return Best(value=value, low=lo, high=hi)


def lowest_credible(claims: Sequence[FigureClaim]) -> Best:
    """ACLED's rule for conflicting reports: the lowest figure a source in the conflict gave.

    A figure compatible with every other ("thousands" beside 6,044 and 7,939) takes no side,
    so it is not the lowest credible figure; it still widens low/high.
    """
    ivs = [interval(c) for c in claims]
    in_conflict = [c for c, iv in zip(claims, ivs, strict=False) if not all(iv.overlaps(o) for o in ivs)]
    points = [p for c in (in_conflict or claims) if (p := point(c)) is not None]
    lo, hi = _spread(claims)
    if claims and claims[0].measure in GROWING_MEASURES:
        points = [p for p in points if not _part_of_the_rest(p, points)]
    return Best(value=min(points) if points else None, low=lo, high=hi)


# A figure of a growing count this many times below every other figure in the conflict is not a
# rival estimate of the whole: it is a part or one period of it (one day's arrests, one town's
# dead, the first hour's count) that the report did not mark as such. Rival estimates of one toll
# rarely lie an order of magnitude apart (a ministry's 470 against a rights group's 2,000 is 4x);
# a day's 43 arrests beside "more than 2,000 arrested in four months" is 46x. Such a figure still
# widens low/high, but the lowest credible figure of the whole is taken from the rest.
PART_RATIO = 10.0


def _part_of_the_rest(p: float, points: Sequence[float]) -> bool:
    others = [q for q in points if q != p]
    return bool(others) and p > 0 and all(q >= PART_RATIO * p for q in others)


def corroborated(claims: Sequence[FigureClaim], origin_of: Mapping[str, str]) -> Corroboration | None:
    """The exact figure the most independent origins allow, if it clearly leads; else None.

    An origin supports a figure when one of its claims' intervals contains it ("almost 6,000"
    supports 6,044); a vague count that allows every candidate takes no side and is left out.
    Ties go to no one (the caller takes the lowest credible figure).
    """
    # Candidates are exact figures: a count someone made, not a bound that merely fits.
    candidates = sorted({p for c in claims if (p := point(c)) is not None and is_count(c)})
    if len(candidates) < 2:
        return None
    ivs = {c.id: interval(c) for c in claims}
    # A figure that allows every candidate ("thousands") takes no side: it is not counted.
    sided = [c for c in claims if not all(ivs[c.id].lo <= p <= ivs[c.id].hi for p in candidates)]
    support = {p: {origin_of[c.id] for c in sided if ivs[c.id].lo <= p <= ivs[c.id].hi} for p in candidates}
    ranked = sorted(support.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    (value, top), rival = ranked[0], max(len(s) for v, s in ranked[1:])
    if len(top) >= MIN_CORROBORATION and len(top) - rival >= CORROBORATION_LEAD:
        return Corroboration(value=value, origins=len(top), rival=rival)
    return None


def majority_best(claims: Sequence[FigureClaim], winner: Corroboration) -> Best:
    lo, hi = _spread(claims)
    return Best(value=winner.value, low=lo, high=hi)


# Origin classes of the official series: officials, and outlets' running counts that carry it.
OFFICIAL_SERIES_CLASSES = frozenset({"official", "unattributed"})


def official_head(
    current: Sequence[FigureClaim], used: Sequence[FigureClaim], attrib: Mapping[str, Attribution],
    docs: Mapping[str, Document],
) -> list[FigureClaim]:
    """The standing head of the official series in a disputed slot, or []: the latest-dated
    figures of officials and outlets' running counts (OFFICIAL_SERIES_CLASSES) among the standing
    figures, when they agree, no standing figure of any origin is dated later, and officials speak in the
    slot's series at all. A toll rarely shrinks: a rival's lower, earlier count does not pull the
    best below the official count; a rival's higher one is the dispute, not the best (FIGURE-GRAPH:
    "dispute between the ministry's 253 and the rights group's >= 300; best 253")."""
    from .independence import origin_class
    from .updates import claim_date

    if not any(origin_class(attrib[c.id]) == "official" for c in used):
        return []
    dated = [(d, c) for c in current if (d := claim_date(c, docs))]
    ref = [(d, c) for d, c in dated if origin_class(attrib[c.id]) in OFFICIAL_SERIES_CLASSES]
    if not ref:
        return []
    last = max(d for d, _ in ref)
    if any(date_before(last, d) for d, _ in dated):
        return []  # a figure stated later than the official head (or a month it falls in)
    head = [c for d, c in ref if d == last]
    if compatible(head):
        return head
    # Outlets' own running figures of that day at odds with the officials' (an early "8 killed"
    # beside the health officials' "at least 16" on the same day): the officials' own stated
    # figures still say where the official count stands.
    stated = [c for c in head if origin_class(attrib[c.id]) == "official"]
    return stated if stated and len(stated) < len(head) and compatible(stated) else []


# A round figure ("almost 200", "passes 44,000") standing at the head of a count is the same count
# as an exact figure of that count within this share of it: the round number is the exact one said
# loosely (a wire rounding the ministry's 197 to "almost 200" weeks later, a headline's "passes
# 44,000" above the agency's 44,218), not a new count. Further off, the count may really have moved.
ROUND_NEAR = 0.05


def exact_behind_round(standing: Sequence[FigureClaim], used: Sequence[FigureClaim]) -> float | None:
    """The exact figure a round standing figure stands for, or None.

    `standing`: the claims that give the slot's best value; when none of them is a count (all are
    bounds or approximations), the largest exact count of the slot's usable figures (`used`) that
    lies inside every standing claim's interval and within ROUND_NEAR of the best is the best: a
    count someone made beats the round number said of it (FIGURE-GRAPH: best is an exact figure
    when one fits)."""
    if not standing or any(is_count(c) for c in standing):
        return None
    values = {p for c in standing if (p := point(c)) is not None}
    if len(values) != 1:
        return None
    (value,) = values
    span = common(interval(c) for c in standing)
    near = [p for c in used if is_count(c) and (p := point(c)) is not None and span.lo <= p <= span.hi
            and abs(p - value) <= ROUND_NEAR * value]
    return max(near) if near else None


def count_behind_bound(standing: Sequence[FigureClaim], series: Sequence[FigureClaim]) -> float | None:
    """The count a standing open lower bound of a growing count leaves standing, or None.

    A later "at least 825 detained" does not revise an earlier 1,434 of the same series down: the
    bound admits it, and a growing count is at least every count it grew from. When every standing
    claim is an open lower bound, the largest exact count of the series (`series`: the usable
    figures of the official series) inside their common interval is the best."""
    if not standing or any(interval(c).hi != INF for c in standing):
        return None
    span = common(interval(c) for c in standing)
    inside = [p for c in series if is_count(c) and (p := point(c)) is not None and span.lo <= p <= span.hi]
    best = max(inside, default=None)
    return best if best is not None and best > span.lo else None


# Figures of one running count taken hours apart differ by a few percent (365 injured in one wire,
# 367 in the next): when the texts say the count moved ("rose to") and every standing figure of the
# official series lies within this factor of the others, they are stages of that count, not
# sources at odds. A gap wider than this is a rival count or another scope, judged as before.
RUNNING_NEAR = 1.1


def running_stages(standing: Sequence[FigureClaim], series: Sequence[bool]) -> float | None:
    """The best of standing figures that read as stages of one moving count, or None.

    `series[i]`: whether standing[i] comes from the official series (officials, outlets' running
    counts). All must, all must be counts, and they must lie within RUNNING_NEAR of each other;
    the count only grows, so the best is the highest."""
    if len(standing) < 2 or not all(series) or not all(is_count(c) for c in standing):
        return None
    points = [p for c in standing if (p := point(c)) is not None and p > 0]
    if len(points) != len(standing) or max(points) > RUNNING_NEAR * min(points):
        return None
    return max(points)
