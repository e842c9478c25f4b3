"""The number parser: values, qualifiers, ranges, vague counts, money, and what it leaves out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.text.numbers import find_quantities, parse_quantity


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier", "unit"),
    [
        ("exactly 7,250 residents", 7250, 7250, 7250, "exact", None),
        ("about 42 ships", 42, 42, 42, "about", None),
        ("some 5,800 voters", 5800, 5800, 5800, "about", None),
        ("almost 9,000 fans", 9000, None, 9000, "almost", None),
        ("nearly 300 miners", 300, None, 300, "almost", None),
        ("at least 26 sailors", 26, 26, None, "at_least", None),
        ("more than 150 guests", 150, 150, None, "more_than", None),
        ("over 2,200 cars", 2200, 2200, None, "more_than", None),
        ("upwards of 40 boats", 40, 40, None, "more_than", None),
        ("up to 3,000 workers", 3000, None, 3000, "up_to", None),
        ("no more than 12 pupils", 12, None, 12, "at_most", None),
        ("fewer than 100 bikes", 100, None, 100, "less_than", None),
        ("under 50 seats", 50, None, 50, "less_than", None),
        ("8,000-10,000 marchers", 9000, 8000, 10000, "range", None),
        ("between two and three billion dollars", 2.5e9, 2e9, 3e9, "range", "USD"),
        ("$2 billion", 2e9, 2e9, 2e9, "exact", "USD"),
        ("two billion dollars", 2e9, 2e9, 2e9, "exact", "USD"),
        ("1.5 million tonnes", 1.5e6, 1.5e6, 1.5e6, "exact", None),
        ("a hundred boxes", 100, 100, 100, "exact", None),
        ("three lakes", 3, 3, 3, "exact", None),
        ("two hundred and fifty birds", 250, 250, 250, "exact", None),
        ("twenty-five goats", 25, 25, 25, "exact", None),
        ("dozens of farmers", 12, 12, None, "at_least", None),
        ("hundreds of students", 100, 100, None, "at_least", None),
        ("thousands of fans", 1000, 1000, None, "at_least", None),
        ("tens of thousands of voters", 10000, 10000, None, "at_least", None),
        ("12 percent", 12, 12, 12, "exact", "percent"),
        ("minus 5 degrees", -5, -5, -5, "exact", None),
    ],
)
def test_parse_quantity(text, value, low, high, qualifier, unit) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.low, q.high, q.qualifier, q.unit) == (value, low, high, qualifier, unit)


@pytest.mark.parametrize(
    "text",
    [
        "It opened in 1987 near the river.",
        "The meeting is at 10:30 am on March 3.",
        "See Luke 4:16-20 for the passage.",
        "Call 555-123-4567 for tickets.",
        "She finished 22nd in the race.",
        "He watched channel Rossiya 24 all night.",
        "The 1990s were different.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_cover_the_qualifier() -> None:
    text = "Officials said about 40 boats sank."
    (q,) = find_quantities(text)
    assert text[q.start:q.end] == "about 40"
    assert text[q.number_start:q.end] == "40"


def test_several_quantities_in_order() -> None:
    qs = find_quantities("We counted 12 cats, 7 dogs and about a hundred birds.")
    assert [q.value for q in qs] == [12, 7, 100]


def test_change_direction() -> None:
    (q,) = find_quantities("Shares fell 3% on Monday.")
    assert q.direction == "down" and q.unit == "percent"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_integers_round_trip(n: int) -> None:
    text = f"They counted {n:,} sheep."
    q = parse_quantity(text)
    assert q is not None and q.value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.sampled_from(["about", "more than", "almost", "at least"]))
def test_qualified_integers_keep_value(n: int, qual: str) -> None:
    q = parse_quantity(f"{qual} {n:,} people")
    assert q is not None and q.value == n and q.qualifier != "exact"


def test_up_to_after_a_raising_verb_and_its_object_is_exact() -> None:
    from counterpoint.text.numbers import find_quantities

    q = next(x for x in find_quantities("The find pushed the official tally up to 64.") if x.value == 64)
    assert q.qualifier == "exact"
    q = next(x for x in find_quantities("Up to 64 people may have been inside.") if x.value == 64)
    assert q.qualifier == "up_to"
