"""The number parser: quantities in running text, with qualifier, range, unit and vagueness.

`find_quantities(text)` returns every quantity a reader would count (digits with separators,
decimals, number words, "1.5 million", vague counts, ranges, money, percentages) and leaves out
what is not a quantity: years, dates, clock times, references like "13:37-39", phone numbers,
ordinals and names with numbers ("Ukraine 24", "Boeing 787"). Deciding whether a quantity is an
event *figure* (and not an age or a population) is the figures component's job.

Hand-written because no maintained library parses English number words, qualifiers and ranges
together with character offsets (quantulum3 scores 0.73 on NewsQuant and is unmaintained).
The vocabulary lives in `counterpoint.text.number_words`; reading one number at a token in
`counterpoint.text.number_tokens`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..models import Qualifier
from . import number_words as W
from .number_tokens import WORD_NUMBERS, Num, Tok, glued, number_at, tokens

Direction = Literal["up", "down"]
# Significant digits kept on a value: scaled decimals ("4.1 billion") carry float noise beyond.
SIGNIFICANT_DIGITS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """One quantity in a text; offsets are 0-based, end-exclusive, and include the qualifier."""

    value: float | None  # as stated; the midpoint of a range
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str | None  # ISO 4217 code, "percent", or None (the counted noun is the caller's job)
    start: int
    end: int
    text: str
    number_start: int  # where the number itself starts (after qualifier and currency sign)
    vague: bool = False  # "dozens", "thousands": a coded lower bound
    direction: Direction | None = None  # a change ("rose 5%") rather than a level


_ODD_GROUPS_RE = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{W.GROUP_SEPARATORS}]\d{{3}})+(?![\d{W.GROUP_SEPARATORS}])")
_ODD_SEP_RE = re.compile(rf"[{W.GROUP_SEPARATORS}]")
_MONTH_ALT = "|".join(sorted(W.MONTHS, key=len, reverse=True))
# Spans that look numeric but are not quantities; a number starting inside one is skipped.
_MASKS = [
    re.compile(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"),  # ISO-like dates
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),  # 10/01/2022
    # a live blog's entry date opening a line ("5/2 – Yonhap reports ...", "6/3: the toll")
    re.compile(r"(?m)^\s*\d{1,2}/\d{1,2}(?=\s*[-–—:])"),
    re.compile(r"\b\d{1,3}:\d{2}(?::\d{2})?(?:[-–]\d+)?\b"),  # clock times, "Acts 13:37-39"
    re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b\.?", re.I),  # "5am", "1.56pm"
    re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{2,4}(?:[\s.-]\d{2})?\b"),  # phones
    re.compile(rf"\b(?P<month>{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_ALT})\b\.?(?:,?\s+\d{{4}})?", re.I),
    # web page furniture: view and comment counters ("Read: 1159", "Views: 2,304")
    re.compile(r"\b(?:read|reads|views?|hits|comments?|shares?|likes)\s*:\s*\d[\d,.]*", re.I),
    # a block of a street ("in the 3600 block of Beheler Road", "the 1000 and 1100 blocks of")
    re.compile(r"(?<![\d,.$])\d{1,6}(?=(?:\s+(?:and|to|-)\s+\d{1,6})?\s+blocks?\s+of\b)", re.I),
    # a street address ("at 5918 Parkcrest St.", "9 E 71st St", "16-18 Industrial Avenue")
    re.compile(r"(?<![\d,.$])\d{1,6}(?:[-–]\d{1,6})?[A-Z]?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
               rf"(?:(?!(?:{'|'.join(W.NOT_STREET_WORDS)})\b)[A-Z0-9][\w'’.-]*\s+){{1,3}}"
               rf"(?:{'|'.join(W.STREET_SUFFIXES)})\b"),
]
_CHEAP_RE = re.compile(
    r"\d|[" + "".join(W.VULGAR_FRACTIONS) + r"]|\b(?:" + "|".join(sorted({*WORD_NUMBERS, *W.SCALE_WORDS, "dozens", "scores", "hundreds",
                                    "thousands", "millions", "billions", "tens", *W.FRACTION_WORDS}, key=len, reverse=True))
    + r")\b",
    re.I,
)


def has_number(text: str) -> bool:
    """A cheap test: could `text` hold a quantity at all?"""
    return _CHEAP_RE.search(text) is not None


def _comma_groups(text: str) -> str:
    """`text` with other digit-group separators written as commas; same length, so offsets hold."""
    if not _ODD_SEP_RE.search(text):
        return text
    return _ODD_GROUPS_RE.sub(lambda m: _ODD_SEP_RE.sub(",", m.group()), text)


def _masked(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for rx in _MASKS:
        spans.extend((m.start(), m.end()) for m in rx.finditer(text)
                     if not ("month" in rx.groupindex and m.group("month") in W.VERB_MONTH_WORDS))
    return spans


def _currency_before(toks: list[Tok], i: int) -> tuple[str | None, int]:
    """A currency sign or code right before toks[i]; returns (ISO code, index of its first token)."""
    if i == 0:
        return None, i
    prev = toks[i - 1]
    if prev.low in ("us", "a", "c", "nz", "hk", "au") and i >= 2 and toks[i - 2].low == "$" \
            and glued(toks[i - 2], prev) and glued(prev, toks[i]):
        return W.CURRENCY_PREFIXES.get(prev.low + "$", "USD"), i - 2  # "$US55,931,000"
    # "US$", "US $", "C$", "Y="
    if prev.low in ("$", "="):
        code_start = i - 1
        if i >= 2 and toks[i - 2].low + prev.low in W.CURRENCY_PREFIXES:
            key = toks[i - 2].low + prev.low
            return W.CURRENCY_PREFIXES[key], i - 2
        return ("USD" if prev.low == "$" else None), code_start
    if prev.low in W.CURRENCY_PREFIXES and (prev.low in "€£¥₹₽₸" or glued(prev, toks[i]) or prev.text.isupper()):
        if prev.low in ("ps", "rs") and not glued(prev, toks[i]):
            return None, i
        return W.CURRENCY_PREFIXES[prev.low], i - 1
    return None, i


def _unit_after(toks: list[Tok], j: int) -> tuple[str | None, int]:
    n = len(toks)
    if j >= n:
        return None, j
    low = toks[j].low
    if low in W.PERCENT_WORDS:
        return "percent", j + 1
    if low == "per" and j + 1 < n and toks[j + 1].low == "cent":
        return "percent", j + 2
    if low in W.CURRENCY_WORDS:
        return W.CURRENCY_WORDS[low], j + 1
    if j + 1 < n and toks[j + 1].low in W.CURRENCY_WORDS:
        code = W.CURRENCY_WORDS[toks[j + 1].low]
        narrowed = W.CURRENCY_NATIONALITY.get((low, code))
        if narrowed or low in ("us", "u.s"):
            return narrowed or code, j + 2
    return None, j


def _qualifier_before(toks: list[Tok], i: int) -> tuple[str, int]:
    for k in range(W.QUALIFIER_MAX_WORDS, 0, -1):
        if i - k < 0:
            continue
        phrase = tuple(t.low for t in toks[i - k:i])
        q = W.QUALIFIER_PHRASES.get(phrase)
        if q == "up_to" and i - k > 0 and toks[i - k - 1].low in W.RISE_BEFORE_UP_TO:
            return "exact", i  # "has risen up to 154": a verb's particle, not a bound
        if q == "up_to" and any(t.low in W.RAISE_BEFORE_UP_TO for t in toks[max(0, i - k - W.RAISE_UP_TO_WINDOW):i - k]):
            return "exact", i  # "bringing the death toll up to 20": the particle of "bring ... up"
        if q == "more_than" and phrase == ("over",) and i - k > 0 and toks[i - k - 1].low in W.OVER_PARTICLE_VERBS:
            return "exact", i  # "handed over 441 bodies": the verb's particle, not a bound
        if q:
            return q, i - k
    if i >= 2 and toks[i - 1].low == "than" and toks[i - 2].low == "over":
        return "more_than", i - 2
    return "exact", i


def _direction_before(toks: list[Tok], i: int) -> Direction | None:
    j = i - 1
    gap = 0
    while j >= 0 and toks[j].low in W.CHANGE_GAP_WORDS and gap < 2:
        j -= 1
        gap += 1
    if j < 0:
        return None
    low = toks[j].low
    if low == "+" and glued(toks[j], toks[j + 1]):
        return "up"
    if low in W.UP_WORDS and low != "+":
        if low == "up" and j > 0 and toks[j - 1].low in W.UP_PARTICLE_VERBS:
            return None
        return "up"
    if low in W.DOWN_WORDS:
        return "down"
    return None


def _is_name_number(toks: list[Tok], i: int, num: Num) -> bool:
    """ "Ukraine 24", "Section 427", "COVID-19", "X6": a number that is part of a name."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.low.isalpha() and glued(prev, toks[i]) and prev.low not in W.CURRENCY_PREFIXES:
        return True  # "FOX43", "abc7"
    if num.glued_suffix:
        return False
    if prev.low in W.LABEL_NOUNS and num.digits:
        return True
    if prev.low.isalpha() and any(c.isupper() for c in prev.text[1:]) and num.digits:
        return True  # "iPhone 11", "TA 35"
    if prev.low.isalpha() and glued(prev, toks[i]) and prev.low not in W.CURRENCY_PREFIXES:
        return True  # "X6", "V10"
    if prev.low in ("-", "#") and i >= 2 and glued(prev, toks[i]) and glued(toks[i - 2], prev):
        before = toks[i - 2]
        return before.text[:1].isupper() and before.low not in W.QUALIFIER_PHRASES  # "COVID-19"
    if prev.low == "-" and i >= 2 and glued(prev, toks[i]) and toks[i - 2].low in W.LABEL_NOUNS and num.digits:
        return True  # "COVID -19": a label's dash set apart by a stray space
    if prev.low == "#":
        return True
    if prev.low == "." and i >= 2 and toks[i - 2].low in W.LABEL_NOUNS and glued(toks[i - 2], prev) and num.digits:
        return True  # "No. 1", "Vol. 3": an abbreviated label
    if not (prev.text[:1].isupper() and prev.low.isalpha()):
        return False
    if prev.low in W.NOT_NAME_WORDS or prev.low in W.MONTHS:
        return False
    # sentence-initial capitals are ordinary words ("Police 6,044" does not occur; "Just 1")
    if i >= 2 and toks[i - 2].low in (".", "!", "?", ":", "\"", "“"):
        return False
    return i >= 2


# A line in Title Case ("Red Cross Estimates 50,000 Dead In Haiti Quake") capitalises its verbs,
# so a capital before a number there is no sign of a name ("Section 427"). A line is in Title
# Case when it has at least this many words of at least this many letters and all of them open
# with a capital.
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_MIN_LETTERS = 4
_TITLE_WORD_RE = re.compile(rf"[^\W\d_]{{{TITLE_CASE_MIN_LETTERS},}}")
# In such a line the word before a count is its verb ("Estimates 50,000", "Kills 157", "Reached
# 300"), while a name keeps its number ("Boeing 777", "Apollo 13"): the verb's endings, and the
# digit groups a count of thousands is written with, tell the count.
TITLE_VERB_ENDINGS: tuple[str, ...] = ("s", "ed")


def _title_case_count(text: str, toks: list[Tok], i: int) -> bool:
    """A number after a capitalised verb in a Title Case line: a count, not part of a name."""
    start = text.rfind("\n", 0, toks[i].start) + 1
    end = text.find("\n", toks[i].end)
    words = _TITLE_WORD_RE.findall(text[start:end if end >= 0 else len(text)])
    if len(words) < TITLE_CASE_MIN_WORDS or not all(w[0].isupper() for w in words):
        return False
    return "," in toks[i].text or toks[i - 1].low.endswith(TITLE_VERB_ENDINGS)


def _is_age_apposition(toks: list[Tok], i: int, num: Num) -> bool:
    """ "Jamie Armstrong, 25, said": a small whole number set off by commas after a name is an age."""
    if not (num.digits and num.scale == 1 and num.glued_suffix is None and num.value.is_integer()
            and 0 < num.value <= W.MAX_AGE and i >= 2 and toks[i - 1].low == ","):
        return False
    name = toks[i - 2]
    if not (name.text[:1].isupper() and name.low.isalpha()) or name.low in W.MONTHS or name.low in W.NOT_NAME_WORDS:
        return False
    return num.end >= len(toks) or toks[num.end].low in (",", ")", ";")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, left to right."""
    if not has_number(text):
        return []
    toks = tokens(_comma_groups(text))  # tokens keep offsets; _build slices the original text
    masks = _masked(text)
    out: list[Quantity] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if not (tok.low[0].isdigit() or tok.low[0] == "." or tok.low in WORD_NUMBERS or tok.low in ("a", "an")
                or tok.low in W.VAGUE_MODIFIERS or tok.low[0] in "dhtmsbq" or tok.low in W.VULGAR_FRACTIONS):
            i += 1
            continue
        if any(s <= tok.start < e for s, e in masks):
            i += 1
            continue
        currency, cstart = _currency_before(toks, i)
        num = number_at(toks, i, currency is not None)
        if num is None:
            i += 1
            continue
        q = _build(text, toks, i, num, currency, cstart)
        if q is not None:
            out.append(q)
            i = max(i + 1, _end_index(toks, q.end))
        else:
            i = num.end
    return out


def _negative(toks: list[Tok], i: int) -> bool:
    """ "minus 5", "minus-5", "$-50.8bn", "−3": a sign right before the number."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.low in W.MINUS_WORDS:
        return True
    if prev.low in ("-", "−") and glued(prev, toks[i]):
        if i >= 2 and toks[i - 2].low in W.MINUS_WORDS:
            return True
        return prev.low == "−" and (i < 2 or not glued(toks[i - 2], prev))
    return False


def _is_year(toks: list[Tok], i: int, num: Num) -> bool:
    """A bare four-digit integer read as a year unless a count noun follows ("1500 people")."""
    if not (re.fullmatch(r"\d{4}", toks[i].text) and W.YEAR_RANGE[0] <= num.value <= W.YEAR_RANGE[1]):
        return False
    nxt = toks[num.end].low if num.end < len(toks) else ""
    if nxt in W.COUNT_NOUNS_AFTER and i > 0 and toks[i - 1].low == "of":
        return False  # "a total of 2122 people": a count noun right after outweighs the preposition
    if i > 0 and toks[i - 1].low in W.YEAR_PREPOSITIONS:
        return True
    if nxt in W.MEASURE_UNITS_AFTER:
        return False  # "the 1520 sq m centre": a size
    if nxt in W.YEAR_ATTRIBUTE_NOUNS:
        return True  # "its 1988 sales": the year's sales
    return not (nxt in W.COUNT_NOUNS_AFTER or (nxt.isalpha() and nxt.endswith("s") and nxt != "s"))


def _end_index(toks: list[Tok], end: int) -> int:
    for k, t in enumerate(toks):
        if t.start >= end:
            return k
    return len(toks)


def _build(text: str, toks: list[Tok], i: int, num: Num, currency: str | None, cstart: int) -> Quantity | None:
    n = len(toks)
    if num.glued_suffix in W.ORDINAL_SUFFIXES or num.glued_suffix in W.TIME_WORDS or num.glued_suffix == "s":
        return None
    unit, j = _unit_after(toks, num.end)
    unit = currency or unit
    if currency is None and unit is None and (
            (_is_name_number(toks, i, num) and not _title_case_count(text, toks, i))
            or _is_age_apposition(toks, i, num)):
        return None
    tok = toks[i]
    if num.digits and num.scale == 1 and unit is None and _is_year(toks, i, num):
        return None
    if tok.low == "one" and num.end == i + 1 and i > 0 and toks[i - 1].low in W.ONE_PRONOUN_BEFORE:
        return None  # "each one": a pronoun
    if _negative(toks, cstart):
        num = Num(-num.value, num.end, num.scale, num.vague, num.digits, num.glued_suffix)
        if toks[cstart - 1].low in ("-", "−"):
            cstart -= 1
        if cstart > 0 and toks[cstart - 1].low in W.MINUS_WORDS:
            cstart -= 1
    low = high = num.value
    qualifier, qstart = _qualifier_before(toks, cstart)
    # a range: "8,000-10,000", "8 to 10", "between two and three billion"
    between = qstart >= 1 and toks[qstart - 1].low == "between"
    from_ = qstart >= 1 and toks[qstart - 1].low == "from"
    if not between and qualifier == "exact" and cstart >= 1 and toks[cstart - 1].low == "between":
        between, qstart = True, cstart
    k = j
    if k < n and not num.vague:
        link = toks[k].low
        is_link = (link in W.RANGE_DASHES and (glued(toks[k - 1], toks[k]) or toks[k].text != "-")) \
            or link in W.RANGE_WORDS or (link == "and" and between)
        if is_link and k + 1 < n:
            c2, c2start = _currency_before(toks, k + 2) if k + 2 < n and toks[k + 1].low in ("$", "€", "£") else (None, k + 1)
            first = c2start if c2 else k + 1
            second = number_at(toks, first + (1 if c2 else 0), (currency or c2) is not None)
            if second is not None and not second.vague and not any(s <= toks[first].start < e for s, e in _masked(text)):
                unit2, j2 = _unit_after(toks, second.end)
                # "two and three billion": the scale is shared; "$200 to $4 million" has its own sign
                # "$89 to $93 billion" too, when the bare first number is below the second's own
                shared = num.scale == 1 and second.scale > 1 and num.value < 1000 and (
                    c2 is None or between or num.value < second.value / second.scale)
                lo = num.value * (second.scale if shared else 1)
                hi = second.value
                clash = (unit or currency) and (unit2 or c2) and (unit or currency) != (unit2 or c2)
                if (lo <= hi or link != "to" or from_) and not clash and not _change_and_level(
                        toks, qstart, link, lo, hi, unit or currency, unit2 or c2, from_ or between):
                    low, high = min(lo, hi), max(lo, hi)
                    unit = unit or unit2 or c2
                    j = j2
                    qualifier = "range"
                    if between:
                        qstart -= 1
    if from_ and qualifier == "exact" and not num.vague:
        far = _far_to(text, toks, j, unit, currency is not None)
        if far is not None:
            second, j, unit2 = far
            low, high = min(num.value, second.value), max(num.value, second.value)
            unit, qualifier = unit or unit2, "range"
    ratio = None if qualifier == "range" or unit is not None or num.vague else _ratio_after(text, toks, j, num.value)
    if ratio is not None:
        j, num = ratio[1], Num(num.value / ratio[0], ratio[1], 1, False, num.digits)
    if qualifier == "exact" and j < n and toks[j].low == "+" and glued(toks[j - 1], toks[j]) \
            and (j + 1 >= n or not toks[j + 1].low[:1].isdigit()):
        qualifier, j = "more_than", j + 1  # "6,000+ arrested"
    start = toks[qstart].start
    end = toks[j - 1].end
    direction = _direction_before(toks, qstart)
    if num.vague and qualifier == "exact":
        qualifier = "at_least"
    elif num.approximate and qualifier == "exact":
        qualifier = "about"
    value: float | None
    if qualifier == "range":
        low, high = _denoise(low), _denoise(high)
        value = (low + high) / 2
    else:
        value = _denoise(num.value)  # "4.1 billion" is 4100000000, not ...99.9999995
        low, high = _bounds(qualifier, value)
    return Quantity(
        value=value, low=low, high=high, qualifier=qualifier, unit=unit,  # type: ignore[arg-type]
        start=start, end=end, text=text[start:end], number_start=tok.start,
        vague=num.vague, direction=direction,
    )


def _far_to(text: str, toks: list[Tok], j: int, unit: str | None, currency: bool) -> tuple[Num, int, str | None] | None:
    """ "from $75 a barrel in October to $45.88", "from 20 miles per gallon in 2008 to 29 mpg": the
    other end of a "from ... to" range a few words on (`number_words.FROM_TO_MAX_GAP`), when those
    words hold no number of their own (a masked time or a year may stand there), no clause break
    and no dash. Returns (the other end, the index after it and its unit, its unit)."""
    n = len(toks)
    masks = _masked(text)
    for k in range(j, min(n, j + W.FROM_TO_MAX_GAP + 1)):
        low = toks[k].low
        if low == "to":
            if k == j or k + 1 >= n:
                return None
            c2, c2start = _currency_before(toks, k + 2) if k + 2 < n and toks[k + 1].low in W.CURRENCY_PREFIXES else (None, k + 1)
            at = c2start + (1 if c2 else 0) if c2 else k + 1
            if at >= n or any(s <= toks[at].start < e for s, e in masks):
                return None
            second = number_at(toks, at, currency or c2 is not None)
            if second is None or second.vague:
                return None
            unit2, end = _unit_after(toks, second.end)
            unit2 = c2 or unit2
            if unit is not None and unit2 is not None and unit != unit2:
                return None
            return second, end, unit2
        if low in W.FROM_TO_STOPS or low in W.RANGE_DASHES or low == "from" or low in W.UP_WORDS or low in W.DOWN_WORDS:
            return None
        if low[0].isdigit() and not any(s <= toks[k].start < e for s, e in masks) and not (
                re.fullmatch(r"\d{4}", low) and W.YEAR_RANGE[0] <= int(low) <= W.YEAR_RANGE[1]):
            return None
        if low == "." and not (k > 0 and len(toks[k - 1].low) == 1 and glued(toks[k - 1], toks[k])):
            return None  # a full stop, not an abbreviation's ("U.S.")
    return None


def _change_and_level(toks: list[Tok], qstart: int, link: str, lo: float, hi: float, unit: str | None,
                      unit2: str | None, bounded: bool) -> bool:
    """ "rose $2 to $75", "increased by $43.6 billion to $419.2 billion", "by 25% to 34,500 tons":
    after a word of change, "X to Y" is the size of the change and the level reached, two
    quantities, when X has a unit of its own that Y lacks, or both have one and Y is far above X
    (`number_words.CHANGE_LEVEL_MIN_RATIO`); "rose 2 to 3 percent" shares its unit and stays a
    range, and so do "from X to Y" and "between" (the figures split a change "from" one level "to"
    another themselves)."""
    if link not in W.RANGE_WORDS or unit is None or bounded:
        return False
    if _direction_before(toks, qstart) is None and not (qstart > 0 and toks[qstart - 1].low == "by"):
        return False  # "cut by 25% to 34,500 tons": "by" and "to" say change and level
    return unit2 is None or (lo > 0 and hi > W.CHANGE_LEVEL_MIN_RATIO * lo)


def _ratio_after(text: str, toks: list[Tok], j: int, first: float) -> tuple[float, int] | None:
    """ "one in five adults", "two out of three voters", "nine in every 10": the second count of a
    ratio right after the first (toks[j] the word after it); returns (that count, the index after
    it), None when no ratio follows. The second count must be larger, and no span or series may
    follow it ("3 in 5 games", "two in three days")."""
    n = len(toks)
    if not first.is_integer() or first <= 0:
        return None
    for link in W.RATIO_LINKS:
        k = j + len(link)
        if k >= n or tuple(t.low for t in toks[j:k]) != link:
            continue
        if any(s <= toks[k].start < e for s, e in _masked(text)):
            return None
        second = number_at(toks, k, False)
        if second is None or second.vague or second.glued_suffix is not None or second.value <= first:
            return None
        if second.digits and second.scale == 1 and _is_year(toks, k, second):
            return None
        if second.end < n and toks[second.end].low in W.RATIO_SPAN_NOUNS:
            return None
        return second.value, second.end
    return None


def _denoise(value: float) -> float:
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def _bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """low/high as measures.md defines them for each qualifier."""
    if qualifier in ("exact", "about"):
        return value, value
    if qualifier in ("at_least", "more_than"):
        return value, None
    return None, value  # almost, at_most, up_to, less_than


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in a short phrase ("about 164", "$2 billion"), or None."""
    found = find_quantities(text)
    return found[0] if found else None
