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

import numpy as np
from spacy.attrs import SENT_START

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
# The longest first line of a paragraph read as a headline when a single line break ends it
# (`_end_headline_line`); a hard-wrapped line of prose is longer.
HEADLINE_LINE_MAX_TOKENS = 20
# Words a headline, byline or dateline line never ends on, but a hard-wrapped line of prose often
# does ("... the safety board concluded on\nTuesday in its final report"; wire archives and e-mailed
# copy wrap at ~70 characters): a line ending on one goes on in the next line, whatever its case.
WRAPPED_LINE_END_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "at", "to", "by", "for", "from", "with", "into", "onto", "over",
     "after", "before", "since", "until", "than", "as", "and", "or", "but", "nor", "that", "which", "who",
     "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their", "his", "her",
     "this", "these", "those", "said", "told"})
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
    # each token's text and trailing whitespace, read once: spaCy builds a Token object on every
    # `doc[i]`, and these loops look at each token several times
    toks = [(t.text, t.whitespace_, t.is_space) for t in doc]
    texts = [t[0] for t in toks]
    spaces = [t[1] for t in toks]
    # sentence starts to preset, token index -> start or not; written in one go at the end, since
    # `Token.is_sent_start = ...` checks the whole Doc for a parse on every write (quadratic)
    marks: dict[int, bool] = {}
    _keep_headlines_whole(marks, texts, spaces, [t[2] for t in toks])
    n = len(texts)
    run = 0
    for i, text in enumerate(texts):
        run += 1
        if text in SENTENCE_END:
            run = 0
            continue
        nxt = i + 1
        if nxt >= n:
            break
        with_ws = text + spaces[i]
        if with_ws.count("\n") >= 2:
            run = 0  # a blank line: a new paragraph, its start preset (see the module doc)
            continue
        if (run >= LINE_BREAK_AFTER_TOKENS and "\n" in with_ws) or run >= HARD_BREAK_AFTER_TOKENS:
            marks[nxt] = True
            run = 0
    _preset(doc, marks)
    return doc


def _preset(doc: Doc, marks: dict[int, bool]) -> None:
    """Write `marks` as the tokens' sentence starts (1 a start, -1 not one, as `is_sent_start`)."""
    if not marks:
        return
    if doc.has_annotation("DEP"):
        raise ValueError("sentence starts are preset before the parse, never after it")
    values = doc.to_array(SENT_START).view(np.int64)  # one attribute: one column, a 1-D array
    for i, start in marks.items():
        values[i] = 1 if start else -1
    doc.from_array([SENT_START], values.view(np.uint64))  # type: ignore[arg-type]  # spaCy takes one attribute's 1-D column


def _keep_headlines_whole(marks: dict[int, bool], texts: list[str], spaces: list[str], is_space: list[bool]) -> None:
    """At the start of the text and after each blank line: the sentence starts at the first word
    (after any markup), and no sentence starts inside it before its first sentence end."""
    n = len(texts)
    k = 0
    while k < n:
        at_para = k == 0 or (texts[k - 1] + spaces[k - 1]).count("\n") >= 2
        if not at_para or is_space[k]:
            k += 1
            continue
        while k < n and texts[k] and all(ch in LINE_MARKUP for ch in texts[k]):
            k += 1  # "# Title": the title starts at its first word
        if k >= n:
            break
        marks[k] = True
        j = k + 1
        while (j < n and j - k < FIRST_SENTENCE_MAX_TOKENS and "\n" not in texts[j]
               and "\n" not in spaces[j - 1] and texts[j - 1] not in SENTENCE_END):
            marks[j] = False
            j += 1
        k = j
    _end_short_lines(marks, texts, spaces, is_space)


def _end_short_lines(marks: dict[int, bool], texts: list[str], spaces: list[str], is_space: list[bool]) -> None:
    """`_end_headline_line` on every line, not only a paragraph's first: a byline or dateline line
    inside a paragraph ("By AGENCY Published: May 3\nSAN JUAN, Ruritania - The governor says ...")
    glued to the sentence below it hides that sentence's dateline and its speaker."""
    n = len(texts)
    k = 0
    while k < n:
        if is_space[k] or not (k == 0 or "\n" in texts[k - 1] + spaces[k - 1]):
            k += 1
            continue
        j = k + 1
        while j < n and "\n" not in texts[j] and "\n" not in spaces[j - 1]:
            j += 1
        _end_headline_line(marks, texts, spaces, is_space, k, j)
        k = j


def _end_headline_line(marks: dict[int, bool], texts: list[str], spaces: list[str], is_space: list[bool],
                       k: int, j: int) -> None:
    """A paragraph's first line of at most HEADLINE_LINE_MAX_TOKENS tokens with no sentence end,
    cut by a single line break before a capital ("Flood toll rises to 84\nThe agency said ..."):
    a headline or furniture line over the text, which starts a sentence of its own. Left to the
    parser the headline's last words take the next line's subject ("... in Ruritania\nRuritania's
    death toll is at 84": the toll hangs on "in")."""
    n = len(texts)
    if j >= n or j - k > HEADLINE_LINE_MAX_TOKENS or texts[j - 1] in SENTENCE_END \
            or not (texts[k][:1].isupper() or texts[k][:1].isdigit()):
        return  # a wrapped line of prose opens in lower case (or runs longer)
    if texts[j - 1] in WRAPPED_LINE_END_WORDS:
        return  # "... concluded on\nTuesday in its report": prose wrapped mid-clause (WRAPPED_LINE_END_WORDS)
    if "\n" not in texts[j] and "\n" not in spaces[j - 1]:
        return  # the line went on: cut by the token bound, not by a line break
    m = j
    while m < n and is_space[m]:
        m += 1
    if m < n and texts[m][:1].isupper():
        marks[m] = True

