"""Language of a document (ISO 639-1) with py3langid, whose model ships inside the package."""

from __future__ import annotations

import re
import threading
from typing import Any

# The identifier looks at this much text: langid was built for tweet-length input, and its
# pure-Python byte walk costs ~2 ms per 1,000 characters.
LANGUAGE_SAMPLE_CHARS = 400
# Below this many letters a guess is noise (a headline, a caption): answer None.
MIN_LETTERS = 20
# Normalized probability under which the detector's answer is not trusted.
MIN_PROBABILITY = 0.5

# Languages so close that the identifier splits its confidence among them (Serbian, Croatian and
# Bosnian written in Latin letters; Malay and Indonesian; the Scandinavian ones): a text whose top
# guess is weak but whose family together passes MIN_PROBABILITY is read as its top guess. It is
# in that family's language whichever member it is, and "not English" is what later stages need
# (a Serbian brief answered None was read as English: its names never met the coverage's).
LANGUAGE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"hr", "bs", "sr"}),
    frozenset({"ms", "id"}),
    frozenset({"da", "no", "nb", "nn"}),
)

_LETTER = re.compile(r"[^\W\d_]")
_lock = threading.Lock()
_identifier: list[Any] = []


def _get() -> Any:
    with _lock:
        if not _identifier:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _identifier[0]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or the guess is weak."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    code, prob = _get().classify(sample)
    if prob >= MIN_PROBABILITY:
        return str(code)
    family = next((f for f in LANGUAGE_FAMILIES if code in f), None)
    if family is None:
        return None
    together = sum(p for c, p in _get().rank(sample) if c in family)
    return str(code) if together >= MIN_PROBABILITY else None
