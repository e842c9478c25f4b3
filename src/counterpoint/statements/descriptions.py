"""Whom a speaker named only by a role stands for: "“…,” the spokeswoman said".

News names a source once in full and then by the role alone. The role noun of a definite
description ("the director", "the committee chairman", "the group") is looked for before the
quote or cue, outside quotations, where the text tied it to a name:
- in an apposition either way: "Dr. Ellen Marsh, the county health director," / "the county
  health director, Dr. Ellen Marsh,";
- as a title before the name: "committee chairman Dale Finch", "Spokesman Josh Earnest";
- as an unnamed source with its affiliation: "a spokeswoman for the Energy Department" (the
  phrase itself is the speaker: the text names nobody more precisely).
A body noun of the generic kind ("the group", "the company") stands for the organization last
named as a clause's subject ("The Civil Liberties Union sued …. “…,” the group said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import Source
from . import lexicon as L
from .quotes import Quote, quote_at


def role_antecedent(doc: Doc, description: Span, before: int, quotes: list[Quote]) -> Source | None:
    """The name (or affiliated phrase) the text last gave the role noun of `description` before
    `before`, within `PRONOUN_REACH` characters. A description that names its body's country
    ("the Chinese government") is specific already: no organization's name stands for it."""
    head = description.root.lemma_.lower()
    skip = (description.start_char, description.end_char)
    specific = any(not t.is_lower and t.i > description.start for t in description if t.is_alpha)
    end = _token_at_or_after(doc, before)
    for tok in reversed(doc[:end]):
        if before - tok.idx > L.PRONOUN_REACH:
            break
        # a role written as a title in front of a name is capitalized ("Spokesman Omar Reyes")
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() != head or skip[0] <= tok.idx < skip[1]:
            continue
        if quote_at(quotes, tok.idx) is not None:
            continue
        span = _within_name(tok, specific) or named_by(tok) or _affiliated(tok)
        if span is not None:
            return _source(span)
    return None


def body_antecedent(doc: Doc, head: str, before: int, quotes: list[Quote]) -> Source | None:
    """ "the group said": the organization last named as the subject of a clause before `before`
    (within `PRONOUN_REACH` characters, outside quotations), for the generic body nouns only."""
    if head not in L.GENERIC_SPEAKER_BODIES:
        return None
    for ent in reversed(doc.ents):
        if ent.end_char > before:
            continue
        if before - ent.end_char > L.PRONOUN_REACH:
            break
        if ent.label_ != "ORG" or quote_at(quotes, ent.start_char) is not None:
            continue
        root = ent.root
        while root.dep_ in ("compound", "appos") and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass"):
            return _source(ent)
    return None


def _token_at_or_after(doc: Doc, k: int) -> int:
    for tok in doc:
        if tok.idx >= k:
            return tok.i
    return len(doc)


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in L.ROLE_NAME_LABELS


def _entity_of(tok: Token) -> Span | None:
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None


def _within_name(tok: Token, specific: bool) -> Span | None:
    """The role word written inside a name: an organization's ("the Interior Ministry" for "the
    ministry", unless the description is `specific`), or a person's title ("High Court Judge Ann
    Lee" for "the judge": the words after it)."""
    ent = _entity_of(tok)
    if ent is None or ent.label_ not in L.ROLE_NAME_LABELS:
        return None
    if ent.label_ == "ORG":
        return None if specific else ent
    rest = tok.doc[tok.i + 1 : ent.end]
    return rest if len(rest) and rest[-1].pos_ == "PROPN" else None


def _name_span(tok: Token) -> Span:
    """The name a token heads: its entity, else the token with its compounds ("Rep. Dale
    Finch"), never its appositions."""
    ent = _entity_of(tok)
    if ent is not None and ent.root.i == tok.i:
        return ent
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, tok.i + 1) \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start : tok.i + 1]


def named_by(tok: Token) -> Span | None:
    """The name a role noun is tied to: its apposition, the name it is an apposition to, or the
    name it stands as a title in front of."""
    for c in tok.children:
        if c.dep_ == "appos" and _is_name(c):
            return _name_span(c)
    # "Dr. Ellen Marsh, the county health director": the role (or a noun it modifies, "the
    # health director of the county") hangs on the name as an apposition
    node = tok
    for _ in range(2):
        if node.dep_ == "appos" and _is_name(node.head):
            return _name_span(node.head)
        if node.dep_ not in ("compound", "amod") or node.head.i == node.i:
            break
        node = node.head
    # "committee chairman Dale Finch", "Spokesman Josh Earnest"
    if tok.dep_ == "compound" and _is_name(tok.head) and tok.head.i > tok.i:
        span = _name_span(tok.head)
        first = next((t for t in span if t.i > tok.i), None)
        return tok.doc[first.i : tok.head.i + 1] if first is not None else None
    return None


def _affiliated(tok: Token) -> Span | None:
    """ "a spokeswoman for the Energy Department" (no name given): the phrase with its
    affiliation, which is all the text says of who spoke."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in L.AFFILIATION_PREPS), None)
    if prep is None:
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in L.ROLE_NAME_LABELS):
        return None
    # "for the Department of Energy", not the apposition or clause after it
    end = max([obj.i] + [c.right_edge.i for c in obj.children if c.i > obj.i and c.dep_ in ("prep", "compound", "pobj")])
    return tok.doc[tok.left_edge.i : end + 1]


def _source(span: Span) -> Source:
    return Source(name=span.text, role="origin", start=span.start_char, end=span.end_char)
