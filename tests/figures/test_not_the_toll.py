"""Counts that sit beside a toll without being one, and wordings of the toll seen on real
coverage (issue 11): people aboard, combined dead-or-missing counts, denials, the group an
opening "among the N" names, statuses and causes that make a part, and "the number of X".
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize("text", [
    "Three of the 210 passengers aboard were confirmed dead on Sunday.",
    "At least five of the 88 people on board the bus died.",
])
def test_people_aboard_are_no_toll(nlp, text: str) -> None:
    values = {c.value for c in _claims(nlp, text) if c.measure == "killed"}
    assert values and all(v < 10 for v in values)


def test_all_of_those_aboard_is_a_toll(nlp) -> None:
    assert _one(_claims(nlp, "All 44 people aboard the plane were killed."), 44).measure == "killed"


@pytest.mark.parametrize("text", [
    "The barge sank and left 95 people dead or missing.",
    "Some 140 villagers are dead or missing after the mudslide.",
    "The storm killed or left missing 70 fishermen, and 230 were dead or unaccounted for.",
])
def test_dead_or_missing_is_neither(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure in ("killed", "missing") and c.value in (95, 140, 230)]


@pytest.mark.parametrize("text", [
    "It soon became clear that it couldn't be as many as 500 dead.",
    "The toll cannot be 900 dead, the governor insisted.",
])
def test_a_denied_number_is_no_claim(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.value in (500, 900)]


def test_the_group_an_opening_among_names_is_no_figure(nlp) -> None:
    claims = _claims(nlp, "Among the 140 pupils, 30 have been confirmed dead and 90 are still missing.")
    assert not [c for c in claims if c.value == 140]
    assert _one(claims, 30).measure == "killed" and _one(claims, 30).subject == "child"
    assert _one(claims, 90).measure == "missing" and _one(claims, 90).subject == "child"


def test_among_the_dead_is_still_a_whole(nlp) -> None:
    claims = _claims(nlp, "Among the 154 dead, 26 were foreigners.")
    assert _one(claims, 154).measure == "killed" and _one(claims, 26).part_of == _one(claims, 154).id


@pytest.mark.parametrize(("text", "value"), [
    ("The inquiry recorded the deaths of 62 residents.", 62),
    ("The flood caused the death of over 120 villagers.", 120),
])
def test_deaths_of_n_people(nlp, text: str, value: float) -> None:
    assert _one(_claims(nlp, text), value).measure == "killed"


def test_the_number_of_injured_is_injured(nlp) -> None:
    claims = _claims(nlp, "Officials raised the toll for the crash to 150 and put the number of injured at 640.")
    assert _one(claims, 150).measure == "killed" and _one(claims, 150).subject == "person"
    assert _one(claims, 640).measure == "injured"


def test_missing_presumed_dead_counts_with_the_dead(nlp) -> None:
    assert _one(_claims(nlp, "Sixty were missing, presumed dead."), 60).measure == "killed"


def test_missing_presumed_dead_is_a_part_of_the_toll(nlp) -> None:
    claims = _claims(nlp, "The toll from the blaze rose to 64 on Monday. Police said nine had been identified "
                          "and 55 were missing, presumed dead.")
    assert _one(claims, 55).measure == "killed" and _one(claims, 55).part_of == _one(claims, 64).id


def test_a_live_blog_date_is_no_figure(nlp) -> None:
    claims = _claims(nlp, "6/3 – The agency reports 180 dead and 40 missing.")
    assert {(c.measure, c.value) for c in claims} == {("killed", 180), ("missing", 40)}


@pytest.mark.parametrize("text", [
    "Two new bodies found, raising quarry toll to 61",
    "The toll rose to 61 after two bodies were found in the mud.",
])
def test_what_raised_the_toll_is_not_the_toll(nlp, text: str) -> None:
    claims = _claims(nlp, text)
    total = _one(claims, 61)
    assert [c for c in claims if c.measure == "killed" and c.part_of is None] == [total]


def test_the_toll_raised_by_recovered_bodies_is_not_a_period_part(nlp) -> None:
    claims = _claims(nlp, "Nine more bodies were recovered from the hull on Monday, raising the toll to 240.")
    assert _one(claims, 240).part_of is None and _one(claims, 240).update_cue


@pytest.mark.parametrize(("text", "value"), [
    ("The toll from the collapse stands at 300. Out of 300 deaths, over 60 bodies are yet to be identified.", 60),
    ("The toll from the collapse stands at 300. With 96 bodies yet to be identified, the morgue is full.", 96),
    ("The toll from the collapse stands at 300. Around 25 of the victims are believed to have died of electrocution.", 25),
    ("The toll from the collapse stands at 300. Some 25 bodies had no marks on them and are believed to have died "
     "of electrocution.", 25),
])
def test_parts_of_the_dead_by_status_and_cause(nlp, text: str, value: float) -> None:
    claims = _claims(nlp, text)
    wholes = {c.id for c in claims if c.value == 300 and c.part_of is None}
    assert wholes and _one(claims, value).part_of in wholes


@pytest.mark.parametrize(("text", "values"), [
    ("The number of injured reached 900. On Monday, 120 are still being treated in hospital.", (120,)),
    ("The number of injured reached 900. Remaining, 120 were getting treated by Monday.", (120,)),
    ("The number of injured reached 900. He said that of the 900 injured, less than 90 are undergoing treatment.", (90,)),
])
def test_parts_of_the_injured_by_status(nlp, text: str, values: tuple[float, ...]) -> None:
    claims = _claims(nlp, text)
    for v in values:
        c = _one(claims, v)
        assert c.measure == "injured" and c.part_of is not None


def test_pupils_and_teachers_among_the_dead_are_parts(nlp) -> None:
    claims = _claims(nlp, "The toll rose to 40. Nine pupils and two teachers are among the confirmed dead.")
    assert _one(claims, 9).part_of == _one(claims, 40).id and _one(claims, 2).part_of == _one(claims, 40).id


@pytest.mark.parametrize("text", [
    "So far, 410 patients have been discharged from the two hospitals.",
    "Among the 140 pupils, 30 died and 75 students were saved.",
    "A total of 410 injured people have been discharged from hospital.",
    "Officials said 410 wounded passengers had been discharged by Monday.",
])
def test_people_sent_home_or_saved_are_no_count_of_harm(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.value in (410, 75)]


def test_missing_and_feared_dead_is_missing(nlp) -> None:
    claims = _claims(nlp, "Rescuers had saved 120, with six confirmed dead and 280 - mostly pupils - still missing and feared dead.")
    assert _one(claims, 280).measure == "missing" and _one(claims, 6).measure == "killed"


def test_a_counted_phrase_is_no_speaker_of_the_next_figure(nlp) -> None:
    claims = _claims(nlp, "The captain was detained over the sinking that left at least 28 people confirmed dead and 274 "
                          "missing, officials said.")
    assert all("28" not in s.name for c in claims for s in c.sources)


def test_the_critical_list_is_not_the_dead(nlp) -> None:
    claims = _claims(nlp, "By the evening the number of deaths was six, with as many as 20 people on the critical list "
                          "in hospitals across the city.")
    assert _one(claims, 6).measure == "killed" and _one(claims, 20).measure == "injured"


def test_a_named_kind_of_person_is_a_part_of_the_toll(nlp) -> None:
    claims = _claims(nlp, "The toll from the sinking rose to 120 on Tuesday. Three teachers were dead and five "
                          "students were killed.")
    toll = _one(claims, 120)
    assert _one(claims, 3).part_of == toll.id and _one(claims, 5).part_of == toll.id


def test_a_larger_named_group_stays_a_figure(nlp) -> None:
    claims = _claims(nlp, "The fire killed 72 residents. Police said 60 people had died by Friday.")
    assert _one(claims, 72).part_of is None


def test_status_after_people_sent_home(nlp) -> None:
    claims = _claims(nlp, "The number of injured reached 900. So far, 500 have been discharged and 400 are being treated.")
    assert not [c for c in claims if c.value == 500]
    assert _one(claims, 400).part_of == _one(claims, 900).id


@pytest.mark.parametrize(("text", "value"), [
    ("Final toll: 53 dead in the quarry collapse", 53),
    ("The final death toll is 53, the police announced.", 53),
    ("After checking the lists, the final toll has been fixed at 53, he said.", 53),
])
def test_a_final_toll_is_an_update(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed" and c.update_cue and "final" in c.update_cue.lower()


@pytest.mark.parametrize("text", [
    "Warrants for the arrest of two other crew members have also been lodged with a court.",
    "Twenty-two of the 29 members of the crew survived, and 11 have been arrested.",
    "The seven crew members who have not been arrested or detained worked in the galley.",
])
def test_arrests_sought_survivors_and_denied_arrests_are_no_detentions(nlp, text: str) -> None:
    assert {c.value for c in _claims(nlp, text) if c.measure == "detained"} <= {11}


def test_an_earlier_disaster_named_as_a_comparison_is_background(nlp) -> None:
    claims = _claims(nlp, "It follows tragedies including the Hill Street disaster, which led to the deaths of 97 fans.")
    assert not [c for c in claims if c.value == 97]


def test_foreign_bodies_count_foreign_nationals(nlp) -> None:
    claims = _claims(nlp, "Rescuers recovered three foreign bodies from the wreck on Monday.")
    assert _one(claims, 3).subject == "foreign national"
