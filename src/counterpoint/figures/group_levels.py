"""A group of the counted named first, its number given after a word of level: "the majority of
those killed were women, at 98", "with women numbering 98", "foreigners accounted for 26 of the
dead", "children made up 12". The number counts that group, a part of the count the sentence
(or the document) gives for everyone; read alone it would sit in the whole's slot as a rival toll.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from . import cues as K
from . import graph_cues as G
from . import parts as P
from . import subjects as S
from .figure import PEOPLE_UNIT, Figure

# Right before a number: a noun, then a word that gives its level ("women at 98", "women, at 98",
# "with children numbering 12", "foreigners accounted for 26", "Britons made up 10", "men totalled
# 56"). The noun is checked against the person vocabulary by `group_level_part`.
GROUP_LEVEL_BEFORE_RE = re.compile(
    r"\b(?P<noun>[^\W\d_][\w'-]*)\s*,?\s+(?:were\s+|was\s+)?(?:at|numbering|numbered|number|totall?ing|totall?ed|"
    r"accounting\s+for|accounted\s+for|account\s+for|accounts\s+for|making\s+up|made\s+up|make\s+up|makes\s+up|"
    r"comprising|comprised)\s*$",
    re.I)


def group_level_part(sent: Span, q: Quantity, own: Figure | None, found: list[Figure]) -> Figure | None:
    """The figure of a number whose group is named before it with a word of level (see the module
    docstring), as a part of its measure's whole; None when the words say no such thing. The
    measure is the number's own, else that of the figure before it in the sentence, else that of
    a group the sentence picks from ("of those killed")."""
    if q.unit is not None or q.value is None:
        return None
    text = sent.text
    m = GROUP_LEVEL_BEFORE_RE.search(text[max(0, q.start - G.CONTEXT_CHARS):q.start])
    if m is None:
        return None
    noun = _token_at(sent, max(0, q.start - G.CONTEXT_CHARS) + m.start("noun"))
    subject = _group_subject(noun) if noun is not None else None
    if subject is None or not P.counts_people(sent, q):
        return None
    whole = next((f for f in reversed(found) if not (f.part or f.older or f.background)), None)
    measure = own.measure if own is not None else (whole.measure if whole is not None else _picked_measure(text))
    if measure is None or measure not in K.PEOPLE_MEASURES or measure not in G.PART_MEASURES:
        return None
    if whole is not None and (whole.measure != measure or whole.quantity.value is None or whole.quantity.value <= q.value):
        whole = None
    return Figure(quantity=q, measure=measure, subject=subject, unit=PEOPLE_UNIT,
                  place_name=own.place_name if own is not None else None, part=True,
                  whole_at=whole.quantity.start if whole is not None else None)


def _token_at(sent: Span, at: int) -> Token | None:
    return next((t for t in sent if t.idx - sent.start_char == at), None)


def _group_subject(noun: Token) -> str | None:
    """The subject a group noun names when it singles out some of the counted ("women",
    "children", "Australians"); None for people in general ("people", "victims") or no person."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if S.classify(lemma, noun.ent_type_) == "person" and lemma in S.PERSON_SUBJECTS:
        subject = S.person_subject(lemma, tuple(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")))
        return subject if subject != "person" else None
    country = S.demonym_country(noun.text)
    if noun.text[:1].isupper() and country is not None and country != noun.text.lower():
        return S.national_subject(noun.text)  # "Australians at 88": one nation's people
    return None


def _picked_measure(text: str) -> str | None:
    """The measure of a group the sentence picks numbers from ("the majority of those killed")."""
    m = P.GROUP_PART_RE.search(text)
    return P.group_measure(m.group(0)) if m is not None else None
