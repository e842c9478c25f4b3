"""Overlong runs get preset sentence starts; ordinary prose is left to the parser."""

from __future__ import annotations

import itertools

import spacy

from counterpoint.nlp.sentences import HARD_BREAK_AFTER_TOKENS, LINE_BREAK_AFTER_TOKENS, bound_sentences


def _doc(text: str):
    return bound_sentences(spacy.blank("en").make_doc(text))


def test_prose_gets_no_preset_starts() -> None:
    text = ("Police said 12 people were detained in the capital on Monday.\n"
            "The ministry later raised the figure to 40, citing new reports.\n\n") * 50
    assert not any(t.is_sent_start for t in _doc(text)[1:])


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
