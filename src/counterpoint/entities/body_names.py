"""Names of movements written several ways that share no letters an acronym rule could find
("ISIS" / "Islamic State" / "Daesh"): the data file `data/body_names.tsv`, read once."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .translit import org_key

# A trailing word news adds to a movement's name ("the Islamic State group", "Hamas movement").
TRAILING_KIND_WORDS = ("group", "movement", "militants", "militia")


def body_key(text: str) -> str:
    """The folded name without a leading "the" and a trailing kind word ("the Islamic State group")."""
    words = org_key(text).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] in TRAILING_KIND_WORDS:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    text = resources.files("counterpoint.data").joinpath("body_names.tsv").read_text(encoding="utf-8")
    return tuple((ln.split("\t")[0], ln.split("\t")[1].strip())
                 for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {body_key(name): canonical for name, canonical in _rows()}


@lru_cache(maxsize=1)
def written_pattern() -> re.Pattern[str]:
    """The listed names as written (capitalized, whole words; hyphen or space alike): for finding
    them in a text where the model cut or mislabelled them ("Islamic" + "State group")."""
    alts = sorted({re.escape(name).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for name, _c in _rows()},
                  key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def known_body(text: str) -> str | None:
    """The canonical name of a movement this text names, or None."""
    return _names().get(body_key(text))
