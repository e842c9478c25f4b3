"""Helpers shared by the figure tests: run the pipeline on one invented text, pick a claim."""

from __future__ import annotations

from counterpoint.models import FigureClaim


def claims_of(nlp, text: str, published: str | None = "2023-05-10") -> list[FigureClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]


def one_of(claims: list[FigureClaim], value: float) -> FigureClaim:
    hits = [c for c in claims if c.value == value]
    assert len(hits) == 1, (value, claims)
    return hits[0]
