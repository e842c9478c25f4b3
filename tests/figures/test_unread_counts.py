"""Counts real coverage writes that were left unread (issue 11, 16): a toll named by a level noun
with its counted noun ("the death count", "the arrest tally"), a bare number beside a lower-case
"may" or "march", attackers and plotters as the counted people, a count in another place opened
by "a further", "an additional" count joined by "as well as", and soldiers who side with a coup.
Sentences invented for the tests, in wire, state-media and local-paper styles."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims


def _read(nlp, text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.measure, c.value, c.subject) for c in _claims(nlp, text)]


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("The official death count from three days of flooding climbed to 214 on Monday, the agency said.",
     "killed", 214),
    ("The death tally in the province stands at 57, according to the governor.", "killed", 57),
    ("The arrest count reached 1,320 by the weekend, police said.", "detained", 1320),
    ("The injury total rose to 486 overnight.", "injured", 486),
])
def test_level_noun_with_counted_compound_is_a_toll(nlp, text: str, measure: str, value: float) -> None:
    assert (measure, value) in [(m, v) for m, v, _ in _read(nlp, text)]


def test_level_noun_without_number_reads_nothing(nlp) -> None:
    assert _read(nlp, "The spokesman said the death count was being checked again.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("The broadcaster understands about 60 may have died in the blaze.", 60),
    ("Rescuers said that 25 may be dead under the collapsed roof.", 25),
])
def test_lower_case_may_is_a_modal_not_a_month(nlp, text: str, value: float) -> None:
    assert ("killed", value) in [(m, v) for m, v, _ in _read(nlp, text)]


def test_capital_may_still_dates_a_day(nlp) -> None:
    # "14 May" is a date, not a count of fourteen
    assert [v for _, v, _ in _read(nlp, "On 14 May, 40 people died in the floods.")] == [40]


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("The army said 87 putschists had been killed in the fighting at the airbase.", 87, "coup plotter"),
    ("Police said 9 attackers were shot dead near the station.", 9, "attacker"),
    ("State television said 31 insurgents had been killed in the raid.", 31, "insurgent"),
])
def test_attackers_are_counted_people(nlp, text: str, value: float, subject: str) -> None:
    assert ("killed", value, subject) in _read(nlp, text)


def test_a_compound_adjective_is_no_counted_person(nlp) -> None:
    # "rebel-held" says who holds the area; the count is of people
    found = _read(nlp, "The group said 312 people died in rebel-held districts in the north.")
    assert ("killed", 312, "person") in found


@pytest.mark.parametrize(("text", "subject"), [
    ("The minister did not count the 58 soldiers backing the coup who were killed that night.", "coup plotter"),
    ("Some 30 officers who took part in the putsch were killed.", "coup plotter"),
    ("Some 30 soldiers killed during the coup were buried on Friday.", "soldier"),
])
def test_soldiers_who_side_with_a_coup_are_its_plotters(nlp, text: str, subject: str) -> None:
    assert [s for m, _, s in _read(nlp, text) if m == "killed"][:1] == [subject]


def test_a_further_count_in_another_place_is_that_place_count(nlp) -> None:
    text = ("The ministry said 40 people were killed in the capital. A further 16 people were also killed "
            "in Freedonia, according to its interior minister.")
    found = {(c.value, c.place_name) for c in _claims(nlp, text) if c.measure == "killed"}
    assert (16, "Freedonia") in found


def test_a_further_count_in_the_same_place_is_a_change(nlp) -> None:
    text = "The toll in the capital rose to 200. A further 30 died in the capital on Sunday."
    assert 30 not in [c.value for c in _claims(nlp, text)]


def test_as_well_as_an_additional_count_is_its_own(nlp) -> None:
    text = ("The toll in the region is at least 1,500, including 900 in the hills, according to the rescue "
            "group, as well as an additional 420 deaths in the valley towns, according to state radio.")
    claims = [c for c in _claims(nlp, text) if c.measure == "killed"]
    assert 420 in [c.value for c in claims]
    assert 421 not in [c.value for c in claims]  # "the rescue group" is no person counted with them


@pytest.mark.parametrize(("text", "value"), [
    ("The provincial office lowered the number of confirmed dead to 38 on Thursday.", 38),
    ("Rescue services raised the number of confirmed dead to 61.", 61),
])
def test_number_of_confirmed_dead_is_the_toll(nlp, text: str, value: float) -> None:
    assert ("killed", value) in [(m, v) for m, v, _ in _read(nlp, text)]


def test_as_well_as_continues_a_list_of_parts(nlp) -> None:
    text = ("The toll in the region is at least 1,500, including 900 in the hills, according to the rescue "
            "group, as well as an additional 420 deaths in the valley towns, according to state radio.")
    claims = {c.value: c for c in _claims(nlp, text) if c.measure == "killed"}
    assert claims[420].part_of == claims[1500].id == claims[900].part_of


def test_as_well_as_after_a_whole_adds_no_part(nlp) -> None:
    claims = {c.value: c for c in _claims(nlp, "Officials said 300 people died, as well as 40 in the next province.")}
    assert claims[40].part_of is None
