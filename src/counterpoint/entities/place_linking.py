"""Places the gazetteer does not know, linked among themselves: "the Zenda Valley" = "Zenda Valley",
"Ech Chouf" = "Esh-Shuf" (one name in French and English romanization), "Tarlen Province" = "Tarlen"
(an area and its bare name), "Strelsau" = "Strelsau bridge" when the corpus writes the bridge by the
name alone. Called by `counterpoint.entities.linking` after gazetteer resolution.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from ..disjoint_sets import DisjointSets
from .rules import (
    AREA_KIND_WORDS,
    FACILITY_END_WORDS,
    PLACE_KIND_PHRASES,
    PLACE_KIND_WORDS,
    PLACE_LEADING_KINDS,
    PLACE_SPELLING_FOLDS,
)
from .translit import fold, strip_determiner

_DOUBLE = re.compile(r"([a-z])\1+")
# Unknown one-word places spelled this alike (normalized Levenshtein), sharing their first letters,
# are one place; as `linking.PLACE_SIMILARITY` does for an unknown name and a known one.
PLACE_SIMILARITY = 0.9
PLACE_BLOCK = 4
RESPELLED_MIN_LETTERS = 6
# Compass words written after a town's name for an area of it ("Zenda East"); not before it ("East
# Zenda" is as often a region of its own or another country: East Timor, South Sudan).
AREA_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})
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
    """The name without a trailing kind word ("tarlen province" -> "tarlen", "zenda bridge" -> "zenda")
    or a leading one ("mount zenda" -> "zenda"); None when there is none or nothing would be left."""
    words = folded.split()
    if len(words) >= 3 and tuple(words[-2:]) in PLACE_KIND_PHRASES:
        return " ".join(words[:-2])
    if len(words) >= 2 and (words[-1] in PLACE_KIND_WORDS or words[-1] in FACILITY_END_WORDS):
        return " ".join(words[:-1])
    if len(words) >= 2 and words[0] in PLACE_LEADING_KINDS:
        return " ".join(words[1:])
    return None


def join_respelled(keys: list, resolved: dict, surfaces: dict, parent: DisjointSets) -> None:
    """Two one-word names no gazetteer knows, spelled almost alike ("Tarlenchok" / "Tarlenchowk"):
    one place. Blocked by the first `PLACE_BLOCK` letters."""
    block: dict[str, list] = defaultdict(list)
    for k in keys:
        f = surfaces[k].folded
        if resolved.get(k) is None and " " not in f and len(f) >= RESPELLED_MIN_LETTERS:
            block[f[:PLACE_BLOCK]].append(k)
    for ks in block.values():
        for i, a in enumerate(ks):
            for b in ks[i + 1 :]:
                if Levenshtein.normalized_similarity(surfaces[a].folded, surfaces[b].folded) >= PLACE_SIMILARITY:
                    parent.union(a, b)


def join_unresolved(keys: list, resolved: dict, surfaces: dict, parent: DisjointSets) -> None:
    """Place surfaces with no gazetteer record join the place of the same spelling key (any record or
    none), and the place named by them plus a kind word ("Tarlen" -> "Tarlen Province"). Blocked by
    the spelling key: dictionary lookups only."""
    by_key: dict[str, list] = defaultdict(list)
    for k in keys:
        names = [surfaces[k].folded]
        if resolved.get(k) is not None:
            names.append(place_surface_key(resolved[k].name))
        for n in names:
            by_key[spelling_key(n)].append(k)
            bare = kind_stripped(n)
            if bare is not None and n.split()[-1] not in FACILITY_END_WORDS:
                by_key[spelling_key(bare)].append(k)  # "Mount Zenda" answers to "Zenda" too
    # one spelling key, no record: one name written two ways ("Oud Zenbou" / "Oud-Zenbu")
    same: dict[str, list] = defaultdict(list)
    for k in keys:
        if resolved.get(k) is None:
            same[spelling_key(surfaces[k].folded)].append(k)
    for ks in same.values():
        for k in ks[1:]:
            parent.union(ks[0], k)
    by_name: dict[str, list] = defaultdict(list)
    for k in keys:
        by_name[surfaces[k].folded].append(k)
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
        words = surfaces[k].folded.split()
        if len(words) == 2 and words[-1] in AREA_COMPASS_WORDS:
            # "Zenda East": a constituency or ward of the town named so, the town itself when the
            # corpus names it bare; never another area of it ("Zenda Central" stays apart)
            targets |= {parent.find(x) for x in by_name.get(words[0], ()) if x != k}
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
