"""Each outlet's framing: the labels it uses for actors and the event (own voice vs inside
quotation marks), the share of its attributed claims by origin class, and its stance on each
proposition. Pure text and records: runs at the corpus stage without spaCy.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from ..models import Claim, Document, FigureClaim, OutletProfile, Proposition, StatementClaim
from . import lexicon as L
from .quotes import find_quotes, quote_at
from .speakers import figure_origin_class, origin_class


@cache
def _label_re() -> re.Pattern[str]:
    words = sorted({w for ws in L.LABELS.values() for w in ws}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def _label_class() -> dict[str, str]:
    return {w: cls for cls, ws in L.LABELS.items() for w in ws}


def labels(text: str) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """(own voice, quoted) label counts: class -> label -> count. A label right after
    "so-called" counts as quoted: the outlet keeps its distance from it."""
    quotes = find_quotes(text)
    own: dict[str, Counter[str]] = defaultdict(Counter)
    quoted: dict[str, Counter[str]] = defaultdict(Counter)
    for m in _label_re().finditer(text):
        label = m.group(1).lower()
        cls = _label_class()[label]
        before = text[max(0, m.start() - 12) : m.start()].lower()
        distanced = any(before.rstrip().endswith(w) for w in L.DISTANCE_WORDS)
        (quoted if distanced or quote_at(quotes, m.start()) is not None else own)[cls][label] += 1
    return own, quoted


def _origin(c: Claim) -> str | None:
    if isinstance(c, StatementClaim):
        return c.origin_class or origin_class(c.speaker_name, c.speaker_role)
    if isinstance(c, FigureClaim):
        return c.origin_class or figure_origin_class(c.sources, c.evidence.text)
    return None


def _sorted(d: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
    return {cls: dict(c.most_common()) for cls, c in sorted(d.items())}


def with_framing(
    outlets: Sequence[OutletProfile],
    documents: Sequence[Document],
    claims: Sequence[Claim],
    propositions: Sequence[Proposition],
) -> tuple[OutletProfile, ...]:
    """The outlet profiles with `framing` filled: labels, quoted_labels, sourcing, stances and
    the statement behind each stance (stance_evidence)."""
    docs = {d.id: d for d in documents}
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.document].append(c)
    out = []
    for o in outlets:
        own: dict[str, Counter[str]] = defaultdict(Counter)
        quoted: dict[str, Counter[str]] = defaultdict(Counter)
        origins: Counter[str] = Counter()
        for d in o.documents:
            doc = docs.get(d)
            if doc is None or not doc.text:
                continue
            o_own, o_quoted = labels(doc.text)
            for cls, c in o_own.items():
                own[cls].update(c)
            for cls, c in o_quoted.items():
                quoted[cls].update(c)
            for c in by_doc.get(d, ()):
                cls = _origin(c)
                if cls is not None:
                    origins[cls] += 1
        total = sum(origins.values())
        stances = {p.id: p.stances[o.name] for p in propositions if o.name in p.stances}
        evidence = {p.id: p.evidence[o.name] for p in propositions if o.name in p.evidence}
        framing: dict[str, Any] = {
            "labels": _sorted(own),
            "quoted_labels": _sorted(quoted),
            "sourcing": {k: round(v / total, 3) for k, v in origins.most_common()} if total else {},
            "stances": stances,
            "stance_evidence": evidence,
        }
        out.append(dataclasses.replace(o, framing=framing))
    return tuple(out)


def stamp_propositions(claims: Sequence[Claim], propositions: Sequence[Proposition]) -> tuple[Claim, ...]:
    """Statement claims with `proposition` set to the proposition they make."""
    of = {cid: p.id for p in propositions for cid in p.statements}
    return tuple(dataclasses.replace(c, proposition=of[c.id]) if isinstance(c, StatementClaim) and c.id in of else c
                 for c in claims)
