"""Which whole a figure counts, read across articles: figures that share measure, subject and
place but are not stages of the slot's series of stated counts get a slot of their own.

A vague count ("dozens were killed", "hundreds detained") is coded as a lower bound (12, 100;
../shared/spec/measures.md). It is compatible with any larger count, so it never disagrees, but
it is no stage of a series of exact counts either: beside stated figures it is shown apart (a
slot under the whole) and never sets the best value. A slot of vague counts alone keeps them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import FigureClaim
from ..text.numbers import find_quantities

if TYPE_CHECKING:
    from .slots import SlotKey

# Slot-key label of the separated vague counts (the key's `part_of`, so the slot hangs under its
# whole).
VAGUE_LABEL = "vague count"


def is_vague(c: FigureClaim) -> bool:
    """The figure is a coded vague count ("dozens", "hundreds of people"), not a stated number."""
    if c.value is None or c.qualifier != "at_least":
        return False
    return any(q.vague and q.value == c.value for q in find_quantities(c.evidence.text))


def separate_wholes(raw: dict[SlotKey, list[FigureClaim]]) -> None:
    """Move vague counts beside stated ones out of each whole slot into a slot of their own (in
    place)."""
    for key in [k for k in raw if k.part_of is None]:
        members = raw[key]
        vague = [c for c in members if is_vague(c)]
        if not vague or len(vague) == len(members):
            continue
        raw[key] = [c for c in members if c not in vague]
        raw.setdefault(replace(key, part_of=VAGUE_LABEL), []).extend(vague)


