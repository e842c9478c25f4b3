"""Victims told one by one, tallied over the document.

Crime news often gives no number for the dead or hurt, but names or describes each victim in a
sentence of their own: "Jon Roe, 24, died at the scene. Ann Poe, 31, was pronounced dead at a
hospital" (two dead); "A man was shot in the leg. A woman was also wounded" (two hurt). Each of
those sentences is a figure of one (figures.singulars, figures.victims). This pass counts the
distinct persons behind them, per measure, and when that tally is above every count the document
states for the measure, adds it as a figure of its own, whose evidence is the passage from the
first victim's sentence to the last; the one-person figures become its parts.

Who is distinct:
- names: "Jon Roe" and a later "Roe" are one person; "Jon Roe" and "Ann Poe" are two;
- indefinite persons ("a man", "a woman"): a new one when the noun's sex differs from every
  earlier one, or when the sentence says it is one more ("another man", "a second victim", "was
  also wounded"); else it may be the same person told again ("a man was killed ... a 24-year-old
  man died at the scene");
- definite ones ("the victim", "the man", "he") refer back and add no one;
- "both men" are two.
Names and descriptions are often the same people ("a man was killed ... Jon Roe, 24, died"), so
the tally is the larger of the two counts, never their sum. A person tallied dead is not also
counted hurt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import Evidence, FigureClaim
from ..text.lexicon import TENS_WORDS, UNIT_WORDS
from .figure import Figure

# Measures whose victims are told one by one. Injured only: tallying the dead too cost GVDB dev
# killed 0.863 -> 0.838 (names of earlier, unrelated homicides in the same article were counted).
TALLY_MEASURES: tuple[str, ...] = ("injured",)
# Person nouns by sex: an indefinite noun of the other sex is another person ("a man was shot ...
# a woman was also wounded"). Nouns of no sex ("victim", "teen", "driver") never add one alone.
MALE_NOUNS: frozenset[str] = frozenset({
    "man", "boy", "male", "father", "son", "husband", "brother", "boyfriend", "grandfather", "uncle",
    "gentleman", "nephew", "grandson", "stepfather", "stepson",
})
FEMALE_NOUNS: frozenset[str] = frozenset({
    "woman", "girl", "female", "mother", "daughter", "wife", "sister", "girlfriend", "grandmother", "aunt",
    "lady", "niece", "granddaughter", "stepmother", "stepdaughter",
})
# Nouns of no sex a headline writes bare for one person ("Teen shot", "Officer wounded", "Victim
# identified"): a description, not a name.
HEADLINE_PERSON_NOUNS: frozenset[str] = frozenset({
    "victim", "teen", "teenager", "child", "toddler", "infant", "baby", "kid", "student", "officer", "deputy",
    "trooper", "cop", "driver", "suspect", "gunman", "shooter", "bystander", "clerk", "worker", "customer",
    "resident", "person", "juvenile", "motorist", "passenger", "pedestrian", "homeowner", "neighbor",
    "neighbour", "guard", "employee", "patron", "hunter", "soldier", "veteran", "doctor", "nurse", "teacher",
})
# Words that open an indefinite person ("a man", "one officer", "another woman").
INDEFINITE_WORDS: frozenset[str] = frozenset({"a", "an", "one", "another"})
# Words that open a person told before ("the victim", "this man", "he", "his son").
DEFINITE_WORDS: frozenset[str] = frozenset({"the", "this", "that", "he", "she", "his", "her", "their", "its"})
# Words in the victim's sentence that say the person is one more than those told before.
ONE_MORE_RE = re.compile(r"\b(?:another|second|third|fourth|fifth|also|too|as\s+well)\b", re.I)
# A death told in the hurt person's sentence: "another" there counts beyond the dead.
DEATH_RE = re.compile(r"\b(?:killed|dead|died|dies|fatally|murdered|slain)\b", re.I)
# "both men were killed": two persons.
BOTH_RE = re.compile(r"^\s*both\b", re.I)
# A name as the counted phrase: capitalized words, possibly joined by "and".
NAME_RE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
# Number words: a phrase opening with one is a stated count, not one person told.
COUNT_WORDS: frozenset[str] = frozenset(w for w, v in {**UNIT_WORDS, **TENS_WORDS}.items() if v != 1)
# A one-person figure's value: one person, or "both".
ONE_BY_ONE_VALUES: frozenset[float] = frozenset({1.0, 2.0})


def _names(text: str) -> list[str] | None:
    """The names in a counted phrase ("Jon Roe", "Jon Roe and Ann Poe"), None when it is no name
    (a headline's capitalised common noun, "Man injured in shooting", is none)."""
    parts = [p.strip(" ,") for p in re.split(r"\s*(?:,|\band\b)\s*", text.strip()) if p.strip(" ,")]
    if not parts or not all(NAME_RE.match(p) for p in parts):
        return None
    if any(p.split()[0].lower() in INDEFINITE_WORDS | DEFINITE_WORDS | COUNT_WORDS for p in parts):
        return None
    if any(_common_person_noun(p) for p in parts):
        return None
    return parts


def _common_person_noun(text: str) -> bool:
    """ "Man", "Woman", "Teen", "Officer": one word naming a kind of person, not a person."""
    word = text.strip().lower()
    return " " not in word and (word in MALE_NOUNS or word in FEMALE_NOUNS or word in HEADLINE_PERSON_NOUNS)


def _sex(text: str) -> str | None:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    if words & MALE_NOUNS:
        return "m"
    if words & FEMALE_NOUNS:
        return "f"
    return None


class _People:
    """Distinct persons told so far for one measure."""

    def __init__(self) -> None:
        self.names: list[str] = []  # full names as written ("Jon Roe")
        self.sexes: set[str | None] = set()
        self.described = 0  # indefinite persons counted as distinct
        self.both = False

    def same_name(self, name: str) -> str | None:
        last = name.split()[-1].lower()
        for known in self.names:
            if known.lower() == name.lower():
                return known
            if (len(name.split()) == 1 or len(known.split()) == 1) and known.split()[-1].lower() == last:
                return known
        return None

    def add(self, f: Figure, c: FigureClaim, excluded: _People | None) -> bool:
        """Count the person (or persons) of one figure; False when it is no one-by-one victim."""
        text = f.quantity.text.strip()
        first = text.split()[0].lower() if text.split() else ""
        if BOTH_RE.match(text):
            self.both = True
            return True
        names = _names(text)
        if names is not None:
            for n in names:
                if excluded is not None and excluded.same_name(n):
                    continue  # named among the dead: not also among the hurt
                known = self.same_name(n)
                if known is None:
                    self.names.append(n)
                elif len(n) > len(known):
                    self.names[self.names.index(known)] = n
            return True
        if first in INDEFINITE_WORDS or _common_person_noun(text):
            # a headline writes "Man shot" for "a man was shot"
            sex = _sex(text)
            told_sexes = self.sexes - {None}  # a person of unknown sex may be any one told before
            # "one man was killed, another was injured": one more than the dead, not the hurt
            beside_dead = c.measure == "injured" and DEATH_RE.search(c.evidence.text) is not None
            new = (not self.sexes or (sex is not None and bool(told_sexes) and sex not in told_sexes)
                   or (not beside_dead and (ONE_MORE_RE.search(text) is not None
                                            or ONE_MORE_RE.search(c.evidence.text) is not None)))
            self.described += new
            self.sexes.add(sex)
            return True
        return first in DEFINITE_WORDS

    def tally(self) -> int:
        return max(len(self.names), self.described, 2 if self.both else 0)


def _one_by_one(f: Figure, c: FigureClaim) -> bool:
    """A figure of one person (or "both") told without a number."""
    text = f.quantity.text.strip()
    return (c.value in ONE_BY_ONE_VALUES and not any(ch.isdigit() for ch in text)
            and not (text.split() and text.split()[0].lower() in COUNT_WORDS)
            and not (f.older or f.hedged or f.background))


def victim_tally(found: Sequence[tuple[Figure, FigureClaim]], text: str, offset: int
                 ) -> list[tuple[Figure, FigureClaim]]:
    """`found` with one tally figure added per measure whose victims, told one by one, outnumber
    every count the document states for it (see the module doc). `text` is the text the claims'
    evidence offsets point into, less `offset`."""
    out = list(found)
    dead: _People | None = None
    for measure in ("killed", "injured"):  # the dead first: a victim who died is not also hurt
        people = _People()
        told: list[int] = []
        stated = 0.0
        for k, (f, c) in enumerate(out):
            if c.measure != measure:
                continue
            if _one_by_one(f, c) and people.add(f, c, dead if measure == "injured" else None):
                told.append(k)
            elif c.value is not None and not (f.older or f.hedged or f.background):
                stated = max(stated, c.value)
        if measure == "killed":
            dead = people
        n = people.tally()
        if measure not in TALLY_MEASURES or n < 2 or n <= stated or len(told) < 2:
            continue
        first, last = out[told[0]][1], out[told[-1]][1]
        start, end = first.evidence.start, max(out[k][1].evidence.end for k in told)
        passage = text[start - offset:end - offset]
        if not passage:
            continue
        key = f"~tally-{measure}-{start}"
        q = replace(out[told[-1]][0].quantity, value=float(n), low=float(n), high=float(n), qualifier="exact")
        fig = Figure(quantity=q, measure=measure, subject="person", unit=out[told[-1]][0].unit,
                     place_name=next((out[k][0].place_name for k in told if out[k][0].place_name), None))
        claim = replace(last, id=key, value=float(n), low=float(n), high=float(n), qualifier="exact",
                        subject="person", part_of=None, supersedes=(), update_cue=None,
                        evidence=Evidence(document=last.evidence.document, start=start, end=end, text=passage),
                        place_name=fig.place_name)
        for k in told:
            if out[k][1].part_of is None:
                out[k] = (replace(out[k][0], part=True), replace(out[k][1], part_of=key))
        out.insert(told[-1] + 1, (fig, claim))
    return out
