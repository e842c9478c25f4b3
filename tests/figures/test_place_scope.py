"""The place a figure counts, when NER mis-tags the name or leaves it untagged (invented sentences)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of, one_of

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(("text", "value", "place"), [
    # a named area: the name is a compound of the place noun
    ("The storm flattened Rivenmoor district, where 412 people died.", 412, "Rivenmoor"),
    ("In the province of Kestrava, 233 people were killed.", 233, "Kestrava"),
    # an apposed count shares the clause of the phrase it renames
    ("Most of the dead – 640 – were in the Brannock district near the coast, officials said.", 640, "Brannock"),
    # a place as the subject of a verb of recording
    ("Dornholt province recorded 1,108 deaths, officials said.", 1108, "Dornholt"),
    # a "where" clause on the object of a place subject's verb
    ("Ulmbridge province suffered the worst damage, where nearly 870 people lost their lives.", 870, "Ulmbridge"),
    ("Harlow district accounted for 2,115 deaths, followed by the capital.", 2115, "Harlow"),
    # a "where" clause on an unnamed area
    ("The worst hit was the northern region, where 1,318 have been killed.", 1318, "the northern region"),
    # the place of the incident the count happened in
    ("Four people were killed in an explosion in Kabul on Monday.", 4, "Kabul"),
    ("Eight civilians and 31 police officers were hurt in clashes in the capital, it said.", 31, "the capital"),
])
def test_a_narrower_place_scopes_the_count(nlp, text, value, place):
    assert one_of(claims_of(nlp, text), value).place_name == place


def test_mostly_in_a_place_is_where_most_were_not_the_scope(nlp):
    c = one_of(claims_of(nlp, "At least 2,310 people died, mostly in Marrakech and the mountain villages, officials said."), 2310)
    assert c.place_name is None


def test_a_name_ner_reads_as_a_person_is_a_place_after_in(nlp):
    # spaCy's small model tags unfamiliar two-word names as people; a count is never "in" a person.
    claims = claims_of(nlp, "By province, the quake caused 1,604 deaths in Al Haouz and one death in Essaouira, the ministry said.")
    assert one_of(claims, 1604).place_name == "Al Haouz"
    assert one_of(claims, 1).place_name == "Essaouira"


def test_the_subject_of_a_verb_of_doing_is_no_scope(nlp):
    c = one_of(claims_of(nlp, "The army killed 30 fighters near the border, a spokesman said."), 30)
    assert c.place_name is None


def test_a_reporting_body_as_subject_is_no_place(nlp):
    c = one_of(claims_of(nlp, "The ministry reported 300 deaths on Tuesday."), 300)
    assert c.place_name is None
