"""The best estimate of a slot: value with low/high, by a conservative, documented rule.

- Compatible figures (single / agree): the lowest figure a source actually stated that fits
  every claim ("more than 150" and 164 -> 164); low/high are the lowest and highest figures
  stated (UCDP keeps low / best / high the same way).
- A count that grew (update): the same rule over the latest as-of date's figures.
- Conflicting figures (dispute): the lowest credible figure, as ACLED codes fatalities when
  sources disagree; low/high span what the sources said.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Best, FigureClaim
from .intervals import INF, common, interval, point


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
    exact = sorted(p for c in claims if c.qualifier == "exact" and (p := point(c)) is not None
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
    in_conflict = [c for c, iv in zip(claims, ivs) if not all(iv.overlaps(o) for o in ivs)]
    points = [p for c in (in_conflict or claims) if (p := point(c)) is not None]
    lo, hi = _spread(claims)
    return Best(value=min(points) if points else None, low=lo, high=hi)
