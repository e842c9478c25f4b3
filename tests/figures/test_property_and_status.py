"""A property count listing kinds of building counts buildings; critical condition is a status (invented sentences)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of, one_of

from counterpoint.figures.subjects import subject_class
from counterpoint.reconcile.slots import normalize_subject

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(("subject", "cls"), [
    ("house and business and building", "building"),  # "homes, businesses and other structures"
    ("house and shop", "building"),
    ("school, church and house", "building"),
    ("building", "building"),
    ("house", "house"),  # one kind stays its own (homes are a part of all buildings)
    ("shop and vehicle", "shop and vehicle"),  # not all buildings: left as written
])
def test_a_list_of_building_kinds_is_a_count_of_buildings(subject, cls):
    assert subject_class(subject, "property") == cls


def test_a_list_of_building_kinds_meets_a_count_of_structures_in_one_slot(nlp):
    listed = one_of(claims_of(nlp, "The wildfire destroyed more than 4,000 homes, businesses and other structures."), 4000)
    counted = one_of(claims_of(nlp, "Fire officials said 9,120 structures were destroyed."), 9120)
    assert normalize_subject(listed.subject, listed.measure) == normalize_subject(counted.subject, counted.measure)
    looted = one_of(claims_of(nlp, "Rioters looted 40 shops overnight."), 40)
    assert normalize_subject(looted.subject, looted.measure) == "shop"


def test_critical_condition_is_a_status_part_of_the_injured(nlp):
    for text, value in [("The quake killed 2,100 people and injured 2,400, 1,404 of them critically.", 1404),
                        ("The blast injured 300 people, including 45 in critical condition.", 45),
                        ("Police said 60 people were hurt; 12 of them are on the critical list.", 12)]:
        assert one_of(claims_of(nlp, text), value).scope == "critical", text
    assert one_of(claims_of(nlp, "The blast injured 300 people, including 45 children."), 45).scope is None
