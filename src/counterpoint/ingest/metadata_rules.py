"""Patterns for metadata found in text and URLs (data, apart from the logic in `metadata`)."""

from __future__ import annotations

from ..text.lexicon import MONTHS  # noqa: F401  (read as rules.MONTHS)

# A dateline's place before the date, tried in order: none, "ALMATY, ", "Almaty, Kazakhstan - ".
# The date after it is read by `counterpoint.text.dates` and must start right there.
_PLACE_NAME = r"[A-Z][A-Za-z.'’ -]{1,40}, ?"
DATELINE_PLACES: tuple[str, ...] = (
    _PLACE_NAME + r"(?:[-–—] ?)?",
    _PLACE_NAME + r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)* ?[-–—,]? ?",
)
# How far into a top line the dateline's date may run (it never needs the rest of a paragraph).
DATELINE_MAX_CHARS = 60
# How many non-blank lines at the top a dateline may sit on (date line, title, byline).
DATELINE_TOP_LINES = 3
# A dateline's date written without its year, as wires write it ("March 28 (Reuters) -",
# "Jan 29 (AP) —", "Apr 26 (Priyo.com):"): only when the wire's credit or the dateline's dash follows,
# so that a first sentence opening "March 28 was a Friday" is no dateline.
YEARLESS_DATELINE_DATE = (
    r"(?P<month>[A-Za-z]{3,9})\.? (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[-–—:])"
)
# Month abbreviations beyond the lexicon's three-letter ones.
EXTRA_MONTH_WORDS: dict[str, int] = {"sept": 9}
# A year written in the text ("in 2019", "2019-01-25"): where the page's own years are read from.
YEAR_IN_TEXT = r"(?<![\d.,$€£/-])(?:19|20)\d\d(?![\d%])"

# Dates in URL paths: /2022/01/09/, /2022-01-09/, /20220109/, /2022/01/.
URL_DATE_PATTERNS: tuple[str, ...] = (
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<mnum>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|[-_]|$)",
    r"/(?P<year>(?:19|20)\d\d)(?P<mnum>[01]\d)(?P<day>[0-3]\d)(?:/|[-_]|$)",
    r"/(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]?\d)/",
)

# A credit line naming the outlet a text came from: "Source: Yonhap News".
CREDIT_LINE = (
    r"(?:source|sources|courtesy(?: of)?|via|credit|originally published (?:by|in|at|on)"
    r"|this (?:article|story) (?:first )?appeared (?:in|on))\s*:?\s*"
    r"(?P<outlet>[A-Z][\w&.'’() -]{1,60}?)\.?"
)

# Markup in front of a headline line (Markdown heading marks, bullets).
TITLE_PREFIX = r"^(?:#{1,6}|[*>-])\s+"

# Host prefixes that are not part of an outlet's name.
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")

# Plausible publication years; anything else ("0001-11-30") is a broken field.
MIN_YEAR, MAX_YEAR = 1900, 2100

# Keys accepted in JSONL records and sidecars, first match wins (common scraper field names;
# the AllSides corpus, for one, uses content_original/source/date).
TEXT_KEYS = ("text", "content", "content_original", "body", "article", "maintext")
HTML_KEYS = ("html", "raw_html", "content_html")
URL_KEYS = ("url", "link", "source_url_article")
TITLE_KEYS = ("title", "headline")
PUBLISHED_KEYS = ("published", "date", "published_at", "publish_date", "date_publish", "pubdate")
OUTLET_KEYS = ("outlet", "source", "site_name", "sitename", "publisher", "source_domain")
