"""Gazetteer: historic and variant names, regions, disambiguation by focus and context."""

from __future__ import annotations

import pytest

from counterpoint.entities.gazetteer import is_known_place, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Alma-Ata", "Almaty"),
        ("Алматы", "Almaty"),
        ("Aktyubinsk", "Aktobe"),
        ("Guryev", "Atyrau"),
        ("Zhanaozen", "Zhanaozen"),
    ],
)
def test_variants_resolve_to_the_city(gaz, name: str, expected: str) -> None:
    p = gaz.resolve(name, focus_country="KZ")
    assert p is not None and p.name == expected and p.country == "KZ" and p.kind == "city"


def test_regions_and_countries(gaz) -> None:
    for name in ("Mangystau Oblast", "Mangitao", "Mangistau"):
        p = gaz.resolve(name, focus_country="KZ")
        assert p is not None and p.kind == "region" and p.admin1code == "09"
    assert gaz.resolve("Almaty Region", focus_country="KZ").kind == "region"
    assert gaz.resolve("the Republic of Kazakhstan").key == "country:KZ"
    assert gaz.resolve("Ill.").name == "Illinois"


def test_focus_and_context_disambiguate(gaz) -> None:
    springfield_il = gaz.resolve("Springfield", focus_country="US", context_admin1=frozenset({("US", "IL")}))
    assert springfield_il.admin1 == "Illinois"
    assert gaz.resolve("St. Louis", focus_country="US").admin1 == "Missouri"


def test_geo_record(gaz) -> None:
    geo = gaz.resolve("Zhanaozen").geo()
    assert geo.country == "KZ" and geo.geonameid == 607610
    assert abs(geo.lat - 43.34) < 0.1 and abs(geo.lon - 52.86) < 0.1


def test_small_towns_are_in_the_full_index(gaz) -> None:
    p = gaz.resolve("Bogue Chitto", focus_country="US")
    assert p is not None and p.admin1 == "Mississippi"


def test_light_index() -> None:
    assert is_known_place("Guryev") and not is_known_place("Tokayev")
