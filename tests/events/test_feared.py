"""Feared and projected counts of the dead on the timeline, in invented sentences: news of their
day when above the toll, told once, and never a projection the count does not hang on."""

from __future__ import annotations

from counterpoint.events.feared import feared_entries
from counterpoint.models import Document, EventClaim, Evidence, FigureClaim, TimelineEntry


def _fig(cid: str, doc: str, value: float, sentence: str, hedged: bool = True) -> FigureClaim:
    return FigureClaim(id=cid, document=doc, measure="killed", value=value, low=None, high=None,
                       qualifier="exact", unit="people", subject="person", hedged=hedged,
                       evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def _toll(day: str, value: str) -> TimelineEntry:
    return TimelineEntry(date=day, text=f"Death toll rises to {value}", documents=("x",), claims=(),
                         event_type="toll")


DAYS = {"a": "2031-03-09", "b": "2031-03-10", "c": "2031-03-12", "d": "2031-03-12"}


def _doc(doc: str, text: str) -> Document:
    return Document(id=doc, path=f"{doc}.txt", status="ok", text=text, published=DAYS.get(doc))


def test_a_feared_count_above_the_toll_is_news_of_its_day_once() -> None:
    # the fears are no figures (figures.projections): the timeline reads them from the text
    docs = [_doc("a", "More than 1,000 people are feared dead after the cyclone hit Zenda on Friday, the president said."),
            _doc("b", "The president predicts that more than 1,000 people could have died.")]
    claims = [_fig("c1", "c", 300000, "Perhaps we could arrive at 300,000 deaths, the prime minister said.")]
    entries = feared_entries(docs, claims, DAYS, "2031-03-07", [_toll("2031-03-08", "84")])
    assert [(e.date, e.text) for e in entries] == [("2031-03-09", "1,000 feared dead"),
                                                    ("2031-03-12", "Death toll could reach 300,000")]


def test_a_forecast_of_the_toll_is_read_from_the_text() -> None:
    docs = [_doc("b", "Officials said the death toll could climb to 2,500 as rescuers reach remote villages."),
            _doc("c", "The death toll could rise further, as over 100 people are still stranded on rooftops.")]
    entries = feared_entries(docs, [], DAYS, "2031-03-07", [_toll("2031-03-08", "84")])
    assert [(e.date, e.text) for e in entries] == [("2031-03-10", "Death toll could reach 2,500")]


def test_counts_below_the_toll_or_not_feared_make_no_entry() -> None:
    docs = [_doc("a", "Some 50 people are feared dead, officials said."),
            _doc("c", "A study estimates that 5,000 people could have died."),
            _doc("d", "In 1999 a cyclone that may have killed 2,000 people struck the coast.")]
    claims = [_fig("b1", "b", 33, "The death toll could rise further, as 33 others remain in serious condition.")]
    assert feared_entries(docs, claims, DAYS, "2031-03-07", [_toll("2031-03-08", "84")]) == []


def test_the_happenings_own_day_is_not_the_day_a_fear_was_said() -> None:
    docs = [_doc("b", "At least 400 people are feared dead in a quake that hit Zenda on Sunday.")]
    entries = feared_entries(docs, [], DAYS, "2031-03-07", [])
    assert [(e.date, e.text) for e in entries] == [("2031-03-10", "400 feared dead")]
    said = [_fig("c1", "c", 900, "The aid agency estimated Tuesday that the toll could be as high as 900.")]
    assert [(e.date, e.text) for e in feared_entries([], said, DAYS, "2031-03-07", [])] == [
        ("2031-03-11", "Death toll could reach 900")]


def test_the_timeline_tells_a_fear_beside_the_toll() -> None:
    from counterpoint.events.timeline import build_timeline

    texts = {"a": "The death toll rose to 84.", "b": "More than 1,000 people are feared dead, the president said."}
    docs = [Document(id=i, path=f"{i}.txt", status="ok", text=texts[i], published=p)
            for i, p in (("a", "2031-03-09"), ("b", "2031-03-10"))]
    claims = [EventClaim(id="e1", document="a", event_type="disaster", date="2031-03-08", text="Storm hits Zenda",
                         evidence=Evidence(document="a", start=0, end=1, text="x")),
              _fig("a1", "a", 84, "The death toll rose to 84.", hedged=False)]
    texts = [(e.date, e.text) for e in build_timeline(docs, claims)]
    assert ("2031-03-10", "1,000 feared dead") in texts and ("2031-03-09", "Death toll stands at 84") in texts
