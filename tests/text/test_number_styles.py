"""Numbers as house styles write them (issue 11, real coverage): scales joined by a dash, a
fraction of a scale, South Asian scales, a dozen, comparatives before a number. Every phrase is
invented for these tests."""

from __future__ import annotations

import pytest

from counterpoint.text.numbers import find_quantities, parse_quantity


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    # a dash between the digits and their scale (broadcast and state-media copy)
    ("officials first put the dead at 150-thousand", 150_000, "exact"),
    ("some 1.5-million residents fled", 1_500_000, "about"),
    ("nearly 20-thousand homes", 20_000, "almost"),
    ("two-hundred villagers", 200, "exact"),
    # a level approached, a high or a low end ("climbed towards", "as high as", "as few as")
    ("the toll climbed towards 6,000 by evening", 6_000, "almost"),
    ("a count nearing 450 victims", 450, "almost"),
    ("the toll could be as high as 90, the paper said", 90, "up_to"),
    ("perhaps as few as 30 of the bodies", 30, "at_least"),
    # the spaced form is unchanged
    ("150 thousand mourners", 150_000, "exact"),
    # a fraction of a scale is a round estimate
    ("killing around a quarter of a million people", 250_000, "about"),
    ("a quarter of a million were left homeless", 250_000, "about"),
    ("three-quarters of a million voters", 750_000, "about"),
    ("half a million people", 500_000, "exact"),
    # South Asian scales
    ("2.5 lakh people were moved to shelters", 250_000, "exact"),
    ("two lakh fifty thousand farmers", 250_000, "exact"),
    ("losses of 3 crore rupees", 30_000_000, "exact"),
    ("some 1.2 crore voters", 12_000_000, "about"),
    # a dozen is how reporters round, not a tally
    ("a dozen people were hurt", 12, "about"),
    ("two dozen shops were looted", 24, "about"),
    ("about a dozen officers", 12, "about"),
    # comparatives before a bare number bound it
    ("a toll far higher than 200", 200, "more_than"),
    ("a number greater than 40", 40, "more_than"),
    ("a count lower than 90", 90, "less_than"),
])
def test_house_styles_read_their_value(text: str, value: float, qualifier: str) -> None:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.value == value and q.qualifier == qualifier


@pytest.mark.parametrize(("text", "value"), [
    ("8,000-10,000 marchers", 9000),       # a range keeps its dash
    ("a 5-year-old boy", 5),               # a dash before a non-scale word is no scale
    ("a 20-storey tower", 20),
])
def test_a_dash_before_other_words_is_no_scale(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == value


def test_a_bare_fraction_is_no_scale() -> None:
    # "a third of the victims": a fraction of people, never a third of a million
    q = parse_quantity("a third of the victims were children")
    assert q is not None and q.value < 1


def test_vague_counts_stay_lower_bounds() -> None:
    for text, value in (("tens of thousands fled", 10_000), ("hundreds of people", 100), ("scores of dead", 20),
                        ("dozens were hurt", 12)):
        q = parse_quantity(text)
        assert q is not None and q.value == value and q.qualifier == "at_least" and q.high is None


@pytest.mark.parametrize(("text", "qualifier"), [
    ("police have handed over 441 bodies to relatives", "exact"),
    ("the army turned over 12 suspects to prosecutors", "exact"),
    ("over 441 bodies were recovered", "more_than"),
    ("the toll is now over 400", "more_than"),
])
def test_over_as_a_verbs_particle_is_no_bound(text: str, qualifier: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.qualifier == qualifier
