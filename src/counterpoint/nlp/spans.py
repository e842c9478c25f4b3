"""Span helpers every extractor shares: where a sentence ends, and what evidence it cites."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from ..models import Evidence

# The last Doc's line sentences, with the sentence starts they were cut from: every extractor
# walks them, and `figure_sources` looks ahead from each sentence it reads (quadratic in the
# article if each walk rebuilt them). One Doc per thread is held, until the next one is asked for.
_last = threading.local()


def line_sentences(doc: Doc) -> Iterator[Span]:
    """spaCy's sentences, cut again at line breaks: a headline or caption has no full stop, and is
    never part of the next line. (spaCy keeps a newline as its own whitespace token.)"""
    starts = doc.to_array(SENT_START)
    cached = getattr(_last, "entry", None)
    if cached is not None and cached[0] is doc and np.array_equal(cached[1], starts):
        return iter(cached[2])
    spans = tuple(_line_sentences(doc))
    _last.entry = (doc, starts, spans)
    return iter(spans)


def following_sentences(sent: Span, limit: int) -> list[Span]:
    """The next `limit` non-empty line sentences after `sent` (where a speaker named later is looked for)."""
    out: list[Span] = []
    for s in line_sentences(sent.doc):
        if s.start >= sent.end and s.text.strip():
            out.append(s)
            if len(out) >= limit:
                break
    return out


def _line_sentences(doc: Doc) -> Iterator[Span]:
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
