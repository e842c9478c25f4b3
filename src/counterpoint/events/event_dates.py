"""The date of a matched event: the date phrase in its sentence nearest the trigger (not one
inside another clause), a year-less day, else the last date earlier in the paragraph (or in
the paragraph a continued quotation began in)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from ..text.dates import DateMention, month_day
from . import rules as R

# Quotation marks: a paragraph with an odd number continues (or opens) a multi-paragraph quote.
QUOTE_CHARS = '"“”«»'


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def sentence_date(
    text: str, sent: Span, tok: Token | None, dates: list[DateMention]
) -> tuple[str | None, str | None]:
    """(ISO date, "--MM-DD" partial) for an event stated in `sent`."""
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    excluded = False  # the sentence's days all belong to other happenings: no year-less day of it either
    if tok is not None:  # "the captain of a ferry that sank on Wednesday has been arrested": the ferry's day
        others = [d for d in inside if _other_happening_date(sent, d, tok)]
        kept = [d for d in inside if not _other_clause_date(sent, d, tok) and d not in others]
        clause = _described_clause(tok)
        if clause is not None:  # "soldiers who had been detained were freed on Saturday": the freeing's day
            kept = [d for d in kept if _within(sent, d, clause)]
            if inside and not kept:
                return None, None
        # the sentence's days all belong to other happenings (a noun's, an "after ..." clause's): no
        # year-less day of it either
        excluded = bool(others or any(_other_time_clause(sent, d, tok) for d in inside)) and not kept
        inside = kept
    if inside:
        pivot = tok.idx if tok is not None else sent.start_char
        return min(inside, key=lambda d: (abs(d.start - pivot), -len(d.value))).value, None
    partial = None if excluded else _partial_in(text[sent.start_char : sent.end_char], tok.idx - sent.start_char if tok else 0)
    if partial:
        return None, partial
    para = _paragraph_start(text, sent.start_char)
    if _quote_count(text, para) % 2 == 1:  # continues a quotation: the quote's first paragraph governs
        para = _previous_paragraph(text, para)
    before = [d for d in dates if para <= d.start < sent.start_char and _dates_a_clause(sent.doc, d)]
    return (before[-1].value, None) if before else (None, None)


# Dependencies by which a date phrase modifies a noun ("the collapse on Friday", "Friday's
# collapse", "the Jan. 25 disaster"): it dates that noun, not the narrative.
NOUN_MODIFIER_DEPS = frozenset({"prep", "pobj", "poss", "compound", "nmod", "npadvmod", "amod", "nummod", "appos"})
# Nouns naming a stretch of the day a date phrase is "of" ("in the early hours of Monday", "on the
# night of June 3", "the morning of 14 August"): the phrase still dates the clause, not a noun.
TIME_OF_NOUNS = frozenset({"hour", "morning", "afternoon", "evening", "night", "dawn", "daybreak", "midday",
                           "noon", "midnight", "day", "weekend"})


def _time_of(noun: Token) -> bool:
    """The noun a date phrase is "of" only names a stretch of that day (see `TIME_OF_NOUNS`)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in TIME_OF_NOUNS


def _dates_a_clause(doc, d: DateMention) -> bool:
    """Whether an earlier sentence's date phrase dates its narrative, so that a later sentence
    without a date of its own inherits it: it must hang from a verb that is not inside a relative
    or participial clause. "Two managers were arrested at the mine, where a dam broke on Friday.
    Two engineers were arrested in the capital." does not date the engineers' arrest to Friday."""
    cur = _root_in(doc, d)
    if cur is None:
        return True
    verb = None
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.head.i == cur.i:
            return True
        head = cur.head
        if head.pos_ in ("NOUN", "PROPN") and cur.dep_ in NOUN_MODIFIER_DEPS and not _time_of(head):
            return False
        if head.pos_ in ("VERB", "AUX"):
            verb = head
            break
        cur = head
    if verb is None:
        return True
    cur = verb
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.dep_ in OTHER_CLAUSE_DEPS:
            return False
        if cur.head.i == cur.i:
            return True
        cur = cur.head
    return True


def attached_date(sent: Span, tok: Token | None, dates: list[DateMention]) -> str | None:
    """The date phrase next to the trigger or to the verb it is the subject of, in its sentence
    ("Tuesday's explosion", "the quake that struck on Monday"); None when none is that close."""
    if tok is None:
        return None
    anchors = _noun_anchors(tok)
    anchors += [c for c in tok.children if c.dep_ == "relcl"]
    anchors += gapped_participles(tok)

    def gap(d: DateMention) -> int:
        governed = _governed_date(sent, d, anchors)
        if governed is not None:  # the parse says whose date it is
            # "the crash ... happened near X, around 7 pm on Friday": the verb's own date;
            # "a ferry that capsized off the coast were detained Saturday": the detention's;
            # a coordinated verb's date comes after the trigger's own
            return {OWN: 0, COORDINATED: 1}.get(governed, R.ATTACHED_DATE_CHARS + 1)
        return min(max(a.idx - d.end, d.start - (a.idx + len(a.text)), 0) for a in anchors)

    near = [d for d in dates if sent.start_char <= d.start < sent.end_char and gap(d) <= R.ATTACHED_DATE_CHARS]
    return min(near, key=lambda d: (gap(d), -len(d.value))).value if near else None


def gapped_participles(tok: Token) -> list[Token]:
    """Participles coordinated with a passive trigger, their auxiliary gapped: "two were killed and
    dozens injured by Israeli fire on Friday" (the parse hangs "injured" on "dozens", and "dozens"
    on "killed" or, as often, on the verb above it, "officials said ... and dozens"): what the
    second participle takes (its agent, its date) the trigger shares."""
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i:
        conj += [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("NOUN", "PRON", "NUM")]
    return [*(c for c in conj if c.tag_ == "VBN"),
            *(g for c in conj for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN")]


def _noun_anchors(tok: Token) -> list[Token]:
    """The trigger, the name it opens ("Cyclone Nargis": the parse hangs "Cyclone" on "Nargis"),
    and the verb that noun is the subject, object or passive agent of ("the quake struck on
    Monday", "made landfall on September 20", "hit by the cyclone on Friday")."""
    anchors = [tok]
    noun = tok
    for _ in range(3):
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun is not tok:
        anchors.append(noun)
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and noun.head.i != noun.i:
        anchors.append(noun.head)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        anchors.append(noun.head.head)  # "the coast was hit by the cyclone on Friday"
    return anchors


def attached_partial(text: str, sent: Span, tok: Token | None) -> str | None:
    """A year-less day ("--MM-DD") next to the trigger, as close as `attached_date` asks, for a page
    that gives no year to resolve it ("the February 1 coup" in an undated page); the timeline
    places it in the corpus's year."""
    if tok is None:
        return None
    anchors = _noun_anchors(tok)
    best: tuple[int, str] | None = None
    for m in _partial_re().finditer(text, sent.start_char, sent.end_char):
        if not m.group(0)[0].isupper() and not m.group(0)[0].isdigit():
            continue
        gap = min(max(a.idx - m.end(), m.start() - (a.idx + len(a.text)), 0) for a in anchors)
        md = month_day(m.group(0))
        if md and gap <= R.ATTACHED_DATE_CHARS and (best is None or gap < best[0]):
            best = (gap, md)
    return best[1] if best else None


# Clauses that tell something else about a noun or a verb: a date inside one dates that, not the
# event of the sentence.
OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl"})


# Conjunctions of a clause telling an earlier or later happening ("after the quake struck on May 3",
# "before the vote on Sunday", "since the army took power in 2021"): its date is that happening's.
OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _timed_clause(tok: Token) -> bool:
    """An adverbial clause of an earlier or later happening (see `OTHER_TIME_MARKS`)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in tok.children)


def _other_time_clause(sent: Span, d: DateMention, tok: Token) -> bool:
    """The date phrase sits in such a clause that does not hold the trigger."""
    cur = _date_root(sent, d)
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur is None or cur.i == tok.i or cur.head.i == cur.i:
            return False
        if _timed_clause(cur):
            return not any(t.i == tok.i for t in cur.subtree)
        cur = cur.head
    return False


def _other_clause_date(sent: Span, d: DateMention, tok: Token) -> bool:
    """The date phrase sits in a relative or participial clause that does not hold the trigger, in a
    clause of an earlier or later happening ("after the quake struck on May 3", see
    `OTHER_TIME_MARKS`), or is the of-phrase of another noun ("declared an emergency due to the
    events of yesterday")."""
    cur = _date_root(sent, d)
    if cur is None:
        return False
    if (cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN"
            and cur.head.head.i != tok.i and not _time_of(cur.head.head)):
        return not any(t.i == tok.i for t in cur.head.head.subtree)  # the date of that noun
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.i == tok.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in OTHER_CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX"):
            # ... unless the clause tells of the trigger itself ("the report, published on Friday,")
            return cur.head.i != tok.i and not any(t.i == tok.i for t in cur.subtree)
        if _timed_clause(cur):
            return not any(t.i == tok.i for t in cur.subtree)  # "... a year after the quake struck on May 3"
        cur = cur.head
    return False


# Nouns naming a happening of their own: a date phrase modifying one ("the July 15 coup attempt",
# "since the quake on Monday", "in the fallout of Friday's vote") dates that happening, not the
# verb of the clause it sits in ("were detained after the July 15 coup attempt" is not a July 15
# detention). The trigger's own noun keeps its date ("the arrest of the leader on March 2").
HAPPENING_NOUNS = (R.COUP_NOUNS | R.KILLING_NOUNS | R.HAZARD_NOUNS | R.FIRE_NOUNS | frozenset(
    {"attempt", "bid", "uprising", "revolt", "rebellion", "crackdown", "protest", "demonstration", "rally",
     "election", "vote", "referendum", "attack", "bombing", "disaster", "tragedy", "collapse", "crash",
     "sinking", "clash", "unrest", "riot", "dispersal", "raid", "storming", "shooting", "incident",
     "putsch", "invasion", "offensive", "ceasefire", "strike", "violence", "fighting", "mutiny", "siege",
     "assault", "ambush", "hijacking", "kidnapping", "takeover", "insurrection", "explosion", "blast"}))


def _other_happening_date(sent: Span, d: DateMention, tok: Token) -> bool:
    """The date phrase modifies a noun naming another happening (HAPPENING_NOUNS), directly or
    through a preposition ("the coup on July 15", "the July 15 coup attempt", "Monday's quake")."""
    cur = _date_root(sent, d)
    if cur is None:
        return False
    for _ in range(3):
        if cur.head.i == cur.i or cur.i == tok.i:
            return False
        head = cur.head
        if head.pos_ == "ADP" and cur.dep_ == "pobj":
            cur = head
            continue
        if head.pos_ in ("NOUN", "PROPN") and cur.dep_ in NOUN_MODIFIER_DEPS:
            return head.i != tok.i and head.lemma_.lower() in HAPPENING_NOUNS and not _same_time(head, tok)
        return False
    return False


# Prepositions that put the act inside the other happening's time: "detained during yesterday's
# protests", "killed in the July 20 raid", "arrested at Sunday's rally" happened on its day.
SAME_TIME_PREPS = frozenset({"during", "amid", "amidst", "throughout", "at", "in"})


def _same_time(noun: Token, tok: Token) -> bool:
    """The noun is the object of a SAME_TIME_PREPS preposition hanging from the trigger itself:
    "detained during the protests" is; "detained on suspicion of being involved in the July 15
    coup attempt" is not (the "in" hangs from "involved": the detention is not the coup's)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SAME_TIME_PREPS and noun.head.head.i == tok.i


# Subordinators of a clause that tells when a span began ("her first visit since the unrest
# began", "calm has held since fighting broke out"): the happening is earlier than the main verb,
# whose date ("said on Friday") is not its.
# "after" and "before" do the same for a clause that tells the earlier or later happening ("Rutte
# told journalists on Wednesday after the bodies arrived": the arrival is not dated by Wednesday).
SINCE_MARKERS = frozenset({"since", "after", "before"})


def _described_clause(tok: Token) -> Token | None:
    """The relative or participial clause describing a noun that holds the verbal trigger ("the
    soldiers who had been detained", "people detained after the coup"), or a since-clause holding
    it (SINCE_MARKERS): what it tells happened before, on a day the sentence's main verb does not
    give; only a date inside it is its own."""
    cur = tok
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.dep_ in OTHER_CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX"):
            return cur
        if (cur.dep_ == "advcl" and cur.pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "mark" and c.lower_ in SINCE_MARKERS for c in cur.children)):
            return cur
        if cur.head.i == cur.i or (cur.pos_ in ("VERB", "AUX") and cur.i != tok.i):
            return None
        cur = cur.head
    return None


def _within(sent: Span, d: DateMention, clause: Token) -> bool:
    root = _date_root(sent, d)
    return root is None or root.i in {t.i for t in clause.subtree}


def _date_root(sent: Span, d: DateMention) -> Token | None:
    """The head word of a date phrase, its punctuation aside ("2 January." ends a sentence: the
    full stop hangs from the main verb, not the date)."""
    return _root_in(sent.doc, d)


def _root_in(doc, d: DateMention) -> Token | None:
    """`_date_root` over a whole document: a weekday may take its abbreviation's full stop ("on
    Friday." at a sentence's end), which the parse hangs on the main verb, so Span.root would be
    the full stop and every date at a sentence's end would seem the main verb's."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if not words:
        return None
    ids = {t.i for t in words}
    return next((t for t in words if t.head.i not in ids or t.head.i == t.i), words[0])


OWN, COORDINATED, OTHER = "own", "coordinated", "other"

# Participles that only name something ("the country, also known as Burma,", "the storm, dubbed
# Nargis,"): they happen on no day, so a date phrase the parse hangs on one after the apposition
# ("... known as Burma, on Saturday") belongs to the verb above it.
NAMING_PARTICIPLES = frozenset({"known", "called", "dubbed", "nicknamed", "renamed", "styled"})


def _governed_date(sent: Span, d: DateMention, anchors: list[Token]) -> str | None:
    """Whose the date phrase is in the parse: OWN when the path up from it meets an anchor (the
    trigger, or the verb it is the subject of) before any other verb, COORDINATED when the verb it
    meets is a conjunct of an anchor (see `_coordinated`), OTHER when it meets another verb first,
    None when it meets no verb (then distance decides)."""
    cur = _date_root(sent, d)
    if cur is None:
        return None
    ids = {a.i for a in anchors}
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.i in ids:
            return OWN
        if cur.lower_ in NAMING_PARTICIPLES and cur.dep_ in ("advcl", "acl"):
            continue  # "hit the country, also known as Burma, on Saturday": the parse's slip, the hit's day
        if cur.pos_ in ("VERB", "AUX"):
            return COORDINATED if _coordinated(cur, ids) or _participle_of(cur, anchors) else OTHER
        if _earlier_happening(cur):
            return OTHER
    return None


# Dependencies by which a verb is coordinated with the trigger's verb in one clause: "two people
# were killed and dozens injured at a protest on Friday" (the parse hangs "injured" on "dozens",
# a conjunct of "killed"): the date phrase on the second verb is the first's too.
COORDINATED_DEPS = frozenset({"conj", "acl"})
COORDINATION_HOPS = 3


def _participle_of(verb: Token, anchors: list[Token]) -> bool:
    """Whether an anchor is a participle clause of `verb`, telling what its act did: "a gunman
    opened fire on Tuesday, killing 19 children" (the killing is Tuesday's)."""
    return any(a.head.i == verb.i and a.i != verb.i and a.dep_ in ("advcl", "conj", "xcomp") and a.tag_ == "VBG"
               for a in anchors)


def _coordinated(verb: Token, ids: set[int]) -> bool:
    """Whether `verb` reaches an anchor by conjunct links only (see COORDINATED_DEPS); an `acl`
    counts only on a conjunct noun ("and dozens injured"), not on any noun ("the man arrested")."""
    cur = verb
    for _ in range(COORDINATION_HOPS):
        if cur.dep_ not in COORDINATED_DEPS or cur.head.i == cur.i:
            return False
        if cur.dep_ == "acl" and cur.head.dep_ != "conj":
            return False
        cur = cur.head
        if cur.i in ids:
            return True
    return False


# Prepositions by which a happening noun times the clause as before or after it ("aftershocks
# felt since the April 25 quake", "a fire that broke out after Monday's blast"): a date phrase on
# that noun is its day, not the clause's. ("killed in the July 20 raid" is the raid's own time.)
EARLIER_PREPS = frozenset({"since", "after", "before", "until", "following"})


def _earlier_happening(noun: Token) -> bool:
    """The token is a happening noun (HAPPENING_NOUNS) that is the object of an EARLIER_PREPS
    preposition: a date met on the way up to it dates that other happening."""
    return (noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in HAPPENING_NOUNS
            and noun.dep_ == "pobj" and noun.head.lower_ in EARLIER_PREPS)


def _quote_count(text: str, para: int) -> int:
    end = text.find("\n", para)
    chunk = text[para : end if end != -1 else len(text)]
    return sum(chunk.count(q) for q in QUOTE_CHARS)


def _previous_paragraph(text: str, para: int) -> int:
    """Start of the previous non-blank paragraph before the one starting at `para`."""
    pos = para - 1
    while pos > 0:
        start = _paragraph_start(text, pos)
        if text[start:pos].strip():
            return start
        pos = start - 1
    return 0


@cache
def _partial_re() -> re.Pattern[str]:
    from ..text.date_rules import MONTHS

    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{names})\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?|[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names}))\b",
        re.IGNORECASE,
    )


def _partial_in(sentence: str, pivot: int) -> str | None:
    """A year-less day in the sentence ("January 2nd"), nearest the trigger, as "--MM-DD"."""
    best: tuple[int, str] | None = None
    for m in _partial_re().finditer(sentence):
        if not m.group(0)[0].isupper() and not m.group(0)[0].isdigit():
            continue
        md = month_day(m.group(0))
        if md and (best is None or abs(m.start() - pivot) < best[0]):
            best = (abs(m.start() - pivot), md)
    return best[1] if best else None
