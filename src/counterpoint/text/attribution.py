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

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..models import Source
from . import attribution_cues as C
from .attribution_select import chain_for
from .speaker_names import clean_chain


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One attribution in a sentence: the cue, its direct source as written, and the chain."""

    cue_start: int  # character offsets in the Doc
    cue_end: int
    cue_index: int = -1  # the cue token's index in the Doc
    written: Source | None  # the direct source span as written ("he"), before resolution
    chain: tuple[Source, ...]  # origin first, resolved; the last is the direct source
    depth: int  # the cue's distance from the sentence root (outer cues first)
    # the subject is a record read by someone else ("the data indicated"), not a speaker
    record: bool = False


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


def _source(tok: Token, role: str, offset: int) -> Source:
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
    name = seg.strip(" ,\"“”\n")
    lead = seg.find(name)
    start += max(lead, 0)
    return Source(name=name, role=role, start=start + offset, end=start + len(name) + offset)  # type: ignore[arg-type]


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
        if ent.end_char <= tok.idx and ent.label_ in labels:
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
    ents = {t.ent_type_ for t in _name_tokens(holder) if t.ent_type_}
    if ents & labels:
        return "PERSON" in labels or "PERSON" not in ents
    return not ents and holder.pos_ == "NOUN" and "PERSON" not in labels


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
                    obj = objs[0]
                    if obj.lemma_.lower() in C.STATEMENT_NOUNS:
                        obj = _statement_source(obj) or obj  # "citing figures from the ministry"
                    found.append(obj)
                    frontier.append(obj)
    return found


def _as_written(holder: Token, cue: Token, offset: int) -> Source:
    """The source as the text writes it, with its appositions, titles in brackets and
    coordinated names ("Jan Novak (Greens), the committee's chair,"): the whole noun phrase,
    unless the cue itself lies inside it ("the department which reported")."""
    short = _source(holder, "origin", offset)
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
    if "\n" in seg.text or seg.start_char > short.start - offset or seg.end_char < short.end - offset:
        return short
    return Source(name=seg.text, role="origin", start=seg.start_char + offset, end=seg.end_char + offset)


def _chain(holder: Token, cue: Token, offset: int) -> tuple[Source | None, tuple[Source, ...]]:
    written = _as_written(holder, cue, offset)
    direct = _source(holder, "origin", offset)
    if holder.pos_ == "PRON":
        if holder.lower_ in C.EMPTY_SUBJECTS:
            return None, ()
        direct = _resolve(holder, offset)
        if direct is None:
            return written, ()
    elif holder.dep_ == "nsubj" and holder.head.i == cue.i and _country(holder):
        # "Ruritania announced ...": the country's authorities, one origin class
        direct = Source(name=C.COUNTRY_SPEAKER_NAME.format(direct.name), role="origin",
                        start=direct.start, end=direct.end)
    else:
        named = _definite_antecedent(holder)
        if named is not None:
            direct = _source(named, "origin", offset)
        else:
            direct = _owner_source(holder, offset) or direct
    origins = _relayed(holder, cue)
    if not origins:
        return written, (direct,)
    cited = [_source(t, "origin", offset) for t in reversed(origins)]
    chain = [cited[0]] + [Source(name=s.name, role="relay", start=s.start, end=s.end) for s in cited[1:]]
    chain.append(Source(name=direct.name, role="relay", start=direct.start, end=direct.end))
    return written, tuple(chain)


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
        if named.lemma_.lower() == noun:
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


def _country(holder: Token) -> bool:
    """A speaker that is only a country's (or a place's) name."""
    name = [t for t in _name_tokens(holder) if t.dep_ != "det"]
    if not (name and all(t.ent_type_ == "GPE" for t in name) and holder.ent_type_ == "GPE"):
        return False
    # the NER tags some persons' names GPE ("said Nahar"): a country or region the gazetteer knows
    from ..entities.gazetteer import is_country_or_region

    return is_country_or_region(" ".join(t.text for t in name))


def _subject(cue: Token, lemma: str) -> Token | None:
    """The subject of a speech verb (`_parsed_subject`), else a name written right before it after
    a comma that the parse hung elsewhere ("killed since the coup, the Union for X said")."""
    sub = _parsed_subject(cue, lemma)
    if sub is None and lemma in C.SPEECH_VERBS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return _name_just_before(cue)
    return sub


def _name_just_before(cue: Token) -> Token | None:
    """The head of a proper name (an organization or person) that ends right before `cue`, past
    a bracketed short form ("the Union for X (UX) said"), and follows a comma."""
    doc = cue.doc
    k = cue.i - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(" and cue.i - k <= C.SHORT_FORM_MAX_TOKENS:
            k -= 1
        k -= 1
    if k < 1 or doc[k].pos_ != "PROPN" or doc[k].ent_type_ not in C.CLOSE_NAME_LABELS or doc[k].ent_iob_ == "":
        return None
    ent = next((e for e in doc.ents if e.start <= k < e.end), None)
    if ent is None or ent.start < 1:
        return None
    start = ent.start
    # a title run in front of the name, coordinated or not ("County Sheriff and Coroner Ann Lee")
    while start - 1 > 0 and start - ent.start > -C.TITLE_RUN_MAX_TOKENS and (
            doc[start - 1].pos_ == "PROPN" or (doc[start - 1].lower_ in C.NAME_CONJUNCTIONS and doc[start - 2].pos_ == "PROPN")):
        start -= 1
    if doc[start - 1].text != ",":
        return None
    return doc[k]


def _parsed_subject(cue: Token, lemma: str) -> Token | None:
    """The subject of a speech verb: its own; in a clause opened by "after"/"when" mis-parsed as
    a preposition, that word's object; a participle or coordinated verb's head's subject."""
    subs = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subs) > 1:
        # "(WIRE) TARSIS, Oct 4 -- The ministry said": the parse may take the dateline for a
        # second subject; the one after the dash speaks
        subs = [c for c in subs if not _in_dateline(c)] or subs
    if subs:
        return subs[0]
    for c in cue.children:
        if c.dep_ == "prep" and c.i < cue.i and c.lower_ in C.CLAUSE_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]  # "After an analysis showed that ...": the analysis
            return None
    if cue.dep_ not in C.INHERIT_SUBJECT_DEPS or lemma in C.RELAY_VERBS:
        return None
    if cue.dep_ == "advcl" and (cue.tag_ not in ("VBG", "VBN") or any(c.dep_ == "mark" for c in cue.children)):
        return None  # "after the data showed ..., the governor ordered": not the governor's
    # "Trump tweeted Friday, saying ...", "he said X and added": the head's subject
    subs = [c for c in cue.head.children if c.dep_ == "nsubj"]
    return subs[0] if subs else None


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
        elif tok.lower_ == "as" and (per := _as_per(tok)) is not None:
            # "as per officials": Indian and wire English for "according to"
            objs = [g for g in per.children if g.dep_ == "pobj"]
            holder = objs[0] if objs else None
            cue_end = per.idx + len(per.text)
        elif tok.pos_ in ("VERB", "AUX") and (lemma in C.SPEECH_VERBS or (lemma in C.TOLL_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in C.TOLL_OBJECTS for c in tok.children))):
            if _status_verb(tok) or _search_find(tok, lemma) or _outcome_verb(tok):
                continue
            sub = _subject(tok, lemma)
            if sub is not None and (sub.lower_ not in C.EMPTY_SUBJECTS
                                    or (tok.dep_ == "relcl" and sub.lower_ in C.RELATIVE_SUBJECTS)):
                holder = sub
        elif lemma in C.STATEMENT_NOUNS and tok.pos_ == "NOUN":
            holder = _statement_source(tok)
        if holder is None or holder.i == tok.i:
            continue
        relative: Token | None = None
        if holder.lower_ in C.RELATIVE_SUBJECTS and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            relative, holder = holder, tok.head  # "group Y, which has recorded N": Y
        record = lemma in C.EVIDENCE_VERBS and holder.lemma_.lower() in C.RECORD_NOUNS
        if holder.lemma_.lower() in C.SOURCED_NOUNS:
            # "a statement from X said", "according to an updated Interior ministry toll"
            holder = _statement_source(holder) or holder
        holder = _appositive_speaker(holder, tok) or holder
        if holder.lower_ in ("it",) and any(c.dep_ == "expl" for c in tok.children):
            continue
        if _unknown_origin(holder) and not _relayed(holder, tok):
            relay = _source(holder, "relay", offset)
            out.append(Attribution(cue_start=tok.idx + offset, cue_end=cue_end + offset, written=relay,
                                   chain=(relay,), depth=_depth(tok), cue_index=tok.i))
            continue
        if not _speaks(holder):
            continue
        written, chain = _chain(holder, tok, offset)
        chain = clean_chain(chain)
        if relative is not None:
            written = _source(relative, "origin", offset)  # as written: "which"
        if not chain and not (written is not None and holder.lower_ in C.PRONOUN_LABELS):
            continue  # (an unresolved pronoun is still a speaker as written, of no known origin)
        out.append(Attribution(cue_start=tok.idx + offset, cue_end=cue_end + offset, written=written,
                               chain=chain, depth=_depth(tok), cue_index=tok.i, record=record))
    out.sort(key=lambda a: (a.depth, a.cue_start))
    return out


def _appositive_speaker(holder: Token, cue: Token) -> Token | None:
    """ "since the coup, the Association for X (AAPP) said", "50 people, the AAPP, an advocacy
    group, said": the parse takes the end of an opening clause, or the counted phrase, for the
    subject and the speaker for its apposition. The named apposition after a comma speaks when
    the subject cannot (an event, a counted phrase) or opens a clause of its own ("since ...")."""
    if holder.ent_type_ in C.CLOSE_NAME_LABELS or holder.pos_ == "PROPN":
        return None
    opened = any(c.dep_ == "mark" and c.i < holder.i for c in cue.children)
    counted = any(c.dep_ == "nummod" or c.like_num for c in holder.children) or holder.like_num
    if not (opened or counted or not _speaks(holder)):
        return None
    doc = holder.doc
    for child in holder.children:
        if (child.dep_ == "appos" and child.i > holder.i and doc[child.left_edge.i - 1].text == ","
                and (child.pos_ == "PROPN" or child.ent_type_ in C.CLOSE_NAME_LABELS)):
            return child
    return None


def _as_per(tok: Token) -> Token | None:
    """The "per" of "as per X" whose head is `tok` ("as")."""
    return next((c for c in tok.children if c.lower_ == "per" and c.dep_ == "prep" and c.i == tok.i + 1), None)


def _outcome_verb(tok: Token) -> bool:
    """ "The unrest has claimed 34 lives": an event taking lives, not a claim anyone makes; "a
    school that counts 247 students among the missing": a count that includes, not a tally."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "prep" and (lemma, c.lower_) in C.INCLUDE_VERB_PREPS for c in tok.children):
        return True
    return lemma == "claim" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in C.OUTCOME_OBJECTS or c.lower_ in C.OUTCOME_OBJECTS)
        for c in tok.children)


def _search_find(tok: Token, lemma: str) -> bool:
    """ "Rescuers found the bodies of three": a search, not a finding anyone reports (FOUND_THINGS)."""
    return lemma == "find" and any(c.dep_ == "dobj" and (c.lemma_.lower() in C.FOUND_THINGS or c.lower_ in C.FOUND_THINGS)
                                   for c in tok.children)


def _status_verb(tok: Token) -> bool:
    """ "28 people confirmed dead", "two reported missing": the verb gives the victims' status,
    its subject (if any) is the counted phrase ("Yonhap reports 228 dead" is still a cue)."""
    if not any(c.dep_ in C.STATUS_COMPLEMENT_DEPS and c.lower_ in C.STATUS_COMPLEMENTS for c in tok.children):
        return False
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        return True  # "the last people reported missing": a participle describing who, no one reporting
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subs or any(s.like_num or any(c.like_num for c in s.children) for s in subs):
        return True
    # "the last people reported missing": nothing counted after the verb, so its subject is who
    # is missing, not who reports ("Wirenews reports 228 dead" counts after it)
    comps = [c for c in tok.children if c.dep_ in C.STATUS_COMPLEMENT_DEPS and c.lower_ in C.STATUS_COMPLEMENTS]
    return not any(c.dep_ == "dobj" for c in tok.children) and not any(t.like_num for c in comps for t in c.subtree)


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


def _unknown_origin(holder: Token) -> bool:
    """ "news reports", "media reports said": others relayed, by no one named."""
    if (holder.pos_ == "PROPN" and holder.ent_type_ == "ORG") or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in holder.children):
        return False  # "Associated Press", "the Free Press": an outlet's own name
    if holder.lower_ in ("media", "press"):
        # "Media reports said", "the press reported"; but "state media" is a named kind of outlet
        return not any(c.lower_ in C.OUTLET_MEDIA_MODIFIERS for c in holder.children
                       if c.dep_ in ("amod", "compound"))
    if holder.pos_ == "PROPN" or holder.ent_type_:
        return False
    if holder.lower_ not in C.UNKNOWN_ORIGIN_RELAYS and holder.lemma_.lower() not in C.UNKNOWN_ORIGIN_RELAYS:
        return False
    return holder.tag_ in ("NNS",) or any(c.lower_ in C.UNKNOWN_ORIGIN_RELAYS for c in holder.children)


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
    return chain_for(find_attributions(sent, offset), sent.doc)


def doc_attributions(doc: Doc) -> list[Attribution]:
    """All attributions in a Doc, sentence by sentence (for evaluation and statements)."""
    offset = (doc._.cp_offset or 0) if Doc.has_extension("cp_offset") else 0
    out: list[Attribution] = []
    for sent in doc.sents:
        out.extend(find_attributions(sent, offset))
    return out
