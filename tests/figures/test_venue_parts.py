"""Counts of one site of an event (a mosque, a concert hall, a sit-in) and of one place beside
another: scoped to their place, never the event's whole count (invented sentences)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of, one_of

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(("text", "value", "place"), [
    # a venue NER leaves untagged or tags as an organisation
    ("Thirty-one of the dead were found at the Elm Park mosque in the city centre.", 31, "Elm Park mosque"),
    ("At least 23 dead in shootings at Le Petit Moulin restaurant, officials said.", 23, "Le Petit Moulin restaurant"),
    ("The toll at the Nahda sit-in alone was 87, the ministry said.", 87, "Nahda sit-in"),
    # a "where" clause on a venue
    ("Gunmen stormed the Lumiere concert hall, where 77 people died.", 77, "Lumiere concert hall"),
    # the venue wins over the street it stands on
    ("Of those killed, 33 died at the Central mosque on Pine Avenue.", 33, "Central mosque"),
    # the subject of a verb of harm is an incident at a place
    ("The bombing at the Grand Hotel killed 14 people, police said.", 14, "the Grand Hotel"),
    # a place phrase that opens the clause of the count
    ("In Norvania the number of dead has risen to 412, officials said.", 412, "Norvania"),
])
def test_a_count_at_one_site_is_scoped_to_it(nlp, text, value, place):
    assert one_of(claims_of(nlp, text), value).place_name == place


def test_several_venues_are_the_whole_area(nlp):
    c = one_of(claims_of(nlp, "The gunman who murdered 51 people at two Brookfield mosques was sentenced on Thursday."), 51)
    assert c.place_name is None


def test_an_incident_named_after_its_venue_is_no_place(nlp):
    c = one_of(claims_of(nlp, "The toll in the Brookfield mosque shootings rose to 50, police said."), 50)
    assert c.place_name is None


def test_a_bare_name_the_article_calls_a_venue(nlp):
    c = one_of(claims_of(nlp, "He killed 38 people at Al Tawba, including a small boy. The Al Tawba mosque was closed."), 38)
    assert c.place_name == "Al Tawba mosque"


def test_listed_sites_after_an_unplaced_toll_are_its_parts(nlp):
    claims = claims_of(nlp, "At least 49 people have died, seven at Linwood Mosque and 41 at Masjid Al Noor Mosque.")
    whole = one_of(claims, 49)
    assert whole.place_name is None and whole.part_of is None
    assert [(c.place_name, c.part_of) for c in claims if c.value in (7, 41)] == [
        ("Linwood Mosque", whole.id), ("Masjid Al Noor Mosque", whole.id)]


def test_places_side_by_side_are_no_parts_of_each_other(nlp):
    claims = claims_of(nlp, "In Norvania the number of dead has risen to 412, with 188 dead in Westrland "
                            "and at least 40 dead in Kessia.")
    assert [(c.value, c.place_name, c.part_of) for c in claims] == [
        (412, "Norvania", None), (188, "Westrland", None), (40, "Kessia", None)]


def test_a_number_s_own_place_after_a_level_noun(nlp):
    claims = claims_of(nlp, "The agency said the toll in Norvania stood at 212 people, while the total known "
                            "number of fatalities was 188 in Westrland and 40 in Kessia.")
    assert [(c.value, c.place_name) for c in claims] == [(212, "Norvania"), (188, "Westrland"), (40, "Kessia")]


@pytest.mark.parametrize(("text", "value", "place"), [
    ("Eighty people were reported killed after gunmen burst into the Lumiere concert hall.", 80, "Lumiere concert hall"),
    ("Twelve people died when a gunman opened fire at the Rahma mosque on Friday.", 12, "Rahma mosque"),
    ("At least 30 were killed after attackers stormed the Grand Hotel.", 30, "Grand Hotel"),
    # no venue: the clause of the incident scopes nothing
    ("Nine people were killed after the storm hit the coast, officials said.", 9, None),
])
def test_the_venue_of_the_incident_a_count_followed(nlp, text, value, place):
    assert one_of(claims_of(nlp, text), value).place_name == place


def test_an_event_named_with_a_venue_word_is_no_venue(nlp):
    c = one_of(claims_of(nlp, "Forty people have died so far in the Ridge Camp Fire, the sheriff said."), 40)
    assert c.place_name is None


@pytest.mark.parametrize(("text", "value", "place"), [
    # a listing's label line: the site, its street address, a dash, the site's count
    ("The Copper Kettle cafe, 14 rue des Tanneurs, 9th district - at least 11 dead in the shootings", 11,
     "The Copper Kettle cafe"),
    ("Harbour Lights, 220 Quay Street - 6 dead", 6, "Harbour Lights"),
    # a "where" clause on a proper name after "in", whatever NER made of it (a square named
    # after a person)
    ("Investigators are looking at the block of flats in Piazza Marco Bellandi, where 23 people died.", 23,
     "Piazza Marco Bellandi"),
])
def test_a_count_at_a_site_named_by_address_or_where_clause(nlp, text, value, place):
    assert one_of(claims_of(nlp, text), value).place_name == place


def test_a_comma_and_a_number_make_no_label_line(nlp):
    c = one_of(claims_of(nlp, "In the capital, 40 people were killed on Friday."), 40)
    assert c.place_name != "In the capital"


def test_a_where_clause_on_a_number_of_towns_is_those_towns_count(nlp):
    text = "Rescue dogs searched the rubble in four villages, including this one, where more than 90 people died."
    assert one_of(claims_of(nlp, text), 90).place_name == "four villages"
