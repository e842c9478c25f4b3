"""The corpus stage is a function of the set of documents: the same dossier (groups, verdicts,
best values, explanations, outliers, events) whatever order the store returns the documents in
and whatever ids their file paths hash to. Invented reports of one flood (tests/corpus_builders):
a rescue service's toll that grows over four days, a copy of one report in a second outlet, a
rights group's higher count on the last day, and a second happening months later."""

from __future__ import annotations

import random

import pytest
from corpus_builders import FLOOD, MINE, one_figure_result

from counterpoint.corpus import build_dossier
from counterpoint.models import Dossier

# (template, figure, day, place, measure, outlet, origin)
REPORTS = [
    (FLOOD, 12, "2031-03-04", "Varnetta", "killed", "Daily Ledger", "the rescue service"),
    (FLOOD, 12, "2031-03-04", "Varnetta", "killed", "Morning Post", "the rescue service"),
    (FLOOD, 19, "2031-03-05", "Varnetta", "killed", "Evening Star", "the rescue service"),
    (FLOOD, 19, "2031-03-05", "Varnetta", "killed", "Valley Courier", "the rescue service"),
    (FLOOD, 26, "2031-03-07", "Varnetta", "killed", "Daily Ledger", "the rescue service"),
    (FLOOD, 60, "2031-03-07", "Varnetta", "killed", "River Watch", "River Watch"),
    (FLOOD, 25, "2031-03-07", "Varnetta", "killed", "Morning Post", "the rescue service"),
    (MINE, 30, "2031-07-18", "Oskelund", "trapped", "Daily Ledger", "the mining authority"),
    (MINE, 31, "2031-07-19", "Oskelund", "trapped", "Evening Star", "the mining authority"),
]


def _dossier(ids: list[str], order: list[int]) -> Dossier:
    results = [one_figure_result(ids[i], t, n, day, place, measure, outlet, origin=origin,
                                 text_hash=f"h{t == FLOOD}-{n}-{day}-{outlet}")
               for i, (t, n, day, place, measure, outlet, origin) in ((i, REPORTS[i]) for i in order)]
    docs = [r.document for r in results]
    mentions = [m for r in results for m in r.mentions]
    claims = [c for r in results for c in r.claims]
    return build_dossier(docs, mentions, claims)


def _summary(d: Dossier, ids: list[str]) -> list[tuple]:
    back = {doc_id: f"r{i}" for i, doc_id in enumerate(ids)}

    def name(claim_id: str) -> str:
        doc, _, rest = claim_id.partition("-")
        return f"{back[doc]}-{rest}"
    groups = sorted((g.measure, g.subject or "", tuple(sorted(map(name, g.claims))), g.verdict,
                     g.best.value if g.best else None, g.best.low if g.best else None,
                     g.best.high if g.best else None, g.explanation, tuple(sorted(map(name, g.outliers))),
                     g.independent_sources, g.outlets) for g in d.groups)
    events = sorted(tuple(sorted(back[x] for x in e.documents)) for e in d.events)
    return [*groups, *events]


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_dossier_does_not_depend_on_document_order_or_ids(seed: int) -> None:
    ids = [f"doc{i:02d}" for i in range(len(REPORTS))]
    want = _summary(_dossier(ids, list(range(len(REPORTS)))), ids)
    rnd = random.Random(seed)
    other = [f"d{rnd.getrandbits(64):016x}" for _ in REPORTS]
    order = list(range(len(REPORTS)))
    rnd.shuffle(order)
    assert _summary(_dossier(other, order), other) == want


def test_the_built_corpus_reads_as_intended() -> None:
    # the permutation test compares something real: a grown toll with a rival count beside it
    ids = [f"doc{i:02d}" for i in range(len(REPORTS))]
    d = _dossier(ids, list(range(len(REPORTS))))
    killed = [g for g in d.groups if g.measure == "killed"]
    assert len(killed) == 1
    assert killed[0].verdict == "dispute" and killed[0].best is not None and killed[0].best.value == 26
