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
# Per-document caps. A real article yields tens to a few hundred mentions and claims; a
# document that yields more is a table dump or a list of numbers, and keeping every hit would
# let one input grow memory (and time) without bound. Past the mentions cap further mentions
# are dropped; at the claims cap the rest of the document is not annotated at all. Either way
# the document's `reason` records what was left out.
MAX_MENTIONS_PER_DOC = 20_000
MAX_CLAIMS_PER_DOC = 2_000


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


def needs_nlp(d: Document) -> bool:
    """Whether `d` goes through the model: usable, not a duplicate, with text."""
    return d.status == "ok" and not d.duplicate_of and bool(d.text)


def annotate(documents: Iterable[Document], nlp: Language | None = None) -> Iterator[DocResult]:
    """Yield one DocResult per input document, in input order.

    Skipped documents and duplicates pass through without NLP (a duplicate is an outlet that
    carried the story; its claims are the original's).
    """
    from .pipeline import load_pipeline, make_doc

    if nlp is None:
        nlp = load_pipeline()
    docs = list(documents)

    mentions: dict[int, list] = {}
    claims: dict[int, list] = {}
    dropped: dict[int, list[int]] = {}  # i -> [mentions dropped, claims dropped]
    stopped: dict[int, int] = {}  # i -> character offset where annotation stopped (claims cap)

    def keep(sdoc: object, i: int) -> None:
        kept_m, kept_c = mentions.setdefault(i, []), claims.setdefault(i, [])
        new_m, new_c = sdoc._.cp_mentions or [], sdoc._.cp_claims or []  # type: ignore[attr-defined]
        room_m, room_c = max(MAX_MENTIONS_PER_DOC - len(kept_m), 0), max(MAX_CLAIMS_PER_DOC - len(kept_c), 0)
        kept_m.extend(new_m[:room_m])
        kept_c.extend(new_c[:room_c])
        if len(new_m) > room_m or len(new_c) > room_c:
            lost = dropped.setdefault(i, [0, 0])
            lost[0] += max(len(new_m) - room_m, 0)
            lost[1] += max(len(new_c) - room_c, 0)

    wanted = [i for i, d in enumerate(docs) if needs_nlp(d)]
    long_docs = {i for i in wanted if len(docs[i].text or "") > CHUNK_CHARS}
    # Articles of one chunk go through nlp.pipe in batches (a generator: no list of Docs).
    short = ((make_doc(nlp, docs[i].text or "", doc_id=docs[i].id, published=docs[i].published), i)
             for i in wanted if i not in long_docs)
    for sdoc, i in nlp.pipe(short, as_tuples=True, batch_size=PIPE_BATCH):
        keep(sdoc, i)
    # A long document goes one chunk at a time: a batch of its chunks would hold a parse of
    # megabytes at once, and the claims cap can end its annotation early.
    for i in sorted(long_docs):
        d = docs[i]
        for offset, chunk in split_chunks(d.text or ""):
            if len(claims.get(i, ())) >= MAX_CLAIMS_PER_DOC:
                stopped[i] = offset
                break
            keep(nlp(make_doc(nlp, chunk, doc_id=d.id, published=d.published, offset=offset)), i)
    for i, d in enumerate(docs):
        numbered = _resolve_links(tuple(
            dataclasses.replace(c, id=f"{d.id}-{c.kind[0]}{n}")
            for n, c in enumerate(sorted(claims.get(i, []), key=lambda c: (c.evidence.start, c.kind)), 1)
        ), [c.id for c in sorted(claims.get(i, []), key=lambda c: (c.evidence.start, c.kind))])
        ms = tuple(sorted(mentions.get(i, []), key=lambda m: (m.start, m.end)))
        if i in dropped or i in stopped:
            lost = dropped.get(i, [0, 0])
            d = dataclasses.replace(d, reason=_capped_note(d, lost[0], lost[1], stopped.get(i)))
        yield DocResult(document=d, mentions=ms, claims=numbered)


def _resolve_links(numbered: tuple[Claim, ...], provisional: list[str]) -> tuple[Claim, ...]:
    """Figure claims point at each other (`part_of`, `supersedes`) by the provisional keys the
    figures component gave them; map those to the final ids, dropping any that did not survive."""
    final = {old: c.id for old, c in zip(provisional, numbered, strict=False) if old}
    out: list[Claim] = []
    for c in numbered:
        if isinstance(c, FigureClaim) and (c.part_of or c.supersedes):
            c = dataclasses.replace(c, part_of=final.get(c.part_of or ""),
                                    supersedes=tuple(final[s] for s in c.supersedes if s in final))
        out.append(c)
    return tuple(out)


def _capped_note(d: Document, mentions: int, claims: int, stopped_at: int | None) -> str:
    """The document's note with what the per-document caps left out."""
    parts = []
    if mentions:
        parts.append(f"dropped {mentions:,} mentions past the first {MAX_MENTIONS_PER_DOC:,}")
    if claims:
        parts.append(f"dropped {claims:,} claims past the first {MAX_CLAIMS_PER_DOC:,}")
    if stopped_at is not None:
        parts.append(f"not annotated after character {stopped_at:,} of {len(d.text or ''):,}")
    note = "capped (a per-document limit): " + "; ".join(parts)
    return f"{d.reason}; {note}" if d.reason else note


def annotate_batch(documents: Sequence[Document]) -> list[DocResult]:
    """The unit of work shipped to a worker process or Dask task."""
    return list(annotate(documents))
