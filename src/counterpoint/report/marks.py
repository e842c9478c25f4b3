"""Marks in a document's text: claim evidence, figures' numbers and entity names, as nested HTML.

Nested marks by character offset do not fit a template's loops, so the body is built here with a
careful escaping builder: every piece of text goes through `markupsafe.escape`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from ..models import Document, Dossier, FigureClaim
from ..wording import fmt_value
from .format import evidence_anchor

if TYPE_CHECKING:
    from .views import Index

# Longest alias searched for in a document body (longer "aliases" are extraction noise).
MAX_ALIAS_CHARS = 80
# Shortest alias marked in text: 1–2 letter aliases would mark fragments of words.
MIN_ALIAS_CHARS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mark:
    start: int
    end: int
    kind: str  # "ev" (a claim's evidence), "ent" (an entity name), "num" (a figure's number)
    figure: bool = False  # evidence of a figure claim (marked stronger than events and statements)
    anchor: str | None = None
    title: str = ""
    children: list[_Mark] | None = None


# A paragraph break: a blank line. Paragraphs are the spans between breaks (found by scanning
# for breaks, not by matching paragraphs: a tempered pattern backtracks ~64 bytes per character).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


# Order of marks starting at the same offset with the same end: outer first.
_KIND_RANK = {"ev": 0, "ent": 1, "num": 2}


def _nest(marks: list[_Mark]) -> list[_Mark]:
    """Arrange marks into a tree; a mark that crosses its parent's end is clipped to it."""
    roots: list[_Mark] = []
    stack: list[_Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end, _KIND_RANK[m.kind])):
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            if m.kind != "ev":  # a clipped name or number would be misleading: drop it
                continue
            m = replace(m, end=stack[-1].end)
        m = replace(m, children=[])
        (stack[-1].children if stack else roots).append(m)  # type: ignore[union-attr]
        stack.append(m)
    return roots


def _render(text: str, start: int, end: int, marks: list[_Mark]) -> Markup:
    parts: list[Markup] = []
    pos = start
    for m in marks:
        if m.start > pos:
            parts.append(_text(text[pos : m.start]))
        inner = _render(text, m.start, m.end, m.children or [])
        title = Markup(' title="{}"').format(m.title) if m.title else Markup("")
        if m.kind == "ev":
            ident = Markup(' id="{}"').format(m.anchor) if m.anchor else Markup("")
            cls = "ev fig" if m.figure else "ev"
            parts.append(Markup('<mark class="{}"{}{}>{}</mark>').format(cls, ident, title, inner))
        elif m.kind == "ent":
            parts.append(Markup('<span class="ent"{}>{}</span>').format(title, inner))
        else:
            parts.append(Markup('<strong class="num"{}>{}</strong>').format(title, inner))
        pos = m.end
    if pos < end:
        parts.append(_text(text[pos:end]))
    return Markup("").join(parts)


def _text(s: str) -> Markup:
    """Escaped text with single line breaks kept."""
    return Markup("<br>").join(escape(line) for line in s.split("\n"))


def _number_pattern(x: float) -> re.Pattern[str] | None:
    """The written forms of a figure's value: 7939 matches "7,939", "7 939" and "7939"."""
    if not float(x).is_integer() or x < 0:
        return None
    digits = str(int(x))
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return re.compile(r"(?<![\d.,])" + r"[,\s\u00a0\u202f]?".join(groups) + r"(?![\d])")


def document_body(doc: Document, d: Dossier, ix: Index) -> Markup:
    """The document's cleaned text, paragraphs kept, with evidence, figures and names marked."""
    text = doc.text or ""
    n = len(text)
    marks: list[_Mark] = []
    seen: set[tuple[int, int]] = set()
    for c in d.claims:
        ev = c.evidence
        if ev.document != doc.id or not (0 <= ev.start < ev.end <= n):
            continue
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            label = f"{c.measure} {fmt_value(c.value, c.low, c.high, c.qualifier)}" if isinstance(
                c, FigureClaim) else c.kind
            marks.append(_Mark(start=ev.start, end=ev.end, kind="ev", figure=isinstance(c, FigureClaim),
                               anchor=evidence_anchor(doc.id, ev.start, ev.end), title=label))
        elif isinstance(c, FigureClaim):  # the same sentence also states a figure: mark it as one
            marks = [replace(m, figure=True) if (m.kind, m.start, m.end) == ("ev", ev.start, ev.end) else m
                     for m in marks]
        if isinstance(c, FigureClaim) and c.value is not None:
            pat = _number_pattern(c.value)
            hit = pat.search(text, ev.start, ev.end) if pat else None
            if hit:
                marks.append(_Mark(start=hit.start(), end=hit.end(), kind="num",
                                   title=f"{c.measure}: {fmt_value(c.value, c.low, c.high, c.qualifier)}"))
    for e in d.entities:
        if doc.id not in e.documents:
            continue
        for alias in {e.name, *e.aliases}:
            if not (MIN_ALIAS_CHARS <= len(alias) <= MAX_ALIAS_CHARS):
                continue
            for hit in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                marks.append(_Mark(start=hit.start(), end=hit.end(), kind="ent", title=f"{e.name} ({e.type})"))
    marks = _dedupe_names(marks)
    paras = []
    for a, b in _paragraph_spans(text):
        g = text[a:b]
        if not g or g.isspace():
            continue
        p0, p1 = a + len(g) - len(g.lstrip()), b - len(g) + len(g.rstrip())
        inside = [_clip(m, p0, p1) for m in marks if m.start < p1 and m.end > p0]
        paras.append(Markup("<p>{}</p>").format(_render(text, p0, p1, _nest([m for m in inside if m]))))
    return Markup("").join(paras)


def _clip(m: _Mark, p0: int, p1: int) -> _Mark | None:
    """A mark cut to one paragraph; its anchor stays with the piece where it starts."""
    if p0 <= m.start and m.end <= p1:
        return m
    if m.kind != "ev":
        return None
    return replace(m, start=max(m.start, p0), end=min(m.end, p1), anchor=m.anchor if m.start >= p0 else None)


def _dedupe_names(marks: list[_Mark]) -> list[_Mark]:
    """Keep the longest of overlapping entity marks (e.g. "Almaty" inside "Almaty airport")."""
    names = sorted((m for m in marks if m.kind == "ent"), key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mark] = []
    last_end = -1
    for m in names:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return [m for m in marks if m.kind != "ent"] + kept
