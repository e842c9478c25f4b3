"""Event clustering and reconciled casualty counts on GVA / SemEval-2018 Task 5 articles.

    python eval/run.py gva-incidents [--split dev|test] [--limit N]

The split's articles (dev: incidents whose `incident_uri` ends in an even digit, test: odd) go
through the product's own path (`eval/product.py`: annotate -> corpus stage -> dossier), as one
corpus. Per gold incident we take the event cluster that holds most of its articles and read the
headline `killed` and `injured` counts the dossier records for that event (`events[].counts`).

Metrics: `cluster_b3_f1` (B-cubed F1 of documents vs incidents), `killed_accuracy`,
`injured_accuracy` (exact count, over incidents with a gold row).

Absence rule: GVA codes incidents with nobody killed as 0, and articles about them rarely state
"0 killed"; so an event for which the dossier records no count of a measure counts as 0 for it
(the product reports no figure; the gold's 0 means the same).
`--limit N` keeps the first N incidents of the split (in file order).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "gva-semeval2018"
sys.path.insert(0, str(ROOT / "src"))

from counterpoint.models import Document, FigureClaim  # noqa: E402  (after the sys.path line above)

# Incidents whose counts missed, printed for study on dev.
SHOW_MISSES = int(__import__("os").environ.get("GVA_SHOW_MISSES", "0"))
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(.+)$")


def _in_split(incident_uri: str, split: str) -> bool:
    last = incident_uri.strip()[-1:]
    return last.isdigit() and (int(last) % 2 == 0) == (split == "dev")


def load(split: str, limit: int | None) -> tuple[list[Document], dict[str, str], dict[str, dict]]:
    """Documents of the split, doc id -> gold incident, incident -> gold row."""
    incidents: dict[str, dict] = {}
    with open(CORPUS / "incidents.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            incidents[str(row["incident_uri"])] = row
    docs: list[Document] = []
    gold: dict[str, str] = {}
    keep: list[str] = []
    with open(CORPUS / "documents.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            inc = str(row["incident_id"])
            if not _in_split(inc, split) or not (row.get("content") or "").strip():
                continue
            if inc not in keep:
                if limit is not None and len(keep) >= limit:
                    continue
                keep.append(inc)
            m = _ARCHIVED.match(row.get("uri") or "")
            url = m.group(1) if m else row.get("uri")
            docs.append(Document(id=row["doc_id"], path=f"gva:{row['doc_id']}", status="ok",
                                 text=article_text(row), title=row.get("title"), url=url,
                                 published=row.get("dct"), language="en"))
            gold[row["doc_id"]] = inc
    return docs, gold, {k: incidents[k] for k in keep if k in incidents}


def article_text(row: dict) -> str:
    """The headline as the text's first block, then the body: the crawl kept the page's <title>
    apart from its body text, while the product's HTML reader keeps the page's headline in the
    text (often the only place a paywalled or cut page states its count: "5 hurt as patron fires
    back"). A blank line sets it apart, so the parser never joins it to the first paragraph."""
    text, title = row.get("content") or "", (row.get("title") or "").strip()
    if title and not text.lstrip().startswith(title):
        return title + "\n\n" + text
    return text


def b3_f1(pred: dict[str, str], gold: dict[str, str]) -> float:
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for d, c in pred.items():
        by_pred[c].add(d)
    for d, c in gold.items():
        by_gold[c].add(d)
    p = r = 0.0
    for d in gold:
        same = by_pred[pred[d]] & by_gold[gold[d]]
        p += len(same) / len(by_pred[pred[d]])
        r += len(same) / len(by_gold[gold[d]])
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def _product():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cp_eval_product", HERE / "product.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _annotated(product, docs: list[Document], split: str, limit: int | None) -> list:
    """The per-document stage, kept in GVA_ANNOTATION_CACHE (a folder) when that is set: the
    corpus stage (clustering, reconciliation) can then be rerun in minutes. Delete the folder
    after any change to the per-document stage."""
    import os
    import pickle

    folder = os.environ.get("GVA_ANNOTATION_CACHE")
    if not folder:
        return product.annotate_all(docs)
    path = Path(folder) / f"{split}-{limit or 'all'}.pickle"
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    results = product.annotate_all(docs)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(results, f)
    return results


def run(split: str, limit: int | None) -> dict[str, float]:
    product = _product()
    t0 = time.perf_counter()
    docs, gold, incidents = load(split, limit)
    results = _annotated(product, docs, split, limit)
    t1 = time.perf_counter()
    dossier = product.dossier_of(results)
    t2 = time.perf_counter()
    events = {ev.id: ev for ev in dossier.events}
    pred = {d: ev.id for ev in dossier.events for d in ev.documents}
    docs_by_incident: dict[str, list[str]] = defaultdict(list)
    for d, inc in gold.items():
        docs_by_incident[inc].append(d)
    killed_ok = injured_ok = 0
    incidents = {k: v for k, v in incidents.items() if docs_by_incident.get(k)}
    misses = []
    for inc, row in incidents.items():
        event = events[Counter(pred[d] for d in docs_by_incident[inc]).most_common(1)[0][0]]
        killed = product.headline(event, "killed") or 0.0
        injured = product.headline(event, "injured") or 0.0
        killed_ok += killed == float(row["num_killed"])
        injured_ok += injured == float(row["num_injured"])
        if (killed, injured) != (float(row["num_killed"]), float(row["num_injured"])):
            misses.append((inc, row["num_killed"], killed, row["num_injured"], injured))
    n = max(len(incidents), 1)
    figures = sum(isinstance(c, FigureClaim) for c in dossier.claims)
    metrics = {
        "cluster_b3_f1": b3_f1(pred, gold),
        "killed_accuracy": killed_ok / n,
        "injured_accuracy": injured_ok / n,
    }
    print(f"gva-incidents [{split}] {len(docs)} documents, {len(set(gold.values()))} incidents "
          f"({len(incidents)} with gold counts), {len(dossier.events)} clusters, {figures} figure claims")
    print(f"  annotate {t1 - t0:.1f}s, corpus stage {t2 - t1:.2f}s")
    for inc, gk, pk, gi, pi in misses[:SHOW_MISSES]:
        print(f"  MISS {inc:>8} killed gold {gk} pred {pk:g}  injured gold {gi} pred {pi:g}")
    for k, v in metrics.items():
        print(f"  {k:<18} {v:.4f}")
    return metrics
