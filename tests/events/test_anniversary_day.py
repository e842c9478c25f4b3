"""An anniversary is marked on the anniversary: invented pages written on (or just after) the day,
a page naming its own day, and a look back written months later."""

from __future__ import annotations

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence


def _doc(i: str, published: str | None, text: str) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text=text, published=published)


def _claim(cid: str, doc: str, etype: str, text: str, sentence: str, date: str | None = None) -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type=etype, date=date, text=text,
                      evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def _anniversaries(pages: list[tuple[str, str | None, str, str | None]]) -> list[tuple[str | None, str]]:
    quake = "The earthquake struck Varna on March 4, 2031."
    docs = [_doc("a", "2031-03-05", quake)]
    claims = [_claim("a1", "a", "disaster", "Earthquake strikes", quake, "2031-03-04")]
    for i, (pid, published, sentence, date) in enumerate(pages):
        docs.append(_doc(pid, published, sentence))
        claims.append(_claim(f"{pid}{i}", pid, "anniversary", "Tenth anniversary marked", sentence, date))
    return [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "anniversary"]


def test_a_page_written_on_the_day_tells_the_anniversary_day() -> None:
    s = "Survivors and relatives gathered for a memorial service on the tenth anniversary of the quake."
    # the per-document stage dated it two days early from a stray phrase of its paragraph
    assert _anniversaries([("b", "2041-03-05", s, "2041-03-02")]) == [("2041-03-04", "Tenth anniversary marked")]


def test_a_page_naming_its_own_day_keeps_it() -> None:
    s = "Thousands marked the tenth anniversary of the quake on Sunday with a minute of silence."
    assert _anniversaries([("b", "2041-03-05", s, "2041-03-03")]) == [("2041-03-03", "Tenth anniversary marked")]


def test_a_look_back_months_later_is_not_moved_to_the_anniversary() -> None:
    s = "The town held a memorial on the tenth anniversary of the quake, the report recalls."
    found = _anniversaries([("b", "2041-09-20", s, None)])
    assert found and all(d != "2041-03-04" for d, _ in found)


def test_a_protests_anniversary_dated_to_its_month_gets_the_day_the_killings_began() -> None:
    first = "At least 14 protesters were killed on Friday at the border fence."
    later = "March 15, 2032, marked the first anniversary of the march and of its first deaths."
    docs = [_doc("a", "2031-03-14", first), _doc("b", "2032-03-16", later)]
    claims = [_claim("a1", "a", "killings", "At least 14 protesters killed", first, "2031-03-14"),
              _claim("b1", "b", "anniversary", "First anniversary marked", later, "2032-03")]
    entries = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "anniversary"]
    assert entries == [("2032-03-14", "First anniversary marked")]


def test_the_day_an_anniversary_is_of_is_not_the_day_it_is_marked() -> None:
    s = "Crowds gathered in Varna as the town marked the tenth anniversary of March 4, 2031."
    # the per-document stage read the happening's day off "the anniversary of <day>"
    assert _anniversaries([("b", "2041-03-04", s, "2031-03-04")]) == [("2041-03-04", "Tenth anniversary marked")]
    # a page months later keeps no day at all rather than the happening's own
    assert all(d != "2031-03-04" for d, _ in _anniversaries([("c", "2041-09-20", s, "2031-03-04")]))
