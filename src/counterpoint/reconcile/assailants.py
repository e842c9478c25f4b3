"""A toll with the attackers and one without: two wholes of one measure.

Coverage of an attack, a coup or a raid counts its dead two ways: the victims alone (the official
toll, often said to leave the attackers out: "246 people, excluding the coup plotters") and
everyone who died, attackers included. Where one report does the sum itself (it gives the victims'
toll, the attackers killed, and a figure that is the two added: "161 killed ... not counting the
104 soldiers supporting the coup, which would put the death total at 265"), the summed figure
counts another whole than the victims' toll, and so does any later figure at least as large that
its sentence does not say leaves the attackers out ("the coup that left 290 dead"). Those figures
get a slot of their own beside (under) the victims' whole, so that neither series passes for the
other's update.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import FigureClaim
from .intervals import point
from .wholes import is_vague

if TYPE_CHECKING:
    from .slots import SlotKey

# Slot-key label of the toll that counts the attackers too (the key's `part_of`).
WITH_ASSAILANTS_LABEL = "scope with assailants"
# How far two sums may differ and still be one (figures are whole people).
SUM_TOLERANCE = 0.5
# The victims' toll of a sum stands at the slot's level: one this many times below the slot's
# median figure counts another incident or a few of the dead ("two died in the raid, one of them
# the bomber" days after a toll of 129), and its sum says nothing of the slot's whole.
SUM_LEVEL_RATIO = 10.0
# After a figure, in its own phrase: the attackers left out of it ("246 people excluding the coup
# plotters", "31 dead, not counting the gunmen", "besides the three bombers").
EXCLUDING_AFTER_RE = re.compile(
    r"^[^,;.:()]{0,30}?,?\s*\b(?:excluding|not\s+(?:including|counting)|without\s+counting|besides|"
    r"apart\s+from|aside\s+from|other\s+than)\b", re.IGNORECASE)


def _excludes_assailants(c: FigureClaim) -> bool:
    """The figure's own phrase leaves someone out ("246 people excluding the coup plotters")."""
    text = c.evidence.text
    if c.value is None or c.value != int(c.value):
        return False
    for written in (f"{int(c.value):,}", str(int(c.value))):
        m = re.search(rf"(?<![\d,.]){re.escape(written)}(?!\d|,\d)", text)
        if m is not None:
            return EXCLUDING_AFTER_RE.match(text[m.end():]) is not None
    return False


def summed_with_assailants(members: Iterable[FigureClaim], assailants: Iterable[tuple[str, float]]) -> set[str]:
    """Ids of the figures a report gives as the sum of its own victims' toll and its own count of
    attackers killed (all three in one document)."""
    killed_attackers: dict[str, set[float]] = defaultdict(set)
    for doc, value in assailants:
        killed_attackers[doc].add(value)
    members = list(members)
    by_doc: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for c in members:
        # (a hedged figure, "may have died", is no toll to add up)
        if (p := point(c)) is not None and not is_vague(c) and not c.hedged:
            by_doc[c.document].append((c.id, p))
    level = sorted(p for figures in by_doc.values() for _, p in figures)
    floor = level[len(level) // 2] / SUM_LEVEL_RATIO if level else 0.0
    out: set[str] = set()
    for doc, figures in by_doc.items():
        for cid, total in figures:
            if any(abs(victims + a - total) <= SUM_TOLERANCE for _, victims in figures
                   if floor <= victims < total for a in killed_attackers.get(doc, ())):
                out.add(cid)
    return out


def separate_with_assailants(raw: dict[SlotKey, list[FigureClaim]], assailants: list[tuple[str, float]],
                             generic_subject: str) -> None:
    """In each whole slot of the dead in general, move the figures that count the attackers too
    (see the module doc) to a slot of their own (in place). `assailants` holds (document, value)
    of every count of attackers killed."""
    if not assailants:
        return
    for key in [k for k in raw if k.part_of is None and k.measure == "killed" and k.subject == generic_subject]:
        members = raw[key]
        summed = summed_with_assailants(members, assailants)
        if not summed:
            continue
        floor = min(p for c in members if c.id in summed and (p := point(c)) is not None)
        moved = [c for c in members if c.id in summed or (
            not is_vague(c) and not _excludes_assailants(c) and c.part_of is None and not c.hedged
            and (p := point(c)) is not None and p >= floor)]
        if len(moved) == len(members):
            continue  # nothing left to be the victims' toll: the figures are one whole
        raw[key] = [c for c in members if c not in moved]
        raw.setdefault(replace(key, part_of=WITH_ASSAILANTS_LABEL), []).extend(moved)
