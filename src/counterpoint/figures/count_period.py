"""The period a count covers, read from its own clause: one day of a longer event ("killed on
Sunday", "arrested Wednesday", "18 were killed in a protest on February 28") or a running total
("since April", "in four months", "so far"); None when the clause says neither.

The words that hang from the number's own verb (or its counted noun) decide, never a window of
text: "police said on Sunday" dates the statement, not the count.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..text.attribution_cues import SPEECH_VERBS
from .cues import MONTH_NAMES, WEEKDAY_NAMES
from .tree import VERB_MAX_STEPS, own_verb

DAY = "day"  # one day or night of a longer event ("killed on Sunday", "on Saturday alone")
TOTAL = "total"  # a running total counted over many days ("since April", "in four months")
_WEEKDAYS = frozenset(WEEKDAY_NAMES.split("|"))
_MONTHS = frozenset(MONTH_NAMES.split("|"))
# Words that name one day or night by themselves, as an adverb or a bare noun phrase ("arrested
# Wednesday", "killed overnight", "detained yesterday", "last night").
# ("today", "now" say when a state held: "nine are still missing today")
ONE_DAY_WORDS: frozenset[str] = _WEEKDAYS | {"yesterday", "overnight"}
# Nouns of a one-day phrase after "on"/"during"/"over" ("on the night of", "during the day").
ONE_DAY_NOUNS: frozenset[str] = frozenset({"night", "day", "evening", "morning", "afternoon", "weekend"})
# Prepositions that scope a count to the period they name.
PERIOD_PREPS: frozenset[str] = frozenset({"on", "during", "over", "in", "within", "throughout", "across"})
# Plural period nouns: "in four months", "over the past three weeks", "during days of protests".
MANY_DAYS_NOUNS: frozenset[str] = frozenset({"days", "weeks", "months", "years", "nights"})
# Adverbs and fixed phrases of a running total on the verb or the number ("so far", "to date"):
# they say the count runs up to now, over every day of the event.
# Not "a total of", "overall", "altogether", "in all", "in total": those mark a sum over parts
# (places, hospitals, groups: "a total of 632 people were killed across the capital's squares"),
# which a one-day toll is as often as a running one; only a span of days makes a running total.
TOTAL_ADVERBS: frozenset[str] = frozenset({"so far", "to date", "thus far", "till now", "until now", "up to now",
                                          "cumulatively"})
# Verbs and nouns of a level ("the toll rose to 300 on Sunday", "a toll of 300"): a day phrase on
# them dates the level of a total, it does not make the count one day's.
LEVEL_LEMMAS: frozenset[str] = frozenset({
    "rise", "reach", "climb", "stand", "hit", "top", "pass", "increase", "jump", "soar", "mount",
    "bring", "raise", "put", "surpass", "exceed", "toll", "tally", "total", "number", "count", "grow",
    "revise", "update", "lower", "drop", "fall"})
def _phrase(tok: Token) -> str:
    return " ".join(t.lower_ for t in tok.subtree)


def _is_one_day(pobj: Token) -> bool:
    """ "Sunday", "the night of Tuesday", "May 3", "that day": a phrase that names one day."""
    # The phrase's head must be the time itself: "in the April 25 temblor" names the event, whose
    # date is a modifier, not the count's day.
    words = {t.lower_ for t in pobj.subtree}
    if pobj.lower_ in ONE_DAY_WORDS:
        return True
    if pobj.lower_ in ONE_DAY_NOUNS and not words & MANY_DAYS_NOUNS:
        return True  # "on the night of", "during the day"
    # "on May 3", "on 3 May": a month with a day number (a bare month or a year is many days)
    return (pobj.lower_ in _MONTHS or pobj.like_num) and bool(words & _MONTHS) and any(
        t.like_num and len(t.text) <= 2 for t in pobj.subtree)


def _is_many_days(pobj: Token) -> bool:
    """ "four months", "the past three weeks", "days of protests"."""
    return pobj.lower_ in MANY_DAYS_NOUNS or (pobj.lemma_.lower() in ("week", "month") and any(
        c.lower_ in ("past", "last") for c in pobj.children))


def period(anchor: Token) -> str | None:
    """DAY, TOTAL or None from the words on the number's verb and on its counted noun."""
    verb = own_verb(anchor)
    hosts = [t for t in (verb, anchor) if t is not None]
    tail = _shared_tail_conj(verb) if verb is not None else None
    level = any(t.lemma_.lower() in LEVEL_LEMMAS for t in hosts) or any(
        c.lemma_.lower() in LEVEL_LEMMAS and c.dep_ in ("nsubj", "nsubjpass") for c in (verb.children if verb else ()))
    day = False
    for host in hosts + ([tail] if tail is not None else []):
        # "Ortega acknowledged 195 deaths on Thursday": a day on a verb of saying dates the
        # statement, not the count.
        stated = host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in SPEECH_VERBS
        for c in host.children:
            if host is tail and c.i < tail.i:
                continue  # only the words after the last conjunct are shared
            low = c.lower_
            if c.dep_ == "prep" and low == "since":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.lower_ != "then":
                    return TOTAL
            if c.dep_ in ("advcl",) and any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children):
                return TOTAL  # "since the protests began"
            if c.dep_ in ("advmod", "prep", "npadvmod") and any(_phrase(c).startswith(w) for w in TOTAL_ADVERBS):
                return TOTAL
            if c.dep_ == "prep" and low in PERIOD_PREPS:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if _is_many_days(pobj):
                    return TOTAL
                if low in ("on", "during", "over", "in") and _is_one_day(pobj) and not _dates_another(host, c) \
                        and not stated:
                    day = True
            if c.dep_ == "prep" and low in ("in", "at", "during") and not stated and not _dates_another(host, c):
                occasion = next((g for g in c.children if g.dep_ == "pobj"), None)
                if occasion is not None and occasion.lemma_.lower() in DAY_OCCASION_NOUNS and any(
                        g.dep_ == "prep" and g.lower_ == "on" and any(
                            o.dep_ == "pobj" and _is_one_day(o) for o in g.children) for g in occasion.children):
                    day = True  # "18 were killed in a protest on February 28": that day's count
            if c.dep_ in ("npadvmod", "advmod", "tmod", "obl") and low in ONE_DAY_WORDS and not _dates_another(host, c) \
                    and not stated:
                day = True  # "arrested Wednesday", "killed overnight"
            if c.dep_ == "npadvmod" and c.lower_ == "night" and any(g.lower_ == "last" for g in c.children):
                day = True  # "detained last night"
    if not day and _superlative_day(anchor):
        day = True
    if any(t.lower_ == "cumulative" for t in anchor.subtree):
        return TOTAL  # "a cumulative 2,000"
    return DAY if day and not level else None


# Words between a count's verb and a day phrase that make the day another happening's ("arrested
# 24 people after the disaster last Tuesday": the parse often hangs the day on the verb).
# "detained in relation to the coup on February 1", "held over the attack on Sunday": the day is
# the other happening's too.
OTHER_HAPPENING_WORDS: frozenset[str] = frozenset({"after", "following", "since", "when", "before", "relation",
                                                   "connection", "related", "linked", "over"})


# Subjects of a coordinated clause that make it a second count of the same happening ("and 30
# others wounded"), whose trailing time phrase the first count shares.
# How far after "and" the second count's verb may be ("and more than 30 others wounded").
TAIL_CONJ_MAX_TOKENS = 6
COUNT_SUBJECT_WORDS: frozenset[str] = frozenset({"others", "more", "dozens", "hundreds", "scores", "thousands"})


# Gatherings and incidents a count may be told "in ... on <day>": the count of that one day's
# occasion within a longer event (a crackdown of months, a wave of protests).
DAY_OCCASION_NOUNS: frozenset[str] = frozenset(
    {"protest", "demonstration", "rally", "march", "clash", "raid", "crackdown", "shooting", "strike", "sit-in"})


def _shared_tail_conj(verb: Token) -> Token | None:
    """ "18 were killed and 30 others wounded in a protest on Sunday": the phrases after the last of
    two coordinated counts belong to both, but the parse hangs them on the last verb only. That
    verb, when it is a count's own (its subject is a number or "others", or it has none)."""
    # The parse may hang the second clause on the first's head ("said that 18 were killed and 30
    # others wounded"): take the conjunct verb that starts right after the count's own clause.
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    doc, after = verb.doc, verb.right_edge.i + 1
    if conj is None and after < len(doc) and doc[after].dep_ == "cc":
        conj = next((t for t in doc[after + 1:after + 1 + TAIL_CONJ_MAX_TOKENS]
                     if t.dep_ == "conj" and t.pos_ == "VERB"), None)
    if conj is None:
        return None
    subj = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.like_num or subj.lower_ in COUNT_SUBJECT_WORDS or any(
            c.dep_ == "nummod" for c in subj.children):
        return conj
    return None


def _dates_another(host: Token, day: Token) -> bool:
    lo, hi = sorted((host.i, day.i))
    return any(t.lower_ in OTHER_HAPPENING_WORDS for t in host.doc[lo + 1:hi])


def _superlative_day(anchor: Token) -> bool:
    """ "It was the deadliest day since the protests began, with 18 dead": the count hangs from a
    clause whose subject or complement is a superlative day, night or week."""
    t = anchor
    for _ in range(VERB_MAX_STEPS):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            for c in t.children:
                if c.dep_ in ("attr", "nsubj") and c.lower_ in ONE_DAY_NOUNS | {"week"} and any(
                        a.dep_ == "amod" and (a.tag_ == "JJS" or a.lower_.endswith("iest") or a.lower_ == "worst") for a in c.children):
                    return True
    return False
