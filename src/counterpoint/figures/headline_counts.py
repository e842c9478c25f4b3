"""Counts a headline writes as a bare number before an outcome: "5 hurt as patron fires back",
"1 dead, 4 injured in downtown shooting", "3 shot, 1 killed on Elm Street".

Headlines drop the noun and the verb the parser needs ("5 hurt" parses as a noun "hurt" counted
five times, "1 dead, 4 injured" hangs the 4 on "dead"), so a number that a headline line puts
right before one of these words counts that outcome whatever the parse makes of it. Only when
the parse found no figure for the number: a count it read stays its own.
"""

from __future__ import annotations

import re

from ..text.numbers import Quantity
from .figure import PEOPLE_UNIT, Figure

# Right after the number (its qualifier inside the quantity): an optional noun of people, then
# the outcome word, ending there ("4 injured in", "3 shot,", "2 dead;", "5 hurt as"). "shot dead"
# and "shot to death" are the dead.
HEADLINE_OUTCOME_AFTER_RE = re.compile(
    r"^\s+(?:(?:people|persons|others|more)\s+)?"
    r"(?P<word>shot\s+dead|shot\s+to\s+death|fatally\s+shot|dead|killed|slain|die|dies|died|"
    r"hurt|injured|wounded|shot|hospitalized|hospitalised)"
    r"(?=\s|[,;:.!?]|$)", re.I)
# Outcome words -> measure.
HEADLINE_OUTCOMES: dict[str, str] = {
    "dead": "killed", "killed": "killed", "slain": "killed", "die": "killed", "dies": "killed",
    "died": "killed", "shot dead": "killed", "shot to death": "killed", "fatally shot": "killed",
    "hurt": "injured", "injured": "injured", "wounded": "injured", "shot": "injured",
    "hospitalized": "injured", "hospitalised": "injured",
}


def headline_count(text: str, q: Quantity) -> Figure | None:
    """The figure a headline's bare number before an outcome word states, or None."""
    if q.unit is not None or q.qualifier == "range":
        return None
    m = HEADLINE_OUTCOME_AFTER_RE.match(text[q.end:])
    if m is None:
        return None
    measure = HEADLINE_OUTCOMES[" ".join(m.group("word").lower().split())]
    return Figure(quantity=q, measure=measure, subject="person", unit=PEOPLE_UNIT, place_name=None)
