"""Organizations of one corpus that are one: acronyms with their expansions ("CSTO" = "Collective
Security Treaty Organization"; "Disaster ... Authority (AFAD)"), names with the same order-free
word set, a word set inside exactly one longer one, a name and the same name with generic words.
Called by `counterpoint.entities.linking` on the corpus's organization surfaces.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from ..disjoint_sets import DisjointSets
from .body_names import known_body
from .names import _folded_words, org_country, org_signature
from .rules import (
    DEMONYMS,
    KNOWN_BODY_ACRONYMS,
    LEADING_PART_MIN_LETTERS,
    OFFICE_HOLDER_TITLES,
    ORG_FILLER_WORDS,
    ORG_GENERIC_TAILS,
    ORG_HEAD_CLASSES,
    ORG_HEAD_VARIANT_MIN_WORDS,
    ORG_INTERCHANGEABLE_HEADS,
    ORG_KIND_TAILS,
    ORG_SUFFIXES,
    SUB_BODY_WORDS,
)
from .translit import acronym_of, as_acronym, has_umlaut, org_key, skeleton, token_key, umlaut_key

# An acronym of two letters merges with an expansion only when both occur in one document;
# longer acronyms are specific enough corpus-wide.
SHORT_ACRONYM = 2
# Names run together and romanization-folded meet only when this long (short names collide).
ROMANIZED_MIN_LETTERS = 8
# The Arabic article written before a movement's one-word name ("al-Zendaab", "Al Zendaab", "el-Zendab").
GLUED_ARTICLE_WORDS = frozenset({"al", "el"})
# One-word names respelled (Viasna / Vesna): length floor and spelling similarity.
RESPELLED_MIN_LETTERS = 5
RESPELLED_SIMILARITY = 0.65
# A country's name in an organization's name is at most this many words ("United Arab Emirates").
COUNTRY_MAX_WORDS = 3
# A clipped modifier ("Met" for "Metropolitan") keeps at least this many first letters
# and drops at least this many.
CLIP_MIN_LETTERS = 3
CLIP_MIN_EXTRA = 3


def link_orgs(keys: list, surfaces: dict, parent: DisjointSets, paren=(), is_country=lambda w: False,
              is_place=lambda w: False) -> None:
    _link_acronyms(keys, surfaces, parent, paren)
    _link_signatures(keys, surfaces, parent, is_country, is_place)
    _join_umlauts(keys, surfaces, parent)
    _join_romanized(keys, surfaces, parent, is_country)
    _join_article_forms(keys, surfaces, parent)
    _join_known_bodies(keys, surfaces, parent)


def article_bare(folded: str) -> tuple[str, bool] | None:
    """A one-word body's name without its Arabic article, and whether it had one: "al-shabaab" ->
    ("shabaab", True), "shebab" -> ("shebab", False); None for a longer name or a short word."""
    words = [w for w in re.split(r"[\s-]+", folded) if w]
    had = len(words) == 2 and words[0] in GLUED_ARTICLE_WORDS
    bare = words[-1] if had or len(words) == 1 else ""
    if len(bare) < RESPELLED_MIN_LETTERS or not bare.isalpha():
        return None
    return bare, had


def _join_article_forms(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """One movement written with its Arabic article and without, and in two romanizations ("al-Zendaab",
    "Al Zendab", "Zendaab", "Zendeb"): one-word names, one of each pair with the article, the same
    consonant skeleton once romanization is folded and spellings `RESPELLED_SIMILARITY` alike.
    Blocked by that skeleton. (Two bare words are `_join_respelled`'s.)"""
    block: dict[str, list[tuple[str, bool, tuple]]] = defaultdict(list)
    for k in keys:
        ab = article_bare(surfaces[k].folded)
        if ab is not None and not as_acronym(surfaces[k].text):
            key = token_key(ab[0])
            block[skeleton(key)].append((key, ab[1], k))
    for items in block.values():
        for i, (ka, had_a, a) in enumerate(items):
            for kb, had_b, b in items[i + 1 :]:
                if (had_a or had_b) and Levenshtein.normalized_similarity(ka, kb) >= RESPELLED_SIMILARITY:
                    parent.union(a, b)


def _join_known_bodies(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """Names of one movement that no spelling or acronym rule relates ("ISIS", "Islamic State",
    "the Islamic State group"): one organization, by the list in `data/body_names.tsv`."""
    first: dict[str, tuple] = {}
    for k in keys:
        canonical = known_body(surfaces[k].text)
        if canonical is not None:
            parent.union(first.setdefault(canonical, k), k)


def _join_romanized(keys: list, surfaces: dict, parent: DisjointSets, is_country) -> None:
    """One name in two romanizations or two ways of breaking it into words ("Jamaat Zendiyah" /
    "Jamaat Zendiah", "South-East Zenda League" / "Southeast Zenda League"): the same letters once
    the words are run together and romanization is folded (y / i, doubled letters, kh / h, q / k; see
    `token_key`), at least `ROMANIZED_MIN_LETTERS` letters, no two different countries. Acronyms
    are left to `_link_acronyms`. Blocked by that key."""
    by_key: dict[str, list] = defaultdict(list)
    for k in keys:
        compact = surfaces[k].folded.replace(" ", "")
        if len(compact) >= ROMANIZED_MIN_LETTERS and compact.isalpha() and not as_acronym(surfaces[k].text):
            by_key[token_key(compact)].append(k)
    for ks in by_key.values():
        if len(ks) < 2:
            continue
        countries = {org_country(surfaces[k].text, is_country) for k in ks} - {None}
        if len(countries) <= 1:
            for k in ks[1:]:
                parent.union(ks[0], k)


def _join_umlauts(keys: list, surfaces: dict, parent: DisjointSets) -> None:
    """One name written with umlauts and without ("Tüv Süd" / "TUEV SUED" / "Tuv Sud"): the same
    `umlaut_key`, and one of the spellings has an umlaut. Blocked by that key."""
    by_key: dict[str, list] = defaultdict(list)
    for k in keys:
        by_key[umlaut_key(surfaces[k].text)].append(k)
    for ks in by_key.values():
        if len(ks) > 1 and any(has_umlaut(f) for k in ks for f in surfaces[k].forms):
            for k in ks[1:]:
                parent.union(ks[0], k)


def _link_signatures(keys: list, surfaces: dict, parent: DisjointSets, is_country, is_place=lambda w: False) -> None:
    """Organizations with one word set (heads and synonyms folded, order free) and no two different
    countries are one ("Ministry of the Interior" = "interior ministry" = "Belarusian Interior
    Ministry"); a word set inside exactly one longer one of the same head joins it ("Ministry of
    the Interior" -> "Ministry of the Interior and Safety"); a one-word name joins the one name that
    is it plus generic words ("Anadolu" -> "Anadolu Agency", "Arema" -> "Arema FC")."""
    sigs: dict[frozenset[str], list] = defaultdict(list)
    for k in keys:
        if as_acronym(surfaces[k].text):
            continue
        sig = org_signature(surfaces[k].text, is_country)
        if sig:
            sigs[sig].append(k)
    for ks in sigs.values():
        by_country: dict[str | None, list] = defaultdict(list)
        for k in ks:
            by_country[org_country(surfaces[k].text, is_country)].append(k)
        stated = [c for c in by_country if c is not None]
        groups = [ks] if len(stated) <= 1 else list(by_country.values())
        for g in groups:
            for k in g[1:]:
                parent.union(g[0], k)
    # a word set inside exactly one longer one, sharing its head word class
    heads = set(ORG_HEAD_CLASSES.values()) | set(ORG_SUFFIXES)
    for sig, ks in sigs.items():
        if len(sig) < 2 or not sig & heads:
            continue
        supers = [s2 for s2 in sigs if len(s2) > len(sig) and sig < s2 and sig & heads <= s2]
        # one body, counted once: longer names already linked ("World Uighur Congress" / "World Uyghur
        # Congress") are one candidate, not two
        roots = {parent.find(sigs[s2][0]) for s2 in supers}
        if len(roots) == 1:
            parent.union(ks[0], roots.pop())
    # a name of two words or more with no head, inside exactly one name that only adds a head or a
    # generic word ("Civil Defense" = "Civil Defense Agency", "Zenda Red Crescent" = "Zenda Red Crescent
    # Society"): one body written with and without what kind of body it is
    for sig, ks in sigs.items():
        if len(sig) < 2 or sig & heads:
            continue
        supers = [s2 for s2 in sigs if sig < s2 and s2 - sig <= ORG_KIND_TAILS]
        roots = {parent.find(sigs[s2][0]) for s2 in supers}
        if len(roots) == 1:
            parent.union(ks[0], roots.pop())
    _join_respelled(sigs, parent)
    _join_clipped(sigs, parent, heads)
    _join_head_variants(sigs, surfaces, parent, is_country)
    for sig, ks in sigs.items():
        if len(sig) != 1:
            continue
        (word,) = sig
        # generic words, or the home city ("Persebaya Surabaya" = "Persebaya")
        longer = [s2 for s2 in sigs if word in s2 and len(s2) > 1
                  and all(w in ORG_GENERIC_TAILS or (is_place(w) and word not in ORG_SUFFIXES) for w in s2 - {word})]
        for s2 in longer:  # "Arema FC" and "Arema Malang" are both Arema plus generic words
            parent.union(ks[0], sigs[s2][0])
    _join_leading_part(keys, surfaces, parent, heads, is_country, is_place)


def _join_leading_part(keys: list, surfaces: dict, parent: DisjointSets, heads: set[str], is_country,
                       is_place) -> None:
    """A one-word name that is the first word of exactly one longer organization's name ("Zenda" for
    "Zenda per la Strelsau", "Zenda Strelsau Holding") is that organization: news shortens a
    company's name to its leading word once it has given it in full. Not when two bodies of the
    corpus begin with it, nor when the word is a place, a country, a demonym or a generic head
    ("Ministry"), nor into a unit named after it ("Zenda School of Medicine"). Blocked by the first word."""
    by_first: dict[str, set] = defaultdict(set)
    for k in keys:
        words = surfaces[k].folded.split()
        if len(words) >= 2 and not as_acronym(surfaces[k].text) and not SUB_BODY_WORDS & set(words[1:]):
            by_first[words[0]].add(k)
    for k in keys:
        word = surfaces[k].folded
        if (" " in word or word not in by_first or len(word) < LEADING_PART_MIN_LETTERS or as_acronym(surfaces[k].text)
                or word in heads or word in ORG_FILLER_WORDS or word in DEMONYMS
                or is_country(surfaces[k].text) or is_place(surfaces[k].text)):
            continue
        own = parent.find(k)
        roots = {parent.find(x) for x in by_first[word]}
        if len(roots) == 1 and own not in roots:
            parent.union(k, roots.pop())


def _join_head_variants(sigs: dict, surfaces: dict, parent: DisjointSets, is_country) -> None:
    """One body named with either of two interchangeable heads ("Zenda County Sheriff's Office" /
    "Zenda County Sheriff's Department"): the same other words, at least `ORG_HEAD_VARIANT_MIN_WORDS`
    of them or an office-holder's title among them, and no two different countries. Blocked by the
    word set without its head."""
    by_rest: dict[frozenset[str], list] = defaultdict(list)
    for sig, ks in sigs.items():
        found = sig & ORG_INTERCHANGEABLE_HEADS
        if len(found) != 1:
            continue
        rest = sig - found
        # the words besides the head must name the body, not only its country ("U.S. Agency" and
        # "U.S. State Department" are two bodies of one country)
        named = rest - {w for k in ks for w in _country_words(surfaces[k].text, is_country)}
        if len(named) >= ORG_HEAD_VARIANT_MIN_WORDS or rest & OFFICE_HOLDER_TITLES:
            by_rest[rest].append(ks[0])
    for ks in by_rest.values():
        countries = {org_country(surfaces[k].text, is_country) for k in ks} - {None}
        if len(ks) > 1 and len(countries) <= 1:
            for k in ks[1:]:
                parent.union(ks[0], k)


def _country_words(text: str, is_country) -> set[str]:
    """The signature words of a country an organization's name states ("U.S. Agency" -> united,
    states): word runs the country test knows, folded as they are inside a name."""
    words = text.replace("'s ", " ").replace("’s ", " ").split()
    out: set[str] = set()
    for n in range(1, min(len(words), COUNTRY_MAX_WORDS) + 1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i : i + n])
            if is_country(part):
                out.update(_folded_words(part + " x")[:-1])  # as inside a longer name ("U.S." -> united states)
    return out


def _join_clipped(sigs: dict, parent: DisjointSets, heads: set[str]) -> None:
    """A name with one modifier clipped to its first letters ("Met Police" = "Metropolitan Police")
    is the one name that spells it out: the same other words, a head among them, and one word the
    start of exactly one longer word. Blocked by the word set without the clipped word."""
    by_rest: dict[frozenset[str], list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for sig in sigs:
        if 2 <= len(sig) and sig & heads:
            for w in sig - heads:
                by_rest[sig - {w}].append((w, sig))
    for rest, block in by_rest.items():
        if not rest & heads:
            continue
        for w, sig in block:
            if len(w) < CLIP_MIN_LETTERS:
                continue
            longer = {s2 for w2, s2 in block if len(w2) >= len(w) + CLIP_MIN_EXTRA and w2.startswith(w)}
            if len(longer) == 1:
                parent.union(sigs[sig][0], sigs[longer.pop()][0])


def _join_respelled(sigs: dict, parent: DisjointSets) -> None:
    """One-word names of one organization in two romanizations (Viasna / Vesna): the same consonant
    skeleton, at least `RESPELLED_MIN_LETTERS` letters, and similar spelling; blocked by skeleton."""
    by_skeleton: dict[str, list] = defaultdict(list)
    for sig, ks in sigs.items():
        if len(sig) == 1:
            (word,) = sig
            if len(word) >= RESPELLED_MIN_LETTERS and word.isalpha():
                by_skeleton[skeleton(token_key(word))].append((word, ks[0]))
    for block in by_skeleton.values():
        for i, (wa, ka) in enumerate(block):
            for wb, kb in block[i + 1 :]:
                if Levenshtein.normalized_similarity(wa, wb) >= RESPELLED_SIMILARITY:
                    parent.union(ka, kb)


def _link_acronyms(keys: list, surfaces: dict, parent: DisjointSets, paren=()) -> None:
    # "X (AFAD)" in any document; a name ending in a known acronym ("disaster agency AFAD").
    for key, acr in paren:
        ak = ("organization", org_key(acr))
        if ak in surfaces and key in surfaces:
            parent.union(ak, key)
    for k in keys:
        words = surfaces[k].text.split()
        if len(words) > 1 and as_acronym(words[-1]):
            ak = ("organization", org_key(words[-1]))
            if ak in surfaces:
                parent.union(ak, k)
    acronyms: dict[str, list] = defaultdict(list)
    expansions: dict[str, list] = defaultdict(list)
    for k in keys:
        s = surfaces[k]
        a = as_acronym(s.text)
        if a:
            acronyms[a].append(k)
            continue
        e = acronym_of(s.text)
        if e:
            expansions[e].append(k)
    for a, aks in acronyms.items():
        full = KNOWN_BODY_ACRONYMS.get(a)
        if full is not None:
            for k in keys:
                if surfaces[k].folded == full or org_key(surfaces[k].text) == full:
                    for ak in aks:
                        parent.union(ak, k)
    for a, eks in expansions.items():
        # Expansions in any spelling are already one key after org_key folding; join the variants.
        for k in eks[1:]:
            if surfaces[k].folded.replace(" ", "") == surfaces[eks[0]].folded.replace(" ", ""):
                parent.union(eks[0], k)
        for ak in acronyms.get(a, ()):
            for ek in eks:
                shared = set(surfaces[ak].documents) & set(surfaces[ek].documents)
                if len(a) > SHORT_ACRONYM or shared:
                    parent.union(ak, ek)
