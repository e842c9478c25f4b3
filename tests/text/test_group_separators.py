"""Digit groups split by a character other than a comma: a low quotation mark typed for a comma,
Swiss apostrophes, SI thin spaces. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from counterpoint.text.numbers import find_quantities


@pytest.mark.parametrize(("text", "value", "span"), [
    ("Flood death toll climbs to 3\u201a215", 3215, "3\u201a215"),
    ("The agency counted 12\u2019500 displaced families by Friday.", 12500, "12\u2019500"),
    ("Officials said 1'250'000 people had lost power.", 1250000, "1'250'000"),
    ("Some 4\u202f800 homes were destroyed, the ministry said.", 4800, "4\u202f800"),
    ("Rescuers pulled 2\u2009310 survivors from the rubble.", 2310, "2\u2009310"),
])
def test_other_group_separators_read_as_commas(text: str, value: float, span: str) -> None:
    q = [q for q in find_quantities(text) if q.value == value]
    assert len(q) == 1, find_quantities(text)
    assert span in q[0].text  # the quantity quotes the page as written


@pytest.mark.parametrize(("text", "values"), [
    ("In the '90s 300 people died in similar storms.", [300]),
    ("He called it \u2018the worst in 40 years\u2019 and 12 people were hurt.", [40, 12]),
    ("The toll was 8\u201a04 at noon.", [8, 4]),  # not a group of three: left as it was
])
def test_quotes_and_short_groups_stay_apart(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


