"""Persons of one corpus that are one: spellings of a surname in one skeleton block (Tokayev /
Tokaev), full names spelled two ways across blocks (Tikhanovskaya / Tsikhanouskaya), surname-only
and initials forms when the corpus is unambiguous, names cut before their surname.
Called by `counterpoint.entities.linking` on the corpus's person surfaces.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ..disjoint_sets import DisjointSets
from .kind_words import GIVEN_NAME_FULL_FORMS
from .rules import NAME_DROP_WORDS
from .translit import fold, given_skeleton, initials_of, is_initials, name_words, skeleton, token_key

# Two surname keys in one skeleton block are the same name when this close (normalized
# Levenshtein similarity): Nazarbaev ~ Nazarbaiev, but Putin !~ Patton.
SURNAME_SIMILARITY = 0.8
# Across skeleton blocks (Tikhanovskaya / Tsikhanouskaya, Suhrawardy / Sarwardy): two full names
# are one person when their given names agree and their surname keys are this similar.
LOOSE_SURNAME_SIMILARITY = 0.7
# The Arabic article as it is glued onto a surname (token keys), and the letters left after it.
GLUED_ARTICLES = frozenset({"al", "el"})
GLUED_REST_MIN = 4
# A full name's written letters join two spellings (see `_link_compact`) only when this long: short
# names respelled by one doubled letter may be two people.
COMPACT_WRITTEN_MIN_LETTERS = 14


@dataclass(frozen=True, slots=True)
class _Name:
    surname: str  # token key
    given: tuple[str, ...]  # token keys of full given names
    initials: tuple[str, ...]  # first letters of the given names (from either form)
    full: bool  # has at least one spelled-out given name


def _parse_person(text: str) -> _Name | None:
    raw = name_words(text)
    while raw and fold(raw[0]) in NAME_DROP_WORDS:
        raw = raw[1:]
    if not raw:
        return None
    surname = token_key(fold(raw[-1]))
    given: list[str] = []
    inits: list[str] = []
    for w in raw[:-1]:
        if is_initials(w):
            inits.extend(initials_of(w))
        else:
            k = token_key(fold(GIVEN_NAME_FULL_FORMS.get(fold(w), w)))  # "Chris" is "Christopher"
            if k:
                given.append(k)
                inits.append(k[0])
    if not surname:
        return None
    return _Name(surname=surname, given=tuple(given), initials=tuple(inits), full=bool(given))


def _same_surname(a: str, b: str) -> bool:
    return a == b or Levenshtein.normalized_similarity(a, b) >= SURNAME_SIMILARITY


def _given_compatible(a: _Name, b: _Name) -> bool:
    if a.given and b.given:
        # "Jomart Tokayev" fits "Kassym-Jomart Tokayev": the shorter given names, in order.
        short, long_ = sorted((a.given, b.given), key=len)
        it = iter(given_skeleton(g) for g in long_)
        return all(given_skeleton(g) in it for g in short) or _joined(a.given, b.given)
    ia, ib = a.initials, b.initials
    if not ia or not ib:
        return True
    n = min(len(ia), len(ib))
    return ia[:n] == ib[:n]


def _link_persons(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    blocks: dict[str, list[tuple[tuple, _Name]]] = defaultdict(list)
    # first words of full names: a bare word that is also someone's first word ("Lee" of "Lee
    # Jun-ho", written surname first) is not safely another person's surname
    firsts: set[str] = set()
    for k in keys:
        name = _parse_person(surfaces[k].text)
        if name is not None:
            blocks[skeleton(name.surname)].append((k, name))
            if name.full:
                firsts.add(name.given[0])
    for block in blocks.values():
        full = [(k, n) for k, n in block if n.full]
        short = [(k, n) for k, n in block if not n.full]
        for i, (ka, na) in enumerate(full):
            for kb, nb in full[i + 1 :]:
                if _same_surname(na.surname, nb.surname) and _given_compatible(na, nb):
                    parent.union(ka, kb)
        for ks, ns in short:
            if not ns.initials and ns.surname in firsts:
                continue  # see `firsts`: left to `_retype_surnames`, which weighs both readings
            roots = {parent.find(kf) for kf, nf in full if _same_surname(ns.surname, nf.surname)
                     and _given_compatible(ns, nf)}
            if len(roots) == 1:  # surname-only / initials: only when the corpus is unambiguous
                parent.union(ks, roots.pop())
        # Leftover short forms of one surname (no full name seen) are one entity.
        by_surname: dict[str, tuple] = {}
        for ks, ns in short:
            if parent.find(ks) == ks and not ns.initials:
                first = by_surname.setdefault(ns.surname, ks)
                if first != ks:
                    parent.union(first, ks)


def _link_loose(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """Full names in different skeleton blocks that are one person spelled two ways: the same first
    letters, compatible given names (each spelled out) and surname keys `LOOSE_SURNAME_SIMILARITY`
    alike (Svetlana Tikhanovskaya / Sviatlana Tsikhanouskaya). Blocked by the two first letters."""
    blocks: dict[tuple[str, str], list[tuple[tuple, _Name]]] = defaultdict(list)
    for k in keys:
        n = _parse_person(surfaces[k].text)
        if n is not None and n.given:
            blocks[(n.surname[:1], n.given[-1][:1])].append((k, n))
    for block in blocks.values():
        for i, (ka, na) in enumerate(block):
            for kb, nb in block[i + 1 :]:
                if parent.find(ka) == parent.find(kb):
                    continue
                if (Levenshtein.normalized_similarity(na.surname, nb.surname) >= LOOSE_SURNAME_SIMILARITY
                        and _loose_given(na.given, nb.given)):
                    parent.union(ka, kb)


def _loose_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The shorter list of given names matches the longer one's tail, each name by skeleton or
    closely spelled (Svetlana / Sviatlana, Hasan / Hassan)."""
    short, long_ = sorted((a, b), key=len)
    return _joined(a, b) or all(
        given_skeleton(x) == given_skeleton(y) or Levenshtein.normalized_similarity(x, y) >= SURNAME_SIMILARITY
        for x, y in zip(reversed(short), reversed(long_), strict=False))


def _joined(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Compound given names written as one word, hyphened or apart ("Mohammadreza" / "Mohammad
    Reza" / "Mohammad-Reza", "Abdelaziz" / "Abdel Aziz"): the same letters once the words are joined."""
    return len(a) != len(b) and skeleton("".join(a)) == skeleton("".join(b))


def _link_truncated(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """A name cut before its surname ("Qasim Jomarat" from "Qasim Jomarat Tokayev") joins the
    one person whose first two given names it matches; blocked by the given-name pair."""
    by_given: dict[tuple[str, str], set] = defaultdict(set)
    pairs: list[tuple[tuple, tuple[str, str]]] = []
    for k in keys:
        n = _parse_person(surfaces[k].text)
        if n is None:
            continue
        if len(n.given) >= 2:
            by_given[(skeleton(n.given[0]), skeleton(n.given[1]))].add(k)
        elif len(n.given) == 1:
            pairs.append((k, (skeleton(n.given[0]), skeleton(n.surname))))
    for k, pair in pairs:
        roots = {parent.find(x) for x in by_given.get(pair, ())}
        if len(roots) == 1 and parent.find(k) != next(iter(roots)):
            # only when the pair is not also a real first+last name in the corpus
            parent.union(k, roots.pop())


def _link_glued_article(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """A surname written with the Arabic article glued on ("Eltayeb", "Alamin") is the surname the
    corpus also writes with it apart ("al-Tayeb", "El Amin"): the person of that surname with
    compatible given names, when exactly one. Evidence from the corpus only, so "Alvarez" or "Elkins"
    never lose letters unless someone is written "Varez" or "Kins". Blocked by the surname."""
    by_surname: dict[str, list[tuple[tuple, _Name]]] = defaultdict(list)
    parsed = {}
    for k in keys:
        n = _parse_person(surfaces[k].text)
        if n is not None:
            parsed[k] = n
            by_surname[n.surname].append((k, n))
    for k, n in parsed.items():
        s = n.surname
        if s[:2] not in GLUED_ARTICLES or len(s) - 2 < GLUED_REST_MIN:
            continue
        rest = s[2:]
        roots = {parent.find(kb) for kb, nb in by_surname.get(rest, ()) if _given_compatible(n, nb)
                 and (nb.full or n.full)}
        if len(roots) == 1 and parent.find(k) not in roots:
            parent.union(k, roots.pop())


def _link_compact(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """Full names that differ only in where they break into words ("Ismoilzoda" / "Ismoil-zoda",
    "Abdelrahman Youssef" / "Abdel Rahman Youssef", "Mohammadreza" / "Mohammad Reza"): the same
    letters once the words are joined and romanization folded are one person. Blocked by that key."""
    by_compact: dict[str, list] = defaultdict(list)
    for k in keys:
        n = _parse_person(surfaces[k].text)
        if n is not None and n.full:
            by_compact["".join(n.given) + n.surname].append(k)
            letters = _written_letters(surfaces[k].text)
            if len(letters) >= COMPACT_WRITTEN_MIN_LETTERS:
                # "Abdullahi Zendab Farah" / "Abdulahi Zendab Farah": a doubled letter makes `name_words`
                # cut the "Abd" prefix in two places; the letters as written, doubled ones folded, agree
                by_compact["=" + token_key(letters)].append(k)
    for ks in by_compact.values():
        for k in ks[1:]:
            parent.union(ks[0], k)


def _written_letters(text: str) -> str:
    """A full name's letters as written, run together, leading title words dropped."""
    words = fold(text).split()
    while words and words[0] in NAME_DROP_WORDS:
        words = words[1:]
    return "".join(c for c in "".join(words) if c.isalpha())


def _link_paternal_surname(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """A lone surname that is the second-last word of one full name of three words or more and no
    one's last word or first word ("Tarlen" of "Jorge Luis Tarlen Zenda"): the father's surname of a
    Spanish or Portuguese name, which the writer uses alone ("Tarlen said"). Only when that is one
    person and the lone name has joined no full name yet."""
    parsed = {k: n for k in keys if (n := _parse_person(surfaces[k].text)) is not None}
    last_or_first = {n.surname for n in parsed.values() if n.full} | {n.given[0] for n in parsed.values() if n.full}
    by_paternal: dict[str, set] = defaultdict(set)
    for k, n in parsed.items():
        if len(n.given) >= 2:
            by_paternal[n.given[-1]].add(k)
    full_roots = {parent.find(k) for k, n in parsed.items() if n.full}
    for k, n in parsed.items():
        if n.full or n.initials or n.surname in last_or_first or parent.find(k) in full_roots:
            continue
        roots = {parent.find(x) for x in by_paternal.get(n.surname, ())}
        if len(roots) == 1:
            parent.union(roots.pop(), k)
