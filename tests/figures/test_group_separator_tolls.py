"""A toll whose digit groups are split by a low quotation mark or an apostrophe is read whole
(not as its first group). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims


@pytest.mark.parametrize(("text", "value"), [
    ("Flood death toll climbs to 3\u201a215\n\nThe toll rose again on Monday, officials said.", 3215),
    ("The storm has killed 12\u2019480 people, the relief agency said on Tuesday.", 12480),
])
def test_toll_with_odd_group_separator_is_read_whole(nlp, text: str, value: float) -> None:
    claims = _claims(nlp, text)
    assert any(c.value == value and c.measure == "killed" for c in claims), claims
    assert not any(c.value in (3, 12) for c in claims), claims
