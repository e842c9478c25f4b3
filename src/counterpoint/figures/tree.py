"""Walking the dependency parse around a number: its tokens, the head of its phrase, the noun it
counts, and the path between it and a cue word."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from . import cues as K

# Labels of a clause joined to a verb that can have a subject of its own ("..., and 11 were
# arrested", "..., while 99 remain missing").
OWN_CLAUSE_DEPS: frozenset[str] = frozenset({"conj", "advcl"})
# Verbs whose "from A to B" is an older and a newer count wherever their object stands: the parse
# hangs "from" on the verb even across a long object ("raised the death toll from the floods from
# 40 to 52", "lowered its count of the missing from 95 to 70", "revised the tally of victims from").
CHANGE_FROM_LEMMAS: frozenset[str] = frozenset({
    "raise", "lower", "revise", "increase", "decrease", "rise", "fall", "drop", "climb", "jump",
    "grow", "update", "correct", "adjust", "cut", "reduce", "lift", "push", "bring", "double",
    "triple", "change", "amend", "swell", "soar", "surge", "decline", "shrink", "mount", "downgrade",
    "upgrade",
})

# Prepositions that make a number the whole another count is picked from ("of the 2,000", "among
# the 300"): the verb above is the part's, not the whole's.
PARTITIVE_PREPS: frozenset[str] = frozenset({"of", "among", "from"})
# Nouns an "of" hangs a number from without picking a part of it ("a total of 632 people" is
# the 632 themselves): the verb above is the number's own.
SUM_NOUNS: frozenset[str] = frozenset({"total", "sum"})
# Steps up the parse from a number to its own verb.
VERB_MAX_STEPS = 5


def tokens_in(sent: Span, start: int, end: int) -> list[Token]:
    a, b = sent.start_char + start, sent.start_char + end
    return [t for t in sent if t.idx < b and t.idx + len(t.text) > a]


def change_verb_of_range(sent: Span, start: int, end: int) -> Token | None:
    """The verb of change whose "from" opens the range at [start, end) of the sentence text, read
    from the parse: "from" right before the range's first number, attached to that verb."""
    toks = tokens_in(sent, start, end)
    if not toks or toks[0].i == sent.start:
        return None
    frm = sent.doc[toks[0].i - 1]
    if frm.lower_ != "from" or frm.dep_ != "prep":
        return None
    verb = frm.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CHANGE_FROM_LEMMAS else None


def change_verb_to(sent: Span, start: int, end: int) -> Token | None:
    """The verb of change whose "to" the number at [start, end) is the object of ("raising it on
    Monday to 3,939"), read from the parse."""
    toks = tokens_in(sent, start, end)
    if not toks:
        return None
    num = root_of(toks)
    to = num.head
    if num.dep_ != "pobj" or to.lower_ != "to" or to.dep_ != "prep":
        return None
    verb = to.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CHANGE_FROM_LEMMAS else None


def root_of(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1]


def crossing_labels(a: Token, b: Token) -> set[str]:
    """The dependency labels on the number's (`a`) side of the tree path to the cue, below their
    common ancestor: a clause label there ("the toll could rise, as 33 others remain") means the
    cue says nothing of the number; a conjunct means another verb of its own may."""
    up: list[Token] = []
    t = a
    while len(up) <= 20:
        up.append(t)
        if t.head.i == t.i:
            break
        t = t.head
    ids = {x.i: k for k, x in enumerate(up)}
    t = b
    path_b: list[Token] = []
    while t.i not in ids and len(path_b) <= 20:
        path_b.append(t)
        if t.head.i == t.i:
            return set()
        t = t.head
    if t.i not in ids:
        return set()
    # only the number's side: "164, including three children that have been killed" links
    return {x.dep_ for x in up[:ids[t.i]]}


def coordinated_clause_of(a: Token, b: Token) -> Token | None:
    """The verb that `a` (a number's noun) hangs from, when `b` (a cue) sits in another clause
    below that verb, coordinated or adverbial, with a subject of its own ("Two people were
    rescued, and the pilot died"; "120 have been accounted for, while 99 remain missing"): the cue
    speaks of that clause's subject, not of `a`. None otherwise, also when the clause shares the
    number's subject ("12 were rescued but died later")."""
    up: set[int] = set()
    t = a
    for _ in range(21):
        up.add(t.i)
        if t.head.i == t.i:
            break
        t = t.head
    t, below = b, None
    for _ in range(21):
        if t.i in up:
            break
        below = t
        if t.head.i == t.i:
            return None
        t = t.head
    if t.i not in up or below is None or t.pos_ not in ("VERB", "AUX") or below.dep_ not in OWN_CLAUSE_DEPS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in below.children):
        return None
    return t


def tree_distance(a: Token, b: Token) -> int:
    """Path length between two tokens in the dependency tree."""
    up: dict[int, int] = {}
    t, d = a, 0
    while True:
        up[t.i] = d
        if t.head.i == t.i or d > 20:
            break
        t, d = t.head, d + 1
    t, d = b, 0
    while True:
        if t.i in up:
            return up[t.i] + d
        if t.head.i == t.i or d > 20:
            return 99
        t, d = t.head, d + 1


# Nouns a number is made of, never what it counts: scales, and the fraction in "a quarter of a
# million people" (the people are counted).
SCALE_NOUNS: frozenset[str] = frozenset({"thousand", "hundred", "dozen", "million", "lakh", "crore",
                                         "quarter", "half", "third"})

# Words of time a news sentence puts right after a figure with no preposition ("rose to 189
# yesterday", "stood at 57 Monday", US wire style): the parser often hangs the number on them as
# if it counted days; the number counts nothing there. Singular forms only ("two Mondays" counts).
TIME_ADVERB_NOUNS: frozenset[str] = frozenset({
    "yesterday", "today", "tonight", "tomorrow", "overnight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


def counted_noun(root: Token) -> Token | None:
    """The noun a number counts: "164 people" -> people; "thousands of people" -> people."""
    if root.dep_ == "conj" and root.head.pos_ == "NUM":
        return counted_noun(root.head)  # "four or five goals"
    if dash_split(root):
        return None  # "Toll revised down to 125 - official": the word after the dash is who says so
    if root.pos_ in ("NOUN", "PROPN") and not root.like_num and root.lemma_.lower() not in SCALE_NOUNS \
            and root.lower_ not in ("thousands", "hundreds", "dozens", "millions", "tens", "scores"):
        return root  # the quantity span ends in its noun ("two billion dollars")
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        if hung_on_time(root):
            return None  # "rose to 189 yesterday": a time, not what the number counts
        return root.head
    if root.dep_ == "nummod" and root.head.pos_ == "ADJ" and root.head.lower_ in K.NOUN_CUES:
        return root.head  # "left 90 dead", "12 injured": the adjective is the counted people
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.head.i == root.i and after.dep_ == "amod" and after.pos_ == "ADJ" \
            and after.lower_ in K.NOUN_CUES and root.dep_ not in K.BARE_NUMBER_DEPS:
        # "Haiti: 50,000 dead, US pledges aid": the parse hangs the adjective on a number it gives
        # no role a bare count has; a bare count ("reports 180 dead and 40 missing") keeps its cue
        return after
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                return objs[0]
    return _bracketed_count_noun(root)


def _bracketed_count_noun(root: Token) -> Token | None:
    """ "a total of (2608) people are detained", "(37) of them": rights groups' and some state media's
    tallies set the digits in brackets, which breaks the parse between the number and its noun. The
    noun right after the closing bracket is what it counts, unless a number word stands before the
    bracket: then the digits only repeat it ("four (4) persons", the word keeps the count)."""
    doc = root.doc
    if not (0 < root.i < len(doc) - 2 and doc[root.i - 1].text == "(" and doc[root.i + 1].text == ")"):
        return None
    before = doc[root.i - 2] if root.i >= 2 else None
    noun = doc[root.i + 2]
    if (before is not None and before.like_num) or noun.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "nummod" for c in noun.children):
        return None
    return noun


def hung_on_time(root: Token) -> bool:
    """A number the parse hangs on the word of time right after it ("rose to 189 yesterday")."""
    return root.dep_ in ("nummod", "quantmod", "compound") and root.head.i == root.i + 1 \
        and root.head.lower_ in TIME_ADVERB_NOUNS


def dash_split(root: Token) -> bool:
    """A number whose parse head comes after a dash ("125 - official", "158 – ministry"): the dash
    ends the count; the head is a headline's attribution, not what the number counts. Likewise a
    head past a comma that another number counts ("85,000, over 2 percent")."""
    if root.head.i <= root.i or not root.whitespace_:
        return False  # "a six-hour standoff": a glued dash makes one word
    between = root.doc[root.i + 1:root.head.i]
    return any(t.text in K.DASHES and t.whitespace_ for t in between) or comma_split(root)


def comma_split(root: Token) -> bool:
    """ "put deaths at 85,000, slightly over 2 percent of the population": the parse hangs the count
    on the noun of a second number after a comma. That noun is the second number's; the count is
    bare and stands where the parse put that noun (the object of "at")."""
    if root.head.i <= root.i:
        return False
    between = root.doc[root.i + 1:root.head.i]
    return any(t.text == "," for t in between) and any(
        t.like_num and t.dep_ == "nummod" and t.head.i == root.head.i for t in between)


def anchor_of(sent: Span, q: Quantity) -> Token | None:
    """The token that stands for the number in the parse: its counted noun, else its head."""
    toks = tokens_in(sent, q.start, q.end)
    if not toks:
        return None
    root = root_of(toks)
    return counted_noun(root) or root


def own_verb(anchor: Token) -> Token | None:
    """The first verb up the parse from the number: the clause it is counted in."""
    own = next((c for c in anchor.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if own is not None:
        return own  # "2,000 arrested", "the 300 people killed since April"
    t = anchor
    for _ in range(VERB_MAX_STEPS):
        if t.pos_ in ("VERB", "AUX") and t.i != anchor.i:
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        if t.dep_ == "pobj" and t.head.lower_ in PARTITIVE_PREPS and not (
                t.head.lower_ == "of" and t.head.head.lemma_.lower() in SUM_NOUNS):
            return None  # "Of the 2,000 arrested, 186 were released": the whole the clause picks from
        t = t.head
    return None
