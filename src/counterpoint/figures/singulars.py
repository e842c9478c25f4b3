"""Figures of one person told without a number: "a man was shot", "one officer died", a named
victim, and a headline's bare noun ("Man shot, killed")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from . import cues as K
from . import subjects as S
from .cue_scan import Cue
from .figure import PEOPLE_UNIT, Figure
from .places import clause_place
from .victim_tally import FEMALE_NOUNS, MALE_NOUNS
from .victims import DEATH_IN_SENTENCE_RE, MORE_PERSON_NOUNS

# Determiners that make a singular person noun a count of one ("a man", "one officer").
SINGULAR_DETERMINERS: frozenset[str] = frozenset({"a", "an", "one", "another"})
# Modifiers of a singular person noun that make it one more ("an additional person", "a further victim").
ADDED_WORDS: frozenset[str] = frozenset({"additional", "further", "extra"})
# "A third person has died", "an 8th victim was found", "police identify a fifth victim": an
# ordinal on an indefinite person noun says the count has reached it. From the third on: "a man
# was killed and a second man was hurt" counts two different outcomes one each.
ORDINAL_WORDS: dict[str, int] = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12,
}
ORDINAL_RE = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)
ORDINAL_MIN = 3
ORDINAL_DETERMINERS: frozenset[str] = frozenset({"a", "an"})
# Nouns the subjects vocabulary counts people by ("3,000 arrests", "12 deaths") that name an event
# or a state when they stand alone: "Arrest made in shooting that left man injured" has no victim
# called "Arrest".
NOT_ONE_PERSON_NOUNS: frozenset[str] = frozenset({
    "arrest", "detention", "death", "injury", "fatality", "casualty", "life", "dead", "injured", "wounded",
})
# Words that stand for one more person beside one just counted ("one died and another was hurt",
# "a second was injured", "the other was wounded"): one person, and never the one told before.
ONE_MORE_PERSON_WORDS: frozenset[str] = frozenset({"another", "second", "other"})
# The determiners each takes when it stands alone ("a second", "the other"; "another" takes none).
ONE_MORE_PERSON_DETS: dict[str, frozenset[str]] = {
    "another": frozenset(), "second": frozenset({"a"}), "other": frozenset({"the"}),
}
# Units of an age that stands for a person ("a 17-year-old", "a six-month-old").
AGE_UNITS: frozenset[str] = frozenset({"year", "month", "week"})
# Words before "with" that make its object a companion in what befell the subject ("killed along
# with his brother", "died together with two others").
COMPANION_WORDS: frozenset[str] = frozenset({"along", "together"})
# Nouns of sex that describe one person in an apposition ("X, a 19-year-old black male,").
GENDERED_NOUNS: frozenset[str] = MALE_NOUNS | FEMALE_NOUNS
# A line this short without a closing full stop is a headline (bare nouns count one there).
HEADLINE_MAX_TOKENS = 20


def singular_figures(sent: Span, cues: list[Cue], found: list[Figure]) -> list[Figure]:
    """ "A 42-year-old man was shot and killed": an indefinite person noun counts one."""
    taken = {(f.quantity.start, f.quantity.end) for f in found}
    out: list[Figure] = []
    seen: set[int] = set()
    headline = is_headline(sent)
    for cue in sorted(cues, key=lambda c: K.WEAK_CUES.get(c.token.lemma_.lower(), 0)):
        measure = next((m for m in cue.measures if m in K.PEOPLE_MEASURES), None)
        verb = cue.token
        if cue.width > 1:  # "fatally shot", "found dead": the phrase's verb carries the arguments
            doc = cue.token.doc
            verb = next((t for t in doc[cue.token.i:cue.token.i + cue.width] if t.pos_ == "VERB"), verb)
        if measure is None or cue.noun or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in verb.children) or (
                verb.dep_ == "conj" and any(c.dep_ == "neg" for c in verb.head.children)):
            continue  # "she was not shot": no victim
        # A headline drops "was": "Man shot, killed" parses with an active subject.
        passive_subj = ("nsubjpass", "nsubj") if headline else ("nsubjpass",)
        deps = ("nsubjpass", "dobj", "nsubj") if verb.lemma_.lower() in K.INTRANSITIVE_CUES else (*passive_subj, "dobj")
        # "killed Jan. 11": a date parsed as the object is not the victim
        args = [c for c in verb.children if c.dep_ in deps and (c.ent_type_ not in ("DATE", "TIME") or c.lower_ == "old")]
        if not args and (verb.dep_ == "conj" or (headline and verb.dep_ == "advcl")):
            args = [c for c in verb.head.children if c.dep_ in (*passive_subj, "dobj")]
        if not args and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            args = [verb.head]
        companions = along_with(verb)
        for head in args:
            if any(c.dep_ == "nummod" for n in [head, *head.conjuncts, *companions] for c in n.children):
                continue  # "a driver and three passengers", "X died along with two others": the count's figure holds them all
            members = [head, *head.conjuncts]
            group = [n for n in members if n.i not in seen and (
                singular_person(n, measure, headline) or (n.i != head.i and _possessed_victim(n, measure)))]
            if group and head.dep_ in ("nsubj", "nsubjpass"):
                # "X was killed along with Y": Y is one more victim
                group += [n for n in companions if n.i not in seen and singular_person(n, measure, headline)]
            if not group:
                continue
            first = min([group[0], *(c for c in group[0].children if c.dep_ in ("det", "compound"))], key=lambda t: t.i)
            start = first.idx - sent.start_char
            end = group[-1].idx + len(group[-1].text) - sent.start_char
            if any(a < end and start < b for a, b in taken):
                continue
            seen.update(n.i for n in group)
            n = float(len(group))
            if len(group) == 1 and (nth := _ordinal_count(group[0])) is not None:
                n = float(nth)  # "a third person has died": the count is three now
            q = Quantity(value=n, low=n, high=n, qualifier="exact", unit=None, start=start, end=end,
                         text=sent.text[start:end], number_start=start)
            subject = S.join_subjects([
                S.person_subject(g.lemma_, tuple(c.lower_ for c in g.children if c.dep_ in ("compound", "amod")))
                for g in group
            ])
            out.append(Figure(quantity=q, measure=measure, subject=subject, unit=PEOPLE_UNIT,
                               place_name=clause_place(sent, cue, head), increment=_added_one(group),
                               one_shot=measure == "injured" and not _one_more(group[0]) and (
                                   verb.lemma_.lower() == "shoot" or DEATH_IN_SENTENCE_RE.search(sent.text) is not None)))
    return out


def along_with(verb: Token) -> list[Token]:
    """Who a verb's subject went through it with: "X was killed along with Y", "X died together
    with two others" (the object of "with" right after "along"/"together", and its conjuncts)."""
    out: list[Token] = []
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "with" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in COMPANION_WORDS \
                and tok.head.i in (verb.i, tok.doc[tok.i - 1].i):
            for obj in tok.children:
                if obj.dep_ == "pobj":
                    out.extend([obj, *obj.conjuncts])
    return out


def _possessed_victim(noun: Token, measure: str) -> bool:
    """ "fatally shot a teenager and the teen's neighbor", "killed a woman and her son": a person
    named by a possessive beside one counted is one more victim."""
    return (measure in K.SINGULAR_NAME_MEASURES and noun.pos_ == "NOUN" and noun.tag_ == "NN"
            and any(c.dep_ == "poss" for c in noun.children)
            and (S.classify(noun.lemma_) == "person" or noun.lemma_.lower() in MORE_PERSON_NOUNS))


def _described_as_person(name: Token) -> bool:
    """A proper noun with an appositive that names one person ("X, a 29-year-old man,")."""
    return any(c.dep_ == "appos" and c.tag_ == "NN" and (S.classify(c.lemma_) == "person" or c.lower_ in GENDERED_NOUNS)
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in name.children)


def _one_more(noun: Token) -> bool:
    """ "another man", "a second victim", "another": a person other than the one told before."""
    return noun.lower_ in ONE_MORE_PERSON_WORDS or any(
        c.dep_ in ("det", "amod") and c.lower_ in ONE_MORE_PERSON_WORDS for c in noun.children)


def _lone_one_more(noun: Token) -> bool:
    """ "another", "a second", "the other" standing alone for a person."""
    dets = ONE_MORE_PERSON_DETS.get(noun.lower_)
    if dets is None or any(c.dep_ in ("nummod", "compound", "amod") for c in noun.children):
        return False
    own = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return own == set(dets) if dets else not own


def _added_one(group: list[Token]) -> bool:
    """ "an additional person had been killed", "a further victim": one more than a count told
    before (the component weighs it against the figure before it). Not "another man", which
    tells of one more victim as often as of one more count."""
    if len(group) != 1:
        return False
    kids = {c.lower_ for c in group[0].children if c.dep_ in ("det", "amod")}
    return bool(kids & {"a", "an"}) and bool(kids & ADDED_WORDS)


def _ordinal_count(noun: Token) -> int | None:
    """The count an ordinal on an indefinite person noun says ("a fifth victim" -> 5), if any."""
    if not any(c.dep_ == "det" and c.lower_ in ORDINAL_DETERMINERS for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ in ("amod", "nummod") and c.i < noun.i:
            m = ORDINAL_RE.match(c.text)
            n = int(m.group(1)) if m else ORDINAL_WORDS.get(c.lower_)
            if n is not None and n >= ORDINAL_MIN:
                return n
    return None


def singular_person(noun: Token, measure: str, headline: bool = False) -> bool:
    """ "a man", "one officer", "another woman": a person noun that counts one. For killed and
    injured also a named victim ("Jakell Mitchell was shot and killed"), "he" / "she", and a
    headline's bare noun ("Man shot, killed on west side")."""
    if measure in K.SINGULAR_NAME_MEASURES:
        if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON" and noun.tag_ == "NNP":
            return True
        if noun.pos_ == "PROPN" and noun.tag_ == "NNP" and _described_as_person(noun):
            return True  # "Calvin Santiago, a 19-year-old black male, died": a name the tagger missed
        if _lone_one_more(noun):
            return True  # "one died and another was hurt"
        if noun.pos_ == "PRON" and noun.lower_ in K.SINGULAR_PRONOUNS:
            return True
    if noun.lower_ == "old" and any(c.lemma_.lower() in AGE_UNITS for c in noun.subtree) \
            and any(c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS for c in noun.children):
        return True  # "a 17-year-old was shot": an age standing for the person
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNP") or not (
            S.classify(noun.lemma_) == "person"
            or (measure in K.SINGULAR_NAME_MEASURES and noun.lemma_.lower() in MORE_PERSON_NOUNS)):
        return False  # crime news's victims ("a bystander", "a clerk") count for the dead and hurt
    if noun.lemma_.lower() in NOT_ONE_PERSON_NOUNS:
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    if measure in K.SINGULAR_NAME_MEASURES and headline and not any(c.dep_ == "det" for c in noun.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS for c in noun.children)


def is_headline(sent: Span) -> bool:
    """A short line with no closing full stop: a title or a caption."""
    text = sent.text.strip()
    return 0 < len(sent) <= HEADLINE_MAX_TOKENS and text[-1:] not in ".!?\"”"
