"""The noun a level counts: "the number of injured rose to 934", "arrests topped 1,000".

A number after a verb of level ("rose to", "was put at", "reached") counts what the level noun
("number", "toll", "tally") of the verb's subject or object counts, not the verb's own cue; these
readers find that noun in the parse. Split out of reading.py, which calls `level_noun`.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import cues as K
from . import subjects as S

# Particles of direction between a verb and its level ("goes down to 6", "went up to 90").
LEVEL_PARTICLES: frozenset[str] = frozenset({"down", "up"})


def level_noun(root: Token) -> Token | None:
    """ "The number of arrests was put at 6,044", "Detentions rise to 7,939": the number is the
    level the verb's subject or object reached; that noun (or the noun after "number of") is
    what it counts. Only person or thing nouns: "the death toll rose to 164" keeps its cue."""
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        verb = root.head  # "the number of dead is 154"
        args = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in K.LEVEL_NOUNS]
    elif root.dep_ == "dobj" and root.head.lemma_.lower() in K.LEVEL_VERBS:
        verb = root.head  # "the number of people who died has reached 158": the subject's level
        args = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in K.LEVEL_NOUNS]
        if not args:
            # "Arrests topped 1,000", "deaths have passed 300": the counted noun is the subject
            return next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")
                         and K.NOUN_CUES.get(c.lemma_.lower()) in K.PEOPLE_MEASURES), None)
    elif root.dep_ != "pobj" or root.head.lower_ not in K.LEVEL_PREPS | K.OLD_LEVEL_PREPS \
            or (found := _level_verb(root.head)) is None:
        return None
    else:
        verb = found
        args = []
    if root.head.lower_ in K.OLD_LEVEL_PREPS:
        args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in K.LEVEL_NOUNS]
        if not args:
            return None  # "fled from 300 villages": only a level noun's count has a level it left
    order = ("dobj", "nsubjpass", "nsubj")  # "Officials put the number ... at": the object, not them
    args = args or [c for c in verb.children if c.dep_ in order and c.pos_ in ("NOUN", "PROPN")]
    if any(c.dep_ == "dobj" for c in args):
        args = [c for c in args if c.dep_ != "nsubj"]  # "Officials raised the toll to 150": not officials
    for noun in sorted(args, key=lambda c: (c.lemma_.lower() not in K.LEVEL_NOUNS, order.index(c.dep_))):
        if noun.lemma_.lower() in K.LEVEL_NOUNS:
            # "the number of missing": the parse makes a bare participle the preposition's pcomp
            of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in K.LEVEL_OF_PREPS
                  for g in p.children if g.dep_ in ("pobj", "pcomp")] or _level_participle(noun)
            noun = of[0] if of else noun
            if of and noun.dep_ == "pcomp" and noun.lower_ not in K.NOUN_CUES.keys() | K.VERB_CUES.keys():
                # "the number of confirmed dead": the participle qualifies the cue it governs
                noun = next((g for g in noun.children if g.dep_ in ("oprd", "acomp", "dobj")
                             and g.lower_ in K.NOUN_CUES.keys() | K.VERB_CUES.keys()), noun)
            if of and noun.lower_ in K.NOUN_CUES.keys() | K.VERB_CUES.keys() and S.classify(noun.lemma_) != "person":
                return noun  # "the number of injured": the measure's own word (the caller reads it)
        if S.classify(noun.lemma_, noun.ent_type_) in ("person", "thing"):
            return noun
    return None


def _level_participle(noun: Token) -> list[Token]:
    """ "The number hurt rose to 934": a participle right on a level noun names what it counts."""
    return [c for c in noun.children if c.dep_ in ("acl", "amod") and c.i == noun.i + 1
            and c.lower_ in K.NOUN_CUES.keys() | K.VERB_CUES.keys()]


def _level_verb(prep: Token) -> Token | None:
    """The verb a level's preposition hangs on: "rose to 140", and through a particle or adverb
    of direction, "the number of missing goes down to 6", "has shot up to 90"."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.lower_ in LEVEL_PARTICLES and head.dep_ in ("advmod", "prt", "prep") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None
