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

from ..models import Source
from . import attribution_cues as C
from .attribution_antecedents import _definite_antecedent, _owner_source, _resolve
from .attribution_names import (
    _as_written,
    _in_dateline,
    _name_tokens,
    _source,
    _speaks,
)
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
    if not origins and (quoted := _quoted_speaker(cue)) is not None:
        origins = [quoted]
    if not origins:
        return written, (direct,)
    cited = [_source(t, "origin", offset) for t in reversed(origins)]
    chain = [cited[0]] + [Source(name=s.name, role="relay", start=s.start, end=s.end) for s in cited[1:]]
    chain.append(Source(name=direct.name, role="relay", start=direct.start, end=direct.end))
    return written, tuple(chain)


def _quoted_speaker(cue: Token) -> Token | None:
    """ "ANSA quoted Mayor Rossi as saying ...", "Xinhua cited a local official as telling
    reporters ...", "Rossi was quoted as saying ...": the one a relay verb quotes as speaking is
    the origin, its subject only relays. Only with the speech complement ("as saying"): "police
    cited 40 deaths" quotes no one."""
    if cue.lemma_.lower() not in C.RELAY_VERBS:
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if not objs:
        # "Mr. Lee was quoted in The Gazette as saying ...": the passive subject is the one quoted
        objs = [c for c in cue.children if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    if not objs:
        return None
    obj = objs[0]
    as_speaking = [c for c in (*cue.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as"
                   and any(g.lemma_.lower() in C.SPEECH_VERBS for g in c.children if g.dep_ in ("pcomp", "pobj"))]
    if not as_speaking or not _speaks(obj):
        return None
    return obj


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
    a bracketed short form ("the Union for X (UX) said"), and follows a comma; or, past a relative
    clause set off by commas, the name it describes ("Asked how serious he is, Lee, who would have
    to sell his firms, said": the parse took the name for part of the opening clause)."""
    doc = cue.doc
    k = cue.i - 1
    if k >= 1 and doc[k].text == ",":
        rel = next((t for t in doc[cue.sent.start : k] if t.dep_ == "relcl" and t.right_edge.i == k - 1
                    and doc[t.left_edge.i - 1].text == "," and t.head.i == t.left_edge.i - 2
                    and t.head.pos_ == "PROPN" and t.head.ent_type_ in C.CLOSE_NAME_LABELS), None)
        if rel is not None:
            return rel.head
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


def _quote_closes_before(cue: Token) -> bool:
    """Whether a closing quotation mark stands right before `cue`, past a comma ("…,” said")."""
    doc = cue.doc
    k = cue.i - 1
    while k >= 0 and k >= cue.i - C.QUOTE_CLOSE_GAP_TOKENS and (doc[k].is_space or doc[k].text in (",", "—", "–")):
        k -= 1
    return k >= 0 and (doc[k].text in C.CLOSING_QUOTE_MARKS or doc[k].tag_ == "''")


def _parsed_subject(cue: Token, lemma: str) -> Token | None:
    """The subject of a speech verb: its own; in a clause opened by "after"/"when" mis-parsed as
    a preposition, that word's object; a participle or coordinated verb's head's subject."""
    subs = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subs) > 1:
        # "(WIRE) TARSIS, Oct 4 -- The ministry said": the parse may take the dateline for a
        # second subject; the one after the dash speaks
        subs = [c for c in subs if not _in_dateline(c)] or subs
    if len(subs) == 1 and _in_dateline(subs[0]):
        # "SAN JUAN, Ruritania — The governor of Ruritania says": the parse takes the dateline's
        # place for the subject and hangs the speaker after the dash on it as an apposition
        # (or as a coordinated name, "MARLOW, Ruritania - Ruritania's minister Ann Lee says")
        subs = [next((c for c in subs[0].children if c.dep_ in C.DATELINE_SPEAKER_DEPS and not _in_dateline(c)),
                     subs[0])]
    if len(subs) > 1 and (after := [c for c in subs if c.i > cue.i]) and _quote_closes_before(cue):
        # "Total chaos,” said Ann Lee": the end of a quote (opened in an earlier sentence) parsed
        # as a subject; the name written after the verb speaks
        return after[0]
    if len(subs) > 1:
        # "On May 14, the date of the embassy's move, the ministry reported ...": of two subjects
        # before the verb, the one written next to it speaks; the first is a fronted phrase
        before = [c for c in subs if c.i < cue.i]
        if len(before) > 1:
            return before[-1]
    if subs:
        return subs[0]
    # (only where what is said comes before the verb: "saying 120 people had died" is a complement)
    told_before = any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)
    for c in cue.children if told_before else ():
        if c.dep_ in C.INVERTED_SUBJECT_CLAUSE_DEPS and c.i > cue.i and c.tag_ in ("VBD", "VBN"):
            sub = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if sub is not None and sub.left_edge.i == cue.i + 1 and not any(t.like_num for t in sub.subtree):
                # "..., says the ministry's statement released on Friday": the subject written
                # after its verb, parsed as the subject of the participle that describes it
                return sub
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
    if cue.tag_ == "VBG" and (report := _report_before(cue)) is not None:
        return report
    # "Trump tweeted Friday, saying ...", "he said X and added": the head's subject
    host = participle_host(cue)
    subs = [c for c in host.children if c.dep_ == "nsubj"]
    if not subs and cue.dep_ == "xcomp" and host.lemma_.lower() in C.RAISING_VERBS:
        # "Mr. Lee is expected to say": the passive subject of a verb of plans speaks
        subs = [c for c in host.children if c.dep_ == "nsubjpass"]
    return subs[0] if subs else None


def participle_host(cue: Token) -> Token:
    """The verb whose subject a participle set off by a comma takes: its head, unless the parse
    hung it on a clause describing a noun ("LePage offered comments that have drawn fire, saying
    …", "Ortiz answered claims that she is one of the aides named in the memo, stating …"): the
    person described neither speaks nor is the one who says it, the main clause's subject does,
    so the verb of the clause holding that noun is the host (up `PARTICIPLE_HOST_CLIMB` such
    clauses). A described statement or document keeps it ("a statement released Friday, saying
    …": the statement says it), and so does a relative clause of saying ("Lee, who spoke on
    Friday, saying …")."""
    head = cue.head
    if not (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ","):
        return head
    host = head
    for _ in range(C.PARTICIPLE_HOST_CLIMB):
        if host.dep_ not in C.DESCRIBING_CLAUSE_DEPS or host.lemma_.lower() in C.SPEECH_VERBS:
            break
        noun = host.head
        if noun.lemma_.lower() in C.STATEMENT_NOUNS and host.dep_ == "acl":
            break
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            break
        host = verb
    return host


def _report_before(cue: Token) -> Token | None:
    """ "The ministry was reacting to reports by a doctors' group saying 108 had died": a
    participle written right after a statement noun with its own source tells what that statement
    says, though the parse hung it on the clause's verb (whose subject only reacts to it). The
    statement's source, or the name written after it in apposition, speaks."""
    doc = cue.doc
    for t in reversed(doc[cue.head.i + 1 : cue.i]):
        if t.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own between: the participle is not the statement's
        if t.pos_ == "NOUN" and t.lemma_.lower() in C.STATEMENT_NOUNS and t.head.i != cue.i:
            src = _statement_source(t)
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if src is None and nxt is not None and nxt.lower_ in C.STATEMENT_PREPS and nxt.dep_ == "prep":
                # "reports by a group" with "by" hung on the verb
                src = next((g for g in nxt.children if g.dep_ == "pobj"), None)
            if src is None or src.pos_ == "PRON":
                return None
            named = next((c for c in src.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and c.ent_type_ in ("ORG", "PERSON")), None)
            return named or _named_after_comma(src) or src
    return None


def _named_after_comma(tok: Token) -> Token | None:
    """The organization or person named right after `tok`'s phrase and a comma ("a doctors'
    group, the Ruritanian Doctors Union (RDU),"), however the parse attached it."""
    doc = tok.doc
    k = tok.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or tok.pos_ == "PROPN":
        return None
    ent = next((e for e in doc.ents if e.start in (k + 1, k + 2) and e.label_ in ("ORG", "PERSON")), None)
    if ent is None or (ent.start == k + 2 and doc[k + 1].lower_ != "the"):
        return None
    return ent.root


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
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in C.TOLL_OBJECTS for c in tok.children))):
            if _status_verb(tok) or _search_find(tok, lemma) or _outcome_verb(tok):
                continue
            passive_toll = lemma not in C.SPEECH_VERBS and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in C.TOLL_OBJECTS for c in tok.children)
            # ("the toll has been fixed at 275": only its agent gives it, never an opening clause)
            sub = None if passive_toll else _subject(tok, lemma)
            if sub is not None and (sub.lower_ not in C.EMPTY_SUBJECTS
                                    or (tok.dep_ == "relcl" and sub.lower_ in C.RELATIVE_SUBJECTS)):
                holder = sub
            elif sub is None:
                holder = _passive_agent(tok, lemma)
        elif lemma in C.STATEMENT_NOUNS and tok.pos_ == "NOUN":
            if _basis_of_count(tok):
                continue
            holder = _statement_source(tok)
        elif tok.dep_ == "prep" and tok.lower_ in C.COUNT_SOURCE_PREPS and (src := _count_phrase_source(tok)) is not None:
            holder = src
        if holder is None and (quoted := _quoted_speaker(tok)) is not None:
            # "..., quoted Mayor Rossi as saying": the relay's own name lost to the parse, the
            # one quoted still speaks
            origin = _source(quoted, "origin", offset)
            out.append(Attribution(cue_start=tok.idx + offset, cue_end=cue_end + offset, written=origin,
                                   chain=clean_chain((origin,)), depth=_depth(tok), cue_index=tok.i))
            continue
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
        if len(chain) == 1 and (named := _named_apposition(holder)) is not None:
            chain = (_source(named, "origin", offset),)  # "Another group, the Union for X, said"
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
        if child.dep_ != "appos" or child.i <= holder.i or doc[child.left_edge.i - 1].text != ",":
            continue
        if child.pos_ == "PROPN" or child.ent_type_ in C.CLOSE_NAME_LABELS:
            return child
        if counted and _described_speaker(child):
            # "has killed at least 44 people, a leading rights group said": the wire's trailing
            # credit parsed as an apposition to the counted phrase; a body or an office holder
            # described by its kind speaks (a description of the counted, "many of them
            # children", does not)
            return child
    return None


def _basis_of_count(tok: Token) -> bool:
    """ "an AP count based on official figures from the provinces": figures a count was built
    from (BASIS_VERBS) are its material, not who gives it; the count's owner does."""
    prep = tok.head
    verb = prep.head
    return (tok.dep_ == "pobj" and prep.lower_ in ("on", "from", "upon") and verb.tag_ == "VBN"
            and verb.lemma_.lower() in C.BASIS_VERBS and verb.dep_ == "acl")


def _named_apposition(holder: Token) -> Token | None:
    """ "Another group, the Union for X (UX), published a report", "a rights group, Lumen Watch,
    said": a speaker described by its kind with an indefinite article, and named in the
    apposition after a comma, is the one named (as written it keeps both)."""
    if holder.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in C.DESCRIBING_DETERMINERS
                                        for c in holder.children):
        return None
    doc = holder.doc
    return next((c for c in holder.children if c.dep_ == "appos" and c.i > holder.i
                 and doc[c.left_edge.i - 1].text == "," and c.pos_ == "PROPN"
                 and c.ent_type_ in ("ORG", "PERSON")), None)


def _described_speaker(tok: Token) -> bool:
    """A common noun that describes a speaker by its kind: a body or an office holder ("a
    leading rights group", "a government official", "the health ministry")."""
    if tok.pos_ != "NOUN" or tok.like_num or any(c.like_num or c.dep_ == "nummod" for c in tok.children):
        return False
    return tok.lemma_.lower() in C.DESCRIBED_SPEAKER_HEADS and _speaks(tok)


def _count_phrase_source(prep: Token) -> Token | None:
    """The source of a count phrase: "by the ministry's count", "in the agency's latest tally",
    "on police figures" -> the owner of the count; "per the ministry" -> the ministry."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if not objs or _basis_of_count(objs[0]):
        return None
    obj = objs[0]
    if obj.lemma_.lower() in C.COUNT_SOURCE_NOUNS or obj.lower_ in C.COUNT_SOURCE_NOUNS:
        if prep.lower_ == "from":
            return None  # "up from 31 figures": a change, never a source (the "figures from X" noun reads it)
        return _statement_source(obj)
    if prep.lower_ != "per" or obj.lemma_.lower() in C.PER_UNIT_WORDS or obj.like_num:
        return None
    if obj.ent_type_ in C.CLOSE_NAME_LABELS or any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return obj  # "per the ministry", "per Reuters"
    return None


def _passive_agent(cue: Token, lemma: str) -> Token | None:
    """The agent of a passive cue: "the toll was put at 85 by the ministry", "40 deaths were
    reported by the police", "the 212 recorded by the union" (a participle on the count)."""
    if cue.tag_ != "VBN":
        return None
    if lemma in C.TOLL_VERBS and lemma not in C.SPEECH_VERBS and not any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in C.TOLL_OBJECTS for c in cue.children):
        return None  # "raised by the flood": only a toll is put, raised or revised by someone
    for child in cue.children:
        if child.dep_ == C.AGENT_DEP:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and not objs[0].like_num:
                return objs[0]
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
