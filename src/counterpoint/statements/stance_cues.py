"""Stance cues: a source taking a position without a verb of saying.

"The senator criticized the plan", "Critics called the deal a giveaway", "The union vowed to
strike": news attributes these positions to their subjects just as it attributes speech, but the
figures' attribution (`counterpoint.text.attribution`) must not take them as sources of a
number, so they are found here, for statements only. Each gives an `Attribution` of the same
shape, with the speaker found and resolved by the attribution module's own rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from ..text import attribution as A
from ..text import attribution_cues as C
from ..text.attribution import Attribution
from . import lexicon as L

# A participle or coordinated verb without its own subject takes its head's ("…, calling the
# plan reckless"), as speech verbs do.
_INHERIT = C.INHERIT_SUBJECT_DEPS


def _qualifies(tok: Token) -> bool:
    """A stance verb that needs a complement has one ("called for", "pointed out")."""
    needs = L.STANCE_NEEDS.get(tok.lemma_.lower())
    if needs is None:
        return True
    for child in tok.children:
        # a particle or preposition qualifies right after the verb: "called on voters", not
        # "called his deputy on Sunday"
        if child.dep_ in needs or (child.dep_ in ("prt", "prep") and child.lower_ in needs and child.i == tok.i + 1):
            return True
    return False


def _subject(tok: Token) -> Token | None:
    """Who holds the position of a verb: its subject, else, up a chain of participles and
    coordinated verbs ("…, calling the plan reckless and urging a vote"), the first subject found;
    a relative clause's is the noun it describes ("the police department, which reported …",
    "a tweet attacking the mayor")."""
    for _ in range(L.SUBJECT_CLIMB):
        if any(c.dep_ in L.OWN_SUBJECT_DEPS for c in tok.children):
            # "the plan was criticized by rights groups": the agent holds the position
            return passive_agent(tok)  # "until he was dismissed": the verb's subject is not its holder
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if subs and not (tok.dep_ in L.RELATIVE_DEPS and subs[0].lower_ in L.RELATIVE_PRONOUNS):
            return subs[0]
        if tok.dep_ in L.RELATIVE_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        if tok.dep_ == "pcomp" and tok.head.lower_ in L.SUBJECT_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "opened the hearing by saying …": the opener's subject
            continue
        if tok.dep_ not in _INHERIT or tok.head.i == tok.i:
            return None
        tok = A.participle_host(tok)  # (past a clause that only describes a noun)
    return None


def passive_agent(tok: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("was endorsed by the union"), if it has one."""
    if not any(c.dep_ in L.PASSIVE_SUBJECT_DEPS for c in tok.children):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((g for g in agent.children if g.dep_ == "pobj"), None)


def _holder(tok: Token) -> Token | None:
    holder = _subject(tok)
    if holder is None:
        return None
    if holder.lower_ in C.EMPTY_SUBJECTS or holder.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if holder.lower_ == "it" or holder.lemma_.lower() in C.NON_SPEAKER_HEADS:
        return None
    return holder


def _marked_holder_speaks(holder: Token) -> bool:
    """A verb only the tagger marks needs a subject that plainly can speak: a pronoun, a name the
    model labels a person, body, group or country, or a common noun ("Rana Plaza collapses: …",
    a building, is no speaker; a dateline's bare place name is none either)."""
    if holder.pos_ == "PRON" or _share(holder):
        return True
    if holder.ent_type_:
        return holder.ent_type_ in L.MARKED_CUE_HOLDER_LABELS
    return holder.pos_ == "NOUN"


def _share(holder: Token) -> bool:
    """A share of a surveyed group ("63 percent", "a majority of voters"): its members speak."""
    return holder.ent_type_ in L.SHARE_LABELS or holder.lemma_.lower() in L.SHARE_NOUNS


def _headline_colon(tok: Token) -> bool:
    """A headline's "X collapses: rescuers search …": the verb's clause after a bare colon is the
    next news item, not what X holds (speech before a colon, "X says: …", is a rule cue)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == ":"


def marked_cue(tok: Token, marked: Mapping[int, float]) -> bool:
    """A verb the trained tagger marks is a cue when it governs a clause ("believes the deal will
    fail"), or, marked with at least `MARKED_OBJECT_CUE_PROBABILITY`, an object or a
    prepositional phrase ("cited the report", "sided with the unions")."""
    p = marked.get(tok.i)
    if p is None or tok.lemma_.lower() in L.UNMARKABLE_CUES:
        return False
    deps = {c.dep_ for c in tok.children}
    if deps & L.MARKED_CUE_CLAUSES:
        return True
    return p >= L.MARKED_OBJECT_CUE_PROBABILITY and bool(deps & L.MARKED_CUE_OBJECTS)


def stance_attributions(sent: Span, taken: set[int], marked: Mapping[int, float] | None = None) -> list[Attribution]:
    """Stance-verb attributions in a sentence whose cue token is not already a cue (`taken`:
    token indices of the sentence's speech cues). `marked`: token index -> cue probability for the
    tokens the trained cue tagger (`cue_model`) marks; a marked verb is a stance cue whatever its
    lemma (`marked_cue`), with the same need for a subject that speaks."""
    marked = marked or {}
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in L.STANCE_VERBS:
            if not _qualifies(tok):
                continue
        elif not marked_cue(tok, marked):
            continue
        holder = _holder(tok)
        if holder is None or A._in_dateline(holder):
            continue
        if lemma not in L.STANCE_VERBS and (not _marked_holder_speaks(holder) or _headline_colon(tok)):
            continue
        written, chain = A._chain(holder, tok, 0)
        if not chain and not (written is not None and holder.lower_ in C.PRONOUN_LABELS):
            continue
        out.append(Attribution(cue_start=tok.idx, cue_end=tok.idx + len(tok.text), written=written,
                               chain=chain, depth=A._depth(tok), cue_index=tok.i))
    return out
