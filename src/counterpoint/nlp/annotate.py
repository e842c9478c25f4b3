"""Per-document NLP: run the spaCy pipeline with our extractors over cleaned documents.

This is a pure function of a batch of documents (no store, no corpus state), so the same code
runs in-process, in worker processes or as Dask tasks. Long texts are cut into chunks at
paragraph (else whitespace) boundaries: spaCy's memory grows with Doc length, and the chunk
offset keeps every character offset pointing into the whole cleaned text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..models import Claim, DocResult, Document, FigureClaim

if TYPE_CHECKING:
    from spacy.language import Language

# Largest text handed to spaCy at once; ~10k words keeps the parser's memory small.
CHUNK_CHARS = 60_000
# Documents per nlp.pipe batch.
PIPE_BATCH = 16


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut `text` into (offset, chunk) pieces of at most `limit` chars, at paragraph breaks first."""
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            cut = text.rfind("\n\n", start + limit // 2, end)
            if cut == -1:
                cut = text.rfind("\n", start + limit // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + limit // 2, end)
            if cut != -1:
                end = cut + 1
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def annotate(documents: Iterable[Document], nlp: "Language | None" = None) -> Iterator[DocResult]:
    """Yield one DocResult per input document, in input order.

    Skipped documents and duplicates pass through without NLP (a duplicate is an outlet that
    carried the story; its claims are the original's).
    """
    from .pipeline import load_pipeline, make_doc

    if nlp is None:
        nlp = load_pipeline()
    docs = list(documents)
    work: list[tuple[object, tuple[int, int]]] = []
    for i, d in enumerate(docs):
        if d.status != "ok" or d.duplicate_of or not d.text:
            continue
        for offset, chunk in split_chunks(d.text):
            work.append((make_doc(nlp, chunk, doc_id=d.id, published=d.published, offset=offset), (i, offset)))
    mentions: dict[int, list] = {}
    claims: dict[int, list] = {}
    for sdoc, (i, _offset) in nlp.pipe(work, as_tuples=True, batch_size=PIPE_BATCH):
        mentions.setdefault(i, []).extend(sdoc._.cp_mentions or [])
        claims.setdefault(i, []).extend(sdoc._.cp_claims or [])
    for i, d in enumerate(docs):
        numbered = _resolve_links(tuple(
            dataclasses.replace(c, id=f"{d.id}-{c.kind[0]}{n}")
            for n, c in enumerate(sorted(claims.get(i, []), key=lambda c: (c.evidence.start, c.kind)), 1)
        ), [c.id for c in sorted(claims.get(i, []), key=lambda c: (c.evidence.start, c.kind))])
        ms = tuple(sorted(mentions.get(i, []), key=lambda m: (m.start, m.end)))
        yield DocResult(document=d, mentions=ms, claims=numbered)


def _resolve_links(numbered: tuple[Claim, ...], provisional: list[str]) -> tuple[Claim, ...]:
    """Figure claims point at each other (`part_of`, `supersedes`) by the provisional keys the
    figures component gave them; map those to the final ids, dropping any that did not survive."""
    final = {old: c.id for old, c in zip(provisional, numbered) if old}
    out: list[Claim] = []
    for c in numbered:
        if isinstance(c, FigureClaim) and (c.part_of or c.supersedes):
            c = dataclasses.replace(c, part_of=final.get(c.part_of or ""),
                                    supersedes=tuple(final[s] for s in c.supersedes if s in final))
        out.append(c)
    return tuple(out)


def annotate_batch(documents: Sequence[Document]) -> list[DocResult]:
    """The unit of work shipped to a worker process or Dask task."""
    return list(annotate(documents))
