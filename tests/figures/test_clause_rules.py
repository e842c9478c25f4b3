"""Which clause a number belongs to, read from the parse, and what a coordinated group counts
(issue 11, the pages dev set): a number whose own verb is no cue takes no cue from another
clause with its own subject; a named person coordinated with a count is counted with it; more
bodies found are the size of a change; a severity told with an article is still a severity.
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "other", "value", "measure"), [
    ("Eighteen of the 25 members of the boat's crew survived, and 9 have been arrested since.", 18, 9, "detained"),
    ("Two people and their dog were rescued, and the pilot and two passengers died.", 2, 3, "killed"),
    ("The mayor said 120 people have been accounted for, while 99 remain missing.", 120, 99, "missing"),
    ("Forty workers walked out of the mine unhurt, and 7 others were injured.", 40, 7, "injured"),
])
def test_a_cue_in_another_clause_with_its_own_subject_is_not_the_numbers(nlp, text, other, value, measure) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, value).measure == measure
    assert not [c for c in claims if c.value == other]


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Police fired tear gas when 300 protesters were detained.", 300, "detained"),
    ("The blast killed 12 people as 40 others were injured nearby.", 12, "killed"),
    ("The blast killed 12 people as 40 others were injured nearby.", 40, "injured"),
])
def test_a_numbers_own_clause_keeps_its_cue(nlp, text, value, measure) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The captain and two crew members of the barge that sank were detained on Sunday.", 3, "detained"),
    ("A driver and three passengers died when the bus overturned.", 4, "killed"),
    ("Police arrested 12 protesters and a journalist.", 13, "detained"),
])
def test_a_named_person_beside_a_count_is_counted_with_it(nlp, text, value, measure) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == measure]
    assert [c.value for c in claims] == [value]


def test_numbered_conjuncts_stay_apart(nlp) -> None:
    claims = _claims(nlp, "Fifty civilians and 39 police officers were killed.")
    assert sorted(c.value for c in claims if c.measure == "killed") == [39, 50]


@pytest.mark.parametrize("text", [
    "Forty people remain missing. Divers have recovered two more bodies.",
    "The river is still being searched for 30 villagers. Three more bodies were found downstream on Friday.",
])
def test_more_bodies_found_are_a_change_not_a_toll(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure == "killed"]


def test_more_people_of_another_measure_are_others(nlp) -> None:
    assert _one(_claims(nlp, "The blaze killed 12 people. 30 more were injured."), 30).measure == "injured"


def test_critical_condition_with_an_article_is_a_severity_part(nlp) -> None:
    claims = _claims(nlp, "At least 24 people are being treated in hospital, 12 are in a critical condition.")
    whole, part = _one(claims, 24), _one(claims, 12)
    assert part.measure == "injured" and part.part_of == whole.id


@pytest.mark.parametrize(("text", "value"), [
    ("All 12 people involved in steering the barge are now in custody after police detained three more.", 12),
    ("Nine suspects remain in custody, the prosecutor said.", 9),
])
def test_being_in_custody_is_a_detention(nlp, text: str, value: int) -> None:
    assert _one(_claims(nlp, text), value).measure == "detained"
