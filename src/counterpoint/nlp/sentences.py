"""Bound sentence length before parsing, so no input makes the extractors quadratic.

The extractors work sentence by sentence, and several of their steps scan the whole sentence
for each number in it. In prose that is cheap; but a list of half a million items without full
stops, or a dump with no punctuation, is parsed as a few "sentences" of thousands of tokens,
and the run took minutes and gigabytes per chunk. Sentence starts set before the parser are
kept by it, so breaks are preset only where a run of tokens has gone on far longer than any
real sentence: at a line break first, else at a hard length. Ordinary text never reaches
these lengths and is parsed exactly as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Tokens without a sentence end after which a line break starts a new sentence (a list item,
# a table row). Real sentences that span a line break are far shorter.
LINE_BREAK_AFTER_TOKENS = 80
# Tokens after which a sentence is cut even without a line break (text with no punctuation
# or breaks at all); several times the longest sentences of real news prose.
HARD_BREAK_AFTER_TOKENS = 400
# Tokens that end a sentence and reset the count.
SENTENCE_END = frozenset({".", "!", "?", "…", "。", "؟"})


def bound_sentences(doc: Doc) -> Doc:
    """Preset sentence starts in overlong runs of `doc` (not yet parsed); returns `doc`."""
    run = 0
    for tok in doc:
        run += 1
        if tok.text in SENTENCE_END:
            run = 0
            continue
        nxt = tok.i + 1
        if nxt >= len(doc):
            break
        if (run >= LINE_BREAK_AFTER_TOKENS and "\n" in tok.text_with_ws) or run >= HARD_BREAK_AFTER_TOKENS:
            doc[nxt].is_sent_start = True
            run = 0
    return doc
