"""Slots: which figure claims are about the same thing (measure, subject, place, period).

Scope is respected: "103 killed in Almaty" is a slot of its own beside "164 killed" nationwide,
and "3 children killed" is a subset slot (subject class "child"), not a dispute with 164. The
period of a slot is its event cluster: within one event, as-of dates order updates instead of
splitting.

Parts (`FigureClaim.part_of`, ../docs FIGURE-GRAPH) never enter their whole's slot: a part by
subject or place lands in the slot of its own subject and place; a part that shares every field
with its whole (by cause: "twelve died of gunshot wounds"; by status) gets a slot of its own,
keyed by its whole's slot. Either way its slot's parent is the whole's slot.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from anyascii import anyascii

from ..figures.scope import CRITICAL
from ..figures.subjects import nation_of, subject_class
from ..models import Document, Entity, FigureClaim
from .assailants import separate_with_assailants
from .civilian_tolls import civilians_as_toll
from .countries import (
    COUNTRY_SCOPE,
    JOINT_SCOPE,
    country_scopes,
    event_countries,
    place_scope,
    sibling_countries,
    town_countries,
)
from .dating import content_order
from .intervals import compatible, point
from .other_incidents import separate_other_incidents
from .running import separate_running
from .updates import outliers
from .wholes import (
    SCOPE_LABELS,
    STATUS_LABEL,
    detention_steps,
    foreign_countries,
    home_nations,
    nation_breakdowns,
    nation_key,
    nation_label,
    separate_days,
    separate_recovered,
    separate_scopes,
    separate_wholes,
)

# Words that join several groups in one subject ("firefighters and police officers").
PART_SUBJECT_JOINERS: frozenset[str] = frozenset({"and", "or", "plus"})
# Subjects that mean "people in general": a figure about them is the headline count.
GENERIC_SUBJECTS = frozenset(
    {"", "person", "persons", "people", "individual", "individuals", "human", "humans", "victim",
     "victims", "casualty", "casualties", "life", "lives", "body", "bodies"}
)
GENERIC_SUBJECT = "person"
# The subject class of attackers, coup plotters, gunmen: their dead may be added to the victims' toll.
ASSAILANT_SUBJECT = "assailant"
# Irregular plurals a subject may be written in; regular "-s" plurals are stripped by rule.
IRREGULAR_SINGULARS: Mapping[str, str] = {
    "children": "child", "men": "man", "women": "woman", "policemen": "policeman",
    "servicemen": "serviceman", "people": "person",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class SlotKey:
    event: str | None
    measure: str
    subject: str
    place: str | None  # entity id or "name:<normalized>"; None = the event's whole scope
    # For a part that shares measure, subject and place with its whole (a breakdown by cause or
    # status): the whole's slot text, so the part gets a slot of its own. None otherwise.
    part_of: str | None = None

    def text(self) -> str:
        base = f"{self.event}|{self.measure}|{self.subject}|{self.place}"
        return base if self.part_of is None else f"{base}|part of {self.part_of}"

    def whole(self) -> SlotKey:
        """The event's headline slot of this measure (the whole scope, people in general)."""
        return SlotKey(event=self.event, measure=self.measure, subject=GENERIC_SUBJECT, place=None)


def _singular(word: str) -> str:
    return IRREGULAR_SINGULARS.get(word, word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word)


def normalize_subject(subject: str | None, measure: str | None = None) -> str:
    """The subject class a slot is keyed by (../shared/spec/measures.md); "" for money and things."""
    nation = nation_of(subject)
    if nation is not None:
        return f"foreign national ({nation_label(nation)})"  # one slot per nation, under the whole
    s = anyascii(subject or "").lower().strip()
    s = re.sub(r"[^a-z ,]+", " ", s).strip()
    if s in GENERIC_SUBJECTS and measure not in _THING_MEASURES:
        return GENERIC_SUBJECT
    s = " ".join(_singular(w) for w in s.replace(",", " , ").split()).replace(" , ", ", ")
    if s in GENERIC_SUBJECTS and measure not in _THING_MEASURES:
        return GENERIC_SUBJECT
    return subject_class(s, measure) or ""


# Measures that count money or things (no person subject; see figures.subjects).
_THING_MEASURES = frozenset({"damage", "property", "attacks", "cases"})


def slot_claims(
    claims: Sequence[FigureClaim], event_of: Mapping[str, str | None], entities: Mapping[str, Entity],
    titles: Mapping[str, str] | None = None, periods: Mapping[str, str] | None = None,
    docs: Mapping[str, Document] | None = None,
) -> dict[SlotKey, list[FigureClaim]]:
    """Group figure claims by slot. Linear in the number of claims.

    A place named as the scope of some figures is folded into the event's own scope when it is
    the only place the event's figures name and its figures fit the unscoped ones: a local
    story's "killed in Rocky Mount" is the incident's count, while Almaty's 103 beside the
    nationwide 164 stays its own slot.
    """
    claims = sibling_countries(claims, entities)
    countries_by_event = event_countries(claims, event_of, entities)
    # "Nepal's toll", "8,000 Nepalis": the people of the country the event happened in are its
    # headline count; another nation's are a part (a slot of their own, under the whole).
    # A lone country that is not where the event happened ("eight died in Freedonia" after
    # treatment abroad) is no name for the event's own scope (wholes.foreign_countries).
    foreign = foreign_countries(list(claims), event_of, entities, lambda c: place_scope(c, entities), COUNTRY_SCOPE)
    towns = town_countries(list(claims), event_of, entities, lambda c: place_scope(c, entities), COUNTRY_SCOPE)
    homes = home_nations(list(claims), event_of, countries_by_event, titles or {}, foreign, towns)
    # A breakdown by nationality is a part whatever the nation (wholes.nation_breakdowns).
    listed = nation_breakdowns(list(claims))
    claims = [replace(c, subject=GENERIC_SUBJECT) if (n := nation_of(c.subject)) is not None and c.id not in listed
              and nation_key(n) in homes.get(event_of.get(c.document), set()) else c for c in claims]
    claims = with_breakdowns(claims, event_of, entities)
    # "258 civilians have died since the coup": the whole toll told by its victims' status
    # (civilian_tolls.py), not a part beside the people's.
    claims = civilians_as_toll(claims, event_of, lambda c: normalize_subject(c.subject, c.measure), GENERIC_SUBJECT)
    scopes = country_scopes(claims, event_of, entities, countries_by_event, titles)
    raw: dict[SlotKey, list[FigureClaim]] = defaultdict(list)
    parts: list[FigureClaim] = []
    periods = periods or {}
    # Steps of detention the coverage tells apart (arrested, jailed, questioned): each its own
    # slot, parts of the detained included ("of the 15,000 detained, 8,113 are under arrest").
    steps = detention_steps(list(claims), event_of)
    for c in claims:
        if c.id in steps:
            raw[replace(own_key(c, event_of, entities, scopes), part_of=STATUS_LABEL + steps[c.id])].append(c)
            continue
        if c.part_of is not None:
            parts.append(c)
            continue
        raw[own_key(c, event_of, entities, scopes)].append(c)
    folded: dict[SlotKey, list[FigureClaim]] = defaultdict(list)
    for key, members in raw.items():
        if key.place is not None and key.place.startswith(COUNTRY_SCOPE) and len(countries_by_event[key.event]) == 1 \
                and key.place not in foreign.get(key.event, ()):
            key = replace(key, place=None)
        folded[key].extend(members)
    raw = folded
    # One day's count beside the running total gets a slot of its own (periods.py); with no larger
    # figure beside it (a one-night shooting's "killed on the night of"), it is the whole count.
    for key in list(raw):
        members = raw[key]
        totals = [p for c in members if c.id not in periods and (p := point(c)) is not None]
        moved = [c for c in members if c.id in periods and totals and max(totals) > (point(c) or 0.0)]
        if moved:
            raw[key] = [c for c in members if c not in moved]
            for c in moved:
                raw[replace(key, part_of=f"period {periods[c.id]}")].append(c)
            if not raw[key]:
                del raw[key]
    # Vague counts beside stated ones are shown apart; one day's count beside a marked running
    # total is that day's whole (wholes.py).
    separate_wholes(raw)
    separate_recovered(raw)
    separate_scopes(raw, docs or {})
    separate_days(raw, docs or {})
    separate_running(raw, docs or {})
    # A toll that adds the attackers killed to the victims' toll is another whole (assailants.py).
    killed_attackers = [(c.document, p) for c in claims if c.measure == "killed" and (p := point(c)) is not None
                        and normalize_subject(c.subject, c.measure) == ASSAILANT_SUBJECT]
    separate_with_assailants(raw, killed_attackers, GENERIC_SUBJECT)
    # A count a happening of another kind caused (a later raid, an avalanche) is no stage of the
    # whole (other_incidents.py).
    separate_other_incidents(raw, titles or {}, event_of)
    places_by_event: dict[str | None, set[str]] = defaultdict(set)
    for key in raw:
        if key.place is not None:
            places_by_event[key.event].add(key.place)
    sites = event_sites(raw, event_of, entities, titles or {})
    out: dict[SlotKey, list[FigureClaim]] = defaultdict(list)
    for key, members in raw.items():
        whole = SlotKey(event=key.event, measure=key.measure, subject=key.subject, place=None)
        if key.part_of is not None or (key.place is not None and key.place.startswith(JOINT_SCOPE)):
            # one day's count, or some of the event's countries together: its own slot
            out[key].extend(members)
            continue
        if key.place is not None and len(places_by_event[key.event]) == 1:
            if compatible([*raw.get(whole, []), *members]):
                out[whole].extend(members)
                continue
        if key.place is not None and (key.event, key.place) in sites and _fits_some(members, raw.get(whole, [])):
            out[whole].extend(members)  # "71 died in Grenfell Tower": the event's own site
            continue
        if key.place is not None and (key.event, key.place) in sites and key.subject != GENERIC_SUBJECT \
                and raw.get(whole):
            # A part by subject told at the event's own site ("180 Britons missing in <the resort>")
            # is the same part as the one told without a place: one series, dated as a whole's.
            out[whole].extend(members)
            continue
        if key.place is not None and _inside_series(members, raw.get(whole, []), docs or {}):
            out[whole].extend(members)  # "the toll in <the stricken town> reaches 37" between 34 and 58
            continue
        if key.place is not None and not key.place.startswith(COUNTRY_SCOPE) and key.subject == GENERIC_SUBJECT \
                and _place_tells_whole(members, raw.get(whole, [])):
            out[whole].extend(members)  # "a truck bomb killed 587 people in <the city it struck>"
            continue
        out[key].extend(members)
    # A part is only as good as its whole: a whole that is a lone outlier of its slot (a misread
    # number) gives its parts no whole, and they are read by their own fields.
    misread = {c.id for members in out.values() for c in outliers(members, docs or {})}
    parts, orphans = ([c for c in parts if c.part_of not in misread],
                      [c for c in parts if c.part_of in misread])
    for c in orphans:
        key = own_key(c, event_of, entities, scopes)
        if key.place is not None and key.place.startswith(COUNTRY_SCOPE) and countries_by_event[key.event] <= {key.place} \
                and key.place not in foreign.get(key.event, ()):
            key = replace(key, place=None)
        out[key].append(replace(c, part_of=None))
    slot_of = {c.id: key for key, members in out.items() for c in members}
    by_id = {c.id: c for c in claims}
    # Parts after their wholes (a part of a part follows its own whole: a few rounds suffice).
    pending = parts
    for _ in range(PART_DEPTH):
        later: list[FigureClaim] = []
        for c in pending:
            whole = by_id.get(c.part_of or "")
            if whole is not None and whole.id not in slot_of and whole.part_of is not None:
                later.append(c)
                continue
            key = own_key(c, event_of, entities, scopes)
            if key.place is not None and key.place.startswith(COUNTRY_SCOPE) and \
                    countries_by_event[key.event] <= {key.place}:
                key = SlotKey(event=key.event, measure=key.measure, subject=key.subject, place=None)
            whole_key = slot_of.get(whole.id) if whole is not None else None
            if whole_key is not None and c.place is None and c.place_name is None and whole_key.place is not None \
                    and whole_key.part_of is None and (key.event, key.measure) == (whole_key.event, whole_key.measure) \
                    and whole is not None and _told_with(c, whole):
                # "18 were killed on the mountain ... 13 bodies recovered, including nine locals": a
                # part that names no place counts some of its whole's people, in the whole's place
                # (not the country its article is about); read alone it would join the event's
                # headline slot, and make that slot a child of the place's
                key = replace(key, place=whole_key.place)
            own = part_subject(c, key)
            if c.scope == CRITICAL and whole_key is not None and key.part_of is None:
                # "721 were in critical condition", later "1,404 of them critically": one status
                # counted over days, a series of its own under the injured, not one slot per figure
                out[replace(key, part_of=SCOPE_LABELS[CRITICAL])].append(c)
                slot_of[c.id] = replace(key, part_of=SCOPE_LABELS[CRITICAL])
                continue
            if whole_key is not None and own is None and key.subject == GENERIC_SUBJECT != whole_key.subject \
                    and (key.event, key.measure, key.place) == (whole_key.event, whole_key.measure, whole_key.place) \
                    and whole is not None and _told_with(c, whole):
                # "1,113 Gazans were wounded ... 30 of them critically": a part naming no group of
                # its own counts some of its whole's group, never people in general (the headline);
                # told far off, the whole it points at is as often a wrong guess
                key = replace(key, subject=whole_key.subject)
            if whole_key is not None and _same_fields(key, whole_key) and own is not None:
                # A part by a group the subject classes fold into people in general ("12
                # firefighters were among the dead", later "96 firefighters"): the group's own word
                # keys its slot, so its series across reports meets under the whole.
                key = replace(key, subject=own)
            elif whole_key is not None and _same_fields(key, whole_key):
                # No field names the cause or status: parts of one whole that share every field
                # are told apart by their figure, so two reports of one breakdown meet and two
                # different breakdowns ("30 shot, 2 stabbed") never dispute each other.
                key = SlotKey(event=key.event, measure=key.measure, subject=key.subject,
                              place=key.place, part_of=f"{whole_key.text()}|{_figure_key(c)}")
            elif c.scope in SCOPE_LABELS:
                # "37 remain in hospital" told after "78 are being treated across the city": a count
                # with a status of its own is in that status's slot, never the headline
                key = replace(key, part_of=SCOPE_LABELS[c.scope])
            elif whole_key is None and key == SlotKey(event=key.event, measure=key.measure,
                                                      subject=GENERIC_SUBJECT, place=None):
                # The whole was not read: the part still never joins the headline slot.
                key = SlotKey(event=key.event, measure=key.measure, subject=key.subject,
                              place=key.place, part_of=f"claim {c.part_of}")
            elif whole_key is not None and whole is not None and whole_key.measure == key.measure and \
                    key == SlotKey(event=key.event, measure=key.measure, subject=GENERIC_SUBJECT, place=None) \
                    and _told_with(c, whole):
                # A part whose own fields say nothing (people, no place) of a whole kept in another
                # slot and told with it ("1,113 Gazans were wounded, around 30 of them critically",
                # the whole in a slot of its group): it counts some of that whole, never the
                # headline's people. (Told far from it, the whole a part points at is as often
                # a wrong guess, `_told_with`.)
                key = SlotKey(event=whole_key.event, measure=whole_key.measure, subject=whole_key.subject,
                              place=whole_key.place, part_of=f"{whole_key.text()}|{_figure_key(c)}")
            out[key].append(c)
            slot_of[c.id] = key
        if not later:
            break
        pending = later
    else:
        for c in pending:  # a cycle of parts: each keeps a slot of its own
            key = own_key(c, event_of, entities)
            out[SlotKey(event=key.event, measure=key.measure, subject=key.subject, place=key.place,
                        part_of=f"claim {c.part_of}")].append(c)
    # Members in an order of what they say, never of file names (dating.content_order).
    return {key: content_order(members, docs or {}) for key, members in out.items()}


# --- the event's own site ---------------------------------------------------------------------
# A place named in at least this share of an event's headlines is what the event is called after
# ("Grenfell Tower fire", "Kanjuruhan Stadium crush"): a figure scoped to it is the event's count,
# not a part, when it repeats a figure of the whole scope.
SITE_TITLE_SHARE = 0.5
# ... counted over events with at least this many titled documents.
SITE_MIN_TITLES = 3


def event_sites(
    raw: Mapping[SlotKey, Sequence[FigureClaim]], event_of: Mapping[str, str | None],
    entities: Mapping[str, Entity], titles: Mapping[str, str],
) -> set[tuple[str | None, str]]:
    """(event, place key) pairs whose place the event's headlines are named after."""
    by_event: dict[str | None, list[str]] = defaultdict(list)
    for doc, title in titles.items():
        if title:
            by_event[event_of.get(doc)].append(anyascii(title).lower())
    out: set[tuple[str | None, str]] = set()
    for key, members in raw.items():
        heads = by_event.get(key.event, [])
        if key.place is None or key.place.startswith(COUNTRY_SCOPE) or len(heads) < SITE_MIN_TITLES:
            continue  # a country is a scope of its own in an event over several ("Turkey", "Syria")
        names = {c.place_name for c in members if c.place_name}
        if key.place in entities:
            names |= {entities[key.place].name, *entities[key.place].aliases}
        words = [anyascii(n).lower().strip() for n in names if n and len(n.strip()) > 3]
        named = sum(any(re.search(rf"\b{re.escape(w)}\b", t) for w in words) for t in heads)
        if words and named >= SITE_TITLE_SHARE * len(heads):
            out.add((key.event, key.place))
    return out


def _fits_some(members: Sequence[FigureClaim], whole: Sequence[FigureClaim]) -> bool:
    """Every figure repeats some figure of the whole scope (overlapping intervals)."""
    from .intervals import interval

    return bool(whole) and all(any(interval(c).overlaps(interval(w)) for w in whole) for c in members)


# A place's figure of a growing count is a stage of the whole's series, not a part, only when the
# whole's figures dated before and after it bracket it and none of its own day is larger: at least
# this many whole figures on each side.
SERIES_BRACKET_MIN = 1


def _inside_series(members: Sequence[FigureClaim], whole: Sequence[FigureClaim], docs: Mapping[str, Document]) -> bool:
    """Every figure of a place's slot lies inside the dated running series of the whole scope: no
    smaller than the whole's latest figure dated before it, no larger than its earliest figure
    dated after it, and no whole figure of its own day is larger ("the death toll in <the town>
    reaches 37" on the day between 34 and 58 is the event's toll told by its town; a city's 103 on
    the day the country counts 164 is a part)."""
    from .updates import GROWING_MEASURES, claim_date

    if not members or not whole or members[0].measure not in GROWING_MEASURES:
        return False
    dated = [(d, p) for w in whole if (d := claim_date(w, docs)) and len(d) == 10 and (p := point(w)) is not None]
    for c in members:
        d, p = claim_date(c, docs), point(c)
        if not d or len(d) != 10 or p is None or c.part_of is not None:
            return False
        before = [q for e, q in dated if e < d]
        after = [q for e, q in dated if e > d]
        same = [q for e, q in dated if e == d]
        if len(before) < SERIES_BRACKET_MIN or len(after) < SERIES_BRACKET_MIN:
            return False
        if p < max(before) or p > min(after) or any(q > p for q in same):
            return False
    return True


# A place's figures are the whole's, told by where it happened, when no report gives one of them
# beside a larger figure of the whole scope (a part is smaller than its whole in the report that
# tells both) and the largest is at least this share of the whole's median figure (a town's few dead
# in a national toll of hundreds stay a part even where no report gives both).
PLACE_WHOLE_MIN_SHARE = 0.9
# "Beside": the whole told first, within this many characters before the place's figure (the same
# sentence or the one before); a larger figure told far off or after is as often a later update or
# another count. "Larger" means above the place's whole interval ("more than 500" fits 512).
PART_NEAR_CHARS = 300


def _place_tells_whole(members: Sequence[FigureClaim], whole: Sequence[FigureClaim]) -> bool:
    """ "A truck bomb killed 587 people in Mogadishu" beside "the toll rose to 512": a place's figures
    that read as the event's count told by its place, not a part of it. Cross-report evidence only:
    no report gives a figure of the place beside a larger figure of the whole scope, and the place's
    largest figure is not well below the whole's typical one."""
    from .updates import GROWING_MEASURES

    if not members or not whole or members[0].measure not in GROWING_MEASURES:
        return False
    points = [p for w in whole if (p := point(w)) is not None]
    if not points:
        return False
    typical = sorted(points)[len(points) // 2]
    own = [p for c in members if (p := point(c)) is not None]
    if not own or max(own) < PLACE_WHOLE_MIN_SHARE * typical:
        return False

    from .intervals import interval

    def told_smaller(c: FigureClaim) -> bool:
        # the whole first (its sentence or the one before), then the place's smaller figure
        return any(w.document == c.document and 0 <= c.evidence.start - w.evidence.start <= PART_NEAR_CHARS
                   and interval(w).lo > interval(c).hi for w in whole)
    return all(c.part_of is None and point(c) is not None and not told_smaller(c) for c in members)


# --- breakdowns that add up to a figure ----------------------------------------------------------
# "44 died in three state hospitals, 75 in seven private ones and 12 outside any hospital" under a
# toll of 131: an article's figures of one slot that add up exactly to a larger figure of the same
# article are its breakdown (by place, cause or status) even when no "of them" says so.
BREAKDOWN_SIZES = range(2, 5)  # how many figures a breakdown sums (more is coincidence-prone)
# A figure this close to the total is an earlier stage of it ("rose by 6 from 125 to 131"), never
# a share of a breakdown.
BREAKDOWN_MAX_SHARE = 0.9
# Qualifiers a breakdown's figures and its total may carry: counts, not bounds.
BREAKDOWN_QUALIFIERS = frozenset({"exact", "up_to", "about"})
# Totals below this are left alone: with small numbers (1 + 2 = 3) sums happen by chance.
BREAKDOWN_MIN_TOTAL = 10
# An article with more distinct figures than this in one slot is left alone (a table, a list).
BREAKDOWN_MAX_FIGURES = 12


def breakdown_parts(claims: Sequence[FigureClaim], event_of: Mapping[str, str | None],
                    entities: Mapping[str, Entity]) -> dict[str, str]:
    """Claim id -> id of the total its figure is part of, for breakdowns that add up."""
    by_slot: dict[tuple[str, SlotKey], list[FigureClaim]] = defaultdict(list)
    for c in claims:
        if c.part_of is None and c.value is not None and c.qualifier in BREAKDOWN_QUALIFIERS:
            by_slot[(c.document, own_key(c, event_of, entities))].append(c)
    out: dict[str, str] = {}
    for members in by_slot.values():
        values = sorted({float(c.value) for c in members if c.value is not None})
        if len(values) < 3 or len(values) > BREAKDOWN_MAX_FIGURES:
            continue
        for total in reversed(values):
            if total < BREAKDOWN_MIN_TOTAL:
                break
            small = [v for v in values if v < BREAKDOWN_MAX_SHARE * total]
            hit = next((combo for n in BREAKDOWN_SIZES for combo in itertools.combinations(small, n)
                        if sum(combo) == total), None)
            if hit is None:
                continue
            whole = next(c for c in members if c.value == total and c.qualifier == "exact") \
                if any(c.value == total and c.qualifier == "exact" for c in members) else \
                next(c for c in members if c.value == total)
            if any(c.value in hit and (whole.id in c.supersedes or c.id in whole.supersedes) for c in members):
                # "went down from 145 to 128 ... removes 17 names": a figure that replaces the total
                # (or that it replaces) is its later or earlier count, never a share of it
                continue
            out.update({c.id: whole.id for c in members if c.value in hit and c.id not in out})
            break
    return out


def with_breakdowns(claims: Sequence[FigureClaim], event_of: Mapping[str, str | None],
                    entities: Mapping[str, Entity]) -> list[FigureClaim]:
    parts = breakdown_parts(claims, event_of, entities)
    return [replace(c, part_of=parts[c.id]) if c.id in parts else c for c in claims]


# Rounds of part-of resolution (a part of a part of a part is as deep as texts go).
PART_DEPTH = 4


def part_subject(c: FigureClaim, key: SlotKey) -> str | None:
    """The part's own group word when its subject class is people in general but its words name
    a group ("firefighter", "student", "miner"): None for people in general and for a class."""
    if key.subject != GENERIC_SUBJECT or c.measure in _THING_MEASURES:
        return None
    s = re.sub(r"[^a-z ]+", " ", anyascii(c.subject or "").lower()).split()
    words = [_singular(w) for w in s]
    if not words or " ".join(words) in GENERIC_SUBJECTS or any(w in PART_SUBJECT_JOINERS for w in words):
        return None  # "firefighters and police": a mix counts people in general
    return " ".join(words)


def _figure_key(c: FigureClaim) -> str:
    return f"{c.qualifier}:{c.value}:{c.low}:{c.high}"


# Characters between a whole's sentence and its part's within which the part is told with the
# whole (its sentence or the next): far off, "the nearest larger figure before" a part points at
# is often an item of a list by place, not the count the part was taken from.
TOLD_WITH_GAP_CHARS = 3


def _told_with(part: FigureClaim, whole: FigureClaim) -> bool:
    """Whether a part is told in its whole's sentence or right after it, in one document."""
    return part.document == whole.document and part.evidence.start - whole.evidence.end <= TOLD_WITH_GAP_CHARS


def _same_fields(a: SlotKey, b: SlotKey) -> bool:
    return (a.event, a.measure, a.subject, a.place) == (b.event, b.measure, b.subject, b.place)


def own_key(c: FigureClaim, event_of: Mapping[str, str | None], entities: Mapping[str, Entity],
            scopes: Mapping[str, str | None] | None = None) -> SlotKey:
    """The slot a claim's own fields give (before parts and place folding); `scopes` holds the
    country scope read from a claim's sentence, origin or article (`country_scopes`)."""
    place = scopes[c.id] if scopes is not None and c.id in scopes else place_scope(c, entities)
    return SlotKey(event=event_of.get(c.document), measure=c.measure,
                   subject=normalize_subject(c.subject, c.measure), place=place)


def parent_slots(slots: Mapping[SlotKey, Sequence[FigureClaim]], claims: Sequence[FigureClaim]) -> dict[SlotKey, SlotKey]:
    """Slot -> the slot of the whole it counts part of.

    A slot whose members point (`part_of`) at claims of another slot has that slot as parent
    (the most pointed-at one); a slot of a narrower subject or place without such pointers has
    the event's headline slot of its measure as parent, when there is one.
    """
    slot_of = {c.id: key for key, members in slots.items() for c in members}
    out: dict[SlotKey, SlotKey] = {}
    for key, members in slots.items():
        pointed = [slot_of[c.part_of] for c in members if c.part_of in slot_of and slot_of[c.part_of] != key]
        if pointed:
            out[key] = max(set(pointed), key=lambda k: (pointed.count(k), k.text()))
            continue
        if key.measure in _THING_MEASURES:
            continue
        whole = key.whole()
        if key != whole and whole in slots:
            out[key] = whole
    return out
