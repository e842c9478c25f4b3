"""Timeline, sixteenth round: killings told by what the forces' act "left" ("a police raid left 14
people dead"), a long subject the parser reads as a noun with a clause on it, and a report told in
hard-wrapped wire copy (a line ending on "on", the weekday on the next). Sentences written for the tests."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str = "2031-03-07") -> list[EventClaim]:  # a Friday
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("A police raid on the town left 14 people dead on Sunday.", "14 people killed"),
        ("An army assault on the village left at least 30 people dead on Sunday.", "At least 30 people killed"),
        ("A crackdown by security forces left dozens of protesters dead on Sunday.", "Dozens killed"),
        # the parser reads the long subject as a noun with a clause on it ("raid ... left")
        ("A raid by pro-government forces in the rebel stronghold of Kolva left at least 14 people dead on Sunday, "
         "shortly after the president rejected talks.", "At least 14 people killed"),
    ],
)
def test_killings_told_by_what_the_forces_act_left(nlp, text: str, headline: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "killings"]
    assert found, f"no killings in {text!r}"
    assert found[0].date == "2031-03-02"
    assert found[0].text == headline


@pytest.mark.parametrize(
    "text",
    [
        "The storm left 40 people dead on Sunday.",  # a disaster's toll, no killing
        "A rebel assault on the town left 12 soldiers dead on Sunday.",  # not the state's act
        "Soldiers left the barracks on Sunday.",  # no one dead
    ],
)
def test_other_things_that_left_people_dead_are_no_killings(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type == "killings"]


def test_a_report_in_hard_wrapped_copy_keeps_its_weekday(nlp) -> None:
    text = ("LISBON, Oct 14 The ferry capsized in a squall and not\n"
            "because of overloading, the Ruritanian maritime board concluded on\n"
            "Tuesday in its final report on the sinking, which killed 61 people.")
    found = [c for c in _events(nlp, text, published="2031-10-14") if c.event_type == "report"]
    assert found and found[0].date == "2031-10-14"
