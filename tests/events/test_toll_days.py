"""Which day a toll belongs to, and which tolls are the day's, in invented sentences: a riot's
outbreak anchors its tolls as a disaster's day does, a toll told as the previous one or as an
injured toll is no death toll of the day, a raise announced without its number takes the next
count, a body sentence giving the toll's own day wins over the title, and a day near the toll
other than the happening's is the day it was counted."""

from __future__ import annotations

from toll_claims import doc as _doc
from toll_claims import happening as _ev
from toll_claims import killed as _killed
from toll_claims import tolls as _tolls

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Evidence, FigureClaim


def test_a_riots_outbreak_day_is_when_it_struck_not_when_its_toll_was_counted() -> None:
    s = "The death toll has risen to 61 following the riot on Sunday evening in Zenda, officials said."
    docs = [_doc("a", "2031-03-03", s), _doc("b", "2031-03-03")]
    claims = [_ev("b1", "b", "2031-03-02", "protest_start", "Violence breaks out"), _killed("a1", "a", 61, s, s)]
    assert _tolls(docs, claims) == [("2031-03-03", "Death toll stands at 61")]


def test_the_previous_toll_and_an_injured_toll_are_not_the_days_toll() -> None:
    text = "The death toll rose to 90 on Wednesday. The previous death toll was 75. The injured toll rose to 640."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", text)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 90, text, "The death toll rose to 90 on Wednesday."),
              _killed("b2", "b", 75, text, "The previous death toll was 75."),
              _killed("b3", "b", 640, text, "The injured toll rose to 640.")]
    assert _tolls(docs, claims) == [("2031-03-05", "Death toll stands at 90")]


def test_a_raise_announced_without_its_number_takes_the_next_count() -> None:
    text = ("Officials raised the death toll from the Strelsau blast on Saturday. "
            "The state news agency said 184 people had died in the blast.")
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-08", text)]
    claims = [_ev("a1", "a", "2031-03-04"),
              _killed("b1", "b", 184, text, "The state news agency said 184 people had died in the blast.")]
    assert _tolls(docs, claims) == [("2031-03-08", "Death toll stands at 184")]


def test_the_body_sentence_giving_the_tolls_day_wins_over_the_title() -> None:
    text = ("Officials say death toll from the blast up to 192\n\nThe regional committee said on Wednesday, "
            "March 12 that the death toll from the blast at the grain terminal, which struck on March 4, "
            "increased to 192 people.")
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-19", text)]
    claims = [_ev("a1", "a", "2031-03-04"),
              _killed("b1", "b", 192, text, "Officials say death toll from the blast up to 192")]
    assert _tolls(docs, claims) == [("2031-03-12", "Death toll stands at 192")]


def test_a_toll_issued_the_day_after_the_happening_is_that_days() -> None:
    s = ("At least 2,340 people were killed in the earthquake that struck late on Friday evening, "
         "according to an updated toll issued on Saturday at 10 pm.")
    docs = [_doc("a", "2031-03-07"), _doc("b", "2031-03-09", s)]  # 2031-03-07 is a Friday
    claims = [_ev("a1", "a", "2031-03-07"), _killed("b1", "b", 2340, s, s)]
    assert _tolls(docs, claims) == [("2031-03-08", "Death toll stands at 2,340")]


def test_an_undated_page_reports_the_day_its_source_is_cited_for() -> None:
    from counterpoint.events.tolls import report_day

    lead = ("Quake toll hits 9,120\n\nThe toll in the country rose to 9,120, according to the disaster "
            "agency on Thursday.")
    assert report_day(_doc("b", None, lead), "2031-03-03") == "2031-03-06"  # 2031-03-03 is a Monday


def test_one_countrys_toll_told_by_more_pages_does_not_displace_the_whole() -> None:
    whole = "The death toll from the quake in both countries climbed above 15,000 on Wednesday."
    part = "The death toll in Ruritania rose to 12,300, the agency said on Thursday."
    docs = [_doc("a", "2031-03-03"), _doc("b", "2031-03-06", whole), _doc("c", None, part),
            _doc("d", None, part), _doc("e", "2031-03-06", part)]  # c and d: days inferred (Thursday)
    claims = [_ev("a1", "a", "2031-03-03"), _killed("b1", "b", 15000, whole, whole),
              _killed("c1", "c", 12300, part, part), _killed("d1", "d", 12300, part, part),
              _killed("e1", "e", 12300, part, part)]
    assert _tolls(docs, claims) == [("2031-03-05", "Death toll stands at 15,000")]


def _sourced(cid: str, doc: str, value: float, sentence: str, origin: str, low: float | None = None) -> FigureClaim:
    from counterpoint.models import Source

    return FigureClaim(id=cid, document=doc, measure="killed", value=value, low=low,
                       high=None if low is None else 2 * value - low, qualifier="exact" if low is None else "range",
                       unit="people", subject="person", as_of=None, sources=(Source(name=origin, role="origin"),),
                       evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def test_a_bodys_own_estimate_of_the_dead_is_an_entry_of_its_day() -> None:
    s = "The Red Crescent says it estimates there have been 30,000-40,000 deaths in the earthquake."
    docs = [_doc("a", "2031-03-03"), _doc("b", "2031-03-05", s)]
    claims = [_ev("a1", "a", "2031-03-03"), _sourced("b1", "b", 35000, s, "The Red Crescent", low=30000)]
    entries = [(e.date, e.text) for e in build_timeline(docs, claims) if e.date == "2031-03-05"]
    assert entries == [("2031-03-05", "Red Crescent estimates 40,000 deaths")]


def test_an_estimate_of_something_else_beside_a_toll_is_no_estimate_of_the_dead() -> None:
    s = ("The death toll held at 135, yet the estimate of those made homeless rose to 300,000, with losses "
         "estimated at $10 billion, the governor said.")
    docs = [_doc("a", "2031-03-03"), _doc("b", "2031-03-05", s)]
    claims = [_ev("a1", "a", "2031-03-03"), _sourced("b1", "b", 300000, s, "the governor")]
    assert not [e for e in build_timeline(docs, claims) if "estimates" in e.text]


def test_earlier_this_month_dates_the_happening_not_an_old_toll() -> None:
    s = "State radio reports the official death toll from the cyclone earlier this month has climbed to 41,230."
    docs = [_doc("a", "2031-03-03"), _doc("b", "2031-03-17", s)]
    claims = [_ev("a1", "a", "2031-03-03"), _killed("b1", "b", 41230, s, s)]
    assert _tolls(docs, claims) == [("2031-03-17", "Death toll stands at 41,230")]


def test_a_later_month_the_page_looks_ahead_to_does_not_stop_its_weekday() -> None:
    from counterpoint.events.tolls import report_day

    lead = ("The toll rose to 9,120, according to the disaster agency on Thursday. The president, who "
            "contests an election in May, visited the region.")
    assert report_day(_doc("b", None, lead), "2031-03-03") == "2031-03-06"
    later = "The toll rose to 9,120, according to the agency on Thursday. In May the inquiry reported."
    assert report_day(_doc("c", None, later), "2031-03-03") is None  # a page written in May or after
