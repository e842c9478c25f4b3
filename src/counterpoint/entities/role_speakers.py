"""Speakers named only by their office ("the police chief said", "Haiti's ambassador told",
"the acting prime minister") as claims give them: the person the same document names with that
title ("Police Chief Jan Novak"), else no entity. An office in lower case names no body and no one
by name: as an organization it would be a wrong who's-who entry. Called by `linking.link`.
"""

from __future__ import annotations

import re

from .kind_words import ROLE_SPEAKER_HEADS, ROLE_SPEAKER_MODIFIERS
from .rules import PEOPLE_NAMES, ROLE_WORDS
from .translit import fold

_POSSESSIVE = re.compile(r"['’]s?$")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})


def role_description(written: str, is_country=lambda w: False) -> tuple[str, ...] | None:
    office, _country = _office(written, is_country)
    return office


def names_country(written: str, is_country=lambda w: False) -> bool:
    """Whether a speaker's office says whose it is ("Zenda's police chief", "the Zendan envoy"): the
    document may give the same title to someone of another country, so no holder is looked up."""
    return _office(written, is_country)[1]


def _office(written: str, is_country) -> tuple[tuple[str, ...] | None, bool]:
    """The office's words of a speaker named only by it ("the acting prime minister" -> ("prime",
    "minister"), "Haiti's ambassador" -> ("ambassador",), "head of the national police" -> ("head",)):
    after determiners, a country's possessive, demonyms and modifiers, only lower-case words, the
    last a title or a person's office (`ROLE_SPEAKER_HEADS`). None for anything else (a name, a body)."""
    text = written.strip()
    head, _of, rest = text.partition(" of ")
    words = head.split()
    out: list[str] = []
    country = any(fold(w) in PEOPLE_NAMES or is_country(w) for w in re.findall(r"[A-Z][\w-]*", rest))
    for i, w in enumerate(words):
        f = fold(w)
        bare = _POSSESSIVE.sub("", w)
        whose = fold(bare) in PEOPLE_NAMES or (bare[:1].isupper() and is_country(bare) and w != bare)
        if not out and (f in _DETERMINERS or f in ROLE_SPEAKER_MODIFIERS or whose):
            country = country or whose
            continue  # "the", "acting", "Zendan", "Zenda's" before the office
        if not w[:1].islower() and not (i == 0 and w[:1].isupper() and f in ROLE_WORDS):
            return None, False  # a capitalized word in the office: a name ("Police Chief Novak", "Zenda Police")
        out.append(f)
    if not out or out[-1] not in ROLE_SPEAKER_HEADS:
        return None, False
    return tuple(w for w in out if w not in ROLE_SPEAKER_MODIFIERS), country


def role_holder(office: tuple[str, ...], doc_id: str, surfaces: dict, parent) -> tuple | None:
    """The one person the document names with a title that ends like the office or that the office
    ends with ("police chief" for "Police Chief Jan Novak" and for "school district police chief"),
    as a surface key; None when none or several."""
    roots = set()
    for k, s in surfaces.items():
        if k[0] != "person" or doc_id not in s.documents:
            continue
        for role in s.roles:
            r = tuple(fold(role).split())
            n = min(len(r), len(office))
            if n and r[-n:] == office[-n:] and (len(r) == n or len(office) == n):
                roots.add(parent.find(k))
    return roots.pop() if len(roots) == 1 else None
