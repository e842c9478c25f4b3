"""Overlong runs get preset sentence starts; ordinary prose is left to the parser."""

from __future__ import annotations

import itertools

import spacy

from counterpoint.nlp.sentences import HARD_BREAK_AFTER_TOKENS, LINE_BREAK_AFTER_TOKENS, bound_sentences


def _doc(text: str):
    return bound_sentences(spacy.blank("en").make_doc(text))


def test_prose_gets_starts_only_at_paragraphs() -> None:
    text = ("Police said 12 people were detained in the capital on Monday.\n"
            "The ministry later raised the figure to 40, citing new reports.\n\n") * 50
    doc = _doc(text)
    starts = [t.i for t in doc[1:] if t.is_sent_start]
    assert len(starts) == 49
    assert all("\n\n" in doc[i - 1].text_with_ws for i in starts)


def test_a_headline_is_one_sentence_and_markup_is_not_in_it() -> None:
    doc = _doc("# Flood toll rises to 40 in the valley\n\nRescuers said 40 people had died. More are missing.")
    title = next(t for t in doc if t.text == "Flood")
    assert title.is_sent_start is True
    assert all(t.is_sent_start is False for t in doc[title.i + 1 : title.i + 8])
    # the paragraph's first sentence is kept whole up to its full stop, then left to the parser
    rescuers = next(t for t in doc if t.text == "Rescuers")
    assert rescuers.is_sent_start is True
    assert [t.is_sent_start for t in doc if t.text == "More"] == [None]


def test_a_headline_over_a_single_line_break_ends_before_the_text() -> None:
    # a copied page keeps its headline on the line right above the first paragraph
    doc = _doc("Hundreds feared dead after storm hits Ruritania\nRuritania's death toll stands at 84, the agency said.")
    assert [t.is_sent_start for t in doc if t.text == "Ruritania"][1] is True
    doc = _doc("Toll Climbs To 40 In Mountain Villages\nRescuers said 40 people had died.")
    assert next(t for t in doc if t.text == "Rescuers").is_sent_start is True


def test_a_byline_inside_a_paragraph_ends_before_the_dateline() -> None:
    doc = _doc("Flood toll rises to 34\nBy WIRE STAFF Published: May 3, 2024\nKOLVA, Ruritania - The governor says 34 died.")
    assert next(t for t in doc if t.text == "By").is_sent_start is True
    assert next(t for t in doc if t.text == "KOLVA").is_sent_start is True


def test_a_wrapped_line_of_prose_is_not_cut() -> None:
    # negative cases: a line that goes on in lower case, and a long wrapped line
    doc = _doc("Rescuers said the storm that hit the coast\nkilled 40 people in three villages.")
    assert next(t for t in doc if t.text == "killed").is_sent_start is not True
    doc = _doc("The toll was 40.\nofficials said late on Monday, citing\nRuritania's emergency ministry.")
    assert next(t for t in doc if t.text == "Ruritania").is_sent_start is not True
    long_line = " ".join(["word"] * 25)
    doc = _doc(f"{long_line}\nRuritania said 40 people had died.")
    assert next(t for t in doc if t.text == "Ruritania").is_sent_start is not True


def test_a_hard_wrapped_line_ending_mid_clause_goes_on_over_a_capital() -> None:
    # wire copy wrapped at ~70 characters: the line ends on a preposition or an article, and the
    # next one opens with a weekday or a name; the clause goes on
    doc = _doc("The ferry sank in heavy seas, the maritime board concluded on\nFriday in its final report.")
    assert next(t for t in doc if t.text == "Friday").is_sent_start is not True
    doc = _doc("Police in the port city said the\nRuritanian coast guard found 12 bodies.")
    assert next(t for t in doc if t.text == "Ruritanian").is_sent_start is not True
    # a headline over the text still ends at its line break
    doc = _doc("Ferry toll rises to 40 in Ruritania\nRescuers said 40 people had died.")
    assert next(t for t in doc if t.text == "Rescuers").is_sent_start is True


def test_a_long_list_breaks_at_line_ends() -> None:
    doc = _doc("".join(f"- {i} detained\n" for i in range(2000)))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts, "no preset starts in a 2,000-line list"
    assert all("\n" in doc[i - 1].text_with_ws for i in starts)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert max(gaps) <= LINE_BREAK_AFTER_TOKENS + 4


def test_text_without_breaks_is_cut_at_the_hard_length() -> None:
    doc = _doc("word " * (HARD_BREAK_AFTER_TOKENS * 3))
    assert sum(1 for t in doc[1:] if t.is_sent_start) == 2


def test_starts_are_written_as_is_sent_start_would_write_them() -> None:
    # the starts are written in one array write; the values are exactly those of the per-token
    # setter (True -> 1, False -> -1, untouched -> 0), and the Doc stays unparsed
    doc = _doc("Aid arrives\n\nOfficials said 9 were hurt. Roads reopened on Tuesday.\n\n* Ferry resumes")
    values = {t.text: t.is_sent_start for t in doc}
    assert values["Aid"] is True and values["arrives"] is False
    assert values["Officials"] is True and values["said"] is False and values["Roads"] is None
    assert values["Ferry"] is True and values["*"] is None
    assert not doc.has_annotation("DEP")


def test_line_sentences_are_cut_again_when_the_starts_change() -> None:
    from counterpoint.nlp.spans import line_sentences

    doc = spacy.blank("en").make_doc("Water rose fast overnight and crews pumped all day long")
    for tok in doc[1:]:
        tok.is_sent_start = False
    first = [s.text for s in line_sentences(doc)]
    assert first == [doc.text] and [s.text for s in line_sentences(doc)] == first  # the cached cut
    doc[5].is_sent_start = True  # the same Doc with a new start: never the stale cut
    assert [s.text for s in line_sentences(doc)] == ["Water rose fast overnight and", "crews pumped all day long"]
