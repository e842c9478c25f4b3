"""A web page's time stamps ("33m ago") are no figures, and a number after a toll's verb is the
toll's level though a headline joins that clause to another clause's verb ("Engineers arrested as
death toll rises to 84"). Every sentence is invented for these tests."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "stamp", "value", "measure"), [
    ("33m agoMan arrested after two protesters were hurt", 33, 2, "injured"),
    ("Updated 3 hours ago Police arrested 12 protesters in the capital.", 3, 12, "detained"),
    ("5 mins ago 12 people were killed in the blast, police said.", 5, 12, "killed"),
    ("2h ago: 40 dead as ferry sinks off the coast", 2, 40, "killed"),
])
def test_a_pages_time_stamp_is_no_figure(nlp, text, stamp, value, measure) -> None:
    claims = _claims(nlp, text)
    assert not [c for c in claims if c.value == stamp]
    assert _one(claims, value).measure == measure


@pytest.mark.parametrize(("text", "value"), [
    ("Engineers arrested as death toll from mine flood rises to 84", 84),
    ("Three managers detained as toll climbs to 120", 120),
    ("Two men arrested as death toll from ferry sinking reaches 57", 57),
    ("Police arrested three men as the death toll in the stadium crush rose to 40.", 40),
])
def test_the_number_after_a_tolls_verb_is_the_toll_not_the_other_clauses(nlp, text, value) -> None:
    assert _one(_claims(nlp, text), value).measure == "killed"


def test_the_other_clause_keeps_its_own_count(nlp) -> None:
    claims = _claims(nlp, "Police arrested three men as the death toll in the stadium crush rose to 40.")
    assert _one(claims, 3).measure == "detained"
