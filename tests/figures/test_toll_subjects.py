"""Whose dead a toll counts, by a modifier of the toll noun, and a part that points back to a
toll paragraphs away. Every sentence is invented for these tests (wire, headline, state media,
local paper)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("Freedonian death toll in ferry sinking climbs to 23", 23, "national of Freedonian"),
    ("The official Ruritanian death toll from the blasts had reached 14, the embassy said on Monday.", 14,
     "national of Ruritanian"),
    ("The civilian death toll rose to 45 on Monday, the monitoring group said.", 45, "civilian"),
    ("The police death toll stands at 12, the interior ministry said.", 12, "police officer"),
])
def test_a_toll_modifier_names_whose_dead(nlp, text: str, value: float, subject: str) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed" and c.subject == subject


@pytest.mark.parametrize(("text", "value"), [
    ("The official death toll rose to 84,500, state television said.", 84500),
    ("The overall death toll has reached 310, the governor told reporters.", 310),
    ("The final toll stood at 96.", 96),
])
def test_who_counts_is_not_whose_dead(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).subject == "person"


def test_a_part_points_back_to_a_toll_paragraphs_away(nlp) -> None:
    text = ("The ferry sank on Tuesday night and killed 311 people, the coast guard said. "
            "Hundreds of relatives laid flowers at the harbour. "
            "The governor read a message from the president. "
            "Schoolchildren sang, and a choir from the capital performed. "
            "Rain fell briefly in the afternoon. "
            "Forty-one of the dead were from the island itself, which still mourns them.")
    claims = _claims(nlp, text)
    assert _one(claims, 41).part_of == _one(claims, 311).id


@pytest.mark.parametrize(("text", "whole", "part"), [
    ("The attacks killed 118 people. They include 97 people who died in the capital.", 118, 97),
    ("The toll stands at 64. This figure includes three people who died after being flown home.", 64, 3),
    ("The fire killed 72 people, officials said. The dead included 18 children.", 72, 18),
])
def test_what_a_toll_includes_is_its_part(nlp, text: str, whole: float, part: float) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, part).part_of == _one(claims, whole).id


def test_a_part_of_the_dead_with_no_toll_is_no_toll(nlp) -> None:
    text = ("Mourners gathered on the beach on Sunday to remember the victims of the fire. "
            "Twenty-two of the dead were from the island itself, the mayor said.")
    assert not [c for c in _claims(nlp, text) if c.value == 22 and c.measure == "killed" and c.part_of is None]


def test_a_part_with_parts_of_its_own_stays(nlp) -> None:
    text = "Four of the fatalities, three of them students, were identified on Thursday, the coast guard said."
    claims = _claims(nlp, text)
    assert _one(claims, 3).part_of == _one(claims, 4).id


@pytest.mark.parametrize("text", [
    "Officials said the death count stood at 46 by nightfall.",
    "The death count rose to 46 on Sunday.",
])
def test_a_death_count_is_a_toll(nlp, text):
    assert _one(_claims(nlp, text), 46).measure == "killed"
