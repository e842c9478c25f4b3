"""The measure cue words of one sentence: verbs ("killed", "detained"), nouns ("deaths", "the
toll") and phrases ("took to the streets"), each with the measures it can count, read from the
tokens' lemmas and tags (the tables are in `cues`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import cues as K
from . import graph_cues as G

# People who lost their homes are the displaced, told by a preposition or verb of loss and a noun of
# a home ("250,000 were left without habitable homes", "5,000 families lost their houses", "left
# 2,000 without shelter"): the lemma of the loss word -> the dependency its home noun has on it.
HOME_LOSS_WORDS: dict[str, str] = {"without": "pobj", "lose": "dobj"}
# Lemmas of the nouns of a home in those phrases.
HOME_NOUNS: frozenset[str] = frozenset({"home", "house", "shelter", "roof", "dwelling", "housing"})
# Verbs that put people out of where they live, told by "from" or "out of" and a dwelling ("forcing
# 630 people from nearby apartments", "drove 5,000 out of their villages"): the displaced; not
# "forced 300 protesters from the square".
FORCED_OUT_VERBS: frozenset[str] = frozenset({"force", "drive", "chase"})
DWELLING_NOUNS: frozenset[str] = HOME_NOUNS | {"apartment", "flat", "village", "town", "neighbourhood",
                                               "neighborhood", "building", "block"}
# Nouns of where the displaced stay, after "in", "into" or "to" ("895,000 moved into camps", "living
# in shelters"): a cue of the displaced, which a verb of harm nearer the number outranks.
SHELTER_NOUNS: frozenset[str] = frozenset({"camp", "shelter", "tent", "tentcamp"})
SHELTER_PREPS: frozenset[str] = frozenset({"in", "into", "to"})
# Verbs of drawing a crowd that, as a participle on the counted noun with a "from" phrase, say where
# the counted come from, not that they gathered ("injuring 240 others drawn from various
# nationalities", "victims drawn from across the region"); the active verb still counts a crowd
# ("the rally drew 5,000 supporters from across the country").
ORIGIN_PARTICIPLES: frozenset[str] = frozenset({"draw"})
ORIGIN_PREPS: frozenset[str] = frozenset({"from"})
# Verbs that put people into custody with the count between them and the "into" phrase ("police
# took 1,200 people into custody", "had taken 40 protesters into custody"): the held, as the
# phrase cue "taken into custody" says when nothing stands between (lemma -> custody nouns).
CUSTODY_VERBS: frozenset[str] = frozenset({"take"})
CUSTODY_NOUNS: frozenset[str] = frozenset({"custody", "detention"})
# People held are told by where they are as often as by the act that put them there: a preposition
# of being held and the noun of the hold, whatever modifies the noun ("700 are in government custody",
# "3,555 people are currently under detention", "186 opponents remained behind bars", "taken into
# police custody"): the preposition -> the lemmas of its object that make it a cue of the detained
# (the plain "in custody" is a phrase cue in `cues`). "Died in police custody" keeps the stronger,
# nearer verb, as "died in custody" does.
HELD_STATE_PREPS: dict[str, frozenset[str]] = {
    "in": frozenset({"custody", "detention"}),
    "into": frozenset({"custody", "detention"}),
    "under": frozenset({"detention", "custody"}),
    "behind": frozenset({"bar"}),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    token: Token
    measures: tuple[str, ...]
    noun: bool  # a noun that is itself the counted thing ("deaths")
    width: int = 1  # tokens of a phrase cue ("took to the streets")


def find_cues(sent: Span) -> list[Cue]:
    found: list[Cue] = []
    lows = [t.lower_ for t in sent]
    for k, tok in enumerate(sent):
        for phrase, measure in _phrases_by_first().get(lows[k], ()):
            if tuple(lows[k:k + len(phrase)]) == phrase:
                found.append(Cue(token=tok, measures=(measure,), noun=False, width=len(phrase)))
        lemma = tok.lemma_.lower()
        measures: list[str] = []
        noun = False
        if tok.pos_ in ("NOUN", "PROPN") and (lemma in K.NOUN_CUES or tok.lower_ in K.NOUN_CUES):
            measures.append(K.NOUN_CUES.get(lemma) or K.NOUN_CUES[tok.lower_])
            noun = True
        if lemma in K.HEAD_NOUN_CUES or tok.lower_ in K.HEAD_NOUN_CUES:
            measures.append(_modified_toll(tok) or K.HEAD_NOUN_CUES.get(lemma) or K.HEAD_NOUN_CUES[tok.lower_])
        if tok.pos_ == "NOUN" and lemma in K.LEVEL_NOUNS:
            # "the official death count rose to 189", "the arrest tally": a level noun whose
            # compound is a counted noun is a toll of that measure, as "toll" is of the dead
            measures.extend(K.NOUN_CUES[c.lemma_.lower()] for c in tok.children
                            if c.dep_ == "compound" and c.lemma_.lower() in K.NOUN_CUES)
        if lemma in CUSTODY_VERBS and tok.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() in CUSTODY_NOUNS for g in c.children)
                for c in tok.children):
            measures.append("detained")  # "took 1,200 people into custody"
        elif _held_state(tok):
            measures.append("detained")  # "in police custody", "under detention", "behind bars"
        if _loses_home(tok):
            measures.append("displaced")  # "left without homes", "lost their homes"
        if lemma in K.FATAL_CUES and any(c.lower_ in K.FATAL_ADVERBS for c in tok.children):
            measures.append("killed")  # "fatally shoots a man"
        if lemma in K.PARTICIPLE_ONLY_CUES and tok.tag_ != "VBN":
            pass  # "held talks" is not a detention; "6,000 held" is
        elif tok.pos_ == "NOUN" and lemma in G.EVENT_NOUNS:
            pass  # "the protests left 90 dead": the event, not its participants
        elif _tells_origin(tok):
            pass  # "240 others drawn from various nationalities": where they come from
        elif lemma in K.VERB_CUES or tok.lower_ in K.VERB_CUES:
            measures.append(K.VERB_CUES.get(lemma) or K.VERB_CUES[tok.lower_])
        elif _bare_headline_verb(tok):
            measures.append(K.BARE_HEADLINE_VERBS[tok.lower_])  # "4 shot in drive-by": the verb, parsed as a noun
        if measures:
            found.append(Cue(token=tok, measures=tuple(dict.fromkeys(measures)), noun=noun))
    return found


def _tells_origin(tok: Token) -> bool:
    """ "others drawn from various nationalities": a crowd verb's participle on a noun, with a
    "from" phrase (`ORIGIN_PARTICIPLES`)."""
    return tok.lemma_.lower() in ORIGIN_PARTICIPLES and tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") \
        and any(c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS for c in tok.children)


def _bare_headline_verb(tok: Token) -> bool:
    """ "4 shot in drive-by": a singular noun "shot" with a plural count and no verb taking it as
    its object is the headline's verb ("fired one shot", "heard 3 shots" are gunshots)."""
    if tok.lower_ not in K.BARE_HEADLINE_VERBS or tok.pos_ != "NOUN" or tok.dep_ in ("dobj", "pobj", "attr", "compound"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.like_num and prev.lower_ not in ("one", "1")


def _held_state(tok: Token) -> bool:
    """ "in government custody", "under detention", "behind bars": a preposition of being held whose
    object is a noun of the hold (`HELD_STATE_PREPS`), with or without a modifier before the noun."""
    nouns = HELD_STATE_PREPS.get(tok.lower_)
    return nouns is not None and any(c.dep_ == "pobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns)
                                     for c in tok.children)


def _loses_home(tok: Token) -> bool:
    """ "without homes", "lost their houses": a word of loss whose object is a home (`HOME_LOSS_WORDS`);
    "forcing 630 people from their apartments"; "moved into camps"."""
    lemma = tok.lemma_.lower()
    dep = HOME_LOSS_WORDS.get(lemma)
    if dep is not None and any(c.dep_ == dep and c.lemma_.lower() in HOME_NOUNS for c in tok.children):
        return True
    if lemma in FORCED_OUT_VERBS and tok.pos_ == "VERB":
        # the "from" phrase hangs on the verb or on its object ("forcing 630 people from ...")
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        preps = [c for h in heads for c in h.children if c.lower_ in ("from", "out")]
        preps += [p for c in preps for p in c.children if p.lower_ == "of"]  # "out of their villages"
        if any(g.dep_ == "pobj" and g.lemma_.lower() in DWELLING_NOUNS for c in preps for g in c.children):
            return True
    return lemma in SHELTER_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in SHELTER_PREPS


def _modified_toll(tok: Token) -> str | None:
    """The measure a toll's modifier names when it is not the dead: "the injured toll rose to
    1,680", "the injury toll", "the arrest toll" count the hurt or the held, as "the death toll"
    counts the dead."""
    if tok.lemma_.lower() not in K.MODIFIED_TOLL_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            word = c.lemma_.lower()
            measure = K.NOUN_CUES.get(word) or K.VERB_CUES.get(word) or K.NOUN_CUES.get(c.lower_) \
                or K.VERB_CUES.get(c.lower_)
            if measure is not None and measure != "killed":
                return measure
    return None


@functools.cache
def _phrases_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Phrase cues indexed by their first word, so each token looks at a few, not all."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, measure in K.PHRASE_CUES.items():
        out.setdefault(phrase[0], []).append((phrase, measure))
    return {k: tuple(v) for k, v in out.items()}
