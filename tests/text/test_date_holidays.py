"""Moveable holidays: the day they fall on, in the year named or inferred from publication."""

from __future__ import annotations

import pytest

from counterpoint.text.date_holidays import easter, holiday_day
from counterpoint.text.dates import timex_value


@pytest.mark.parametrize(
    ("year", "expected"),
    [(1998, "1998-04-12"), (2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2038, "2038-04-25")],
)
def test_easter(year: int, expected: str) -> None:
    assert easter(year).isoformat() == expected


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("thanksgiving", 2031, "2031-11-27"),  # the fourth Thursday of November
        ("labor day", 2031, "2031-09-01"),  # the first Monday of September
        ("memorial day", 2031, "2031-05-26"),  # the last Monday of May
        ("election day", 2032, "2032-11-02"),  # the Tuesday after the first Monday of November
        ("good friday", 2031, "2031-04-11"),
    ],
)
def test_holiday_day(name: str, year: int, expected: str) -> None:
    day = holiday_day(name, year)
    assert day is not None and day.isoformat() == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("Thanksgiving", "2031-11-20", "2031-11-27"),
        ("Easter Sunday", "2031-05-02", "2031-04-13"),
        ("Easter 2030", "2031-05-02", "2030-04-21"),
        ("Labour Day", "2031-05-02", "2031-05-01"),  # the fixed May Day of most of the world stays
    ],
)
def test_a_moveable_holiday_resolves_to_its_day(phrase: str, published: str, expected: str) -> None:
    assert timex_value(phrase, published) == expected
