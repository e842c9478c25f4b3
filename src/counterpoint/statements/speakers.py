"""Speakers: the role a text gives them, and their origin class for an outlet's sourcing."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..text.attribution import Attribution
from . import lexicon as L


@cache
def _role_re() -> re.Pattern[str]:
    phrases = sorted(L.ROLE_PHRASES, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def role_in(name: str) -> str | None:
    """The role word a source phrase carries: "Kazakh President Tokayev" -> "president"."""
    m = _role_re().search(name)
    return m.group(1).lower() if m else None


def role_of(doc: Doc, att: Attribution) -> str | None:
    """The role in the source as written, else in an apposition to it ("Ablyazov, the opposition
    leader, said"), else in the resolved name."""
    if att.written is not None:
        role = role_in(att.written.name)
        if role:
            return role
        if att.written.start is not None:
            span = doc.char_span(att.written.start, att.written.end, alignment_mode="expand")
            if span is not None:
                for child in span.root.children:
                    if child.dep_ == "appos":
                        role = role_in(doc[child.left_edge.i : child.right_edge.i + 1].text)
                        if role:
                            return role
    return role_in(att.chain[0].name) if att.chain else None


@cache
def _class_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for cls, words in L.ORIGIN_CLASSES:
        alts = "|".join(re.escape(w.strip()) + r"\b" for w in words)
        out.append((cls, re.compile(r"\b(?:" + alts + ")", re.IGNORECASE)))
    return tuple(out)


def origin_class(name: str | None, role: str | None = None) -> str:
    """officials / state media / opposition / rights groups / witnesses / unnamed / other."""
    probe = " ".join(x for x in (name, role) if x)
    if not probe:
        return "unnamed"
    for cls, rx in _class_res():
        if rx.search(probe):
            return cls
    return L.OTHER_ORIGIN
