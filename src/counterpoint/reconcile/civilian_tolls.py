"""Civilians as the toll: when "civilians" names everyone a figure counts, not a part of them.

Coverage of a crackdown, a bombing or a massacre often gives the whole toll by the victims' status:
"state media said 258 civilians have died since the coup", "a crackdown in which at least 325
civilians were killed and more than 2,000 wounded". Read as a class of its own, such a figure splits
the event's one series into a "civilian" slot beside the "people" one. It is a part only when its
sentence sets the civilians beside another group of the same measure ("61 civilians and six
soldiers were killed", "the dead include 96 firefighters and 53 civilians") or when it is a share
of a larger whole ("including 40 civilians"); a count far below the headline's ("two civilians died
in the village") is a part of it as well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from statistics import median

from ..models import FigureClaim
from .intervals import point

# The subject class a figure's victims have when "civilians" (or "citizens") names them.
CIVILIAN_CLASS = "civilian"
# A civilians' figure is the headline's count only when it is at least this share of the median of
# the headline's own figures (people in general, whole scope) of the event and measure: "two
# civilians died" beside tolls of 97 to 2,000 is a part; a later count above them all is the toll.
MEDIAN_SHARE = 0.25


def civilians_as_toll(
    claims: Sequence[FigureClaim], event_of: Mapping[str, str | None],
    subject_of: Callable[[FigureClaim], str], generic: str,
) -> list[FigureClaim]:
    """The claims, with the subject of a civilians' figure that counts the whole toll set to
    `generic` (people in general). `subject_of` gives a claim's subject class."""
    classes = {c.id: subject_of(c) for c in claims}
    heads: dict[tuple[str | None, str], list[float]] = defaultdict(list)
    for c in claims:
        if classes[c.id] == generic and c.place is None and c.place_name is None and c.part_of is None \
                and (p := point(c)) is not None:
            heads[(event_of.get(c.document), c.measure)].append(p)
    by_sentence: dict[tuple[str, int, str], list[FigureClaim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.document, c.evidence.start, c.measure)].append(c)
    out: list[FigureClaim] = []
    for c in claims:
        if classes[c.id] == CIVILIAN_CLASS and c.part_of is None and _alone(c, by_sentence) \
                and _headline_size(c, heads.get((event_of.get(c.document), c.measure), [])):
            out.append(replace(c, subject=generic))
        else:
            out.append(c)
    return out


def _alone(c: FigureClaim, by_sentence: Mapping[tuple[str, int, str], list[FigureClaim]]) -> bool:
    """No other figure of the measure in its sentence (another group, or the whole it is part of)."""
    return all(o.id == c.id or o.value == c.value for o in by_sentence[(c.document, c.evidence.start, c.measure)])


def _headline_size(c: FigureClaim, heads: Sequence[float]) -> bool:
    p = point(c)
    return p is not None and bool(heads) and p >= MEDIAN_SHARE * median(heads)
