"""Patterns for metadata found in text and URLs (data, apart from the logic in `metadata`)."""

from __future__ import annotations

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Optional place prefix of a dateline: "ALMATY, " or "Almaty, Kazakhstan -".
_PLACE = r"(?:[A-Z][A-Za-z.'’ -]{1,40},(?: [A-Z][A-Za-z.'’ -]{1,30})? ?[-–—,]? ?)?"
# A date at the very start of one of the first lines ("Jan 5, 2022", "5 January 2022",
# "2022-01-05"), optionally after a place; what follows must not continue a number.
DATELINE_PATTERNS: tuple[str, ...] = (
    _PLACE + _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)\b",
    _PLACE + r"(?P<day>\d{1,2})(?:st|nd|rd|th)? " + _MONTH + r",? (?P<year>(?:19|20)\d\d)\b",
    _PLACE + r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b",
)
# How many non-blank lines at the top a dateline may sit on (date line, title, byline).
DATELINE_TOP_LINES = 3

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
