"""The figures component's working record of one figure in one sentence, before it becomes a
FigureClaim: the quantity, what it counts, and its edges in the figure graph (../docs
FIGURE-GRAPH.md) as sentence-local references that the component resolves to claim keys."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.numbers import Quantity

# The unit of a count of people.
PEOPLE_UNIT = "people"


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    quantity: Quantity
    measure: str
    subject: str | None
    unit: str
    place_name: str | None
    one_shot: bool = False  # one victim counted from a weak "shot" cue (maybe the one who died)
    # Part of a whole: `whole_at` is the whole's quantity start in the same sentence; a part with
    # no whole in the sentence (`whole_at` None) takes the document's latest figure of its measure.
    part: bool = False
    whole_at: int | None = None
    # Updates: the figure the text places before another one ("up from 140", "the previous toll
    # was 140", "reports of 359 are not correct") is `older`; the newer one's `older_at` lists the
    # older quantities' starts in the same sentence and `update_cue` holds the words that say so.
    older: bool = False
    older_at: tuple[int, ...] = ()
    update_cue: str | None = None
    hedged: bool = False
    # Why a part is a part when its words name no whole (status, period, place, severity; see
    # `parts.context_kind`): the component looks for the whole anywhere in the document.
    part_kind: str | None = None
    # "82 more were injured": "more" is a change of the same measure, or "others" after another one.
    increment: bool = False
    # An earlier event's figure ("1,800 died when Katrina struck in 2005"): never a claim, but a
    # part that refers back to it ("1,500 of those deaths were in Louisiana") is dropped with it.
    background: bool = False
    # "Rescuers uncovered 219 bodies": the dead found so far, a part of a larger toll the document
    # states, else the toll (`non_counts.recovery_parts`).
    recovery: bool = False
    # "85 firefighters and 10 other people are missing": counted beside the figure right before it
    # in the sentence ("others"), so a part of the same whole when that figure is one.
    others: bool = False
    # Status or period the figure's clause scopes it to (figures.scope: "held", "day", "total").
    scope: str | None = None


def claim_key(absolute_start: int) -> str:
    """The provisional claim id of a figure whose quantity starts at this offset in the document
    text; `counterpoint.nlp.annotate` maps it to the final id."""
    return f"~{absolute_start}"
