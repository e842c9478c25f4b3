"""A crowd's flight on the timeline, in invented sentences: who fled and where to, on its day;
not a named person fleeing a scene, nor a relative clause telling who people are."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim


def _events(nlp, text: str, published: str = "2031-05-16") -> list[EventClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "flight"]


@pytest.mark.parametrize(
    ("text", "date", "headline"),
    [
        ("Thousands of terrified villagers fled for the border Saturday but hundreds returned to the square.",
         "2031-05-10", "Thousands flee for border"),
        ("More than 2,000 residents fled into Ruritania on Sunday, officials said.", "2031-05-11",
         "More than 2,000 residents flee into Ruritania"),
        ("Some 400 families fled their homes in Zenda on Monday.", "2031-05-12", "Some 400 families flee"),
    ],
)
def test_a_crowd_flight_is_dated_and_headed_with_who_and_where(nlp, text: str, date: str, headline: str) -> None:
    found = _events(nlp, text)
    assert [(c.date, c.text) for c in found] == [(date, headline)]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman fled the scene on Friday before police arrived.",
        "Refugees who fled the fighting said on Friday they dared not return home.",
        "Rudolf Smith fled on Friday.",
    ],
)
def test_no_crowd_flight(nlp, text: str) -> None:
    assert _events(nlp, text) == []
