"""Injured-count entries read from invented figures: a running total named or counted from the
start, raised over the days; the wounded of one clash or one hospital are no total."""

from __future__ import annotations

from counterpoint.events.injured import injured_entries
from counterpoint.models import Evidence, FigureClaim


def _injured(cid: str, doc: str, value: float, sentence: str, as_of: str | None = None,
             subject: str | None = "person") -> FigureClaim:
    return FigureClaim(id=cid, document=doc, measure="injured", value=value, low=None, high=None, qualifier="exact",
                       unit="people", subject=subject, as_of=as_of,
                       evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def test_the_running_count_of_the_injured_is_told_on_the_days_it_rose() -> None:
    claims = [
        # wire: the toll of the injured named
        _injured("a1", "a", 1200, "Authorities said the injured toll from the riots stood at 1,200.", "2031-07-07"),
        # the same total again: no news
        _injured("b1", "b", 1200, "The number of people injured was 1,200, officials said."),
        # a commission counting from the start
        _injured("c1", "c", 1640, "The commission said more than 1,640 people had been injured since the start of "
                                  "the protests.", "2031-07-12"),
        # the wounded of one clash: no total
        _injured("d1", "d", 3000, "At least 3,000 people were wounded in clashes in the port on Saturday.", "2031-07-13"),
        # a lower count later is another count, not a fall
        _injured("e1", "e", 900, "So far 900 people have been treated and injured in all, the hospital said.",
                 "2031-07-14"),
        # a forecast is not a count
        _injured("f1", "f", 5000, "The injured toll could reach 5,000, the agency said.", "2031-07-15"),
    ]
    entries = [(e.date, e.text) for e in injured_entries(claims, {"b": "2031-07-09"}, "2031-07-05")]
    assert entries == [("2031-07-07", "Number of injured stands at 1,200"),
                       ("2031-07-12", "Number of injured rises to 1,640")]


def test_no_injured_count_before_the_happening_or_of_things() -> None:
    claims = [_injured("a1", "a", 40, "In all, 40 people were injured in a riot in 2029.", "2029-05-01"),
              _injured("a2", "a", 12, "The injured toll of vehicles reached 12.", "2031-07-08", subject="vehicle")]
    assert injured_entries(claims, {}, "2031-07-05") == []
