"""Words that would split one whole's series into several slots when misread: a toll noun whose
modifier names another measure, a dateline taken for where the dead were, a place coordinated
with a wider scope, and an administrative unit referred back to. Sentences written for these tests."""

from __future__ import annotations

from figure_claims import claims_of


def _one(claims):
    assert len(claims) == 1, claims
    return claims[0]


def test_a_toll_modified_by_another_measure_counts_that_measure(nlp):
    assert _one(claims_of(nlp, "The injury toll rose to 80 on Friday.")).measure == "injured"
    assert _one(claims_of(nlp, "Ruritania raises injured toll from unrest to 1,680")).measure == "injured"
    assert _one(claims_of(nlp, "The official death toll stands at 160.")).measure == "killed"
    assert _one(claims_of(nlp, "Engineers arrested as death toll rises to 84")).measure == "killed"


def test_a_dateline_is_not_where_the_dead_were(nlp):
    text = "Riverton (NNA) – On Monday, the health ministry reported 55 people were killed in the clashes."
    assert _one(claims_of(nlp, text)).place_name is None
    assert _one(claims_of(nlp, "Northfield province recorded 1,351 deaths, officials said.")).place_name == "Northfield province"


def test_a_place_coordinated_with_a_wider_scope_scopes_nothing(nlp):
    for text in ["At least 1,800 people were injured in Riverton and in violence elsewhere, officials said.",
                 "At least 1,800 people were injured in Riverton and elsewhere in the south.",
                 "At least 40 people were killed in Riverton and Lakeside."]:
        assert _one(claims_of(nlp, text)).place_name is None, text
    assert _one(claims_of(nlp, "At least 1,800 people were injured in Riverton, officials said.")).place_name == "Riverton"


def test_a_place_beside_the_rest_of_the_count_is_the_parts_own(nlp):
    text = "The ministry said 900 of the arrests were in the capital Riverton and the rest in other regions."
    assert _one(claims_of(nlp, text)).place_name is not None


def test_a_unit_referred_back_to_is_no_place_of_its_own(nlp):
    text = "The governor told reporters that at least 151 people were missing in the province."
    assert _one(claims_of(nlp, text)).place_name is None
    assert _one(claims_of(nlp, "At least 151 people were missing in the province of Northfield.")).place_name == "Northfield"
    assert _one(claims_of(nlp, "At least 40 people were killed in the capital.")).place_name == "the capital"
