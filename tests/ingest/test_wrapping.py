"""Hard-wrapped pages: mid-sentence breaks are joined, paragraphs and the title are kept.
Invented text."""

from __future__ import annotations

import pytest

from counterpoint.ingest.wrapping import join_wrapped_lines


@pytest.mark.parametrize(("text", "expected"), [
    # a blank line inside a sentence that goes on in lower case
    ("Title\nThe minister has acknowledged 95 deaths, while a\n\ncommission puts the toll at 140.",
     "Title\nThe minister has acknowledged 95 deaths, while a commission puts the toll at 140."),
    # a line ending in a preposition goes on whatever the case of the next line
    ("Title\nThree-and-a-half months of political violence in\n\nRuritania have claimed 317 lives.",
     "Title\nThree-and-a-half months of political violence in Ruritania have claimed 317 lives."),
    # a bracket opening the next line ("(XYZ) as high as 448")
    ("Title\nand the human rights group Asociacion Pro Derechos\n(ANPX) as high as 448.",
     "Title\nand the human rights group Asociacion Pro Derechos (ANPX) as high as 448."),
])
def test_a_sentence_broken_across_lines_is_one(text: str, expected: str) -> None:
    assert join_wrapped_lines(text) == expected


@pytest.mark.parametrize("text", [
    "Title\nThe storm killed 12.\n\nRescuers are still searching.",  # a paragraph ends a sentence
    "Title\nA heading without a stop\n\nThe first paragraph begins here.",  # a subheading
    "Rights group says violence claimed 317 lives\n\nsome lower case line follows the title",  # the title
    "Title\nIt was said: \"We will not leave\"\n\nand the crowd stayed.".replace("and", "And"),
])
def test_paragraphs_and_the_title_stay_apart(text: str) -> None:
    assert join_wrapped_lines(text) == text


@pytest.mark.parametrize("text", [
    "Title\nSource: Wire Service\n\nbut the rest of the page is a reader's comment.",  # a short credit line
    "Title\nWritten for the Central Media Office of the party by\nA. Writer",  # a byline
])
def test_short_lines_and_bylines_end_their_unit(text: str) -> None:
    assert join_wrapped_lines(text) == text
