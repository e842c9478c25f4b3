"""The one wording module: how a figure is said on a page and in an explanation."""

from __future__ import annotations

from counterpoint.models import Best
from counterpoint.reconcile.bounds import best_qualifier
from counterpoint.wording import (
    bounds_text,
    fmt_amount,
    fmt_number,
    fmt_value,
    money,
    name_documents,
    qualified,
    sentence_number,
)


def test_numbers_on_pages_and_in_sentences() -> None:
    assert fmt_number(7939) == "7,939" and fmt_number(2.5) == "2.5" and fmt_number(None) == "?"
    assert sentence_number(6044.0) == "6,044" and sentence_number(2.25) == "2.2"
    assert sentence_number(None, unknown="unknown") == "unknown"
    assert fmt_amount(2_500_000_000) == "2.5 billion" and fmt_amount(950) == "950"


def test_qualifiers_ranges_and_money() -> None:
    assert qualified("more_than", "150") == "more than 150"
    assert qualified("less_than", "20") == "fewer than 20"
    assert fmt_value(None, 8000, 10000, "range") == "8,000–10,000"
    assert fmt_value(None, None, 40, "up_to") == "up to 40"
    assert money("KZT", "3 million") == "KZT 3 million" and money(None, "12") == "12"
    assert bounds_text(150, None) == "150–…" and bounds_text(5, 5) == ""


def test_a_best_value_equal_to_its_only_bound_is_said_as_that_bound() -> None:
    assert best_qualifier(Best(value=1000, low=1000, high=None), ()) == "at_least"
    assert best_qualifier(Best(value=40, low=None, high=40), ()) == "up_to"
    assert best_qualifier(Best(value=12, low=12, high=12), ()) == "exact"


def test_documents_named_by_title_where_known() -> None:
    titles = {"d0123456789abcde": "Night in the square"}
    text = "12 killed — document d0123456789abcde (own report); document dfffffffffffffff says 10"
    assert name_documents(text, titles.get) == (
        "12 killed — “Night in the square” (own report); document dfffffffffffffff says 10")
