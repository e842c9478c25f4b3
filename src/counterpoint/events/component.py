"""Component `counterpoint_events_v1`: dated events for the timeline, as `EventClaim` records.

Per sentence: a cheap lemma filter (any trigger lemma of `rules.RULES`, or a phrase cue) before
any parse walking; then each rule checks the trigger's subject and arguments in the dependency
parse. The date is the date phrase in the sentence (nearest the trigger), else the one that
governs it in the narrative (the last date earlier in the same paragraph, or in the paragraph a
continued quotation began in), resolved by `counterpoint.dates` against the publication date.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..dates import DateMention, find_dates, month_day
from ..models import EventClaim, Evidence
from . import rules as R

# Quotation marks: a paragraph with an odd number continues (or opens) a multi-paragraph quote.
QUOTE_CHARS = '"“”«»'
# Entity labels that name a place for `place_name`.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Tokens dropped from the edges of a description side.
EDGE_DEPS = frozenset({"det", "punct", "cc", "prep", "case", "mark", "advmod", "predet", "poss"})


@Language.factory("counterpoint_events_v1")
def make_events_component(nlp: Language, name: str) -> "EventsComponent":
    return EventsComponent()


@cache
def _phrase_res() -> tuple[tuple[R.EventRule, re.Pattern[str]], ...]:
    return tuple((r, re.compile(p, re.IGNORECASE)) for r in R.RULES for p in r.phrases)


class EventsComponent:
    def __init__(self) -> None:
        self._cues = R.cue_lemmas()
        self._cue_hashes = np.array(sorted(hash_string(c) for c in self._cues), dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.cp_offset or 0
        doc_id = doc._.cp_doc_id or ""
        out = doc._.cp_claims if doc._.cp_claims is not None else []
        dates: list[DateMention] | None = None  # computed only if some sentence has a cue
        text = doc.text  # built from the tokens on every access: once here
        # the cue filter on lemma hashes, without creating Token objects (lemmas are lower-cased
        # except for proper nouns, which are never triggers)
        cue = np.isin(doc.to_array("LEMMA"), self._cue_hashes)
        for sent in _segments(doc, text):
            low = text[sent.start_char : sent.end_char].lower()
            if not cue[sent.start : sent.end].any() and not any(c in low for c in R.PHRASE_CUES):
                continue
            triggers = [doc[sent.start + int(i)] for i in np.flatnonzero(cue[sent.start : sent.end])]
            found = _match_sentence(sent, text[sent.start_char : sent.end_char], triggers)
            if not found:
                continue
            if dates is None:
                dates = find_dates(text, doc._.cp_published)
            for rule, trigger, description in found:
                date, partial = _sentence_date(text, sent, trigger, dates)
                out.append(
                    EventClaim(
                        id="",
                        document=doc_id,
                        event_type=rule.event_type,
                        date=date,
                        date_partial=None if date else partial,
                        text=description,
                        place_name=_place(sent, trigger),
                        evidence=Evidence(
                            document=doc_id,
                            start=sent.start_char + offset,
                            end=sent.end_char + offset,
                            text=text[sent.start_char : sent.end_char],
                        ),
                    )
                )
        doc._.cp_claims = out
        return doc


# --- matching -------------------------------------------------------------------------------------


def _match_sentence(
    sent: Span, sent_text: str, candidates: list[Token]
) -> list[tuple[R.EventRule, Token | None, str]]:
    """(rule, trigger token, description) for each event type the sentence reports (first wins)."""
    hits: dict[str, tuple[R.EventRule, Token | None, str]] = {}
    for tok in candidates:
        lemma = tok.lemma_.lower()
        for rule in R.RULES:
            if rule.event_type in hits or lemma not in rule.triggers:
                continue
            if _fires(rule, tok):
                hits[rule.event_type] = (rule, tok, _describe(rule, tok))
    for rule, rx in _phrase_res():
        if rule.event_type not in hits and rx.search(sent_text):
            hits[rule.event_type] = (rule, None, rule.default_text)
    return list(hits.values())


def _segments(doc: Doc, text: str):
    """Sentences, cut again at line breaks: a headline or caption is never part of the next line."""
    for sent in doc.sents:
        if "\n" not in text[sent.start_char : sent.end_char + 1]:
            yield sent
            continue
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i if "\n" in tok.text else tok.i + 1
                if end > start:
                    yield doc[start:end]
                start = tok.i + 1
        if start < sent.end:
            yield doc[start : sent.end]


def _fires(rule: R.EventRule, tok: Token) -> bool:
    if rule.verbal_only and tok.pos_ not in ("VERB", "AUX"):
        return False
    if _not_happened(tok):
        return False
    if rule.subjects:
        subj = _subject(tok)
        if subj is None or not _subject_lemmas(subj) & rule.subjects:
            return False
    args = _arguments(tok)
    if rule.arguments and not any(_lemmas(a, deep=rule.deep_arguments) & rule.arguments for a in args):
        return False
    if rule.requires:
        near = {c.lemma_.lower() for c in tok.children}
        for a in args:
            near |= _lemmas(a, deep=True)
        if not near & rule.requires:
            return False
    if rule.governors and not _governed_by(tok, rule.governors):
        return False
    if rule.needs_count_or_person and not any(_count_or_person(a) for a in args + [_subject(tok)] if a is not None):
        return False
    return True


def _not_happened(tok: Token) -> bool:
    """Negated, modal or only wanted ("demanded the resignation", "will storm")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() in R.NOT_HAPPENED_AUX):
            return True
    head, hops = tok, 0
    while head.head is not head and hops < 3:
        if head.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp", "acl", "nsubjpass", "compound"):
            break
        head, hops = head.head, hops + 1
        if head.lemma_.lower() in R.NOT_HAPPENED_GOVERNORS:
            return True
    return False


def _subject(tok: Token) -> Token | None:
    """The trigger's subject; through xcomp/conj to the head's, and relative clauses to the noun."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in R.SUBJECT_DEPS:
                if c.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                    return cur.head
                return c
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head is not cur:
            cur = cur.head
            continue
        break
    return None


def _arguments(tok: Token) -> list[Token]:
    """Objects, passive subjects, prepositional objects; the noun a relative/participle hangs on."""
    args: list[Token] = []
    for c in tok.children:
        if c.dep_ in R.ARGUMENT_DEPS:
            args.append(c)
        elif c.dep_ in ("prep", "prt", "agent"):
            args.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        elif c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            args.extend(g for g in c.children if g.dep_ in ("dobj", "nsubjpass"))
    relative_subject = any(c.dep_ in R.SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in tok.children)
    if tok.dep_ in ("relcl", "acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and not relative_subject:
        args.append(tok.head)  # "the residence ... set on fire": the noun is the patient
    if tok.pos_ == "NOUN":  # a nominal trigger: its own modifiers are its arguments
        args.extend(c for c in tok.children if c.dep_ in ("compound", "amod", "poss"))
    return args


def _subject_lemmas(subj: Token) -> set[str]:
    """The subject's head (with compounds), and for "the unrest in X in Y" the nouns it hangs on."""
    out = _lemmas(subj, deep=False)
    cur = subj
    for _ in range(4):  # pobj -> prep -> noun
        if cur.dep_ not in ("pobj", "prep", "appos") or cur.head is cur:
            break
        cur = cur.head
        out |= _lemmas(cur, deep=False)
    return out


def _lemmas(tok: Token, *, deep: bool) -> set[str]:
    toks = tok.subtree if deep else [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return {t.lemma_.lower() for t in toks} | {t.text.lower() for t in toks}


def _governed_by(tok: Token, verbs: frozenset[str]) -> bool:
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in verbs:
            return True
    return False


def _count_or_person(tok: Token) -> bool:
    return any(t.like_num or t.ent_type_ in ("PERSON", "CARDINAL") or t.lemma_.lower() in ("thousand", "hundred", "dozen")
               for t in tok.subtree)


# --- description, place, date ---------------------------------------------------------------------


def _modifiers(tok: Token) -> list[Token]:
    """The token and its compound / adjective / number modifiers, recursively."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nummod", "poss"):
            out.extend(_modifiers(c))
    return out


def _side(tok: Token | None) -> str:
    """A compact noun phrase: the head with its compounds, adjectives and numbers."""
    if tok is None:
        return ""
    keep = _modifiers(tok)
    words = [t.text for t in sorted(keep, key=lambda t: t.i) if (t.dep_ not in EDGE_DEPS or t is tok) and not t.is_space]
    # "buildings of local administrations": keep one of-phrase
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                inner = [t.text for t in sorted(pobj.subtree, key=lambda t: t.i)
                         if (t.dep_ not in EDGE_DEPS and t.head.dep_ != "prep" or t is pobj) and not t.is_space]
                words += ["of", *inner[: R.MAX_SIDE_TOKENS - 2]]
            break
    return " ".join(words[: R.MAX_SIDE_TOKENS])


def _describe(rule: R.EventRule, tok: Token) -> str:
    subj = _subject(tok)
    if subj is not None and rule.subjects:  # "the unrest in Kazakhstan in Central Asia": unrest
        cur = subj
        for _ in range(4):
            if _lemmas(cur, deep=False) & rule.subjects:
                subj = cur
                break
            if cur.dep_ not in ("pobj", "prep", "appos") or cur.head is cur:
                break
            cur = cur.head
    if subj is not None and subj.pos_ not in ("NOUN", "PROPN", "NUM"):
        subj = None
    obj = next((a for a in _arguments(tok) if a.dep_ in ("dobj", "nsubjpass", "obj") or a is tok.head), None)
    if rule.subjects and subj is not None and not obj:
        return f"{_side(subj)} {rule.past}".strip()
    if subj is None and obj is None:
        return rule.default_text
    if subj is None and obj is not None and obj.dep_ in ("nsubjpass", "relcl") or obj is tok.head:
        return f"{_side(obj)} {rule.past}".strip()  # passive: "buildings set on fire"
    parts = [_side(subj), rule.past, _side(obj) if obj is not subj else ""]
    text = " ".join(p for p in parts if p)
    return re.sub(r"\s+", " ", text).strip() or rule.default_text


def _place(sent: Span, tok: Token | None) -> str | None:
    places = [e for e in sent.ents if e.label_ in PLACE_LABELS]
    if not places:
        return None
    if tok is None:
        return places[0].text
    return min(places, key=lambda e: abs(e.start - tok.i)).text


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _sentence_date(
    text: str, sent: Span, tok: Token | None, dates: list[DateMention]
) -> tuple[str | None, str | None]:
    """(ISO date, "--MM-DD" partial) for an event stated in `sent`."""
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    if inside:
        pivot = tok.idx if tok is not None else sent.start_char
        return min(inside, key=lambda d: (abs(d.start - pivot), -len(d.value))).value, None
    partial = _partial_in(text[sent.start_char : sent.end_char], tok.idx - sent.start_char if tok else 0)
    if partial:
        return None, partial
    para = _paragraph_start(text, sent.start_char)
    if _quote_count(text, para) % 2 == 1:  # continues a quotation: the quote's first paragraph governs
        para = _previous_paragraph(text, para)
    before = [d for d in dates if para <= d.start < sent.start_char]
    return (before[-1].value, None) if before else (None, None)


def _quote_count(text: str, para: int) -> int:
    end = text.find("\n", para)
    chunk = text[para : end if end != -1 else len(text)]
    return sum(chunk.count(q) for q in QUOTE_CHARS)


def _previous_paragraph(text: str, para: int) -> int:
    """Start of the previous non-blank paragraph before the one starting at `para`."""
    pos = para - 1
    while pos > 0:
        start = _paragraph_start(text, pos)
        if text[start:pos].strip():
            return start
        pos = start - 1
    return 0


@cache
def _partial_re() -> re.Pattern[str]:
    from ..date_rules import MONTHS

    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{names})\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?|[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names}))\b",
        re.IGNORECASE,
    )


def _partial_in(sentence: str, pivot: int) -> str | None:
    """A year-less day in the sentence ("January 2nd"), nearest the trigger, as "--MM-DD"."""
    best: tuple[int, str] | None = None
    for m in _partial_re().finditer(sentence):
        if not m.group(0)[0].isupper() and not m.group(0)[0].isdigit():
            continue
        md = month_day(m.group(0))
        if md and (best is None or abs(m.start() - pivot) < best[0]):
            best = (abs(m.start() - pivot), md)
    return best[1] if best else None
