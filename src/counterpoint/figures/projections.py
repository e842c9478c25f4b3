"""Fears and predictions of a count: numbers that say where a toll may stand, not where it stands.

News writing states a feared or predicted toll in a few fixed ways, and none of them is a count:

- the fear on the number itself: "1,000 feared dead after cyclone", "more than 200 people are
  feared killed", "300 are feared to have died" (but "290 still missing and feared dead" counts
  the missing: `graph_cues.FEARED_DEAD_AFTER_RE` reads those);
- a verb of fearing or predicting with the number as what is feared: "the president predicts
  that more than 1,000 people could have already died", "officials fear 300 may have been
  killed", "relief agencies predict 12,000 deaths", "the storm is feared to have killed 300";
  a warning with a modal: "aid groups warned that as many as 5,000 might die".

A hedged estimate without a fear or a prediction ("as many as 50 people may have been killed",
"perhaps 200 died") stays a figure with `hedged` set: it is a speaker's guess at the count now,
and it can be the count a rights group or a witness opposes to the official toll. Forecasts of a
level ("the toll could climb to 900") are `updates.projected`.
"""

from __future__ import annotations

import re

from ..text.numbers import Quantity

# After a number: the fear stated on the number itself ("1,000 feared dead", "200 people are
# feared killed", "300 were now feared to have died"). At most two words (the counted noun) come
# between, so "missing and feared dead" (the missing) never matches.
FEARED_AFTER_RE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:now\s+|still\s+)?"
    r"feared\s+(?:to\s+(?:be|have)\s+)?(?:dead|killed|died|been\s+killed|perished|drowned|lost)\b",
    re.I,
)
# Right before a number: a verb of fearing or predicting that takes the number as what is feared
# or predicted ("officials fear 300 may have died", "the president predicts that more than 1,000
# could have died", "relief agencies predict 12,000 deaths", "the storm is feared to have killed
# 300"). Not "fear for" (the people feared for are counted: "fear for the 40 trapped"), and not a
# fear about a toll the speaker estimates ("the Red Cross fears the toll may be as high as 128,000"
# is its estimate of the toll now, hedged).
FEAR_VERB_BEFORE_RE = re.compile(
    r"\b(?:fears?|feared|fearing|predicts?|predicted|predicting)\s+(?!for\b)(?:that\s+)?"
    r"(?![^\d.;:,]*\b(?:toll|number|figure|count|tally)\b)(?:[^\d.;:,]{0,40})$"
    r"|\bfeared\s+to\s+have\s+(?:killed|claimed|left)\s+(?:the\s+lives\s+of\s+)?(?:[^\d.;:,]{0,20})$",
    re.I,
)
# After a number a fear or prediction takes: the death it fears ("1,000 could have died", "12,000
# deaths"); "fears grow as 20 people may still be missing" fears no death and is left to the hedges.
DEATH_AFTER_RE = re.compile(
    r"^[^.;:]{0,60}?\b(?:die|died|dead|deaths?|killed|perished|drowned|fatalities|lost\s+their\s+lives)\b", re.I)
# Right before a number: a warning, which makes the number a projection only with a modal after
# it ("aid groups warned that as many as 5,000 might die"; "police warned that 300 had died" is
# a count).
WARN_VERB_BEFORE_RE = re.compile(r"\b(?:warns?|warned|warning)\s+(?:that\s+)?(?:[^\d.;:,]{0,40})$", re.I)
# After a number, within its own clause: the modal of a possible outcome ("could have already
# died", "may have been killed", "might die", "would be killed").
MODAL_AFTER_RE = re.compile(
    r"^[^\d.;:,]{0,40}?\b(?:could|may|might|would|will|can)\s+(?:well\s+|already\s+|now\s+)?"
    r"(?:have\s+(?:already\s+)?)?(?:be\s+|been\s+)?"
    r"(?:die|died|dead|killed|perished|drowned|lost|register(?:ed)?|count(?:ed)?|record(?:ed)?)\b",
    re.I,
)
# How far before the number a fear verb is looked for.
FEAR_VERB_CHARS = 80


def feared_or_predicted(text: str, q: Quantity) -> bool:
    """Whether the number is a feared or predicted toll (see the module docstring)."""
    after = text[q.end:q.end + FEAR_VERB_CHARS]
    if FEARED_AFTER_RE.match(after):
        return True
    before = text[max(0, q.start - FEAR_VERB_CHARS):q.start]
    if (m := FEAR_VERB_BEFORE_RE.search(before)) is not None and (
            m.group(0).lower().startswith("feared to have") or DEATH_AFTER_RE.match(after)):
        return True
    return WARN_VERB_BEFORE_RE.search(before) is not None and MODAL_AFTER_RE.match(after) is not None
