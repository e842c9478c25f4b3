"""The name of a source as the text writes it, and whether a subject can be a source at all.

`counterpoint.text.attribution` finds the cues; this module reads the noun phrase that names
the source (without appositions and clauses, with "of"-phrases and a close proper name), the
whole phrase as written, and the checks that keep the counted phrase, an event, a time, a link's
label or a dateline from being taken for a speaker. Vocabulary in `attribution_cues`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..models import Source
from . import attribution_cues as C


def _name_tokens(tok: Token) -> list[Token]:
    """The noun phrase that names a source, without appositions and clauses."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in C.NAME_DEPS and not (child.dep_ == "punct" and child.i not in (tok.i - 1, tok.i + 1)):
            if child.dep_ == "punct" and child.text not in ("’", "'", "-"):
                continue
            out.extend(_name_tokens(child))
        elif child.dep_ == "prep" and child.i > tok.i and (
                child.lower_ in C.NAME_PREPS or (tok.lower_ in C.SOURCE_ADJECTIVES and child.lower_ in ("to", "with"))):
            objs = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
            if objs:
                out.append(child)
                out.extend(_name_tokens(objs[0]))
        elif child.dep_ == "prep" and child.i > tok.i and child.lower_ in C.PLACE_NAME_PREPS and tok.pos_ == "NOUN":
            # "officials in Ruritania": the place makes the class that place's officials
            objs = [g for g in child.children if g.dep_ == "pobj" and g.ent_type_ in C.PLACE_NAME_LABELS]
            if objs:
                out.append(child)
                out.extend(_name_tokens(objs[0]))
        elif child.dep_ == "conj" and tok.pos_ == "NOUN" and _joined_name(tok, child):
            # "Officials and medics said", "the women's empowerment and child protection ministry":
            # one source named in two coordinated nouns
            out.extend(c for c in tok.children if c.dep_ == "cc" and tok.i < c.i < child.i)
            out.extend(_name_tokens(child))
    close = _close_name(tok)
    if close is not None:
        out.extend(_name_tokens(close))
    return out


def _joined_name(tok: Token, conj: Token) -> bool:
    """ "the women's empowerment and child protection ministry", not "the group, as well as 1,262
    deaths": a singular noun joined by a bare "and", with no comma or number in between. (A
    plural class, "officials and medics", keeps its first noun: the origin class that linking
    and independence know.)"""
    if tok.tag_ != "NN" or conj.pos_ not in ("NOUN", "PROPN") or conj.i <= tok.i or conj.lemma_.lower() in C.NON_SPEAKER_HEADS:
        return False
    between = tok.doc[tok.i + 1 : conj.i]
    if any(t.text in (",", ";") or t.like_num for t in between):
        return False
    return any(t.dep_ == "cc" and t.lower_ in C.NAME_CONJUNCTIONS for t in between)


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


def _named_person(tok: Token) -> Span | None:
    """ "Sen. Rand Paul ... “…,” Paul said": a lone name that is also a country's or a region's
    ("Paul", "Chad", "Jordan") and the last word of a person the text named in full before it is
    that person (the latest such mention), never the country's authorities."""
    if tok.pos_ != "PROPN" or not tok.is_title or any(c.dep_ in ("compound", "det", "amod") for c in tok.children):
        return None
    found = [e for e in tok.doc.ents if e.label_ == "PERSON" and len(e) > 1 and e.end <= tok.i
             and e[-1].text == tok.text]
    if not found:
        return None
    from ..entities.gazetteer import is_country_or_region

    return found[-1] if is_country_or_region(tok.text) else None


def _source(tok: Token, role: str, offset: int, *, as_written: bool = False) -> Source:
    person = None if as_written else _named_person(tok)
    if person is not None:
        return Source(name=person.text, role=role, start=person.start_char + offset,  # type: ignore[arg-type]
                      end=person.end_char + offset)
    toks = sorted(_name_tokens(tok), key=lambda t: t.i)
    # a date the parse hung on the name ("On 7 January Tokayev said"): not part of it
    toks = [t for t in toks if t.i >= tok.i or not (t.ent_type_ in ("DATE", "TIME") and (
        t.lower_ in C.TIME_WORDS or t.like_num))] or toks
    if not _in_dateline(tok):
        # "MILAN (Reuters) - Rescue workers": the dateline the parse hung on the name is not in it
        toks = [t for t in toks if t.i >= tok.i or not _in_dateline(t)] or toks
    # keep a contiguous run around the head (a stray punct can break it)
    start = toks[0].idx
    # the span's own text: Doc.text rebuilds the whole document on every access
    seg = tok.doc[toks[0].i : toks[-1].i + 1].text
    cut = seg.rfind("\n")
    if cut != -1 and start + cut < tok.idx:
        # a dateline or timestamp line glued in front ("11:15 a.m.\n\nHillary Clinton")
        seg, start = seg[cut + 1 :], start + cut + 1
    name = seg.strip(" ,\"“”\n").lstrip("-–— ")  # (a dateline's dash the parse hung on the name)
    lead = seg.find(name)
    start += max(lead, 0)
    return Source(name=name, role=role, start=start + offset, end=start + len(name) + offset)  # type: ignore[arg-type]


def _as_written(holder: Token, cue: Token, offset: int) -> Source:
    """The source as the text writes it, with its appositions, titles in brackets and
    coordinated names ("Jan Novak (Greens), the committee's chair,"): the whole noun phrase,
    unless the cue itself lies inside it ("the department which reported")."""
    short = _source(holder, "origin", offset, as_written=True)
    lo, hi = holder.left_edge.i, holder.right_edge.i
    if holder.pos_ == "PRON" or lo <= cue.i <= hi or hi - lo + 1 > C.WRITTEN_MAX_TOKENS:
        return short
    doc = holder.doc
    for t in holder.subtree:
        if t.lemma_.lower() in C.RELAY_VERBS and t.i > holder.i:
            hi = min(hi, t.left_edge.i - 1)  # "Sputnik, citing the ministry,": the relay's own name
        elif (t.head.i == holder.i and t.dep_ == "acl" and t.tag_ == "VBG" and t.i > holder.i
              and doc[t.left_edge.i - 1].text == ","):
            hi = min(hi, t.left_edge.i - 1)  # "Trump, speaking to veterans, said": what he did
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space) and doc[hi].text not in (")", "]"):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    seg = doc[lo : hi + 1]
    if (short.start is None or short.end is None or "\n" in seg.text
            or seg.start_char > short.start - offset or seg.end_char < short.end - offset):
        return short
    return Source(name=seg.text, role="origin", start=seg.start_char + offset, end=seg.end_char + offset)


def _speaks(holder: Token) -> bool:
    """A subject that can be a source: not the figure or the event ("the death toll", "the
    earthquake", "A total of 90 people"), not a dateline ("BEIRUT (Reuters) -"). (A counted
    phrase that is the figure itself, "19 foreigners are among the dead", is dropped by the
    figures component, which knows where the figure is.)"""
    if holder.lemma_.lower() in C.NON_SPEAKER_HEADS or holder.lower_ in C.NON_SPEAKER_HEADS:
        return False
    if holder.lower_ in C.TIME_WORDS or (holder.ent_type_ in C.NON_SPEAKER_LABELS and holder.pos_ != "PROPN"):
        # "Tuesday's figures showed", "2023 saw": a time or an amount (a name the tagger swept
        # into a date, "On 7 January Tokayev said", still speaks)
        return False
    if holder.lower_ in C.HEADLINE_VERB_FORMS:
        return False  # "Ruritania lowers confirmed toll to 38": the headline's verb, misparsed
    if holder.lower_ in C.LINK_WORDS and _opens_line(holder):
        return False  # "Read more: ...", "Watch: ...": a link's label, never a speaker
    return not _in_dateline(holder)


def _opens_line(tok: Token) -> bool:
    """Whether `tok` is the first word of its line."""
    k = tok.i - 1
    while k >= 0 and tok.doc[k].is_space and "\n" not in tok.doc[k].text:
        k -= 1
    return k < 0 or "\n" in tok.doc[k].text or "\n" in tok.doc[k].whitespace_


def _in_dateline(tok: Token) -> bool:
    """A token before the dash of a dateline at the start of its line ("LONDON –", "BEIRUT
    (Reuters) -"): the place and the wire that carried the story, never who gave a figure."""
    doc = tok.doc
    start = tok.sent.start
    while start < tok.i and doc[start].is_space:
        start += 1
    end = min(tok.i + C.DATELINE_MAX_TOKENS, len(doc))
    wire = any(doc[k].text == "(" for k in range(start, end))  # "Malang, E Java (ANTARA) -"
    if not (doc[start].is_upper and len(doc[start].text) > 1) and not wire:
        return False  # a dateline opens with its place in capitals, or names its wire in brackets
    limit = C.WIRE_DATELINE_MAX_TOKENS if wire else C.DATELINE_MAX_TOKENS
    end = min(max(end, start + limit + 1), len(doc))
    for k in range(start, end):
        if doc[k].text in C.DATELINE_DASHES and doc[k - 1].whitespace_:
            return tok.i < k and k - start <= limit
    return False
