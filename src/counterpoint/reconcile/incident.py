"""What each event cluster is about: its headline count per measure and its place.

The dossier's `events` records carry both, so every consumer (the report, the evaluations)
reads one answer instead of inventing its own rule.

Headline count of a measure: the best value of the event's whole-scope group of people in
general (no narrower subject, no place scope, not a part of another group). Without one, the
group of that measure with the most independent sources among groups that are no part of
another (ties: more claims); its subject or place is then recorded beside the value.

Place: the city the coverage is about, scored over the event's documents. A city named in a
headline, a dateline or the lead is the incident's far more often than one named later
("...moved from Chicago last year"); a figure scoped to a city names it outright; "Memphis,
Tennessee" settles which Memphis; an organization named after its city ("Franklin Police")
points at it. Names are resolved again within the event (its own states as context), so one
corpus-wide entity for "Springfield" does not put every Springfield story in one town.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from ..models import Document, Entity, EventCluster, FigureClaim, Group

# --- headline ---------------------------------------------------------------------------------
HEADLINE_SUBJECT = "person"

# Verdicts under which an event's count is what most of its documents say: reports that disagree
# about one incident ("15 shot" in three stories, "1" in a brief about an arrest) are no series
# of updates, and the slot's reconciled best may be a lone figure.
CONSENSUS_VERDICTS: frozenset[str] = frozenset({"dispute"})
# Qualifiers of a count that names the number itself (not "at least", "more than").
CONSENSUS_QUALIFIERS: frozenset[str] = frozenset({"exact", "about"})
# Times (documents, else claims) a count must be stated to be the consensus.
CONSENSUS_MIN_STATED = 2

# --- place: salience weights (tuned on GVA / SemEval-2018 dev incidents) -------------------------
TITLE_WEIGHT = 3.0
LEAD_CHARS = 400
# Where an article names its incident's place: the first this many characters of the body (the
# longest real news article is well inside it; a hostile megabyte of text must not cost minutes).
PLACE_SCAN_CHARS = 30_000
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
# Mentions of one name counted per document section: a name repeated ten times in one body is
# one strong signal, not ten.
MAX_HITS_PER_SECTION = 3
# A figure scoped to a place names the incident's city outright.
FIGURE_WEIGHT = 5.0
# A dateline opens the article: "FRANKLIN (Feb. 4, 2014) –", "ROGERS PARK —", "NAVARRO COUNTY, TX (CBS)".
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z. ]{1,20}?))?\s*(?:\(|—|–|-{1,2}\s)")
DATELINE_WEIGHT = 3.0
# Words before a city in "South Los Angeles", "Downtown Memphis": parts of the city.
CITY_PART_PREFIXES = ("north ", "south ", "east ", "west ", "downtown ", "northwest ", "northeast ",
                      "southwest ", "southeast ", "greater ", "central ")
# Organizations named after their city: "Chicago Police Department", "Franklin Police".
CITY_ORG_WORDS = ("police", "fire", "city", "public", "school", "schools")
# "DeKalb County Police": the prefix names a county, not a city (DeKalb, Illinois).
COUNTY_WORDS = ("county", "parish", "sheriff", "sheriff's", "borough")
ORG_CITY_WEIGHT = 1.0
# A neighbourhood or suburb named near a much bigger city the articles also name counts for the
# big city (Rogers Park -> Chicago): municipalities are what incident records name.
NEIGHBOUR_KM = 25.0
NEIGHBOUR_POP_RATIO = 10
# "Memphis, Tennessee" / "Laurel, Miss.": a city with its state, anywhere (headlines included).
CITY_STATE = re.compile(r"((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w.'\-]*),\s+([A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?)?)")
CITY_STATE_WEIGHT = 3.0
# With states named in the articles, a city elsewhere counts this much (it may still be right:
# "a Chicago man shot in Gary, Indiana").
OUT_OF_STATE_FACTOR = 0.5
EARTH_KM = 6371.0


def headline_counts(groups: Sequence[Group],
                    claims: Mapping[str, FigureClaim] | None = None) -> dict[str, dict[str, Any]]:
    """Measure -> {value, low, high, group, subject, place} of the event's headline group. Where
    the group's reports disagree (`dispute`), the event's count is the one most of its documents
    state (`consensus`), not the reconciled best of the slot."""
    by_measure: dict[str, list[Group]] = defaultdict(list)
    for g in groups:
        by_measure[g.measure].append(g)
    out: dict[str, dict[str, Any]] = {}
    for measure, cands in sorted(by_measure.items()):
        top = [g for g in cands if g.subject == HEADLINE_SUBJECT and g.place is None and g.parent is None]
        roots = [g for g in cands if g.parent is None] or cands
        key = lambda g: (g.independent_sources, len(g.claims), g.id)  # noqa: E731
        g = max(top, key=key) if top else max(roots, key=key)
        value, low, high = g.best.value, g.best.low, g.best.high
        if g.verdict in CONSENSUS_VERDICTS and claims is not None and (c := consensus(g, claims)) is not None:
            value, low, high = c, c, c
        out[measure] = {"value": value, "low": low, "high": high, "group": g.id,
                        "subject": g.subject, "place": g.place}
    return out


def consensus(g: Group, claims: Mapping[str, FigureClaim]) -> float | None:
    """The exact count most documents of a disputed group state ("15 shot" in three reports against
    one report's "the victim was hit", a later brief's "2nd arrest in shooting of 1"); ties go to
    the count more claims state, then to the larger (a total outnumbers its parts). None when no
    value is stated more than once."""
    docs: dict[float, set[str]] = defaultdict(set)
    n: Counter[float] = Counter()
    for cid in g.claims:
        c = claims.get(cid)
        if c is None or cid in g.outliers or c.hedged or c.value is None or c.qualifier not in CONSENSUS_QUALIFIERS:
            continue
        docs[c.value].add(c.document)
        n[c.value] += 1
    if not docs:
        return None
    best = max(docs, key=lambda v: (len(docs[v]), n[v], v))
    return best if max(len(docs[best]), n[best]) >= CONSENSUS_MIN_STATED else None


def _city(gaz: Any, text: str, focus: str | None, context: frozenset[tuple[str, str]]) -> str | None:
    t = text.strip()
    low = t.lower()
    for pre in CITY_PART_PREFIXES:
        if low.startswith(pre):
            t = t[len(pre):]
            break
    if not t:
        return None
    p = gaz.resolve(t.title() if t.isupper() else t, focus_country=focus, context_admin1=context)
    if p is None or p.kind != "city" or (focus and p.country != focus):
        return None  # a guess abroad is more often wrong than right
    return p.key


def _sections(d: Document) -> list[tuple[str, float]]:
    """(text, weight): the headline, the lead, the rest of the body."""
    text = d.text or ""
    title = (d.title or "").strip()
    body = text[len(title):] if title and text.startswith(title) else text
    return [(title, TITLE_WEIGHT), (body[:LEAD_CHARS], LEAD_WEIGHT), (body[LEAD_CHARS:PLACE_SCAN_CHARS], BODY_WEIGHT)]


def _lead_lines(d: Document) -> list[str]:
    return _sections(d)[1][0].splitlines()[:4]


def _hits(name: str, text: str) -> int:
    if not name or not text:
        return 0
    return min(len(re.findall(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text)), MAX_HITS_PER_SECTION)


def _states(gaz: Any, docs: Sequence[Document], places: Sequence[Entity], orgs: Sequence[Entity],
            focus: str | None) -> frozenset[tuple[str, str]]:
    """Regions (states) the event's articles name: places, organization names, datelines."""
    names = [a for e in places for a in e.aliases]
    names += [w for e in orgs for w in (e.name.split()[0], " ".join(e.name.split()[:2]))]
    for d in docs:
        for line in _lead_lines(d):
            dm = DATELINE.match(line)
            if dm and dm.group(2):
                names.append(dm.group(2))
    out = set()
    for n in names:
        p = gaz.resolve(n, focus_country=focus)
        if p is not None and p.kind == "region" and p.admin1code and (focus is None or p.country == focus):
            out.add((p.country, p.admin1code))
    return frozenset(out)


def focus_country(entities: Sequence[Entity]) -> str | None:
    """The country most place mentions of the corpus fall in."""
    votes: Counter[str] = Counter()
    for e in entities:
        if e.type == "place" and e.geo is not None and e.geo.country:
            votes[e.geo.country] += e.mentions
    return votes.most_common(1)[0][0] if votes else None


def event_place(
    docs: Sequence[Document], entities: Sequence[Entity], claims: Sequence[FigureClaim], gaz: Any,
    focus: str | None,
) -> dict[str, Any] | None:
    """The city an event's coverage is about, as {name, admin1, country, geonameid, entity}.

    `entities` are those named in the event's documents (plus any its figures are scoped to)."""
    mine = entities  # the event's own entities (the caller indexes them by document)
    places = [e for e in mine if e.type == "place"]
    orgs = [e for e in mine if e.type == "organization"]
    context = _states(gaz, docs, places, orgs, focus)
    scores: Counter[str] = Counter()
    entity_of: dict[str, str] = {}
    for e in places:
        for alias in e.aliases:
            key = _city(gaz, alias, focus, context)
            if key is None:
                continue
            entity_of.setdefault(key, e.id)
            for d in docs:
                if d.id in e.documents:
                    scores[key] += sum(w * _hits(alias, t) for t, w in _sections(d))
    for e in orgs:
        words = e.name.split()
        for i in range(1, len(words)):
            if words[i].lower() in COUNTY_WORDS:
                break
            if words[i].lower() in CITY_ORG_WORDS:
                key = _city(gaz, " ".join(words[:i]), focus, context)
                if key:
                    for d in docs:
                        if d.id in e.documents:
                            scores[key] += ORG_CITY_WEIGHT * max(
                                (w for t, w in _sections(d) if any(_hits(a, t) for a in e.aliases)), default=BODY_WEIGHT)
                break
    for d in docs:
        for line in _lead_lines(d):
            dm = DATELINE.match(line)
            if dm:
                key = _city(gaz, dm.group(1), focus, context)
                if key:
                    scores[key] += DATELINE_WEIGHT
                break
    by_id = {e.id: e for e in entities}
    for c in claims:
        e = by_id.get(c.place or "")
        name = e.name if e is not None else c.place_name
        key = _city(gaz, name, focus, context) if name else None
        if key:
            scores[key] += FIGURE_WEIGHT
    for d in docs:
        for text, w in _sections(d):
            for cm in CITY_STATE.finditer(text):
                state = gaz.resolve(cm.group(2), focus_country=focus)
                if state is None or state.kind != "region" or (focus and state.country != focus):
                    continue
                words = cm.group(1).split()
                for i in range(len(words)):
                    ctx = frozenset({(state.country, state.admin1code)})
                    p = gaz.resolve(" ".join(words[i:]), focus_country=focus, context_admin1=ctx)
                    if p is not None and p.kind == "city" and p.admin1code == state.admin1code:
                        scores[p.key] += CITY_STATE_WEIGHT * (TITLE_WEIGHT if w == TITLE_WEIGHT else 1.0)
                        break
    if not scores:
        return None
    if context:
        for k in list(scores):
            p = gaz.place(k)
            if (p.country, p.admin1code) not in context:
                scores[k] *= OUT_OF_STATE_FACTOR
    scores = _merge_neighbours(gaz, scores)
    key = max(scores, key=lambda k: (scores[k], gaz.place(k).population, k))
    p = gaz.place(key)
    return {"name": p.name, "admin1": p.admin1, "country": p.country, "geonameid": p.geonameid,
            "key": p.key, "entity": entity_of.get(key)}


def _merge_neighbours(gaz: Any, scores: Counter[str]) -> Counter[str]:
    out = Counter(scores)
    places = {k: gaz.place(k) for k in scores}
    for k, p in places.items():
        big = [b for b, q in places.items() if q.population >= NEIGHBOUR_POP_RATIO * max(p.population, 1)
               and _km(p.lat, p.lon, q.lat, q.lon) <= NEIGHBOUR_KM]
        if big:
            target = max(big, key=lambda b: places[b].population)
            out[target] += out.pop(k, 0)
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return EARTH_KM * 2 * math.asin(math.sqrt(a))


def describe_events(
    clusters: Sequence[EventCluster], documents: Mapping[str, Document], entities: Sequence[Entity],
    claims: Sequence[FigureClaim], groups: Sequence[Group],
) -> tuple[EventCluster, ...]:
    """One record per event cluster: id, documents, label, place, counts (headline per measure)."""
    from ..entities.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    focus = focus_country(entities)
    groups_by_event: dict[str | None, list[Group]] = defaultdict(list)
    for g in groups:
        groups_by_event[g.event].append(g)
    by_id = {e.id: e for e in entities}
    claims_by_id = {c.id: c for c in claims}
    claims_by_doc: dict[str, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        claims_by_doc[c.document].append(c)
    entities_by_doc: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        for doc_id in e.documents:
            entities_by_doc[doc_id].append(e)
    out = []
    for cl in clusters:
        docs = [documents[i] for i in cl.documents if i in documents]
        figs = [c for d in docs for c in claims_by_doc.get(d.id, ())]
        mine = list({e.id: e for d in docs for e in entities_by_doc.get(d.id, ())}.values())
        mine += [by_id[c.place] for c in figs if c.place in by_id and by_id[c.place] not in mine]
        out.append(dataclasses.replace(
            cl, place=event_place(docs, mine, figs, gaz, focus),
            counts=headline_counts(groups_by_event.get(cl.id, ()), claims_by_id),
        ))
    return tuple(out)
