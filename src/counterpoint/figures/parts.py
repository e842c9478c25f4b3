"""Parts in one sentence (../docs FIGURE-GRAPH.md): a figure that counts part of another one.

"The toll rose to 154, including 26 foreigners", "among the dead were 19 police", "97 of the 151
dead", "most of them – 80 – in the capital", "30 with gunshot wounds, two with stab wounds" (a
breakdown of the dead by cause). A part keeps the whole's measure, gets its own subject and
place, and points at its whole: in the sentence when the whole is there, else the component
takes the document's latest figure of that measure. Cue words live in `cues`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from ..text.numbers import Quantity
from . import graph_cues as G
from . import measure_words as M
from . import subjects as S
from .figure import Figure

# Gap (characters) between a part and the next number that makes the next one a sibling part
# ("97 are female and 54 are male", "30 with gunshot wounds, two with stab wounds").
SIBLING_GAP_CHARS = 40
# Right before a number: a clause set against the part before it ("64 of the dead were counted at
# hospitals while four were killed in their homes"): the other side of the same breakdown, a
# sibling part however long the first clause.
CONTRAST_BEFORE_RE = re.compile(r"\b(?:while|whereas)\s+(?:another\s+|a\s+further\s+|the\s+other\s+)?$", re.I)
# Words skipped when reading a part's subject after its number ("12 of them were children").
_SUBJECT_SKIP: frozenset[str] = frozenset({
    "of", "them", "whom", "those", "these", "were", "are", "was", "is", "the", "all", "among",
    "being", "been", "reportedly", "also", ",", "–", "—", "-",
})
# Person nouns that do not narrow a part's subject ("97 of the victims": still people).
_PLAIN_PEOPLE: frozenset[str] = frozenset({"person", "people", "victim", "dead", "body", "casualty", "death", "fatality"})
# Subjects too generic to override a whole's specific one ("citizens of Iran" among foreigners).
_GENERIC: frozenset[str] = frozenset({"person", "civilian"})
# Before a number: a group already named (a pronoun or "the dead") includes it ("They include
# 191 who died in the city, eight abroad", "The victims also included 12 children", "the missing
# people include 28 firefighters"): a part.
INCLUDE_BEFORE_RE = re.compile(
    rf"\b(?:they|these|(?:the|those)(?: \w+)? {G.GROUP_WORD_RE.pattern}(?: people| persons)?|those)(?: (?:also|reportedly))? includ(?:e|es|ed)"
    r"(?: (?:at least|more than|about|some|nearly|over|around))?[\s,:;]*$", re.I)
# Anywhere in a sentence: a group of the counted named as the whole a number is picked from
# ("Among the victims were 196 Freedonians", "Of the dead, 30 were children"): the sentence
# counts people even when no verb or noun of the measure is in it.
# A group phrase with its own number ("Of the 58 victims, 19 have been identified") is left to
# the measure's own words: the sentence gives no count of the whole to hang the part on.
GROUP_PART_RE = re.compile(rf"\b(?:among|of) (?:the|those) (?:(?![\d,]+ )\w+ )?{G.GROUP_WORD_RE.pattern}", re.I)
# Before a number: "as well as" continuing a list of parts however far the part before it is
# ("2,992, including 1,730 in the north, according to X, as well as an additional 1,262 in the
# south, according to Y"): a sibling of that part, not a count beside the whole.
ALSO_PART_BEFORE_RE = re.compile(
    r"(?:\bas well as\s+(?:an additional\s+|another\s+|a further\s+)?|"
    # "35 of the dead were in X, with another 17 dead in Y"
    r"\b(?:with|and|plus)\s+(?:an additional|another|a further)\s+)"
    r"(?:(?:some|at least|about|around|nearly|more than|over)\s+)?$",
    re.I)
# Before a number after parts of its sentence: the sum of them ("..., for a reported total topping
# 50", "making a total of 52", "a combined total of 80"): the whole they are parts of.
SUM_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:for|making|giving|with)\s+an?\s+(?:\w+\s+)?(?:total|sum)\s+(?:of\s+)?(?:topping|exceeding|above|over|of)?\s*$",
    re.I)
# Tokens after a part's number in which "were <noun>" names its subject.
COPULA_WINDOW = 8
# `part_kind` of a part named by "of them" / "among the dead" whose whole is in another sentence.
SUBSET = "subset"
# Part kind of bodies a facility took in ("218 bodies were admitted to the hospital"): one
# facility's count, a part of the toll even when no larger toll is in the report.
INTAKE = "intake"
# Sentinel `whole_at` for "97 of the 151 dead": the whole is the next figure in the sentence.
WHOLE_NEXT = -1


# Anywhere in a sentence: a group of the counted said to include its numbers ("The victims included
# 14 police officers", "The dead also include six children"): the sentence counts people, parts of
# that group, even when no verb or noun of the measure is in it (`INCLUDE_BEFORE_RE` reads each part).
GROUP_INCLUDES_RE = re.compile(
    rf"\b(?:the|those)(?: \w+)? {G.GROUP_WORD_RE.pattern}(?: people| persons)?(?: (?:also|reportedly))? includ(?:e|es|ed)\b",
    re.I)


def names_group_part(text: str) -> bool:
    """Whether a sentence picks numbers from a group of the counted (`GROUP_PART_RE`, `GROUP_INCLUDES_RE`)."""
    return GROUP_PART_RE.search(text) is not None or GROUP_INCLUDES_RE.search(text) is not None


def group_measure(phrase: str) -> str | None:
    """The measure a group phrase names ("of the injured" -> injured; "among the dead" -> killed)."""
    m = G.GROUP_WORD_RE.search(phrase)
    if m is None:
        return None
    word = m.group(0).lower()
    return next((meas for stem, meas in G.GROUP_MEASURES if stem in word), "killed")


def as_part(sent: Span, q: Quantity, own: Figure | None, found: list[Figure],
            place_of: Callable[[Quantity], str | None], killed_cue: bool) -> Figure | None:
    """`own` (the figure read from the cues, or None) as a part when the words around it say so."""
    text = sent.text
    before = text[max(0, q.start - G.CONTEXT_CHARS):q.start]
    after = text[q.end:q.end + G.CONTEXT_CHARS]
    pb = G.PART_BEFORE_RE.search(before) or INCLUDE_BEFORE_RE.search(before)
    pa = G.PART_AFTER_RE.match(after)
    cause = G.CAUSE_AFTER_RE.match(after) if q.unit is None else None
    prev = found[-1] if found else None
    sibling = (prev is not None and prev.part and pb is None and pa is None and prev.whole_at != WHOLE_NEXT
               and (q.start - prev.quantity.end <= SIBLING_GAP_CHARS or ALSO_PART_BEFORE_RE.search(before) is not None
                    or CONTRAST_BEFORE_RE.search(before) is not None
                    # "184 in the town of X and 11 in Y, both in the Z region, and 46 in the village
                    # of W": the next item of a list of places, however long the words on the last
                    or (G.LIST_ITEM_GAP_RE.match(text[prev.quantity.end:q.start]) is not None
                        and G.LIST_ITEM_PLACE_AFTER_RE.match(after) is not None))
               and (own is None or own.measure == prev.measure) and _smaller(q, prev.quantity, 10 ** 9))
    listing = (G.LIST_BEFORE_RE.search(before) is not None and prev is not None and not prev.part
               and prev.quantity.value is not None and q.value is not None and prev.quantity.value > q.value
               and (own is None or own.measure == prev.measure))
    with_part = (before.endswith(" with ") and prev is not None and not prev.part and own is not None
                 and own.measure == prev.measure and _smaller(q, prev.quantity, 0)
                 # "446 in one country, with 259 dead in another": places side by side, no part
                 and not (prev.place_name is not None and (own.place_name or place_of(q)) not in (None, prev.place_name)))
    status = own is not None and own.measure == "killed" and _status_words(before, after)
    if not (pb or pa or cause or sibling or listing or status or with_part):
        return own
    if own is None and pa is not None and q.text.lower() == "one":
        return None  # "the autopsy of one of the victims": an individual, not a count
    if own is None and not counts_people(sent, q):
        return None  # "26 foreigners from 14 countries were among those killed"
    group = group_measure(pb.group(0) if pb else pa.group(0) if pa else "")
    whole = _whole_before(found, q, group, nested=pb is not None)
    if sibling and prev is not None:
        whole = next((f for f in found if f.quantity.start == prev.whole_at), None)
    whole_at: int | None = whole.quantity.start if whole is not None else None
    if pa is not None and G.PART_OF_NUMBER_AFTER_RE.match(after):
        whole_at = WHOLE_NEXT  # "97 of the 151 dead"
    if sibling and prev is not None:
        whole_at, measure = prev.whole_at, prev.measure
    elif whole is not None:
        measure = whole.measure
    elif group is not None and not (own is not None and G.NEUTRAL_GROUP_RE.search(pb.group(0) if pb else pa.group(0) if pa else "")):
        measure = group  # "three of the victims were treated": the verb's measure, not the dead
    elif cause is not None:
        measure = "killed" if killed_cue else (own.measure if own else "injured")
    else:
        measure = own.measure if own is not None else None
    if cause is not None and (killed_cue or measure == "killed") and (whole is None or whole.measure != "injured"):
        measure = "killed"  # a breakdown of the dead by cause counts the dead, never the injured
    if measure is None or measure not in G.PART_MEASURES:
        return own
    if q.unit is not None and measure != "damage":
        return own
    if own is None and whole is None and group is None and not sibling and cause is None:
        return None
    subject = part_subject(sent, q, own, whole)
    unit = own.unit if own is not None else (whole.unit if whole is not None else "people")
    base = own or Figure(quantity=q, measure=measure, subject=subject, unit=unit, place_name=None)
    return replace(base, measure=measure, subject=subject if measure != "damage" else None, unit=unit,
                   place_name=base.place_name or place_of(q), part=True, whole_at=whole_at)


def _smaller(q: Quantity, whole: Quantity, limit: float) -> bool:
    return q.value is not None and (whole.value is None or q.value <= whole.value or q.value <= limit)


def counts_people(sent: Span, q: Quantity) -> bool:
    """A bare number, or one whose next word is a person noun: "19 foreigners", "12 of them"."""
    end = sent.start_char + q.end
    nums = [t for t in sent if sent.start_char + q.number_start <= t.idx < end]
    if nums and nums[-1].dep_ == "nummod" and nums[-1].head.pos_ in ("NOUN", "PROPN") and nums[-1].head.i > nums[-1].i:
        head = nums[-1].head  # "four high school students": the noun the number counts, not "school"
        return S.classify(head.lemma_, head.ent_type_) == "person" or _people_name(head)
    nxt = next((t for t in sent if t.idx >= end), None)
    while nxt is not None and nxt.pos_ == "ADJ" and nxt.i + 1 < sent.end and sent.doc[nxt.i + 1].pos_ in ("NOUN", "PROPN"):
        nxt = sent.doc[nxt.i + 1]  # "seven private hospitals": the noun after the adjectives
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
        return True
    return S.classify(nxt.lemma_, nxt.ent_type_) == "person" or _people_name(nxt)


def _people_name(tok) -> bool:
    """ "Britons", "Filipinos": a people's name, counted as people though the NER missed it."""
    country = S.demonym_country(tok.text)
    return tok.text[:1].isupper() and country is not None and country != tok.text.lower()


def _whole_before(found: list[Figure], q: Quantity, group: str | None, nested: bool) -> Figure | None:
    """The nearest earlier figure in the sentence that can hold this part: not an older figure, of
    the named group's measure, not smaller than the part; a part itself only when the words nest
    ("26 foreigners among the dead, including four Russians")."""
    for f in reversed(found):
        if (f.part and not nested) or f.older or (group is not None and f.measure != group):
            continue
        if q.value is not None and f.quantity.value is not None and f.quantity.value < q.value:
            continue
        if (f.quantity.unit is None) != (q.unit is None):
            continue
        return f
    return None


def part_subject(sent: Span, q: Quantity, own: Figure | None, whole: Figure | None) -> str | None:
    """Who a part counts: its own counted noun ("12 police"), else the noun or adjective after it
    ("1,500 of them officers", "97 were women", "54 are male"), else the whole's subject."""
    specific = whole.subject if whole is not None and whole.subject not in (None, "person") else None
    if own is not None and own.subject not in (None, "person") and not (specific and _generic(own.subject, specific)):
        return own.subject
    end = sent.start_char + q.end
    seen = 0
    for tok in sent:
        if tok.idx < end:
            continue
        if seen >= 6 or tok.pos_ in ("VERB", "NUM") or tok.lower_ in (".", ";", "and", "while"):
            break
        seen += 1
        low = tok.lower_
        if low in _SUBJECT_SKIP:
            continue
        if low in G.ADJECTIVE_SUBJECTS:
            return G.ADJECTIVE_SUBJECTS[low]
        if tok.pos_ in ("NOUN", "PROPN") and S.classify(tok.lemma_) == "person" and tok.lemma_.lower() not in _PLAIN_PEOPLE:
            mods = tuple(c.lower_ for c in tok.children if c.dep_ in ("compound", "amod"))
            found = S.person_subject(tok.lemma_, mods)
            return specific if specific and found in _GENERIC else found
        if tok.ent_type_ == "NORP" and specific:
            return specific  # "26 foreign nationals, including four Russians"
        if tok.pos_ in ("NOUN", "PROPN") and _people_name(tok):
            return S.national_subject(tok.text)  # "among them 14 Norwegians": one nation's people
    after_be = _subject_after_copula(sent, end)
    if after_be is not None:
        return specific if specific and after_be in _GENERIC else after_be
    if specific and (own is None or own.subject is None or _generic(own.subject, specific)):
        return specific
    if own is not None and own.subject is not None:
        return own.subject
    return whole.subject if whole is not None else "person"


def _subject_after_copula(sent: Span, end: int) -> str | None:
    """ "Nine of the 40 people killed were students": the noun after the copula that follows."""
    toks = [t for t in sent if t.idx >= end][:COPULA_WINDOW]
    for k, tok in enumerate(toks):
        if tok.is_punct and tok.text not in ("-", "–", "—"):
            return None
        if tok.lemma_ == "be":
            for t in toks[k + 1:k + 3]:
                if t.lower_ in G.ADJECTIVE_SUBJECTS:
                    return G.ADJECTIVE_SUBJECTS[t.lower_]
                if t.pos_ in ("NOUN", "PROPN") and S.classify(t.lemma_) == "person" and t.lemma_.lower() not in _PLAIN_PEOPLE:
                    return S.person_subject(t.lemma_, tuple(c.lower_ for c in t.children if c.dep_ in ("compound", "amod")))
            return None
    return None


def _generic(subject: str, specific: str) -> bool:
    """ "civilian", "foreign national and civilian": nothing more specific than the whole's subject."""
    return all(p in _GENERIC or p == specific for p in subject.split(" and "))


def sum_totals(text: str, figs: list[Figure]) -> list[Figure]:
    """ "35 of the dead were in X, with another 17 in Y, for a reported total topping 50": the
    total is the whole of the parts before it in the sentence (no part of it, whatever place its
    clause names: it counts them all)."""
    out = list(figs)
    for k, f in enumerate(out):
        if f.part or f.older or not SUM_TOTAL_BEFORE_RE.search(text[max(0, f.quantity.start - G.CONTEXT_CHARS):f.quantity.start]):
            continue
        parts = [j for j in range(k) if out[j].measure == f.measure and (out[j].part or out[j].place_name is not None)
                 and not out[j].older and _smaller(out[j].quantity, f.quantity, 0)]
        if not parts:
            continue
        out[k] = replace(f, place_name=None)
        for j in parts:
            if out[j].whole_at is None:
                out[j] = replace(out[j], part=True, whole_at=f.quantity.start, part_kind=None)
    return out


def sum_of_items(text: str, q: Quantity, found: list[Figure]) -> Figure | None:
    """ "30 died in Osh and 22 in Jalalabad, making a total of 52": a bare number named as the
    total of the counts before it counts what they count (`sum_totals` makes them its parts)."""
    if q.unit is not None or not SUM_TOTAL_BEFORE_RE.search(text[max(0, q.start - G.CONTEXT_CHARS):q.start]):
        return None
    items = [f for f in found if not (f.older or f.background) and (f.part or f.place_name is not None)]
    if not items or len({f.measure for f in items}) != 1 or not all(_smaller(f.quantity, q, 0) for f in items):
        return None
    last = items[-1]
    return Figure(quantity=q, measure=last.measure, subject=last.subject, unit=last.unit, place_name=None)


def resolve_next_wholes(figs: list[Figure]) -> list[Figure]:
    """ "97 of the 151 dead": point the part at the figure right after it, which also takes the
    part's measure when it has none of its own."""
    out = list(figs)
    for k, f in enumerate(out):
        if f.whole_at != WHOLE_NEXT:
            continue
        nxt = next((g for g in out[k + 1:] if not g.part), None)
        out[k] = replace(f, whole_at=nxt.quantity.start if nxt is not None else None)
    return out


def _status_words(before: str, after: str) -> bool:
    """Whether the words around a number of dead say what was done with the bodies (handed over,
    buried, identified), after it ("340 bodies were handed over") or before it ("handed over 441 bodies")."""
    if G.STATUS_AFTER_RE.match(after):
        return True
    m = G.STATUS_BEFORE_RE.search(before)
    return m is not None and (m.group("of") is not None or G.STATUS_NOUN_AFTER_RE.match(after) is not None)


def context_kind(text: str, q: Quantity, f: Figure, clause: tuple[int, int]) -> str | None:
    """Why `f` is a part of a larger count of its measure when no "of them" names the whole:
    "status" (bodies handed over, buried, unclaimed), "severity" (seriously injured, remain in
    hospital), "place" (in three hospitals, outside health facilities) or "period" (over the past
    day). None when the words say nothing of the kind."""
    after = text[q.end:q.end + G.CONTEXT_CHARS]
    before = text[max(0, q.start - G.CONTEXT_CHARS):q.start]
    if f.measure == "killed" and (_status_words(before, after) or M.NAMES_OF_BEFORE_RE.search(before)):
        return "status"  # "340 bodies were handed over", "handed over 441 bodies", "released the names of 10 more victims"
    if f.measure == "detained" and G.FORMAL_ARREST_RE.search(text, clause[0], clause[1]):
        return "status"  # "three of them were formally arrested": the part of those held a court arrested
    if f.measure == "killed" and G.PRESUMED_DEAD_AFTER_RE.match(after):
        return "presumed"  # "74 were missing, presumed dead": the dead not yet found
    if f.measure == "injured" and (G.SEVERITY_AFTER_RE.match(after) or G.SEVERITY_ADVERB_AFTER_RE.match(after)
                                   or G.REMAINING_BEFORE_RE.search(before)
                                   or (G.DISCHARGED_RE.search(text, 0, q.start) and G.TREATED_AFTER_RE.match(after))):
        return "severity"
    if f.measure == "killed" and G.CAUSE_CLAUSE_RE.match(text[q.end:q.end + G.CAUSE_CLAUSE_CHARS]):
        return "cause"  # "40 are believed to have died of electrocution"
    if f.measure == "killed" and (m := G.FACILITY_AFTER_RE.match(text[q.end:clause[1]])) is not None:
        return INTAKE if m.group("intake") else "place"
    if G.PERIOD_RE.search(text, 0, clause[1]):
        return "period"  # "Over the past day, about 700 were detained": the opening phrase scopes it
    return None


def context_part(text: str, q: Quantity, f: Figure | None, found: list[Figure], clause: tuple[int, int]) -> Figure | None:
    """`f` as a part told by its own words (see `context_kind`); its whole is a larger figure of
    its measure earlier in the sentence, else the component looks in the whole document."""
    if f is None or f.part or f.older or f.measure not in G.PART_MEASURES or q.unit is not None:
        return f
    if found and found[-1].whole_at == WHOLE_NEXT:
        return f  # "120 of the 5,000 injured are in critical condition": 5,000 is the whole
    if f.update_cue is not None or G.UPDATE_BEFORE_RE.search(text[max(0, q.start - G.CONTEXT_CHARS):q.start]):
        return f  # "bodies were retrieved on Monday, raising the toll to 262": the new level, no part
    kind = context_kind(text, q, f, clause)
    if kind is None:
        return f
    # "37 are still in hospital, with 17 in critical care": a part joined by "with" to the count
    # before it is a part of that count, itself a part of the whole or not
    joined = text[max(0, q.start - G.CONTEXT_CHARS):q.start].rstrip().lower().endswith("with")
    whole = next((g for g in reversed(found) if not g.older and (joined or not g.part) and g.measure == f.measure
                  and g.quantity.value is not None and q.value is not None and g.quantity.value > q.value), None)
    place = f.place_name
    if kind in ("place", INTAKE) and place is None:
        m = G.FACILITY_AFTER_RE.match(text[q.end:clause[1]])
        place = (m.group("where") or m.group("intake")) if m is not None else None  # "in three government hospitals"
    return replace(f, part=True, part_kind=kind, place_name=place,
                   whole_at=whole.quantity.start if whole is not None else None)
