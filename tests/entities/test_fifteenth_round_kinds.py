"""Who's who on unseen coverage (issue 16, fifteenth session), in invented names and sentences: an
occasion named before its kind ("the Zendaa festival") is no person, a lake or a mountain named
after its kind ("Lake Tarla") is a place, and a body named "... Alliance" or "... League" is an
organization, whatever the model called them."""

from __future__ import annotations

import pytest
from linking_helpers import link_texts

from counterpoint.entities.context_votes import context_type


def _at(text: str, name: str, label: str = "person"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Crowds gathered at the annual Zendaa festival near the lake.", "Zendaa", "other"),
        ("Two million people took part in this year's Tarlat pilgrimage.", "Tarlat", "other"),
        ("Zendaa, a major religious festival of the Tarl people, draws millions.", "Zendaa", "other"),
        ("Shops closed for the Veska holidays.", "Veska", "other"),
        ("The annual Zendaa thanksgiving festival drew huge crowds.", "Zendaa", "other"),
        ("Violence broke out at the Zendaa (harvest) celebration on Sunday.", "Zendaa", "other"),
        # a person's possession or a person's name before a plain noun stays a person
        ("Jan Tarlen's celebrations were cut short.", "Jan Tarlen", None),
        ("Jan Tarlen, a festival organiser, said the gates were shut.", "Jan Tarlen", None),
        ("Jan Tarlen festival goers were told to leave.", "Jan Tarlen", None),
    ],
)
def test_an_occasion_named_before_its_kind_is_no_person(text: str, name: str, want) -> None:
    assert _at(text, name) == want


def test_an_occasion_the_model_calls_a_person_is_typed_other() -> None:
    texts = {"a": "At least 50 died at the Zendaa festival on Sunday.",
             "b": "Zendaa is held every year by the lake. Zendaa draws millions."}
    _, by = link_texts(texts, [("a", "Zendaa", "PERSON", "person"), ("b", "Zendaa", "PERSON", "person")])
    assert by["Zendaa"].type == "other"


def test_a_lake_or_a_mountain_named_after_its_kind_is_a_place() -> None:
    texts = {"a": "Pilgrims drowned in Lake Tarla on Sunday. Climbers died on Mount Vesk."}
    _, by = link_texts(texts, [("a", "Lake Tarla", "PERSON", "person"), ("a", "Mount Vesk", "PERSON", "person")])
    assert by["Lake Tarla"].type == "place" and by["Mount Vesk"].type == "place"


def test_a_body_named_alliance_or_league_is_an_organization() -> None:
    texts = {"a": "The opposition Civic Tarlen Alliance demanded the release of 700 prisoners.",
             "b": "The Zenda League said talks had failed."}
    _, by = link_texts(texts, [("a", "Civic Tarlen Alliance", "PERSON", "person"), ("b", "Zenda League", "PERSON", "person")])
    assert by["Civic Tarlen Alliance"].type == "organization" and by["Zenda League"].type == "organization"
