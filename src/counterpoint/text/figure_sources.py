"""Sources for a figure whose own sentence has no attribution cue.

Two ways news gives a source outside a cue in the sentence:
- a quoted sentence continues the quote of the sentence before (“They tried ... two soldiers.”
  right after “It can be said ...,” he said): the earlier quote's speaker;
- a headline tags its source after a dash or before a colon ("Toll revised down to 125 -
  official", "Police: 40 detained overnight"): that tag, when it names a speaker.
Otherwise the outlet states the figure on its own authority (an empty chain).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..models import Source
from .attribution import attribution_chain

# Opening quotation marks of a quoted sentence.
QUOTES = "“\"‘"
# A headline's source tag: " - official", " – police" at its end; "Ministry: ..." at its start.
DASH_TAG_RE = re.compile(r"\s[-–—]\s+([A-Za-z][\w .'’]{1,60}?)\s*$")
COLON_TAG_RE = re.compile(r"^\s*([A-Z][\w .'’]{1,60}?)\s*:\s+\S")
# Longest tag read as a speaker, in words ("state news agency", "health ministry official").
TAG_MAX_WORDS = 4
# Head nouns of a headline tag that name a speaker (a role or a body). A tag that is a site or
# outlet name ("Headline - The Daily Planet") is the page title's brand, not a source, so only
# these heads, or a person's name in the colon form ("Minister Ko: ..."), are read.
TAG_SPEAKER_HEADS: frozenset[str] = frozenset({
    "official", "officials", "police", "ministry", "minister", "governor", "mayor", "authorities",
    "authority", "spokesman", "spokeswoman", "spokesperson", "military", "army", "agency",
    "government", "president", "prosecutor", "prosecutors", "chief", "doctors", "medics",
    "rescuers", "hospital", "officer", "commander", "sources", "un", "who", "head", "state media",
})
# Sentence-final punctuation: a line that has it is prose, not a headline.
SENTENCE_END = (".", "!", "?", "”", '"', ";")


def fallback_sources(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """The chain for a figure in a sentence without an attribution cue (see the module doc)."""
    return quote_continues(sent, offset) or headline_tag(sent, offset)


def quote_continues(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """A quoted sentence with no cue belongs to the speaker of the quote it continues."""
    text = sent.text.lstrip()
    if text[:1] not in QUOTES:
        return ()
    doc = sent.doc
    k = sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if k <= 0:
        return ()
    prev = doc[doc[k].sent.start : k + 1]
    if not any(q in prev.text for q in QUOTES):
        return ()
    return attribution_chain(prev, offset)


def headline_tag(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "Toll revised down to 125 - official" -> official; "Police: 40 held" -> Police."""
    text = sent.text.rstrip()
    if not text or "\n" in text.strip() or text.endswith(SENTENCE_END):
        return ()
    base = sent.start_char + offset
    m = DASH_TAG_RE.search(text)
    if m and _speaker_tag(m.group(1), person_ok=False):
        return (Source(name=m.group(1), role="origin", start=base + m.start(1), end=base + m.end(1)),)
    m = COLON_TAG_RE.match(text)
    if m and _speaker_tag(m.group(1), person_ok=True, sent=sent, at=m.start(1)):
        return (Source(name=m.group(1), role="origin", start=base + m.start(1), end=base + m.end(1)),)
    return ()


def _speaker_tag(tag: str, *, person_ok: bool, sent: Span | None = None, at: int = 0) -> bool:
    words = tag.split()
    if not words or len(words) > TAG_MAX_WORDS or any(ch.isdigit() for ch in tag):
        return False
    low = tag.lower()
    if words[-1].lower() in TAG_SPEAKER_HEADS or any(low.endswith(h) for h in TAG_SPEAKER_HEADS if " " in h):
        return True
    if person_ok and sent is not None:
        # a person's name before the colon ("Erdogan: ..."), as the NER reads it
        start = sent.start_char + at
        return any(e.label_ == "PERSON" and e.start_char <= start < e.end_char for e in sent.doc.ents)
    return False
