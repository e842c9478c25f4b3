"""Exact and near-duplicate documents: syndicated copies point at the earliest original.

Exact copies share `text_hash` (case and whitespace folded). Near copies (a wire story
republished with another headline, a credit line added, a paragraph trimmed) are found with
MinHash over word shingles and an LSH index (datasketch), then confirmed by the estimated
Jaccard similarity. A duplicate stays in the corpus (another outlet carried the story) but is
not extracted again.

`Deduplicator(existing)` first learns the documents already stored, so an incremental or
repeated run marks the same documents the same way a single run over everything would.
"""

from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..models import Document

if TYPE_CHECKING:
    import numpy as np
    from datasketch import MinHash

# Estimated Jaccard similarity of word shingles from which a document counts as a copy.
# Syndicated copies of one story score 0.85-1.0; distinct articles on the same event, even
# ones sharing quotes, stay far below 0.5. A rewrite with many edits is, rightly, not a copy.
NEAR_DUPLICATE_THRESHOLD = 0.8
# Words per shingle: long enough that shared stock phrases do not make two texts similar.
SHINGLE_WORDS = 5
# MinHash permutations: 128 keeps the Jaccard estimate within about +-0.09 (2 sigma).
NUM_PERM = 128
# Texts with fewer shingles than this are compared only exactly (MinHash is noise there).
MIN_SHINGLES = 8
# Fixed seed: signatures must be identical across runs and processes.
MINHASH_SEED = 1

_WORD = re.compile(r"\w+")
# Numbers as written: a near copy that drops one of the original's numbers AND states one the
# original does not is a revision (an updated toll), not a copy, and is extracted on its own.
# A copy that only adds (a headline) or only trims numbers stays a copy.
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# Multiplier of the rolling shingle hash (an odd 32-bit constant, FNV prime).
_ROLL = 16777619


def shingle_hashes(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the text's word n-grams (n = SHINGLE_WORDS), case-folded.

    Words are hashed once with crc32 (C) and combined into n-gram hashes with numpy, which is
    ~10x faster than building and hashing each shingle string in Python.
    """
    import numpy as np

    words = _WORD.findall(text.casefold())
    n = SHINGLE_WORDS
    if len(words) < n:
        return np.zeros(0, dtype=np.uint64)
    wh = np.array(list(map(zlib.crc32, map(str.encode, words))), dtype=np.uint64)
    h = np.zeros(len(words) - n + 1, dtype=np.uint64)
    for k in range(n):
        h = (h * np.uint64(_ROLL) + wh[k : len(words) - n + 1 + k]) & np.uint64(0xFFFFFFFF)
    return np.unique(h)


@cache
def _template():  # -> datasketch.MinHash
    """An empty MinHash whose permutations are reused (generating them costs ~1 ms each)."""
    from datasketch import MinHash

    # Items are already 32-bit shingle hashes (see shingle_hashes); `int` passes them through
    # as a C call instead of a Python function per item.
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=int)


def _minhash(text: str):  # -> datasketch.MinHash | None
    hashes = shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    mh = _template().copy()
    mh.update_batch(hashes.tolist())
    return mh


def _numbers(text: str) -> frozenset[str]:
    """The numbers a text states, as written."""
    return frozenset(_NUMBER.findall(text))


def _revises(original: frozenset[str], copy: frozenset[str]) -> bool:
    return bool(original - copy) and bool(copy - original)


class Deduplicator:
    """Marks each checked document's `duplicate_of` against everything seen before it."""

    def __init__(self, existing: Iterable[Document] = (), *, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self._threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._known: dict[str, Document] = {}
        self._order: dict[str, int] = {}
        self._by_hash: dict[str, str] = {}  # text_hash -> id of the original
        self._signatures: dict[str, MinHash] = {}
        self._numbers: dict[str, frozenset[str]] = {}
        for doc in existing:
            self._remember(doc, None if doc.duplicate_of else _minhash(doc.text or ""))

    def _remember(self, doc: Document, mh: object | None) -> None:
        self._known[doc.id] = doc
        self._order.setdefault(doc.id, len(self._order))
        if doc.status != "ok":
            return
        root = doc.duplicate_of or doc.id
        if doc.text_hash:
            self._by_hash.setdefault(doc.text_hash, root)
        if doc.duplicate_of is None and mh is not None:
            self._signatures[doc.id] = mh
            self._numbers[doc.id] = _numbers(doc.text or "")
            self._lsh.insert(doc.id, mh)

    def check(self, doc: Document) -> Document:
        """The document with `duplicate_of` set to the earliest original it copies (or None)."""
        if doc.id in self._known:  # seen before (a re-run): keep the earlier decision
            return dataclasses.replace(doc, duplicate_of=self._known[doc.id].duplicate_of)
        if doc.status != "ok" or not doc.text:
            self._remember(doc, None)
            return doc
        original = self._by_hash.get(doc.text_hash) if doc.text_hash else None
        mh = None
        if original is None:
            mh = _minhash(doc.text)
            if mh is not None:
                original = self._nearest(mh, _numbers(doc.text))
        result = dataclasses.replace(doc, duplicate_of=original)
        self._remember(result, mh)
        return result

    def _nearest(self, mh: MinHash, numbers: frozenset[str]) -> str | None:
        matches = [
            key
            for key in self._lsh.query(mh)
            if self._signatures[key].jaccard(mh) >= self._threshold and not _revises(self._numbers[key], numbers)
        ]
        return min(matches, key=self._order.__getitem__) if matches else None
