"""One quantity's figure, read from the dependency parse: the noun it counts, the nearest
compatible measure cue in the tree (active, passive or nominal), the level a verb reached
("the number of arrests was put at 6,044"), the subject class and unit, and the place of the
clause. Ages, populations, kinship counts and the ones who acted are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from . import cues as K
from . import graph_cues as G
from . import measure_words as M
from . import non_counts as NC
from . import subjects as S
from .cue_scan import Cue
from .figure import PEOPLE_UNIT, Figure
from .levels import level_noun
from .places import PLACE_LABELS, clause_place
from .scope import crossed_border
from .singulars import COMPANION_WORDS, along_with, singular_person
from .tree import (
    comma_split,
    coordinated_clause_of,
    counted_noun,
    crossing_labels,
    dash_split,
    hung_on_time,
    root_of,
    tokens_in,
    tree_distance,
)
from .victim_tally import FEMALE_NOUNS, MALE_NOUNS

# Text right after a number that makes it an age ("81-year-old", "25 years old").
AGE_AFTER_RE = re.compile(r"^\s*-?\s*(?:years?|months?|weeks?)[- ]old|^\s*-?\s*year\b|^\s*yo\b", re.I)
# Text right before a number that makes it a population or a size ("a country of 19 million").
POPULATION_BEFORE_RE = re.compile(
    r"\b(?:country|nation|city|town|population|region|state|province|republic|home to|capital|"
    r"metropolis|aged?|age of)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|over\s+)?$"
    # "star dies at 40", "who died at 81": the age someone died at
    r"|\b(?:dies|died|dying|passes\s+away|passed\s+away)\s+at\s+$",
    re.I,
)
# Before a number: a list of ages ("two other men, ages 22 and 20", "two women - both 19 -",
# "three daughters, ages four, six and 13", "between the ages of 11 and 25", "aged 17 to 19").
AGE_LIST_BEFORE_RE = re.compile(
    r"\b(?:ages?|aged|both|each)\s+(?:of\s+)?(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+to\s+|\s*[-–]\s*)){0,6}$",
    re.I)
# Before a number: the group a part is taken from ("one of the six, a 24-year-old man, died", "two
# of the 14 later died"): the verb tells what happened to the part, so only a cue right after the
# number ("of the 14 shot") says what the group counts.
PART_GROUP_BEFORE_RE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|some|all|most|many|none|each|\d+)\s+of\s+(?:the|those|these)\s+$", re.I)
# A footnote mark of a web page ("killing two.[18][19]"): a number in square brackets.
FOOTNOTE_BEFORE = "["
FOOTNOTE_AFTER = "]"
# Determiners of a singular person noun that names one person beside a count ("the captain and
# two crew members"); "every", "each", "no" do not.
SINGLE_PERSON_DETS: frozenset[str] = frozenset({"the", "a", "an"})
# A possessive names one person too when the noun is kin or a companion ("his five children as
# well as his wife"), not a pet or a thing ("12 people and their dog").
POSSESSED_PERSON_NOUNS: frozenset[str] = MALE_NOUNS | FEMALE_NOUNS | frozenset({
    "friend", "neighbor", "neighbour", "partner", "fiance", "fiancee", "fiancé", "fiancée", "roommate",
    "cousin", "parent", "spouse", "relative", "colleague", "coworker", "co-worker", "child", "baby",
})
# "Man, 29, fatally shot": a number set off by commas after a person is an age.
AGE_APPOSITION_BEFORE_RE = re.compile(r",\s*$")
AGE_APPOSITION_AFTER_RE = re.compile(r"^\s*(?:,|$|\))")
# "a mother of three", "father of two young children": a kinship "of N" counts someone's children,
# never the victims.
KINSHIP_OF_BEFORE_RE = re.compile(
    r"\b(?:mother|father|parent|grandmother|grandfather|grandparent|mom|dad|mum)s?\s+of\s+(?:(?:the|her|his)\s+)?$", re.I)
# Verbs whose active subject does the harm to its object ("two gunmen shot a guard"); not "lose"
# ("900 people lost their lives": the subject is the victim).
ACTING_VERBS: frozenset[str] = frozenset({"shoot", "kill", "stab", "wound", "injure", "murder", "beat", "slay",
                                          "hurt", "execute", "behead", "arrest", "detain"})
# Relative pronouns that stand for the counted noun in a relative clause on it.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "whom", "that", "which"})
# Measures a noun names people by (protesters, troops, prisoners): when a verb cue of another
# measure is near ("protesters were arrested", "600 prisoners may have died"), the verb says what
# happened to them, so the noun cue is ranked further away.
STATUS_NOUN_MEASURES: frozenset[str] = frozenset({"participants", "deployed", "detained"})
# Words that open a direct object right after a harm verb ("shot a guard", "stabbed his wife"); not
# "the", which often opens a time ("shot the night before").
ACTIVE_OBJECT_DETS: frozenset[str] = frozenset({"a", "an", "his", "her", "their", "him", "them"})
# Modifiers of a toll noun that name whose dead it counts ("the civilian death toll rose to 45",
# "the police toll stands at 12", "the military death toll"); lemma -> the counted noun whose subject
# it gives. Not "official", "overall", "final", "government": they say who counts, not who died.
TOLL_OWNER_MODIFIERS: dict[str, str] = {
    "civilian": "civilian", "police": "police", "military": "military", "army": "soldier",
    "child": "child", "children": "child", "troop": "troop", "soldier": "soldier",
    "protester": "protester", "militant": "militant", "rebel": "militant", "insurgent": "militant",
    "journalist": "journalist", "student": "student", "worker": "worker", "miner": "miner",
}
# Right before a toll noun: a toll of something other than the dead ("the injury toll rose to 40",
# "the arrest toll reached 300"), whose level is no count of the dead.
# (A "death toll" is the dead's whatever comes before it: "flood death toll rises to 30".)
OTHER_TOLL_BEFORE_RE = re.compile(r"\b(?:injury|injuries|injured|wounded|arrests?|detention|damage)\s+$", re.I)
# Nouns of a toll whose own modifiers can name whose dead it counts.
TOLL_NOUNS: frozenset[str] = frozenset({"toll", "death"})
# "Seventeen children died and seven were treated": a bare number this close after a figure of a


def kind_of(q: Quantity, counted: Token | None) -> str:
    if q.unit == "percent":
        return "percent"
    if q.unit is not None:
        return "money"
    if counted is None:
        return "none"
    kind = S.classify(counted.lemma_, counted.ent_type_)
    # "400 Uighurs were killed": a people the parser did not tag, right after its number ("14 rue des Tanneurs")
    named = counted.i > counted.sent.start and counted.doc[counted.i - 1].like_num
    people = named and S.people_name_plural(counted.text, counted.ent_type_, counted.sent.text)
    return "person" if kind == "other" and people else kind


# Which measures fit which kind of counted thing.
_COMPATIBLE: dict[str, frozenset[str]] = {
    "person": K.PEOPLE_MEASURES | {"attacks"},
    "none": K.PEOPLE_MEASURES | {"attacks"},
    "thing": frozenset({"property"}),
    "incident": frozenset({"attacks", "cases"}),
    "money": frozenset({"damage"}),
}


def read_figure(sent: Span, q: Quantity, cues: list[Cue]) -> Figure | None:
    """The figure a quantity states, read from the parse; a number right after "toll rises to" is
    the toll even when the parse glues it to the next phrase ("rises to 41 after 3 children")."""
    f = _parsed_figure(sent, q, cues)
    if f is None and q.unit is None and _bare_shot(sent, q):
        # "4 shot in drive-by", "Three shot, one dead": a headline's "shot" parsed as a noun
        measure = K.BARE_HEADLINE_VERBS[sent.doc[max(t.i for t in tokens_in(sent, q.number_start, q.end)) + 1].lower_]
        return Figure(quantity=q, measure=measure, subject="person", unit=PEOPLE_UNIT, place_name=None)
    before = sent.text[max(0, q.start - G.CONTEXT_CHARS):q.start]
    if q.unit is None and (f is None or f.measure != "killed") and (m := G.TOLL_LEVEL_BEFORE_RE.search(before)) \
            and not (m.group().lower().startswith("toll") and OTHER_TOLL_BEFORE_RE.search(before[:m.start()])):
        # "Engineers arrested as death toll rises to 84": the parse hangs the toll's clause on the
        # other clause's verb, but the number is the level the toll reached, never the arrested
        return Figure(quantity=q, measure="killed", subject="person", unit=PEOPLE_UNIT,
                      place_name=f.place_name if f is not None else None)
    return f


def _bare_shot(sent: Span, q: Quantity) -> bool:
    """ "4 shot in drive-by", "Three shot, one dead": a number whose noun is a bare singular "shot"
    that no verb takes as its object ("fired 4 shots", "heard a shot") is the count of people shot:
    a singular noun cannot take a plural count, so it is the verb a headline drops "were" from."""
    toks = tokens_in(sent, q.number_start, q.end)
    if not toks or q.value is None or q.value < 2 or not q.value.is_integer() or max(t.i for t in toks) + 1 >= sent.end:
        return False
    noun = sent.doc[max(t.i for t in toks) + 1]
    return noun.lower_ in K.BARE_HEADLINE_VERBS and noun.pos_ == "NOUN" and noun.dep_ not in ("dobj", "pobj", "attr", "compound")


def _parsed_figure(sent: Span, q: Quantity, cues: list[Cue]) -> Figure | None:
    # a qualifier the parse made the head ("killing around a quarter of a million people": "around"
    # as a preposition, "Some 1.5-million people": "Some" as the noun's determiner) is never what the
    # number counts: read the tree from the number itself (money keeps its sign, often the head)
    toks = tokens_in(sent, q.number_start if q.unit is None else q.start, q.end) or tokens_in(sent, q.start, q.end)
    if not toks:
        return None
    text = sent.text
    if AGE_AFTER_RE.match(text[q.end:q.end + 14]) or POPULATION_BEFORE_RE.search(text[max(0, q.start - 30):q.start]):
        return None
    if not_people_count(text, q):
        return None
    if q.unit is None and _age_apposition(sent, q):
        return None
    if KINSHIP_OF_BEFORE_RE.search(text[max(0, q.start - G.CONTEXT_CHARS):q.start]):
        return None
    if q.direction is not None and q.unit is not None:
        return None  # "rose 5%", "up $3": a change of a level, not a count
    root = root_of(toks)
    counted = counted_noun(root)
    if (counted or root).head.dep_ == "agent":
        return None  # "shot by at least one officer": the one who shot, not the victims
    level_measure: str | None = None
    level_token: Token | None = None
    if counted is None and q.unit is None:
        counted = level_noun(root.head if comma_split(root) else root)
        if counted is not None and S.classify(counted.lemma_, counted.ent_type_) not in ("person", "thing"):
            # "put the number of injured at 1,175": the level noun's "of" word is the measure
            level_measure = K.NOUN_CUES.get(counted.lower_) or K.VERB_CUES.get(counted.lower_) \
                or K.VERB_CUES.get(counted.lemma_.lower())  # "the number killed": the participle's verb
            level_token, counted = counted, None
    kind = kind_of(q, counted)
    allowed = _COMPATIBLE.get(kind)
    if allowed and level_measure is not None:
        allowed = allowed & {level_measure}
    if allowed and q.unit is None and M.SOUGHT_PEOPLE_BEFORE_RE.search(text[max(0, q.start - G.CONTEXT_CHARS):q.start]):
        allowed = allowed & M.SOUGHT_PEOPLE_MEASURES  # "search underway for 2 suspects": wanted, not hurt
    if not allowed:
        return None  # durations, percentages, unknown things
    if kind == "none" and ((root.dep_ not in K.BARE_NUMBER_DEPS and not dash_split(root) and not hung_on_time(root)
                            and not _on_state_word(root)) or text[:q.start].rstrip().endswith("(")
                           or (root.dep_ == "appos" and root.head.ent_type_ == "PERSON")):
        return None  # "fired ten (10) rounds", "Nazarbayev, 81,": not a count of people
    anchor = counted or root
    last = max(t.i for t in toks)
    # "..., bringing the confirmed total to 15,383": a level of the sentence's count, whatever the clause
    updated = G.UPDATE_BEFORE_RE.search(text[max(0, q.start - G.CONTEXT_CHARS):q.start]) is not None
    part_group = PART_GROUP_BEFORE_RE.search(text[max(0, q.start - 30):q.start]) is not None
    best: tuple[float, str, Cue] | None = None
    cue_ids = {c.token.i for c in cues}
    for cue in cues:
        for measure in cue.measures:
            if measure not in allowed:
                continue
            if cue.token.i in {t.i for t in toks} and not (counted is not None and cue.token.i == counted.i):
                continue
            d = 0 if (counted is not None and cue.token.i == counted.i) else tree_distance(anchor, cue.token)
            if level_token is not None and cue.token.i == level_token.i:
                d = 0  # "the number of injured ... at 1,175": the level's own word
            # A noun cue that a preposition governs ("two civilians in the attack") names the happening
            # the counted were in, not what befell them: only the tree says what counts them then.
            adjacent = 0 < cue.token.i - last < K.ADJACENT_CUE_TOKENS and all(
                t.pos_ not in ("CCONJ", "PUNCT", "NUM") or t.is_quote for t in sent.doc[last + 1:cue.token.i]) \
                and not (cue.noun and cue.token.dep_ == "pobj" and counted is not None)
            if adjacent:
                d = min(d, 1)  # "around 180 were left injured": the words right after the number, whatever the parse
            elif part_group and not (cue.token.head.i == anchor.i and cue.token.dep_ in ("acl", "amod")) \
                    and not (counted is not None and cue.token.i == counted.i):
                continue  # "one of the six, a man, died": the part died, the six are who it is one of
            if cue.noun and measure != "attacks" and not _counts_noun_cue(counted, cue.token) \
                    and not (level_token is not None and cue.token.i == level_token.i):
                continue  # "the shooting death of X": a noun cue counts only itself ("164 deaths")
            if measure in K.NEEDS_PERSON_NOUN and kind != "person":
                continue
            if cue.token.lower_ in K.SUBJECT_ONLY_CUES and not any(
                    t.dep_ == "nsubj" and t.head.i == cue.token.i for t in (anchor, root)):
                continue
            if any(c.dep_ == "neg" for c in cue.token.children) or (
                    cue.token.dep_ == "conj" and any(c.dep_ == "neg" for c in cue.token.head.children)):
                continue  # "10 million people don't die", "have not been arrested or detained"
            if NC.aside_part(text, q, cue.token.idx - sent.start_char) and not (
                    anchor.dep_ == "nsubj" and crossed_border(anchor)):
                # "83,000 people -- some injured -- arrived": an aside on some of them. Across a
                # border the aside's cue stays: scope.figure_scope rereads the crossers as displaced.
                continue
            if _acts_on_another(cue, anchor, root):
                continue  # "one of the suspects shot Oliver": the one who shot, not a victim
            if cue.noun and measure in STATUS_NOUN_MEASURES:
                d += 3  # "protesters were arrested", "600 prisoners died": a verb cue nearby wins over the noun
            if cue.width == 1:  # "shot to death", "shot dead": the phrase is no weak cue
                d += K.WEAK_CUES.get(cue.token.lemma_.lower(), 0)
            if updated and cue.token.lemma_.lower() in K.HEAD_NOUN_CUES:
                d = max(0, d - 1)  # "the toll continues to escalate, reaching to 350": the verb chain is the toll's
            # On a tie, "a shooting left four people dead": the people are the dead, not attacks.
            rank = d + (0.5 if cue.noun and measure == "attacks" and kind == "person" else 0.0)
            if cue.token.head.i == anchor.i and cue.token.dep_ in ("acl", "amod"):
                rank -= 0.5  # "155 killed and 152 others injured": the participle on the noun wins
            if _in_relative_clause(cue.token, anchor):
                # "Four patients who remained in hospital died": a relative clause says who the
                # counted were; the verb they are the subject of says what happened to them
                rank += RELATIVE_CLAUSE_PENALTY
            crossing = crossing_labels(anchor, cue.token)
            if crossing & K.CLAUSE_DEPS and not updated:
                continue  # "the toll could rise, as 33 others remain in serious condition"
            own = coordinated_clause_of(anchor, cue.token)
            if own is not None and own.i not in cue_ids and not updated:
                continue  # "22 of the crew survived, and 11 were arrested": 22's own verb is no cue
            if "conj" in crossing and not adjacent:
                rank += 0.5  # "129 died and around 180 were left injured": the 180's own verb wins
            if d <= K.MAX_CUE_DISTANCE and (best is None or rank < best[0]):
                best = (rank, measure, cue)
    if best is None:
        return None
    _, measure, cue_hit = best
    if counted is not None and cue_hit.token.i == counted.i and NC.someones_company(text, q):
        return None  # "in one house with 70 other refugees": the status noun alone counts no one
    if measure == "missing" and G.PRESUMED_DEAD_AFTER_RE.match(text[q.end:]):
        measure = "killed"  # "74 were missing, presumed dead": counted with the dead
    elif measure == "killed" and G.FEARED_DEAD_AFTER_RE.match(text[q.end:]):
        measure = "missing"  # "290 still missing and feared dead": a fear, not a death
    elif measure in ("killed", "attacks") and kind in ("person", "none") and NC.in_care(text, q):
        measure = "injured"  # "killed 12 people and 120 were in the hospital": in care, the hurt
    elif measure == "injured" and NC.died_later(text, q):
        measure = "killed"  # "three men gravely injured earlier have died in hospital"
    subject, unit = _subject_unit(measure, kind, counted, q)
    if measure == "killed" and subject == "person" and kind == "none":
        subject = _toll_owner(cue_hit.token) or subject  # "the civilian death toll rose to 45"
    if kind == "person" and counted is not None:
        q = _with_named_conjuncts(q, counted)
        q = _with_companion_subject(q, counted, measure)
    return Figure(quantity=q, measure=measure, subject=subject, unit=unit,
                   place_name=clause_place(sent, cue_hit, anchor, root))


# Words of the state of the counted that a bare number can stand right before ("38 missing", "73
# dead"), and the dependencies the parse gives the number on them.
STATE_WORDS: frozenset[str] = frozenset({"dead", "missing", "injured", "wounded", "hurt", "homeless", "displaced",
                                         "unaccounted"})
STATE_NUMBER_DEPS: frozenset[str] = frozenset({"nummod", "npadvmod", "quantmod", "advmod"})
# Rank added to a cue inside a relative clause or a prepositional phrase after the counted noun:
# any cue outside it at the same distance or one step further wins; alone, the modifier's cue
# still reads the count ("the 40 people who were hurt", "300 people in hospital").
RELATIVE_CLAUSE_PENALTY = 1.5
# Dependencies of a noun's post-modifiers that say who the counted are, not what befell them.
_POST_MODIFIER_DEPS: frozenset[str] = frozenset({"relcl", "prep"})


def _in_relative_clause(cue: Token, anchor: Token) -> bool:
    """Whether `cue` lies in a relative clause or a prepositional phrase hung after `anchor`
    ("people who remained in hospital", "two patients still in hospital")."""
    return any(c.dep_ in _POST_MODIFIER_DEPS and c.i > anchor.i and (c.dep_ == "relcl" or c.i != cue.i)
               and c.left_edge.i <= cue.i <= c.right_edge.i and not _partitive_clause(c) for c in anchor.children)


def _partitive_clause(clause: Token) -> bool:
    """ "721, of which 25 are critical and 33 seriously injured": a relative clause picking parts
    of the count shares its measure (the parts' words say what the whole counts)."""
    first = clause.left_edge
    return first.lower_ in ("of", "among") and first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ in ("which", "whom")


def _toll_owner(cue: Token) -> str | None:
    """ "The civilian death toll rose to 45", "the Freedonian death toll has reached 20": whose
    dead a toll counts, by a modifier of the toll noun (a nationality adjective or a kind of person
    in `TOLL_OWNER_MODIFIERS`); None for a plain toll. A country's name as a compound ("the
    Ruritania toll") is where the dead died, not who they were, and is left to the place."""
    nouns = [cue]
    if cue.lower_ == "death" and cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "toll":
        nouns.append(cue.doc[cue.i + 1])
    if cue.lemma_.lower() not in TOLL_NOUNS:
        return None
    for noun in nouns:
        for mod in noun.children:
            if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > noun.i:
                continue
            if mod.ent_type_ == "NORP" and (mod.pos_ == "ADJ" or mod.tag_ == "JJ"):
                return S.national_subject(mod.text)
            owner = TOLL_OWNER_MODIFIERS.get(mod.lemma_.lower()) or TOLL_OWNER_MODIFIERS.get(mod.lower_)
            if owner is not None:
                return S.person_subject(owner)
    return None


def not_people_count(text: str, q: Quantity) -> bool:
    """ "Two other men, ages 22 and 20", "killing two.[18]": ages in a list and footnote marks."""
    if q.unit is None and AGE_LIST_BEFORE_RE.search(text[max(0, q.start - 50):q.start]):
        return True
    return text[q.start - 1:q.start] == FOOTNOTE_BEFORE and text[q.end:q.end + 1] == FOOTNOTE_AFTER


def _acts_on_another(cue: Cue, anchor: Token, root: Token) -> bool:
    """ "Two gunmen shot a guard", "one of the suspects shot Oliver": the active subject of a harm
    verb that has an object is the one who acted, not a victim; so are the counted of a relative
    clause whose harm verb they do (`_relative_actor`)."""
    verb = cue.token
    if _relative_actor(cue, anchor):
        return True
    if (not cue.noun and verb.pos_ == "VERB" and verb.dep_ in ("conj", "dep") and verb.head.lemma_.lower() in ACTING_VERBS
            and any(t.dep_ == "nsubj" and t.head.i == verb.head.i for t in (anchor, root))
            and _has_object(verb.head)):
        return True  # "Two men shot a clerk and fled": who fled is who shot, no one displaced
    if cue.noun or verb.pos_ != "VERB" or verb.lemma_.lower() not in ACTING_VERBS:
        return False
    subject = any(t.dep_ == "nsubj" and t.head.i == verb.i for t in (anchor, root))
    if subject and _has_object(verb):
        return True
    # The parse often reads "the suspects shot Oliver" as a participle on the noun ("suspects
    # [who were] shot"); a name (not a date) or an object's determiner right after says it is active.
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.dep_ == "acl" and verb.head.i == anchor.i and nxt is not None and (
        (nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME")) or nxt.lower_ in ACTIVE_OBJECT_DETS)


def _has_object(verb: Token) -> bool:
    """An object of an active verb: its dobj, or a name right after a past-tense verb that the
    parse hung elsewhere ("one of the suspects shot Oliver", Oliver taken for a place)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.tag_ == "VBD" and nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME")


def _relative_actor(cue: Cue, anchor: Token) -> bool:
    """A harm verb in a relative clause on the counted noun that says what they did or names another
    victim: "two people who shot at a police car", "two suspects who robbed and shot a driver" (the
    relative pronoun is the active subject), "two men walked in, at which time the clerk was shot"
    (the clause has a subject of its own and no pronoun standing for the counted). "Two men who were
    shot" and "the two men whom police shot" stay victims."""
    verb = cue.token
    if cue.noun or verb.pos_ not in ("VERB", "AUX"):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "who robbed and shot": the clause's first verb holds its subject
    if clause.dep_ not in ("relcl", "acl:relcl") or clause.head.i != anchor.i:
        return False
    args = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    pronoun = next((c for c in args if c.lower_ in RELATIVE_PRONOUNS), None)
    if pronoun is None:
        # another is harmed ("the clerk was shot", "the gunman shot a clerk"); "the two men police
        # shot" (no object of its own) is about the counted
        deps = {c.dep_ for c in args}
        return "nsubjpass" in deps or {"nsubj", "dobj"} <= deps
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return pronoun.dep_ == "nsubj" and not passive and verb.lemma_.lower() in ACTING_VERBS


def _with_companion_subject(q: Quantity, counted: Token, measure: str) -> Quantity:
    """ "Officer X died along with two civilian victims": the count after "along with" and the one
    person who went through it with them are counted together (3 here)."""
    if q.qualifier != "exact" or q.value is None or counted.dep_ != "pobj":
        return q
    verb = counted.head.head if counted.head.lower_ == "with" else None
    if verb is not None and verb.lower_ in COMPANION_WORDS:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or counted.i not in {t.i for t in along_with(verb)}:
        return q
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not singular_person(subjects[0], measure):
        return q
    n = q.value + 1
    return replace(q, value=n, low=n, high=n)
def _with_named_conjuncts(q: Quantity, counted: Token) -> Quantity:
    """ "The captain and two crew members were detained", "a driver and three passengers died":
    one person named by a singular noun, coordinated with the counted noun, is counted with them,
    so the figure is the whole coordinated group (3 and 4 here). Only for an exact count, and only
    for nouns with no number of their own ("50 civilians and 39 police" are two figures)."""
    if q.qualifier != "exact" or q.value is None or q.unit is not None:
        return q
    group = [counted, *counted.conjuncts]
    # a conjunct of a person noun is a person too (coordination joins like with like) unless it
    # names a thing: "the captain", "the pilot" need no list of roles
    ones = [n for n in group if n.i != counted.i and n.pos_ == "NOUN" and n.tag_ == "NN"
            and S.classify(n.lemma_, n.ent_type_) in ("person", "other")
            and not any(c.dep_ in ("nummod", "quantmod") for c in n.children)
            # "according to the rights group, as well as 1,262 deaths": a preposition's object
            # coordinated with the count (a source, a place) is no person counted with it
            and n.dep_ != "pobj"
            and any((c.dep_ == "det" and c.lower_ in SINGLE_PERSON_DETS)
                    or (c.dep_ == "poss" and _possessed_person(n)) for c in n.children)]
    if not ones:
        return q
    n = q.value + len(ones)
    return replace(q, value=n, low=n, high=n)


def _possessed_person(noun: Token) -> bool:
    return noun.lemma_.lower() in POSSESSED_PERSON_NOUNS or noun.lower_ in POSSESSED_PERSON_NOUNS


def _on_state_word(root: Token) -> bool:
    """ "135 deaths with 38 missing", "the toll was 73 dead, several hundred injured": a bare
    number the parse hangs on the word of state right after it, which says what it counts."""
    skipped: list[Token] = []
    k = root.i + 1
    while k < len(root.doc) and (root.doc[k].is_quote or root.doc[k].pos_ == "ADV") and len(skipped) < 2:
        skipped.append(root.doc[k])  # "with 76 'potentially unaccounted for'": a quote mark, an adverb
        k += 1
    nxt = root.doc[k] if k < len(root.doc) else None
    return nxt is not None and nxt.lower_ in STATE_WORDS and root.dep_ in STATE_NUMBER_DEPS \
        and root.head.i in {nxt.i, *(t.i for t in skipped if t.is_quote)}


def _age_apposition(sent: Span, q: Quantity) -> bool:
    """ "Man, 29, fatally shot", "Meyer, 57, was charged": a bare number between commas right
    after a person noun or name is an age."""
    text = sent.text
    if not (AGE_APPOSITION_BEFORE_RE.search(text[max(0, q.start - 3):q.start])
            and AGE_APPOSITION_AFTER_RE.match(text[q.end:q.end + 3])) or q.number_start != q.start:
        return False
    before = [t for t in sent if t.idx + len(t.text) <= sent.start_char + q.start and not t.is_punct]
    last = before[-1] if before else None
    return last is not None and (last.ent_type_ == "PERSON" or (last.pos_ == "PROPN" and last.ent_type_ not in PLACE_LABELS)
                                 or S.classify(last.lemma_) == "person")


def _counts_noun_cue(counted: Token | None, cue: Token) -> bool:
    """ "164 deaths", "500 cases of attacks": the number counts the cue noun itself."""
    if counted is None:
        return False
    if cue.i == counted.i:
        return True
    if counted.head.lower_ == "of" and counted.head.head.i == cue.i and cue.tag_ in ("NN", "NNS"):
        return True  # "the deaths of 72 residents", "caused the death of over 120 villagers"
    return cue.head.lower_ == "of" and cue.head.head.i == counted.i


def _subject_unit(measure: str, kind: str, counted: Token | None, q: Quantity) -> tuple[str | None, str]:
    if measure == "damage":
        return None, q.unit or "USD"
    # conjuncts with a number of their own are counted by it ("50 civilians and 39 police officers")
    nouns = [counted] + [c for c in counted.conjuncts if c.pos_ in ("NOUN", "PROPN")
                         and not any(g.dep_ == "nummod" for g in c.children)] if counted is not None else []
    if kind == "thing" and counted is not None:
        plural = counted.lower_ if counted.tag_ in ("NNS", "NNPS") else counted.lemma_.lower() + "s"
        return S.join_subjects([S.thing_subject(n.lemma_) for n in nouns if S.classify(n.lemma_) == "thing"]), plural
    unit = PEOPLE_UNIT if kind == "person" else K.MEASURE_UNITS.get(measure, PEOPLE_UNIT)
    if kind in ("none", "incident"):
        return ("person" if measure in K.PEOPLE_MEASURES else None), unit
    parts = []
    for n in nouns:
        if S.classify(n.lemma_, n.ent_type_) != "person":
            continue
        mods = tuple(c.lower_ for c in n.children if c.dep_ in ("compound", "amod"))
        subject = S.person_subject(n.lemma_ if n.lemma_.lower() in S.PERSON_SUBJECTS else n.lower_, mods)
        if subject in ("person", "worker") and n.lemma_.lower() in S.MEMBER_NOUNS:
            subject = _member_of(n) or subject  # "103 members of law enforcement"
        if _sides_with_uprising(n):
            subject = S.PLOTTER_SUBJECT  # "104 soldiers supporting the coup": its plotters
        parts.append(subject)
    return S.join_subjects(parts) or "person", unit


def _sides_with_uprising(noun: Token) -> bool:
    """ "soldiers supporting the coup", "troops who took part in the putsch": a clause on the
    counted noun whose verb sides with an uprising (subjects.SIDING_VERBS, UPRISING_NOUNS)."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in S.SIDING_VERBS:
            continue
        if any(t.lemma_.lower() in S.UPRISING_NOUNS for t in clause.subtree):
            return True
    return False


def _member_of(noun: Token) -> str | None:
    """ "members of law enforcement", "employees of the interior ministry's troops": the body's class.
    Members of several bodies of which one is no security body ("members of the military, police
    and judiciary") are counted as people: the count is not one class's."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    classes = {_body_class(body) for body in (obj, *obj.conjuncts)}
                    return classes.pop() if len(classes) == 1 else None
    return None


def _body_class(body: Token) -> str | None:
    """The class of the members of one body ("the army": soldier; "the judiciary": None)."""
    mods = tuple(c.lower_ for c in body.children if c.dep_ in ("compound", "amod"))
    found = S.person_subject(body.lemma_, mods)
    if found != "person":
        return found
    # its own words, without those of bodies coordinated with it ("the police" in "the judiciary
    # and the police" belongs to "the police")
    others = {t.i for c in body.conjuncts for t in c.subtree if c.i > body.i}
    if {t.lower_ for t in body.subtree if t.i not in others} & S.SECURITY_BODY_WORDS:
        return "security officer"  # "employees of internal affairs bodies"
    return None
