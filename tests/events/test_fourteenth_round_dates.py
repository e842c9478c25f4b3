"""Event dates, fourteenth round: whose a date phrase is when the parse slips (a sentence-final
weekday's full stop, a naming participle, a gapped participle), a happening told in an after/before
clause, and a report or an order told by a participle on its noun. Sentences written for the tests."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str = "2031-03-07") -> list[EventClaim]:  # a Friday
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


def _dated(nlp, text: str, etype: str) -> str | None:
    found = [c for c in _events(nlp, text) if c.event_type == etype]
    assert found, f"no {etype} in {text!r}"
    return found[0].date


@pytest.mark.parametrize(
    ("text", "etype", "date"),
    [
        # a naming participle between the verb and its date
        ("Cyclone Omar hit the coastal province, also known as the Delta, on Wednesday with winds of 180 km/h.",
         "disaster", "2031-03-05"),
        ("Police arrested the suspect, dubbed the Night Rider by local papers, on Tuesday.", "arrests", "2031-03-04"),
        # a gapped participle ("and scores wounded by ...") at a sentence's end, a second paragraph after it
        ("Medics said four marchers were killed and scores wounded by police fire near the palace on Thursday.\n\n"
         "The interior ministry said officers came under attack.", "killings", "2031-03-06"),
        # a report or an order told by a participle on its noun
        ("The commission's final report, released on Tuesday, blamed the port operator.", "report", "2031-03-04"),
        ("The evacuation, ordered on Monday, emptied three villages.", "evacuation", "2031-03-03"),
    ],
)
def test_the_date_is_the_happenings_own(nlp, text: str, etype: str, date: str) -> None:
    assert _dated(nlp, text, etype) == date


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke to reporters on Thursday after the bodies arrived in the city.",
        "On Thursday, after the bodies arrived in the city, the mayor spoke to reporters.",
    ],
)
def test_a_happening_in_an_after_clause_is_not_dated_by_the_main_verb(nlp, text: str) -> None:
    assert _dated(nlp, text, "bodies_moved") is None


def test_an_after_clause_keeps_its_own_date(nlp) -> None:
    text = "Police fired tear gas after protesters stormed the parliament building on Wednesday."
    assert _dated(nlp, text, "storming") == "2031-03-05"


def test_a_tie_over_the_disasters_day_goes_to_the_first_coverage() -> None:
    from counterpoint.events.timeline import build_timeline
    from counterpoint.models import Document, Evidence

    docs = [Document(id="a", path="a.txt", status="ok", text="x" * 100, published="2031-05-05"),
            Document(id="b", path="b.txt", status="ok", text="x" * 100, published="2032-05-02")]

    def ev(cid: str, doc: str, day: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type="disaster", date=day, text="Cyclone strikes",
                          evidence=Evidence(document=doc, start=0, end=5, text="x"))

    # the anniversary piece a year on says the night before; the first coverage says the next day
    timeline = build_timeline(docs, [ev("b-e1", "b", "2031-05-02"), ev("a-e1", "a", "2031-05-03")])
    assert [e.date for e in timeline if e.event_type == "disaster"] == ["2031-05-03"]


def test_a_dayless_anniversary_takes_the_day_other_tellings_give_it() -> None:
    from counterpoint.events.timeline import build_timeline
    from counterpoint.models import Document, Evidence

    docs = [Document(id="a", path="a.txt", status="ok", text="x" * 100, published="2031-05-05"),
            Document(id="b", path="b.txt", status="ok", text="x" * 100, published="2032-05-02")]

    def ev(cid: str, doc: str, etype: str, day: str | None, text: str, said: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type=etype, date=day, text=text,
                          evidence=Evidence(document=doc, start=0, end=len(said), text=said))

    claims = [ev("a-e1", "a", "disaster", "2031-05-03", "Cyclone strikes", "The cyclone hit the delta on Saturday."),
              ev("b-e1", "b", "anniversary", "2032-05-02", "Anniversary marked",
                 "Villagers marked the anniversary on Sunday with prayers."),
              ev("b-e2", "b", "anniversary", None, "Anniversary marked", "The country remembers its dead.")]
    days = {e.date for e in build_timeline(docs, claims) if e.event_type == "anniversary"}
    assert days == {"2032-05-02"}


def test_a_tie_is_not_won_by_a_later_page_retelling_the_happening() -> None:
    from counterpoint.events.timeline import build_timeline
    from counterpoint.models import Document, Evidence

    docs = [Document(id="a", path="a.txt", status="ok", text="x" * 100, published="2031-10-12"),
            Document(id="b", path="b.txt", status="ok", text="x" * 100, published="2031-11-08")]

    def ev(cid: str, doc: str, day: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type="attack", date=day, text="Bombs explode",
                          evidence=Evidence(document=doc, start=0, end=5, text="x"))

    timeline = build_timeline(docs, [ev("b-e1", "b", "2031-11-08"), ev("a-e1", "a", "2031-10-12")])
    assert [e.date for e in timeline if e.event_type == "attack"] == ["2031-10-12"]
