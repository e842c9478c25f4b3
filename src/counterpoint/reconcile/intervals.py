"""Figures as intervals: what range of true counts a stated figure allows, and compatibility.

"more than 150" allows [150, inf); "almost 6,000" allows roughly [5,400, 6,000]; "164" allows
exactly 164. Two figures are compatible when their intervals overlap; a set of figures is
compatible when all their intervals share a point (on a line, pairwise overlap implies that).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import FigureClaim
from ..wording import qualified, sentence_number

# "about 164", "some 5,800": a rounded figure; reporters round to ~1-2 significant digits, so a
# tenth either side covers "around 6,000" vs 6,044 without making "about 100" agree with 150.
ABOUT_TOLERANCE = 0.10
# "almost 6,000", "nearly 200": below the stated value, but not far below it.
ALMOST_TOLERANCE = 0.10
# A round figure's bound is itself rounded: "almost 6,000" said the same day as 6,044 is the
# same count rounded, not a contradiction. Applied to the stated bound of approximate qualifiers.
ROUNDING_SLACK = 0.01
# Qualifiers whose stated number is itself a rounded figure (the slack above applies).
APPROXIMATE_QUALIFIERS = frozenset({"about", "almost", "up_to", "at_most", "less_than"})

INF = math.inf
# Update cues that say the count went past the figure ("the toll passed 44,000", "has exceeded
# 15,000"): the figure is a lower bound, whatever qualifier the number itself was read with.
PASSED_CUE = re.compile(r"\b(passed|pass(es|ing)|surpass\w*|exceed\w*|topp(ed|ing)|tops|crossed|cross(es|ing)|"
                        r"went past|gone past|is past)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Interval:
    lo: float
    hi: float

    @property
    def empty(self) -> bool:
        return self.lo > self.hi

    def overlaps(self, other: Interval) -> bool:
        return max(self.lo, other.lo) <= min(self.hi, other.hi)

    def intersect(self, other: Interval) -> Interval:
        return Interval(lo=max(self.lo, other.lo), hi=min(self.hi, other.hi))


EVERYTHING = Interval(lo=0.0, hi=INF)


def point(claim: FigureClaim) -> float | None:
    """The one number a reader would quote for the claim ("more than 150" -> 150)."""
    if claim.value is not None:
        return float(claim.value)
    if claim.low is not None and claim.high is not None:
        return (float(claim.low) + float(claim.high)) / 2
    if claim.low is not None:
        return float(claim.low)
    if claim.high is not None:
        return float(claim.high)
    return None


def interval(claim: FigureClaim) -> Interval:
    """The range of true counts the claim allows."""
    q = claim.qualifier
    v = point(claim)
    if v is None:
        return EVERYTHING
    low = float(claim.low) if claim.low is not None else None
    high = float(claim.high) if claim.high is not None else None
    slack = 1 + ROUNDING_SLACK if q in APPROXIMATE_QUALIFIERS else 1.0
    if q in ("exact", "about") and claim.update_cue and PASSED_CUE.search(claim.update_cue):
        return Interval(lo=v, hi=INF)
    if q == "exact":
        return Interval(lo=v, hi=v)
    if q == "about":
        return Interval(lo=v * (1 - ABOUT_TOLERANCE), hi=v * (1 + ABOUT_TOLERANCE))
    if q == "almost":
        top = high if high is not None else v
        return Interval(lo=top * (1 - ALMOST_TOLERANCE), hi=top * slack)
    if q in ("at_least", "more_than"):  # vague counts ("dozens") arrive as at_least
        return Interval(lo=low if low is not None else v, hi=INF)
    if q in ("up_to", "at_most", "less_than"):
        return Interval(lo=0.0, hi=(high if high is not None else v) * slack)
    if q == "range":
        return Interval(lo=low if low is not None else v, hi=high if high is not None else v)
    return Interval(lo=v, hi=v)


def is_count(claim: FigureClaim) -> bool:
    """An exact figure someone counted, not a bound ("passed 44,000" is a bound)."""
    return claim.qualifier == "exact" and not (claim.update_cue and PASSED_CUE.search(claim.update_cue))


def common(intervals: Iterable[Interval]) -> Interval:
    """The intersection of all intervals (empty when they are not all compatible)."""
    out = EVERYTHING
    for iv in intervals:
        out = out.intersect(iv)
    return out


def compatible(claims: Iterable[FigureClaim]) -> bool:
    return not common(interval(c) for c in claims).empty


def phrase(claim: FigureClaim) -> str:
    """The figure as a reader would say it: "more than 150", "almost 6,000", "8,000-10,000"."""
    if claim.qualifier == "range":
        return f"{sentence_number(claim.low)}-{sentence_number(claim.high)}"
    return qualified(claim.qualifier, sentence_number(point(claim)))
