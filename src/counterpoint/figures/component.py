"""Component `counterpoint_figures_v1`: numbers linked to what they count become FigureClaims.

Per sentence: a cheap test first (a measure cue stem and a number in the text), then the number
parser (`counterpoint.text.numbers`), then the dependency parse: each quantity's counted noun, the
nearest compatible measure cue in the tree (active, passive or nominal), the place the clause
scopes it to, the as-of date and the attribution chain. Numbers that are ages, durations,
populations, prices or percentages are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Evidence, FigureClaim, Source
from ..nlp.spans import line_sentences, span_evidence
from ..statements.speakers import figure_origin_class
from ..text.attribution import chain_for, find_attributions
from ..text.figure_sources import fallback_sources
from ..text.numbers import Quantity, find_quantities, has_number
from . import cues as K
from . import lists as L
from . import non_counts as NC
from . import parts as P
from . import scope as SC
from . import subjects as S
from . import updates as U
from . import victims as V
from .cue_scan import Cue, find_cues
from .document import document_claims, drop_increments, link_back
from .figure import PEOPLE_UNIT, Figure, claim_key
from .places import PLACE_LABELS, clause_place, place_of, token_place
from .singulars import is_headline, singular_figures
from .tree import (
    coordinated_clause_of,
    counted_noun,
    crossing_labels,
    dash_split,
    root_of,
    tokens_in,
    tree_distance,
)

# Text right after a number that makes it an age ("81-year-old", "25 years old").
AGE_AFTER_RE = re.compile(r"^\s*-?\s*(?:years?|months?|weeks?)[- ]old|^\s*-?\s*year\b|^\s*yo\b", re.I)
# Text right before a number that makes it a population or a size ("a country of 19 million").
POPULATION_BEFORE_RE = re.compile(
    r"\b(?:country|nation|city|town|population|region|state|province|republic|home to|capital|"
    r"metropolis|aged?|age of)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|over\s+)?$",
    re.I,
)
# A date introduced by these words is the figure's as-of date ("as of January 10", "by Wednesday").
AS_OF_BEFORE_RE = re.compile(r"\b(?:as of|as at|by|until|through|up to|on)\s*\(?$", re.I)
# A date introduced by these words is not when the count stood ("since January 2").
NOT_AS_OF_BEFORE_RE = re.compile(r"\b(?:since|from|began|started|beginning)\s*$", re.I)
# Clause markers that make a statement hypothetical ("if we gather hundreds of thousands").
HYPOTHETICAL_MARKS: frozenset[str] = frozenset({"if", "unless", "whether"})
SINGULAR_RE = re.compile(r"\b(?:a|an|another)\b", re.I)
# Determiners of a singular person noun that names one person beside a count ("the captain and
# two crew members"); "every", "each", "no" do not.
SINGLE_PERSON_DETS: frozenset[str] = frozenset({"the", "a", "an"})
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
# Words that open a direct object right after a harm verb ("shot a guard", "stabbed his wife"); not
# "the", which often opens a time ("shot the night before").
ACTIVE_OBJECT_DETS: frozenset[str] = frozenset({"a", "an", "his", "her", "their", "him", "them"})
# "Seventeen children died and seven were treated": a bare number this close after a figure of a
# named group, joined by "and", counts that group.
CONJOINED_GAP_CHARS = 40
CONJOINED_GAP_RE = re.compile(r"^[^,;:.()]*\band\s*$", re.I)
# Only a full date, not later than publication, dates a figure unless "as of" / "by" marks it.
FULL_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@Language.factory("counterpoint_figures_v1")
def make_figures_component(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent()


class FiguresComponent:
    def __call__(self, doc: Doc) -> Doc:
        out = doc._.cp_claims if doc._.cp_claims is not None else []
        offset = doc._.cp_offset or 0
        published = doc._.cp_published
        year = U.event_year(doc.text, published) if K.YEAR_RE.search(doc.text) else None
        # the document speaks of a list of the missing: "the list" in it counts the missing
        missing_list = L.document_has_missing_list(doc.text)
        found: list[tuple[Figure, FigureClaim]] = []
        sentence_of: list[int] = []  # the sentence number of each found claim
        for n, sent in enumerate(line_sentences(doc)):
            text = sent.text
            low = text.lower()
            if missing_list and L.THE_LIST_RE.search(text) and has_number(text):
                pass  # "the list had 1,400 names on it": the list named before counts the missing
            elif not (K.CUE_STEMS_RE.search(low) or V.VICTIM_STEMS_RE.search(low)) or not (
                    has_number(text) or SINGULAR_RE.search(text) or K.ONE_VICTIM_STEMS_RE.search(low)
                    or V.VICTIM_STEMS_RE.search(low)):
                continue  # the cheap filter: most sentences stop here
            figures = extract_figures(sent, published, year, missing_list)
            if not figures:
                continue
            atts = find_attributions(sent, offset)
            continued = () if atts else fallback_sources(sent, offset)
            as_of = _as_of(sent, published)
            evidence = span_evidence(sent, doc._.cp_doc_id or "", offset)
            base = offset + sent.start_char
            counted = [(g.quantity.start, g.quantity.end) for g in figures]
            claims = [_claim(f, doc._.cp_doc_id or "", evidence, _sources(sent, f, atts, counted) or continued, as_of, base)
                      for f in figures]
            figures, claims = drop_increments(figures, claims, found, sentence_of, n)
            link_back(figures, claims, found, sentence_of, n)
            found.extend(zip(figures, claims, strict=False))
            sentence_of.extend(n for _ in figures)
        out.extend(document_claims(found, doc.text, offset))
        doc._.cp_claims = out
        return doc


def _sources(sent: Span, f: Figure, atts: list, counted: list[tuple[int, int]]) -> tuple[Source, ...]:
    """The chain of the attribution that governs this figure's number (see `chain_for`);
    `counted` holds the sentence's figure spans, none of which can be who says so."""
    toks = tokens_in(sent, f.quantity.start, f.quantity.end)
    chain = chain_for(atts, sent.doc, root_of(toks) if toks else None)
    offset = (sent.doc._.cp_offset or 0)
    for a, b in counted:
        lo, hi = sent.start_char + a, sent.start_char + b
        if any(s.start is not None and s.end is not None and s.start - offset < hi and lo < s.end - offset for s in chain):
            # "19 foreigners are among the dead", "left 28 people confirmed dead and 274 missing":
            # a counted phrase is not who says so
            return tuple(s for s in chain if not (s.start is not None and s.end is not None
                                                  and s.start - offset < hi and lo < s.end - offset)) if len(chain) > 1 else ()
    return chain


def _claim(f: Figure, doc_id: str, evidence: Evidence, sources: tuple[Source, ...], as_of: str | None,
           base: int) -> FigureClaim:
    """The claim, with a provisional id from the quantity's offset in the document (`base` is
    where the sentence starts) so that parts and updates can point at it."""
    q = f.quantity
    return FigureClaim(
        id=claim_key(base + q.start), document=doc_id, measure=f.measure, value=q.value, low=q.low, high=q.high,
        qualifier=q.qualifier, unit=f.unit, subject=f.subject, evidence=evidence, as_of=as_of,
        sources=sources, place_name=f.place_name,
        part_of=claim_key(base + f.whole_at) if f.whole_at is not None and f.whole_at >= 0 else None,
        supersedes=tuple(claim_key(base + s) for s in f.older_at),
        update_cue=None if f.older else f.update_cue,
        hedged=f.hedged, scope=f.scope,
        origin_class=figure_origin_class(sources, evidence.text),
    )


def extract_figures(sent: Span, published: str | None = None, event_year: int | None = None,
                    missing_list: bool = False) -> list[Figure]:
    """The figures one sentence states (no sources or dates: the caller adds those), with their
    parts and updates inside the sentence; `missing_list` says the document speaks of a list of
    the missing, so that "the list" in this sentence is that one."""
    cues = find_cues(sent)
    if _hypothetical(sent):
        return []
    if not cues and not (missing_list and L.THE_LIST_RE.search(sent.text)):
        # "The victim is in critical condition": one victim without a measure cue
        return V.victim_figures(sent, [], lambda t: token_place(sent, t), is_headline(sent))
    text = sent.text
    cutoff = U.background_cutoff(text, published)
    old_years = U.old_year_positions(text, event_year)
    old_opening = U.opens_in_old_year(text, event_year)
    killed_cue = any("killed" in c.measures for c in cues)
    quantities: list[Quantity] = []
    newer_of: dict[int, Quantity] = {}  # "rose from 100 to 135": older start -> the newer quantity
    newer_starts: set[int] = set()
    for q in find_quantities(text):
        pair = U.split_change(text, q)
        if pair is not None:
            newer_of[pair[0].start] = pair[1]
            newer_starts.add(pair[1].start)
        quantities.extend(pair if pair is not None else (q,))
    out: list[Figure] = []
    background: list[Figure] = []
    prev: Quantity | None = None
    for q in quantities:
        converted = prev is not None and q.unit is not None and prev.unit is not None \
            and K.CONVERSION_GAP_RE.match(text[prev.end:q.start]) is not None
        prev = q
        if q.start >= cutoff or old_opening or U.in_old_clause(text, q, old_years):
            if not converted and (g := _figure(sent, q, cues)) is not None:
                background.append(replace(g, background=True))
            continue  # an earlier event's figure
        if converted:
            continue  # "US$3 billion (S$4.1 billion)": the same money
        if q.start in newer_of:
            out.extend(_change_pair(sent, q, newer_of[q.start], cues))
            continue
        if U.not_a_count(text, q) or U.whole_of_survivors(text, q, quantities):
            continue
        if q.start in newer_starts:
            continue  # the newer half of a change pair, already read
        f = _figure(sent, q, cues)
        if f is None and out:
            f = _elliptic_item(sent, q, out[-1])
        if (f is None or f.measure in ("killed", "missing")) and L.is_list_length(text, q, missing_list):
            # "the list of those unaccounted for has dropped to around 700": the list's length
            f = Figure(quantity=q, measure="missing", subject="person", unit=PEOPLE_UNIT,
                       place_name=f.place_name if f is not None else None)
        if f is not None and U.more_after(text, q):
            if any(g.measure == f.measure for g in out) or K.FOUND_MORE_AFTER_RE.match(text[q.end:]):
                continue  # "five died on Monday and three more on Tuesday": the size of a change
            if not out:
                f = replace(f, increment=True)  # the component looks at the sentence before
        after = text[q.end:q.end + 20]
        if out and K.FATAL_PART_AFTER_RE.match(after) and out[-1].measure == "injured" \
                and out[-1].quantity.qualifier == "exact" and (out[-1].quantity.value or 0) > (q.value or 0) > 0:
            out[-1], f = _fatal_part(out[-1], q)
        elif out and K.PARTITIVE_AFTER_RE.match(after):
            f = _partitive(sent, q, _partitive_whole(out), f)
        else:
            f = P.as_part(sent, q, f, out, lambda x: place_of(sent, x), killed_cue)
        if f is not None and f.part and f.whole_at is None and f.part_kind is None:
            # "340 bodies were handed over": a status part whose whole may be far off
            f = replace(f, part_kind=P.context_kind(text, q, f, U.clause(text, q)) or P.SUBSET)
        f = P.context_part(text, q, f, out, U.clause(text, q))
        if f is not None and f.measure == "killed" and not (f.part or f.older) and NC.body_recovery(text, q):
            f = replace(f, recovery=True)  # "uncovered 219 bodies": a part of a larger toll, if any
        if f is not None:
            out.append(f)
    out = _population_parts(sent, quantities, out)
    out = _conjoined_subjects(sent, out)
    out.extend(singular_figures(sent, cues, out))
    victims = V.victim_figures(sent, out, lambda t: token_place(sent, t), is_headline(sent))
    # a count of the hurt told by care or wounds ("sent five people to the hospital") is theirs,
    # not the attacks or deployments a nearby cue made of it
    hurt = {(f.quantity.start, f.quantity.end) for f in victims if not f.part}
    out = [f for f in out if (f.quantity.start, f.quantity.end) not in hurt] + victims
    out = [replace(f, hedged=U.hedged(text, f.quantity)) for f in P.resolve_next_wholes(out)]
    out = [g for f in out if (g := SC.scoped(sent, f)) is not None]
    out = _presumed_beside_dead(text, out)
    # "1,800 died in 2005, 1,500 of them in Louisiana": a part with no whole after an earlier
    # event's figure is that event's too
    out = [replace(f, background=True) if f.part and f.whole_at is None and any(
        b.measure == f.measure and b.quantity.start < f.quantity.start for b in background) else f for f in out]
    return U.link_updates(text, out) + background


def _presumed_beside_dead(text: str, found: list[Figure]) -> list[Figure]:
    """ "The collapse killed more than 160 and left around 150 others missing and presumed dead":
    beside a toll of their own sentence the presumed dead are the missing, never the toll. Alone
    ("the toll climbed to 58 people missing presumed dead") they are how officials count the dead,
    and beside a count of the identified dead they are its part (`parts.context_kind`)."""
    out = list(found)
    for k, f in enumerate(out):
        if f.measure != "killed" or (f.part and f.part_kind != "presumed") or f.update_cue \
                or not K.PRESUMED_DEAD_AFTER_RE.match(text[f.quantity.end:]):
            continue
        if any(g.measure == "killed" and not g.part and not g.older and g.quantity.start < f.quantity.start
               for g in out[:k]):
            out[k] = replace(f, measure="missing", part=False, part_kind=None, whole_at=None)
    return out


def _population_parts(sent: Span, quantities: list[Quantity], found: list[Figure]) -> list[Figure]:
    """ "Among the 325 students, 71 died and 179 are missing": the figures after an opening
    "among the N <people>," count part of those people, so they take the group's subject and are
    parts of their measure's whole (the component finds it in the document)."""
    text = sent.text
    for q in quantities:
        words = U.among_population(text, q)
        if words is None:
            continue
        end = sent.start_char + q.end + text[q.end:].index(",")
        nouns = [t for t in sent if sent.start_char + q.end <= t.idx < end and t.pos_ in ("NOUN", "PROPN")]
        if not nouns or S.classify(nouns[-1].lemma_, nouns[-1].ent_type_) != "person":
            continue
        n = nouns[-1]
        subject = S.person_subject(n.lemma_, tuple(c.lower_ for c in n.children if c.dep_ in ("compound", "amod")))
        found = [replace(f, subject=subject if f.subject == "person" else f.subject, part=True, part_kind=P.SUBSET)
                 if f.quantity.start > q.end and not f.part and f.unit == PEOPLE_UNIT else f for f in found]
    return found


def _conjoined_subjects(sent: Span, found: list[Figure]) -> list[Figure]:
    """ "Seventeen children died and seven were treated", "12 police were killed and 30 injured":
    a bare number joined by "and" to a figure of a named group counts that group too."""
    out = list(found)
    for k in range(1, len(out)):
        f, prev = out[k], out[k - 1]
        if f.subject != "person" or prev.subject in (None, "person") or prev.unit != PEOPLE_UNIT or f.part:
            continue
        gap = sent.text[prev.quantity.end:f.quantity.start]
        if len(gap) > CONJOINED_GAP_CHARS or not CONJOINED_GAP_RE.search(gap) or any(c.isdigit() for c in gap):
            continue
        toks = tokens_in(sent, f.quantity.start, f.quantity.end)
        if toks and counted_noun(root_of(toks)) is None:
            out[k] = replace(f, subject=prev.subject)
    return out


def _change_pair(sent: Span, old: Quantity, new: Quantity, cues: list[Cue]) -> list[Figure]:
    """ "The toll rose from 100 to 135": 135 replaces 100, and both count what the sentence counts;
    "revised down by 100 to 253" keeps 253 alone."""
    a, b = _figure(sent, old, cues), _figure(sent, new, cues)
    if a is None and b is None:
        # a change's range parses badly; the clause's own counted word says what both halves count
        # ("the toll rose from 65 to 84, while the number of missing fell from 292 to 276": 292 and
        # 276 are missing, not the toll of the other clause), else the sentence's toll noun
        measure = _clause_measure(sent, old, cues)
        if measure is None:
            head = next((c for c in cues if c.token.lemma_.lower() in K.HEAD_NOUN_CUES and "killed" in c.measures), None)
            if head is None:
                return []
            measure = "killed"
        unit = PEOPLE_UNIT if measure in K.PEOPLE_MEASURES else K.MEASURE_UNITS.get(measure, PEOPLE_UNIT)
        subject = "person" if measure in K.PEOPLE_MEASURES else None
        a = Figure(quantity=new, measure=measure, subject=subject, unit=unit, place_name=None)
    base = b or a
    assert base is not None
    a = replace(a or base, quantity=old, measure=base.measure, subject=base.subject, unit=base.unit)
    b = replace(b or base, quantity=new, measure=base.measure, subject=base.subject, unit=base.unit)
    before = sent.text[max(0, old.start - K.CONTEXT_CHARS):old.start]
    m = K.FROM_BEFORE_RE.search(before)
    if m is None:  # "revised down by about 100 to 253": the first half is the size of the change
        by = K.UPDATE_BEFORE_RE.search(sent.text[max(0, new.start - K.CONTEXT_CHARS):new.start])
        return [replace(b, update_cue=" ".join(by.group("cue").split()) if by else None)]
    cue = f"{' '.join(m.group('cue').split())} … to"
    return [replace(a, older=True), replace(b, older_at=(old.start,), update_cue=cue)]


def _elliptic_item(sent: Span, q: Quantity, prev: Figure) -> Figure | None:
    """ "caused 1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate": a bare number
    listed right after a placed figure, with a place of its own and no noun, counts what that
    figure counts, in its own place."""
    text = sent.text
    if prev.place_name is None or prev.older or prev.background or q.unit is not None or q.unit != prev.quantity.unit:
        return None
    m = K.LIST_ITEM_PLACE_AFTER_RE.match(text[q.end:])
    if not K.LIST_ITEM_GAP_RE.match(text[prev.quantity.end:q.start]) or m is None:
        return None
    place = place_of(sent, q)
    if place is None or place == prev.place_name:
        # the parse often hangs the listed place on the first figure's noun: the named place
        # right after "in" is the item's own
        at = sent.start_char + q.end + m.end() - 1
        ent = next((e for e in sent.ents if e.start_char == at and e.label_ in PLACE_LABELS), None)
        place = ent.text if ent is not None else _proper_name_at(sent, at)
    if place is None or place == prev.place_name:
        return None
    return Figure(quantity=q, measure=prev.measure, subject=prev.subject, unit=prev.unit, place_name=place)


def _proper_name_at(sent: Span, at: int) -> str | None:
    """The run of proper nouns starting at a character offset ("Taroudant" that NER missed)."""
    first = next((t for t in sent if t.idx == at), None)
    if first is None or first.pos_ != "PROPN":
        return None
    end = first.i
    while end + 1 < sent.end and sent.doc[end + 1].pos_ == "PROPN":
        end += 1
    return sent.doc[first.i:end + 1].text


def _clause_measure(sent: Span, old: Quantity, cues: list[Cue]) -> str | None:
    """The measure of the last cue before a change pair inside its own clause ("while the number of
    missing fell from 292 to 276": missing); None when the clause has none before the number."""
    start, _ = U.clause(sent.text, old)
    lo, hi = sent.start_char + start, sent.start_char + old.start
    inside = [c for c in cues if lo <= c.token.idx < hi]
    if not inside:
        return None
    ms = inside[-1].measures
    return "killed" if "killed" in ms else ms[0]


def _fatal_part(shot: Figure, q: Quantity) -> tuple[Figure, Figure]:
    """ "Two men were shot, one fatally": one killed, and the one left injured."""
    rest = float((shot.quantity.value or 0) - (q.value or 0))
    hurt = replace(shot, quantity=replace(shot.quantity, value=rest, low=rest, high=rest))
    return hurt, Figure(quantity=q, measure="killed", subject=shot.subject, unit=shot.unit, place_name=shot.place_name)


def _partitive_whole(found: list[Figure]) -> Figure:
    """What "of them" refers to: the nearest figure that is not itself a part of an earlier one
    ("164 died, including three children, and 103 of them in Almaty")."""
    return next((f for f in reversed(found) if not (f.part or f.older)), found[-1])


def _partitive(sent: Span, q: Quantity, whole: Figure, own: Figure | None) -> Figure | None:
    """ "164 people had died, 103 of them in Almaty": the part counts what the whole counts."""
    if whole.quantity.end > q.start or q.unit is not None:
        return own
    place = own.place_name if own is not None else None
    part = Figure(quantity=q, measure=whole.measure, subject=whole.subject, unit=whole.unit,
                  place_name=place or place_of(sent, q))
    return replace(part, subject=P.part_subject(sent, q, None, whole), part=True, whole_at=whole.quantity.start)


def _hypothetical(sent: Span) -> bool:
    return any(t.dep_ == "mark" and t.lower_ in HYPOTHETICAL_MARKS for t in sent)


def _kind(q: Quantity, counted: Token | None) -> str:
    if q.unit == "percent":
        return "percent"
    if q.unit is not None:
        return "money"
    if counted is None:
        return "none"
    return S.classify(counted.lemma_, counted.ent_type_)


# Which measures fit which kind of counted thing.
_COMPATIBLE: dict[str, frozenset[str]] = {
    "person": K.PEOPLE_MEASURES | {"attacks"},
    "none": K.PEOPLE_MEASURES | {"attacks"},
    "thing": frozenset({"property"}),
    "incident": frozenset({"attacks", "cases"}),
    "money": frozenset({"damage"}),
}


def _figure(sent: Span, q: Quantity, cues: list[Cue]) -> Figure | None:
    """The figure a quantity states, read from the parse; a number right after "toll rises to" is
    the toll even when the parse glues it to the next phrase ("rises to 41 after 3 children")."""
    f = _parsed_figure(sent, q, cues)
    if f is None and q.unit is None and K.TOLL_LEVEL_BEFORE_RE.search(sent.text[max(0, q.start - K.CONTEXT_CHARS):q.start]):
        return Figure(quantity=q, measure="killed", subject="person", unit=PEOPLE_UNIT, place_name=None)
    return f


def _parsed_figure(sent: Span, q: Quantity, cues: list[Cue]) -> Figure | None:
    toks = tokens_in(sent, q.start, q.end)
    if not toks:
        return None
    text = sent.text
    if AGE_AFTER_RE.match(text[q.end:q.end + 14]) or POPULATION_BEFORE_RE.search(text[max(0, q.start - 30):q.start]):
        return None
    if q.unit is None and _age_apposition(sent, q):
        return None
    if KINSHIP_OF_BEFORE_RE.search(text[max(0, q.start - K.CONTEXT_CHARS):q.start]):
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
        counted = _level_noun(root)
        if counted is not None and S.classify(counted.lemma_, counted.ent_type_) not in ("person", "thing"):
            # "put the number of injured at 1,175": the level noun's "of" word is the measure
            level_measure = K.NOUN_CUES.get(counted.lower_) or K.VERB_CUES.get(counted.lower_)
            level_token, counted = counted, None
    kind = _kind(q, counted)
    allowed = _COMPATIBLE.get(kind)
    if allowed and level_measure is not None:
        allowed = allowed & {level_measure}
    if not allowed:
        return None  # durations, percentages, unknown things
    if kind == "none" and ((root.dep_ not in K.BARE_NUMBER_DEPS and not dash_split(root)) or text[:q.start].rstrip().endswith("(")
                           or (root.dep_ == "appos" and root.head.ent_type_ == "PERSON")):
        return None  # "fired ten (10) rounds", "Nazarbayev, 81,": not a count of people
    anchor = counted or root
    last = max(t.i for t in toks)
    # "..., bringing the confirmed total to 15,383": a level of the sentence's count, whatever the clause
    updated = K.UPDATE_BEFORE_RE.search(text[max(0, q.start - K.CONTEXT_CHARS):q.start]) is not None
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
            adjacent = 0 < cue.token.i - last < K.ADJACENT_CUE_TOKENS and all(
                t.pos_ not in ("CCONJ", "PUNCT", "NUM") for t in sent.doc[last + 1:cue.token.i])
            if adjacent:
                d = min(d, 1)  # "around 180 were left injured": the words right after the number, whatever the parse
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
            if _acts_on_another(cue, anchor, root):
                continue  # "one of the suspects shot Oliver": the one who shot, not a victim
            if cue.noun and measure in ("participants", "deployed"):
                d += 3  # "protesters were arrested": a verb cue nearby wins over the noun
            if cue.width == 1:  # "shot to death", "shot dead": the phrase is no weak cue
                d += K.WEAK_CUES.get(cue.token.lemma_.lower(), 0)
            if updated and cue.token.lemma_.lower() in K.HEAD_NOUN_CUES:
                d = max(0, d - 1)  # "the toll continues to escalate, reaching to 350": the verb chain is the toll's
            # On a tie, "a shooting left four people dead": the people are the dead, not attacks.
            rank = d + (0.5 if cue.noun and measure == "attacks" and kind == "person" else 0.0)
            if cue.token.head.i == anchor.i and cue.token.dep_ in ("acl", "amod"):
                rank -= 0.5  # "155 killed and 152 others injured": the participle on the noun wins
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
    if measure == "missing" and K.PRESUMED_DEAD_AFTER_RE.match(text[q.end:]):
        measure = "killed"  # "74 were missing, presumed dead": counted with the dead
    elif measure == "killed" and K.FEARED_DEAD_AFTER_RE.match(text[q.end:]):
        measure = "missing"  # "290 still missing and feared dead": a fear, not a death
    elif measure == "injured" and NC.died_later(text, q):
        measure = "killed"  # "three men gravely injured earlier have died in hospital"
    subject, unit = _subject_unit(measure, kind, counted, q)
    if kind == "person" and counted is not None:
        q = _with_named_conjuncts(q, counted)
    return Figure(quantity=q, measure=measure, subject=subject, unit=unit,
                   place_name=clause_place(sent, cue_hit, anchor))


def _acts_on_another(cue: Cue, anchor: Token, root: Token) -> bool:
    """ "Two gunmen shot a guard", "one of the suspects shot Oliver": the active subject of a harm
    verb that has an object is the one who acted, not a victim."""
    verb = cue.token
    if (not cue.noun and verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head.lemma_.lower() in ACTING_VERBS
            and any(t.dep_ == "nsubj" and t.head.i == verb.head.i for t in (anchor, root))
            and any(c.dep_ == "dobj" for c in verb.head.children)):
        return True  # "Two men shot a clerk and fled": who fled is who shot, no one displaced
    if cue.noun or verb.pos_ != "VERB" or verb.lemma_.lower() not in ACTING_VERBS:
        return False
    subject = any(t.dep_ == "nsubj" and t.head.i == verb.i for t in (anchor, root))
    if subject and any(c.dep_ == "dobj" for c in verb.children):
        return True
    # The parse often reads "the suspects shot Oliver" as a participle on the noun ("suspects
    # [who were] shot"); a name (not a date) or an object's determiner right after says it is active.
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.dep_ == "acl" and verb.head.i == anchor.i and nxt is not None and (
        (nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME")) or nxt.lower_ in ACTIVE_OBJECT_DETS)


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
            and any(c.dep_ == "det" and c.lower_ in SINGLE_PERSON_DETS for c in n.children)]
    if not ones:
        return q
    n = q.value + len(ones)
    return replace(q, value=n, low=n, high=n)


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


def _level_noun(root: Token) -> Token | None:
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
    elif root.dep_ != "pobj" or root.head.lower_ not in K.LEVEL_PREPS or root.head.head.pos_ not in ("VERB", "AUX"):
        return None
    else:
        verb = root.head.head
        args = []
    order = ("dobj", "nsubjpass", "nsubj")  # "Officials put the number ... at": the object, not them
    args = args or [c for c in verb.children if c.dep_ in order and c.pos_ in ("NOUN", "PROPN")]
    if any(c.dep_ == "dobj" for c in args):
        args = [c for c in args if c.dep_ != "nsubj"]  # "Officials raised the toll to 150": not officials
    for noun in sorted(args, key=lambda c: (c.lemma_.lower() not in K.LEVEL_NOUNS, order.index(c.dep_))):
        if noun.lemma_.lower() in K.LEVEL_NOUNS:
            of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            noun = of[0] if of else noun
            if of and noun.lower_ in K.NOUN_CUES.keys() | K.VERB_CUES.keys() and S.classify(noun.lemma_) != "person":
                return noun  # "the number of injured": the measure's own word (the caller reads it)
        if S.classify(noun.lemma_, noun.ent_type_) in ("person", "thing"):
            return noun
    return None


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
    if kind == "thing":
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
        parts.append(subject)
    return S.join_subjects(parts) or "person", unit


def _member_of(noun: Token) -> str | None:
    """ "members of law enforcement", "employees of the interior ministry's troops": the body's class."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    mods = tuple(c.lower_ for c in obj.children if c.dep_ in ("compound", "amod"))
                    found = S.person_subject(obj.lemma_, mods)
                    if found != "person":
                        return found
                    if {t.lower_ for t in obj.subtree} & S.SECURITY_BODY_WORDS:
                        return "security officer"  # "employees of internal affairs bodies"
    return None


def _as_of(sent: Span, published: str | None) -> str | None:
    """An explicit as-of date in the sentence, else the publication date, else None."""
    from ..text.dates import find_dates  # H3's resolver; imported here, not at module import

    text = sent.text
    found = find_dates(text, published)
    plain: str | None = None
    for k, dm in enumerate(found):
        before = text[max(0, dm.start - 12):dm.start]
        if AS_OF_BEFORE_RE.search(before):
            # "as of that day (January 10th)": the explicit date in brackets says which day
            if k + 1 < len(found) and found[k + 1].start - dm.end <= 3:
                return found[k + 1].value
            return dm.value
        if (plain is None and not NOT_AS_OF_BEFORE_RE.search(before) and FULL_DATE_RE.match(dm.value)
                and (published is None or dm.value <= published)):
            plain = dm.value
    return plain or published

