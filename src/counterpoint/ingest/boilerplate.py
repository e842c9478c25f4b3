"""Remove page furniture from article text, line by line, never touching article sentences.

Works the same on plain text and on text trafilatura extracted from HTML (which still
carries share prompts and comment forms on many sites). The rules themselves are data in
`boilerplate_rules`; this module only applies them. Removed lines are returned too, so a
caller (or a test) can see exactly what went.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from . import boilerplate_rules as rules


@dataclass(frozen=True, slots=True, kw_only=True)
class Cleaned:
    text: str
    removed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Compiled:
    line: re.Pattern[str]
    related: re.Pattern[str]
    bio: re.Pattern[str]


@cache
def _compiled() -> _Compiled:
    return _Compiled(
        line=re.compile("(?:" + "|".join(f"(?:{p})" for p in rules.LINE_PATTERNS) + ")", re.IGNORECASE),
        related=re.compile("(?:" + "|".join(f"(?:{p})" for p in rules.RELATED_HEADINGS) + ")", re.IGNORECASE),
        bio=re.compile(rules.AUTHOR_BIO),
    )


def is_boilerplate_line(line: str) -> bool:
    """True when the whole (stripped) line is known page furniture."""
    line = line.strip()
    if not line or len(line) > rules.MAX_BOILERPLATE_LINE_CHARS:
        return False
    c = _compiled()
    return c.line.fullmatch(line) is not None or c.related.fullmatch(line) is not None


def strip_boilerplate(text: str) -> Cleaned:
    """Drop furniture lines from normalized text (lines split on "\\n")."""
    lines = text.split("\n")
    drop = [False] * len(lines)
    c = _compiled()
    in_related = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        short = len(line) <= rules.MAX_BOILERPLATE_LINE_CHARS
        if short and c.related.fullmatch(line):
            drop[i] = True
            in_related = True
            continue
        if short and c.line.fullmatch(line):
            drop[i] = True
            continue
        if in_related and len(line) <= rules.RELATED_ITEM_MAX_CHARS and not line.endswith(rules.SENTENCE_END):
            drop[i] = True  # a headline in a related-articles list
            continue
        in_related = False
    _mark_author_bio(lines, drop, c.bio)
    _mark_other_script_tail(lines, drop)
    kept = [ln for ln, d in zip(lines, drop, strict=False) if not d]
    removed = tuple(ln.strip() for ln, d in zip(lines, drop, strict=False) if d)
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return Cleaned(text=out, removed=removed)


def _tail_indices(lines: list[str], drop: list[bool], n: int) -> list[int]:
    """Indices of the last `n` non-blank lines still kept, last first."""
    out: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip() and not drop[i]:
            out.append(i)
            if len(out) == n:
                break
    return out


def _mark_author_bio(lines: list[str], drop: list[bool], bio: re.Pattern[str]) -> None:
    tail = _tail_indices(lines, drop, rules.AUTHOR_BIO_TAIL_LINES)
    for pos, i in enumerate(tail):
        m = bio.fullmatch(lines[i].strip())
        if not m:
            continue
        drop[i] = True
        if pos + 1 < len(tail):
            j = tail[pos + 1]
            if lines[j].strip() == m.group("name"):
                drop[j] = True  # the author's name on its own line above the blurb
        return


@cache
def _script_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One character-class regex per script, so letters are counted in C, not per char."""
    ranges: dict[str, list[str]] = {}
    for first, last, name in rules.SCRIPT_RANGES:
        ranges.setdefault(name, []).append(f"\\u{first:04x}-\\u{last:04x}")
    return tuple((name, re.compile("(?:(?=\\w)(?!\\d)(?!_)[" + "".join(parts) + "])")) for name, parts in ranges.items())


_ASCII_LETTERS = re.compile(r"[A-Za-z]")
# How much text decides the article's main script (a paragraph or two is plenty).
MAIN_SCRIPT_SAMPLE_CHARS = 1500
# A sample at least this ASCII is Latin-script without counting letter by letter.
ASCII_LATIN_SHARE = 0.8


def _script_counts(text: str) -> Counter[str]:
    if text.isascii():  # fast path: most news text
        n = len(_ASCII_LETTERS.findall(text))
        return Counter({"Latin": n}) if n else Counter()
    counts: Counter[str] = Counter()
    for name, pat in _script_patterns():
        n = len(pat.findall(text))
        if n:
            counts[name] += n
    return counts


def _line_script(line: str) -> tuple[str | None, int]:
    if len(line.encode("ascii", "ignore")) >= ASCII_LATIN_SHARE * len(line):
        n = len(_ASCII_LETTERS.findall(line))  # mostly ASCII: Latin, without a per-script scan
        return ("Latin", n) if n else (None, 0)
    counts = _script_counts(line)
    if not counts:
        return None, 0
    script, _ = counts.most_common(1)[0]
    return script, sum(counts.values())


def _mark_other_script_tail(lines: list[str], drop: list[bool]) -> None:
    """Drop a short block of trailing lines written in another script than the article."""
    tail = _tail_indices(lines, drop, rules.OTHER_SCRIPT_TAIL_MAX_LINES + 1)
    if len(tail) < 2:
        return
    last_script, _ = _line_script(lines[tail[0]])
    if last_script is None:
        return
    head = "\n".join(ln for ln, d in zip(lines, drop, strict=False) if not d)[:MAIN_SCRIPT_SAMPLE_CHARS]
    if head and len(head.encode("ascii", "ignore")) >= ASCII_LATIN_SHARE * len(head):
        main = "Latin"
    else:
        main_counts = _script_counts(head)
        if not main_counts:
            return
        main, _ = main_counts.most_common(1)[0]
    if last_script == main:
        return
    block: list[int] = []
    letters = 0
    for i in tail:
        script, n = _line_script(lines[i])
        if script == main:
            break
        block.append(i)
        letters += n
    else:
        return  # the whole tail is foreign: not a trailing form, leave it
    body_letters = sum(_script_counts(ln)[main] for ln, d in zip(lines, drop, strict=False) if not d)
    if letters <= rules.OTHER_SCRIPT_TAIL_MAX_SHARE * body_letters:
        for i in block:
            drop[i] = True
