"""Place surfaces resolved to gazetteer records (the corpus's focus country breaking ties); the
surfaces of one record, a province and its same-named capital, a feature with and without its
kind are one place. Called by `counterpoint.entities.linking`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz.distance import Levenshtein

from ..disjoint_sets import DisjointSets
from .place_linking import join_respelled, join_unresolved
from .rules import AREA_KIND_WORDS
from .surfaces import (
    _top,
)
from .translit import fold, token_key

# An unknown one-word place joins a known place whose name is this similar (same first letters).
PLACE_SIMILARITY = 0.9
PLACE_BLOCK = 4
# Unknown places this long (letters) or longer may join a variant spelling of theirs: short names
# ("Gaza" / "Goma") are too alike by chance.
PLACE_VARIANT_MIN = 7
# Words naming a natural feature's kind before its name: "Mount Everest" is "Everest".
PLACE_FEATURE_PREFIXES = frozenset({"mount", "mt", "mont", "monte", "lake", "cape"})
# Labels naming regions of the world rather than gazetteer places.
LOC_ONLY = frozenset({"LOC"})
# Last words of a region's name after the name of its main city ("Gaza Strip" / "Gaza", "Zenda
# Province" / "Zenda"): the region and the city are one place to a reader, as a province and its
# same-named capital are.
REGION_NAME_TAILS = AREA_KIND_WORDS | {"strip"}


def _region_bare_name(name: str) -> str:
    words = fold(name).split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in REGION_NAME_TAILS else " ".join(words)


def _link_places(keys: list, surfaces: dict, parent: DisjointSets, gaz, focus_country: str | None) -> dict:
    """Resolve place surfaces to gazetteer records; surfaces of one record are one entity."""
    country_votes: Counter[str] = Counter()
    context: set[tuple[str, str]] = set()
    first: dict = {}
    for k in keys:
        labels = surfaces[k].labels
        # Named regions of the world ("the Middle East", "the West") are LOC; only names the model
        # ever calls GPE/FAC/ORG (or that come from claims, with no label) go to the gazetteer.
        p = None if labels and set(labels) <= LOC_ONLY else gaz.resolve(surfaces[k].text)
        first[k] = p
        if p is not None:
            country_votes[p.country] += surfaces[k].count
            if p.kind == "region" and p.admin1code:
                context.add((p.country, p.admin1code))
    focus = focus_country or _top(country_votes)
    resolved: dict = {}
    by_place: dict[str, tuple] = {}
    for k in keys:
        p = gaz.resolve(surfaces[k].text, focus_country=focus, context_admin1=frozenset(context)) if first[k] else None
        resolved[k] = p
        if p is not None:
            other = by_place.setdefault(p.key, k)
            if other != k:
                parent.union(other, k)
    _join_same_named(keys, resolved, surfaces, parent)
    join_unresolved(keys, resolved, surfaces, parent)
    join_respelled(keys, resolved, surfaces, parent)
    return resolved


def _join_same_named(keys: list, resolved: dict, surfaces: dict, parent: DisjointSets) -> None:
    """A province and its capital city of one name are one place to a reader ("Kahramanmaras" /
    "Kahramanmaras Province"); a name the gazetteer does not know joins the known place spelled
    almost alike (Kahramanmarash). Blocked by the first letters of the folded name."""
    cities: dict[tuple[str, str], tuple] = {}
    known: dict[str, list[tuple[str, tuple]]] = defaultdict(list)
    for k in keys:
        p = resolved.get(k)
        if p is not None:
            n = fold(p.name)
            known[n[:PLACE_BLOCK]].append((n, k))
            if p.kind == "city":
                cities.setdefault((n, p.country), k)
    for k in keys:
        p = resolved.get(k)
        if p is not None and p.kind == "region":
            city = cities.get((fold(p.name), p.country)) or cities.get((_region_bare_name(p.name), p.country))
            if city is not None:
                parent.union(city, k)
        elif p is None and " " not in surfaces[k].folded:
            f = surfaces[k].folded
            near = {parent.find(kk) for n, kk in known.get(f[:PLACE_BLOCK], ())
                    if Levenshtein.normalized_similarity(n, f) >= PLACE_SIMILARITY}
            if len(near) == 1:
                parent.union(near.pop(), k)
    # Two spellings of a place the gazetteer does not know ("Sindhupalchok" / "Sindhupalchowk"):
    # one place when their romanization keys agree or they differ by a letter or so.
    unknown: dict[str, list[tuple[str, tuple]]] = defaultdict(list)
    for k in keys:
        f = surfaces[k].folded
        if resolved.get(k) is None and " " not in f and len(f) >= PLACE_VARIANT_MIN:
            for n, kk in unknown[f[:PLACE_BLOCK]]:
                if token_key(n) == token_key(f) or Levenshtein.normalized_similarity(n, f) >= PLACE_SIMILARITY:
                    parent.union(kk, k)
            unknown[f[:PLACE_BLOCK]].append((f, k))
    # A natural feature written with and without its kind ("Mount Everest" / "Everest"), when the
    # bare name is no country or city the gazetteer knows.
    bare = {surfaces[k].folded: k for k in keys}
    for k in keys:
        words = surfaces[k].folded.split()
        if len(words) > 1 and words[0] in PLACE_FEATURE_PREFIXES:
            other = bare.get(" ".join(words[1:]))
            q = resolved.get(other) if other is not None else None
            if other is not None and (q is None or q.kind not in ("country", "city")):
                parent.union(other, k)
