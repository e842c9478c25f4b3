"""The attribution chain of a sentence: who is given as the source of what it states, origin first.

"The agency Interfax, citing the regional health department, said that 40 people had died"
-> [the regional health department (origin), The agency Interfax (relay)].
Cues: speech verbs with a subject ("said", "reported", "announced"), "according to X",
"citing X" / "quoting X" (a relay), "a statement from X". A pronoun subject ("he said") is
resolved to the entity the text names just before. A sentence without a cue gets an empty chain:
the outlet states it on its own authority. Works on spaCy's dependency parse; vocabulary in
`counterpoint.text.attribution_cues`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from . import attribution_cues as C
from ..models import Source


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One attribution in a sentence: the cue, its direct source as written, and the chain."""

    cue_start: int  # character offsets in the Doc
    cue_end: int
    written: Source | None  # the direct source span as written ("he"), before resolution
    chain: tuple[Source, ...]  # origin first, resolved; the last is the direct source
    depth: int  # the cue's distance from the sentence root (outer cues first)


def _name_tokens(tok: Token) -> list[Token]:
    """The noun phrase that names a source, without appositions and clauses."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in C.NAME_DEPS and not (child.dep_ == "punct" and child.i not in (tok.i - 1, tok.i + 1)):
            if child.dep_ == "punct" and child.text not in ("’", "'", "-"):
                continue
            out.extend(_name_tokens(child))
        elif child.dep_ == "prep" and child.lower_ in C.NAME_PREPS and child.i > tok.i:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                out.append(child)
                out.extend(_name_tokens(objs[0]))
    close = _close_name(tok)
    if close is not None:
        out.extend(_name_tokens(close))
    return out


def _close_name(tok: Token) -> Token | None:
    """ "the state agency Sputnik", "Russia's news agency TASS": the proper name written right
    after a common-noun source (parsed as an appositive or as a second subject) is part of it."""
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.pos_ != "PROPN" and nxt.ent_type_ not in C.CLOSE_NAME_LABELS:
        return None
    # the name's head is the last of its compound run ("news agency Interfax Kazakhstan")
    head = nxt
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    if head.dep_ == "appos" and head.head.i == tok.i:
        return head
    if head.dep_ == tok.dep_ and head.head.i == tok.head.i and head.i != tok.head.i:
        return head
    return None


def _source(tok: Token, role: str, offset: int) -> Source:
    toks = sorted(_name_tokens(tok), key=lambda t: t.i)
    # keep a contiguous run around the head (a stray punct can break it)
    start = toks[0].idx
    # the span's own text: Doc.text rebuilds the whole document on every access
    seg = tok.doc[toks[0].i : toks[-1].i + 1].text
    cut = seg.rfind("\n")
    if cut != -1 and start + cut < tok.idx:
        # a dateline or timestamp line glued in front ("11:15 a.m.\n\nHillary Clinton")
        seg, start = seg[cut + 1 :], start + cut + 1
    name = seg.strip(" ,\"“”\n")
    lead = seg.find(name)
    start += max(lead, 0)
    return Source(name=name, role=role, start=start + offset, end=start + len(name) + offset)  # type: ignore[arg-type]


def _resolve(tok: Token, offset: int) -> Source | None:
    """A pronoun source -> the nearest entity of a fitting label named before it in the Doc."""
    labels = C.PRONOUN_LABELS.get(tok.lower_)
    if labels is None:
        return None
    for ent in reversed(tok.doc.ents):
        if ent.end_char <= tok.idx and ent.label_ in labels:
            return Source(name=ent.text, role="origin", start=ent.start_char + offset, end=ent.end_char + offset)
    return None


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _relayed(holder: Token, cue: Token) -> list[Token]:
    """Origins cited by a holder: "X, citing Y", "X quoting Y", chained ("citing Y citing Z")."""
    found: list[Token] = []
    frontier = [holder, cue]
    seen: set[int] = set()
    while frontier:
        t = frontier.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        for child in t.children:
            if child.lemma_.lower() in C.RELAY_VERBS and child.dep_ in ("acl", "advcl", "xcomp", "conj", "prep", "pcomp"):
                objs = [g for g in child.children if g.dep_ in ("dobj", "pobj", "attr")]
                if objs:
                    found.append(objs[0])
                    frontier.append(objs[0])
    return found


def _chain(holder: Token, cue: Token, offset: int) -> tuple[Source | None, tuple[Source, ...]]:
    written = _source(holder, "origin", offset)
    direct = written
    if holder.pos_ == "PRON":
        if holder.lower_ in C.EMPTY_SUBJECTS:
            return None, ()
        direct = _resolve(holder, offset)
        if direct is None:
            return written, ()
    origins = _relayed(holder, cue)
    if not origins:
        return written, (direct,)
    cited = [_source(t, "origin", offset) for t in reversed(origins)]
    chain = [cited[0]] + [Source(name=s.name, role="relay", start=s.start, end=s.end) for s in cited[1:]]
    chain.append(Source(name=direct.name, role="relay", start=direct.start, end=direct.end))
    return written, tuple(chain)


def find_attributions(sent: Span, offset: int = 0) -> list[Attribution]:
    """Every attribution cue in a sentence, outermost first."""
    out: list[Attribution] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        holder: Token | None = None
        cue_end = tok.idx + len(tok.text)
        if lemma in C.ACCORDING_LEMMAS or tok.lower_ == "according":
            preps = [c for c in tok.children if c.lower_ == "to"]
            if preps:
                objs = [g for g in preps[0].children if g.dep_ == "pobj"]
                holder = objs[0] if objs else None
                cue_end = preps[0].idx + 2
        elif lemma in C.SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
            subs = [c for c in tok.children if c.dep_ == "nsubj"]
            if not subs and tok.dep_ in C.INHERIT_SUBJECT_DEPS and lemma not in C.RELAY_VERBS:
                # "Trump tweeted Friday, saying ...", "he said X and added": the head's subject
                subs = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subs and subs[0].lower_ not in C.EMPTY_SUBJECTS:
                holder = subs[0]
        elif lemma in C.STATEMENT_NOUNS and tok.pos_ == "NOUN":
            holder = _statement_source(tok)
        if holder is None or holder.i == tok.i:
            continue
        if holder.lemma_.lower() in C.STATEMENT_NOUNS:
            holder = _statement_source(holder) or holder  # "a statement from X said"
        if holder.lower_ in ("it",) and any(c.dep_ == "expl" for c in tok.children):
            continue
        written, chain = _chain(holder, tok, offset)
        if not chain:
            continue
        out.append(Attribution(cue_start=tok.idx + offset, cue_end=cue_end + offset, written=written,
                               chain=chain, depth=_depth(tok)))
    out.sort(key=lambda a: (a.depth, a.cue_start))
    return out


def _statement_source(tok: Token) -> Token | None:
    """ "a statement from X", "a statement issued by X", "X's statement"."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and child.i < tok.i and (
            child.lemma_.lower() in C.SOURCE_BODY_NOUNS or child.ent_type_ in C.CLOSE_NAME_LABELS
        ):
            return child  # "a police tally", "Health Ministry figures": the body, not the document
        if child.dep_ == "prep" and child.lower_ in C.STATEMENT_PREPS:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("PROPN", "NOUN") and (objs[0].ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or child.lower_ != "of"):
                return objs[0]
        if child.dep_ == "acl":
            for g in child.children:
                if g.dep_ == "agent":
                    objs = [o for o in g.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def attribution_chain(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """The chain for what a sentence states, origin first; () when the outlet states it itself."""
    found = find_attributions(sent, offset)
    return found[0].chain if found else ()


def doc_attributions(doc: Doc) -> list[Attribution]:
    """All attributions in a Doc, sentence by sentence (for evaluation and statements)."""
    offset = (doc._.cp_offset or 0) if Doc.has_extension("cp_offset") else 0
    out: list[Attribution] = []
    for sent in doc.sents:
        out.extend(find_attributions(sent, offset))
    return out
