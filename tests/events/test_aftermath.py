"""The acts of a disaster's aftermath and of unrest: a fire contained, a search called off or
resumed, people evacuated, a building demolished, a licence revoked, money pledged. Each is a short
clause dated by the date next to it (invented sentences about invented places)."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str | None = "2024-03-20") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "etype", "date", "words"),
    [
        ("The Pine Ridge fire was fully contained on March 12, fire officials said.", "containment",
         "2024-03-12", "fire contained"),
        ("It was contained March 12 after becoming the largest wildfire in the valley's history.", "containment",
         "2024-03-12", "fire contained"),
        ("Rescuers called off the search for survivors on Monday.", "search_halted", "2024-03-18",
         "search called off"),
        ("Search efforts were suspended for six hours on Sunday because a second levee threatened to give way.",
         "search_halted", "2024-03-17", "search suspended"),
        ("Crews resumed the search on March 15 once the water receded.", "search_resumed", "2024-03-15",
         "search resumes"),
        ("About 3,000 residents were evacuated from the lower town on March 9.", "evacuation", "2024-03-09",
         "3,000 residents evacuated"),
        ("The mayor ordered the evacuation of the riverside districts on March 9.", "evacuation", "2024-03-09",
         "evacuation ordered"),
        ("Engineers demolished the rest of the hotel tower on Sunday night.", "demolition", "2024-03-17",
         "tower demolished"),
        ("On March 11 the ministry revoked the concessions of the motorway operator.", "revocation", "2024-03-11",
         "concessions revoked"),
        ("The mining company pledged 200 million dollars on Friday to rebuild the valley.", "pledge", "2024-03-15",
         "pledges"),
    ],
)
def test_aftermath_acts_are_dated_clauses(nlp, text: str, etype: str, date: str, words: str) -> None:
    found = _events(nlp, text)
    mine = [c for c in found if c.event_type == etype]
    assert mine, [(c.event_type, c.text) for c in found]
    assert mine[0].date == date, mine[0]
    assert words in mine[0].text.lower(), mine[0].text
    assert len(mine[0].text.split()) >= 2  # a clause, not a bare noun


@pytest.mark.parametrize(
    "text",
    [
        "By Monday night the fire was 40 percent contained.",  # progress, not the end
        "The blaze is 65% contained.",
        "Officials contained their anger at the meeting on Monday.",  # not a fire
        "The football match on Thursday was called off because of the smoke.",  # not a search
        "Police said the search would be suspended if the rain returned.",  # not done
        "The ministry threatened to revoke the operator's concessions.",  # only threatened
        "The council will demolish the old school next year.",  # a plan
    ],
)
def test_not_aftermath_acts(nlp, text: str) -> None:
    kinds = {"containment", "search_halted", "search_resumed", "demolition", "revocation", "evacuation", "pledge"}
    assert not [c for c in _events(nlp, text) if c.event_type in kinds], _events(nlp, text)


def test_a_patient_named_by_its_participle_says_it_once(nlp) -> None:
    found = [c for c in _events(nlp, "Lawyers for two arrested engineers spoke on Monday.") if c.event_type == "arrests"]
    assert found
    assert found[0].text == "Two engineers arrested", found[0].text
