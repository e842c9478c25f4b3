"""Victims counted one by one: crime and accident news names or describes each victim instead of
giving a number ("The victim, identified as X, was pronounced dead", "X's shooting death",
"left a man in critical condition"). Each such mention of one person is a figure of 1, killed or
injured, with its sentence as evidence; the figures component adds them beside its own.

The component's `_singulars` already reads "a man was killed" (an indefinite person noun or a
name as the subject of a killing or injuring verb). This module reads the phrasings it does not:

- dead as a state: "X is dead", "X was pronounced dead", "left a man dead", "X lay dead";
- a death named by a noun: "the (shooting) death of X", "the murder of a teenager", "X's death";
- "succumbed to his injuries";
- a definite victim: "the victim died", "the man was killed" (one person, whoever it refers to);
- injured as a state: "X is in critical condition", "left a man in serious condition",
  "X was hospitalized", "a woman suffering from a gunshot wound", "X was struck by gunfire".

A victim shot and later dead is one victim, killed: an injured mention that only says someone was
hit or wounded is marked `one_shot`, which the component drops when the story counts one dead.
Vocabulary first, logic below.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from ..text.numbers import Quantity, find_quantities
from . import subjects as S
from .figure import Figure

PEOPLE_UNIT = "people"
# One victim is one of the dead (or hurt) a larger count of the same story gives ("Three people
# were killed ... The victim, X, was pronounced dead"): these figures are parts of the document's
# larger figure of their measure wherever it is (the component links them), else counts of one.
VICTIM_PART = "victim"
# A sentence without one of these stems cannot hold a victim this module reads (cheap filter).
VICTIM_STEMS_RE = re.compile(
    r"dead|death|died|dies|fatal|kill|slain|murder|slay|homicide|succumb|condition|critical|hospital|gunshot|struck|"
    r"wound|injur|hurt|himself|herself|recover|recuperat|treated|suffer|sustain|victim|\bbod(?:y|ies)\b|corpse|"
    r"shooting|\bhit\b",
    re.I)
# A death said in the same sentence: a person it calls hurt may be the one who died ("was airlifted
# in critical condition, where he later died"), so that reading yields to a count of one dead.
DEATH_IN_SENTENCE_RE = re.compile(r"\b(?:died|dies|dead|killed|kills|fatal(?:ly)?|succumbed|passed away)\b", re.I)
# Verbs whose subject (or, for "leave", object) is in the state an adjective or phrase names:
# "X is dead", "was pronounced dead", "left a man dead", "lay dead", "remains in critical condition".
STATE_VERBS: frozenset[str] = frozenset({
    "be", "pronounce", "declare", "find", "leave", "lie", "lay", "confirm", "remain", "list", "report",
    "discover", "locate", "rush", "take", "transport", "airlift", "hospitalize", "hospitalise", "stay",
})
# Verbs whose object is the person left in that state ("the shooting left a man dead").
OBJECT_STATE_VERBS: frozenset[str] = frozenset({"leave", "find", "discover", "locate"})
# Adjectives that put the person among the dead.
DEAD_WORDS: frozenset[str] = frozenset({"dead", "deceased"})
# Nouns that name one person's violent death: "the death of X", "the shooting death of X".
DEATH_NOUNS: frozenset[str] = frozenset({"death", "killing", "murder", "slaying", "homicide"})
# "the fatal shooting of X": a shooting noun that kills when one of these modifies it.
FATAL_MODIFIERS: frozenset[str] = frozenset({"fatal", "deadly"})
SHOOTING_NOUNS: frozenset[str] = frozenset({"shooting", "stabbing"})
# "succumbed to his injuries": the subject died.
SUCCUMB_VERBS: frozenset[str] = frozenset({"succumb"})
# Severity adjectives of "in ... condition" that mean the person is hurt.
CONDITION_WORDS: frozenset[str] = frozenset({
    "critical", "serious", "stable", "grave", "fair", "guarded", "life-threatening", "severe", "satisfactory",
})
# Verbs that, with a fatal adverb or "to death" / "dead", kill ("was beaten to death", "shot dead").
FATAL_VERBS: frozenset[str] = frozenset({"shoot", "gun", "stab", "beat"})
# Verbs whose (definite) subject died: "the victim died", "the man was killed".
KILLING_VERBS: frozenset[str] = frozenset({"die", "kill", "murder", "slay"})
# Verbs whose (definite, passive) subject was hurt: "the clerk was wounded"; hospital verbs say
# the person is in care (not merely hit, so never the one who later died).
HURTING_VERBS: frozenset[str] = frozenset({"hospitalize", "hospitalise", "wound", "injure"})
HOSPITAL_VERBS: frozenset[str] = frozenset({"hospitalize", "hospitalise"})
# Verbs whose active subject is the one who harmed, not the victim ("the man killed his wife").
TRANSITIVE_HARM_VERBS: frozenset[str] = frozenset({"kill", "murder", "slay", "wound", "injure", "hospitalize", "hospitalise"})
# "X is in the hospital", "remains at a hospital": verbs that place the person in care.
IN_CARE_VERBS: frozenset[str] = frozenset({"be", "remain", "stay", "recover"})
# Kinds of wound that mark a victim of violence ("a gunshot wound", "stab wounds").
WOUND_KINDS: frozenset[str] = frozenset({"gunshot", "bullet", "stab"})
# Words under "struck"/"hit" that make it a shot ("struck by gunfire", "hit by a stray bullet").
GUNFIRE_WORDS: frozenset[str] = frozenset({"gunfire", "bullet", "round", "shot", "bullets", "gunshot"})
# Nouns after "in"/"at" that place a hurt person in care ("is in the hospital", "at a hospital").
HOSPITAL_NOUNS: frozenset[str] = frozenset({"hospital", "icu"})
# Verbs of being hit: "X was struck by gunfire", "was hit in the leg" (injured, maybe the one who died).
HIT_VERBS: frozenset[str] = frozenset({"strike", "hit", "graze"})
# Wound nouns after "suffering from" / "with": "a man suffering from a gunshot wound".
WOUND_NOUNS: frozenset[str] = frozenset({"wound", "injury", "wounds", "injuries"})
# Words for a hurt state after "leave": "the shooting left another teen critically wounded".
HURT_STATE_WORDS: frozenset[str] = frozenset({"wounded", "injured", "hurt"})
# "A man is recovering after being shot", "recovering from a gunshot wound": the one recovering was
# hurt, when the sentence says by what (these stems), not from an illness or a loss.
RECOVER_VERBS: frozenset[str] = frozenset({"recover", "recuperate"})
HARM_IN_SENTENCE_RE = re.compile(r"\b(?:shot|shooting|wound|injur|stabb|gunfire|bullet|beaten|attack)", re.I)
# "was treated for a gunshot wound", "is being treated at an area hospital": care for a hurt person.
TREAT_VERBS: frozenset[str] = frozenset({"treat"})
# "had suffered a gunshot wound", "suffered non-life-threatening injuries": the subject was hurt.
SUFFER_VERBS: frozenset[str] = frozenset({"suffer", "sustain", "receive"})
# "Two of the victims had gunshot wounds": "have" with a wound of a kind (WOUND_KINDS) is suffering it.
HAVE_VERBS: frozenset[str] = frozenset({"have"})
# Modals that make a victim's reading a fear or a guess ("may have been hit", "might have died").
SPECULATIVE_MODALS: frozenset[str] = frozenset({"may", "might", "could"})
# Determiners that deny the wound ("suffered no injuries").
NO_WORDS: frozenset[str] = frozenset({"no", "zero"})
# Counts of the hurt that the measure cues leave to another measure (the nearby "shooting" makes
# them attacks) or miss: "Four people suffered minor injuries", "sent five people to the
# hospital", "Two people were taken to a hospital with gunshot wounds", "wounding five partygoers".
# Verbs whose passive subject is carried into care, and verbs whose object is sent there.
CARRIED_VERBS: frozenset[str] = frozenset({"take", "rush", "transport", "airlift", "fly", "bring", "carry"})
SENT_VERBS: frozenset[str] = frozenset({"send", "put", "land"})
# Verbs whose active object is the hurt ("wounding five partygoers"): only the living are wounded.
WOUNDING_VERBS: frozenset[str] = frozenset({"wound", "injure"})
# "A boy accidentally shot himself in the hand": the one who shot is the one hit.
SELF_HARM_VERBS: frozenset[str] = frozenset({"shoot", "stab", "wound", "injure"})
REFLEXIVES: frozenset[str] = frozenset({"himself", "herself"})
# Counts told as beyond an earlier one ("116 others", "two more"): the figures component places
# them (a part or an increment), so the hurt counts here leave them alone.
BEYOND_WORDS: frozenset[str] = frozenset({"others", "other", "more", "additional"})
# Definite determiners that, with a singular person noun, refer to one person ("the victim").
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
# Indefinite determiners that count one ("a man", "one officer", "another woman").
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"a", "an", "one", "another"})
SINGULAR_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
# "a homicide victim", "the murder victim", "the victim of a deadly shooting": a victim who died.
DEAD_VICTIM_MODIFIERS: frozenset[str] = frozenset({"homicide", "murder", "fatal", "deadly"})
VICTIM_NOUNS: frozenset[str] = frozenset({"victim"})
# "the body of a man", "a body was found", "a man's body": one dead person.
BODY_NOUNS: frozenset[str] = frozenset({"body", "corpse"})
# Relative pronouns: "the man who died at the scene" counts the noun the clause hangs on.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that"})
# A headline line naming one person who died ("Girl shot at party dies", "Man, 29, fatally shot
# outside diner | site.com"): headlines drop the verbs the parser needs, so their words decide.
_ONE = r"(?:man|woman|girl|boy|teen|teenager|toddler|child|baby|infant|driver|officer|deputy|trooper|student|father|mother|" \
       r"son|daughter|husband|wife|clerk|owner|victim|suspect|gunman|pedestrian|cyclist|motorcyclist|grandmother|grandfather|" \
       r"juvenile|youth|bystander|passenger|resident|customer|cashier|homeowner|neighbou?r|hunter|person|worker|guard|patron)"
HEADLINE_ONE_DEAD_RE = re.compile(
    r"^(?:[^|:]{0,40}:\s*)?(?:a\s+|an\s+|one\s+)?(?:[\w'’-]+\s+){0,3}?" + _ONE +
    r"(?:,\s*\d{1,3},)?\s+(?:[^|;:,.]{0,60}?\s)?(?:dies|died|is\s+dead|dead|found\s+dead|killed|fatally|shot\s+dead|shot\s+to\s+death|slain)\b",
    re.I)
HEADLINE_ONE_HURT_RE = re.compile(
    r"^(?:[^|:]{0,40}:\s*)?(?:a\s+|an\s+|one\s+)?(?:[\w'’-]+\s+){0,3}?" + _ONE +
    r"(?:,\s*\d{1,3},)?\s+(?:(?:in\s+)?critical(?:\s+condition)?|hospitali[sz]ed|wounded|injured|hurt)\b", re.I)
# "Both men were killed": the count "both" stands for.
BOTH = 2
# Subjects that never are one victim ("no one", "nobody", "anyone").
NOBODY: frozenset[str] = frozenset({"nobody", "none", "anyone", "anybody", "noone"})
# Words for one person that crime news uses and the subject vocabulary (figures.subjects) does
# not list; they count one person of no narrower class ("the deputy was in stable condition").
MORE_PERSON_NOUNS: frozenset[str] = frozenset({
    "deputy", "trooper", "owner", "clerk", "cashier", "customer", "bystander", "homeowner", "male",
    "female", "juvenile", "toddler", "son", "daughter", "father", "mother", "wife", "husband", "brother",
    "sister", "girlfriend", "boyfriend", "friend", "relative", "neighbor", "neighbour", "stranger",
    "youth", "adult", "guard", "robber", "burglar", "gunman", "shooter", "attacker", "intruder",
    "student", "pedestrian", "cyclist", "motorcyclist", "rider", "grandmother", "grandfather", "uncle", "aunt", "cousin", "roommate",
})
# An age right before a name makes it a person whatever the entity tagger says ("38-year-old X").
AGE_WORDS_RE = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old\s*$", re.I)


def victim_figures(sent: Span, found: list[Figure], place_of: Callable[[Token], str | None],
                   headline: bool = False) -> list[Figure]:
    """The figures this module reads in one sentence (one per person, or per group of persons
    joined by "and"), none overlapping `found` (the component's own figures for the sentence)."""
    if not VICTIM_STEMS_RE.search(sent.text):
        return []
    # a span the component counted for the same measure is not counted again; the one it counted
    # as shot may still be the one who died ("X was shot and pronounced dead")
    taken = [(f.measure, f.quantity.start, f.quantity.end) for f in found]
    out: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    readings = [(t, r) for t in sent for r in _readings(t, headline) if r[1] is not None]
    if DEATH_IN_SENTENCE_RE.search(sent.text):
        readings = [(t, (m, p, True if m == "injured" else one)) for t, (m, p, one) in readings]
    if headline and not readings and not any(f.measure in ("killed", "injured") for f in found):
        readings = _headline_readings(sent)
    out_counts = _hurt_counts(sent, taken, place_of)
    taken.extend((f.measure, f.quantity.start, f.quantity.end) for f in out_counts)
    for tok, (measure, person, one_shot) in readings:
        if person is None or _negated(tok) or (measure, person.i) in seen:
            continue
        start, end = _span(sent, person)
        if any(m == measure and a < end and start < b for m, a, b in taken):
            continue
        # "found Ann Roe and Bo Roe dead": each named or described person joined by "and" is one more
        group = [person, *(c for c in person.conjuncts if c.i > person.i and _one_person(c, headline, definite=True))]
        if len(group) > 1:
            end = _span(sent, group[-1])[1]
        seen.update((measure, g.i) for g in group)
        taken.append((measure, start, end))
        n = float(BOTH if _both(person) else len(group))
        q = Quantity(value=n, low=n, high=n, qualifier="exact", unit=None, start=start, end=end,
                     text=sent.text[start:end], number_start=start)
        out.append(Figure(quantity=q, measure=measure, subject=_subject(person), unit=PEOPLE_UNIT,
                          place_name=place_of(person), one_shot=one_shot, part=True, part_kind=VICTIM_PART))
    return out_counts + out


def _hurt_counts(sent: Span, taken: list[tuple[str, int, int]], place_of: Callable[[Token], str | None]
                 ) -> list[Figure]:
    """Counts of the hurt told by care or wounds (see CARRIED_VERBS): "Four people suffered
    minor injuries", "sent five people to the hospital", "wounding five partygoers"."""
    quantities = [q for q in find_quantities(sent.text) if q.unit is None and q.value is not None and q.value >= 2]
    out: list[Figure] = []
    for q in quantities:
        if any(m == "injured" and a < q.end and q.start < b for m, a, b in taken):
            continue
        noun = _counted_by(sent, q)
        if noun is None or _negated(noun.head) or noun.lower_ in BEYOND_WORDS or any(
                c.lower_ in BEYOND_WORDS for c in noun.children):
            continue  # "116 others sustained minor injuries": beyond a count told before (the component's parts)
        verb, lemma = noun.head, noun.head.lemma_.lower()
        hurt = (
            (noun.dep_ == "nsubj" and (lemma in SUFFER_VERBS or (lemma in HAVE_VERBS and _kind_of_wound(verb))) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in WOUND_NOUNS for c in verb.children))
            or (noun.dep_ == "dobj" and lemma in SENT_VERBS and _to_hospital(verb))
            or (noun.dep_ == "nsubjpass" and lemma in CARRIED_VERBS and _to_hospital(verb))
            or (noun.dep_ == "dobj" and lemma in WOUNDING_VERBS and verb.pos_ == "VERB" and noun.tag_ == "NNS")
        )
        if not hurt:
            continue
        subject = _subject(noun) if _person_noun(noun) else "person"
        out.append(Figure(quantity=q, measure="injured", subject=subject, unit=PEOPLE_UNIT, place_name=place_of(noun)))
    return out


def _counted_by(sent: Span, q: Quantity) -> Token | None:
    """The plural noun the quantity counts ("five people" -> people), or a bare count's own token
    standing as the noun ("Two were taken")."""
    toks = [t for t in sent if q.start <= t.idx - sent.start_char < q.end]
    if not toks:
        return None
    last = toks[-1]
    if last.dep_ == "nummod" and last.head.tag_ == "NNS":
        return last.head
    return last if last.pos_ == "NUM" and last.dep_ in ("nsubj", "nsubjpass", "dobj") else None


def _to_hospital(verb: Token) -> bool:
    """ "taken to the hospital", "sent five people to area hospitals"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        t.lemma_.lower() in HOSPITAL_NOUNS for t in c.subtree) for c in verb.children)


def _readings(tok: Token, headline: bool) -> list[tuple[str, Token | None, bool]]:
    """(measure, the one person, one_shot) for each pattern `tok` anchors."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out: list[tuple[str, Token | None, bool]] = []
    if low in DEAD_WORDS and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "xcomp", "advcl", "ccomp"):
        out.append(("killed", _state_holder(tok.head, headline), False))
    elif low in DEAD_WORDS and tok.dep_ == "amod" and tok.head.dep_ == "dobj" \
            and tok.head.head.lemma_.lower() in OBJECT_STATE_VERBS:
        # "found Ann Roe and Bo Roe dead": the parse hangs "dead" on the object it describes
        out.append(("killed", tok.head if _one_person(tok.head, headline, definite=True) else None, False))
    elif lemma in DEATH_NOUNS and tok.pos_ == "NOUN":
        out.append(("killed", _death_of(tok, headline), False))
    elif lemma in SHOOTING_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ in FATAL_MODIFIERS for c in tok.children):
        out.append(("killed", _death_of(tok, headline), False))
    elif lemma in SHOOTING_NOUNS and tok.pos_ == "NOUN" and tok.tag_ == "NN":
        # "investigating the shooting of a man": hurt, maybe the one who died ("the shootings of
        # the police" count no one)
        out.append(("injured", _shot_of(tok, headline), True))
    elif lemma in SUCCUMB_VERBS and tok.pos_ == "VERB":
        out.append(("killed", _subject_of(tok, headline), False))
    elif lemma in SELF_HARM_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        out.append(("killed" if _fatal(tok) else "injured", _self_harmer(tok, headline), not _fatal(tok)))
    elif lemma in FATAL_VERBS and tok.pos_ == "VERB" and _fatal(tok):
        out.append(("killed", _subject_of(tok, headline) if tok.tag_ == "VBN" else None, False))
    elif lemma in KILLING_VERBS and tok.pos_ == "VERB":
        out.append(("killed", _definite_subject(tok), False))
    elif lemma in VICTIM_NOUNS and tok.pos_ == "NOUN" and _dead_victim(tok):
        out.append(("killed", tok if _one_person(tok, headline, definite=True) else None, False))
    elif lemma in BODY_NOUNS and tok.pos_ == "NOUN" and tok.tag_ == "NN":
        out.append(("killed", _body_of(tok, headline), False))
    elif low == "condition" and any(c.lower_ in CONDITION_WORDS for c in tok.children) \
            and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        out.append(("injured", _state_holder(tok.head.head, headline), False))
    elif lemma in HOSPITAL_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") \
            and tok.head.head.lemma_.lower() in IN_CARE_VERBS:
        out.append(("injured", _state_holder(tok.head.head, headline), True))
    elif low in HURT_STATE_WORDS and tok.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl") \
            and tok.head.lemma_.lower() == "leave":
        # "the shooting left another teen critically wounded"
        holder = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        holder = holder or next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        out.append(("injured", holder if holder is not None and _one_person(holder, headline, definite=True) else None,
                    False))
    elif lemma in HURTING_VERBS and tok.pos_ == "VERB":
        out.append(("injured", _definite_subject(tok), lemma not in HOSPITAL_VERBS))
    elif lemma in HIT_VERBS and tok.pos_ == "VERB" and tok.tag_ == "VBN" and _by_gunfire(tok):
        out.append(("injured", _subject_of(tok, headline), True))
    elif lemma in HIT_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in GUNFIRE_WORDS for c in tok.children):
        # "a round hit a nearby man in the leg": the object of a shot's hitting
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        out.append(("injured", obj if obj is not None and _one_person(obj, headline, definite=True) else None, True))
    elif lemma in WOUND_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in ("from", "with") \
            and any(c.lower_ in WOUND_KINDS for c in tok.children):
        out.append(("injured", _wounded_person(tok.head, headline), True))
    elif lemma in RECOVER_VERBS and tok.pos_ == "VERB" and HARM_IN_SENTENCE_RE.search(tok.sent.text):
        out.append(("injured", _subject_of(tok, headline), False))
    elif lemma in TREAT_VERBS and tok.pos_ == "VERB" and tok.tag_ == "VBN" and _for_wounds_or_in_care(tok):
        out.append(("injured", _subject_of(tok, headline), False))
    elif (lemma in SUFFER_VERBS or (lemma in HAVE_VERBS and _kind_of_wound(tok))) and tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WOUND_NOUNS and not any(d.lower_ in NO_WORDS for d in c.children)
            for c in tok.children):
        out.append(("injured", _subject_of(tok, headline), True))
    return out


def _kind_of_wound(verb: Token) -> bool:
    """ "had a gunshot wound", "has stab wounds": "have" says hurt only with the wound's kind."""
    return any(c.dep_ == "dobj" and any(d.lower_ in WOUND_KINDS for d in c.children) for c in verb.children)


def _shot_of(noun: Token, headline: bool) -> Token | None:
    """ "the shooting of a man", "the shooting of 18-year-old Jon Roe": the one person shot (never
    the possessive, who may be who shot: "the officer's shooting of a suspect")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return obj if obj is not None and _one_person(obj, headline, definite=True) else None
    return None


def _self_harmer(verb: Token, headline: bool) -> Token | None:
    """Who shot himself: the verb's subject, or the subject of the clause it completes ("the boy
    ended up shooting himself", "after accidentally shooting himself")."""
    for v in (verb, verb.head, verb.head.head):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in SINGULAR_PRONOUNS or _one_person(subj, True, definite=True):
                return subj
            if subj.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
                return subj  # "one of the boys ended up shooting himself"
            return None
        if v.dep_ not in ("xcomp", "advcl", "pcomp", "conj", "acl", "relcl"):
            break
    return verb.head if verb.dep_ in ("acl", "relcl") and _one_person(verb.head, True, definite=True) else None


def _for_wounds_or_in_care(verb: Token) -> bool:
    """ "treated for a gunshot wound", "treated at an area hospital"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "in"):
            if any(t.lemma_.lower() in WOUND_NOUNS | HOSPITAL_NOUNS for t in prep.subtree):
                return True
    return False


def _headline_readings(sent: Span) -> list[tuple[Token, tuple[str, Token | None, bool]]]:
    """A headline's one dead or hurt person, read from its words (see HEADLINE_ONE_DEAD_RE);
    the person is the first person noun of the line."""
    text = sent.text
    for regex, measure in ((HEADLINE_ONE_DEAD_RE, "killed"), (HEADLINE_ONE_HURT_RE, "injured")):
        m = regex.search(text)
        if m is None or any(ch.isdigit() for ch in text[:m.start()]):
            continue
        person = next((t for t in sent if t.idx - sent.start_char < m.end() and _person_noun(t)
                       and t.tag_ in ("NN", "NNP")), None)
        # the tagger often takes a headline's bare noun for an adjective ("juvenile dead"): the word
        # the line's pattern matched is the person
        person = person or next((t for t in sent if t.idx - sent.start_char < m.end()
                                 and re.fullmatch(_ONE, t.text, re.I)), None)
        if person is not None:
            return [(person, (measure, person, False))]
    return []


def _fatal(verb: Token) -> bool:
    """ "shot to death", "fatally shot", "shot dead", "beaten to death"."""
    for c in verb.children:
        if c.lower_ in ("fatally", "mortally") or (c.lower_ in DEAD_WORDS and c.dep_ in ("oprd", "acomp", "advmod")):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _dead_victim(noun: Token) -> bool:
    """ "the homicide victim", "a murder victim", "the victim of a deadly shooting"."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in DEAD_VICTIM_MODIFIERS for c in noun.children):
        return True
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(c.lower_ in DEAD_VICTIM_MODIFIERS for c in obj.children):
                    return True
    return False


def _body_of(noun: Token, headline: bool) -> Token | None:
    """ "the body of a man" (the man), "a man's body" (the man), "a body was found" (the body)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and (_one_person(c, headline, definite=True)
                                                                 or c.ent_type_ == "PERSON"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return obj if obj is not None and _one_person(obj, headline, definite=True) else None
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return noun if dets & (INDEFINITE_DETERMINERS | DEFINITE_DETERMINERS) and noun.dep_ in ("nsubjpass", "dobj", "nsubj") else None


def _state_holder(verb: Token, headline: bool) -> Token | None:
    """Who is in the state: the subject of "be"/"pronounce"/"remain", the object of "leave"."""
    if verb.lemma_.lower() not in STATE_VERBS:
        return None
    if verb.lemma_.lower() in OBJECT_STATE_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj if _one_person(obj, headline, definite=True) else None
    return _subject_of(verb, headline)


def _subject_of(verb: Token, headline: bool) -> Token | None:
    # "ENGLEWOOD (CBS4) – A teenager is dead": a dateline parsed as a second subject is skipped
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = next((c for c in subjects if _one_person(c, headline, definite=True)), subjects[0] if subjects else None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head  # "a man found dead", "the teen who succumbed"
    return subj if subj is not None and _one_person(subj, headline, definite=True) else None


def _definite_subject(verb: Token) -> Token | None:
    """ "The victim died", "the man was killed": a definite singular person as the subject of a
    killing verb (the indefinite and named ones are the component's)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        # "the 18-year-old man who died at the scene": the noun the clause hangs on
        head = verb.head
        return head if head.pos_ in ("NOUN", "PROPN") and _one_person(head, False, definite=True) else None
    if subj is not None and subj.pos_ == "PROPN" and verb.lemma_.lower() == "die" and _one_person(subj, False, definite=True):
        return subj  # "13 year old Jon Doe died", or a name the tagger marked only elsewhere
    if subj is not None and _both(subj) and (subj.dep_ == "nsubjpass" or verb.lemma_.lower() not in TRANSITIVE_HARM_VERBS):
        return subj  # "both men were killed"
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or not _person_noun(subj):
        return None
    if verb.lemma_.lower() in TRANSITIVE_HARM_VERBS and subj.dep_ != "nsubjpass":
        return None  # "the man killed his wife": the killer
    return subj if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in subj.children) else None


def _death_of(noun: Token, headline: bool) -> Token | None:
    """ "the death of X", "X's death", "the fatal shooting of a man"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _one_person(obj, headline, definite=True):
                return obj
    return None


def _wounded_person(prep: Token, headline: bool) -> Token | None:
    """ "a man suffering from a gunshot wound", "found a woman with gunshot wounds"."""
    head = prep.head
    if head.lemma_.lower() == "suffer":
        head = head.head if head.dep_ in ("acl", "xcomp", "advcl") else head
        if head.pos_ in ("NOUN", "PROPN"):
            return head if _one_person(head, headline, definite=True) else None
        return _subject_of(head, headline) if head.pos_ in ("VERB", "AUX") else None
    if head.pos_ in ("NOUN", "PROPN"):
        return head if _one_person(head, headline, definite=True) else None
    if head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and head.lemma_.lower() in OBJECT_STATE_VERBS:
            return obj if _one_person(obj, headline, definite=True) else None
        return _subject_of(head, headline) if head.lemma_.lower() in STATE_VERBS else None
    return None


def _by_gunfire(verb: Token) -> bool:
    """ "struck by gunfire / a bullet / a stray round", "hit in the leg": a person hit by a shot."""
    words = {t.lemma_.lower() for t in verb.subtree}
    return bool(words & GUNFIRE_WORDS) or any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


def _one_person(noun: Token, headline: bool, *, definite: bool) -> bool:
    """One person: a name, "he"/"she", or a singular person noun with "a"/"one" (or "the" when
    `definite`), or bare in a headline ("Man critical after shooting")."""
    if noun.lower_ in NOBODY:
        return False
    if _both(noun):
        return True  # "Both were taken to the hospital": counted two by the caller
    if noun.pos_ == "PROPN" and noun.tag_ == "NNP" and (noun.ent_type_ == "PERSON" or _aged_name(noun)
                                                        or _named_elsewhere(noun)):
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ in SINGULAR_PRONOUNS
    if noun.lower_ == "old" and any(c.lower_ == "year" for c in noun.subtree) \
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS | DEFINITE_DETERMINERS for c in noun.children):
        return True  # "the 18-year-old was shot to death": an age standing for the person
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNP") or not _person_noun(noun):
        return False
    if any(c.dep_ in ("nummod",) for c in noun.children):
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if not dets:
        return headline
    return bool(dets & INDEFINITE_DETERMINERS) or (definite and bool(dets & DEFINITE_DETERMINERS)) or (
        definite and any(c.dep_ == "poss" for c in noun.children))


def _person_noun(noun: Token) -> bool:
    return S.classify(noun.lemma_) == "person" or noun.lemma_.lower() in MORE_PERSON_NOUNS


def _named_elsewhere(noun: Token) -> bool:
    """A name the entity tagger marks as a person elsewhere in the text (it often tags the first
    mention of "Jon Doe" and misses the second)."""
    if noun.ent_type_ and noun.ent_type_ != "PERSON":
        return False
    return any(e.label_ == "PERSON" and noun.text in e.text.split() for e in noun.doc.ents)


def _aged_name(noun: Token) -> bool:
    """ "38-year-old Goldie Long": a name with an age before it is a person."""
    doc = noun.doc
    first = min([noun, *(c for c in noun.children if c.dep_ == "compound")], key=lambda t: t.i)
    return AGE_WORDS_RE.search(doc.text[max(0, first.idx - 16):first.idx].rstrip()) is not None


def _both(noun: Token) -> bool:
    """ "both men", "both victims", "Both were wounded": two persons."""
    if noun.lower_ == "both" and noun.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in noun.children):
        return True
    return noun.tag_ == "NNS" and _person_noun(noun) and any(c.lower_ == "both" for c in noun.children)


def _negated(tok: Token) -> bool:
    """ "The officer was not injured", "was never in critical condition"; and a fear, not a fact:
    "her husband may have been hit by a stray bullet"."""
    for t in (tok, tok.head, tok.head.head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
    return any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in tok.children)


def _span(sent: Span, person: Token) -> tuple[int, int]:
    """The person's phrase (determiner to noun, a name whole) relative to the sentence."""
    first = min([person, *(c for c in person.children if c.dep_ in ("det", "compound", "amod", "poss"))],
                key=lambda t: t.i)
    last = person
    ent = next((e for e in sent.ents if e.start <= person.i < e.end), None)
    if ent is not None and ent.label_ == "PERSON":
        first, last = min(first, sent.doc[ent.start], key=lambda t: t.i), sent.doc[ent.end - 1]
    return first.idx - sent.start_char, last.idx + len(last.text) - sent.start_char


def _subject(person: Token) -> str:
    if person.pos_ in ("PROPN", "PRON"):
        return "person"
    return S.person_subject(person.lemma_, tuple(c.lower_ for c in person.children if c.dep_ in ("compound", "amod")))
