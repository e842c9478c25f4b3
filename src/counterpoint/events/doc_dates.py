"""The day each document reports, for the timeline: its publication day, else one inferred.

A third of real coverage comes without a publication date (a scraped page, a syndicated copy). Its
relative dates ("on Thursday", "the previous day") then resolve against nothing and its happenings
and tolls fall off the timeline. The day a document reports is taken, most trusted first, from:

- `published`: the metadata's day (manifest, sidecar, HTML, URL path, dateline: `Document.published`);
- `text_stamp`: a stamp in the page's own text ("Published: 6 August 2031", "Updated Aug. 6, 2031
  10:42 GMT"), which scrapers keep at the top or bottom of the body;
- `report_weekday`: the lead's reporting verb names a weekday ("officials said Tuesday"): the
  first such weekday on or after the start day (`tolls.report_day`);
- `days_after`: the lead counts the days since the happening ("Two days after the blast ...",
  "a week after the earthquake"): the story's start day plus that many days.

Every inferred day keeps its evidence, so a reader (and a test) can see why a page got its day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..models import Document, EventClaim
from ..text.date_rules import NUMBER_WORDS
from ..text.dates import find_dates

# --- what dates a page ---------------------------------------------------------------------------
# A publication stamp: a word saying the page was published or updated, then its date (read by
# the date resolver, which must find a day with its year right after the word).
STAMP_WORDS = r"(?:first\s+published|published|last\s+updated|updated|posted|modified|date)"
STAMP = re.compile(rf"\b{STAMP_WORDS}\s*(?:on|at|:|-|–|—)?\s*", re.IGNORECASE)
STAMP_MAX_CHARS = 60  # how far after the stamp word its date may end
# Where a stamp may stand: the top and the bottom of the body (scrapers keep the header and the
# footer; a "published" in the middle of a paragraph is a report's or a study's).
STAMP_EDGE_CHARS = 600
# The lead: where a wire story says how long after the happening it writes.
LEAD_CHARS = 700
# "Two days after the explosion", "a week after the quake", "three days since the collapse": the
# happening's noun (any noun: the phrase is only read in the lead, where it is the story's).
DAYS_AFTER = re.compile(
    r"\b(?P<n>[a-z]+(?:-[a-z]+)?|[0-9]{1,2})\s+(?P<unit>days?|weeks?)\s+(?:after|since)\s+(?:the|a|an|this|last)\b",
    re.IGNORECASE)
# How far after the start day a counted lead may reach (beyond it, "days" counts are rhetorical:
# "ninety days after the disaster, survivors...").
DAYS_AFTER_MAX = 21


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentDate:
    """The day a document reports, and what says so (see the module docstring for the kinds)."""

    document: str
    value: str  # YYYY-MM-DD
    evidence: str  # "published" | "text_stamp" | "report_weekday" | "days_after"
    text: str = ""  # the words it was read from (empty for metadata)


def document_dates(documents: Sequence[Document], start_day: str | None) -> dict[str, DocumentDate]:
    """Document id -> the day it reports, for every document that has or gets one."""
    out: dict[str, DocumentDate] = {}
    for d in documents:
        if d.published and len(d.published) == 10:
            out[d.id] = DocumentDate(document=d.id, value=d.published, evidence="published")
            continue
        for found in _inferred(d, start_day):
            # a month or year the metadata gives (a URL's /2031/08/) must hold the inferred day
            if not d.published or found.value.startswith(d.published):
                out[d.id] = found
                break
    return out


def _inferred(d: Document, start_day: str | None):
    """The inferred days of an undated document, most trusted first."""
    from .tolls import report_day

    found = text_stamp(d.text or "")
    if found is not None:
        yield DocumentDate(document=d.id, value=found[0], evidence="text_stamp", text=found[1])
    day = report_day(d, start_day)  # the lead says when it reports: before a counted phrase,
    if day is not None:  # which may date a happening of the story ("found alive five days after")
        yield DocumentDate(document=d.id, value=day, evidence="report_weekday")
    found = days_after(d.text or "", start_day)
    if found is not None:
        yield DocumentDate(document=d.id, value=found[0], evidence="days_after", text=found[1])


def text_stamp(text: str) -> tuple[str, str] | None:
    """(day, stamp text) of a "Published: 6 August 2031" stamp at the top or bottom of the text."""
    edges = [(0, text[:STAMP_EDGE_CHARS])]
    if len(text) > STAMP_EDGE_CHARS:
        edges.append((len(text) - STAMP_EDGE_CHARS, text[-STAMP_EDGE_CHARS:]))
    for _, chunk in edges:
        for m in STAMP.finditer(chunk):
            if m.start() > 0 and chunk[m.start() - 1].isalpha():
                continue
            rest = chunk[m.end() : m.end() + STAMP_MAX_CHARS]
            first = next(iter(find_dates(rest, None)), None)
            if first is not None and first.start == 0 and _FULL.fullmatch(first.value):
                return first.value, (m.group(0) + first.text).strip()
    return None


_FULL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def days_after(text: str, start_day: str | None) -> tuple[str, str] | None:
    """(day, phrase) when the lead counts days or weeks since the happening ("Two days after the
    blast"): the start day plus that count, if the count is small enough to be the story's day."""
    if not start_day or len(start_day) != 10:
        return None
    m = DAYS_AFTER.search(text[:LEAD_CHARS])
    if m is None:
        return None
    n = _count(m["n"])
    if n is None:
        return None
    days = n * (7 if m["unit"].lower().startswith("week") else 1)
    if not 0 < days <= DAYS_AFTER_MAX:
        return None
    return (date.fromisoformat(start_day) + timedelta(days=days)).isoformat(), m.group(0)


@cache
def _number_words() -> dict[str, int]:
    return {k: v for k, v in NUMBER_WORDS.items() if " " not in k and k not in VAGUE_COUNTS}


# Counts too vague to place a day ("several days after").
VAGUE_COUNTS = frozenset({"some", "many", "several"})


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _number_words().get(word.lower())


# --- dating a happening by the document's day -------------------------------------------------------
# A lead told in the present perfect reports what happened on the day the story is written:
# "Security forces have killed at least 14 people in a raid", "Eight employees of the operator have
# been arrested". Not a modal perfect ("may have killed", "is believed to have"), and not a span
# ("have been held since May", "have died so far", "over the past week").
PERFECT = re.compile(r"\b(?<!may )(?<!might )(?<!could )(?<!would )(?<!should )(?<!must )(?<!to )"
                     r"(?:has|have)\s+(?:[a-z]+ly\s+|now\s+|also\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ught|ld|st|ot|ut|ne)\b",
                     re.IGNORECASE)
PERFECT_SPAN = re.compile(r"\b(?:since|so\s+far|to\s+date|for\s+(?:weeks|months|years|days|decades)|over\s+the\s+"
                          r"(?:past|last)|in\s+recent|ever|never|before|previously|already|until|long)\b",
                          re.IGNORECASE)
# A lead paragraph has at least this many characters and ends a sentence (not a headline, caption
# credit or menu line kept above the story).
LEAD_MIN_CHARS = 80
# Event types dated this way: not the story's one happening (a quake "has struck" at night is
# written up the next day), whose day the documents state.
PERFECT_SKIP_TYPES = frozenset({"disaster", "election", "coup"})
# Event types a lead tells on the day it is written in any tense: "Turkey is marking the first
# anniversary of ...", "The council releases its report today".
LEAD_DAY_TYPES = frozenset({"anniversary", "report"})


# A short line announcing a caption ("Media caption,", "Image source, Reuters", "Photo:"): the
# paragraph after it is the picture's, not the story's lead.
CAPTION_MARKER = re.compile(r"^\W*(?:media|image|photo|video|picture)?\s*(?:caption|source|credit)s?\b.{0,30}$",
                            re.IGNORECASE)


def lead_span(text: str) -> tuple[int, int] | None:
    """The first paragraph that reads as the story's lead (long enough, ending a sentence, not a
    photo caption)."""
    from ..text.date_rules import CAPTION_LINE

    pos = 0
    previous = ""
    for para in text.split("\n"):
        stripped = para.strip()
        if (len(stripped) >= LEAD_MIN_CHARS and stripped[-1] in ".!?\"”’'"
                and not CAPTION_MARKER.match(previous) and not re.search(CAPTION_LINE, stripped, re.IGNORECASE)):
            return pos, pos + len(para)
        if stripped:
            previous = stripped
        pos += len(para) + 1
    return None


# A title is the first non-blank line, short and without a closing full stop ("Prosecutors put
# bridge operator's chiefs under investigation"): what it tells is the news of the document's day.
TITLE_MAX_CHARS = 200
# A scraped page may keep its menu above the title ("Skip to content", "World News"): the title is
# then the line among the first few that the URL's slug spells ("/south-korea-ends-search-for-
# bodies-after-sewol-ferry-disaster/a-1805"), when one line holds most of the slug's words.
TITLE_SEARCH_LINES = 12
SLUG_MIN_WORDS = 4
SLUG_COVER = 0.7
# A headline reworded after its URL was fixed ("Police detain five over Kenya's Westgate mall
# massacre" under ".../five-suspects-held-over-kenya-westgate-mall-massacre-nairobi/"), below a
# long menu: the title-sized line (see TITLE_MAX_CHARS) among the first SLUG_FALLBACK_LINES sharing
# the most slug words, when at least SLUG_MIN_WORDS and SLUG_FALLBACK_COVER of them.
SLUG_FALLBACK_LINES = 25
SLUG_FALLBACK_COVER = 0.5
_SLUG_WORD = re.compile(r"[a-z]+|[0-9]+")
# A slug's long numbers are dates and ids ("/20131029-five-suspects-..."), never a title's words.
_SLUG_NUMBER = re.compile(r"[0-9]{5,}")


def _slug_words(url: str | None) -> set[str]:
    """The words of the URL path's longest hyphenated segment (its slug), or nothing."""
    path = re.sub(r"^[a-z]+://[^/]+", "", (url or "").lower()).split("?")[0]
    best = max((seg for seg in re.split(r"[/]", path) if seg.count("-") + 1 >= SLUG_MIN_WORDS),
               key=lambda seg: seg.count("-"), default="")
    return {w for w in _SLUG_WORD.findall(re.sub(r"\.[a-z]+$", "", best)) if not _SLUG_NUMBER.fullmatch(w)}


def title_line(text: str, url: str | None = None) -> tuple[int, int]:
    """[start, end) of the title line: the one the URL's slug spells among the first lines, else
    the first non-blank line."""
    slug = _slug_words(url)
    pos, first, seen = 0, None, 0
    best: tuple[int, tuple[int, int]] | None = None  # (shared slug words, span) of the likeliest title-sized line
    for line in text.split("\n"):
        if line.strip():
            span = (pos + len(line) - len(line.lstrip()), pos + len(line.rstrip()))
            first = first or span
            seen += 1
            words = set(_SLUG_WORD.findall(line.lower()))
            shared = len(slug & words)
            if len(slug) >= SLUG_MIN_WORDS and seen <= TITLE_SEARCH_LINES and shared >= SLUG_COVER * len(slug):
                return span
            stripped = line.strip()
            if len(stripped) <= TITLE_MAX_CHARS and not stripped.endswith(".") and (best is None or shared > best[0]):
                best = (shared, span)
            if seen >= SLUG_FALLBACK_LINES or not slug:
                break
        pos += len(line) + 1
    if best is not None and len(slug) >= SLUG_MIN_WORDS and best[0] >= max(SLUG_MIN_WORDS, SLUG_FALLBACK_COVER * len(slug)):
        return best[1]
    return first or (0, 0)


def is_title(text: str, start: int, end: int, url: str | None = None) -> bool:
    """Whether [start, end) lies on the document's title line (see TITLE_MAX_CHARS, title_line)."""
    offset, stop = title_line(text, url)
    line = text[offset:stop].strip()
    return (offset <= start and end <= stop + 1 and 0 < len(line) <= TITLE_MAX_CHARS
            and not line.endswith("."))


# Words by which a title gives the cause or the background of its news ("Police detain five over
# the mall massacre", "Minister resigns after ferry disaster"): what follows is an earlier happening,
# not the news of the document's day. Before a count the word is a quantity ("Over 1,000 killed",
# "for 10 days"), and with nothing before it there is no news it could be the cause of.
TITLE_CAUSE_WORDS = (r"(?<=\w)\W+(?:over|after|following|amid|since|for)\b"
                     r"(?!\s+(?:[0-9]|a\s+dozen|dozens|scores|hundreds|thousands|more\s+than|at\s+least)\b)")
_WORD = re.compile(r"[a-z]{4,}")


def title_background(title: str, headline: str) -> bool:
    """Whether a happening read off a title is only its cause or background: the headline's words
    (by their first five letters) all stand after a TITLE_CAUSE_WORDS word, none before it."""
    cut = re.search(TITLE_CAUSE_WORDS, title, re.IGNORECASE)
    if cut is None:
        return False
    stems = {w[:5] for w in _WORD.findall(headline.lower())}
    head = {w[:5] for w in _WORD.findall(title[: cut.start()].lower())}
    tail = {w[:5] for w in _WORD.findall(title[cut.end():].lower())}
    return bool(stems & tail) and not stems & head


def _in_lead(text: str, start: int) -> bool:
    lead = lead_span(text)
    return lead is not None and lead[0] <= start < lead[1]


def perfect_lead(text: str, start: int, sentence: str) -> bool:
    """Whether the sentence at `start` is in the lead and told in the present perfect, no span."""
    lead = lead_span(text)
    if lead is None or not lead[0] <= start < lead[1]:
        return False
    return PERFECT.search(sentence) is not None and PERFECT_SPAN.search(sentence) is None


def redate(events: Sequence[EventClaim], documents: Sequence[Document],
           days: dict[str, DocumentDate]) -> list[EventClaim]:
    """Undated happenings dated by their document's day: a relative date in their sentence (or the
    last one before it in its paragraph) resolved against an inferred day ("a military prosecutor
    said on Thursday" in an undated page), else the day itself for a present-perfect lead, for a
    count of people told as the tally so far anywhere in it (see `tally_told`), or for the document's
    title ("Government ends search for ferry victims")."""
    from .timeline import COUNTED_TYPES, ONE_OFF_TYPES, _headline_count, similar_headlines

    texts = {d.id: d.text or "" for d in documents}
    urls = {d.id: d.url for d in documents}
    found: dict[str, list] = {}
    told = [c for c in events if c.date and len(c.date) == 10]  # happenings dated by their own words
    out: dict[int, EventClaim] = {}
    # documents by their day: a happening a title or lead retells is dated by the earliest telling only
    order = sorted(range(len(events)), key=lambda i: (days[events[i].document].value if events[i].document in days
                                                      else "9999", i))
    for i in order:
        c = events[i]
        day = days.get(c.document)
        text = texts.get(c.document, "")
        if c.date or c.date_partial or day is None or not text:
            out[i] = c
            continue
        value = None
        if day.evidence != "published" and c.event_type not in PERFECT_SKIP_TYPES:
            if c.document not in found:
                found[c.document] = find_dates(text, day.value)
            value = _sentence_value(text, c, found[c.document])
        if value is None and c.event_type not in PERFECT_SKIP_TYPES and (
                perfect_lead(text, c.evidence.start, c.evidence.text)
                or (c.event_type in COUNTED_TYPES and _headline_count(c.text) is not None
                    and tally_told(c.evidence.text))
                or (is_title(text, c.evidence.start, c.evidence.end, urls.get(c.document))
                    and not title_background(c.evidence.text, c.text))
                or (c.event_type in LEAD_DAY_TYPES and _in_lead(text, c.evidence.start))) \
                and not any(o.event_type == c.event_type and o.date is not None and o.date < day.value
                            and (c.event_type in ONE_OFF_TYPES or similar_headlines(o.text, c.text)) for o in told):
            value = day.value  # (a happening other documents dated earlier is retold, not new: it stays undated)
            told.append(replace(c, date=value))
        out[i] = replace(c, date=value) if value else c
    return [out[i] for i in range(len(events))]


# A count of people told as the tally so far: in the present perfect ("police have arrested 49
# people"), or in the past perfect reported by a speaker ("an official told radio that 196 Zendans
# had been evacuated"): what the count stands at on the day the page is written, as a toll is.
_REPORTED_PERFECT = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|announced|confirmed|added)\b[^.;]{0,100}?\bhad\s+"
    r"(?:[a-z]+ly\s+|now\s+|also\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ught|ld|st|ot|ut|ne)\b",
    re.IGNORECASE)


def tally_told(sentence: str) -> bool:
    """Whether a sentence tells a count as it stands (see `_REPORTED_PERFECT`, `PERFECT`), not over a
    span of time ("have been held since May", see `PERFECT_SPAN`)."""
    return ((PERFECT.search(sentence) is not None or _REPORTED_PERFECT.search(sentence) is not None)
            and PERFECT_SPAN.search(sentence) is None)


def _sentence_value(text: str, c: EventClaim, mentions: list) -> str | None:
    """The date phrase of the claim's sentence nearest a word of its headline, else the last one
    earlier in its paragraph (as the per-document stage dates a claim)."""
    s, e = c.evidence.start, c.evidence.end
    inside = [m for m in mentions if s <= m.start < e]
    if inside:
        low = text[s:e].lower()
        spots = [s + i for w in re.findall(r"[a-z]{4,}", c.text.lower()) if (i := low.find(w)) >= 0] or [s]
        return min(inside, key=lambda m: min(abs(m.start - p) for p in spots)).value
    para = text.rfind("\n", 0, s) + 1
    before = [m for m in mentions if para <= m.start < s]
    return before[-1].value if before else None
