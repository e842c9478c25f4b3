"""Sources named elsewhere than the cue: a speaker described by its kind, then named; a headline's tag.

Wire leads credit a figure to a speaker described by its kind and name it in the next paragraph:
"Floods have killed 44 people, a rights group said on Wednesday. The Ruritanian Human Rights
Council (RHRC) said it had revised its count ..."; "The toll was revised down to 125, a
government official said. Deputy Governor Ann Lee said hospital data showed 125 deaths." A
headline's tag does the same ("Toll jumps to 44: rights group" over the lead that names it).
The described speaker ("a rights group", "an official", a headline's "rights group") is then the
one named right after, when that one is of the same origin class (`origins.figure_origin_class`)
and speaks of the same count (the same number, a cue word of the same measure, or the count itself).
A headline tagged with its source ("RHRC: Toll rises to 521") credits the first sentence after it
that tells the same number without a source of its own (`tagged_headline`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..models import Source
from ..nlp.spans import following_sentences, line_sentences
from .attribution_cues import DESCRIBING_DETERMINERS, TOLL_OBJECTS
from .origins import NO_ORIGIN_CLASSES, WITNESSES, figure_origin_class

# How many sentences after a described speaker its name is looked for; after a headline, its
# lead may come after a standfirst, a byline and a date line.
NAMED_AFTER_WINDOW = 2
HEADLINE_NAMED_AFTER_WINDOW = 6
# Classes a described speaker must have to be named later: a witness ("a resident") or an
# unnamed source ("a source") stays who the text chose to leave unnamed.
NAMEABLE_EXCLUDED: frozenset[str] = NO_ORIGIN_CLASSES | {WITNESSES}
# Sentence-final punctuation: a line without it is a headline.
SENTENCE_END = (".", "!", "?", "”", '"', ";")
# Words by which the naming sentence speaks of the count itself ("revised its figure of 27").
COUNT_WORDS: frozenset[str] = TOLL_OBJECTS | frozenset({"figures", "numbers", "tally", "toll", "count"})
# A body's acronym as a headline's colon tag ("RHRC: Toll rises to 521"), and the capitalized
# labels of a page that open a headline the same way and never speak.
ACRONYM_TAG_RE = re.compile(r"^[A-Z][A-Z&]{1,7}$")
NOT_TAG_SPEAKERS: frozenset[str] = frozenset({
    "breaking", "live", "update", "updated", "watch", "video", "photos", "photo", "exclusive", "opinion",
    "analysis", "explainer", "editorial", "listen", "latest", "news", "world", "report", "special",
    "factbox", "timeline", "q&a", "focus", "insight", "feature", "urgent", "flash", "alert", "new",
})
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def named_later(sent: Span, chain: tuple[Source, ...], offset: int = 0) -> tuple[Source, ...]:
    """`chain` with a described origin replaced by the speaker named after it (see the module
    doc); else `chain` unchanged."""
    if not chain or chain[0].role != "origin":
        return chain
    headline = _is_headline(sent)
    if not _described(chain[0].name, headline):
        return chain
    kind = figure_origin_class(chain[:1])
    if kind in NAMEABLE_EXCLUDED:
        return chain
    from .attribution import find_attributions
    from .figure_sources import _measures
    from .speaker_names import clean_chain

    numbers = _numbers(sent)
    measures = _measures(sent)
    window = HEADLINE_NAMED_AFTER_WINDOW if headline else NAMED_AFTER_WINDOW
    for nxt in following_sentences(sent, window):
        for a in find_attributions(nxt, offset):
            found = clean_chain(a.chain)
            if not found or found[0].role != "origin" or not _named(found[0].name):
                continue
            if figure_origin_class(found[:1], nxt.text) != kind:
                continue
            if numbers & _numbers(nxt) or measures & _measures(nxt) or _names_count(nxt):
                return (found[0], *chain[1:])
    return chain


def _described(name: str, headline: bool) -> bool:
    """A speaker given by its kind: an indefinite phrase ("a leading rights group"), or a
    headline's bare tag ("rights group", "official"), with no capitalized word but its first."""
    words = _WORD_RE.findall(name)
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    return words[0].lower() in DESCRIBING_DETERMINERS or (headline and len(words) <= 3)


def _named(name: str) -> bool:
    """A speaker the text names: a capitalized word after its first ("the Ruritanian Council")."""
    words = _WORD_RE.findall(name)
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()
                                                      and words[0].lower() not in DESCRIBING_DETERMINERS)


def _names_count(span: Span) -> bool:
    """Whether a sentence speaks of a count by name ("revised its figure", "the toll")."""
    return any(t.lemma_.lower() in COUNT_WORDS or t.lower_ in COUNT_WORDS for t in span)


def _numbers(span: Span) -> set[str]:
    return {t.text.replace(",", "") for t in span if t.like_num and any(ch.isdigit() for ch in t.text)}


def _is_headline(sent: Span) -> bool:
    text = sent.text.strip()
    return bool(text) and "\n" not in text and not text.endswith(SENTENCE_END)


def tagged_headline(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "RHRC: Toll from floods rises to 521" over "The floods have killed at least 521 people
    since May 1." -> RHRC: the first sentence after a headline that writes one of its numbers,
    with no source of its own, is the figure the headline's tag credits."""
    if _is_headline(sent):
        return ()
    numbers = _numbers(sent)
    if not numbers:
        return ()
    from .figure_sources import headline_tag

    before = [s for s in line_sentences(sent.doc) if s.end <= sent.start and s.text.strip()]
    for k, prev in enumerate(reversed(before)):
        if k >= HEADLINE_NAMED_AFTER_WINDOW:
            return ()
        if numbers & _numbers(prev):
            # the nearest sentence before with the number: the headline, or the figure was told before
            return headline_tag(prev, offset) if _is_headline(prev) else ()
    return ()


def acronym_tag(tag: str) -> bool:
    """A body's acronym as a headline's tag ("RHRC"): one word in capitals, no place, no label."""
    from .speaker_names import speaker_name_ok

    return bool(ACRONYM_TAG_RE.match(tag)) and tag.lower() not in NOT_TAG_SPEAKERS and speaker_name_ok(tag)
