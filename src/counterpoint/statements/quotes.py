"""Quotations in plain text: where each starts and ends, across paragraphs, nested or not.

Pure text (no spaCy), so the corpus stage can tell a label written inside quotation marks from one
in the outlet's own voice. Journalistic conventions handled: a quote that runs over several
paragraphs reopens each paragraph with an opening mark and closes only at its end; a closing mark
mistyped as an opening one right before the line ends ("... lifetime “,"); single marks used as
scare quotes (‘counterterrorism operation’) but never an apostrophe ("Kazakhstan’s"); a curly
quote closed by a straight mark after a word (text pasted from several editors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L

_ALL_PAIRS: dict[str, str] = {**L.QUOTE_PAIRS, **L.INNER_QUOTE_PAIRS}
_CLOSER_OF: dict[str, str] = {**_ALL_PAIRS, **L.MISTYPED_OPENERS}
_CLOSERS = frozenset(_CLOSER_OF.values())
# Characters after which a straight or single mark opens a quotation (else it closes one or is
# an apostrophe).
_OPEN_BEFORE = " \t\n([{—–-:;,/*_"
# The marks `_opens` can accept: `find_quotes` jumps from one to the next instead of asking at
# every character (the corpus stage asked ten million times per 10,000 documents).
_MARK = re.compile("[" + re.escape("".join(sorted({*_ALL_PAIRS, *L.MISTYPED_OPENERS}))) + "]")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # one past the closing mark (or the line end for an unclosed quote)
    inner_start: int
    inner_end: int

    def words(self, text: str) -> int:
        return len(text[self.inner_start : self.inner_end].split())


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in L.MISTYPED_OPENERS:
        return (i == 0 or before == "\n") and after.isalnum()
    if ch not in _ALL_PAIRS:
        return False
    if after.isspace():
        return False
    if ch in ("'", "‘", '"'):
        return before in _OPEN_BEFORE or before in _ALL_PAIRS
    return True


def _closes(text: str, j: int, opener: str) -> bool:
    ch = text[j]
    closer = _CLOSER_OF[opener]
    after = text[j + 1] if j + 1 < len(text) else " "
    if ch == closer and ch in ("’", "'"):
        return not after.isalpha()  # "Kazakhstan’s" is an apostrophe
    if ch == closer:
        return True
    if (opener, ch) in L.MIXED_QUOTE_CLOSERS and not text[j - 1].isspace() and not after.isalnum():
        return True  # "“…everyone," Lee said": a curly quote closed by a straight mark (or the reverse)
    if ch == opener and opener in L.QUOTE_PAIRS:
        # a mistyped closer: an opening mark followed only by punctuation up to the line end
        rest = text[j + 1 : text.find("\n", j) if "\n" in text[j:] else len(text)]
        return not rest.strip(" ,.;:!?")
    return False


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations, in order (a quote inside a quote is found by `inner_quotes`)."""
    out: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        mark = _MARK.search(text, i)
        if mark is None:
            break
        i = mark.start()
        if not _opens(text, i):
            i += 1
            continue
        opener = text[i]
        j = i + 1
        limit = min(n, i + L.MAX_QUOTE_CHARS)
        end = -1
        nested = False  # a straight quote opened inside a curly one ("“… a "deal" …”") closes itself first
        depth = 0  # curly quotes opened inside one of the same marks ("“… what he calls “hell” than …”")
        while j < limit:
            ch = text[j]
            if opener in L.QUOTE_PAIRS and opener != '"' and ch == opener and _opens(text, j) and _closers_ahead(
                    text, j, _CLOSER_OF[opener]) >= depth + 2:
                depth += 1
                j += 1
                continue
            if depth and ch == _CLOSER_OF[opener]:
                depth -= 1
                j += 1
                continue
            if opener != '"' and ch == '"':
                if _opens(text, j) and not nested:
                    nested = True
                    j += 1
                    continue
                if nested:
                    nested = False
                    j += 1
                    continue
            if ch == "\n":
                # a multi-paragraph quote reopens the next paragraph with an opening mark
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == opener and opener in L.QUOTE_PAIRS and "\n\n" not in text[i:j].strip():
                    j = k + 1
                    continue
                if k < n and "\n\n" not in text[i:j].strip() and _closes_next_paragraph(text, k, opener):
                    j = k
                    continue
                break
            if _closes(text, j, opener):
                end = j
                break
            j += 1
        if end == -1:
            if opener in L.QUOTE_PAIRS and j > i + 1 and len(text[i + 1 : j].split()) >= L.MIN_QUOTE_WORDS:
                out.append(Quote(i, j, i + 1, j))  # unclosed at the line end: the quote ends there
                i = j
            else:
                i += 1
            continue
        out.append(Quote(i, end + 1, i + 1, end))
        i = end + 1
    return out


def _closes_next_paragraph(text: str, k: int, opener: str) -> bool:
    """ "“The company is big.\n\nBut not too big to be challenged.”": a quote left open at its
    paragraph's end runs on into the next paragraph when that paragraph does not reopen it but
    closes it: the first quotation mark there closes this quote (a paragraph that opens a quote of
    its own first is someone else's). Double marks only (`UNREOPENED_QUOTE_MARKS`)."""
    if opener not in L.UNREOPENED_QUOTE_MARKS:
        return False
    end = text.find("\n", k)
    end = len(text) if end == -1 else end
    for j in range(k, end):
        if text[j] not in _CLOSER_OF and text[j] not in _CLOSERS:
            continue
        if _opens(text, j):
            return False  # any quotation opened first is the paragraph's own
        if _closes(text, j, opener):
            return True
    return False


def _closers_ahead(text: str, j: int, closer: str) -> int:
    """How many closing marks follow position `j` on its line: an opening mark inside a quote
    nests only when its own closer and the outer one both follow."""
    end = text.find("\n", j)
    return text.count(closer, j + 1, len(text) if end == -1 else end)


def inner_quotes(text: str, quote: Quote) -> list[Quote]:
    """Quotations nested inside `quote` (single marks inside double ones)."""
    found = []
    for q in find_quotes(text[quote.inner_start : quote.inner_end]):
        found.append(Quote(q.start + quote.inner_start, q.end + quote.inner_start,
                           q.inner_start + quote.inner_start, q.inner_end + quote.inner_start))
    return found


def quote_at(quotes: list[Quote], pos: int) -> Quote | None:
    """The quotation whose marks enclose `pos`, if any (quotes are sorted and disjoint)."""
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        if quotes[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(quotes) and quotes[lo].start <= pos < quotes[lo].end:
        return quotes[lo]
    return None
