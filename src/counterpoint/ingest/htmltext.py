"""HTML to main text and metadata with trafilatura, guarded against hostile markup.

libxml2 (under lxml, under trafilatura) stops building the tree at nesting depth 256 and
silently drops the rest, and very deep trees make recursive tree walks expensive. So the
nesting depth is measured first with a flat regex scan; pages deeper than the limit, and
pages trafilatura finds no main text in, are read with the standard library's event-driven
HTMLParser (no tree, no recursion) instead.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .metadata import Meta, normalize_published

log = logging.getLogger(__name__)

# Elements that never enclose others (void) or whose end tag is usually left out: they are not
# counted as nesting, so sloppy but ordinary pages do not look deep.
NON_NESTING_TAGS = frozenset(
    "area base br col embed hr img input link meta source track wbr param keygen "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp".split()
)
# Elements whose content is never article text.
SKIPPED_CONTENT_TAGS = frozenset("script style noscript template svg head nav footer aside form button select".split())
# Elements after which the flat reader starts a new line.
BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header blockquote pre dt dd figcaption".split()
)

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlText:
    text: str
    meta: Meta
    flat: bool  # True when read by the flat fallback instead of trafilatura


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, if any (only a hint)."""
    m = _META_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii") if m else None


def nesting_depth(markup: str, stop_at: int) -> int:
    """Deepest element nesting (stops counting once `stop_at` is passed)."""
    depth = deepest = 0
    for m in _TAG.finditer(markup):
        closing, name, selfclosing = m.groups()
        name = name.lower()
        if name in NON_NESTING_TAGS or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    break
    return deepest


class _FlatText(HTMLParser):
    """Collect text outside script/style/nav, with line breaks at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in SKIPPED_CONTENT_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in SKIPPED_CONTENT_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def flat_text(markup: str) -> HtmlText:
    parser = _FlatText()
    parser.feed(markup)
    parser.close()
    title = " ".join("".join(parser.title).split()) or None
    return HtmlText(text="".join(parser.parts), meta=Meta(title=title), flat=True)


def extract_html(markup: str, *, url: str | None, max_depth: int) -> HtmlText:
    """Main text and metadata of a page; never raises on bad markup."""
    if nesting_depth(markup, max_depth) > max_depth:
        return flat_text(markup)
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError, AttributeError) as exc:
        # trafilatura/lxml raise these on markup they cannot handle; the flat reader can.
        log.debug("trafilatura failed (%s); reading the page flat", exc)
        doc = None
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return flat_text(markup)  # (a dict only comes with as_dict=True, which we never pass)
    meta = Meta(
        title=_clean(doc.title),
        outlet=_clean(doc.sitename),
        url=_clean(doc.url),
        published=normalize_published(_clean(doc.date)),
    )
    return HtmlText(text=doc.text or "", meta=meta, flat=False)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
