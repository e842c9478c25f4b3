"""Reading gaps that strand a whole's figures: a second counted group after "and" read by the
happening named after it ("two civilians in the attack" as attacks), people named by their job or
by where they gathered (managers, engineers, worshipers), and the company one person kept counted
as the event's displaced. Every sentence is invented for these tests, in several styles."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Rebels killed three soldiers and two civilians in the attack on Sunday.", 2, "killed"),
    ("Gunmen shot dead two policemen and three villagers in raids overnight, the governor said.", 3, "killed"),
    ("Troops arrested 40 students and 12 teachers in the crackdown.", 12, "detained"),
])
def test_a_second_counted_group_takes_the_verb_not_the_happening_after_it(nlp, text: str, value: float,
                                                                            measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Prosecutors said police detained four managers and three engineers of the mining company.", 4, "detained"),
    ("Prosecutors said police detained four managers and three engineers of the mining company.", 3, "detained"),
    ("Two contractors were killed when the scaffolding gave way.", 2, "killed"),
    ("Seven worshipers were killed when the gunman opened fire during evening prayers.", 7, "killed"),
    ("At least 14 shoppers were injured in the blast, the fire brigade said.", 14, "injured"),
])
def test_people_named_by_their_job_or_gathering_are_counted(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


@pytest.mark.parametrize("text", [
    "\u201cWe slept on the floor of one house with 70 other refugees,\u201d said a mother of two.",
    "She shared a classroom with some 45 other evacuees for a week.",
])
def test_someones_company_is_no_count_of_the_displaced(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure == "displaced"]


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The neighbouring state set up camps for 40,000 refugees.", 40000, "displaced"),
    ("The driver died with 30 other passengers when the bus left the road.", 30, "killed"),
])
def test_counts_beside_a_company_phrase_stay(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure
