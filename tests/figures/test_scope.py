"""Status, period and nation read from a figure's own clause (figures/scope.py), on invented
sentences in several styles: wire copy, state media, rights-group statements, local papers."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one

from counterpoint.figures.subjects import nation_of, subject_class


# ---- detention status -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("About 400 remain in custody, the lawyers' association said.", 400),  # rights group
    ("Some 400 people are still held, according to the monitoring centre.", 400),  # wire
    ("The group counts 430 political prisoners in the country.", 430),  # rights group
    ("At least 212 protesters remain behind bars, their relatives told the Kolva Herald.", 212),  # local paper
    ("More than 90 people are still being held in the city's pre-trial centre.", 90),
])
def test_people_still_held_are_a_status(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "detained" and c.scope == "held"


@pytest.mark.parametrize(("text", "value"), [
    ("More than 2,000 people were arrested in four months, the group said.", 2000),
    ("Police have detained 1,350 people since the protests began, the ministry said.", 1350),
    ("A total of 3,100 people have been detained so far, the interior ministry said.", 3100),
])
def test_arrests_over_many_days_are_a_running_total(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "detained" and c.scope == "total"


@pytest.mark.parametrize(("text", "value"), [
    ("Police detained 26 people on Sunday, the monitor reported.", 26),  # wire
    ("Security officers arrested 41 demonstrators Wednesday in the capital.", 41),  # wire, no "on"
    ("Riot police detained 73 people overnight, the rights centre said.", 73),
])
def test_one_days_arrests(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "detained" and c.scope == "day"


def test_said_on_sunday_dates_the_statement_not_the_count(nlp) -> None:
    c = _one(_claims(nlp, "The ministry said on Sunday that 2,400 people had been detained."), 2400)
    assert c.scope != "day"


@pytest.mark.parametrize("text", [
    "Authorities said 186 detainees were released on Monday.",
    "The court freed 35 protesters on bail, state television reported.",
])
def test_released_people_are_no_count_of_the_detained(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure == "detained"]


def test_the_whole_a_release_is_picked_from_stays(nlp) -> None:
    claims = _claims(nlp, "Of the 2,000 arrested, 186 have been released.")
    assert _one(claims, 2000).measure == "detained"
    assert not [c for c in claims if c.value == 186 and c.measure == "detained"]


# ---- one day of a longer toll ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "scope"), [
    ("14 people were killed on Sunday in a raid on Kolva, witnesses said.", 14, "day"),
    ("On Saturday alone 114 were killed, according to the monitoring group.", 114, "day"),
    ("At least 300 people have been killed since April, a rights group said.", 300, "total"),
    ("Security forces have killed 521 people since the coup, the association said.", 521, "total"),
    ("The toll rose to 300 on Sunday, the ministry said.", 300, None),  # a level dated, not one day
])
def test_period_of_the_dead(nlp, text: str, value: float, scope: str | None) -> None:
    assert _one(_claims(nlp, text), value).scope == scope


@pytest.mark.parametrize(("text", "value"), [
    ("A total of 632 people were killed in the clearing of the two camps, the health ministry said.", 632),  # state
    ("Overall, 418 people died in the squares and 43 police officers were killed, officials said.", 418),  # wire
    ("Altogether 95 bodies were taken to the three hospitals of the city, the local paper reported.", 95),
    ("In all, 57 people were killed in the four villages, the rights group said.", 57),  # rights group
    ("The storm killed 212 people in total across the five provinces.", 212),
])
def test_a_sum_over_places_or_groups_is_no_running_total(nlp, text: str, value: float) -> None:
    # "a total of", "overall", "altogether", "in all" add up parts, not days
    assert _one(_claims(nlp, text), value).scope != "total"


@pytest.mark.parametrize(("text", "value", "scope"), [
    ("In total, 1,200 people have been detained since the protests began, the monitor said.", 1200, "total"),
    ("A total of 3,100 people were detained over the past three weeks.", 3100, "total"),
    ("Police detained a total of 26 people on Sunday, the monitor reported.", 26, "day"),
])
def test_a_sum_word_leaves_the_period_to_the_days(nlp, text: str, value: float, scope: str) -> None:
    assert _one(_claims(nlp, text), value).scope == scope


# ---- a nation's people ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "nation"), [
    ("Ruritania said 136 of its citizens died in the crush.", 136, "Ruritania"),  # wire
    ("The toll includes at least 40 Freedonians, according to their embassy.", 40, "Freedonians"),
    ("Ruritania's own toll rose to 464 on Tuesday.", 464, "Ruritania"),  # state media
    ("Among the dead were 131 Borduvians, the foreign ministry said.", 131, "Borduvians"),
])
def test_a_nations_people_are_foreign_nationals(nlp, text: str, value: float, nation: str) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed" and nation_of(c.subject) == nation
    assert subject_class(c.subject, c.measure) == "foreign national"


@pytest.mark.parametrize(("text", "value", "nation"), [
    ("Of the 240 people killed in the crash, 112 were Freedonian, the airline said.", 112, "Freedonian"),  # wire
    ("Of the dead, 64 were Ruritanian citizens and 12 were Borduvians.", 64, "Ruritanian"),  # local paper
    ("Of the dead, 64 were Ruritanian citizens and 12 were Borduvians.", 12, "Borduvians"),
    ("The ministry said 31 of the dead were Freedonian passengers.", 31, "Freedonian"),  # state media
    ("Of the dead, 90 were Freedonian citizens and 23 were Ruritanian citizens or residents.", 23, "Ruritanian"),
])
def test_a_nation_said_of_the_count_is_its_people(nlp, text: str, value: float, nation: str) -> None:
    c = _one(_claims(nlp, text), value)
    assert nation_of(c.subject) == nation


@pytest.mark.parametrize(("text", "value"), [
    ("Of the dead, 40 were children and 12 were police officers.", 40),
    ("Of the 57 people killed, most were elderly, the coroner said.", 57),
])
def test_no_nation_in_the_complement_leaves_the_subject(nlp, text: str, value: float) -> None:
    assert nation_of(_one(_claims(nlp, text), value).subject) is None


def test_security_forces_keep_their_class_whatever_their_nation(nlp) -> None:
    c = _one(_claims(nlp, "Four Ruritanian soldiers were killed in the ambush."), 4)
    assert subject_class(c.subject, c.measure) == "security force member"


# ---- missing and presumed dead --------------------------------------------------------------
def test_presumed_dead_beside_a_toll_are_the_missing(nlp) -> None:
    claims = _claims(nlp, "The collapse killed more than 160 people and left around 150 others missing and "
                          "presumed dead, officials said.")
    assert _one(claims, 160).measure == "killed"
    assert _one(claims, 150).measure == "missing" and _one(claims, 150).part_of is None


def test_presumed_dead_as_the_toll_itself(nlp) -> None:
    claims = _claims(nlp, "The death toll has climbed to at least 58 people missing presumed dead, police said.")
    assert _one(claims, 58).measure == "killed"


# ---- a superlative day of this event ---------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("It was the deadliest day since the protests began, with 18 people killed.", 18),  # wire
    ("Sunday was the bloodiest day since the coup, with at least 38 people killed, the monitor said.", 38),
])
def test_the_deadliest_day_since_is_a_day_of_this_event(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed" and c.scope == "day"


@pytest.mark.parametrize("text", [
    "It was the deadliest disaster since a ferry sank in 2014 and killed 304 people.",
    "The blast was the worst since 1998, when 60 people died.",
])
def test_an_earlier_events_toll_after_since_stays_background(nlp, text: str) -> None:
    assert not _claims(nlp, text)


@pytest.mark.parametrize("text", [
    "The ministry said 15,911 people were injured in the April 25 temblor.",  # the event's date
    "Officials said 212 people died in Friday's quake.",
])
def test_a_date_on_the_event_noun_is_not_the_counts_day(nlp, text: str) -> None:
    assert all(c.scope != "day" for c in _claims(nlp, text))


@pytest.mark.parametrize("text", [
    "Police detained 26 people on May 3, the monitor reported.",
    "Police detained 26 people on the night of 3 May, the monitor reported.",
])
def test_a_dated_days_arrests(nlp, text: str) -> None:
    assert _one(_claims(nlp, text), 26).scope == "day"


def test_a_day_after_after_dates_what_the_count_followed(nlp) -> None:
    c = _one(_claims(nlp, "Police have arrested at least 24 people after the country's worst mining disaster "
                          "last Tuesday."), 24)
    assert c.scope != "day"


def test_the_missing_are_a_state_never_one_days_count(nlp) -> None:
    claims = _claims(nlp, "Nearly seven months after the sinking, nine are still missing today.")
    assert all(c.scope is None for c in claims if c.measure == "missing")


# ---- a country that owns a toll is where the dead died ---------------------------------------
@pytest.mark.parametrize(("text", "value", "place"), [
    ("Malawi's death toll is already at 84, the disaster agency said.", 84, "Malawi"),  # wire
    ("Freedonia's toll from the cyclone climbed to 242 on Sunday.", 242, "Freedonia"),  # local paper
    ("The toll in Ruritania rose to 84 on Tuesday.", 84, "Ruritania"),
])
def test_a_country_owning_a_toll_is_its_place(nlp, text: str, value: float, place: str) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed" and nation_of(c.subject) is None and c.place_name == place


@pytest.mark.parametrize(("text", "value", "nation"), [
    ("Among the dead were 84 Ruritanians, the embassy said.", 84, "Ruritanians"),
    ("The Freedonian death toll has reached 20.", 20, "Freedonian"),
])
def test_a_nations_people_stay_its_people_beside_a_countrys_toll(nlp, text: str, value: float, nation: str) -> None:
    assert nation_of(_one(_claims(nlp, text), value).subject) == nation


# ---- injured still in care ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("By Thursday, 415 people remain hospitalized, the provincial health bureau said.", 415),  # state media
    ("About 60 of the wounded remained in hospital on Sunday.", 60),
    ("Some 38 passengers are still being treated at two district clinics.", 38),  # local paper
    ("The storm injured 900 people, and 120 were still receiving treatment on Monday.", 120),
    ("The crash hurt 90 people; 14 of them are still in hospital.", 14),
    ("Meanwhile, 275 remain hospitalised, 20 of them in serious condition.", 275),  # British spelling
])
def test_the_injured_still_in_care_are_a_status(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "injured" and c.scope == "in care"


@pytest.mark.parametrize(("text", "value"), [
    ("Twenty-two people are being treated in hospital after the derailment.", 22),
    ("A total of 640 people had been hospitalized by Thursday, officials said.", 640),
    ("The explosion injured 310 people, the mayor said.", 310),
    ("At least 75 people were taken to hospital.", 75),
])
def test_the_injured_without_a_word_of_staying_are_the_hurt(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "injured" and c.scope != "in care"


@pytest.mark.parametrize("text", [
    "Four patients who remained hospitalized died on Sunday.",
    "Three people still in hospital died overnight.",
])
def test_who_was_in_care_does_not_say_what_befell_them(nlp, text: str) -> None:
    assert [c.measure for c in _claims(nlp, text)] == ["killed"]


@pytest.mark.parametrize("text", [
    "Eighty people have died, and the total number in hospital is 412, of which 30 are critical and 52 are badly injured.",
    "Eighty people have died, while the number in clinics stands at 412, of whom 30 are critical and 52 are badly injured.",
])
def test_a_clause_picking_parts_of_a_count_still_says_its_measure(nlp, text: str) -> None:
    assert _one(_claims(nlp, text), 412).measure == "injured"
