"""Reading one number at a token: digits with separators, number words with their scales
("two hundred thousand", "1.5 million"), fractions ("a quarter of a million", "2½") and vague
counts ("dozens"), over the tokens of `tokens(text)`. `numbers.find_quantities` decides what
around a number makes it a quantity (qualifier, currency, unit, masks); this module only reads
the number itself. Hand-written for the reason `numbers` gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import number_words as W


@dataclass(frozen=True, slots=True)
class Tok:
    """A word, a run of digits or a sign, with its offsets in the text."""

    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Num:
    """A number read at a token, and how it was written."""

    value: float
    end: int  # index of the token after the number
    scale: int  # the scale word applied (1 when none)
    vague: bool
    digits: bool
    glued_suffix: str | None = None  # letters glued to the digits ("22nd", "5am", "1990s")
    approximate: bool = False  # a round form ("a dozen", "a quarter of a million"): about, not exact


_TOKEN_RE = re.compile(r"(?<![\w.])\.\d+|\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]", re.UNICODE)


_GROUPED_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


_PLAIN_RE = re.compile(r"^\d*(?:\.\d+)?$")


WORD_NUMBERS = {**W.UNIT_WORDS, **W.TENS_WORDS}


def tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _digits_value(s: str) -> float | None:
    if _GROUPED_RE.match(s):
        return float(s.replace(",", ""))
    if _PLAIN_RE.match(s):
        return float(s)
    return None


def glued(a: Tok, b: Tok) -> bool:
    return a.end == b.start


def _scale_after(toks: list[Tok], j: int) -> tuple[int, int]:
    """Multiply by following scale words ("hundred thousand"); returns (scale, next index)."""
    scale = 1
    while j < len(toks) and toks[j].low in W.SCALE_WORDS:
        scale *= W.SCALE_WORDS[toks[j].low]
        j += 1
    return scale, j


def _words_number(toks: list[Tok], i: int) -> Num | None:
    """Number words from toks[i]: "two hundred and fifty thousand", "a hundred", "twenty-five"."""
    n = len(toks)
    j = i
    if toks[i].low in ("a", "an"):
        if i + 1 < n and toks[i + 1].low in W.SCALE_WORDS:
            scale, j = _scale_after(toks, i + 1)
            total, current, last_scale = 0, scale, scale
        else:
            return None
    else:
        total, current, last_scale = 0, 0, 1
    seen = j > i
    while j < n:
        low = toks[j].low
        if low in WORD_NUMBERS:
            v = WORD_NUMBERS[low]
            if seen and current % 100 != 0 and current != 0 and not (current >= 20 and v < 10):
                break  # "two three" is two numbers
            current += v
            j += 1
            seen = True
            # "twenty-five"
            if (v >= 20 and j + 1 < n and toks[j].low == "-" and toks[j + 1].low in W.UNIT_WORDS
                    and glued(toks[j - 1], toks[j])):
                current += W.UNIT_WORDS[toks[j + 1].low]
                j += 2
        elif (low in W.SCALE_JOINERS and seen and j + 1 < n and toks[j + 1].low in W.SCALE_WORDS
              and glued(toks[j - 1], toks[j]) and glued(toks[j], toks[j + 1])):
            j += 1  # "two-hundred", "five-thousand": the house style joins the scale with a dash
        elif low in W.SCALE_WORDS and seen:
            s = W.SCALE_WORDS[low]
            if s == 100:
                current = (current or 1) * 100
            elif s == 12:
                current = (current or 1) * 12
            else:
                total += (current or 1) * s
                current = 0
            last_scale = s
            j += 1
        elif (low == "and" and seen and last_scale >= 100 and j + 1 < n
              and toks[j + 1].low in WORD_NUMBERS):
            j += 1  # "two hundred and fifty"
        else:
            break
    if not seen:
        return None
    return Num(float(total + current), j, last_scale if last_scale > 1 else 1, False, False,
                approximate=last_scale in W.APPROXIMATE_SCALES)


def number_at(toks: list[Tok], i: int, currency: bool) -> Num | None:
    tok = toks[i]
    n = len(toks)
    if tok.low[0].isdigit() or tok.low[0] == ".":
        v = _digits_value(tok.text)
        if v is None:
            return None
        j = i + 1
        suffix = None
        if j < n and glued(tok, toks[j]) and toks[j].low in W.VULGAR_FRACTIONS and v.is_integer():
            return Num(v + W.VULGAR_FRACTIONS[toks[j].low], j + 1, 1, False, True)  # "2½ years"
        if (mixed := _mixed_fraction(toks, j, v)) is not None:
            return mixed  # "10 1/2 miles"
        if j < n and glued(tok, toks[j]) and toks[j].low.isalpha():
            suffix = toks[j].low
            mult = W.SCALE_SUFFIXES.get(suffix)
            if mult and (currency or suffix not in ("m", "b")):
                return Num(v * mult, j + 1, mult, False, True)
            mult = W.UPPER_SCALE_SUFFIXES.get(toks[j].text)
            if mult:
                return Num(v * mult, j + 1, mult, False, True)
            if j + 1 < n and glued(toks[j], toks[j + 1]) and (
                    toks[j + 1].low[0].isdigit() or (toks[j + 1].low == "." and j + 2 < n and glued(toks[j + 1], toks[j + 2]))):
                return None  # a code such as a postcode "9AB8", or a domain "6abc.com"
        # a fraction "1/16", "1⁄32"
        if (j + 1 < n and toks[j].low in ("/", "\u2044") and glued(tok, toks[j]) and glued(toks[j], toks[j + 1])
                and toks[j + 1].low.isdigit()):
            den = float(toks[j + 1].low)
            if den > v > 0:
                return Num(v / den, j + 2, 1, False, True)
        if (j + 1 < n and toks[j].low in W.SCALE_JOINERS and glued(tok, toks[j]) and glued(toks[j], toks[j + 1])
                and toks[j + 1].low in W.SCALE_WORDS):
            j += 1  # "150-thousand", "1.5-million": a dash between the digits and their scale
        scale, j2 = _scale_after(toks, j)
        if scale > 1:
            rest = _digits_value(toks[j2].text) if j2 < n and toks[j2].low.isdigit() else None
            if rest is not None and scale >= 1000 and v.is_integer() and rest < scale:
                return Num(v * scale + rest, j2 + 1, 1, False, True)  # "12 thousand 873" (Turkish style)
            return Num(v * scale, j2, scale, False, True, approximate=scale in W.APPROXIMATE_SCALES)
        return Num(v, j, 1, False, True, suffix)
    if tok.low in W.VULGAR_FRACTIONS:
        return Num(W.VULGAR_FRACTIONS[tok.low], i + 1, 1, False, True)  # "½ teaspoon"
    vague = _vague_at(toks, i)
    if vague is not None:
        return vague
    frac = _fraction_at(toks, i)
    if frac is not None:
        return frac
    if tok.low in WORD_NUMBERS or tok.low in ("a", "an"):
        return _words_number(toks, i)
    return None


def _of_a_scale(toks: list[Tok], k: int, fraction: float, direct: bool = False) -> Num | None:
    """ "a quarter of a million", "three-quarters of a million": toks[k] is the word after a
    fraction; when "of a"/"of an" and a scale follow, the fraction is of that scale, a round
    estimate. With `direct`, a scale right after counts too ("a quarter million", "half million")."""
    if k + 2 < len(toks) and toks[k].low == "of" and toks[k + 1].low in ("a", "an") and toks[k + 2].low in W.SCALE_WORDS:
        scale, j = _scale_after(toks, k + 2)
        return Num(fraction * scale, j, scale, False, False, approximate=True)
    if direct and k < len(toks) and toks[k].low in W.SCALE_WORDS and W.SCALE_WORDS[toks[k].low] >= 100:
        scale, j = _scale_after(toks, k)
        return Num(fraction * scale, j, scale, False, False, approximate=True)
    return None


def _mixed_fraction(toks: list[Tok], j: int, whole: float) -> Num | None:
    """ "10 1/2 miles", "7 3/4 %": a whole number, a space, then a proper fraction glued together."""
    n = len(toks)
    if not (whole.is_integer() and j + 2 < n and toks[j].low.isdigit() and not glued(toks[j - 1], toks[j])
            and toks[j + 1].low in ("/", "\u2044") and glued(toks[j], toks[j + 1]) and glued(toks[j + 1], toks[j + 2])
            and toks[j + 2].low.isdigit()):
        return None
    num, den = float(toks[j].low), float(toks[j + 2].low)
    if not 0 < num < den <= W.MIXED_FRACTION_MAX_DENOMINATOR:
        return None
    if j + 3 < n and toks[j + 3].low in ("/", "-", ".") and glued(toks[j + 2], toks[j + 3]):
        return None  # "3 1/2/2020": a date
    return Num(whole + num / den, j + 3, 1, False, True)


def _fraction_at(toks: list[Tok], i: int) -> Num | None:
    """ "two-thirds", "a third of", "one half", "half of"; "a quarter of a million" is 250,000."""
    n = len(toks)
    low = toks[i].low
    if low in W.FRACTION_WORDS and (scaled := _of_a_scale(toks, i + 1, W.FRACTION_WORDS[low], low == "half")) is not None:
        return scaled
    if low in ("a", "an", "one") and i + 1 < n and toks[i + 1].low in W.FRACTION_WORDS and (
            scaled := _of_a_scale(toks, i + 2, W.FRACTION_WORDS[toks[i + 1].low], True)) is not None:
        return scaled
    if (low in W.UNIT_WORDS and i + 2 < n and toks[i + 1].low == "-" and glued(toks[i], toks[i + 1])
            and toks[i + 2].low in W.FRACTION_WORDS and _fraction_agrees(low, toks[i + 2].low)
            and (scaled := _of_a_scale(toks, i + 3, W.UNIT_WORDS[low] * W.FRACTION_WORDS[toks[i + 2].low])) is not None):
        return scaled
    if low in W.FRACTION_WORDS and i + 1 < n and toks[i + 1].low == "of":
        if i > 0 and toks[i - 1].low in W.PART_OF_WHOLE_BEFORE:
            return None
        return Num(W.FRACTION_WORDS[low], i + 1, 1, False, False)
    if low in W.FRACTION_WORDS and i + 2 < n and toks[i + 1].low in ("a", "an") and toks[i + 2].low in W.SCALE_WORDS:
        scale, j = _scale_after(toks, i + 2)
        return Num(W.FRACTION_WORDS[low] * scale, j, scale, False, False)  # "half a million"
    if low in ("a", "an", "one") and i + 2 < n and toks[i + 1].low in W.FRACTION_WORDS and toks[i + 2].low == "of":
        return Num(W.FRACTION_WORDS[toks[i + 1].low], i + 2, 1, False, False)
    if (low in W.UNIT_WORDS and i + 2 < n and toks[i + 1].low == "-" and glued(toks[i], toks[i + 1])
            and toks[i + 2].low in W.FRACTION_WORDS and _fraction_agrees(low, toks[i + 2].low)):
        return Num(W.UNIT_WORDS[low] * W.FRACTION_WORDS[toks[i + 2].low], i + 3, 1, False, False)
    return None


def _fraction_agrees(count: str, fraction: str) -> bool:
    """ "two-thirds", "one-third", "one-half": a fraction word written after a count agrees with it
    (plural after more than one); "five-third" is no fraction."""
    return fraction.endswith("s") or count == "one" or fraction == "half"


def _vague_at(toks: list[Tok], i: int) -> Num | None:
    for phrase, base in W.VAGUE_PHRASES.items():
        k = len(phrase)
        if tuple(t.low for t in toks[i:i + k]) == phrase:
            return Num(float(base), i + k, base, True, False)
    low = toks[i].low
    if low in W.VAGUE_MODIFIERS and i + 1 < len(toks) and toks[i + 1].low in W.SCALE_WORDS:
        scale, j = _scale_after(toks, i + 1)
        return Num(float(scale), j, scale, True, False)
    if (low == "tens" and i + 2 < len(toks) and toks[i + 1].low == "of"
            and toks[i + 2].low.isalpha()):
        return Num(float(W.VAGUE_TENS), i + 1, W.VAGUE_TENS, True, False)
    return None
