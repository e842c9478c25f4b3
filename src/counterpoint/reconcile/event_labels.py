"""A readable label for an event cluster: what happened (a headline), where, when.

The headline is an outlet's own words for the happening, which read better than any list of
keywords: the title of the cluster's most central document (the one most similar to the others)
that reads as a headline, else the next one's, else the first headline-like sentence of a lead.
What a page puts where its title should be is often no headline at all: the site's furniture
("HOME > NEWS", "World News", "[an error occurred while processing this directive]"), a posting
stamp ("Posted 11 July 2005, 14:43"), a section ("International"), the outlet's slogan. Those are
passed over (`headline_problem`), and a kept headline loses what is not its words: the wire's
version tag ("(2nd LD)", "(Adds ...)"), the outlet's name before or after it ("BBC News – "), a
dateline ("BEIRUT, LEBANON (8:30 A.M.) – "). A title in another language than most of the
cluster's documents is passed over too. Places come from linked place entities mentioned in the
cluster's documents (most documents first); the date span from publication dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from ..models import Document, Entity

# Longest headline kept in a label (a full title rarely needs more).
MAX_HEADLINE_CHARS = 110
# Places named in a label (the rest stay in the event's `places`).
LABEL_PLACES = 1
# Places listed per event.
MAX_PLACES = 5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SPACES = re.compile(r"\s+")
# A headline says who did what: fewer words of letters than this is a section name, a site's
# furniture or a date ("International", "World News", "28 September 2020", "05-14-2005, 04:24 PM").
MIN_HEADLINE_WORDS = 4
# Lines of a lead read when no title will do: the headline a page repeats in its text, or the
# lead's first sentence, comes in its first lines, after the furniture.
LEAD_LINES = 8
# Page furniture where a title should be: a breadcrumb, a posting or update stamp, a server's
# error, a site's invitation or sign-up line, a copy forum's or aggregator's line.
_FURNITURE = re.compile(
    r"[>»›]|^\s*(?:posted|published|updated|last updated|modified|go to original|skip to|home\b)|"
    r"error occurred|processing this directive|latest updates|sign (?:up|in)\b|subscribe|cookies|"
    r"web design|javascript|browser|not supported|all rights reserved|copyright|"
    r"^by\b|\bby$|staff (?:reporter|writer|correspondent)",  # a byline
    re.IGNORECASE)
# A wire service's version tag before the headline: "(2nd LD)", "(UPDATE 3)", "(Adds death of ...)".
_WIRE_TAG = re.compile(r"^\s*\((?:\d+(?:st|nd|rd|th)\s+LD|LD|LEAD|UPDATE\s*\d*|WRAPUP\s*\d*|REFILE|CORRECTED|"
                       r"(?:Adds|Updates|Recasts|Changes)\b[^)]*)\)\s*[-–—:]?\s*", re.IGNORECASE)
# A dateline: the place in capitals (a country after a comma, a time in brackets), then a dash or
# colon ("BEIRUT, LEBANON (8:30 A.M.) – ", "KATHMANDU, April 25 (Reuters) - ").
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Za-z][A-Za-z .'’-]{1,40}?(?:\s+\d{1,2})?)?\s*"
                       r"(?:\([^)]{1,40}\)\s*)?(?:[-–—:]|\s-)\s+")
# ... and in a lead, a dateline in ordinary case: a place, a date, perhaps the agency, then a
# colon or dash ("Balasore, Jun 3 (PTI) ", "New Delhi: "). Not read in titles, where "Myanmar: ..."
# names the story's country.
_LEAD_DATELINE = re.compile(r"^(?:[A-Z][a-z]+(?:[ /][A-Z][a-z]+)*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([A-Z]{2,8}\))?"
                            r"\s*[:–—-]?|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*:)\s+")
# A page's words before its title ("You are currently viewing ...").
_PAGE_PREFIX = re.compile(r"^(?:you are (?:currently )?(?:viewing|reading)|now (?:viewing|reading))\s*:?\s+",
                          re.IGNORECASE)
# The outlet's name as a prefix or suffix of a title ("BBC News – ...", "... | Reuters").
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|:]\s+")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def clean_headline(text: str, outlet: str | None = None, *, lead: bool = False) -> str:
    """`text` without what is not the headline's own words: the page's words before it, the
    wire's version tag, a dateline (in a `lead` line, one in ordinary case too), the outlet's name
    before or after a separator (or any "... News" name there)."""
    text = _SPACES.sub(" ", text).strip()
    text = _PAGE_PREFIX.sub("", text)
    text = _WIRE_TAG.sub("", text)
    text = _DATELINE.sub("", text)
    if lead:
        text = _LEAD_DATELINE.sub("", text)
    parts = _TITLE_SEPARATOR.split(text)
    if len(parts) > 1:
        def is_outlet(part: str) -> bool:
            low = part.lower()
            return (bool(outlet) and (low in outlet.lower() or outlet.lower() in low)) or low.endswith(" news")
        if is_outlet(parts[0]):
            parts = parts[1:]
        if len(parts) > 1 and is_outlet(parts[-1]):
            parts = parts[:-1]
        text = " – ".join(parts) if len(parts) > 1 else parts[0]
    return text.strip()


def headline_problem(text: str, outlet: str | None = None) -> str | None:
    """Why `text` (cleaned) is no headline, or None when it reads as one."""
    if len(_LETTER_WORD.findall(text)) < MIN_HEADLINE_WORDS:
        return "too few words"
    if _FURNITURE.search(text):
        return "page furniture"
    if outlet and len(outlet) > 3 and outlet.split(" (")[0].lower() in text.lower():
        return "the outlet's name"  # a slogan or a masthead ("The Washington PostDemocracy Dies in Darkness")
    return None


def _shorten(text: str) -> str:
    if len(text) > MAX_HEADLINE_CHARS:
        text = text[:MAX_HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def headline_of(doc: Document) -> str:
    """The document's title, or its first sentence when it has none; shortened on a word."""
    text = (doc.title or "").strip()
    if not text:
        first = _SENTENCE_END.split((doc.text or "").strip(), maxsplit=1)[0]
        text = first
    text = _SPACES.sub(" ", text).strip()
    return _shorten(text) or doc.id


def _lead_headline(doc: Document) -> str | None:
    """The first line or sentence of `doc`'s lead that reads as a headline (cleaned), if any."""
    for line in (doc.text or "").strip().splitlines()[:LEAD_LINES]:
        first = clean_headline(_SENTENCE_END.split(line.strip(), maxsplit=1)[0], doc.outlet, lead=True)
        if first and headline_problem(first, doc.outlet) is None:
            return first
    return None


def best_headline(ranked: Sequence[Document]) -> str:
    """The cluster's headline from its documents, most central first (see the module docstring):
    the first title that reads as a headline, else the first such lead line, else the central
    document's title or first sentence as it stands."""
    held = Counter(d.language for d in ranked if d.language)
    main = min(held.items(), key=lambda t: (-t[1], t[0]))[0] if held else None
    readable = [d for d in ranked if main is None or d.language in (None, main)] or list(ranked)
    # the more central half first (a late report's title tells its own news: an arrest, a
    # verdict), titles before leads within each half
    half = max(1, (len(readable) + 1) // 2)
    for part in (readable[:half], readable[half:]):
        for doc in part:
            title = clean_headline(doc.title or "", doc.outlet)
            if title and headline_problem(title, doc.outlet) is None:
                return _shorten(title)
        for doc in part:
            lead = _lead_headline(doc)
            if lead:
                return _shorten(lead)
    return headline_of(ranked[0])


def _iso(day: str | None) -> date | None:
    if not day or len(day) < 10:
        return None
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def date_span(docs: Sequence[Document]) -> tuple[str | None, str | None]:
    days = sorted(d for d in (_iso(x.published) for x in docs) if d is not None)
    if not days:
        return None, None
    return days[0].isoformat(), days[-1].isoformat()


def span_text(start: str | None, end: str | None) -> str:
    """'3 Jan 2022' or '3–5 Jan 2022' or '28 Dec 2021 – 2 Jan 2022'."""
    a, b = _iso(start), _iso(end)
    if a is None:
        return ""
    if b is None or a == b:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"


def places_of(doc_ids: Sequence[str], entities: Sequence[Entity]) -> tuple[str, ...]:
    ids = set(doc_ids)
    counts = Counter()
    for e in entities:
        if e.type == "place":
            n = sum(1 for d in e.documents if d in ids)
            if n:
                counts[e.name] = n
    return tuple(name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PLACES])


def outlets_of(docs: Sequence[Document]) -> tuple[str, ...]:
    counts = Counter(d.outlet for d in docs if d.outlet)
    return tuple(name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def describe(event_id: str, docs: Sequence[Document], central: Document | Sequence[Document],
             entities: Sequence[Entity]):
    """The EventCluster for these documents, labelled; `central` is the most central document,
    or all of them from the most central on (see `best_headline`)."""
    from .clustering import EventCluster

    headline = best_headline([central] if isinstance(central, Document) else central)
    start, end = date_span(docs)
    places = places_of([d.id for d in docs], entities)
    where = [p for p in places[:LABEL_PLACES] if p.lower() not in headline.lower()]
    when = span_text(start, end)
    tail = ", ".join(where + ([when] if when else []))
    label = f"{headline} ({tail})" if tail else headline
    return EventCluster(id=event_id, documents=tuple(d.id for d in docs), label=label,
                        headline=headline, start=start, end=end, places=places,
                        outlets=outlets_of(docs))
