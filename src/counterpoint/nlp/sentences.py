"""Bound sentence length before parsing, so no input makes the extractors quadratic.

The extractors work sentence by sentence, and several of their steps scan the whole sentence
for each number in it. In prose that is cheap; but a list of half a million items without full
stops, or a dump with no punctuation, is parsed as a few "sentences" of thousands of tokens,
and the run took minutes and gigabytes per chunk. Sentence starts set before the parser are
kept by it, so breaks are preset only where a run of tokens has gone on far longer than any
real sentence: at a line break first, else at a hard length. Ordinary text never reaches
these lengths and is parsed exactly as before.

A blank line always starts a sentence: it ends a paragraph, or a headline, caption or dateline
line that has no full stop. Left to the parser, a headline is glued to the first sentence of the
text ("Toll reaches 40 \n\n The agency reported that ...") and the agency loses its verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Tokens without a sentence end after which a line break starts a new sentence (a list item,
# a table row). Real sentences that span a line break are far shorter.
LINE_BREAK_AFTER_TOKENS = 80
# Tokens after which a sentence is cut even without a line break (text with no punctuation
# or breaks at all); several times the longest sentences of real news prose.
HARD_BREAK_AFTER_TOKENS = 400
# Tokens that end a sentence and reset the count.
SENTENCE_END = frozenset({".", "!", "?", "…", "。", "؟"})


# The first sentence of a paragraph (or a headline line) is kept whole up to its first sentence
# end, for at most this many tokens: once a paragraph is its own sentence, the parser otherwise
# cuts "Death | toll rises to 40" or "ALMATY | , Jan 9 - ...".
FIRST_SENTENCE_MAX_TOKENS = 60
# Markup that opens a line ("# Title", "* item", "> quote"): not part of the sentence.
LINE_MARKUP = frozenset("#*•>|")
# Abbreviated titles and ranks written before a name ("Brig. Gen. Ana Reis", "spokesman Adj. Sr.
# Comr. Budi said", "Insp. Gen. X"), kept one token with their full stop (as spaCy already keeps
# "Gen." and "Mr."): split off, the stop reads as a sentence end and the name and its verb lose
# the figures they report. Police and military ranks are abbreviated so in wire and local copy
# (Indonesian, Philippine, Thai, South Asian police). Words that also end sentences as plain
# words ("Sen", "Rep", "Det", "Pol") are left out.
TITLE_ABBREVIATIONS: tuple[str, ...] = (
    "Adj.", "Adm.", "Brig.", "Capt.", "Cmdr.", "Col.", "Comr.", "Comdr.", "Cpl.", "Insp.", "Lt.",
    "Maj.", "Sgt.", "Supt.", "Spt.", "Lieut.", "Pvt.", "Cdr.", "Amb.", "Comm.", "Lt.Col.", "AKBP.",
)


def add_title_abbreviations(nlp: Language) -> None:
    """Keep each of TITLE_ABBREVIATIONS one token in `nlp`'s tokenizer."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer has no special cases to add
    for abbr in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def bound_sentences(doc: Doc) -> Doc:
    """Preset sentence starts in overlong runs of `doc` (not yet parsed); returns `doc`."""
    _keep_headlines_whole(doc)
    run = 0
    for tok in doc:
        run += 1
        if tok.text in SENTENCE_END:
            run = 0
            continue
        nxt = tok.i + 1
        if nxt >= len(doc):
            break
        if tok.text_with_ws.count("\n") >= 2:
            run = 0  # a blank line: a new paragraph, its start preset (see the module doc)
            continue
        if (run >= LINE_BREAK_AFTER_TOKENS and "\n" in tok.text_with_ws) or run >= HARD_BREAK_AFTER_TOKENS:
            doc[nxt].is_sent_start = True
            run = 0
    return doc


def _keep_headlines_whole(doc: Doc) -> None:
    """At the start of the text and after each blank line: the sentence starts at the first word
    (after any markup), and no sentence starts inside it before its first sentence end."""
    n = len(doc)
    k = 0
    while k < n:
        at_para = k == 0 or doc[k - 1].text_with_ws.count("\n") >= 2
        if not at_para or doc[k].is_space:
            k += 1
            continue
        while k < n and doc[k].text and all(ch in LINE_MARKUP for ch in doc[k].text):
            k += 1  # "# Title": the title starts at its first word
        if k >= n:
            break
        doc[k].is_sent_start = True
        j = k + 1
        while (j < n and j - k < FIRST_SENTENCE_MAX_TOKENS and "\n" not in doc[j].text
               and "\n" not in doc[j - 1].whitespace_ and doc[j - 1].text not in SENTENCE_END):
            doc[j].is_sent_start = False
            j += 1
        k = j
