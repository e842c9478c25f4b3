"""Resolve date phrases in news text to ISO dates, against the publication date.

    resolve("January 5, 2022", None)        -> "2022-01-05"
    resolve("on Sunday", "2022-01-05")      -> "2022-01-02"   (most recent Sunday on or before)
    resolve("last week", "2022-01-12")      -> "2022-01"      (the ISO week's month)
    find_dates(text, published)             -> [DateMention(start, end, text, value), ...]

Hand-written rules rather than dateparser: dateparser is slow and unpredictable on the relative
phrases news uses ("the next day", "on Sunday" in past-tense copy, "last week"), and it cannot
say "only the month is known". The patterns and handlers are in `counterpoint.text.date_grammar`,
word lists and thresholds in `counterpoint.text.date_rules`.

Two levels of output:
- `timex_value` gives a TimeML TIMEX3-style value (also weeks "2022-W01", quarters "1998-Q3",
  seasons "1998-SU", decades "199", PRESENT_REF / PAST_REF / FUTURE_REF); the TempEval
  evaluation scores it.
- `resolve` / `find_dates` give only ISO calendar values (YYYY-MM-DD, YYYY-MM, YYYY), which is
  what figures (as_of), events and datelines store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import date_rules as R
from .calendar_steps import calendar_day, iso
from .date_grammar import Context, Rule, alternation, compiled_rules, locator, strip_re


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date phrase found in text: offsets into that text, and its ISO value."""

    start: int
    end: int
    text: str
    value: str


# --- public API ---------------------------------------------------------------------------------


def _context(published: str | None, anchor: str | None, future: bool = False, past: bool = False,
             period: str | None = None) -> Context:
    pub, year, month = _parse_iso(published)
    anc, anc_year, _ = _parse_iso(anchor) if anchor else (None, None, None)
    quarter = anchor if isinstance(anchor, str) and re.fullmatch(r"[0-9]{4}-Q[1-4]", anchor) else None
    told = _period(period)
    return Context(published=pub, year=year, month=month, anchor=anc or pub, anchor_quarter=quarter,
                    anchor_year=anc_year or year, future=future, past=past and not future, period=told)


def _period(value: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) of a month- or year-precise value ("1996", "1996-03"); else None."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2}))?", value)
    if m is None or not (R.MIN_YEAR <= int(m[1]) <= R.MAX_YEAR):
        return None
    month = int(m[2]) if m[2] else None
    return (int(m[1]), month) if month is None or 1 <= month <= 12 else None


def narrative_period(phrase: str, value: str | None) -> str | None:
    """The value itself when it may serve as the narrative's period for later phrases ("the
    following month" after "In March"): a year or a month the phrase spells out ("in 1988", "In
    March"), not a day, week, quarter or *_REF, nor one counted from publication ("a year ago",
    "last year": a following "a year earlier" still counts from publication, as TimeML has it)."""
    return value if _period(value) is not None and _EXPLICIT_DAY.search(phrase) else None


def _parse_iso(value: str | None) -> tuple[date | None, int | None, int | None]:
    if not value or not isinstance(value, str):
        return None, None, None
    m = re.match(r"\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", value)
    if not m:
        return None, None, None
    y = int(m[1])
    mo = int(m[2]) if m[2] and 1 <= int(m[2]) <= 12 else None
    d = calendar_day(y, mo, int(m[3])) if mo and m[3] else None
    return d, (y if y >= 1 else None), mo


def _normalize(phrase: str) -> str:
    p = " ".join(phrase.split())
    # a year cut to two digits keeps its apostrophe ("'97"); other quotes around a phrase go
    p = p.strip(" ,;:!?\"()[]{}“”—–") if re.fullmatch(r"['‘’][0-9]{2}", p.strip()) else p.strip(" ,;:!?\"'()[]{}“”‘’—–")
    p = re.sub(r"(?<![0-9]0)['’]s$", "", p)  # "Tuesday's"; not a decade's "1980's", "the 90's" (NYT style)
    p = _approx_re().sub("", p)  # "a week or so ago" is "a week ago", told loosely
    p = _fortnight_re().sub("two weeks", p)
    prev = None
    while p != prev:
        prev = p
        p = strip_re().sub("", p).strip(" ,")
    return p


@cache
def _approx_re() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(R.TRAILING_APPROXIMATORS)})(?=\s|$)", re.IGNORECASE)


@cache
def _fortnight_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:a\s+)?fortnight\b", re.IGNORECASE)


def _resolve_core(phrase: str, ctx: Context) -> str | None:
    return _resolve_rule(phrase, ctx)[0]


def _resolve_rule(phrase: str, ctx: Context) -> tuple[str | None, Rule | None]:
    p = _normalize(phrase)
    if not p:
        return None, None
    for rx, rule in compiled_rules():
        m = rx.fullmatch(p)
        if m:
            v = rule.handler(m, ctx)
            if v is not None:
                return v, rule
    # a half of something that has no half code ("the last half of the '80s") is that thing
    rest = _half_re().sub("", p, count=1)
    return _resolve_rule(rest, ctx) if rest != p else (None, None)


@cache
def _half_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:the\s+)?(?:{alternation(R.HALF_WORDS)})\s+half\s+of\s+", re.IGNORECASE)


_SPECIFICITY = {"day": 3, "month": 2, "year": 1}


def _granularity(value: str) -> int:
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return 3
    if re.fullmatch(r"[0-9]{4}-(?:[0-9]{2}|W[0-9]{2}(?:-WE)?)", value):
        return 2
    return 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """A TIMEX3-style value and whether it may anchor later narrative phrases."""

    value: str | None
    chains: bool


def speaks_of_future(sentence: str, before: str | None = None) -> bool:
    """Whether a sentence has a future cue ("will", "is scheduled to"), for bare weekdays.

    `before` is the clause's text just before the date phrase: a past cue there ("since",
    "arrived") keeps the phrase in the past (see `date_rules.PAST_BEFORE_CUE`), unless the future
    cue itself comes earlier and so governs the verb ("were likely to buy as soon as trading
    opened Monday"); "since" is past whatever comes before it.
    """
    if isinstance(before, str) and _schedule_re().search(before[-60:]) is not None:
        return True  # "the two leaders meet Monday": a plan told in the present (SCHEDULE_PRESENT_CUE)
    if isinstance(before, str) and _future_before_re().search(before) is not None and not _past_before(before):
        return True  # "hopes to sign the bill on Monday", "adjourned the trial until Monday"
    if not isinstance(sentence, str) or _future_re().search(sentence) is None:
        return False
    if isinstance(before, str) and _future_only_in_next_conjunct(sentence, before):
        return False  # "arrived on Tuesday and will stay a week": the "will" is the next verb's
    return not (isinstance(before, str) and _past_before(before))


def _future_only_in_next_conjunct(sentence: str, before: str) -> bool:
    """Whether every future cue of the clause comes after the date, each opening a conjunct of its
    own (`date_rules.NEXT_CONJUNCT`): "arrived on Tuesday and will stay", "met Friday, then is to fly"."""
    if not sentence.startswith(before) or _future_re().search(before) is not None:
        return False
    after = sentence[len(before):]
    cues = list(_future_re().finditer(after))
    return bool(cues) and all(_next_conjunct_re().search(after[: c.start()]) for c in cues)


@cache
def _next_conjunct_re() -> re.Pattern[str]:
    return re.compile(R.NEXT_CONJUNCT, re.IGNORECASE)


@cache
def _future_before_re() -> re.Pattern[str]:
    return re.compile(R.FUTURE_BEFORE_CUES, re.IGNORECASE)


@cache
def _schedule_re() -> re.Pattern[str]:
    return re.compile(R.SCHEDULE_PRESENT_CUE, re.IGNORECASE)


def speaks_of_past(sentence: str, before: str | None) -> bool:
    """A past-tense verb earlier in the date's clause and no future cue in it (see
    `date_rules.PAST_CLAUSE_VERB`): a year-less date then lies on or before publication."""
    if isinstance(before, str) and _since_re().search(before[-20:]):
        return True  # "prices have risen since December", written in August: last December
    if not isinstance(before, str) or not isinstance(sentence, str) or _future_re().search(sentence):
        return False
    m = _past_clause_re().search(before[-60:])
    if m is not None:
        return (m.group(1) or m.group(2)).lower() not in R.NOT_PAST_VERBS
    far = _past_far_re().search(before[-100:])
    # a modal anywhere before leaves the far verb open ("would be paid on a still unspecified date in")
    return (far is not None and far.group(1).lower() not in R.NOT_PAST_VERBS
            and re.search(R.MODAL_WORDS, before) is None)  # lower case: "May" is a month


@cache
def _since_re() -> re.Pattern[str]:
    return re.compile(R.SINCE_BEFORE, re.IGNORECASE)


@cache
def _past_clause_re() -> re.Pattern[str]:
    return re.compile(R.PAST_CLAUSE_VERB, re.IGNORECASE)


@cache
def _past_far_re() -> re.Pattern[str]:
    return re.compile(R.PAST_CLAUSE_FAR, re.IGNORECASE)


def _past_before(before: str) -> bool:
    m = _past_before_re().search(before[-60:])
    if m is None:
        return False
    words = re.findall(r"[A-Za-z]+", m.group(0).lower())
    if not words or words[0] in R.NOT_PAST_VERBS:
        return False
    return words[0] == "since" or _future_re().search(before) is None


@cache
def _past_before_re() -> re.Pattern[str]:
    return re.compile(R.PAST_BEFORE_CUE, re.IGNORECASE)


@cache
def _future_re() -> re.Pattern[str]:
    return re.compile(R.FUTURE_CUES, re.IGNORECASE)


def resolve_timex(
    phrase: str, published: str | None, *, anchor: str | None = None, future: bool = False, past: bool = False,
    period: str | None = None,
) -> Resolution:
    """A TIMEX3-style value for a date phrase (weeks, quarters, seasons, *_REF included).

    `anchor` is the previous date of the narrative, for "the next day" (a quarter such as
    "1989-Q3" anchors "the quarter" / "a year earlier" in financial copy); defaults to
    `published`. `future` (see `speaks_of_future`) places a bare weekday on or after publication;
    `past` (see `speaks_of_past`) a year-less date on or before it. `period` is the narrative's
    last month- or year-precise date when told after `anchor` ("In March ... the following month").
    A phrase that is not itself a date but contains some ("as of that day (January 10th)") gets
    the most specific date inside it.
    """
    if not isinstance(phrase, str) or len(phrase) > 500:
        return Resolution(value=None, chains=False)
    ctx = _context(published, anchor, future, past, period)
    v, rule = _resolve_rule(phrase, ctx)
    if v is not None:
        return Resolution(value=v, chains=bool(rule and rule.chains))
    found = [_resolve_core(m.group(0), ctx) for m in locator().finditer(phrase)]
    found = [f for f in found if f and f[0].isdigit()]
    # the most specific; on a tie the later one (a parenthesis clarifies: "that day (January 10th)")
    best = max(reversed(found), key=_granularity) if found else None
    return Resolution(value=best, chains=best is not None)


def timex_value(phrase: str, published: str | None, *, anchor: str | None = None) -> str | None:
    """`resolve_timex(...).value`."""
    return resolve_timex(phrase, published, anchor=anchor).value


def to_iso(value: str | None, published: str | None = None) -> str | None:
    """Narrow a TIMEX3-style value to what the dossier stores: YYYY-MM-DD, YYYY-MM or YYYY."""
    if value is None:
        return None
    if re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", value):
        return value
    if value == "PRESENT_REF":
        pub = _parse_iso(published)[0]
        return iso(pub) if pub else None
    m = re.fullmatch(r"([0-9]{4})-W([0-9]{2})(-WE)?", value)
    if m:  # a week: the month holding its Thursday (ISO weeks are named the same way)
        try:
            thu = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 4)
        except ValueError:
            return None
        return f"{thu.year:04d}-{thu.month:02d}"
    m = re.fullmatch(r"([0-9]{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)", value)
    return m[1] if m else None


def resolve(
    phrase: str, published: str | None, *, anchor: str | None = None, future: bool = False, past: bool = False,
    period: str | None = None,
) -> str | None:
    """The ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known) of a phrase.

    Relative phrases resolve against `published`; narrative ones ("the next day") against
    `anchor` (the previous date in the story), which defaults to `published`. None when the
    phrase is not a date or cannot be placed (e.g. "yesterday" with no publication date).
    """
    return to_iso(resolve_timex(phrase, published, anchor=anchor, future=future, past=past, period=period).value,
                  published)


# A bare four-digit number is a year only after one of these words (else "2022 people" would be).
_YEAR_CUE = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|during|from|to|before|after|year|early|late|mid|fiscal|and|"
    + alternation(R.MONTHS) + r")\.?,?\s+|-)$",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"[12][0-9]{3}")


def _plausible(text: str, m: re.Match[str]) -> bool:
    s = m.group(0)
    for tok in re.findall(r"[^\W\d_]+", s):
        low = tok.lower()
        if (low in R.MONTHS or low in R.WEEKDAYS) and not tok[0].isupper():
            return False  # "may" the verb, "sun", "sat", "march" the verb
        if low in ("may", "march", "sun", "sat", "wed", "jun", "mar") and s.strip(". ") == tok:
            # a lone ambiguous word: accept only mid-sentence capitalized
            before = text[max(0, m.start() - 2) : m.start()]
            if m.start() == 0 or re.search(r"[.!?\"“]\s*$", before):
                return False
    if _YEAR_ONLY.fullmatch(s):
        return bool(_YEAR_CUE.search(text[max(0, m.start() - 14) : m.start()]))
    if _RELATIVE_TO_WHAT_FOLLOWS.search(s) and _NOUN_PHRASE_NEXT.match(text, m.end()):
        return False  # "a year after the quake", "two days before the vote": counted from that, not from today
    return True


# A count of units before or after something named next ("a year after the quake", "two days before
# the election", "weeks after Zenda's arrest"): the value is that happening's day moved, which the
# phrase does not give; never the publication's day moved.
_RELATIVE_TO_WHAT_FOLLOWS = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
_NOUN_PHRASE_NEXT = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|[A-Z])")


def _sentence_at(text: str, m: re.Match[str]) -> str:
    """The clause around a match (cheap: up to 300 characters each side, cut at . ! ? and at
    `date_rules.CLAUSE_BREAK`)."""
    return clause_around(text[max(0, m.start() - 300) : m.start()], m.group(0), text[m.end() : m.end() + 300])


def clause_around(left: str, phrase: str, right: str) -> str:
    """The clause holding `phrase`, given the text before and after it: where a future cue counts."""
    # a sentence may end inside its closing quote: "... in the spring.'' The figures ..."
    left = re.split(r"[.!?]['\"’”]*\s", left)[-1]
    right = re.split(r"[.!?]['\"’”]*(?:\s|$)", right)[0]
    left = _clause_re().split(left)[-1]
    right = _clause_re().split(right)[0]
    return left + phrase + right


@cache
def _clause_re() -> re.Pattern[str]:
    return re.compile(R.CLAUSE_BREAK, re.IGNORECASE)


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date phrase in `text` that resolves to an ISO value, in order of appearance.

    Narrative phrases ("the next day") resolve against the last day-precise date found before
    them in the same text, else against publication.
    """
    if not isinstance(text, str):
        return []
    if published is None:
        # No publication date: the year of the first full date the text gives ("January 1, 2022")
        # places its year-less ones ("On January 2"); relative ones stay unknown.
        # (the scan stops at that first date: a whole second pass of the locator over the text
        # was as dear as the first)
        first = next((m for m in _scanning(text, None) if _granularity(m.value) == 3), None)
        if first is not None:
            return _scan(text, first.value[:4])
    return _scan(text, published)


def month_day(phrase: str) -> str | None:
    """"--MM-DD" (ISO 8601 without a year) for a day named without its year ("January 2")."""
    v = timex_value(phrase, None)
    return "--" + v[5:] if v and v.startswith("XXXX-") else None


def _scan(text: str, published: str | None) -> list[DateMention]:
    return list(_scanning(text, published))


def _scanning(text: str, published: str | None) -> Iterator[DateMention]:
    """The date mentions of `text` one at a time, in order (each resolved against those before it)."""
    anchor = published
    period: str | None = None  # a month or year told after the last day ("In March ... the following month")
    explicit: str | None = None  # the last day-precise date the text itself spelt out
    for m in locator().finditer(text):
        if not _plausible(text, m):
            continue
        before = clause_around(text[max(0, m.start() - 300) : m.start()], "", "")
        clause = _sentence_at(text, m)
        future = speaks_of_future(clause, before)
        past = speaks_of_past(clause, before)
        value = resolve(m.group(0), published, anchor=anchor, future=future, past=past, period=period)
        if value is None:
            continue
        if explicit is not None and not future and value < explicit:
            value = _forward_weekday(text, m, published, explicit) or value
        found = DateMention(start=m.start(), end=m.end(), text=m.group(0), value=value)
        if _granularity(value) == 3 and not _in_caption(text, m.start()):
            anchor, period = value, None
            if _EXPLICIT_DAY.search(m.group(0)):
                explicit = value
        elif narrative_period(m.group(0), value) is not None and not _in_caption(text, m.start()):
            period = value
        yield found


def _in_caption(text: str, pos: int) -> bool:
    """Whether `pos` lies on a photo caption or credit line (see `date_rules.CAPTION_LINE`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _caption_re().search(text[start : end if end != -1 else len(text)]) is not None


@cache
def _caption_re() -> re.Pattern[str]:
    return re.compile(R.CAPTION_LINE, re.IGNORECASE)


# A phrase that spells out its day: a month name or a number ("January 5", "5/1/2022").
_EXPLICIT_DAY = re.compile(r"[0-9]|\b(?:" + alternation(R.MONTHS) + r")\b", re.IGNORECASE)


@cache
def _forward_cue() -> re.Pattern[str]:
    return re.compile(R.FORWARD_WEEKDAY_CUE, re.IGNORECASE)


def _forward_weekday(text: str, m: re.Match[str], published: str | None, explicit: str) -> str | None:
    """A bare weekday the narrative places after its last explicit date: that date's next such day.

    See `date_rules.FORWARD_WEEKDAY_CUE`: "By Thursday night" after "Wednesday, January 5" in an
    article dated January 5 is January 6, not December 30.
    """
    _, rule = _resolve_rule(m.group(0), _context(published, None))
    if rule is None or rule.name != "weekday" or _EXPLICIT_DAY.search(m.group(0)):
        return None
    if re.search(alternation(R.RELATIVE_SHIFT), m.group(0), re.IGNORECASE):
        return None  # "last Thursday" says which way to go
    words = re.findall(r"[A-Za-z]+", m.group(0))
    wd = next((R.WEEKDAYS[w.lower()] for w in words if w.lower() in R.WEEKDAYS), None)
    base = _parse_iso(explicit)[0]
    pub = _parse_iso(published)[0]
    if wd is None or base is None:
        return None
    ahead = (wd - base.weekday()) % 7 or 7
    back = _parse_iso(resolve(m.group(0), published))[0]
    cue = _forward_cue().search(text[max(0, m.start() - 40) : m.start()]) is not None
    jump = (pub is not None and base >= pub and back is not None
            and (base - back).days >= R.FORWARD_MIN_GAP_DAYS)
    if not (cue or jump):
        return None
    return iso(date.fromordinal(base.toordinal() + ahead))
