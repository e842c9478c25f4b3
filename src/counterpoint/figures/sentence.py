"""The figures one sentence states: each quantity read from the parse (`reading`), then the
sentence-level passes that relate them: changes ("rose from 100 to 135"), parts ("103 of them"),
listed items ("452 in Taroudant"), conjoined groups, and the hedges and scopes of each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ..text.numbers import Quantity, find_quantities
from . import background as B
from . import cues as K
from . import graph_cues as G
from . import lists as L
from . import measure_words as M
from . import non_counts as NC
from . import parts as P
from . import scope as SC
from . import subjects as S
from . import updates as U
from . import victims as V
from .cue_scan import Cue, find_cues
from .figure import PEOPLE_UNIT, Figure
from .group_levels import group_level_part
from .places import PLACE_LABELS, place_of, token_place
from .reading import not_people_count, read_figure
from .respectively import respective_places
from .singulars import is_headline, singular_figures
from .tree import change_verb_of_range, change_verb_to, counted_noun, root_of, tokens_in
from .venues import address_label_site

# Clause markers that make a statement hypothetical ("if we gather hundreds of thousands").
HYPOTHETICAL_MARKS: frozenset[str] = frozenset({"if", "unless", "whether"})
# A sentence opened by the group it speaks of ("As to hostages, 14 have been killed", "As for the
# foreigners, 26 died"): its bare counts are of that group.
TOPIC_OPENING_RE = re.compile(r"^\s*(?:as\s+(?:to|for)|regarding|concerning)\s+(?:the\s+)?(?P<noun>[^\W\d_]+)\s*,", re.I)
# named group, joined by "and", counts that group.
CONJOINED_GAP_CHARS = 40
CONJOINED_GAP_RE = re.compile(r"^[^,;:.()]*\band\s*$", re.I)


def extract_figures(sent: Span, published: str | None = None, event_year: int | None = None,
                    missing_list: bool = False) -> list[Figure]:
    """The figures one sentence states (no sources or dates: the caller adds those), with their
    parts and updates inside the sentence; `missing_list` says the document speaks of a list of
    the missing, so that "the list" in this sentence is that one."""
    cues = find_cues(sent)
    hypothetical = _hypothetical_span(sent)
    if hypothetical is None or _yes_no_question(sent):
        return []
    if not cues and not (missing_list and L.THE_LIST_RE.search(sent.text)) and not P.names_group_part(sent.text):
        # "The victim is in critical condition": one victim without a measure cue
        return V.victim_figures(sent, [], lambda t: token_place(sent, t), is_headline(sent))
    text = sent.text
    bg_start, bg_end = U.background_span(text, published, event_year)
    old_years = U.old_year_positions(text, event_year)
    old_opening = U.opens_in_old_year(text, event_year)
    killed_cue = any("killed" in c.measures for c in cues)
    quantities: list[Quantity] = []
    newer_of: dict[int, Quantity] = {}  # "rose from 100 to 135": older start -> the newer quantity
    newer_starts: set[int] = set()
    for q in find_quantities(text):
        pair = U.split_change(text, q, said_change=change_verb_of_range(sent, q.number_start, q.end) is not None)
        if pair is not None:
            newer_of[pair[0].start] = pair[1]
            newer_starts.add(pair[1].start)
        quantities.extend(pair if pair is not None else (q,))
    out: list[Figure] = []
    background: list[Figure] = []
    prev: Quantity | None = None
    aloud = NC.counted_aloud(text, quantities)
    for q in quantities:
        if q.start in aloud:
            continue  # "One, two, three, four, five dead": counting aloud, only the last is a count
        converted = prev is not None and q.unit is not None and prev.unit is not None \
            and G.CONVERSION_GAP_RE.match(text[prev.end:q.start]) is not None
        prev = q
        if bg_start <= q.start < bg_end or old_opening or U.in_old_clause(text, q, old_years) \
                or B.before_landfall(text, q):
            if not converted and (g := read_figure(sent, q, cues)) is not None:
                background.append(replace(g, background=True))
            continue  # an earlier event's figure
        if converted:
            continue  # "US$3 billion (S$4.1 billion)": the same money
        if q.start in newer_of:
            out.extend(_change_pair(sent, q, newer_of[q.start], cues))
            continue
        if U.not_a_count(text, q) or U.whole_of_survivors(text, q, quantities) or not_people_count(text, q):
            continue
        if q.start in newer_starts:
            continue  # the newer half of a change pair, already read
        f = read_figure(sent, q, cues)
        if f is None and out:
            f = _elliptic_item(sent, q, out[-1])
        if f is None and out:
            f = P.sum_of_items(text, q, out)  # "..., making a total of 52"
        if f is None and out:
            f = _restated(sent, q, out)
            if f is not None and f.older_at:  # the level a change brought the count to: the older one is replaced
                out = [replace(g, older=True) if g.quantity.start in f.older_at else g for g in out]
        if f is None and (fate := L.listed_fate(text, q)) is not None:
            # "a list of 745 people said to have been killed": the list's length counts them
            f = Figure(quantity=q, measure=fate, subject="person", unit=PEOPLE_UNIT, place_name=None)
        if (f is None or f.measure in ("killed", "missing")) and L.is_list_length(text, q, missing_list):
            # "the list of those unaccounted for has dropped to around 700": the list's length
            f = Figure(quantity=q, measure="missing", subject="person", unit=PEOPLE_UNIT,
                       place_name=f.place_name if f is not None else None)
        if f is not None and out and M.OTHERS_AFTER_RE.match(text[q.end:]) and out[-1].measure == f.measure \
                and len(text[out[-1].quantity.end:q.start]) <= CONJOINED_GAP_CHARS:
            f = replace(f, others=True)  # "85 firefighters and 10 other people are missing"
        if f is not None and not any(p.end <= q.start for p in quantities) and M.OTHERS_AFTER_RE.match(text[q.end:]):
            # "Three other deaths occurred ...": the sentence's first number counts beyond the count
            # before it ("Forty walked out unhurt, and 7 others were injured" has its own)
            f = replace(f, increment=True)
        if f is not None and U.more_after(text, q) and not _another_place(f, out):
            if any(g.measure == f.measure for g in out) or G.FOUND_MORE_AFTER_RE.match(text[q.end:]):
                continue  # "five died on Monday and three more on Tuesday": the size of a change
            if not out:
                f = replace(f, increment=True)  # the component looks at the sentence before
        after = text[q.end:q.end + 20]
        fatal = K.FATAL_PART_AFTER_RE.match(after) is not None or (
            bool(out) and K.DEAD_OF_SHOT_AFTER_RE.match(after) is not None
            and K.SHOT_BEFORE_DEAD_RE.match(text[out[-1].quantity.end:q.start]) is not None)
        if out and fatal and out[-1].measure == "injured" \
                and out[-1].quantity.qualifier == "exact" and (out[-1].quantity.value or 0) > (q.value or 0) > 0:
            out[-1], f = _fatal_part(out[-1], q)
        elif (level := group_level_part(sent, q, f, out)) is not None:
            f = level  # "the majority of those killed were women, at 98", "children made up 12 of them"
        elif out and K.PARTITIVE_AFTER_RE.match(after):
            f = _partitive(sent, q, _partitive_whole(out), f)
        else:
            f = P.as_part(sent, q, f, out, lambda x: place_of(sent, x), killed_cue)
        if f is not None and f.part and f.whole_at is None and f.part_kind is None:
            # "340 bodies were handed over": a status part whose whole may be far off
            f = replace(f, part_kind=P.context_kind(text, q, f, U.clause(text, q)) or P.SUBSET)
        f = P.context_part(text, q, f, out, U.clause(text, q))
        if f is not None and f.part and f.measure == "injured" and G.CRITICAL_AFTER_RE.match(text[q.end:q.end + G.CONTEXT_CHARS]):
            f = replace(f, scope=SC.CRITICAL)  # "721 were in critical condition": a status part, a series of its own
        if f is not None and f.measure == "killed" and not (f.part or f.older) and NC.body_recovery(text, q):
            f = replace(f, recovery=True)  # "uncovered 219 bodies": a part of a larger toll, if any
        if f is not None:
            out.append(f)
    out = _population_parts(sent, quantities, out)
    out = _topic_group(sent, out)
    out = _conjoined_subjects(sent, out)
    out = respective_places(sent, quantities, out)
    out.extend(singular_figures(sent, cues, out))
    victims = V.victim_figures(sent, out, lambda t: token_place(sent, t), is_headline(sent))
    # a count of the hurt told by care or wounds ("sent five people to the hospital") is theirs,
    # not the attacks or deployments a nearby cue made of it
    hurt = {(f.quantity.start, f.quantity.end) for f in victims if not f.part}
    out = _dead_by_cause(text, [f for f in out if (f.quantity.start, f.quantity.end) not in hurt] + victims)
    # "A man was killed and two others were wounded": "others" counts beyond a figure of this very
    # sentence (a singular one or a victim found only now), not beyond the sentence before
    out = [replace(f, increment=False) if f.increment and any(
        g.quantity.start < f.quantity.start and not g.increment for g in out) else f for f in out]
    out = [replace(f, hedged=U.hedged(text, f.quantity)) for f in P.resolve_next_wholes(P.sum_totals(text, out))]
    out = _parts_of_scoped_wholes([g for f in out if (g := SC.scoped(sent, f)) is not None])
    out = _presumed_beside_dead(text, out)
    # "1,800 died in 2005, 1,500 of them in Louisiana": a part with no whole after an earlier
    # event's figure is that event's too
    out = [replace(f, background=True) if f.part and f.whole_at is None and any(
        b.measure == f.measure and b.quantity.start < f.quantity.start for b in background) else f for f in out]
    # only the clause a condition governs is hypothetical ("reached 30 but could top 200 if ...")
    out = [f for f in out if not _inside(sent, f.quantity, hypothetical)]
    # "<site>, <street address> - at least 19 dead": a listing's line gives one site's count
    out = [replace(f, place_name=site) if f.place_name is None and not f.part
           and (site := address_label_site(text, f.quantity.start)) is not None else f for f in out]
    return U.link_updates(text, out) + background


def _another_place(f: Figure, found: list[Figure]) -> bool:
    """ "35 of the dead were in X, with another 17 dead in the province of Y": "another" after a
    count of one place names the next place's count, no change of the first one's."""
    prev = next((g for g in reversed(found) if g.measure == f.measure), None)
    return prev is not None and prev.place_name is not None and f.place_name is not None \
        and f.place_name.lower() != prev.place_name.lower()


def _parts_of_scoped_wholes(found: list[Figure]) -> list[Figure]:
    """ "1,113 Gazans were wounded, around 30 of them in critical condition": a part that names
    no group of its own counts some of its whole's people, whose group the scope may name only
    now (a nation's people); read as people in general it would sit in the headline's slot."""
    by_start = {f.quantity.start: f for f in found}
    out = []
    for f in found:
        whole = by_start.get(f.whole_at) if f.part and f.whole_at is not None else None
        if whole is not None and f.subject == "person" and whole.subject not in (None, "person") \
                and whole.measure == f.measure:
            f = replace(f, subject=whole.subject)
        out.append(f)
    return out


def _dead_by_cause(text: str, found: list[Figure]) -> list[Figure]:
    """ "Of the 45 dead, 40 had gunshot wounds and three had stab wounds": after an opening that
    names the dead as a whole (`cues.DEAD_WHOLE_OPENING_RE`), counts told by their wounds are the
    dead by cause, parts of the whole the opening counts (when it has a number), never the hurt."""
    out = []
    for f in found:
        m = K.DEAD_WHOLE_OPENING_RE.match(text[:f.quantity.start]) if f.measure == "injured" else None
        if m is not None:
            whole = next((g for g in found if g.measure == "killed" and not g.part and g.quantity.end <= m.end()), None)
            f = replace(f, measure="killed", part=True, part_kind=f.part_kind or P.SUBSET,
                        whole_at=whole.quantity.start if whole is not None else f.whole_at)
        out.append(f)
    return out


def _presumed_beside_dead(text: str, found: list[Figure]) -> list[Figure]:
    """ "The collapse killed more than 160 and left around 150 others missing and presumed dead":
    beside a toll of their own sentence the presumed dead are the missing, never the toll. Alone
    ("the toll climbed to 58 people missing presumed dead") they are how officials count the dead,
    and beside a count of the identified dead they are its part (`parts.context_kind`)."""
    out = list(found)
    for k, f in enumerate(out):
        if f.measure != "killed" or (f.part and f.part_kind != "presumed") or f.update_cue \
                or not G.PRESUMED_DEAD_AFTER_RE.match(text[f.quantity.end:]):
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


def _topic_group(sent: Span, found: list[Figure]) -> list[Figure]:
    """ "As to hostages, 14 have been killed", "As for the foreigners, 26 died": a sentence opened
    by the group it speaks of counts that group with its bare numbers, a part of the whole count."""
    m = TOPIC_OPENING_RE.match(sent.text)
    if m is None:
        return found
    noun = next((t for t in sent if t.idx - sent.start_char == m.start("noun")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or S.classify(noun.lemma_, noun.ent_type_) != "person":
        return found
    subject = S.person_subject(noun.lemma_)
    if subject == "person":
        return found
    return [replace(f, subject=subject, part=True, part_kind=f.part_kind or P.SUBSET)
            if f.subject == "person" and f.quantity.start > m.end() and f.unit == PEOPLE_UNIT and not f.older else f
            for f in found]


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
    a, b = read_figure(sent, old, cues), read_figure(sent, new, cues)
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
    before = sent.text[max(0, old.start - G.CONTEXT_CHARS):old.start]
    m = G.FROM_BEFORE_RE.search(before)
    # the parse finds the verb of change across its object ("raised the toll of the floods from 40")
    verb = change_verb_of_range(sent, old.number_start, new.end) if m is None else None
    if m is None and verb is None:  # "revised down by about 100 to 253": the first half is the size of the change
        by = G.UPDATE_BEFORE_RE.search(sent.text[max(0, new.start - G.CONTEXT_CHARS):new.start])
        return [replace(b, update_cue=" ".join(by.group("cue").split()) if by else None)]
    if U.projected(sent.text, new):
        return [a]  # "could double from 41 to 80": 80 is a forecast; 41 is the count stated now
    cue = f"{' '.join(m.group('cue').split())} … to" if m is not None else f"{verb.text if verb else ''} … from … to"
    return [replace(a, older=True), replace(b, older_at=(old.start,), update_cue=cue)]


def _restated(sent: Span, q: Quantity, found: list[Figure]) -> Figure | None:
    """A number that names the sentence's count again without its noun counts what that count
    counts: an earlier figure of it ("killed at least 52, raising a previous count of 40") or the
    level a change brought it to ("set the toll at 351 before raising it on Monday to 3,939")."""
    prev = next((f for f in reversed(found) if not (f.part or f.background)), None)
    if prev is None or q.unit is not None or q.qualifier == "range":
        return None
    base = Figure(quantity=q, measure=prev.measure, subject=prev.subject, unit=prev.unit, place_name=prev.place_name)
    if G.OLDER_BEFORE_RE.search(sent.text[max(0, q.start - G.CONTEXT_CHARS):q.start]):
        return base  # marked older and linked to the newer one by `updates.link_updates`
    verb = change_verb_to(sent, q.number_start, q.end)
    if verb is not None and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
        return replace(base, update_cue=f"{verb.text} it … to", older_at=(prev.quantity.start,))
    return None


def _elliptic_item(sent: Span, q: Quantity, prev: Figure) -> Figure | None:
    """ "caused 1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate": a bare number
    listed right after a placed figure, with a place of its own and no noun, counts what that
    figure counts, in its own place. After a figure with no place ("At least 49 people have died,
    seven at one mosque and 41 at the other"), the listed places break that whole down: each item is
    a part of it by place."""
    text = sent.text
    if prev.older or prev.background or q.unit is not None or q.unit != prev.quantity.unit:
        return None
    breakdown = prev.place_name is None
    if breakdown and (prev.part or prev.quantity.value is None or q.value is None or q.value >= prev.quantity.value):
        return None
    m = G.LIST_ITEM_PLACE_AFTER_RE.match(text[q.end:])
    if not G.LIST_ITEM_GAP_RE.match(text[prev.quantity.end:q.start]) or m is None:
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
    return Figure(quantity=q, measure=prev.measure, subject=prev.subject, unit=prev.unit, place_name=place,
                  part=breakdown, whole_at=prev.quantity.start if breakdown else None)


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


def _hypothetical_span(sent: Span) -> frozenset[int] | None:
    """The token indices a condition governs ("if we gather hundreds of thousands"): None when it
    governs the whole sentence. A condition attached as an adverbial clause governs the verb it
    hangs on and what that verb governs, so a count stated beside it in another conjoined clause
    holds ("the count reached 30 by Sunday but could top 200 if the worst fears come true")."""
    out: set[int] = set()
    for t in sent:
        if t.dep_ != "mark" or t.lower_ not in HYPOTHETICAL_MARKS:
            continue
        clause = t.head
        governed = clause.head if clause.dep_ == "advcl" else clause
        if governed.dep_ == "ROOT":
            return None
        out.update(w.i for w in governed.subtree)
    return frozenset(out)


def _inside(sent: Span, q: Quantity, tokens: frozenset[int]) -> bool:
    toks = tokens_in(sent, q.number_start, q.end)
    return bool(toks) and toks[0].i in tokens


def _yes_no_question(sent: Span) -> bool:
    """ "Could the fire really have killed 1,000 people?": a question opened by an auxiliary asks
    whether a figure holds and states none (a wh-question, "Why did 40 die?", takes it as given)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].lower_ in M.QUESTION_OPENERS and sent.text.rstrip(" \"'”’)").endswith("?")


