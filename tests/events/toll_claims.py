"""Builders shared by the toll-entry tests (test_tolls, test_toll_days): documents, a dated
happening, a killed figure placed on its sentence, and the toll entries of a timeline."""

from __future__ import annotations

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence, FigureClaim


def doc(i: str, published: str | None, text: str = "x") -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text=text, published=published)


def happening(cid: str, doc: str, date: str, etype: str = "disaster", text: str = "Explosion hits Strelsau") -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type=etype, date=date, text=text,
                      evidence=Evidence(document=doc, start=0, end=1, text="x"))


def killed(cid: str, doc: str, value: float, text: str, sentence: str) -> FigureClaim:
    start = text.index(sentence)
    return FigureClaim(id=cid, document=doc, measure="killed", value=value, low=None, high=None,
                       qualifier="exact", unit="people", subject="person", as_of=None,
                       evidence=Evidence(document=doc, start=start, end=start + len(sentence), text=sentence))


def tolls(docs, claims):
    return [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "toll"]
