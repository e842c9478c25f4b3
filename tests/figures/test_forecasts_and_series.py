"""Numbers beside a toll that are not the toll, seen on real disaster coverage (issue 11):
forecasts, survivors, the last of a series, earlier years that open a sentence, combined
dead-or-trapped counts, formal arrests among those held, places on a mountain. Every sentence
is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value"), [
    ("Officials said the death toll may reach 500.", 500),
    ("The toll is expected to exceed 2,000 as rescuers reach remote villages.", 2000),
    ("The governor warned that the number of dead could well climb to 900.", 900),
])
def test_a_forecast_is_no_count(nlp, text: str, value: float) -> None:
    assert not [c for c in _claims(nlp, text) if c.value == value]


def test_a_forecast_change_keeps_the_count_it_starts_from(nlp) -> None:
    claims = _claims(nlp, "The toll could climb from 41 to more than 400, the governor warned.")
    assert not [c for c in claims if c.value == 400]
    start = _one(claims, 41)
    assert start.measure == "killed" and not start.hedged and not start.supersedes


@pytest.mark.parametrize("text", [
    "More than 300 passengers survived the crash, which killed 41.",
    "Around 300 workers managed to escape the plant alive, while 41 died inside.",
])
def test_survivors_with_their_noun_are_no_toll(nlp, text: str) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.value == 300]
    assert _one(claims, 41).measure == "killed"


def test_the_last_of_a_series_is_no_toll(nlp) -> None:
    assert not _claims(nlp, "The search ended after the bodies of the last three victims were recovered.")


def test_a_sentence_opened_by_an_earlier_year_is_background(nlp) -> None:
    text = "A gas blast killed 30 miners in 2019 at the pit. In 1987, a similar blast killed 112 workers in the north."
    claims = _claims(nlp, text, published="2019-06-01")
    assert _one(claims, 30).measure == "killed"
    assert not [c for c in claims if c.value == 112]


@pytest.mark.parametrize("text", [
    "Scores dead or trapped after factory fire",
    "Hundreds trapped or dead as the tunnel caves in",
])
def test_dead_or_trapped_is_neither(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure == "killed"]


def test_people_trapped_are_unaccounted_for(nlp) -> None:
    claims = _claims(nlp, "The fire killed at least 41 and trapped hundreds inside.")
    assert _one(claims, 41).measure == "killed"
    assert _one(claims, 100).measure == "missing"


def test_a_formal_arrest_is_a_part_of_those_held(nlp) -> None:
    claims = _claims(nlp, "Police detained 30 people after the fire. Five of them were formally arrested on charges of negligence.")
    held, arrested = _one(claims, 30), _one(claims, 5)
    assert held.measure == arrested.measure == "detained" and arrested.part_of == held.id


def test_a_formal_arrest_told_apart_from_the_custody_count(nlp) -> None:
    text = ("Police took 30 people into custody after the fire. "
            "A court later ordered that three people be formally arrested on charges of negligence.")
    claims = _claims(nlp, text)
    three = [c for c in claims if c.value == 3]
    assert all(c.part_of == _one(claims, 30).id for c in three)


@pytest.mark.parametrize(("text", "place"), [
    ("The quake killed 18 climbers on Mount Kilimanjaro.", "Mount Kilimanjaro"),
    ("Seven hikers were killed on Mount Kilimanjaro after the rockfall.", "Mount Kilimanjaro"),
])
def test_a_mountain_scopes_its_dead(nlp, text: str, place: str) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == "killed"]
    assert claims and all(c.place_name == place for c in claims)


@pytest.mark.parametrize("text", [
    "Nobody knows how many of the 640 workers who were in the plant at the time are still trapped.",
    "Rescuers said 12 of the 640 workers who were underground died.",
])
def test_the_people_present_are_no_count(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.value == 640]


def test_an_older_year_named_once_is_background(nlp) -> None:
    text = "The blast at the pit killed 30 miners on Tuesday. In 1987, a similar blast killed 112 workers in the north."
    claims = _claims(nlp, text, published="2019-06-01")
    assert _one(claims, 30).measure == "killed"
    assert not [c for c in claims if c.value == 112]


def test_bringing_the_toll_up_to_is_no_ceiling(nlp) -> None:
    claims = _claims(nlp, "Divers found three more bodies overnight, bringing the death toll up to 41.")
    toll = _one(claims, 41)
    assert toll.measure == "killed" and toll.qualifier == "exact"


def test_a_headline_toll_glued_to_what_raised_it(nlp) -> None:
    claims = _claims(nlp, "Flood toll climbs to 41 after 3 children found")
    toll = _one(claims, 41)
    assert toll.measure == "killed" and toll.update_cue
    assert all(c.part_of == toll.id for c in claims if c.value == 3)


@pytest.mark.parametrize(("text", "start", "forecast"), [
    ("The toll may double from 120 to 250, officials warned.", 120, 250),
    ("The number of dead could rise from 64 to 150 as crews reach the valley, the governor said.", 64, 150),
    ("Arrests could triple from 300 to 900 as the crackdown widens, a rights group warned.", 300, 900),
])
def test_a_forecast_change_in_any_verb_keeps_only_its_start(nlp, text: str, start: float, forecast: float) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.value == forecast]
    assert not _one(claims, start).hedged


def test_a_doubling_that_happened_is_a_change(nlp) -> None:
    claims = _claims(nlp, "The number of missing doubled from 35 to 70 overnight, the fire chief said.")
    assert _one(claims, 35).measure == "missing" and _one(claims, 70).measure == "missing"


@pytest.mark.parametrize(("text", "value"), [
    ("The death toll from the floods rose to 189 yesterday, the interior ministry said.", 189),
    ("Officials said the toll from three days of rioting reached 57 today, with 300 hurt.", 57),
    ("The confirmed toll from the blast climbed to 46 overnight, state television reported.", 46),
])
def test_a_toll_followed_by_a_word_of_time_is_read(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).measure == "killed"
