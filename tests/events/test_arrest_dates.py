"""Arrests dated and headed in invented sentences: a date of another happening inside a
prepositional phrase that does not hang from the arrest is not its date, and people held are
named by their trade or service when a count is given."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _arrests(nlp, text: str, published: str = "2031-07-31") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "Forty cadets were arrested on charges of taking part in the March 3 mutiny.",
        "Some 300 of the 900 officers who had been detained on suspicion of a role in the July 15 coup bid "
        "were freed on Monday.",
    ],
)
def test_the_date_of_the_happening_they_are_suspected_of_is_not_the_arrests(nlp, text: str) -> None:
    found = _arrests(nlp, text)
    assert found and all(c.date is None for c in found)


def test_an_arrest_during_a_happening_keeps_its_day(nlp) -> None:
    found = _arrests(nlp, "Dozens of officers were detained during Sunday's protests in the capital.")
    assert found and found[0].date == "2031-07-27"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Sixty-three servicemen have been detained in the province as part of the purge.",
         "Sixty-three servicemen detained"),
        ("Police detained 12 teachers in the capital on Tuesday.", "12 teachers detained"),
        ("Forty cadets were arrested at the academy.", "Forty cadets arrested"),
    ],
)
def test_people_held_are_named_by_their_trade_or_service(nlp, text: str, headline: str) -> None:
    found = _arrests(nlp, text)
    assert found and found[0].text == headline
