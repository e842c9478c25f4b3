"""A Title Case headline capitalises its verbs: the capital before a count is then no sign of a
name ("Section 427"), while names keep their numbers. Invented headlines in several house styles."""

from __future__ import annotations

import pytest

from counterpoint.text.numbers import find_quantities


@pytest.mark.parametrize(("text", "value"), [
    ("Aid Agency Estimates 12,000 Dead In Ruritania Floods", 12000),  # wire, Title Case
    ("Freedonia Mine Blast Kills 57 Workers", 57),  # local paper
    ("Quake Toll Reaches 840 In Mountain Villages", 840),
    ("Ferry Disaster: Coast Guard Reports 31 Missing", 31),
    ("Ruritania Storm Death Toll Passed 2,300 Overnight", 2300),
])
def test_a_count_after_a_title_case_verb_is_read(text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text", [
    "Airline Retires Its Boeing 777 Fleet After Review",  # a model's number
    "Parliament Debates Section 427 Of The Penal Code",  # a label noun
    "Wreck Of Apollo 13 Capsule Goes On Show",
])
def test_a_name_keeps_its_number_in_title_case(text: str) -> None:
    assert find_quantities(text) == []


def test_a_capital_before_a_number_in_running_text_is_still_a_name() -> None:
    # negative case: the line is not in Title Case, so "Kolva 24" is a station's name
    assert find_quantities("The crash was first reported by Kolva 24 on its evening bulletin.") == []
