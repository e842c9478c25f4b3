"""Counts the reader used to miss (issue 11, extraction recall): people held told by where they are
("in police custody", "under detention", "behind bars"), people who vanished, people held for their
politics, a people's plural name the parser leaves untagged, a level noun with a bare participle
("the number hurt") and the level a count left ("rose to 934 from 863"). Every sentence is invented
for these tests, in the styles of a wire, a rights group and state media."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


def _measures(nlp, text: str, value: float) -> set[str]:
    return {c.measure for c in _claims(nlp, text) if c.value == value}


# --- held states -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("More than 500 people are believed to be in government custody, the group said.", 500),
    ("About 320 protesters remain in police custody after the weekend marches.", 320),
    ("As of June 4, a total of 2,140 people are currently under detention, the association said.", 2140),
    ("At least 96 opposition supporters were still in detention on Friday.", 96),
    ("The coalition says 215 government opponents remained behind bars.", 215),
    ("Some 64 dissidents are still behind bars, according to the committee.", 64),
    ("Police took 35 students into military custody overnight.", 35),
])
def test_people_held_told_by_where_they_are(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).measure == "detained"


def test_a_death_in_custody_stays_a_death(nlp) -> None:
    assert _measures(nlp, "Four men died in police custody last year, the commission said.", 4) == {"killed"}


# --- vanished ----------------------------------------------------------------------------------

def test_people_who_vanished_are_missing(nlp) -> None:
    assert _measures(nlp, "Relatives say some 3,000 people vanished during the purge.", 3000) == {"missing"}


# --- a crowd's verb beside another measure ------------------------------------------------------

def test_drawn_from_does_not_make_the_hurt_a_crowd(nlp) -> None:
    text = "The gunmen stormed the hotel, killing 41 guests and wounding at least 150 others drawn from many countries."
    claims = _claims(nlp, text)
    assert _one(claims, 41).measure == "killed"
    assert _one(claims, 150).measure == "injured"


def test_a_rally_still_draws_a_crowd(nlp) -> None:
    assert _measures(nlp, "The opposition rally drew 8,000 people to the stadium.", 8000) == {"participants"}


# --- a people's plural name --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The exile group said about 250 Tarovians were killed during the unrest.",
    "Witnesses said 250 Ostrans died when the militia opened fire.",
])
def test_an_untagged_people_is_people(nlp, text: str) -> None:
    assert _measures(nlp, text, 250) == {"killed"}


@pytest.mark.parametrize("text", [
    "Riots Spread To 12 Provinces As 40 Die In Clashes",
    "The café at 14 rue des Tanneurs was closed after 11 people died in the shooting.",
])
def test_a_capital_in_a_title_or_an_address_is_no_people(nlp, text: str) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.value in (12, 14)]


# --- level nouns -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "measure"), [
    ("The number hurt rose to 612 from 540 recorded on the first night.", "injured"),
    ("The number of wounded climbed to 612 from 540 on Monday.", "injured"),
    ("The number of people killed rose to 612 from 540, the ministry said.", "killed"),
])
def test_a_level_and_the_level_it_left(nlp, text: str, measure: str) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, 612).measure == measure
    assert _one(claims, 540).measure == measure


def test_from_a_place_is_no_level(nlp) -> None:
    claims = _claims(nlp, "Families fled from 30 villages after the number of dead rose to 75.")
    assert not [c for c in claims if c.value == 30]


# --- tallies in brackets -------------------------------------------------------------------------

def test_a_tally_in_brackets_counts_the_noun_after_it(nlp) -> None:
    text = "As of April 12, a total of (3412) people are detained in relation to the coup, the association said."
    assert _one(_claims(nlp, text), 3412).measure == "detained"


def test_digits_repeating_a_number_word_are_no_second_count(nlp) -> None:
    claims = _claims(nlp, "Troops fired ten (10) rounds and four (4) persons were killed, the police said.")
    assert not [c for c in claims if c.value == 10]
    assert {c.measure for c in claims if c.value == 4} == {"killed"}


# --- a group said to include its parts ----------------------------------------------------------

def test_the_victims_included_parts(nlp) -> None:
    text = "The unrest has claimed 212 lives. The victims included 17 police officers and 19 children, the report said."
    claims = _claims(nlp, text)
    assert _one(claims, 17).measure == "killed"
    assert _one(claims, 19).measure == "killed"
    assert _one(claims, 17).part_of == _one(claims, 212).id
