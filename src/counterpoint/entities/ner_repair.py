"""Component `counterpoint_ner_repair_v1`: fix the small model's entity labels with context.

It runs before `cp_mentions`, rewriting `doc.ents`:
- demonyms ("Kazakh", "Kazakhstanis") become NORP groups, never persons or organizations;
- news agencies ("Sputnik", "Sputnik Kazakhstan", "AFP") become ORG;
- headline fragments are trimmed to the name ("Vladimir Putin Sends" -> "Vladimir Putin");
- spans cut at line breaks and at commas between places ("Zhanaozen, Mangystau Oblast");
- a leading country is split off a person ("Kazakhstan Kassym-Jomart Tokayev");
- a person-shaped name the model calls ORG or GPE becomes PERSON when a title precedes it or it
  has a Slavic surname ending and is not a known place ("Tokayev", "Nursultan Nazarbayev");
- a lone word the gazetteer knows as a place is GPE, not PERSON or ORG ("Almaty", "Guryev"),
  unless the same document uses it as a person's surname;
- PERSON spans with no capitalized word or with non-name characters are dropped ("Ctrl + Enter").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import is_country_or_region, is_known_place
from .rules import (
    DEMONYMS,
    HEADLINE_VERBS,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    NON_NAME_CHARS,
    ORG_SUFFIXES,
    PERSON_SURNAME_ENDINGS,
    PERSON_TITLES,
    PERSON_TOKEN,
)
from .translit import fold

# Labels this component may rewrite; the rest (DATE, CARDINAL...) pass through untouched.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


@Language.factory("counterpoint_ner_repair_v1")
def make_ner_repair(nlp: Language, name: str) -> "NerRepair":
    return NerRepair()


class NerRepair:
    def __call__(self, doc: Doc) -> Doc:
        surnames = {
            fold(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
        }
        out: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                out.append(ent)
                continue
            for piece in _split(doc, ent):
                fixed = _relabel(doc, piece, surnames)
                if fixed is not None:
                    out.append(fixed)
        doc.ents = filter_spans(out)
        return doc


def _split(doc: Doc, ent: Span) -> list[Span]:
    """Cut a span at line breaks, headline verbs, commas between places, and a leading country."""
    pieces: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end):
        tok = doc[i]
        if "\n" in tok.text or tok.is_space:
            if i > start:
                pieces.append(Span(doc, start, i, label=ent.label_))
            start = i + 1
    if start < ent.end:
        pieces.append(Span(doc, start, ent.end, label=ent.label_))
    result: list[Span] = []
    for sp in pieces:
        # "Vladimir Putin Sends": a capitalized verb at the end is a headline word, not the name.
        while len(sp) > 1 and sp[-1].text.lower() in HEADLINE_VERBS:
            sp = Span(doc, sp.start, sp.end - 1, label=sp.label_)
        commas = [t.i for t in sp if t.text == ","]
        if commas and sp.label_ != "PERSON":
            parts, s = [], sp.start
            for c in [*commas, sp.end]:
                if c > s:
                    parts.append(Span(doc, s, c, label=sp.label_))
                s = c + 1
            if all(is_known_place(p.text) for p in parts):
                result.extend(Span(doc, p.start, p.end, label="GPE") for p in parts)
                continue
        if len(sp) > 2 and sp.label_ in ("ORG", "GPE") and not sp[1].text.startswith("-"):
            head, rest = Span(doc, sp.start, sp.start + 1), Span(doc, sp.start + 1, sp.end, label="PERSON")
            if is_country_or_region(head.text) and _person_shaped(rest) and not _ends_org(rest):
                result.append(Span(doc, head.start, head.end, label="GPE"))
                result.append(rest)
                continue
        result.append(sp)
    return [p for p in result if len(p) and p.text.strip()]


def _relabel(doc: Doc, sp: Span, surnames: set[str]) -> Span | None:
    text = sp.text.strip()
    folded = fold(text)
    words = folded.split()
    label = sp.label_
    if not words:
        return None
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    if folded in DEMONYMS or (folded.endswith("s") and folded[:-1] in DEMONYMS):
        return _with(sp, "NORP")
    if first in NEWS_AGENCIES:
        return _with(sp, "ORG")
    if label == "PERSON":
        if NON_NAME_CHARS.search(text) or not _person_shaped(sp, strict=False):
            return None
        if _ends_org(sp):
            return _with(sp, "ORG")  # "Ascension Cathedral"
    single = " " not in text  # "Almaty", "Alma-Ata": one word, hyphens allowed
    if label in ("PERSON", "ORG") and single and folded not in surnames and is_known_place(text):
        nxt = doc[sp.end].lemma_ if sp.end < len(doc) else ""
        if nxt not in ("say", "tell"):
            return _with(sp, "GPE")
    if label in ("ORG", "GPE", "NORP") and not _ends_org(sp) and _person_shaped(sp):
        titled = sp.start > 0 and doc[sp.start - 1].text.lower() in PERSON_TITLES
        slavic = words[-1].endswith(PERSON_SURNAME_ENDINGS) and len(words[-1]) > 4
        if (titled or slavic or folded in surnames) and not is_known_place(text):
            return _with(sp, "PERSON")
    return sp


def _person_shaped(sp: Span, *, strict: bool = True) -> bool:
    """Capitalized name words only (name particles allowed); strict also caps the length at 4."""
    toks = [t for t in sp if t.text not in ("-", "'s", "’s", ".") and t.text.lower() not in NAME_PARTICLES]
    if not toks or (strict and len(toks) > 4):
        return False
    return all(PERSON_TOKEN.match(t.text) for t in toks)


def _ends_org(sp: Span) -> bool:
    return fold(sp[-1].text) in ORG_SUFFIXES


def _with(sp: Span, label: str) -> Span:
    return sp if sp.label_ == label else Span(sp.doc, sp.start, sp.end, label=label)
