"""What a group's best value means: a count, or only a bound ("at least 1,000").

Reconcile decides this, the report only says it (wording.qualified).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Best, FigureClaim


def best_qualifier(best: Best, claims: Sequence[FigureClaim]) -> str:
    """The qualifier the best value is stated with.

    The words of the claims that state the best value, when they all say it the same way;
    otherwise a best value equal to its only bound is that bound ("at_least", "up_to").
    """
    v, lo, hi = best.value, best.low, best.high
    said = {c.qualifier for c in claims if c.value == v}
    qualifier = said.pop() if len(said) == 1 else "exact"
    if qualifier != "exact":
        return qualifier
    if hi is None and lo == v:
        return "at_least"
    if lo is None and hi == v:
        return "up_to"
    return "exact"
