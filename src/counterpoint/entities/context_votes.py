"""What the words around a name say about its type, when the model's label is wrong.

A name is an organization when it stands after the kind of body it is ("the TV station Al-Sahil",
"football club Zenda United"), when its fans or players follow it ("Zenda fans", "Zenda supporters"),
or when it is a side in a match ("a match between Zenda and Strelsau", "Zenda lost 3-2"). A
one-word name after a locative preposition and never a possessor ("a town in Java") is a place.
A name standing alone on its own line is page furniture (the site's name above the headline),
not a name the article uses. Each rule returns the type the mention votes for, or None.
"""

from __future__ import annotations

import re

from ..models import EntityType

# Nouns naming a kind of organization, written right before its name ("the TV station X").
ORG_KIND_BEFORE = re.compile(
    r"\b(?:station|channel|broadcaster|newspaper|daily|weekly|magazine|outlet|agency|network|club|team|"
    r"side|company|firm|group|party|charity|organi[sz]ation|website|portal|tabloid)\s*,?\s*$", re.IGNORECASE)
# Words after a name that make it a team, club or body with followers ("Zenda fans").
ORG_FOLLOWERS_AFTER = re.compile(
    r"^\s*(?:FC|F\.C\.|fans?|supporters?|players?|footballers?|football\s+club|club|squad|ultras|members|staff|"
    r"employees)\b", re.IGNORECASE)
# A name's own first word that is a follower noun: "Supporter Zenda", "Fans Zenda" (word order of
# some regional English-language outlets) names the fan group, not a person.
FOLLOWER_FIRST_WORDS = frozenset({"supporter", "supporters", "fan", "fans", "suporter"})
# A side in a match: "a match between X and", "between ... and X", "X lost 3-2", "X beat Y 2-1".
MATCH_BEFORE = re.compile(
    r"\b(?:match|game|derby|final|fixture|clash|tie)\s+(?:between|against)\s+(?:[^.;]{1,50}\s+and\s+)?$",
    re.IGNORECASE)
MATCH_AFTER = re.compile(r"^\s+(?:lost|won|beat|drew|defeated|trailed|led)\b[^.;]{0,40}?\b[0-9]+\s*[-–]\s*[0-9]+")
# A locative preposition before a one-word name ("in Java"): a place, unless a possessive follows.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|across|throughout|near)\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
BEFORE_CHARS = 60
AFTER_CHARS = 60


def context_type(text: str, start: int, end: int, label_type: EntityType) -> EntityType | None:
    """The type the context of the mention `text[start:end]` votes for, overriding the model's."""
    name = text[start:end]
    if not name.strip():
        return None
    before = text[max(0, start - BEFORE_CHARS) : start]
    after = text[end : end + AFTER_CHARS]
    if label_type not in ("person", "organization"):
        return None
    words = name.split()
    if words and words[0].lower() in FOLLOWER_FIRST_WORDS and len(words) > 1:
        return "organization"
    if (ORG_KIND_BEFORE.search(before) or ORG_FOLLOWERS_AFTER.search(after) or MATCH_BEFORE.search(before)
            or MATCH_AFTER.search(after)):
        return "organization"
    if (label_type == "person" and len(words) == 1 and LOCATIVE_BEFORE.search(before)
            and not POSSESSIVE_AFTER.search(after)):
        return "place"
    return None


def alone_on_line(text: str, start: int, end: int) -> bool:
    """The mention is a whole line by itself: a site's name or menu item, not running text."""
    if not text[start:end].strip():
        return False  # offsets not into this text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[line_start:start].strip() == "" and text[end:line_end].strip(" .") == ""
