"""Number forms news writes that the parser reads (or leaves out) as a reader would: street
addresses and block numbers, ratios, fractions with and without a scale, a change and the level
it reached, a scale shared across a range, and four-digit sizes. Every sentence is invented."""

from __future__ import annotations

import pytest

from counterpoint.text.numbers import find_quantities


def _values(text: str) -> list[float | None]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "kept"), [
    ("Two men were shot in the 4200 block of Larkspur Avenue late Friday.", [2]),
    ("Police found the car at 1187 Old Mill Road on Tuesday.", []),
    ("The victim was found at 77 N. Harbor St. with a gunshot wound.", []),
    ("Shots were fired near 12-14 Quarry Lane, where three people live.", [3]),
    ("The 300 and 400 blocks of Cedar Street were closed.", []),
    # a Title Case headline's verbs and prepositions are no street name
    ("3 Wounded On Birch Street After Party", [3]),
])
def test_addresses_and_blocks_are_no_quantities(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("One in four renters spends half their income on housing.", 0.25, "exact"),
    ("Roughly two out of three members backed the plan.", 2 / 3, "about"),
    ("Nine in every 10 tickets were sold online.", 0.9, "exact"),
    ("About one in ten of those detained were later charged.", 0.1, "about"),
])
def test_a_ratio_is_one_fraction(text: str, value: float, qualifier: str) -> None:
    found = find_quantities(text)
    assert found[0].value == pytest.approx(value) and found[0].qualifier == qualifier


@pytest.mark.parametrize("text", [
    "The striker scored 3 in 5 games last month.",
    "The team lost 2 in 3 days.",
])
def test_a_tally_over_a_span_is_no_ratio(text: str) -> None:
    assert all(v is not None and v >= 1 for v in _values(text))


@pytest.mark.parametrize(("text", "value"), [
    ("one-third of the members voted against", 1 / 3),
    ("one-half of the budget", 0.5),
    ("a quarter million visitors came", 250_000),
    ("half million tourists", 500_000),
    ("the pipe runs 12 1/2 miles", 12.5),
    ("a 6 3/4 % coupon", 6.75),
    ("it took 2½ years", 2.5),
    ("add ¾ cup of flour", 0.75),
])
def test_fractions(text: str, value: float) -> None:
    assert _values(text) == [pytest.approx(value)]


@pytest.mark.parametrize("text", [
    "Their defence held for the final third of the match.",
    "Sales grew in the first half of the year.",
    "the third million-dollar prize",
])
def test_a_part_of_a_whole_is_no_fraction(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("Diesel rose $1 to $6.40 a gallon.", [1, 6.4]),
    ("The deficit widened by $12.5 billion to $96.1 billion.", [12.5e9, 96.1e9]),
    ("Inflation climbed 0.3% to 4.6% in June.", [0.3, 4.6]),
    ("Output was cut by 15 % to 2,300 tonnes.", [15, 2300]),
])
def test_a_change_and_the_level_it_reached_are_two(text: str, values: list[float]) -> None:
    assert _values(text) == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Fares rose 2 to 3 percent.", 2, 3),
    ("Prices fell between 4% and 6%.", 4, 6),
    ("The toll rose from 40 to 55.", 40, 55),
    ("Analysts expect $11 to $14 billion in sales.", 11e9, 14e9),
])
def test_ranges_stay_ranges(text: str, low: float, high: float) -> None:
    q = find_quantities(text)[0]
    assert (q.qualifier, q.low, q.high) == ("range", pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "values"), [
    ("The 1850 sq m warehouse was sold.", [1850]),
    ("Its 1994 sales of $2 million beat forecasts.", [2e6]),
    ("He was the No. 1 pick and wore No. 23.", []),
    ("The lab ran 400 COVID -19 tests.", [400]),
])
def test_sizes_years_and_labels(text: str, values: list[float]) -> None:
    assert _values(text) == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Diesel fell from $4.10 a gallon in March to $3.65.", 3.65, 4.10),
    ("The count rose from 20 on Monday to 35 on Tuesday.", 20, 35),
    ("Mileage improved from 18 miles per gallon in 2015 to 26 mpg.", 18, 26),
])
def test_a_from_to_range_may_hold_a_few_words(text: str, low: float, high: float) -> None:
    q = find_quantities(text)[0]
    assert (q.qualifier, q.low, q.high) == ("range", pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", [
    "The official toll from two days of storms climbed to 41 on Friday.",
    "Aid from 12 countries, and then from the UN, went to 300 families.",
])
def test_a_from_phrase_whose_to_belongs_to_a_verb_is_no_range(text: str) -> None:
    assert all(q.qualifier != "range" for q in find_quantities(text))
