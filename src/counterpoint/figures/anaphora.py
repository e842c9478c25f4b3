"""Figures of a sentence that names no measure but points back to the count before it: "That
number dropped on Sunday from 1,202 to 993", "The figure has since risen to 140". News copy
names a count once and then refers to it as "that number" or "the tally"; the sentence's change
or level counts what the figure before it counted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ..text.numbers import find_quantities
from . import graph_cues as G
from . import updates as U
from .figure import Figure

# A sentence's subject that refers back to a count ("that number", "this figure", "the tally");
# "the number of X" names its own measure and is not one.
ANAPHOR_RE = re.compile(
    r"\b(?:that|this|the)\s+(?:number|figure|count|tally|total)\b(?!\s+(?:of|for)\b)", re.I)
# The anaphor opens the sentence (its subject), within this many characters.
ANAPHOR_MAX_START = 30
# Before a number: the level the count reached ("... dropped to 993", "stood at 140", "has reached 80").
LEVEL_BEFORE_RE = re.compile(
    r"\b(?:to|at|reached|hit|topped|passed|surpassed|exceeded|now)\s*$", re.I)


# A verb of change anywhere before a "from N to M" range ("That number dropped Sunday for the
# first time in days, from 1,202 to 993"): the range is the old and the new count.
CHANGE_VERB_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|jumped|grew|grown|increased|swelled|fell|fallen|dropped|declined|"
    r"decreased|shrank|went|revised|corrected|changed)\b", re.I)
FROM_RE = re.compile(r"\bfrom\s*$", re.I)


def anaphoric_figures(sent: Span, prev: Figure) -> list[Figure]:
    """The figures of a sentence whose subject points back to `prev`'s count, with `prev`'s
    measure and subject; a change ("from 1,202 to 993") is an older and a newer figure."""
    text = sent.text
    m = ANAPHOR_RE.search(text)
    if m is None or m.start() > ANAPHOR_MAX_START or prev.part or prev.background or prev.hedged:
        return []
    out: list[Figure] = []
    for q in find_quantities(text[m.end():]):
        q = replace(q, start=q.start + m.end(), end=q.end + m.end(), number_start=q.number_start + m.end())
        if q.unit is not None or (U.not_a_count(text, q) and U.split_change(text, q) is None):
            continue
        base = Figure(quantity=q, measure=prev.measure, subject=prev.subject, unit=prev.unit, place_name=None)
        verb = CHANGE_VERB_RE.search(text, m.end(), q.start)
        pair = U.split_change(text, q, said_change=verb is not None and FROM_RE.search(text[:q.start]) is not None)
        if pair is not None:
            old, new = pair
            before = text[max(0, old.start - G.CONTEXT_CHARS):old.start]
            cue = G.FROM_BEFORE_RE.search(before)
            if cue is None and verb is None:
                continue  # "revised down by 100 to 253": a change's size is no figure
            words = " ".join(cue.group("cue").split()) if cue is not None else f"{verb.group(0) if verb else ''} … from"
            out.append(replace(base, quantity=old, older=True))
            out.append(replace(base, quantity=new, older_at=(old.start,), update_cue=f"{words} … to"))
        elif LEVEL_BEFORE_RE.search(text[:q.start]):
            out.append(base)
    return out
