"""Who a pronoun, a bare description or a possessed body stands for, as a source.

"He also said" is the last speaker named before that fits; "the agency said" is the named
agency that spoke last; "her office said" is the office of the person named before. Used by
`counterpoint.text.attribution` when it builds a chain. Vocabulary in `attribution_cues`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..models import Source
from . import attribution_cues as C
from .attribution_names import _name_tokens, _source, _speaks
from .dates import _in_caption


def _resolve(tok: Token, offset: int) -> Source | None:
    """A pronoun source -> the last speaker named before it that fits ("Firoz Kabir told ... He
    also said"), else the nearest entity of a fitting label named before it in the Doc."""
    labels = C.PRONOUN_LABELS.get(tok.lower_)
    if labels is None:
        return None
    named = _quote_speaker(tok) if tok.lower_ in C.FIRST_PERSON else None
    named = named or _latest_named_before(tok, lambda h: _fits(h, labels))
    if named is not None:
        return _source(named, "origin", offset)
    for ent in reversed(tok.doc.ents):
        if ent.end_char <= tok.idx and ent.label_ in labels and not _in_caption(tok.doc.text, ent.start_char):
            # (a photo credit, "Photo By: AFP", names who took a picture, never who said anything)
            return Source(name=ent.text, role="origin", start=ent.start_char + offset, end=ent.end_char + offset)
    return None


def _latest_named_before(anchor: Token, accept: Callable[[Token], bool]) -> Token | None:
    """The named subject of the latest speech cue before `anchor` (by where the subject is
    written) that `accept` takes, in `anchor`'s sentence or up to a few before it (a pronoun or a
    bare "the agency" stands for someone named shortly before, never for a name far above)."""
    sent = anchor.sent
    for _ in range(C.PRONOUN_SPEAKER_WINDOW):
        best: Token | None = None
        for t in sent:
            if t.i >= anchor.i:
                break
            named = _named_holder(t)
            if named is not None and named.i < anchor.i and accept(named) and (best is None or named.i > best.i):
                best = named
        if best is not None:
            return best
        prev = _previous_sentence(sent)
        if prev is None:
            return None
        sent = prev
    return None


def _previous_sentence(sent: Span) -> Span | None:
    """The sentence before `sent`, skipping whitespace-only tokens (blank lines between
    paragraphs); None at the start of the Doc."""
    doc = sent.doc
    k = sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k].sent if k >= 0 else None


def _quote_speaker(tok: Token) -> Token | None:
    """ "I"/"we" inside a quote: the named speaker of that quote in the same sentence."""
    for t in tok.sent:
        holder = _named_holder(t) if t.i != tok.head.i else None
        if holder is not None and holder.i != tok.i:
            return holder
    return None


def _named_holder(t: Token) -> Token | None:
    """The written subject of a speech cue at `t` ("X said", "according to X"), unresolved."""
    if t.lower_ == "according":
        for p in t.children:
            if p.lower_ == "to":
                return next((g for g in p.children if g.dep_ == "pobj" and g.pos_ != "PRON"), None)
        return None
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in C.SPEECH_VERBS:
        return None
    sub = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if sub is None or sub.pos_ == "PRON" or not _speaks(sub):
        return None
    return sub


def _fits(holder: Token, labels: frozenset[str]) -> bool:
    """Whether a named speaker can be what a pronoun of these labels stands for."""
    # a body owned by a name ("Ruritania's government", "President Ann Lee's office") is the
    # body, whatever the owner's label
    owned = {t.i for c in holder.children if c.dep_ == "poss" and holder.pos_ == "NOUN" for t in c.subtree}
    ents = {t.ent_type_ for t in _name_tokens(holder) if t.ent_type_ and t.i not in owned}
    if ents & labels:
        return "PERSON" in labels or "PERSON" not in ents
    if "GPE" in ents and "ORG" in labels and "PERSON" not in labels and _speaking_country(holder):
        # "Ruritania has blamed the floods on ... It also said": a country that speaks is its state
        return True
    # a body the tagger left unnamed ("the civil protection department said ... it added"),
    # whether it calls the head a noun or a proper noun
    body = holder.pos_ == "NOUN" or (holder.pos_ == "PROPN" and holder.lemma_.lower() in C.DEFINITE_BODY_HEADS)
    return not ents and body and "PERSON" not in labels


def _owner_source(holder: Token, offset: int) -> Source | None:
    """ "his office said", "her spokeswoman said": the body or aide of the person (or
    organization) the possessive pronoun stands for, named before ("Governor Jane Roe ... Her
    office said" -> "the office of Governor Jane Roe"); an earlier speaker that is that same kind
    of body of someone ("The president's office said ... His office added") is it."""
    noun = holder.lemma_.lower()
    if holder.pos_ != "NOUN" or noun not in C.OWNED_SPEAKER_NOUNS:
        return None
    poss = next((c for c in holder.children if c.dep_ == "poss" and c.lower_ in C.POSSESSIVE_PRONOUNS), None)
    if poss is None:
        return None
    labels = C.PRONOUN_LABELS[C.POSSESSIVE_PRONOUNS[poss.lower_]]

    def owner(named: Token) -> bool:
        if named.lemma_.lower() == noun and any(c.dep_ == "poss" and c.lower_ not in C.POSSESSIVE_PRONOUNS
                                                for c in named.children):
            return True  # "The president's office" said before "His office"
        return _fits(named, labels) and named.lemma_.lower() != noun

    named = _latest_named_before(poss, owner)
    if named is None:
        ent = next((e for e in reversed(holder.doc.ents) if e.end_char <= poss.idx and e.label_ in labels
                    and e.sent.start >= holder.sent.start - 200), None)
        if ent is None:
            return None
        name, start = ent.text, ent.start_char
    else:
        src = _source(named, "origin", offset)
        if named.lemma_.lower() == noun or src.start is None:
            return src
        name, start = src.name, src.start - offset
    written = C.OWNED_SPEAKER_NAME.format(noun=noun, owner=name)
    return Source(name=written, role="origin", start=start + offset, end=start + len(name) + offset)


def _definite_antecedent(holder: Token) -> Token | None:
    """ "the agency said" after "according to Yonhap News Agency", "the monitoring group says"
    after "the Association for X (AAPP) said": the named body of that kind that spoke last, within
    a few sentences (a bare "the agency" is otherwise no one in particular). A generic head
    ("group", "organization") stands for any organization named; others need their head noun in
    the name ("the doctors' committee" -> "the Central Committee of Doctors")."""
    if holder.pos_ != "NOUN" or holder.lemma_.lower() not in C.DEFINITE_BODY_HEADS:
        return None
    mods = [c for c in holder.children if c.dep_ not in ("punct", "det")]
    # the article may hang on a possessive modifier ("the doctors' committee")
    dets = [c for m in [holder, *(c for c in mods if c.dep_ == "poss")] for c in m.children if c.dep_ == "det"]
    if [d.lower_ for d in dets] != ["the"] or not all(
            c.dep_ in C.DEFINITE_BODY_MODIFIER_DEPS and c.i < holder.i and c.pos_ != "PROPN" and not c.ent_type_
            for c in mods):
        return None
    head = holder.lemma_.lower()

    def named_of_kind(named: Token) -> bool:
        toks = _name_tokens(named)
        if not any(x.pos_ == "PROPN" for x in toks) or any(x.ent_type_ == "PERSON" for x in toks):
            return False
        if any(x.lemma_.lower() == head for x in toks):
            return True
        return head in C.GENERIC_BODY_HEADS and any(x.ent_type_ == "ORG" for x in toks)

    return _latest_named_before(holder, named_of_kind)


def _speaking_country(holder: Token) -> bool:
    """A country's (or region's) name as the subject of a speech cue: its state speaks."""
    from ..entities.gazetteer import is_country_or_region

    return holder.ent_type_ == "GPE" and is_country_or_region(holder.text)
