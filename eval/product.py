"""The product's own path for evaluations: annotate (the full per-document pipeline, NER repair
included) -> corpus stage (`counterpoint.corpus.build_dossier`: entity linking, reconciliation)
-> the dossier. Evaluations read what the dossier says (its `events` records: each event's
place and headline count per measure) and never re-derive an answer with rules of their own.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from counterpoint.models import DocResult, Document, Dossier, EventCluster  # noqa: E402  (after the sys.path line above)


def annotate_all(documents: Sequence[Document], nlp=None) -> list[DocResult]:
    from counterpoint.nlp.annotate import annotate

    return list(annotate(documents, nlp=nlp))


def dossier_of(results: Iterable[DocResult]) -> Dossier:
    """The corpus stage over annotated documents, exactly as `counterpoint analyze` runs it."""
    from counterpoint.corpus import build_dossier

    results = list(results)
    return build_dossier([r.document for r in results], [m for r in results for m in r.mentions],
                         [c for r in results for c in r.claims])


def headline(event: EventCluster, measure: str) -> float | None:
    """The dossier's headline count of `measure` for one event record; None when it has none."""
    count = event.counts.get(measure)
    return None if count is None or count.get("value") is None else float(count["value"])
