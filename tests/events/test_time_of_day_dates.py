"""A date phrase told as a stretch of its day ("in the early hours of Monday", "on the night of
June 3") dates the clause it stands in, as the bare day would; invented sentences."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str = "2031-06-06") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "In the early hours of Monday, riot police stormed the protest camp outside the ministry.",
        "On the night of June 2, riot police stormed the protest camp outside the ministry.",
    ],
)
def test_a_stretch_of_a_day_dates_the_clause(nlp, text: str) -> None:
    stormed = [c for c in _events(nlp, text) if c.event_type == "storming"]
    assert stormed and stormed[0].date == "2031-06-02"


def test_the_date_of_another_noun_still_does_not(nlp) -> None:
    text = "The cabinet declared a state of emergency because of the events of Monday in the capital."
    found = [c for c in _events(nlp, text) if c.event_type == "state_of_emergency"]
    assert found and found[0].date is None
