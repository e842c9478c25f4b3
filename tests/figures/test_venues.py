"""Keys of venue names: several spellings of one site meet, other sites stay apart (invented names)."""

from __future__ import annotations

import pytest

from counterpoint.figures.venues import venue_elsewhere, venue_key


@pytest.mark.parametrize(("name", "key"), [
    ("Masjid Al Tawba Mosque", "al tawba"),
    ("the Al Tawba mosque", "al tawba"),
    ("the suburban Brookfield Masjid Mosque", "brookfield"),
    ("Brookfield Islamic Centre mosque", "brookfield"),
    ("Lumiere concert hall", "lumiere"),
    ("city concert venue Lumiere", "lumiere"),
    ("Verdant sit-in", "verdant"),
    # a venue named by common words keeps them
    ("second mosque", "second mosque"),
    # no venue noun: not a venue's name
    ("Westrland", None),
])
def test_venue_key(name, key):
    assert venue_key(name) == key


def test_a_bare_name_is_the_venue_the_article_calls_it():
    text = "He fired at worshippers at Al Tawba. The Al Tawba mosque stayed shut for a week."
    assert venue_elsewhere("Al Tawba", text) == "Al Tawba mosque"
    assert venue_elsewhere("Brookfield", text) is None
