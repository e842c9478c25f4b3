"""Incident city from the articles: GVA (SemEval-2018 Task 5 source) place resolution.

    python eval/run.py gva-places [--split dev|test] [--limit N]

The split's articles (title + text) go through the product's own path as one corpus
(`eval/product.py`: annotate with NER repair -> corpus stage -> dossier). Per incident we take
the event cluster holding most of its articles and read the place the dossier records for that
event (`events[].place`, decided by `counterpoint.reconcile.incident`). `city_accuracy`: city and
state both match the GVA record (a gold "City (Neighbourhood)" accepts either name).
dev = incident ids ending in an even digit.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "gva-semeval2018"
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


def _product():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cp_eval_product", Path(__file__).resolve().parent / "product.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(split: str, limit: int | None) -> dict[str, float]:
    from counterpoint.entities.gazetteer import load_gazetteer, place_key
    from counterpoint.models import Document

    product = _product()
    items = load(split, limit)
    gaz = load_gazetteer()
    t0 = time.perf_counter()
    all_docs: list[Document] = []
    owner: dict[str, str] = {}
    for inc, docs in items:
        for d in docs:
            title = (d.get("title") or "").strip()
            text = (title + "\n\n" if title else "") + d["content"]
            all_docs.append(Document(id=d["doc_id"], path=d["uri"], status="ok", text=text, title=title or None,
                                     published=(d.get("dct") or "")[:10] or None, language="en"))
            owner[d["doc_id"]] = inc["incident_uri"]
    dossier = product.dossier_of(product.annotate_all(all_docs))
    events = {ev.id: ev for ev in dossier.events}
    event_of = {doc: ev.id for ev in dossier.events for doc in ev.documents}
    correct = answered = 0
    rows = []
    for inc, docs in items:
        votes = Counter(event_of[d["doc_id"]] for d in docs if d["doc_id"] in event_of)
        place = events[votes.most_common(1)[0][0]].place if votes else None
        golds = {place_key(c) for c in gold_cities(inc["city_or_county"])}
        ok = False
        if place is not None:
            answered += 1
            names = set(gaz.names_of(place["key"])) if place.get("key") else {place_key(place["name"])}
            ok = bool(golds & names) and (place.get("admin1") or "") == inc["state"]
        correct += ok
        rows.append((inc["incident_uri"], inc["city_or_county"], inc["state"],
                     f"{place['name']}, {place.get('admin1')}" if place else "-", ok))
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
