"""The last check on every source a figure or statement gets: a name that is no speaker.

Origins are found from the parse (the subject of a speech verb, the object of "according to",
the agent of "a count by"), and the parse checks its own candidates (`attribution._speaks`). But
several paths (headline tags, a paragraph's closing tag, a wire's voice, a parse that hung a
dateline or a date on the verb) can still hand over a name that never spoke: a date phrase
("on Tuesday"), a number or the counted phrase ("34 people", "a total of 90"), a record ("the
last official count"), a period ("months of violence"), a dateline's place ("MANAGUA"). This
module drops such names from a chain (`clean_chain`), whatever found them; the kinds are the
data constants `NON_SPEAKER_NAME_PATTERNS` and `NON_SPEAKER_HEADS` in `attribution_cues`.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Source
from . import attribution_cues as C

# Leading articles and determiners dropped before the head word of a name is read.
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


@cache
def _patterns() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in C.NON_SPEAKER_NAME_PATTERNS))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _dateline_place(name: str) -> bool:
    """A place written in capitals, as a dateline writes it ("MANAGUA", "NEW DELHI"), that the
    gazetteer knows: an agency's acronym in capitals ("AFP", "UNICEF") is not a place."""
    words = _WORD_RE.findall(name)
    if not words or not all(w.isupper() and len(w) > 1 for w in words):
        return False
    from ..entities.gazetteer import is_known_place

    return is_known_place(" ".join(w.title() for w in words))


def speaker_name_ok(name: str) -> bool:
    """Whether a source's name can be a speaker: a person, an organization, an outlet or a named
    class of officials, not one of the non-speaker kinds (see the module doc)."""
    text = name.strip(" ,.;:\"“”'’-–—()").strip()
    if not text:
        return False
    low = text.lower()
    if _patterns().match(low):
        return False
    words = _WORD_RE.findall(low)
    if not words:
        return False
    if all(w in C.TIME_WORDS or w in ("on", "the", "last", "this", "of", "s", "'s") for w in words):
        return False  # "Tuesday", "on Tuesday", "Tuesday's"
    # a name whose head (its last word, or the word before "of") is an event, a figure or a
    # period: "the unrest", "the crackdown", "the violence of the past months"
    # ("the official date of the US's declaration": a capital further on names what the date is
    # of, not who speaks; only a head written with a capital is a name, "the Fire Department of X")
    head = words[:words.index("of")][-1:] if "of" in words[1:] else words[-1:]
    if head and _singular(head[0]) in C.NON_SPEAKER_HEADS and not _head_capitalized(text, head[0]):
        return False
    return not _dateline_place(text)


def _head_capitalized(text: str, head: str) -> bool:
    """Whether the head word is written with a capital after the name's first word, as a proper
    name's head is ("the Emergency Fire Service", "the Crisis Day Centre"); a lower-case head
    is a common noun whatever capitals follow it."""
    written = [w for w in _WORD_RE.findall(text)[1:] if w.lower() == head]
    if "of" in (w.lower() for w in _WORD_RE.findall(text)[1:]):
        return any(w[:1].isupper() for w in written)
    return any(w[:1].isupper() for w in _WORD_RE.findall(text)[1:])


def _country_origin(s: Source) -> Source:
    """A country's bare name as an origin ("Nepal on Thursday said ...") is its authorities, one
    origin class, whatever path found it."""
    if s.role != "origin" or not s.name[:1].isupper() or len(s.name.split()) > 3:
        return s
    from ..entities.gazetteer import is_country_or_region
    from .attribution_cues import COUNTRY_SPEAKER_NAME

    if not is_country_or_region(s.name):
        return s
    return Source(name=COUNTRY_SPEAKER_NAME.format(s.name), role="origin", entity=s.entity, start=s.start, end=s.end)


def clean_chain(chain: tuple[Source, ...]) -> tuple[Source, ...]:
    """The chain without its non-speakers. When the origin goes, the first relay left that
    names someone becomes the origin ("Months of unrest have claimed 34 lives, rights groups
    say": the rights groups); a relay of unknown origin ("news reports") stays a relay. A bare
    country's name as the origin stands for its authorities."""
    kept = tuple(_country_origin(s) if i == 0 else s for i, s in enumerate(chain) if speaker_name_ok(s.name))
    if len(kept) == len(chain) or not kept:
        return kept
    if chain[0].role == "origin" and kept[0].role == "relay" and not unknown_origin_name(kept[0].name):
        first = kept[0]
        kept = (Source(name=first.name, role="origin", entity=first.entity, start=first.start, end=first.end),
                *kept[1:])
    return kept


def unknown_origin_name(name: str) -> bool:
    """ "news reports", "local media", "media reports": others relayed, by no one named."""
    words = _WORD_RE.findall(name.lower())
    if not words or any(w[:1].isupper() for w in name.split()[1:]):
        return False
    if words[-1] in ("media", "press") and not any(w in C.OUTLET_MEDIA_MODIFIERS for w in words):
        return True
    return words[-1] in ("reports", "report", "news") and len(words) <= 3
