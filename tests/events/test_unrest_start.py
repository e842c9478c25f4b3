"""The start of unrest, in invented sentences of several styles: violence between groups is a
start headed as violence, a renewal ("broke out again") is no start, and a start told in a
since-clause takes no date from the sentence's main verb."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _starts(nlp, text: str, published: str = "2031-06-14") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "protest_start"]


# 2031-06-14 is a Saturday
@pytest.mark.parametrize(
    ("text", "date"),
    [
        # wire: a relative clause of the city
        ("Bodies lay in the streets of Varna, where the violence began on Thursday night.", "2031-06-12"),
        # local paper: the violence as subject, the date after the place
        ("Ethnic violence erupted in the old town of Varna on June 11 and spread to nearby villages.",
         "2031-06-11"),
        # rights group
        ("Fighting broke out between rival groups in the market district on Wednesday, witnesses said.",
         "2031-06-11"),
    ],
)
def test_violence_between_groups_is_a_start_headed_as_violence(nlp, text: str, date: str) -> None:
    found = _starts(nlp, text)
    assert found and found[0].date == date and found[0].text.startswith("Violence breaks out")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out again on Monday when soldiers entered the Tarsk quarter, a researcher said.",
        "Protests flared anew in the capital on Friday after the verdict.",
        "Rioting erupted once more in the port city overnight, state television reported.",
    ],
)
def test_a_renewal_is_no_start(nlp, text: str) -> None:
    assert _starts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The interim leader said on Friday the toll could be far higher, as she paid her first visit to "
        "the south since the unrest began.",
        "Officials said on Friday that calm had largely held in Varna since the riots broke out.",
    ],
)
def test_a_start_told_in_a_since_clause_takes_no_date_of_the_main_verb(nlp, text: str) -> None:
    found = _starts(nlp, text)
    assert found and all(c.date is None for c in found)


def test_a_start_told_in_a_since_clause_keeps_its_own_date(nlp) -> None:
    found = _starts(nlp, "Tension has stayed high in Varna since riots broke out on June 10, the mayor said Friday.")
    assert found and found[0].date == "2031-06-10"
