"""Hand-built documents and figure claims modelled on DESIGN.md's worked verdicts."""

from __future__ import annotations

import pytest

from counterpoint.models import Document, Evidence, FigureClaim, Source


def make_doc(doc_id: str, outlet: str | None = None, published: str | None = None,
             duplicate_of: str | None = None, text: str = "placeholder text") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", status="ok", text=text, outlet=outlet,
                    published=published, duplicate_of=duplicate_of)


def fig(cid: str, doc: str, measure: str, value: float | None, *, qualifier: str = "exact",
        low: float | None = None, high: float | None = None, subject: str | None = "person",
        as_of: str | None = None, place_name: str | None = None,
        sources: tuple[tuple[str, str], ...] = ()) -> FigureClaim:
    if low is None and qualifier in ("exact", "at_least", "more_than", "about"):
        low = value
    if high is None and qualifier in ("exact", "almost", "up_to", "less_than", "about"):
        high = value
    return FigureClaim(
        id=cid, document=doc, measure=measure, value=value, low=low, high=high,
        qualifier=qualifier, unit="person", subject=subject,
        evidence=Evidence(document=doc, start=0, end=5, text="(synthetic)"),
        as_of=as_of, place_name=place_name,
        sources=tuple(Source(name=n, role=r) for n, r in sources),
    )


@pytest.fixture()
def founding():
    """The founding corpus's figures, hand-built (no real text copied)."""
    docs = [
        make_doc("yonhap", outlet="Yonhap News", published="2022-01-11"),
        make_doc("tribune", outlet="Tribune", published="2022-01-10"),
        make_doc("urdu", outlet="Urdu Point", published="2022-01-11"),
    ]
    claims = [
        fig("y1", "yonhap", "killed", 164, as_of="2022-01-10",
            sources=(("Sputnik", "relay"), ("the local Ministry of Health", "origin"))),
        fig("y2", "yonhap", "killed", 103, as_of="2022-01-10", place_name="Almaty",
            sources=(("Sputnik", "relay"), ("the local Ministry of Health", "origin"))),
        fig("y3", "yonhap", "detained", 7939, as_of="2022-01-10",
            sources=(("The local Ministry of Internal Affairs", "origin"),)),
        fig("t1", "tribune", "killed", 164, qualifier="about", as_of="2022-01-09",
            sources=(("media reports", "relay"), ("health officials", "origin"))),
        fig("t2", "tribune", "killed", 3, subject="children", as_of="2022-01-09"),
        fig("t3", "tribune", "detained", 6000, qualifier="almost", as_of="2022-01-09",
            sources=(("Kazakhstan's presidential office", "origin"),)),
        fig("t4", "tribune", "detained", 6044, as_of="2022-01-09", sources=(("Police", "origin"),)),
        fig("u1", "urdu", "killed", 150, qualifier="more_than", as_of="2022-01-10",
            sources=(("AFP", "relay"),)),
    ]
    return docs, claims
