"""What the words around a name say about its type, when the model's label is wrong.

A name is an organization when it stands after the kind of body it is ("the TV station Al-Sahil",
"football club Zenda United"), when its fans or players follow it ("Zenda fans", "Zenda supporters"),
or when it is a side in a match ("a match between Zenda and Strelsau", "Zenda lost 3-2"). A
one-word name after a locative preposition and never a possessor ("a town in Java") is a place.
A name standing alone on its own line is page furniture (the site's name above the headline),
not a name the article uses. A name after the kind of craft it is ("the ferry Zenda") is a vessel
("other"); a two-to-four-word name next to a lower-case job noun ("technician Ravi Dass") is a person.
Each rule returns the type the mention votes for, or None.
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
# A vessel, aircraft or train is named after its kind or a hull prefix ("the ferry Sewol", "the
# 7,000-tonne ferry, the Sewol", "USS Bonhomme Richard", "Navy ship X") or before it ("the 'X'
# ferry"): a craft, never a person or an organization.
CRAFT_KINDS = (r"ferry|ship|vessel|boat|tanker|freighter|liner|cruiser|carrier|submarine|frigate|destroyer|"
               r"yacht|trawler|barge|tugboat|steamer|airliner|aircraft|plane|jet|airship|train")
CRAFT_BEFORE = re.compile(
    rf"(?:\b(?:{CRAFT_KINDS})\s*,?\s*(?:the\s+|named\s+|called\s+)?|\b(?:USS|HMS|MV|M/V|MS|SS|RMS|HMAS|INS|USNS)\s+)['‘\"“]?$")
CRAFT_AFTER = re.compile(rf"^['’\"”]?\s+(?:{CRAFT_KINDS})s?\b", re.IGNORECASE)
# Lower-case nouns of a job or a part in the story written right before a person's name or in
# apposition after it ("technician Jaya Prakash", "Jaya Prakash, a senior section engineer"): the
# name is a person whatever the model's label.
PERSON_NOUNS = (r"engineer|technician|driver|pilot|captain|helmsman|crewman|teacher|student|nurse|doctor|"
                r"officer|spokes(?:man|woman|person)|minister|secretary|official|worker|guard|passenger|survivor|"
                r"resident|victim|farmer|commander|director|inspector|superintendent|lawyer|prosecutor|judge|"
                r"commissioner|mayor|councillor|councilor|governor|employee|labourer|laborer|clerk|manager")
PERSON_NOUN_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{PERSON_NOUNS})\s+$")
PERSON_NOUN_AFTER = re.compile(rf"^\s*,\s*(?:a|an|the)?\s*(?:[a-z][a-z-]*\s+){{0,3}}(?:{PERSON_NOUNS})\b")
PERSON_NAME_WORDS = (2, 4)  # a person-shaped name: this many capitalized words
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
    if CRAFT_BEFORE.search(before) or CRAFT_AFTER.search(after):
        return "other"
    if (label_type == "organization" and PERSON_NAME_WORDS[0] <= len(words) <= PERSON_NAME_WORDS[1]
            and all(w[:1].isupper() and not w.isupper() for w in words)
            and (PERSON_NOUN_BEFORE.search(before) or PERSON_NOUN_AFTER.search(after))):
        return "person"
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
