"""Invented one-figure documents for the corpus-stage tests (partitions, streaming, event assignment).

Each stored result is one short document with one place mention and one figure claim: the smallest
unit the corpus stage clusters, partitions and reconciles. The texts are written for these tests.
"""

from __future__ import annotations

from counterpoint.models import DocResult, Document, Evidence, FigureClaim, Mention, Source

FLOOD = ("Floodwater swept through Varnetta on Tuesday after the Orlen dam gave way, and the "
         "provincial rescue service said {n} people were killed in the Varnetta valley.")
MINE = ("A gallery of the Oskelund copper mine collapsed on Friday night; the Oskelund mining "
        "authority said {n} miners were trapped underground near Brask.")


def one_figure_result(doc_id: str, template: str, n: int, day: str, place: str, measure: str,
                      outlet: str, *, origin: str = "the authority", text_hash: str | None = None) -> DocResult:
    """The stored result of `template` filled with `n`, published on `day` by `outlet`."""
    text = template.format(n=n)
    start = text.index(str(n))
    doc = Document(id=doc_id, path=f"{doc_id}.txt", status="ok", text=text, title=text[:40],
                   outlet=outlet, published=day, text_hash=text_hash or f"h-{doc_id}")
    p = text.index(place)
    mention = Mention(document=doc_id, start=p, end=p + len(place), text=place, label="GPE", type="place")
    claim = FigureClaim(
        id=f"{doc_id}-f1", document=doc_id, measure=measure, value=float(n), low=float(n), high=float(n),
        qualifier="exact", unit="person", subject="person",
        evidence=Evidence(document=doc_id, start=start, end=start + len(str(n)), text=str(n)),
        as_of=day, sources=(Source(name=origin, role="origin"),), place_name=place,
    )
    return DocResult(document=doc, mentions=(mention,), claims=(claim,))
