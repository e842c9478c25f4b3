"""People shot: a count of everyone hit, the dead among them included.

"Five people were shot" says who was hit, not who survived: when the same story says that one
of them died ("5 shot, 1 killed", "a gunman shot five people, killing two", "four people were
shot ... one died at the hospital"), the injured are the four (or three) left, as "two men were
shot, one fatally" already reads within one clause (`sentence._fatal_part`). A count of people
"wounded", "injured" or "hurt" names the survivors already and is left alone, and so is a count
told beyond the dead ("one man was killed and four others were shot").

`is_shot_count` marks a figure read from such words (sentence level); `survivors` is the
document pass that takes the story's dead out of each marked count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import FigureClaim
from .figure import Figure

# After a number: the counted were shot or hit by gunfire ("five people were shot", "3 shot",
# "two men were struck by gunfire", "four gunshot victims"). Not "shot dead", "shot and killed",
# "shot to death" (the dead themselves).
SHOT_AFTER_RE = re.compile(
    r"^\s+(?:[^\W\d][\w'-]*\s+){0,3}?(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|been|got|get|"
    r"reportedly|all)\s+)*"
    r"(?:shot|struck\s+by\s+(?:gun)?fire|struck\s+by\s+bullets|hit\s+by\s+(?:gun)?fire|hit\s+by\s+bullets|"
    r"(?:gunshot|shooting)\s+victims)\b"
    r"(?!\s+(?:dead|to\s+death|and\s+killed|and\s+fatally|fatally)\b)", re.I)
# Before a number: a verb of shooting whose object it is ("shooting five people", "shot 3 men").
SHOT_BEFORE_RE = re.compile(r"\b(?:shot|shooting|shoots|shoot|opened\s+fire\s+on)\s+(?:at\s+least\s+|a\s+total\s+of\s+)?$",
                            re.I)
# Between the number and the words of shooting, or right before the number: a count told beyond
# others ("four others were shot", "two more people were shot", "two women were also shot",
# "another three were shot"): it never held the dead.
BEYOND_RE = re.compile(r"\b(?:others?|more|also|additional|another|further)\b", re.I)
# How far before the number "another", "a further" are looked for.
BEYOND_BEFORE_CHARS = 12


def is_shot_count(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] counts people shot (the dead among them included)."""
    after = SHOT_AFTER_RE.match(text[end:])
    if after is not None:
        between = text[end:end + after.end()]
        return BEYOND_RE.search(between) is None and BEYOND_RE.search(text[max(0, start - BEYOND_BEFORE_CHARS):start]) is None
    return SHOT_BEFORE_RE.search(text[:start]) is not None


def survivors(found: Sequence[tuple[Figure, FigureClaim]]) -> list[tuple[Figure, FigureClaim]]:
    """Each count of people shot, less the story's dead: the largest count of people killed the
    document states that is smaller than it, either a toll of its own or a part whose whole is no
    toll ("Four people were shot. Two of them died.": the two are the dead among the shot, and
    the story's toll). Counts with no such toll beside them stay as they are."""
    out = list(found)
    dead = [k for k, (f, c) in enumerate(out) if _toll_of_people(f, c)]
    for k, (f, c) in enumerate(out):
        if not f.shot or c.measure != "injured" or c.value is None or f.part or f.older or f.background:
            continue
        below = [j for j in dead if (out[j][1].value or 0.0) < c.value]
        if not below:
            continue
        j = max(below, key=lambda j: (out[j][1].value or 0.0, -j))
        toll = out[j][1].value or 0.0
        rest = replace(c, value=c.value - toll, low=None if c.low is None else max(c.low - toll, 0.0),
                       high=None if c.high is None else c.high - toll)
        out[k] = (replace(f, shot=False), rest)
        g, d = out[j]
        if g.part:  # the dead among the shot: the story's toll, no part of another one
            out[j] = (replace(g, part=False, part_kind=None), d)
    return out


def _toll_of_people(f: Figure, c: FigureClaim) -> bool:
    """A count of the dead that may be among the shot, of anyone ("a man is dead", "two teens
    died"): stated as a count (no earlier event's, no hedge, no change) and no part of another toll."""
    return (c.measure == "killed" and c.value is not None and c.value > 0 and c.part_of is None
            and not (f.older or f.background or f.hedged or f.increment))
