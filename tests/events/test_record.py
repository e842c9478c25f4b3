"""The record after a happening: a coup attempt (failed or not), detainees freed, an inquiry's
report, an anniversary marked; and a date that belongs to another happening named in the
sentence ("detained after the March 3 coup attempt") does not date the clause's own act.
Invented sentences in wire, state-media, rights-group and local-paper styles."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str | None = "2031-04-20") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


def _of(found: list[EventClaim], etype: str) -> list[EventClaim]:
    return [c for c in found if c.event_type == etype]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dozens of officers were jailed over the failed March 3 coup attempt in Valdora.", "2031-03-03"),
        ("Rebel colonels launched a coup attempt on Friday night, driving tanks onto the bridges.", "2031-04-18"),
        ("The state broadcaster said the abortive coup on March 3 was crushed within hours.", "2031-03-03"),
    ],
)
def test_a_failed_coup_attempt_is_a_happening(nlp, text: str, date: str) -> None:
    (coup,) = _of(_events(nlp, text), "coup")
    assert coup.date == date
    assert "coup" in coup.text.lower() and "seizes power" not in coup.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "A planned coup was exposed by the newspaper in March.",
        "The minister warned of a possible coup attempt.",
    ],
)
def test_a_coup_only_planned_or_feared_is_none(nlp, text: str) -> None:
    assert not _of(_events(nlp, text), "coup")


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("A total of 412 cadets who had been detained were released on Saturday.", "2031-04-19",
         "released"),
        ("Opposition leader Ivo Brandt was freed on Thursday after six weeks in custody.", "2031-04-17",
         "ivo brandt freed"),
        ("Authorities released 30 detainees on Monday, the interior ministry said.", "2031-04-14", "released"),
    ],
)
def test_detainees_freed(nlp, text: str, date: str, words: str) -> None:
    (rel,) = _of(_events(nlp, text), "release")
    assert rel.date == date and words in rel.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Three wounded miners were released from hospital on Tuesday.",
        "Police released footage of the two men on Friday.",
        "The ministry released a statement on Monday.",
    ],
)
def test_not_a_release_of_detainees(nlp, text: str) -> None:
    assert not _of(_events(nlp, text), "release")


def test_a_detention_told_in_a_relative_clause_does_not_take_the_main_verbs_day(nlp) -> None:
    found = _events(nlp, "Forty students who had been detained at the rally were released on Saturday.")
    assert all(c.date != "2031-04-19" for c in _of(found, "arrests"))


@pytest.mark.parametrize(
    "text",
    [
        "More than 900 soldiers have been arrested since the failed coup attempt on March 3.",
        "Police detained 40 people after the March 3 protest in the capital.",
        "Officers detained in the fallout of the March 3 coup attempt were named on Tuesday.",
    ],
)
def test_another_happenings_day_does_not_date_the_arrests(nlp, text: str) -> None:
    for c in _of(_events(nlp, text), "arrests"):
        assert c.date != "2031-03-03" and c.date_partial != "--03-03", c


def test_an_arrest_keeps_the_day_of_its_own_noun(nlp) -> None:
    (arrest,) = _of(_events(nlp, "The arrest of the union leader on March 2 angered the dockers."), "arrests")
    assert arrest.date == "2031-03-02"


@pytest.mark.parametrize(
    ("text", "date", "who"),
    [
        ("The national rights council held a press conference on Monday to release its final report on the raid.",
         "2031-04-14", "council"),
        ("The safety board said on Tuesday in its final report that a missile brought the airliner down.",
         "2031-04-15", "safety board"),
        ("Amnesty International published a report on the killings on Wednesday.", "2031-04-16", "amnesty"),
    ],
)
def test_an_inquiry_report_made_public(nlp, text: str, date: str, who: str) -> None:
    (rep,) = _of(_events(nlp, text), "report")
    assert rep.date == date and who in rep.text.lower() and "report" in rep.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Local media reported on Monday that the bridge was closed.",
        "According to a report in the daily, the mayor was warned.",
    ],
)
def test_not_a_report_published(nlp, text: str) -> None:
    assert not _of(_events(nlp, text), "report")


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Hundreds rallied in the capital on Tuesday to mark the fifth anniversary of the dispersal.", "2031-04-15",
         "fifth anniversary"),
        ("Survivors gathered on Sunday to commemorate the anniversary of the flood.", "2031-04-20", "anniversary"),
    ],
)
def test_an_anniversary_marked(nlp, text: str, date: str, words: str) -> None:
    (ann,) = _of(_events(nlp, text), "anniversary")
    assert ann.date == date and words in ann.text.lower()


@pytest.mark.parametrize(
    ("text", "date", "label"),
    [
        ("A train carrying the bodies of the passengers arrived in Lyon on Tuesday.", "2031-04-15",
         "bodies arrive in lyon"),
        ("The first 40 bodies were flown to Rotterdam on Wednesday, the ministry said.", "2031-04-16",
         "bodies flown to rotterdam"),
    ],
)
def test_the_dead_taken_home(nlp, text: str, date: str, label: str) -> None:
    (moved,) = _of(_events(nlp, text), "bodies_moved")
    assert moved.date == date and moved.text.lower() == label


@pytest.mark.parametrize(
    "text",
    [
        "Investigators arrived at the field where bodies lay on Monday.",
        "Rescuers flew to the island on Monday to search for survivors.",
    ],
)
def test_not_the_dead_taken_home(nlp, text: str) -> None:
    assert not _of(_events(nlp, text), "bodies_moved")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("At least 120 people were detained during yesterday's protests in four cities.", "2031-04-19"),
        ("Police arrested 30 marchers at Sunday's rally outside the court.", "2031-04-20"),
    ],
)
def test_an_act_during_another_happening_takes_its_day(nlp, text: str, date: str) -> None:
    (arrest,) = _of(_events(nlp, text), "arrests")
    assert arrest.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The army ousted President Ivo Brandt on March 3 and suspended the constitution.", "2031-03-03"),
        ("Crowds backed the premier, who had been overthrown by the military on March 3.", "2031-03-03"),
    ],
)
def test_a_coup_told_by_its_verb(nlp, text: str, date: str) -> None:
    (coup,) = _of(_events(nlp, text), "coup")
    assert coup.date == date and "coup" in coup.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The army removed the barricades on Monday.",
        "Voters ousted the mayor on March 3.",
    ],
)
def test_not_a_coup_by_verb(nlp, text: str) -> None:
    assert not _of(_events(nlp, text), "coup")
