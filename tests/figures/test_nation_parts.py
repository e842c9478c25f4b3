"""A nation's people counted apart from the whole (figures/scope.py, figures/subjects.py,
data/demonyms.tsv) and parts named by "include" (figures/parts.py), on invented sentences in
several styles: wire copy, state media, a consulate statement, a local paper."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one

from counterpoint.figures.subjects import demonym_country, nation_of, people_adjective
from counterpoint.reconcile.wholes import nation_key, nation_label


@pytest.mark.parametrize(("word", "country"), [
    ("Australians", "australia"), ("Dutch", "the netherlands"), ("Britons", "united kingdom"),
    ("Filipinos", "philippines"), ("Frenchmen", "france"), ("Ivorian", "ivory coast"), ("Peru", "peru"),
])
def test_words_for_a_people_name_their_country(word: str, country: str) -> None:
    assert demonym_country(word) == country


@pytest.mark.parametrize("word", ["police", "children", "Monday", "officials"])
def test_other_words_name_no_country(word: str) -> None:
    assert demonym_country(word) is None


def test_a_people_and_its_country_share_one_key_and_label() -> None:
    assert nation_key("Dutch") == nation_key("Netherlands") == nation_key("the Netherlands")
    assert nation_key("Britons") == nation_key("British") == nation_key("United Kingdom")
    assert nation_label("Norwegians") == nation_label("Norway") == "norwegian"
    assert people_adjective("japan") == "Japanese"
    # an adjective two countries share keeps the countries apart
    assert nation_label("Republic of the Congo") != nation_label("Democratic Republic of the Congo")


@pytest.mark.parametrize(("text", "value", "nation"), [
    # wire: the people's name as the counted noun, the NER's label or not
    ("The dead included tourists from many countries, among them 14 Norwegians, officials said.", 14, "norway"),
    # consulate statement: the copula after a passive verb
    ("Nine of the dead are confirmed to be Canadian, the consulate said on Tuesday.", 9, "canada"),
    ("Four of those killed were believed to be Swedes, according to the embassy.", 4, "sweden"),
    # local paper: where the dead were from, with "be"
    ("Twenty-one of the dead were from Peru, the regional newspaper reported.", 21, "peru"),
])
def test_a_count_of_one_nations_people(nlp, text: str, value: float, nation: str) -> None:
    c = _one([c for c in _claims(nlp, text) if c.measure == "killed"], value)
    assert c.subject is not None and nation_key(nation_of(c.subject) or "") == nation


@pytest.mark.parametrize(("text", "value", "nation"), [
    ("The official Canadian death toll from the crash had reached 31, the foreign ministry said today.", 31, "canada"),
    ("Norwegian death toll climbs to 17", 17, "norway"),  # a headline parsed without a verb
    ("The Japanese toll rose to 12 on Sunday, the embassy in the capital said.", 12, "japan"),
    ("The number of confirmed Canadian deaths from the crash reached 30 on Sunday.", 30, "canada"),
    ("Norwegian fatalities rose to 12, the embassy said.", 12, "norway"),
])
def test_a_nations_own_death_toll(nlp, text: str, value: float, nation: str) -> None:
    c = _one([c for c in _claims(nlp, text) if c.measure == "killed"], value)
    assert nation_key(nation_of(c.subject) or "") == nation


@pytest.mark.parametrize(("text", "value"), [
    ("The quake killed 2,300 people in the province, officials said.", 2300),
    ("The number of deaths reached 300 on Sunday, the ministry said.", 300),
    # a page's menu run into a headline: the NER's "nationality" on the toll is no people's name
    ("Popular Topics Toll in Freedonia flood rises to 57 dead", 57),
    ("Nine people came from the capital to help the rescuers, who found 40 bodies.", 40),
])
def test_no_nation_where_none_is_named(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert nation_of(c.subject) is None


@pytest.mark.parametrize(("text", "whole", "parts"), [
    ("The toll rose to 230 on Friday. They include 190 who died at the scene, 40 in hospital.", 230, (190, 40)),
    ("State television said 96 people had died. Those killed include 31 children, it said.", 96, (31,)),
])
def test_a_group_that_includes_a_number_makes_it_a_part(nlp, text: str, whole: float, parts: tuple[float, ...]) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == "killed"]
    w = _one(claims, whole)
    assert w.part_of is None
    for p in parts:
        assert _one(claims, p).part_of == w.id


def test_rules_that_include_numbers_make_no_part(nlp) -> None:
    assert not [c for c in _claims(nlp, "The new rules include 40 exemptions for small firms.") if c.part_of]


# ---- people who fled across a border: a part of the displaced -------------------------------
@pytest.mark.parametrize(("text", "value"), [
    # wire: the border as the object of "cross"
    ("Freedonia said more than 9,000 refugees had already crossed the border, the agency reported.", 9000),
    # rights group: "to" a neighbouring country
    ("Some 300,000 people have been displaced, including 45,000 who fled to neighbouring Ruritania.", 45000),
    # state media: an aside with a wound word does not make the crossers injured
    ("Officials said 21,000 people -- mostly women, some wounded -- had crossed over into camps.", 21000),
])
def test_people_who_fled_across_a_border_are_displaced_abroad(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.measure == "displaced" and c.scope == "abroad"


@pytest.mark.parametrize(("text", "value"), [
    ("About 5,000 people fled to the capital, officials said.", 5000),
    ("Some 300,000 people have been displaced by the floods, the United Nations said.", 300000),
])
def test_flight_inside_the_country_is_no_part_abroad(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.scope != "abroad"


def test_people_killed_at_a_border_stay_the_dead(nlp) -> None:
    c = _one(_claims(nlp, "Police said 40 people who tried to cross the border were killed."), 40)
    assert c.measure == "killed" and c.scope != "abroad"


# ---- a group named as the whole, with no verb or noun of the measure in the sentence ----------
@pytest.mark.parametrize(("text", "values"), [
    ("Among the victims were 41 Norwegians and 12 Britons.", {41: "norway", 12: "united kingdom"}),  # wire
    ("Of the dead, 15 were Canadians, the consulate said.", {15: "canada"}),  # consulate statement
])
def test_numbers_picked_from_a_group_of_the_dead(nlp, text: str, values: dict[int, str]) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == "killed"]
    for value, nation in values.items():
        assert nation_key(nation_of(_one(claims, value).subject) or "") == nation


def test_a_countrys_name_after_a_number_counts_no_people(nlp) -> None:
    assert not _claims(nlp, "Among the towns were 14 Ruritania villages with no road access.")


def test_a_group_with_its_own_number_and_no_measure_word_is_not_guessed(nlp) -> None:
    # the sentence names its whole only inside "of the 58 victims": no count to hang a part on
    assert not [c for c in _claims(nlp, "Of the 58 victims, 19 have been identified.") if c.value == 19]
