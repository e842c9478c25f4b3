"""Figures that are not reported counts, as real coverage writes them (issue 11): modal
estimates and expectations (hedged, never a count in a toll series; fears and predictions are no
figures at all: test_projections), questions about a figure,
forecasts by expectation, people accounted for, counts beyond an earlier one ("three other
deaths"), the injured still in hospital, and numbers in house styles read inside a sentence.
Sentences in several styles (wire, state media, rights group, local paper), all invented."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims


def _of(nlp, text: str, measure: str) -> list:
    return [c for c in _claims(nlp, text) if c.measure == measure]


@pytest.mark.parametrize(("text", "value"), [
    # wire
    ("A senior senator told reporters that 80,000 could be dead, though no one really knows.", 80_000),
    # rights group
    ("As many as 600 prisoners may have died in the jail fire, the monitoring group said.", 600),
    # local paper
    ("Fire officials said they expected a figure of 90 dead by the end of the search.", 90),
])
def test_modal_estimates_and_expectations_are_hedged(nlp, text: str, value: float) -> None:
    found = [c for c in _of(nlp, text, "killed") if c.value == value]
    assert found and all(c.hedged for c in found)


@pytest.mark.parametrize(("text", "value"), [
    ("Police said 14 people were killed in the blast on Friday.", 14),
    ("The health ministry said the toll has risen to 2,310.", 2310),
    ("At least 61 people died, the regional governor's office said.", 61),
    # "as expected" in its own clause hedges nothing
    ("The flood killed 700 people, far more than expected.", 700),
])
def test_firm_counts_are_not_hedged(nlp, text: str, value: float) -> None:
    found = [c for c in _of(nlp, text, "killed") if c.value == value]
    assert found and not any(c.hedged for c in found)


@pytest.mark.parametrize("text", [
    "Could the blaze really have killed 1,000 people?",
    "Did 300 people really die in the crush at the stadium?",
    "Has the earthquake killed more than 20,000?",
    "Were 40 miners really trapped below ground?",
])
def test_a_yes_no_question_states_no_figure(nlp, text: str) -> None:
    assert not _claims(nlp, text)


def test_a_wh_question_takes_its_count_as_given(nlp) -> None:
    found = _of(nlp, "Why did 40 people die in a fire the city had been warned about?", "killed")
    assert [c.value for c in found] == [40]


@pytest.mark.parametrize(("text", "gone"), [
    ("There were 130 people accounted for and 152 people unaccounted for, the mayor said.", 130),
    ("Some 190 residents have now been accounted for, while 150 remain unaccounted for.", 190),
    ("Rescuers said 75 of the guests were accounted for by Tuesday evening; 12 are still missing.", 75),
])
def test_people_accounted_for_are_not_missing(nlp, text: str, gone: float) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.value == gone]
    assert [c for c in claims if c.measure == "missing"]  # the unaccounted for are still read


@pytest.mark.parametrize("text", [
    "Three other deaths occurred in a separate fire further south.",
    "Two others died later of their wounds, the hospital said.",
])
def test_others_opening_a_sentence_are_no_toll(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure == "killed" and c.part_of is None]


def test_others_beside_a_count_of_another_measure_are_still_read(nlp) -> None:
    claims = _claims(nlp, "Five people died in the crash and two others were injured.")
    assert [c.value for c in claims if c.measure == "killed"] == [5]
    assert [c.value for c in claims if c.measure == "injured"] == [2]


def test_others_in_a_list_of_the_dead_are_still_read(nlp) -> None:
    claims = _claims(nlp, "Two police officers and three others were killed in the ambush.")
    assert 3 in [c.value for c in claims if c.measure == "killed"]


@pytest.mark.parametrize("text", [
    "The ministry said 2,100 people were injured. A total of 640 injured people were still in various hospitals.",
    "Officials said 310 were hurt in the quake; 95 of them remain at two local clinics.",
    "Of the 480 wounded, 150 remain in hospital, a doctor said.",
])
def test_the_injured_still_in_hospital_are_a_part(nlp, text: str) -> None:
    injured = _of(nlp, text, "injured")
    wholes = [c for c in injured if c.part_of is None]
    parts = [c for c in injured if c.part_of is not None]
    assert len(wholes) == 1 and len(parts) == 1 and parts[0].value < wholes[0].value


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("The government initially estimated 150-thousand dead.", 150_000, "about"),
    ("The earthquake killed around a quarter of a million people.", 250_000, "about"),
    ("Police said a dozen people were hurt in the stampede.", 12, "about"),
    ("The floods displaced 1.5-million people across the delta.", 1_500_000, "exact"),
    ("The cyclone displaced two lakh people in the coastal districts.", 200_000, "exact"),
])
def test_house_styles_inside_a_sentence(nlp, text: str, value: float, qualifier: str) -> None:
    found = [c for c in _claims(nlp, text) if c.value == value]
    assert found and found[0].qualifier == qualifier


@pytest.mark.parametrize(("text", "old", "new"), [
    ("The death toll was revised downward on Monday from 88 to 85.", 88, 85),
    ("The official toll rose Thursday from 297 to 410, the provincial governor said.", 297, 410),
    ("State television said the number of dead climbed overnight from 1,040 to 1,310.", 1040, 1310),
])
def test_a_day_between_the_change_verb_and_from(nlp, text: str, old: float, new: float) -> None:
    claims = _claims(nlp, text)
    newer = [c for c in claims if c.value == new]
    older = [c for c in claims if c.value == old]
    assert newer and older and newer[0].supersedes == (older[0].id,)


@pytest.mark.parametrize(("text", "measure", "old", "new"), [
    ("The list of the missing had grown to 1,202 names by Saturday. That number dropped on Sunday for the "
     "first time, from 1,202 to 993.", "missing", 1202, 993),
    ("Police said 380 people had been detained. The figure has since risen to 450.", "detained", None, 450),
    ("The rights group counted 64 dead by Tuesday night. This tally climbed from 64 to 81 a day later.",
     "killed", 64, 81),
    # the count named again, without a number, right before "that number": it still points back
    ("By Tuesday evening, 840 people were still missing, the sheriff said. Volunteers worked through the "
     "night. Phone lines were jammed. Shelters filled up in Chico. Families posted photos online. The "
     "roster covers everyone reported missing since the blaze began. That number fell on Wednesday from "
     "840 to 612.", "missing", 840, 612),
])
def test_that_number_points_back_to_the_count_before(nlp, text: str, measure: str, old: float | None,
                                                     new: float) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == measure]
    newer = [c for c in claims if c.value == new]
    assert newer
    if old is not None:
        assert newer[-1].supersedes


@pytest.mark.parametrize("text", [
    "Officials said 30 people died. The number of homes lost rose from 500 to 700.",
    "Police said 40 people were arrested. The total was about 12 percent higher than last year.",
    "Officials said 30 people died. That number is small beside the storm of 1998.",
])
def test_that_number_takes_no_count_it_does_not_state(nlp, text: str) -> None:
    assert len(_claims(nlp, text)) == 1


def test_a_qualifier_the_parse_made_the_head_is_not_the_counted_noun(nlp) -> None:
    # "around" parsed as a preposition over "a quarter of a million people"
    text = ("The quake struck the poor island nation a year ago, killing around a quarter of a million people.")
    found = [c for c in _claims(nlp, text, published="2011-01-12") if c.measure == "killed"]
    assert [c.value for c in found] == [250_000]


@pytest.mark.parametrize(("text", "measure", "value"), [
    # local TV headline
    ("Number of missing goes down to 6", "missing", 6),
    # wire
    ("The sheriff said the number of people missing after the fire has gone down to 14.", "missing", 14),
    ("Police updated the number of missing to 10 on Wednesday evening.", "missing", 10),
    # state media
    ("The number of detained protesters has gone up to 312, the interior ministry said.", "detained", 312),
])
def test_the_number_of_a_measure_reaching_a_level(nlp, text: str, measure: str, value: float) -> None:
    assert value in [c.value for c in _claims(nlp, text) if c.measure == measure]


def test_a_level_of_something_else_is_no_count(nlp) -> None:
    # the number of a thing, not of people: no people's figure
    assert not [c for c in _claims(nlp, "The number of open shelters went down to 6 on Friday.")
                if c.measure in ("missing", "killed", "injured", "detained")]


@pytest.mark.parametrize("text", [
    "The toll stands at 85. The sheriff's office also released the names of 10 additional people who died in the fire.",
    "At least 112 people were killed, the ministry said. Police published the names of 40 victims on Tuesday.",
    "The blasts killed 97 people. The coroner said the identities of 28 bodies had been confirmed by Friday.",
    "Ninety-one died in the flood; officials have so far established the identities of 35 of the victims.",
])
def test_names_made_public_are_no_toll(nlp, text: str) -> None:
    tolls = [c.value for c in _claims(nlp, text) if c.measure == "killed" and c.part_of is None]
    assert len(tolls) == 1 and tolls[0] > 80
