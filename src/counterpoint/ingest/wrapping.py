"""Hard-wrapped pages: a sentence broken across lines (or across blank lines) is one sentence.

Some outlets' pages and many copies of wire text come with every line of a paragraph ended by a
break, and scrapers often turn those breaks into blank lines ("President X has acknowledged 195
deaths, while a" / "commission puts the toll at 265 and the" / ...). Read line by line, such a
sentence is three fragments: its speaker and its figures land in different sentences. A break
after a line that ends mid-sentence (no closing punctuation) and before a line that goes on in
lower case is no paragraph break: the lines are joined with one space. The first line (the
title) is left as it is. Written here because it is one rule over lines, with no library that
does this for plain text.
"""

from __future__ import annotations

import re

# A line that ends a sentence or a heading-like unit: closing punctuation, quotes, brackets.
SENTENCE_END_CHARS = ".!?:;\"'”’»)]…"
# A break (optional spaces, one or more newlines) between a line that does not end a sentence and
# one that goes on in lower case or with a number's continuation ("(ANPDH) as high as 448").
_WRAP = re.compile(r"(?<=[^\s" + re.escape(SENTENCE_END_CHARS) + r"])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[a-z(])")


# A line ending in a word that cannot end a sentence (an article, a preposition, a conjunction)
# goes on in the next line whatever its case ("three months of violence in" / "Nicaragua has ...").
OPEN_ENDINGS = ("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
                "but", "as", "that", "which", "who", "while", "than", "into", "its", "their", "his", "her")
_OPEN_WRAP = re.compile(r"\b(" + "|".join(OPEN_ENDINGS) + r")[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)")


def join_wrapped_lines(text: str) -> str:
    """The text with mid-sentence line breaks joined by a space (the title line kept apart)."""
    first, sep, rest = text.partition("\n")
    if not sep:
        return text
    return first + sep + _OPEN_WRAP.sub(r"\1 ", _WRAP.sub(" ", rest))
