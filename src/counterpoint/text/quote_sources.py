"""The speaker of a sentence in the middle of a quote of several sentences.

A quote of several sentences is credited once, where it closes: “The team has finished. As of
today 85 are dead. There is no increase,” the spokesman said. A middle sentence neither opens nor
closes the quote, so it carries no quotation mark and no cue of its own; the paragraph before it
holds an opening mark that is not closed yet. Its figures are the speaker's of the sentence that
closes the quote (`figure_sources.quote_closes_later` covers a sentence that opens the quote).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..models import Source
from ..nlp.spans import line_sentences

# Opening and closing quotation marks (a straight double mark opens and closes).
OPENING_MARKS = "“"
CLOSING_MARKS = "”"
STRAIGHT_MARK = '"'
# How many sentences on the close of the quote is looked for.
QUOTE_CLOSE_WINDOW = 4


def _open_quote(text: str) -> bool:
    """Whether `text` leaves a quotation open at its end."""
    curly = sum(text.count(m) for m in OPENING_MARKS) - sum(text.count(m) for m in CLOSING_MARKS)
    return curly > 0 or text.count(STRAIGHT_MARK) % 2 == 1


def quote_middle(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """The chain of the sentence that closes the quote `sent` sits inside (see the module doc)."""
    text = sent.text.strip()
    if not text or text[0] in OPENING_MARKS + STRAIGHT_MARK or _open_quote(text) or any(
            m in text for m in CLOSING_MARKS + STRAIGHT_MARK):
        return ()
    doc = sent.doc
    line_start = doc.text.rfind("\n", 0, sent.start_char) + 1
    if not _open_quote(doc.text[line_start : sent.start_char]):
        return ()
    from .attribution import attribution_chain

    seen = 0
    for nxt in line_sentences(doc):
        if nxt.start < sent.end or not nxt.text.strip():
            continue
        t = nxt.text
        if "\n" in doc.text[sent.end_char : nxt.start_char]:
            return ()  # a new paragraph: the quote closed unmarked
        if any(m in t for m in CLOSING_MARKS + STRAIGHT_MARK):
            return attribution_chain(nxt, offset)
        seen += 1
        if seen >= QUOTE_CLOSE_WINDOW:
            return ()
    return ()
