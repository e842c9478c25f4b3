"""Places the gazetteer does not know, linked among themselves: "the Zenda Valley" = "Zenda Valley",
"Ech Chouf" = "Esh-Shuf" (one name in French and English romanization), "Tarlen Province" = "Tarlen"
(an area and its bare name), "Strelsau" = "Strelsau bridge" when the corpus writes the bridge by the
name alone. Called by `counterpoint.entities.linking` after gazetteer resolution.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..disjoint_sets import DisjointSets
from .rules import AREA_KIND_WORDS, FACILITY_END_WORDS, PLACE_KIND_WORDS, PLACE_SPELLING_FOLDS
from .translit import fold, strip_determiner

_DOUBLE = re.compile(r"([a-z])\1+")
# A bare area name found in the texts this many times at least becomes an alias of "X Province".
BARE_AREA_MIN = 1


def place_surface_key(text: str) -> str:
    """The key a place surface is stored under: folded, leading "the" dropped ("The Zenda Bridge")."""
    return strip_determiner(fold(text))


def spelling_key(folded: str) -> str:
    """Romanization-insensitive key of a folded place name: "al haouz" and "al hawz" -> "al hauz"."""
    s = folded
    for a, b in PLACE_SPELLING_FOLDS:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


def kind_stripped(folded: str) -> str | None:
    """The name without a trailing kind word ("tarlen province" -> "tarlen", "zenda bridge" -> "zenda");
    None when there is none or nothing would be left."""
    words = folded.split()
    if len(words) >= 2 and (words[-1] in PLACE_KIND_WORDS or words[-1] in FACILITY_END_WORDS):
        return " ".join(words[:-1])
    return None


def join_unresolved(keys: list, resolved: dict, surfaces: dict, parent: DisjointSets) -> None:
    """Place surfaces with no gazetteer record join the place of the same spelling key (any record or
    none), and the place named by them plus a kind word ("Tarlen" -> "Tarlen Province"). Blocked by
    the spelling key: dictionary lookups only."""
    by_key: dict[str, list] = defaultdict(list)
    for k in keys:
        by_key[spelling_key(surfaces[k].folded)].append(k)
        if resolved.get(k) is not None:
            by_key[spelling_key(place_surface_key(resolved[k].name))].append(k)
    for k in keys:
        if resolved.get(k) is not None:
            continue
        own = spelling_key(surfaces[k].folded)
        bare = kind_stripped(surfaces[k].folded)
        targets = {parent.find(x) for x in by_key.get(own, ()) if x != k}
        if bare is not None:
            # "Tarlen Province" is the place Tarlen; "the Zenda bridge" is not the town of Zenda, only
            # the bare name the corpus writes for the bridge itself (a name no gazetteer knows)
            built = surfaces[k].folded.split()[-1] in FACILITY_END_WORDS
            targets |= {parent.find(x) for x in by_key.get(spelling_key(bare), ())
                        if x != k and not (built and resolved.get(x) is not None)}
        if len(targets) == 1:
            parent.union(targets.pop(), k)


def bare_area_names(forms: list[str], texts: list[str]) -> set[str]:
    """Bare names of areas ("Tarlen" of "Tarlen Province") that the texts write alone too (not as
    part of the longer form): aliases a reader uses for the same place."""
    out: set[str] = set()
    for form in forms:
        words = form.split()
        if len(words) < 2 or fold(words[-1]) not in AREA_KIND_WORDS:
            continue
        bare = " ".join(w for w in words[:-1] if fold(w) != "the")
        if not bare or not bare[:1].isupper():
            continue
        alone = re.compile(rf"\b{re.escape(bare)}\b(?!\s+{re.escape(words[-1])})(?![\w'’-])", re.IGNORECASE)
        if sum(1 for t in texts for m in alone.finditer(t) if t[m.start() : m.end()][:1].isupper()) >= BARE_AREA_MIN:
            out.add(bare)
    return out
