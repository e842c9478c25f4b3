"""Two counts joined by "and" share the time phrase written after the second ("12 were killed
and 40 others hurt at a march on Sunday"): the parse hangs it on the last verb only, sometimes
with that verb joined to a clause above the first count. A second clause with a subject of its
own that is not a count ("... and police detained 30 on Monday") keeps its day to itself. Every
sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The monitoring office said it had credible reports that 12 people have been killed and 40 others "
     "hurt in a march on March 9.", 12, 40),
    ("At least 23 people were killed and more than 60 injured in Lorca on Sunday as troops cleared the "
     "square, the rights group said.", 23, 60),
])
def test_a_time_phrase_after_the_second_count_is_both_counts(nlp, text: str, first: float, second: float) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, first).scope == "day"
    assert _one(claims, second).scope == "day"


@pytest.mark.parametrize(("text", "value"), [
    ("Troops have killed 640 people since the vote and police detained 35 on Monday.", 640),
    ("The militia has killed 210 civilians since the ceasefire, and the army arrested 17 on Friday.", 210),
])
def test_a_second_clause_with_its_own_subject_keeps_its_day(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).scope != "day"


def test_a_count_joined_to_have_is_not_a_country_losing_its_own(nlp) -> None:
    # "it had information that ... and 40 others hurt": the parse joins "hurt" to "had", which is
    # no "it had 40 people hurt"; the speaker is an office, not a country
    text = ("The monitoring office said it had credible reports that 12 people have been killed and 40 others "
            "hurt in a march on March 9.")
    c = _one(_claims(nlp, text), 40)
    assert c.measure == "injured" and c.subject == "person"
