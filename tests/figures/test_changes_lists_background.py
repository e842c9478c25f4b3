"""Change pairs, lists of the missing and earlier events' figures (issue 11, the two new dev
events): "from X to Y" after a change verb is an old and a new figure, never a range, and each
coordinated clause counts its own subject; the length of a list of the missing counts the
missing; a clause telling what an earlier event did is background. Every sentence is invented."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "old", "new", "measure"), [
    ("The number of people unaccounted for rose sharply from 310 to 655 on Friday.", 310, 655, "missing"),
    ("The death toll climbed steadily from 41 to 77 overnight.", 41, 77, "killed"),
    ("The toll of the dead went from 12 to 19 after rescuers reached the village.", 12, 19, "killed"),
])
def test_from_to_after_a_change_verb_is_an_old_and_a_new_figure(nlp, text, old, new, measure) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.qualifier == "range"]
    o, n = _one(claims, old), _one(claims, new)
    assert o.measure == n.measure == measure
    assert o.id in n.supersedes




@pytest.mark.parametrize(("text", "values"), [
    ("By then the death toll had increased from 38 to 52, while the number of missing fell from 410 to 366.",
     {38: "killed", 52: "killed", 410: "missing", 366: "missing"}),
])
def test_coordinated_clauses_take_their_own_measures(nlp, text, values) -> None:
    claims = _claims(nlp, text)
    for value, measure in values.items():
        assert _one(claims, value).measure == measure


@pytest.mark.parametrize(("text", "values"), [
    ("The sheriff said the list of names of those unaccounted for after the blaze has fallen to about 800.", [800]),
    ("Officials published a list of people still missing. The list had as many as 1,400 people on it "
     "before it was trimmed to 520 by Friday.", [1400, 520]),
    ("Police keep a list of residents who remain unaccounted for. At its longest, the list ran to 30 pages, "
     "offering a startling 1,150 names.", [1150]),
])
def test_the_length_of_a_list_of_the_missing_counts_the_missing(nlp, text, values) -> None:
    claims = _claims(nlp, text)
    for value in values:
        assert _one(claims, value).measure == "missing"
    assert not [c for c in claims if c.value == 30]


def test_a_list_of_something_else_is_no_count_of_the_missing(nlp) -> None:
    claims = _claims(nlp, "The shop keeps a list of 40 suppliers. The list has 60 entries, and 9 people died in the fire.")
    assert not [c for c in claims if c.measure == "missing"]
    assert _one(claims, 9).measure == "killed"


@pytest.mark.parametrize("text", [
    "The flood killed 64 people. A similar dam owned by the firm failed in 2012 in the town of Ridgeford, killing 23.",
    "The flood killed 64 people. Another mine dam collapsed in 2012 in the city of Ridgeford in Coast state, "
    "resulting in 23 deaths and forcing hundreds from their homes.",
])
def test_a_consequence_clause_of_an_earlier_years_event_is_background(nlp, text) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, 64).measure == "killed"
    assert not [c for c in claims if c.value == 23]


def test_a_consequence_clause_of_this_years_event_is_the_toll(nlp) -> None:
    claims = _claims(nlp, "The dam burst on Friday in 2023, killing 40.")
    assert _one(claims, 40).measure == "killed"


def test_each_listed_bare_number_counts_the_first_figures_measure_in_its_own_place(nlp) -> None:
    claims = _claims(nlp, "The storm caused 210 deaths in Kerrowvale, 52 in Tamsbury, 14 in Oldquay and 5 in Fenmarsh, "
                          "officials said.")
    for value, place in ((210, "Kerrowvale"), (52, "Tamsbury"), (14, "Oldquay"), (5, "Fenmarsh")):
        c = _one(claims, value)
        assert (c.measure, c.place_name) == ("killed", place)


def test_of_before_a_count_of_people_is_no_year(nlp) -> None:
    claims = _claims(nlp, "A total of 1875 people were confirmed dead.")
    assert _one(claims, 1875).measure == "killed"
    assert all(c.value != 1875 for c in _claims(nlp, "In 1875 people were killed in a flood."))


def test_the_list_of_a_document_about_the_missing_counts_the_missing(nlp) -> None:
    claims = _claims(nlp, "The number of people missing fell again. On Monday, the list had as many as 1,300 people on it "
                          "before it was cut to 610 people.")
    assert _one(claims, 1300).measure == "missing"
    assert _one(claims, 610).measure == "missing"


def test_a_named_fire_is_no_place(nlp) -> None:
    claims = _claims(nlp, "The list of people unaccounted for in the Sandy Ridge Fire rose from 297 to 631 on Thursday.")
    assert _one(claims, 631).place_name is None


def test_a_forecast_to_leave_a_toll_is_no_count(nlp) -> None:
    claims = _claims(nlp, "Two managers were held as an inquiry began into a flood expected to leave a death toll of more "
                          "than 300 people.")
    assert not [c for c in claims if c.value == 300]
