"""build_timeline: merging one event told by several documents, ordering, year-less days."""

from __future__ import annotations

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence, FigureClaim


def _doc(i: str, published: str | None = None) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text="x" * 100, published=published)


def _ev(cid: str, doc: str, etype: str, date: str | None, text: str, place: str | None = None,
        partial: str | None = None, start: int = 0) -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type=etype, date=date, text=text, place_name=place,
                      date_partial=partial, evidence=Evidence(document=doc, start=start, end=start + 5, text="x"))


def test_same_event_from_two_documents_is_one_entry() -> None:
    docs = [_doc("a"), _doc("b")]
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "protests began", "Kazakhstan"),
        _ev("b-e1", "b", "protest_start", "2022-01-02", "unrest began", "Central Asia"),
    ]
    (entry,) = build_timeline(docs, claims)
    assert entry.date == "2022-01-02"
    assert entry.documents == ("a", "b")
    assert entry.claims == ("a-e1", "b-e1")
    assert entry.event_type == "protest_start"


def test_storming_in_two_cities_stays_two_entries() -> None:
    claims = [
        _ev("a-e1", "a", "storming", "2022-01-05", "protesters stormed the akimat", "Almaty"),
        _ev("a-e2", "a", "storming", "2022-01-05", "crowd seized airport", "Aktau", start=10),
    ]
    assert len(build_timeline([_doc("a")], claims)) == 2


def test_sorted_by_date_unknown_last_and_figures_ignored() -> None:
    fig = FigureClaim(id="a-f1", document="a", measure="killed", value=1.0, low=None, high=None,
                      qualifier="exact", unit="people", subject=None,
                      evidence=Evidence(document="a", start=0, end=1, text="x"))
    claims = [
        _ev("a-e1", "a", "arrests", None, "people arrested"),
        _ev("a-e2", "a", "statement", "2022-01-07", "statement made", start=5),
        _ev("a-e3", "a", "protest_start", "2022-01-02", "protests began", start=9),
        fig,
    ]
    timeline = build_timeline([_doc("a")], claims)
    assert [e.date for e in timeline] == ["2022-01-02", "2022-01-07", None]


def test_yearless_day_takes_the_corpus_year() -> None:
    docs = [_doc("a", "2022-01-05"), _doc("b")]
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "protests began"),
        _ev("b-e1", "b", "protest_start", None, "unrest began", partial="--01-02"),
    ]
    (entry,) = build_timeline(docs, claims)
    assert entry.date == "2022-01-02" and entry.documents == ("a", "b")


def test_undated_claims_merge_only_when_similar() -> None:
    claims = [
        _ev("a-e1", "a", "troops_deployed", None, "CSTO deployed troops"),
        _ev("b-e1", "b", "troops_deployed", None, "CSTO deployed troops in Kazakhstan"),
        _ev("b-e2", "b", "troops_deployed", None, "Putin sent paratroopers", start=20),
    ]
    timeline = build_timeline([_doc("a"), _doc("b")], claims)
    assert [e.documents for e in timeline] == [("a", "b"), ("b",)]
