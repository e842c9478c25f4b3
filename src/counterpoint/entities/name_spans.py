"""Span shapes the entity repair reads and cuts (used by `counterpoint.entities.ner_repair`): a
span made of a person's name words; a Saharan place name's "In" the model leaves out; a body's name
the model ran on into the name of its head.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .gazetteer import is_country_or_region, is_known_place
from .rules import NAME_PARTICLES, ORG_SUFFIXES, PERSON_TOKEN, ROLE_WORDS
from .translit import fold

# Saharan place names open with the Tuareg "In" ("In Zenda", "In Tarlen": "place of"); the model
# reads the capitalized word as the preposition and tags only what follows, often as a person. A
# capitalized "In" right after one of these lower-case words (a preposition or an article: English
# never capitalizes the preposition there, "located in In Zenda", "the In Zenda field") is the
# first word of a place's name.
IN_PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "from", "to", "of", "around", "towards", "toward",
                             "the", "via"})
IN_PLACE_LABELS = frozenset({"GPE", "LOC", "PERSON", "FAC", "ORG"})


def in_place(doc: Doc, ent: Span) -> Span:
    """"in In Zenda": the span with its "In", a place (see `IN_PLACE_BEFORE`)."""
    i = ent.start
    if (ent.label_ in IN_PLACE_LABELS and i >= 2 and doc[i - 1].text == "In" and doc[i - 2].text in IN_PLACE_BEFORE
            and ent[0].text[:1].isupper()):
        return Span(doc, i - 1, ent.end, label="GPE")
    return ent


# A body's name the model ran on into the name of the person who heads it ("Chairman of the
# Commission of the Zendan Union Jan Tarlen Novak told ..."): this many name words after the body's
# last head word are a person of their own.
BODY_TAIL_PERSON_WORDS = range(2, 4)
# The word such a body's name is built with ("Commission of the Zendan Union"): without it the head
# word may be inside a longer name ("Zenda News World Edition").
BODY_OF_WORD = "of"


def body_then_person(doc: Doc, sp: Span) -> list[Span] | None:
    """An ORG span that ends a body's name with a head word (`ORG_SUFFIXES`) and then goes on with
    two or three person-shaped words: the body, and the person (see `BODY_TAIL_PERSON_WORDS`)."""
    if sp.label_ != "ORG":
        return None
    heads = [t.i for t in sp[1:] if fold(t.text) in ORG_SUFFIXES]
    if not heads:
        return None
    tail = Span(doc, heads[-1] + 1, sp.end, label="PERSON")
    # the tail is no one when it is a place or holds the body's own words ("World Organization Against
    # Torture", "National Police Inspector General"); and only "<body> of <...> <head>" is a name the
    # head word surely ends ("Zenda News World Edition" goes on)
    if (len(tail) not in BODY_TAIL_PERSON_WORDS or not person_shaped(tail) or is_known_place(tail.text)
            or is_country_or_region(tail[0].text)
            or any(t.lower_ in STOP_WORDS or t.lower_ in ROLE_WORDS or not t.is_alpha for t in tail)
            or not any(t.lower_ == BODY_OF_WORD for t in sp[: heads[-1] - sp.start])):
        return None
    return [Span(doc, sp.start, heads[-1] + 1, label="ORG"), tail]


def person_shaped(sp: Span, *, strict: bool = True) -> bool:
    """Capitalized name words only (name particles allowed); strict also caps the length at 4."""
    toks = [t for t in sp if t.text not in ("-", "'s", "’s", ".") and t.text.lower() not in NAME_PARTICLES]
    if not toks or (strict and len(toks) > 4):
        return False
    return all(PERSON_TOKEN.match(t.text) or _hyphen_syllable(t) for t in toks)


def _hyphen_syllable(tok) -> bool:
    """The lower-case second syllable of a hyphenated given name ("Min-kyu", "Ni-na"): written
    right after a capitalized syllable and a hyphen, with no space between."""
    doc = tok.doc
    return (tok.is_alpha and tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].text[:1].isupper())
