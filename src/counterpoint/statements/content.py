"""What an attribution says: the character span of its content, from the parse.

A verb of saying's clause or object ("said that …", "accused Y of …", "denied …"), a stance
verb's target however short ("attacked Clinton"), a noun cue's own clause ("the claim that …"),
"according to X" without its phrase, the clause a cue interrupts ("The plan, he said, will
fail"), or the unquoted paragraph after a cue that closes its line on a colon.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..text.attribution import Attribution
from ..text.attribution_cues import SPEECH_VERBS, STATEMENT_NOUNS
from . import lexicon as L
from .quote_links import EDGE
from .stance_cues import passive_agent


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _span_chars(tokens: list) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def content_span(sent: Span, att: Attribution, text: str) -> tuple[int, int] | None:
    """Character span (Doc-relative) of what an attribution says, from the parse."""
    doc = sent.doc
    cue = doc.char_span(att.cue_start, att.cue_end, alignment_mode="expand")
    if cue is None:
        return None
    tok = cue[0]
    holder = set()
    if att.written is not None and att.written.start is not None and att.written.end is not None:
        hs = doc.char_span(att.written.start, att.written.end, alignment_mode="expand")
        holder = {t.i for t in hs} if hs is not None else set()
    least = L.MIN_CONTENT_WORDS
    if tok.pos_ in ("NOUN", "PROPN"):
        kids = [c for c in tok.children if c.dep_ in L.NOUN_CUE_CONTENT_DEPS
                or (c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
        if not kids:
            return None
        keep = [t for k in kids for t in k.subtree]
    elif _as_put(tok):
        # "Hawaii, as one of his advisers pointed out, rarely gets two hurricanes", "As Ms. Lee put
        # it, the plan is dead": the sentence around the clause is what was said
        drop = {t.i for t in tok.subtree}
        keep = [t for t in sent if t.i not in drop and not t.is_space]
    elif tok.lemma_.lower() in L.NON_STATEMENT_CUES and not _cites_a_thing(tok):
        return None
    elif tok.lemma_.lower() in L.CLAUSE_ONLY_CUES and not any(c.dep_ in L.CLAUSE_DEPS for c in tok.children):
        # "spoke to reporters": no claim; "spoke of the legacy of racism", "commented on the
        # shooting": what the speaker took up
        topics = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in L.TOPIC_PREPS and c.i > tok.i
                  and _topic(c)]
        if not topics or _withheld(tok):
            return None
        keep = [t for k in topics for t in k.subtree if t.i > k.i]
        least = L.MIN_MARKED_CONTENT_WORDS  # "commented on Crutcher's death"
    elif tok.lower_ == "according" or (tok.lower_ == "as" and len(cue) > 1 and cue[1].lower_ == "per"):
        drop = {t.i for t in tok.subtree}
        if tok.dep_ == "ROOT":  # "According to X, the vote was rigged" with the clause hung under "according"
            drop = {tok.i} | {t.i for c in tok.children if c.lower_ in ("to", "per") for t in c.subtree}
        keep = [t for t in sent if t.i not in drop and not t.is_space]
        if len(keep) < least and tok.dep_ == "ROOT":
            # "According to host Rush Limbaugh, the move reeks of fear": the parser hung the clause
            # on the source as an apposition; what is said follows the phrase's comma
            comma = next((t for t in doc[tok.i + 1 : sent.end] if t.text == ","), None)
            if comma is not None and not any(not t.is_punct for t in doc[sent.start : tok.i]):
                keep = [t for t in doc[comma.i + 1 : sent.end] if not t.is_space]
    else:
        # a stance verb or one only the tagger marks ("attacked Clinton", "sided with the unions")
        # holds a position on its objects, however short
        lemma = tok.lemma_.lower()
        loose = (lemma in L.STANCE_VERBS and lemma not in SPEECH_VERBS) or _tagger_only(tok)
        if loose:
            least = L.MIN_MARKED_CONTENT_WORDS
        preps = L.CONTENT_PREPS | L.RESPONSE_PREPS.get(lemma, frozenset())
        kids = [c for c in tok.children if (c.dep_ in L.CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in preps)
                                            or (loose and c.dep_ in L.MARKED_CONTENT_DEPS)) and c.i not in holder
                and c.dep_ != "agent"]
        if not kids and lemma in SPEECH_VERBS:
            # "have not said when they would vote": a clause opened by a question word; "said after
            # the convention he would not accept it": a clause with its own subject and no
            # conjunction, which the parser hung loose
            kids = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and (
                doc[c.left_edge.i].lower_ in L.QUESTION_WORDS
                or (any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                    and not any(g.dep_ == "mark" for g in c.children)))]
        # "the plan was criticized by rights groups": the agent speaks, about the passive subject
        passive = [c for c in tok.children if c.dep_ in L.PASSIVE_SUBJECT_DEPS] if passive_agent(tok) is not None else []
        if not kids and not passive and _tagger_only(tok):
            return None
        if kids or passive:
            # "On Friday she attacked the plan": not the phrases before a loose verb, but a clause
            # fronted before it is what it holds ("…, The Post has learned")
            keep = [t for k in kids for t in k.subtree if not loose or k.i > tok.i or k.dep_ in L.CLAUSE_DEPS]
            keep += [t for k in passive for t in k.subtree]
            if tok.lemma_.lower() in L.ACCUSATION_LEMMAS:  # "accused them of X": object and charge
                keep = [t for t in keep if t.i > tok.i]
        elif (block := _colon_block(sent, tok, text)) is not None:
            return block  # "…, saying:" closing its line: the paragraph after it
        else:
            # "The plan, he said, will fail" / "Nobody was hurt, police said": the rest of the sentence
            least = L.MIN_CONTENT_WORDS
            drop = {t.i for t in tok.subtree} | holder
            keep = [t for t in sent if t.i not in drop and not t.is_space]
            if not keep and holder:
                keep = _before_speaker(sent, min(holder))
    span = _long_enough(sent, keep, text, least)
    if span is None and tok.lemma_.lower() in SPEECH_VERBS and _parenthetical(sent, tok):
        # "The difference, he told me on Friday, is that …": only a short object hangs on the
        # verb; what was said is the clause it interrupts
        drop = {t.i for t in tok.subtree} | holder
        span = _long_enough(sent, [t for t in sent if t.i not in drop and not t.is_space], text, L.MIN_CONTENT_WORDS)
    return span or _colon_block(sent, tok, text)


def _as_put(tok) -> bool:
    """A verb of saying in an "as" clause with nothing said of its own: "as X put it", "as X
    noted", "as X pointed out"."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    return (lemma in SPEECH_VERBS or lemma in L.STANCE_VERBS) and not any(
        c.dep_ in L.CONTENT_DEPS for c in tok.children)


def _withheld(tok) -> bool:
    """ "declined to comment on the inquiry", "would not speak about it": nothing was said."""
    return any(c.dep_ == "neg" for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in L.WITHHOLDING_LEMMAS)


def _topic(prep) -> bool:
    """ "of the legacy of racism", not "on Thursday" nor "on condition of anonymity"."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)  # "talked about bringing …"
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME") and obj.lemma_.lower() not in L.NOT_TOPICS


def _parenthetical(sent: Span, tok) -> bool:
    """A verb set off by commas or dashes inside its sentence, with no clause of its own: "The
    plan, he told me, will fail", "Nobody was hurt, she told reporters."."""
    if tok.dep_ not in ("parataxis", "ROOT") or any(c.dep_ in L.CLAUSE_DEPS for c in tok.children):
        return False  # "Lee, who was speaking in Paris, called for …": a relative clause says nothing
    doc = sent.doc
    words = [t.i for t in tok.subtree if not t.is_punct]  # the verb's own commas hang on it
    first, last = min(words), max(words)
    before = doc[first - 1] if first > sent.start else None
    after = doc[last + 1] if last + 1 < sent.end else None
    marks = (",", "—", "–")
    return before is not None and before.text in marks and (after is None or after.text in marks or after.is_punct)


def _long_enough(sent: Span, keep: list, text: str, least: int) -> tuple[int, int] | None:
    keep = [t for t in keep if sent.start <= t.i < sent.end]
    if not keep:
        return None
    s, e = trim(text, *_span_chars(keep))
    return (s, e) if len(text[s:e].split()) >= least else None


def _before_speaker(sent: Span, first: int) -> list:
    """ "People like Scott, he said.": the parse hangs the fronted clause under the cue, so the
    tokens before the comma that precedes the speaker are what was said."""
    doc = sent.doc
    k = first - 1
    if k <= sent.start or doc[k].text not in (",", "—", "–"):
        return []
    return [t for t in doc[sent.start : k] if not t.is_space]


def _cites_a_thing(tok) -> bool:
    """ "Clinton cited his remarks as an example": what is cited is the speaker's argument (a
    statement); "citing officials" names a source instead (a relay, no statement)."""
    if tok.lemma_.lower() != "cite":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True  # "cited it as an example of his contempt": an argument, whatever "it" is
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and not any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                  or o.lemma_.lower() in L.SOURCE_HEADS
                                  or (o.lemma_.lower() in STATEMENT_NOUNS  # "citing a report from the ministry"
                                      and any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in o.children))
                                  for o in objs)


def _colon_block(sent: Span, tok, text: str) -> tuple[int, int] | None:
    """ "The governor added:" closing its line, then an unquoted paragraph: that paragraph is
    what he said (a transcript's or a column's block quote)."""
    tail = text[tok.idx : sent.end_char].rstrip()
    if not tail.endswith(":") or "\n" in tail or tok.pos_ not in ("VERB", "AUX"):
        return None
    k = sent.end_char
    while k < len(text) and text[k].isspace():
        k += 1
    end = text.find("\n", k)
    end = len(text) if end == -1 else end
    if k >= len(text) or text[k] in "“\"" or len(text[k:end].split()) < L.MIN_QUOTE_WORDS:
        return None  # a quote opening the block is found as a quote
    return trim(text, k, end)


def _tagger_only(tok) -> bool:
    """A cue the trained tagger marks whose lemma no word list holds."""
    lemma = tok.lemma_.lower()
    return (tok.i in (tok.doc._.cp_cue_tokens or {}) and tok.pos_ == "VERB" and lemma not in SPEECH_VERBS
            and lemma not in L.STANCE_VERBS and lemma not in STATEMENT_NOUNS)
