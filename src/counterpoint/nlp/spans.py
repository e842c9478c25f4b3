"""Span helpers every extractor shares: where a sentence ends, and what evidence it cites."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..models import Evidence


def line_sentences(doc: Doc) -> Iterator[Span]:
    """spaCy's sentences, cut again at line breaks: a headline or caption has no full stop, and is
    never part of the next line. (spaCy keeps a newline as its own whitespace token.)"""
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text and tok.i > start:
                yield doc[start : tok.i]
                start = tok.i + 1
        if start < sent.end:
            yield doc[start : sent.end]


def span_evidence(span: Span, doc_id: str, offset: int) -> Evidence:
    """Evidence for a span: its text without surrounding whitespace, offsets into the whole text
    (`offset` is where the chunk this Doc was made from starts)."""
    text = span.text.rstrip()
    lead = len(text) - len(text.lstrip())
    return Evidence(
        document=doc_id,
        start=span.start_char + lead + offset,
        end=span.start_char + len(text) + offset,
        text=text.lstrip(),
    )
