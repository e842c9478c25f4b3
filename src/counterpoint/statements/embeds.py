"""Embedded social media posts: the text of a post, then its signature line.

Pages that embed a post keep its text and the signature the platform writes under it:
"We made it to Beira. … — Caroline Haga (@hagacaroline) March 17, 2019". The author named in the
signature said the text before it: on the signature's own line ("… pic.twitter.com/x — AJ+
(@ajplus) March 22, 2019"), else the paragraph right above it; quoted or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L
from .quotes import Quote, quote_at

# "— Name (@handle) Month D, YYYY" closing a line; the date is optional.
_SIGNATURE_RE = re.compile(
    r"[" + L.SIGNATURE_DASHES + r"][ \t]*(?P<name>[^\n()" + L.SIGNATURE_DASHES + r"]{1,80}?)[ \t]*\(@\w{1,30}\)"
    r"[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*$",
    re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Post:
    author: str
    start: int  # the post's text
    end: int
    sig_start: int  # the signature (from its dash)
    sig_end: int
    quote: Quote | None  # the quotation holding the text, if it is quoted


def embedded_posts(text: str, quotes: list[Quote]) -> list[Post]:
    """Posts with their authors, in text order."""
    out = []
    for m in _SIGNATURE_RE.finditer(text):
        author = m.group("name").strip(" \t,")
        if not author or len(author.split()) > L.MAX_POST_AUTHOR_WORDS:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        start, end = line_start, m.start()
        if len(text[start:end].split()) < L.MIN_QUOTE_WORDS:  # the signature on a line of its own
            k = line_start - 1
            while k > 0 and text[k - 1].isspace():
                k -= 1
            start, end = text.rfind("\n", 0, k) + 1, k
        start, end = _strip(text, start, end)
        if len(text[start:end].split()) < L.MIN_QUOTE_WORDS:
            continue
        q = quote_at(quotes, start)
        if q is not None and q.end >= end - 1:
            start, end = q.inner_start, q.inner_end
        else:
            q = None
        out.append(Post(author, start, end, m.start(), m.end(), q))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n“\"":
        start += 1
    while end > start and text[end - 1] in " \t\n”\"":
        end -= 1
    return start, end
