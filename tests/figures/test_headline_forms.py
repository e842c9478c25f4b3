"""Headline forms the figure reader must read whatever their case or punctuation: Title Case
lines, a colon headline with a bare count ("Ruritania: 300 dead, ..."), and a count whose
percentage of the population follows after a comma. Invented sentences."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Aid Agency Estimates 12,000 Dead In Ruritania Floods", 12000, "killed"),  # wire, Title Case
    ("Freedonia Mine Blast Kills 57 Workers", 57, "killed"),
    ("Quake Death Toll Reaches 840 In Mountain Villages", 840, "killed"),
    ("Aid agency estimates 12,000 dead in Ruritania floods", 12000, "killed"),  # the same, lower case
])
def test_a_title_case_headline_states_its_figure(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Ruritania: 12,000 dead, donors pledge $40m", 12000, "killed"),  # wire
    ("Freedonia floods: 40 injured, 12 missing as rivers rise", 40, "injured"),  # local paper
    ("Freedonia floods: 40 injured, 12 missing as rivers rise", 12, "missing"),
])
def test_a_bare_count_in_a_colon_headline_is_read(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


@pytest.mark.parametrize(("text", "value"), [
    ("A survey puts deaths from the floods at between 3,000 and 5,000, about 2 percent of the valley.", 4000),
    ("Officials estimate the dead at 1,200, roughly 3 percent of the town's population.", 1200),
])
def test_a_count_before_its_share_of_the_population_is_read(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "killed"
    assert not [x for x in _claims(nlp, text) if x.value in (2, 3)]  # the share is no count
