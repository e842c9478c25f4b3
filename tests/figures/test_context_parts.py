"""Levels, qualifiers, subjects and parts told by their own words (status of bodies, severity of
injuries, facilities, one-day counts), on invented sentences written for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


# ---- levels and qualifiers ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "measure", "value"), [
    ("The number of people who died in the landslide has reached 212, the governor said.", "killed", 212),
    ("The number of those injured in the derailment has reached 87.", "injured", 87),
    ("Eleven died when the roof of the depot fell in.", "killed", 11),
    ("The toll kept climbing as the number touched 640 on Monday morning.", "killed", 640),
    ("The death toll continues to mount, reaching to 275 by this evening, from the flooded valley.", "killed", 275),
])
def test_levels_and_spelled_counts(nlp, text: str, measure: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == measure and c.subject == "person"


@pytest.mark.parametrize(("text", "value"), [
    ("The toll from the cyclone passed 3,000 on Sunday.", 3000),
    ("The death toll in Zenda has surpassed 410, rescuers said.", 410),
    ("The official toll topped 95 by Friday evening.", 95),
    ("The number of dead has exceeded 1,200.", 1200),
])
def test_passing_a_number_is_more_than(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed" and c.qualifier == "more_than" and c.low == value and c.high is None


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("Arrests topped 2,300 by Sunday night.", "detained", 2300),
    ("Deaths have passed 640 in the flooded valley.", "killed", 640),
])
def test_a_counted_noun_passing_a_number(nlp, text: str, measure: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == measure and c.qualifier == "more_than"


def test_a_price_passing_a_number_is_no_figure(nlp) -> None:
    assert _claims(nlp, "Rents topped 2,300 by Sunday night.") == []


def test_reaching_a_number_stays_exact(nlp) -> None:
    assert _one(_claims(nlp, "The toll from the cyclone reached 3,000 on Sunday."), 3000).qualifier == "exact"


def test_headline_attribution_after_a_dash_is_not_the_subject(nlp) -> None:
    c = _one(_claims(nlp, "Ferry disaster toll revised down to 61 - official"), 61)
    assert c.measure == "killed" and c.subject == "person"


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("Six employees of internal affairs bodies were injured in the clashes.", 6, "security officer"),
    ("Nine security officials were hurt during the night.", 9, "security officer"),
    ("Ten employees of the bakery were injured.", 10, "worker"),
    ("Seventeen pupils died and eight were treated, the ministry said.", 8, "child"),
    ("Twelve police were killed and 30 injured.", 30, "police officer"),
])
def test_subjects(nlp, text: str, value: float, subject: str) -> None:
    assert _one(_claims(nlp, text), value).subject == subject


def test_others_after_another_measure_are_not_a_change(nlp) -> None:
    claims = _claims(nlp, "The toll in Zenda climbed to 64. 40 more were injured.")
    assert _one(claims, 40).measure == "injured"
    claims = _claims(nlp, "Four died in Zenda on Monday and two more died on Tuesday.")
    assert [c.value for c in claims] == [4]
    claims = _claims(nlp, "The agency said 2,100 people died. The toll may rise. "
                          "Its chief said an additional 9,870 people were injured.")
    assert _one(claims, 9870).measure == "injured"
    claims = _claims(nlp, "The toll rose to 520. Rescuers pulled another 31 bodies from the rubble.")
    assert [c.value for c in claims] == [520]


# ---- parts whose whole is in another sentence ------------------------------------------------
@pytest.mark.parametrize(("text", "whole", "part"), [
    # status of bodies
    ("The collapse killed at least 410 people. Eleven bodies were kept at the town hall for identification.", 410, 11),
    ("The toll rose to 410. Later, 280 bodies were handed over to relatives.", 410, 280),
    ("Rescuers said 410 people died. Twenty unidentified bodies were buried in a public cemetery.", 410, 20),
    ("The toll reached 410. Of the dead, 36 bodies remain unclaimed.", 410, 36),
    # severity of injuries
    ("At least 230 people were injured. Forty are reported to be seriously injured.", 230, 40),
    ("The ministry said 230 people were wounded, and 19 remain in hospital.", 230, 19),
    # the facility where they died
    ("The toll rose to 97. The death toll details list 30 people in four district hospitals.", 97, 30),
    ("The toll rose to 97. Up to eight people died outside medical facilities.", 97, 8),
    # one day of a running count
    ("More than 3,100 people have been detained. Over the past day, about 450 people were detained.", 3100, 450),
    ("Police detained 3,100 people in all. On the night of Monday, police detained 900 people.", 3100, 900),
    # subsets named in words
    ("Police detained 1,400 people. Some 800 of the detentions were in the capital.", 1400, 800),
    ("At least 61 were killed. Among those killed were two teachers and four high school students.", 61, 4),
    # a part and its whole in one sentence, after "among the N"
    ("Aid groups said as many as 40,000 children are among the 120,000 people left homeless.", 120000, 40000),
])
def test_context_part_points_at_the_whole(nlp, text: str, whole: float, part: float) -> None:
    claims = _claims(nlp, text)
    w, p = _one(claims, whole), _one(claims, part)
    assert p.part_of == w.id and w.part_of is None and p.measure == w.measure


def test_one_day_part_before_its_whole(nlp) -> None:
    claims = _claims(nlp, "Over 60 bodies were pulled from the debris of the mall on Friday. The toll rose to 290.")
    assert _one(claims, 60).part_of == _one(claims, 290).id


def test_status_with_no_count_of_the_dead_is_no_toll(nlp) -> None:
    assert _claims(nlp, "More than 140 bodies are unclaimed, the city said.") == []


def test_facility_part_without_a_whole_stays_a_count(nlp) -> None:
    c = _one(_claims(nlp, "A man was shot on Elm Street. He died in hospital."), 1)
    assert c.measure == "killed" and c.part_of is None


def test_facility_number_is_not_a_count_of_dead(nlp) -> None:
    claims = _claims(nlp, "The toll rose to 97. As many as 40 deaths were recorded in six private hospitals.")
    assert not any(c.value == 6 for c in claims)
    assert _one(claims, 40).place_name == "in six private hospitals"
    assert _one(claims, 40).qualifier == "up_to"


def test_part_of_a_larger_figure_in_critical_condition(nlp) -> None:
    claims = _claims(nlp, "Doctors said at least 75 of the 2,100 people who were injured are in critical condition.")
    assert _one(claims, 75).part_of == _one(claims, 2100).id and _one(claims, 2100).part_of is None


def test_where_clause_on_a_place_scopes_the_figure(nlp) -> None:
    text = "Crowds gathered in neighbouring Zenda, whose south was badly hit and where the death toll had climbed to 1,940."
    assert _one(_claims(nlp, text), 1940).place_name == "Zenda"


@pytest.mark.parametrize("text", [
    "The storm of 2017 killed 2,975 people, officials said. It was the worst of 2017. More than 1,800 people "
    "died when another hurricane struck the coast in 2005. More than 1,500 of those deaths were in Lowland.",
    "The storm of 2017 killed 2,975 people, officials said. It was the worst of 2017. More than 1,800 people "
    "died in 2005, 1,500 of them in Lowland.",
])
def test_part_of_an_earlier_events_figure_is_background(nlp, text: str) -> None:
    assert [c.value for c in _claims(nlp, text, published="2018-06-01")] == [2975]


def test_hyphenated_duration_is_not_split_at_its_dash(nlp) -> None:
    text = "After a nearly nine-hour siege that left four people dead and seven others wounded, the gunman gave up."
    assert sorted((c.measure, c.value) for c in _claims(nlp, text)) == [("injured", 7), ("killed", 4)]



# ---- a breakdown set against its other side -------------------------------------------------
@pytest.mark.parametrize(("text", "first", "second"), [
    ("The clinic network said 95 people had died. Eighty-one of the dead were counted at the city's "
     "hospitals and field clinics along the river while nine people, among them two infants, died in their homes.",
     81, 9),
    ("Officials put the toll at 40. Thirty-one of the victims were found in the collapsed market hall "
     "and the streets behind it, whereas six were found in a flooded underpass.", 31, 6),
])
def test_a_count_set_against_a_part_with_while_is_a_part_too(nlp, text: str, first: float, second: float) -> None:
    claims = _claims(nlp, text)
    a, b = _one(claims, first), _one(claims, second)
    assert a.part_of is not None and b.part_of == a.part_of


# ---- bodies one facility took in ------------------------------------------------------------
def test_bodies_a_facility_took_in_are_a_part_of_the_toll(nlp) -> None:
    text = ("The toll from the blast rose to 240, officials said. "
            "The director said 96 dead bodies had been admitted to the central hospital since the morning.")
    claims = _claims(nlp, text)
    toll, morgue = _one(claims, 240), _one(claims, 96)
    assert morgue.part_of == toll.id


def test_bodies_a_facility_took_in_above_the_reports_toll_are_not_its_toll(nlp) -> None:
    # the hospital's count is more than the police toll beside it: not the toll, not a part of it
    text = ("Police said the toll had reached 88. A senator wrote that the director told him 151 dead bodies "
            "were admitted the hospital since yesterday.")
    assert not [c for c in _claims(nlp, text) if c.value == 151]
    # alone in its report, such a count is the only count there is and stays
    alone = _claims(nlp, "A senator wrote that the director told him 151 dead bodies were admitted the hospital.")
    assert _one(alone, 151).measure == "killed"
