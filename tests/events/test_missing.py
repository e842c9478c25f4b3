"""Missing-people entries read from invented figures: a list that grows and shrinks, a count
another one replaced, a forecast, and the happening's own day."""

from __future__ import annotations

from counterpoint.events.missing import missing_entries
from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence, FigureClaim


def _missing(cid: str, doc: str, value: float, sentence: str, as_of: str | None = None,
             supersedes: tuple[str, ...] = (), subject: str | None = "person") -> FigureClaim:
    return FigureClaim(id=cid, document=doc, measure="missing", value=value, low=None, high=None, qualifier="exact",
                       unit="people", subject=subject, as_of=as_of, supersedes=supersedes,
                       evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def test_the_count_of_the_missing_is_told_on_the_days_it_moved() -> None:
    claims = [
        # wire: a list that grows, told with its old value
        _missing("a1", "a", 631, "The list of people unaccounted for rose from 631 to 1,011 on Friday.", "2031-11-16"),
        _missing("a2", "a", 1011, "The list of people unaccounted for rose from 631 to 1,011 on Friday.", "2031-11-16",
                 supersedes=("a1",)),
        # local paper, undated page: the day its document reports
        _missing("b1", "b", 700, "The sheriff says the list of those unaccounted for has dropped to around 700."),
        # rights group, same count again: no news
        _missing("c1", "c", 700, "Some 700 people are still missing, the group said.", "2031-11-21"),
        # a forecast is not a count
        _missing("d1", "d", 2000, "Officials said up to 2,000 could be missing.", "2031-11-22"),
    ]
    days = {"b": "2031-11-20", "c": "2031-11-21"}
    entries = [(e.date, e.text) for e in missing_entries(claims, days, "2031-11-08")]
    assert entries == [("2031-11-16", "1,011 people reported missing"),
                       ("2031-11-20", "Number of missing falls to 700")]


def test_no_missing_count_on_the_happenings_own_day_or_before() -> None:
    claims = [_missing("a1", "a", 40, "At least 40 people are missing after the blast on Tuesday.", "2031-03-04"),
              _missing("a2", "a", 12, "Twelve fishermen went missing in a storm in 2029.", "2029-05-01")]
    assert missing_entries(claims, {}, "2031-03-04") == []


def test_missing_vehicles_or_uncued_counts_are_not_people_missing() -> None:
    claims = [_missing("a1", "a", 30, "Thirty cars are missing from the depot.", "2031-03-06", subject="car"),
              _missing("a2", "a", 30, "Rescuers are searching for 30 people.", "2031-03-06")]
    assert missing_entries(claims, {}, "2031-03-04") == []


def test_missing_entries_join_the_timeline() -> None:
    doc = Document(id="a", path="a.txt", status="ok", text="x", published="2031-03-06")
    quake = EventClaim(id="e1", document="a", event_type="disaster", date="2031-03-04", text="Earthquake strikes Varna",
                       evidence=Evidence(document="a", start=0, end=1, text="x"))
    claims = [quake, _missing("m1", "a", 210, "Some 210 people remain unaccounted for.")]
    assert ("2031-03-06", "210 people reported missing") in [(e.date, e.text) for e in build_timeline([doc], claims)]
