"""Names of one corpus written two ways that no earlier rule joined: a name set all in capitals (a
dateline, a headline), a name respelled by one letter (a transliteration or a typing slip), a town's
first word before its particle ("Zendaa" of "Zendaa del Tronto"), a firm by its first word.

Called by `counterpoint.entities.linking` once every surface, the claims' names included, is known.
Both rules work across types: the model tags a dateline's "ZENDA, Ruritania —" as a body and a
respelled town ("Zendaa") as a person, so the variant joins the better-attested name and takes its
type. Blocked, not all-pairs: capitals by their folded key, respellings by one-letter deletions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from ..disjoint_sets import DisjointSets
from .names import without_legal_form
from .place_linking import place_surface_key
from .retype import _move
from .rules import COMPANY_END_WORDS, ORG_SUFFIXES
from .translit import fold, org_key

# The respelled word of a name has at least this many letters: shorter words are other names one
# letter apart too often ("Lee" / "Lea", "Kim" / "Kin").
VARIANT_MIN_LETTERS = 5
# A name set all in capitals needs this many letters before it is taken for a word, not an acronym.
CAPITALS_MIN_LETTERS = 4
LINKED_TYPES = ("person", "organization", "place")
# Particles inside a place's name of Romance and Germanic languages ("Arzeno del Tronto", "Tarlen-sur-
# Mer", "Zell am See"), after which the first word alone is the place's everyday name.
PLACE_NAME_PARTICLES = frozenset({"del", "di", "della", "dei", "de", "du", "des", "sur", "am", "an", "im", "upon"})


def _key_of(etype: str, text: str) -> tuple[str, str]:
    """The key `surfaces._add` stores a name of this type under."""
    if etype == "organization":
        return (etype, org_key(text))
    if etype == "place":
        return (etype, place_surface_key(text))
    return (etype, fold(text))


def _in_capitals(s) -> bool:
    return bool(s.forms) and all(f.isupper() for f in s.forms) and \
        sum(c.isalpha() for c in s.text) >= CAPITALS_MIN_LETTERS


def _rekey(moved: dict, mention_keys: list, name_keys: dict) -> None:
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]
        for n, k in name_keys.items():
            name_keys[n] = moved.get(k, k)


def join_capitals(surfaces: dict, parent: DisjointSets, mention_keys: list, name_keys: dict) -> None:
    """A name the corpus writes only in capitals ("AMATRICE, Italy —") that it also writes in mixed
    case under another type is that name: the writing in running text says what it is."""
    moved: dict = {}
    for k in list(surfaces):
        if k[0] not in LINKED_TYPES or k not in surfaces or not _in_capitals(surfaces[k]):
            continue
        others = [_key_of(t, surfaces[k].text) for t in LINKED_TYPES if t != k[0]]
        hits = [o for o in others if o in surfaces and not _in_capitals(surfaces[o])]
        if len(hits) == 1:
            target = hits[0]
            new = _move(surfaces, parent, k, target[0], target[1])
            parent.union(target, new)
            moved[k] = new
    _rekey(moved, mention_keys, name_keys)


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _edit_inside(a: str, b: str) -> bool:
    """The one edit between `a` and `b` leaves their first and last letters alone."""
    return a[0] == b[0] and a[-1] == b[-1]


def join_respelled(surfaces: dict, parent: DisjointSets, places: dict, mention_keys: list, name_keys: dict,
                   count_of: Callable[[tuple], int]) -> None:
    """Two names of the same words but one, and that one word (`VARIANT_MIN_LETTERS` letters or more)
    one letter apart ("Nur Bekri" / "Nur Berkri", "Urumqi" / "Urumuqi", "Zendaa del Tronto" / "Zendao
    del Tronto"), never both in one document (a writer who writes both means two names), are one:
    - two persons: full names, the surname respelled inside (not its first or last letter, which
      make other names: "Rossi" / "Rosso", "Mario" / "Maria"), the given names the same;
    - two places or two bodies: not two different places the gazetteer knows;
    - a person's lone word or a body's name (no body's word in it) one letter from a place the
      corpus names more often: that place, respelled.
    `count_of` gives a surface's cluster size in mentions (the better-attested side wins)."""
    blocks: dict[tuple, list[tuple]] = defaultdict(list)
    for k in surfaces:
        if k[0] not in LINKED_TYPES:
            continue
        words = k[1].split()
        for i, w in enumerate(words):
            if len(w) >= VARIANT_MIN_LETTERS and w.isalpha():
                rest = tuple(words[:i] + words[i + 1 :])
                for d in _deletions(w):
                    blocks[(len(words), i, rest, d)].append(k)
    moved: dict = {}
    seen: set[frozenset] = set()
    for (n, i, _rest, _d), ks in blocks.items():
        for a_i, a in enumerate(ks):
            for b in ks[a_i + 1 :]:
                pair = frozenset((a, b))
                if a == b or pair in seen or a not in surfaces or b not in surfaces:
                    continue
                seen.add(pair)
                wa, wb = a[1].split()[i], b[1].split()[i]
                if Levenshtein.distance(wa, wb) != 1 or parent.find(a) == parent.find(b):
                    continue
                if set(surfaces[a].documents) & set(surfaces[b].documents) or not (_named(surfaces[a]) and _named(surfaces[b])):
                    continue
                target = _join_target(a, b, n, i, wa, wb, surfaces, places, count_of)
                if target is None:
                    continue
                other = b if target == a else a
                if other[0] != target[0]:
                    new = _move(surfaces, parent, other, target[0], _key_of(target[0], surfaces[other].text)[1])
                    moved[other] = new
                    other = new
                parent.union(target, other)
    _rekey(moved, mention_keys, name_keys)


def _named(s) -> bool:
    """Written as a name somewhere (a capital letter): "judges" or "mine owners" are no one's name."""
    return any(c.isupper() for f in s.forms for c in f)


def _join_target(a: tuple, b: tuple, n: int, i: int, wa: str, wb: str, surfaces: dict, places: dict,
                 count_of: Callable[[tuple], int]) -> tuple | None:
    """The surface the other of `a`, `b` joins (see `join_respelled`); None when they stay apart."""
    if a[0] == b[0] == "person":
        return a if n >= 2 and i == n - 1 and _edit_inside(wa, wb) else None
    if a[0] == b[0]:
        pa, pb = places.get(a), places.get(b)
        if pa is not None and pb is not None and pa.key != pb.key:
            return None
        return a
    if "place" not in (a[0], b[0]):
        return None
    place, other = (a, b) if a[0] == "place" else (b, a)
    if other[0] == "person" and (n > 1 or not _edit_inside(wa, wb)):
        return None
    if other[0] == "organization" and any(w in ORG_SUFFIXES for w in other[1].split()):
        return None
    return place if count_of(place) > count_of(other) else None


def join_place_heads(surfaces: dict, parent: DisjointSets, places: dict) -> None:
    """A one-word place that is the first word of exactly one longer place's name joined by a
    particle ("Zendaa" next to "Zendaa del Tronto", "Tarlen-sur-Mer"), named in one document with
    it: that place, shortened as its people and the press shorten it. Not a word the gazetteer knows
    as a place of its own ("Pescara", a city, beside the hamlet "Pescara del Tronto")."""
    heads: dict[str, set] = defaultdict(set)
    for k in surfaces:
        words = k[1].split()
        if k[0] == "place" and len(words) >= 3 and words[1] in PLACE_NAME_PARTICLES:
            heads[words[0]].add(k)
    for k in list(surfaces):
        if k[0] != "place" or " " in k[1] or k[1] not in heads or places.get(k) is not None:
            continue
        longer = [x for x in heads[k[1]] if set(surfaces[x].documents) & set(surfaces[k].documents)]
        roots = {parent.find(x) for x in heads[k[1]]}
        if longer and len(roots) == 1:
            parent.union(k, roots.pop())


def join_company_short_names(surfaces: dict, parent: DisjointSets, places: dict, mention_keys: list,
                             name_keys: dict) -> None:
    """A one-word "place" no gazetteer knows that is the first word of one company's names ("helping
    Zenda acquire papers" next to "Zenda Logistics", "Zenda International Logistics"): that company
    by its short name. Only a firm's name (a business word or a legal form at its end): a town's
    council or police are named after the town, and stay apart from it."""
    firms: dict[str, set] = defaultdict(set)
    for k in surfaces:
        words = k[1].split()
        if k[0] == "organization" and len(words) >= 2 and (words[-1] in COMPANY_END_WORDS
                                                            or without_legal_form(surfaces[k].text) != surfaces[k].text):
            for w in words[:2]:  # "Tianjin Zenda Logistics": the firm's own word after its city
                firms[w].add(parent.find(k))
    moved: dict = {}
    for k in list(surfaces):
        if k[0] != "place" or " " in k[1] or places.get(k) is not None or k[1] not in firms:
            continue
        roots = firms[k[1]]
        if len(roots) == 1:
            root = next(iter(roots))
            new = _move(surfaces, parent, k, "organization", org_key(surfaces[k].text))
            parent.union(root, new)
            moved[k] = new
    _rekey(moved, mention_keys, name_keys)
