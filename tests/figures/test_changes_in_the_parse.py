"""Counts of one series that a sentence states through a change or a condition, read from the
parse: "from A to B" on a verb of change across its object, the level a change brought a count
to ("raising it to"), an earlier count named again ("a previous tally of 40"), and a condition
that governs only its own clause. Sentences written for these tests."""

from __future__ import annotations

from figure_claims import claims_of


def _values(claims, measure):
    return sorted(c.value for c in claims if c.measure == measure)


def test_from_to_on_a_change_verb_across_its_object(nlp):
    for text, measure, newer in [
        ("The ministry lowered its count of the missing from the landslide from 95 to 70.", "missing", 70.0),
        ("Police increased the number of dead in the collapse from 12 to 18 on Monday.", "killed", 18.0),
        ("The governor revised the death toll of the storm from 40 to 52.", "killed", 52.0),
    ]:
        claims = claims_of(nlp, text)
        assert len(_values(claims, measure)) == 2, (text, claims)
        assert [c.value for c in claims if c.supersedes] == [newer], text


def test_a_range_on_no_change_verb_stays_a_range(nlp):
    claims = claims_of(nlp, "Between 40 and 52 people were killed, and 12 to 18 were injured.")
    assert _values(claims, "killed") == [46.0] and _values(claims, "injured") == [15.0]


def test_the_level_a_change_brought_a_count_to(nlp):
    claims = claims_of(nlp, "The agency first put the number of injured at 80, then lifted it to 120 on Saturday.")
    assert _values(claims, "injured") == [80.0, 120.0]
    newer = next(c for c in claims if c.value == 120.0)
    assert newer.supersedes and newer.part_of is None


def test_a_change_of_something_else_is_no_count(nlp):
    claims = claims_of(nlp, "The flood killed 12 people and pushed it to 3 metres above the bank.")
    assert _values(claims, "killed") == [12.0] and len(claims) == 1


def test_an_earlier_count_named_again_without_its_noun(nlp):
    for text, measure in [
        ("The blast has killed at least 52 people, officials say, raising a previous count of 40.", "killed"),
        ("Officials said 52 people were missing, down from an earlier tally of 70.", "missing"),
    ]:
        claims = claims_of(nlp, text)
        assert len(_values(claims, measure)) == 2, (text, claims)


def test_a_condition_governs_only_its_own_clause(nlp):
    claims = claims_of(nlp, "The number of confirmed Canadian deaths reached 14 by Sunday but could pass 40 "
                            "if the worst fears come true.")
    assert [c.value for c in claims] == [14.0]
    assert claims_of(nlp, "If the dam gives way, the flood could kill 500 people.") == []
    assert claims_of(nlp, "The toll could reach 500 if the search fails.") == []


def test_a_pointing_sentence_follows_the_count_just_updated(nlp):
    text = ("Officials updated the death toll from the flood to 64 on Monday, with 30 others still missing. "
            "They had put the figure at 58 on Sunday.")
    claims = claims_of(nlp, text)
    assert _values(claims, "killed") == [58.0, 64.0] and _values(claims, "missing") == [30.0]
