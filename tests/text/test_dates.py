"""The date resolver: formats, relative phrases, year inference, robustness (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.text.dates import DateMention, find_dates, resolve, timex_value

PUB = "2022-01-05"  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("January 5, 2022", None, "2022-01-05"),
        ("5 January 2022", None, "2022-01-05"),
        ("Jan. 5", PUB, "2022-01-05"),
        ("2022-01-05", None, "2022-01-05"),
        ("05.01.2022", None, "2022-01-05"),
        ("12/25/2021", None, "2021-12-25"),
        ("on the 5th", PUB, "2022-01-05"),
        ("the fifth of January", PUB, "2022-01-05"),
        ("Wednesday, Jan. 5", PUB, "2022-01-05"),
        ("January 2022", None, "2022-01"),
        ("in 2021", None, "2021"),
        # relative to publication
        ("on Sunday", PUB, "2022-01-02"),
        ("on Wednesday", PUB, "2022-01-05"),  # same weekday: the publication day itself
        ("last Wednesday", PUB, "2021-12-29"),
        ("Wednesday evening", PUB, "2022-01-05"),
        ("yesterday", PUB, "2022-01-04"),
        ("today", PUB, "2022-01-05"),
        ("the day before yesterday", PUB, "2022-01-03"),
        ("two days ago", PUB, "2022-01-03"),
        ("this week", PUB, "2022-01"),
        ("last week", "2022-01-12", "2022-01"),
        ("last month", PUB, "2021-12"),
        ("last year", PUB, "2021"),
        ("now", PUB, "2022-01-05"),
        # narrative: against the previous date when one is given
        ("the next day", PUB, "2022-01-06"),
        ("the next day", PUB, "2022-01-06"),
        # year inference
        ("January 3", "2021-12-28", "2022-01-03"),
        ("December 16", "2022-01-10", "2021-12-16"),
        ("March 3", "2022-01-10", "2022-03-03"),
        ("as of that day (January 10th)", "2022-01-12", "2022-01-10"),
        ("by Wednesday evening", PUB, "2022-01-05"),
    ],
)
def test_resolve(phrase: str, published: str | None, expected: str) -> None:
    assert resolve(phrase, published) == expected


def test_anchor_for_narrative_phrases() -> None:
    assert resolve("the following day", PUB, anchor="2022-01-02") == "2022-01-03"
    assert resolve("a day earlier", PUB, anchor="2022-01-07") == "2022-01-06"


def test_future_cue_moves_bare_weekday_forward() -> None:
    assert resolve("Friday", PUB) == "2021-12-31"
    assert resolve("Friday", PUB, future=True) == "2022-01-07"


@pytest.mark.parametrize("phrase", ["yesterday", "on Sunday", "last week", "the 5th"])
def test_relative_without_publication_is_unknown(phrase: str) -> None:
    assert resolve(phrase, None) is None


@pytest.mark.parametrize("phrase", ["", "the protesters", "164 people", "February 30, 2022", "99.99.9999"])
def test_not_dates(phrase: str) -> None:
    assert resolve(phrase, PUB) is None


def test_timex_values_beyond_iso() -> None:
    assert timex_value("the third quarter", "1989-11-02") == "1989-Q3"
    assert timex_value("last week", PUB) == "2021-W52"
    assert timex_value("recently", PUB) == "PAST_REF"
    assert timex_value("the 1990s", PUB) == "199"
    assert resolve("the third quarter", "1989-11-02") == "1989"


def test_find_dates_offsets_and_anchoring() -> None:
    text = "On January 2, protests began. The next day, police arrived. It may rain. In May 2021, 1500 people."
    found = find_dates(text, PUB)
    assert [(d.text, d.value) for d in found] == [
        ("January 2", "2022-01-02"),
        ("The next day", "2022-01-03"),
        ("May 2021", "2021-05"),
    ]
    for d in found:
        assert isinstance(d, DateMention)
        assert text[d.start : d.end] == d.text


# --- properties -------------------------------------------------------------------------------

FORMATS = (
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%b}. {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d:%d.%m.%Y}",
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    lambda d: f"the {d.day}th of {d:%B} {d.year}",
)


@given(
    d=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    fmt=st.sampled_from(range(len(FORMATS))),
)
def test_round_trip_absolute(d: date, fmt: int) -> None:
    assert resolve(FORMATS[fmt](d), None) == d.isoformat()


@given(d=st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 24)), back=st.integers(0, 6))
def test_round_trip_weekday(d: date, back: int) -> None:
    day = d - timedelta(days=back)
    assert resolve(f"on {day:%A}", d.isoformat()) == day.isoformat()


@given(d=st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 10, 31)), offset=st.integers(-40, 40))
def test_round_trip_month_day_without_year(d: date, offset: int) -> None:
    target = d + timedelta(days=offset)
    assert resolve(f"{target:%B} {target.day}", d.isoformat()) == target.isoformat()


@settings(max_examples=300)
@given(text=st.text(), published=st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_no_exception_on_any_input(text: str, published: str | None) -> None:
    value = resolve(text, published)
    assert value is None or isinstance(value, str)
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.text


@settings(max_examples=200)
@given(
    prefix=st.text(max_size=20),
    d=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    suffix=st.text(max_size=20),
)
def test_find_dates_in_noise(prefix: str, d: date, suffix: str) -> None:
    text = f"{prefix} on {d:%B} {d.day}, {d.year} {suffix}"
    assert d.isoformat() in [m.value for m in find_dates(text, None)]


# --- weekdays after the narrative's last explicit date (articles updated past their dateline) ---

def _values(text: str, published: str) -> dict[str, str]:
    return {d.text.strip(" .,"): d.value for d in find_dates(text, published)}


def test_weekday_after_an_explicit_date_resolves_forward() -> None:
    text = ("On Wednesday, January 5, crowds stormed the city hall. By Thursday night, order was restored. "
            "Protests had begun on Sunday.")
    got = _values(text, "2022-01-05")
    assert got["Thursday night"] == "2022-01-06"  # not 2021-12-30, backward from the dateline
    assert got["Sunday"] == "2022-01-02"  # a flashback stays backward


def test_forward_cue_moves_a_weekday_past_an_earlier_explicit_date() -> None:
    text = "Protests began on Sunday, January 2. By Tuesday, the cabinet had resigned. Then on Thursday, troops arrived."
    got = _values(text, "2022-01-08")
    assert got["Tuesday"] == "2022-01-04" and got["Thursday"] == "2022-01-06"


def test_shifted_or_future_weekdays_are_not_moved() -> None:
    text = "On Wednesday, January 5, the mayor resigned. Last Thursday, prices had doubled."
    assert _values(text, "2022-01-05")["Last Thursday"] == "2021-12-30"
    text = "On Wednesday, January 5, the mayor resigned. Talks will resume on Thursday."
    assert _values(text, "2022-01-05")["Thursday"] == "2022-01-06"


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        # halves of a year are coded H1 / H2; a half of a decade is that decade
        ("the first half of 2031", "2032-02-10", "2031-H1"),
        ("the second half of the year", "2032-02-10", "2032-H2"),
        ("the first two quarters of 2033", "2032-02-10", "2033-H1"),
        ("the last half of the '70s", "2032-02-10", "197"),
        # an ordinal alone is a day of the month, never a quarter
        ("on the 3rd", "2032-02-10", "2032-02-03"),
        ("the third quarter of last year", "2032-02-10", "2031-Q3"),
        ("in 2030's first quarter", "2032-02-10", "2030-Q1"),
        # seasons: "last summer" is the latest one over, "next spring" the first not yet begun
        ("last summer", "2032-10-04", "2032-SU"),
        ("last summer", "2032-04-04", "2031-SU"),
        ("next spring", "2032-01-15", "2032-SP"),
        ("next spring", "2032-10-15", "2033-SP"),
        ("the winter of nineteen seventy-two", "2032-10-15", "1972-WI"),
        # holidays, the month and the year's end, decades without an apostrophe
        ("on Christmas Day", "2032-12-28", "2032-12-25"),
        ("New Year's Day", "2032-12-28", "2033-01-01"),
        ("by the end of the month", "2032-05-11", "2032-05"),
        ("by year-end", "2032-05-11", "2032"),
        ("over the weekend", "2032-05-11", "2032-W19-WE"),
        ("the mid-80s", "2032-05-11", "198"),
        ("months ago", "2032-05-11", "PAST_REF"),
        ("in the coming days", "2032-05-11", "FUTURE_REF"),
        ("the next century", "2032-05-11", "21"),
        ("by the end of the century", "2032-05-11", "20"),
    ],
)
def test_timex_periods(phrase: str, published: str, expected: str) -> None:
    assert timex_value(phrase, published) == expected


@pytest.mark.parametrize(
    ("phrase", "published", "anchor", "expected"),
    [
        # "last <month>" skips the month just past ("last month" would be said); "this past" does not
        ("last March", "2031-04-20", None, "2030-03"),
        ("last January", "2031-04-20", None, "2031-01"),
        ("this past March", "2031-04-20", None, "2031-03"),
        # "the previous Friday", "the following Monday" count from the story's last date
        ("the previous Friday", "2031-04-20", "2031-04-11", "2031-04-04"),
        ("the following Monday", "2031-04-20", "2031-04-11", "2031-04-14"),
        # a quarter of a year named by its shift; "the current quarter" is the running one
        ("next year's first quarter", "2031-10-20", None, "2032-Q1"),
        ("the current quarter", "2031-10-20", "2031-Q3", "2031-Q4"),
        # "the 2030 quarter" in earnings copy is the reported quarter of that year
        ("the 2030 quarter", "2031-10-20", "2031-Q3", "2030-Q3"),
        ("the 2030 period", "2031-10-20", None, "2030"),
        ("next fiscal year", "2031-10-20", None, "2032"),
        ("at this moment", "2031-10-20", None, "PRESENT_REF"),
        ("the other day", "2031-10-20", None, "PAST_REF"),
        ("the coming weeks", "2031-10-20", None, "FUTURE_REF"),
    ],
)
def test_timex_relative_forms(phrase: str, published: str, anchor: str | None, expected: str) -> None:
    assert timex_value(phrase, published, anchor=anchor) == expected


def test_past_cue_before_a_date_beats_a_later_future_cue() -> None:
    from counterpoint.text.dates import speaks_of_future

    # the verb governing the day is past; the future cue belongs to what follows
    clause = "the envoy arrived Thursday for talks likely to last a week"
    assert speaks_of_future(clause) is True
    assert speaks_of_future(clause, "the envoy arrived ") is False
    # "since" is always past
    assert speaks_of_future("the ship, at sea since May, was scheduled to return", "the ship, at sea since ") is False
    # a future cue earlier in the clause governs the past-looking verb after it
    before = "dealers were likely to buy as soon as trading opened "
    assert speaks_of_future(before + "Monday", before) is True
    # a planning participle is not a past verb
    assert speaks_of_future("a ruling is expected Friday, officials will say", "a ruling is expected ") is True


def test_find_dates_past_verb_keeps_weekday_in_the_past() -> None:
    text = "The monitor arrived on Tuesday for a visit likely to last ten days."
    (m,) = find_dates(text, "2031-04-17")  # a Thursday
    assert m.value == "2031-04-15"


def test_clause_ends_at_a_period_inside_closing_quotes() -> None:
    # the quote's "going to" does not make the next sentence's "December" next December
    text = "\"Things are going to get worse.'' The jobless rate fell in December."
    assert [m.value for m in find_dates(text, "2031-02-17")] == ["2030-12"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a past verb just before the date: a day already gone, even a few days ahead of publication
        ("The ferry company's half year ended Nov. 3 with a loss.", "2021-10-30", "2020-11-03"),
        ("The marches began on January 2 in the oil towns.", "2021-12-30", "2021-01-02"),
        # no past verb right before it: a day just ahead is the coming one
        ("The vote is to be held around Nov. 3 in the valley.", "2021-10-30", "2021-11-03"),
        ("The governor said the bridge would reopen on Nov. 3.", "2021-10-30", "2021-11-03"),
    ],
)
def test_past_verb_keeps_a_yearless_date_before_publication(text: str, published: str, expected: str) -> None:
    assert [m.value for m in find_dates(text, published)] == [expected]


def test_a_caption_date_never_anchors_the_story_narrative() -> None:
    # a wire photo caption above the story, then the story's own dates
    text = ("Mourners lay flowers near the square on Monday, Oct. 31, 2033. (AP Photo/Kim Sun)\n"
            "The crush happened on Saturday, Oct. 29, 2033. The next day, police opened an inquiry.\n")
    assert [m.value for m in find_dates(text, None)] == ["2033-10-31", "2033-10-29", "2033-10-30"]
    caption_only = ("Image caption: Rescue teams at the ruins on 3 May 2033\n"
                    "The tower fell on 1 May 2033, and the following day rescuers arrived.\n")
    assert [m.value for m in find_dates(caption_only, None)][-1] == "2033-05-02"


def test_a_caption_credit_line_is_told_from_story_text() -> None:
    from counterpoint.text.dates import _in_caption

    text = "Photo: Reuters\nThe minister spoke on Friday."
    assert _in_caption(text, 2)
    assert not _in_caption(text, text.index("Friday"))
    assert _in_caption("Firefighters at the scene. REUTERS/Ana Silva", 5)


def test_this_weekend_with_a_future_cue_is_the_coming_one() -> None:
    from counterpoint.text.dates import resolve_timex

    # 2033-02-10 is a Thursday (ISO week 6)
    assert resolve_timex("this weekend", "2033-02-10", future=True).value == "2033-W06-WE"
    assert resolve_timex("over the weekend", "2033-02-10").value == "2033-W05-WE"
    assert resolve_timex("the weekend", "2033-02-12", future=True).value == "2033-W06-WE"


@pytest.mark.parametrize(
    "phrase, expected",
    [("a week or so ago", "2033-W05"), ("a year or so ago", "2032"), ("a fortnight ago", "2033-W04"),
     ("two months or thereabouts ago", "2032-12")],
)
def test_loose_counts_resolve_like_exact_ones(phrase: str, expected: str) -> None:
    assert timex_value(phrase, "2033-02-10") == expected


@pytest.mark.parametrize(
    "before",
    [
        "The two prime ministers meet ",  # wire
        "The donor conference opens in Geneva on ",  # agency
        "The delegation travels to the border town this coming ",  # state media
        "Parliament reconvenes after the recess on ",  # local paper
        "The envoy is visiting the flooded province next ",
    ],
)
def test_a_plan_told_in_the_present_puts_a_bare_weekday_ahead(before: str) -> None:
    from counterpoint.text.dates import resolve_timex, speaks_of_future

    assert speaks_of_future(before + "Monday", before) is True
    # 2031-03-05 is a Wednesday: the coming Monday
    assert resolve_timex("Monday", "2031-03-05", future=True).value == "2031-03-10"


@pytest.mark.parametrize(
    "before",
    ["The minister says ", "Rescuers reached the village ", "The talks ", "Police said the crowd met "],
)
def test_a_report_or_a_past_verb_before_a_weekday_is_no_plan(before: str) -> None:
    from counterpoint.text.dates import speaks_of_future

    assert speaks_of_future(before + "Monday", before) is False


def test_an_irregular_past_before_a_preposition_keeps_a_yearless_day_in_the_past() -> None:
    from counterpoint.text.dates import speaks_of_past

    assert speaks_of_past("the index stayed below its record set on Aug. 6", "the index stayed below its record set on ")
    assert speaks_of_past("shares slid after the rate cut in December", "shares slid after the rate cut in ")
    # a day named as a deadline is no past
    assert not speaks_of_past("the board has set Nov. 10 as the deadline", "the board has set ")


@pytest.mark.parametrize(
    "text",
    [
        "Relatives gathered for a ceremony on the 10th anniversary of the blast.",
        "Talks resumed on the 5th day of the strike.",
        "Fire broke out on the 3rd floor of the tower.",
    ],
)
def test_an_ordinal_before_a_noun_is_no_day_of_the_month(text: str) -> None:
    from counterpoint.text.dates import find_dates

    assert [m.value for m in find_dates(text, "2031-10-12")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The suspect was arrested on the 10th, police said.", "2031-10-10"),
        ("Rallies were held on the 3rd and 4th.", "2031-10-03"),
        ("He was detained on the 3rd in Varna.", "2031-10-03"),
    ],
)
def test_an_ordinal_day_before_a_comma_or_a_preposition_is_a_day(text: str, value: str) -> None:
    from counterpoint.text.dates import find_dates

    assert next(m.value for m in find_dates(text, "2031-10-12")) == value


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The referendum is set for ", "."),  # an appointment
        ("A ruling from the appeals court is due ", "."),
        ("A decision on the bailout is expected ", ", officials said."),
        ("The state funeral takes place in the capital on ", "."),
        ("The reconstruction talks are planned for ", "."),
        ("The border crossing reopens on ", "."),
        ("The governor hopes to sign the relief bill on ", "."),  # an intention before the date
        ("The judge adjourned the hearing until ", "."),  # a delay
        ("The vote was postponed to ", "."),
    ],
)
def test_an_appointment_an_intention_or_a_delay_puts_a_bare_weekday_ahead(before: str, after: str) -> None:
    from counterpoint.text.dates import speaks_of_future

    assert speaks_of_future(before + "Monday" + after, before) is True


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Ministers over ", " grew more confident, saying they hope to win the vote."),  # the intention is later
        ("The curfew lasted until ", "."),
        ("Rescuers pulled two survivors from the rubble on ", "."),
    ],
)
def test_an_intention_after_the_date_or_a_past_span_keeps_it_past(before: str, after: str) -> None:
    from counterpoint.text.dates import speaks_of_future

    assert speaks_of_future(before + "Monday" + after, before) is False


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("the same week", "2031-03-05", "2031-W10"),
        ("that same month", "2031-03-05", "2031-03"),
        ("the same year", "2029-07-01", "2029"),
        ("the week before", "2031-03-05", "2031-W09"),
        ("the month after", "2031-03-05", "2031-04"),
        ("the year before", "2029-07-01", "2028"),
        ("the year earlier", "2029-07-01", "2028"),
    ],
)
def test_same_and_around_units_count_from_the_story_date(phrase: str, anchor: str, expected: str) -> None:
    from counterpoint.text.dates import resolve_timex

    assert resolve_timex(phrase, "2031-06-20", anchor=anchor).value == expected


def test_for_the_time_being_is_the_present() -> None:
    assert timex_value("for the time being", "2031-06-20") == "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops stormed the protest camp at dawn on 14 August.", "2030-08-14"),  # written in March 2031
        ("The storm killed six fishermen in August.", "2030-08"),
        ("The leaders agreed to meet in December.", "2031-12"),  # an infinitive: still to come
        ("The board said the bonus would be paid on a still unfixed date in June.", "2031-06"),  # a modal
    ],
)
def test_a_past_verb_a_few_words_before_keeps_a_yearless_date_past(text: str, expected: str) -> None:
    assert [m.value for m in find_dates(text, "2031-03-07")] == [expected]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the 1980's", "198"),  # a decade with an apostrophe (newspaper style), not the year 1980
        ("the 90's", "199"),
        ("the late 70’s", "197"),
        ("mid-80's", "198"),
        ("1997's", "1997"),  # a year's possessive stays the year
        ("'97", "1997"),  # a year cut to two digits
        ("the year ’05", "2005"),
    ],
)
def test_apostrophe_decades_and_short_years(phrase: str, expected: str) -> None:
    assert timex_value(phrase, "1998-08-10") == expected


@pytest.mark.parametrize("phrase", ["this crucial moment", "at this critical juncture", "this late stage",
                                    "the current difficult time"])
def test_the_present_told_with_a_judgement_is_the_present(phrase: str) -> None:
    assert timex_value(phrase, "2031-06-20") == "PRESENT_REF"


def test_a_judged_quarter_is_that_quarter_and_anchors_nothing() -> None:
    from counterpoint.text.dates import resolve_timex

    for phrase in ("a flat second quarter", "a strong fourth-quarter", "a disappointing first quarter"):
        res = resolve_timex(phrase, "2032-11-02")
        assert res.value == "2032-Q" + {"second": "2", "fourth": "4", "first": "1"}[phrase.split()[2].split("-")[0]]
        assert res.chains is False  # "the year-earlier period" after it is still the reported quarter's
    assert resolve_timex("the second quarter", "2032-11-02").chains is True


def test_then_current_is_the_storys_past() -> None:
    from counterpoint.text.dates import resolve_timex

    for phrase in ("then current", "then-current"):
        assert resolve_timex(phrase, "2032-11-02").value == "PAST_REF"  # "at the then current price"
