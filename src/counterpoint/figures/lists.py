"""A list of the missing as the counted thing (issue 11, the pages dev set).

Coverage of a disaster with many unaccounted for counts the missing by the length of the
authorities' list: "the list of those unaccounted for has dropped to around 700", "the list had
as many as 1,400 people on it before it was trimmed to 520", "the list ran to 30 pages, with
1,150 names". The number is the list's length, so it counts the missing, though no missing cue
sits next to it. A list is a list of the missing when the sentence says so, or when the document
speaks of a list near the missing and the sentence speaks of "the list".
"""

from __future__ import annotations

import re

from ..text.numbers import Quantity

# A list named as one of the missing: "the list of people unaccounted for", "a list of names of
# those still missing", "the missing-persons list", "the list of the missing".
MISSING_LIST_RE = re.compile(
    r"\blists?\s+of\s+(?:the\s+)?(?:names\s+of\s+)?(?:(?:people|persons|residents|those|individuals|victims)\s+)?"
    r"(?:(?:who|that)\s+(?:are|were|remain|remained)\s+)?(?:still\s+)?(?:missing|unaccounted|not\s+accounted)"
    r"|\b(?:missing|unaccounted[- ]for)(?:[- ]persons?|[- ]people)?\s+lists?\b",
    re.I,
)
# "The list" (or "that list", "the roster") spoken of as one already named.
THE_LIST_RE = re.compile(r"\b(?:the|this|that|its|a|an)\s+(?:\w+\s+)?(?:list|roster|tally\s+of\s+names)\b", re.I)
# Between the list noun and its length: no sentence break, not too far ("the list had as many as
# 1,400 people on it before it was trimmed to 520": both numbers are its length).
LIST_GAP_CHARS = 120
LIST_GAP_RE = re.compile(r"^(?:[^.;!?]|\.\d)*$")
# Right after the length: what a list counts (names, entries, people) or nothing at all.
LIST_UNIT_AFTER_RE = re.compile(
    r"^\s*(?:(?:names|entries|people|persons|individuals|residents)\b|on\s+it\b|[,.;)—–-]|\s*$|\s+(?:by|on|as|before|after|in|Thursday|Friday|"
    r"Saturday|Sunday|Monday|Tuesday|Wednesday)\b)", re.I)


# A document that speaks of a list close to the missing ("The number of people missing fell ...
# the list had 1,276 people on it"; "the list ... The list is all the people reported missing"):
# "the list" in it is the list of the missing, wherever the two words stand.
LIST_NEAR_MISSING_CHARS = 300
LIST_NEAR_MISSING_RE = re.compile(
    rf"\blists?\b[\s\S]{{0,{LIST_NEAR_MISSING_CHARS}}}?\b(?:missing|unaccounted)\b"
    rf"|\b(?:missing|unaccounted)\b[\s\S]{{0,{LIST_NEAR_MISSING_CHARS}}}?\blists?\b", re.I)


def names_missing_list(text: str) -> bool:
    """Whether a text names a list of the missing."""
    return MISSING_LIST_RE.search(text) is not None


def document_has_missing_list(text: str) -> bool:
    """Whether a document's "the list" is a list of the missing: it names one, or it speaks of
    a list near the missing."""
    return names_missing_list(text) or LIST_NEAR_MISSING_RE.search(text) is not None


def is_list_length(text: str, q: Quantity, missing_list_known: bool) -> bool:
    """Whether a quantity is the length of a list of the missing: the sentence names such a list
    (or the document did before and the sentence speaks of "the list"), the list noun comes shortly
    before the number in the same sentence, and what follows is a list's unit or nothing."""
    if q.unit is not None or q.direction is not None:
        return False
    head = None
    for m in MISSING_LIST_RE.finditer(text, 0, q.start):
        head = m
    if head is None and missing_list_known:
        for m in THE_LIST_RE.finditer(text, 0, q.start):
            head = m
    if head is None:
        return False
    gap = text[head.end():q.start]
    if len(gap) > LIST_GAP_CHARS or not LIST_GAP_RE.match(gap):
        return False
    return LIST_UNIT_AFTER_RE.match(text[q.end:]) is not None


# A list of people by what befell them, its length right after "a list of": "a list of 745 people
# said to have been killed", "a list of 1,200 names of people killed in the crackdown", "a list of
# 300 victims who died". The length counts the measure of the words that say what befell them.
LIST_OF_BEFORE_RE = re.compile(r"\blists?\s+(?:of|naming|with)\s*$", re.I)
LISTED_FATE_AFTER_RE = re.compile(
    r"^\s+(?:names\s+of\s+)?(?:(?:people|persons|victims|individuals|protesters|civilians|those|names)\b)?"
    r"[^.;:]{0,40}?\b(?:said\s+to\s+have\s+been\s+|(?:who|that)\s+(?:were|had\s+been|have\s+been|are)\s+|"
    r"reportedly\s+|allegedly\s+|(?:who|that)\s+)?(?P<fate>killed|dead|died|missing|disappeared|arrested|detained)\b",
    re.I)
# The measure each word of fate counts.
FATE_MEASURES: dict[str, str] = {
    "killed": "killed", "dead": "killed", "died": "killed", "missing": "missing", "disappeared": "missing",
    "arrested": "detained", "detained": "detained",
}


def listed_fate(text: str, q: Quantity) -> str | None:
    """The measure a list's length counts ("a list of 745 people said to have been killed":
    killed), None when the number is not the length of such a list."""
    if q.unit is not None or q.direction is not None or not LIST_OF_BEFORE_RE.search(text[:q.start]):
        return None
    m = LISTED_FATE_AFTER_RE.match(text[q.end:])
    return FATE_MEASURES[m.group("fate").lower()] if m is not None else None
