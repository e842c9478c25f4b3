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
# A line ending in a word that cannot end a sentence (an article, a preposition, a conjunction)
# goes on in the next line whatever its case ("three months of violence in" / "Nicaragua has ...").
# ("by" is left out: "Written for the paper by" / "Name" is a byline, kept on its lines.)
OPEN_ENDINGS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "from", "and", "or",
                          "but", "as", "that", "which", "who", "while", "than", "into", "its", "their", "his", "her"})
# A wrapped line is a line of running text: shorter lines ("Source: Yonhap News", a caption
# credit, a heading) end their unit even without a stop.
MIN_WRAPPED_LINE_CHARS = 40
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _goes_on(line: str, following: str) -> bool:
    """Whether `line` breaks off a sentence that `following` continues."""
    line, following = line.rstrip(), following.lstrip()
    if len(line) < MIN_WRAPPED_LINE_CHARS or not following or line.endswith(tuple(SENTENCE_END_CHARS)):
        return False
    if following[0].islower() or following[0] == "(":
        return True
    last = _LAST_WORD.search(line)
    return last is not None and last.group(1).lower() in OPEN_ENDINGS and line.endswith(last.group(1))


def join_wrapped_lines(text: str) -> str:
    """The text with mid-sentence line breaks joined by a space (the title line kept apart)."""
    lines = text.split("\n")
    out: list[str] = lines[:1]
    i = 1
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1  # blank lines a scraper put between wrapped lines
        if line.strip() and j < len(lines) and _goes_on(line, lines[j]):
            lines[j] = line.rstrip() + " " + lines[j].lstrip()
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
