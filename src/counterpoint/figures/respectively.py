"""Counts given place by place with "respectively": "the toll in Arquata and Accumoli remained at 49
and 11, respectively", "Beira and Dondo reported 120 and 40 deaths respectively". The k-th of the
listed numbers is the count of the k-th of the listed places; read alone each would take no place
(or the first one's) and join the count of everywhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from .figure import Figure
from .places import PLACE_LABELS

# After the last number of a list: the word that pairs the list with an earlier one.
RESPECTIVELY_AFTER_RE = re.compile(r"^[\s,]*(?:\w+[\s,]+){0,3}?respectively\b", re.I)
# Between two numbers of one list: a comma, "and", or both.
LIST_GAP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$", re.I)
# Entity labels a listed name may carry besides a place's: NER often tags small towns as
# organizations or people ("Arquato del Tronto").
NAME_LABELS: frozenset[str] = PLACE_LABELS | {"ORG", "PERSON", ""}


def respective_places(sent: Span, quantities: list[Quantity], figures: list[Figure]) -> list[Figure]:
    """`figures` with each number of a "respectively" list placed at its own listed place; a
    listed number the parse left unread counts what the list's read ones count."""
    text = sent.text
    out = list(figures)
    for pos, q in enumerate(quantities):
        if not RESPECTIVELY_AFTER_RE.match(text[q.end:]):
            continue
        run = [q]
        for prev in reversed(quantities[:pos]):
            if not LIST_GAP_RE.match(text[prev.end:run[0].start]):
                break
            run.insert(0, prev)
        read = {f.quantity.start: f for f in out if any(f.quantity.start == r.start for r in run)}
        if len(run) < 2 or not read or len({f.measure for f in read.values()}) != 1:
            continue
        names = _listed_names(sent, run[0].start, len(run))
        if names is None:
            continue
        model = next(iter(read.values()))
        for r, name in zip(run, names, strict=True):
            f = read.get(r.start)
            if f is None:
                out.append(replace(model, quantity=r, place_name=name, part=False, whole_at=None, older=False,
                                   older_at=(), update_cue=None))
            else:
                out[out.index(f)] = replace(f, place_name=name)
    return sorted(out, key=lambda f: f.quantity.start)


def _listed_names(sent: Span, before: int, n: int) -> list[str] | None:
    """The last list of exactly `n` coordinated proper names before character `before` of the
    sentence ("in Arquata and Accumoli"), each as written; None when there is none."""
    found: list[str] | None = None
    for tok in sent:
        if tok.idx - sent.start_char >= before:
            break
        if tok.dep_ == "conj" or not _is_name(tok):
            continue
        chain = [tok, *tok.conjuncts]
        if len(chain) == n and all(_is_name(t) and t.idx - sent.start_char < before for t in chain):
            found = [_name(t) for t in sorted(chain, key=lambda t: t.i)]
    return found


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in NAME_LABELS


def _name(tok: Token) -> str:
    """The whole name a token ends: its entity, else the run of proper nouns compounded onto it."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return ent.text
    start = tok.i
    while start - 1 >= tok.sent.start and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1].text
