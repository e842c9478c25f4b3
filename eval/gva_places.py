"""Incident city from the articles: GVA (SemEval-2018 Task 5 source) place resolution.

    python eval/run.py gva-places [--split dev|test] [--limit N]

For each incident, its articles (title + text) run through the product's pipeline (spaCy, NER
repair, the other extractors) and `entities.link`; the incident city is the city the casualty
figures are scoped to when figures carry a place, else the most salient city entity (mentions,
weighted up in titles and leads). `city_accuracy`: city and state both match the GVA record
(a gold "City (Neighbourhood)" accepts either name). dev = incident ids ending in an even digit.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "gva-semeval2018"
# Salience weights: a city named in a headline or the first characters (the dateline, the lead)
# is the incident's far more often than one named later ("...moved from Chicago last year").
TITLE_WEIGHT = 3.0
LEAD_CHARS = 400
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
# A figure scoped to a place names the incident's city outright.
FIGURE_WEIGHT = 5.0
# Rows of the per-incident table printed (set higher when studying misses on dev).
SHOW_ROWS = int(__import__("os").environ.get("GVA_PLACES_SHOW", "15"))


def load(split: str, limit: int | None) -> list[tuple[dict, list[dict]]]:
    incidents = {}
    with (CORPUS / "incidents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            inc = json.loads(line)
            even = int(inc["incident_uri"][-1]) % 2 == 0
            if even == (split == "dev"):
                incidents[inc["incident_uri"]] = inc
    docs: dict[str, list[dict]] = defaultdict(list)
    with (CORPUS / "documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["incident_id"] in incidents and (d.get("content") or "").strip():
                docs[d["incident_id"]].append(d)
    items = [(incidents[i], docs[i]) for i in sorted(docs, key=int)]
    return items[:limit] if limit else items


def gold_cities(city: str) -> list[str]:
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", city)
    return [m.group(1), m.group(2)] if m else [city]


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
# A neighbourhood or suburb the articles name near a much bigger city they also name counts for
# the big city (Rogers Park -> Chicago): GVA records the municipality.
NEIGHBOUR_KM = 25.0
NEIGHBOUR_POP_RATIO = 10
# "Memphis, Tennessee" / "Laurel, Miss.": a city with its state, anywhere (headlines included);
# the model often misses these in headlines, and the pair settles which Laurel.
CITY_STATE = re.compile(r"((?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w.'\-]*),\s+([A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?)?)")
CITY_STATE_WEIGHT = 3.0
# With states named in the articles, a city elsewhere counts this much (it may still be right:
# "a Chicago man shot in Gary, Indiana").
OUT_OF_STATE_FACTOR = 0.5
ORG_CITY_WEIGHT = 1.0


def _city(gaz, text: str, focus: str | None, context) -> str | None:
    t = text.strip()
    low = t.lower()
    for pre in CITY_PART_PREFIXES:
        if low.startswith(pre):
            t = t[len(pre):]
            break
    p = gaz.resolve(t.title() if t.isupper() else t, focus_country=focus, context_admin1=context)
    if p is None or p.kind != "city" or (focus and p.country != focus):
        return None  # a heuristic guess abroad is more often wrong than right
    return p.key


def predict(documents, result, linking, gaz, focus: str | None = None) -> str | None:
    """The place key of the incident's city, or None."""
    from counterpoint.models import FigureClaim

    by_id = {e.id: e for e in linking.entities}
    starts = {d.id: len(d.title or "") for d in documents}
    texts = {d.id: d.text or "" for d in documents}
    context = _state_context(gaz, result["mentions"], documents, focus)
    scores: Counter[str] = Counter()

    def weight(doc_id: str, start: int) -> float:
        title_end = starts[doc_id]
        if start < title_end:
            return TITLE_WEIGHT
        return LEAD_WEIGHT if start < title_end + LEAD_CHARS else BODY_WEIGHT

    for m, eid in zip(result["mentions"], linking.mention_entities):
        e = by_id.get(eid) if eid else None
        if m.type == "organization":
            words = m.text.split()
            for i in range(1, len(words)):
                if words[i].lower() in COUNTY_WORDS:
                    break
                if words[i].lower() in CITY_ORG_WORDS:
                    key = _city(gaz, " ".join(words[:i]), focus, context)
                    if key:
                        scores[key] += ORG_CITY_WEIGHT * weight(m.document, m.start)
                    break
            continue
        if e is None or e.geo is None or e.geo.geonameid is None:
            if m.type == "place":
                key = _city(gaz, m.text, focus, context)
                if key:
                    scores[key] += weight(m.document, m.start)
            continue
        key = f"city:{e.geo.geonameid}"
        if gaz.place(key) is None or (focus and e.geo.country != focus):
            continue
        scores[key] += weight(m.document, m.start)
    for d in documents:
        lead = texts[d.id][starts[d.id]:starts[d.id] + LEAD_CHARS]
        for line in lead.splitlines()[:4]:
            dm = DATELINE.match(line)
            if dm:
                key = _city(gaz, dm.group(1), focus, context)
                if key:
                    scores[key] += DATELINE_WEIGHT
                break
    for c in linking.claims:
        if isinstance(c, FigureClaim) and c.place:
            e = by_id.get(c.place)
            if e is not None and e.geo is not None and e.geo.geonameid is not None:
                key = f"city:{e.geo.geonameid}"
                if gaz.place(key) is not None:
                    scores[key] += FIGURE_WEIGHT
    for d in documents:
        text = texts[d.id]
        for cm in CITY_STATE.finditer(text):
            state = gaz.resolve(cm.group(2), focus_country=focus)
            if state is None or state.kind != "region" or (focus and state.country != focus):
                continue
            words = cm.group(1).split()
            for i in range(len(words)):
                ctx = frozenset({(state.country, state.admin1code)})
                p = gaz.resolve(" ".join(words[i:]), focus_country=focus, context_admin1=ctx)
                if p is not None and p.kind == "city" and p.admin1code == state.admin1code:
                    scores[p.key] += CITY_STATE_WEIGHT * (TITLE_WEIGHT if cm.start() < starts[d.id] else 1.0)
                    break
    if not scores:
        return None
    if context:
        for k in list(scores):
            p = gaz.place(k)
            if (p.country, p.admin1code) not in context:
                scores[k] *= OUT_OF_STATE_FACTOR
    scores = _merge_neighbours(gaz, scores)
    return max(scores, key=lambda k: (scores[k], gaz.place(k).population))


def _merge_neighbours(gaz, scores: Counter[str]) -> Counter[str]:
    import math

    out = Counter(scores)
    places = {k: gaz.place(k) for k in scores}
    for k, p in places.items():
        big = [b for b, q in places.items() if q.population >= NEIGHBOUR_POP_RATIO * max(p.population, 1)
               and _km(p.lat, p.lon, q.lat, q.lon, math) <= NEIGHBOUR_KM]
        if big:
            target = max(big, key=lambda b: places[b].population)
            out[target] += out.pop(k, 0)
    return out


def _km(lat1, lon1, lat2, lon2, math) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _state_context(gaz, mentions, documents, focus: str | None) -> frozenset[tuple[str, str]]:
    """Regions (states) the articles name: in place mentions, organization names, datelines."""
    names = [m.text for m in mentions if m.type == "place"]
    names += [w for m in mentions if m.type == "organization" for w in (m.text.split()[0], " ".join(m.text.split()[:2]))]
    for d in documents:
        lead = (d.text or "")[len(d.title or ""):][:LEAD_CHARS]
        for line in lead.splitlines()[:4]:
            dm = DATELINE.match(line)
            if dm and dm.group(2):
                names.append(dm.group(2))
    out = set()
    for n in names:
        p = gaz.resolve(n, focus_country=focus)
        if p is not None and p.kind == "region" and p.admin1code and (focus is None or p.country == focus):
            out.add((p.country, p.admin1code))
    return frozenset(out)


def run(split: str, limit: int | None) -> dict[str, float]:
    from counterpoint.nlp.annotate import annotate
    from counterpoint.entities import link
    from counterpoint.entities.gazetteer import load_gazetteer, place_key
    from counterpoint.models import Document
    from counterpoint.nlp import load_pipeline

    items = load(split, limit)
    nlp = load_pipeline()
    gaz = load_gazetteer()
    t0 = time.perf_counter()
    all_docs: list[Document] = []
    owner: dict[str, str] = {}
    for inc, docs in items:
        for d in docs:
            title = (d.get("title") or "").strip()
            text = (title + "\n\n" if title else "") + d["content"]
            doc = Document(id=d["doc_id"], path=d["uri"], status="ok", text=text, title=title + "\n\n" if title else "",
                           published=(d.get("dct") or "")[:10] or None)
            all_docs.append(doc)
            owner[doc.id] = inc["incident_uri"]
    per_inc: dict[str, dict[str, list]] = defaultdict(lambda: {"documents": [], "mentions": [], "claims": []})
    for r in annotate(all_docs, nlp=nlp):
        slot = per_inc[owner[r.document.id]]
        slot["documents"].append(r.document)
        slot["mentions"].extend(r.mentions)
        slot["claims"].extend(r.claims)
    from counterpoint.entities.linking import focus_of

    # The corpus focus: the country most place mentions of the whole split fall in.
    focus = focus_of([m for r in per_inc.values() for m in r["mentions"]])
    correct = answered = 0
    rows = []
    for inc, _docs in items:
        res = per_inc[inc["incident_uri"]]
        linking = link(res["documents"], res["mentions"], res["claims"], focus_country=focus)
        key = predict(res["documents"], res, linking, gaz, focus)
        place = gaz.place(key) if key else None
        golds = {place_key(c) for c in gold_cities(inc["city_or_county"])}
        ok = False
        if place is not None:
            answered += 1
            ok = bool(golds & set(gaz.names_of(key))) and (place.admin1 or "") == inc["state"]
        correct += ok
        rows.append((inc["incident_uri"], inc["city_or_county"], inc["state"],
                     f"{place.name}, {place.admin1}" if place else "-", ok))
    n = len(items)
    secs = time.perf_counter() - t0
    print(f"gva-places {split}: {n} incidents, {len(all_docs)} articles, {secs:.0f}s")
    for uri, city, state, pred, ok in rows[:SHOW_ROWS]:
        print(f"  {'ok ' if ok else 'MISS'} {uri:>8}  gold {city}, {state:<16} pred {pred}")
    metrics = {
        "city_accuracy": correct / n if n else 0.0,
        "answered": answered / n if n else 0.0,
        "precision_when_answered": correct / answered if answered else 0.0,
    }
    print(f"{'metric':<26}{'value':>8}")
    for k, v in metrics.items():
        print(f"{k:<26}{v:>8.3f}")
    return metrics
