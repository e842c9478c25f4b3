"""Gunfire in invented sentences: people killed by an army's or a sniper's fire are killings of
their day, and such fire is no blaze breaking out."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim


def _events(nlp, text: str, published: str = "2031-07-27") -> list[EventClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Three villagers were killed by gunfire in Zenda on Friday.", "Three villagers killed"),
        ("Four people were killed by sniper fire in Zenda on Friday.", "Four people killed"),
        ("Two Ruritanians were killed by Strelsaurian fire at the border on Friday.", "Two Ruritanians killed"),
    ],
)
def test_killed_by_armed_fire_is_a_killing(nlp, text: str, headline: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "killings"]
    assert found and found[0].text.startswith(headline)


@pytest.mark.parametrize(
    "text",
    [
        "Two protesters were wounded by Strelsaurian fire near the fence on Friday.",
        "Sniper fire pinned down the rescuers on Friday.",
    ],
)
def test_gunfire_is_no_blaze(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type == "disaster"]


def test_killed_by_the_fire_is_the_blaze(nlp) -> None:
    assert not [c for c in _events(nlp, "Twelve residents were killed by the fire on Friday.")
                if c.event_type == "killings"]
