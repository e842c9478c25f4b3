"""Event clustering and reconciled casualty counts on GVA / SemEval-2018 Task 5 articles.

    python eval/run.py gva-incidents [--split dev|test] [--limit N]

The split's articles (dev: incidents whose `incident_uri` ends in an even digit, test: odd) go
through the real pipeline (`annotate`, then `reconcile` with its event clustering). Per gold
incident we take the cluster that holds most of its articles and read that cluster's reconciled
best `killed` and `injured` values.

Metrics: `cluster_b3_f1` (B-cubed F1 of documents vs incidents), `killed_accuracy`,
`injured_accuracy` (exact count, over incidents with a gold row).

Absence rule: GVA codes incidents with nobody killed as 0, and articles about them rarely state
"0 killed"; so a cluster with articles but no figure for a measure counts as 0 for it.
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

from counterpoint.models import Document, FigureClaim, Group  # noqa: E402

# The measure's group for an event: the one without a narrower subject or place (the
# incident's headline count); if there is none, the group with the most claims.
HEADLINE_SUBJECT = "person"
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
                                 text=row["content"], title=row.get("title"), url=url,
                                 published=row.get("dct"), language="en"))
            gold[row["doc_id"]] = inc
    return docs, gold, {k: incidents[k] for k in keep if k in incidents}


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


def headline(groups: list[Group], measure: str) -> float:
    """The event's reconciled count for `measure`; 0 when no article states one (see above)."""
    cands = [g for g in groups if g.measure == measure]
    if not cands:
        return 0.0
    top = [g for g in cands if g.subject == HEADLINE_SUBJECT and g.place is None]
    g = top[0] if top else max(cands, key=lambda g: len(g.claims))
    return float(g.best.value or 0.0)


def run(split: str, limit: int | None) -> dict[str, float]:
    from counterpoint.nlp.annotate import annotate
    from counterpoint.reconcile import reconcile

    t0 = time.perf_counter()
    docs, gold, incidents = load(split, limit)
    claims = [c for r in annotate(docs) for c in r.claims]
    t1 = time.perf_counter()
    rec = reconcile(docs, claims, ())
    t2 = time.perf_counter()
    pred = {d: ev["id"] for ev in rec.events for d in ev["documents"]}
    groups_by_event: dict[str, list[Group]] = defaultdict(list)
    for g in rec.groups:
        groups_by_event[g.event or ""].append(g)
    docs_by_incident: dict[str, list[str]] = defaultdict(list)
    for d, inc in gold.items():
        docs_by_incident[inc].append(d)
    killed_ok = injured_ok = 0
    incidents = {k: v for k, v in incidents.items() if docs_by_incident.get(k)}
    for inc, row in incidents.items():
        event = Counter(pred[d] for d in docs_by_incident[inc]).most_common(1)[0][0]
        killed_ok += headline(groups_by_event[event], "killed") == float(row["num_killed"])
        injured_ok += headline(groups_by_event[event], "injured") == float(row["num_injured"])
    n = max(len(incidents), 1)
    figures = sum(isinstance(c, FigureClaim) for c in claims)
    metrics = {
        "cluster_b3_f1": b3_f1(pred, gold),
        "killed_accuracy": killed_ok / n,
        "injured_accuracy": injured_ok / n,
    }
    print(f"gva-incidents [{split}] {len(docs)} documents, {len(set(gold.values()))} incidents "
          f"({len(incidents)} with gold counts), {len(rec.events)} clusters, {figures} figure claims")
    print(f"  annotate {t1 - t0:.1f}s, reconcile {t2 - t1:.2f}s")
    for k, v in metrics.items():
        print(f"  {k:<18} {v:.4f}")
    return metrics
