"""Parts and figures missed or mis-measured (figures/group_levels.py, respectively.py, lists.py,
sentence.py, places.py, document.py), on invented sentences in the styles outlets write them:
wire copy, a ministry statement, a local paper, a headline."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


def _by_value(nlp, text: str, measure: str | None = None) -> dict[float, object]:
    return {c.value: c for c in _claims(nlp, text) if measure is None or c.measure == measure}


# --- a group named first, its number after a word of level ---------------------------------------

@pytest.mark.parametrize(("text", "value", "subject"), [
    ("The stampede killed 150 people. Most were young, and the majority of those killed were women at 91, "
     "doctors said.", 91, "woman"),
    ("The stampede killed 150 people, with women numbering 91, the ministry said.", 91, "woman"),
    ("The stampede killed 150 people. Children accounted for 23 of the dead.", 23, "child"),
    ("The ferry sinking left 210 dead; children made up 40 of them.", 40, "child"),
    ("Police said 420 people were arrested, with foreigners at about 35.", 35, "foreign national"),
])
def test_a_group_given_its_number_by_a_word_of_level_is_a_part(nlp, text: str, value: float, subject: str) -> None:
    claims = _claims(nlp, text)
    part = _one(claims, value)
    assert part.subject == subject
    whole = next(c for c in claims if c.value is not None and c.value > value)
    assert part.part_of == whole.id


def test_a_nation_at_its_number_is_that_nations_part(nlp) -> None:
    part = _one(_claims(nlp, "The bombing killed 190 people, with Canadians, at 44, the largest group."), 44)
    assert part.subject is not None and "Canadian" in part.subject and part.part_of is not None


def test_a_place_at_a_number_is_no_group(nlp) -> None:
    # "at" after a noun that counts nobody: the number is read as before
    c = _one(_claims(nlp, "Officers at 12 checkpoints detained 40 people on Sunday."), 40)
    assert c.part_of is None and c.subject == "person"


# --- losses of home, words of state, the estimate's group ------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Up to 180,000 people were left without habitable homes, the governor said.", 180000),
    ("About 4,500 residents lost their houses in the floods, the mayor said.", 4500),
    ("The blaze left 2,000 residents without shelter.", 2000),
    ('"I think there are between 80,000 and 90,000 people who are now without homes," he said.', 85000),
])
def test_people_who_lost_their_homes_are_displaced(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).measure == "displaced"


def test_the_estimate_of_the_homeless_is_no_toll(nlp) -> None:
    claims = _by_value(nlp, "The toll held at 95 people with 3,000 wounded, yet the estimate on those made homeless "
                            "increased to 200,000, the governor said.")
    assert claims[200000].measure == "displaced"
    assert claims[95].measure == "killed" and claims[95].part_of is None


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The figures released on Monday were 88 deaths with 21 missing.", 21, "missing"),
    ("The agency said the provisional toll was 64 dead, several hundred injured and thousands homeless.", 64, "killed"),
    ("The toll stood at 88 deaths with 21 missing.", 21, "missing"),
])
def test_a_bare_number_on_a_word_of_state_is_read(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


def test_the_figure_points_at_the_main_count_of_the_sentence_before(nlp) -> None:
    claims = _by_value(nlp, "Officials updated the toll from the blasts to 140, with 50 others missing, on Tuesday. "
                            "They had put the figure at 131 on Monday evening.")
    assert claims[131].measure == "killed"


# --- places listed with their numbers ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    ("The toll in Beira and Dondo rose to 120 and 40 respectively.", {120: "Beira", 40: "Dondo"}),
    # a listed number the parse leaves unread counts what the list's read ones count
    ("The toll in Nakuru, Kisumu and Eldoret stood at 31, 12 and 7, respectively.",
     {31: "Nakuru", 12: "Kisumu", 7: "Eldoret"}),
    ("Police in Lyon and Nantes arrested 40 and 12 people respectively on Saturday.", {40: "Lyon", 12: "Nantes"}),
])
def test_respectively_pairs_listed_places_with_listed_numbers(nlp, text: str, places: dict[float, str]) -> None:
    claims = _by_value(nlp, text)
    assert {v: claims[v].place_name for v in places} == places


def test_a_list_of_named_places_after_a_toll_gives_each_part_its_place(nlp) -> None:
    claims = _by_value(nlp, "The toll stood at 90: 61 in the town of Norcello and 9 in Valdina, both in the Ostra "
                            "region, and 20 in the village of San Pietro, in the Monti region.")
    assert claims[90].place_name is None
    assert (claims[61].place_name, claims[9].place_name, claims[20].place_name) == ("Norcello", "Valdina", "San Pietro")
    assert claims[61].part_of == claims[9].part_of == claims[20].part_of == claims[90].id


def test_a_named_area_right_after_a_number_is_its_place(nlp) -> None:
    claims = _by_value(nlp, "At least 80 of the victims died in Norcello and 12 in the Valdina area, police said.")
    assert claims[12].place_name == "Valdina"


def test_the_worst_hit_town_is_the_place_named_before(nlp) -> None:
    c = _one(_claims(nlp, "Four more bodies were pulled from the rubble of Norcello, raising the death toll in the "
                          "worst-hit town to 61."), 61)
    assert c.place_name == "Norcello"


def test_raising_the_toll_in_a_place_scopes_the_level(nlp) -> None:
    assert _one(_claims(nlp, "Four more bodies were found, raising the death toll in Kisumu to 61."), 61).place_name == "Kisumu"


def test_another_count_in_another_place_and_their_total(nlp) -> None:
    claims = _by_value(nlp, "The agency said 31 of the dead were in Norcello alone, with another 12 dead in the "
                            "province of Valdina, for a reported total of 43.")
    assert claims[12].place_name == "Valdina"
    assert claims[43].place_name is None
    assert claims[31].part_of == claims[12].part_of == claims[43].id


def test_a_total_named_after_listed_counts_is_their_whole(nlp) -> None:
    claims = _by_value(nlp, "Police said 30 died in Osh and 22 in Jalalabad, making a total of 52.")
    assert claims[52].measure == "killed" and claims[52].part_of is None
    assert claims[30].part_of == claims[22].part_of == claims[52].id


# --- parts beside named groups, and wholes that cannot hold them --------------------------------------

def test_others_beside_a_named_group_are_part_of_the_same_whole(nlp) -> None:
    claims = _by_value(nlp, "Officials said 60 people were missing on Monday. As many as 45 miners and 15 other "
                            "people are still missing since the collapse.")
    assert claims[45].part_of == claims[15].part_of == claims[60].id


def test_the_missing_people_include_names_parts(nlp) -> None:
    claims = _by_value(nlp, "The missing people include 18 firefighters, three policemen and 9 others.", "missing")
    assert all(claims[v].part_of is not None or claims[v].subject != "person" for v in (18, 3))


def test_a_part_of_people_never_takes_a_whole_of_troops(nlp) -> None:
    claims = _by_value(nlp, "The president said 12 soldiers were killed. Crowds gathered at the square, displaying "
                            "the bodies of five people killed in the shooting.")
    assert claims[5].part_of != claims[12].id


def test_a_part_takes_its_wholes_nation(nlp) -> None:
    claims = _by_value(nlp, "The ministry said 640 Gazans were wounded Monday, around 20 of them in critical "
                            "condition and more than 40 in serious condition.")
    assert claims[20].subject == claims[40].subject == claims[640].subject != "person"


def test_a_part_far_after_an_earlier_events_toll_takes_this_events(nlp) -> None:
    text = ("The crush killed 131 people on Saturday. It was the worst disaster since a ferry sank in 2014, killing "
            "304 people. Officials said rescue crews worked through the night. Hospitals took in the injured. "
            "Families waited outside. Most of the dead were young, and the majority of those killed were women at 81.")
    part = _one(_claims(nlp, text), 81)
    assert part.subject == "woman" and part.part_of == _one(_claims(nlp, text), 131).id


# --- lists of the dead, a sentence's group, counting aloud ---------------------------------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The opposition published a list of 410 people on Monday said to have been killed by troops.", 410, "killed"),
    ("Activists have compiled a list of 1,300 names of people killed in the crackdown.", 1300, "killed"),
    ("The group released a list of 96 people who disappeared after the protests.", 96, "missing"),
])
def test_a_lists_length_counts_what_befell_the_listed(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


def test_a_list_of_things_is_no_count(nlp) -> None:
    assert _claims(nlp, "The band released a list of 12 songs for the memorial concert.") == []


def test_a_sentence_opened_by_its_group_counts_that_group(nlp) -> None:
    claims = _by_value(nlp, "The clashes killed 95 people. As to hostages, 11 have been killed by the gunmen.")
    assert claims[11].subject == "hostage" and claims[11].part_of == claims[95].id


def test_counting_aloud_is_one_count(nlp) -> None:
    claims = _claims(nlp, '"One, two, three, four, five dead," the volunteer said, showing photographs of the coffins.')
    assert [c.value for c in claims if c.measure == "killed"] == [5]


@pytest.mark.parametrize(("text", "value", "place"), [
    # a venue described with "a", nameless: where the whole event happened
    ("At least 150 people died in a car bomb blast outside a crowded nightclub on the island.", 150, None),
    ("Twenty died when a bomb went off at a busy market, police said.", 20, None),
    # one of several sites, told apart by its own words or its name
    ("Seven were killed at a second mosque in the suburb.", 7, "second mosque"),
    ("The gunman killed 41 at the Al Noor mosque.", 41, "Al Noor mosque"),
])
def test_a_described_venue_is_no_site_of_its_own(nlp, text: str, value: float, place: str | None) -> None:
    assert _one(_claims(nlp, text), value).place_name == place


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Condo collapse toll reaches 40 with 51 'potentially unaccounted for'", 51, "missing"),
    ('Landslide toll rises to 12, with 30 "still missing"', 30, "missing"),
])
def test_a_quoted_word_of_state_still_counts_the_number(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


def test_one_more_found_is_the_size_of_a_change(nlp) -> None:
    claims = _claims(nlp, "The toll rose to 49 on Friday. As police moved the bodies, they discovered that an "
                          "additional person had been killed.")
    assert [c.value for c in claims if c.measure == "killed"] == [49]


@pytest.mark.parametrize(("text", "whole"), [
    ("The minister confirmed that one of the four people taken into custody is a Canadian.", 4),
    ("Police said two of the 12 people arrested were Britons.", 12),
])
def test_a_wholes_number_inside_a_partitive_keeps_no_nation_of_the_part(nlp, text: str, whole: float) -> None:
    assert _one(_claims(nlp, text), whole).subject == "person"


def test_the_age_someone_died_at_is_no_count(nlp) -> None:
    assert not any(c.value == 40 for c in _claims(nlp, "Tributes pour in as TV star dies at 40 after a fall at home."))


@pytest.mark.parametrize(("text", "value"), [
    ("More than 4,100 residents have been relocated, the city said.", 4100),
    ("Some 310,000 people moved into camps around the capital after the quake.", 310000),
    ("About 52,000 were still living in camps in April.", 52000),
    ("The cracks prompted an evacuation order, forcing about 270 people from nearby apartments.", 270),
    ("The fighting drove 8,000 people out of their villages.", 8000),
])
def test_people_moved_out_of_their_homes_are_displaced(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).measure == "displaced"


def test_people_forced_from_a_square_are_not_displaced(nlp) -> None:
    assert all(c.measure != "displaced" for c in _claims(nlp, "Police forced 300 protesters from the square."))


def test_injured_people_rescued_are_the_injured(nlp) -> None:
    assert _one(_claims(nlp, "Approximately 1,800 injured people were rescued from the building."), 1800).measure == "injured"


def test_the_city_of_a_hospital_does_not_scope_the_hurt(nlp) -> None:
    c = _one(_claims(nlp, "Health officials said 61 people are being treated in hospitals across Leeds."), 61)
    assert c.place_name is None


def test_critical_care_joined_by_with_is_a_part_of_those_in_hospital(nlp) -> None:
    claims = _by_value(nlp, "Officials said 70 people were injured. 31 people are still being treated in hospital, "
                            "with 12 in critical care.")
    assert claims[12].part_of == claims[31].id and claims[31].part_of == claims[70].id


def test_a_toll_told_with_its_town_keeps_no_place_of_a_list_item(nlp) -> None:
    # "in the town of X" places a list item ("184 in the town of X and 11 in Y"); a toll of people
    # killed "in the town of X" is as often the whole event's, told by its site
    c = _one(_claims(nlp, "The dam burst killed at least 120 people in the town of Valmora."), 120)
    assert c.place_name is None
