"""Retyping after persons are linked: a lone word that is only a known person's surname or first
name joins that person whatever the model called it; a "place" whose first word is an
organization's one-word name is that organization. Called by `counterpoint.entities.linking`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..disjoint_sets import DisjointSets
from .kind_words import SPRING_PREFIXES
from .names import without_legal_form
from .org_linking import article_bare
from .person_linking import (
    _parse_person,
)
from .rules import LANDMARK_END_WORDS, PEOPLE_NAMES
from .surfaces import (
    _top,
)
from .translit import as_acronym, fold, org_key, token_key


def _surface_focus(surfaces: dict, gaz) -> str | None:
    """The country the corpus's place surfaces fall in most (each resolved by population alone)."""
    votes: Counter[str] = Counter()
    for k, s in surfaces.items():
        if k[0] == "place":
            p = gaz.resolve(s.text)
            if p is not None:
                votes[p.country] += s.count
    return _top(votes)


# A lone word that one person has as a surname and another as a first word ("Zendi" of "Omar Zendi"
# and of a span the model ran on, "Zendi Tarlen's") is read as the surname when the one person is
# named in full in at least this many times as many of the lone word's documents as any first-word
# bearer, and in at least `SURNAME_READING_MIN_DOCUMENTS` of them: one stray span in one article does
# not make the corpus ambiguous ("Bazoum" written across six articles, "Bazoum Washington's" in one).
SURNAME_READING_MARGIN = 3
SURNAME_READING_MIN_DOCUMENTS = 3


def _surname_reading_outweighs(docs: set[str], roots: set, first: set, surname: str,
                               full_docs: dict, named_in: dict) -> bool:
    """The one surname bearer is named in full where the lone word is written far more often than
    any person the lone word begins (see `SURNAME_READING_MARGIN`)."""
    if len(roots) != 1:
        return False
    own = len(docs & full_docs.get((surname, next(iter(roots))), set()))
    other = max(len(docs & named_in.get(r, set())) for r in first)
    return own >= SURNAME_READING_MIN_DOCUMENTS and own >= SURNAME_READING_MARGIN * other


def _foreign_town(text: str, gaz, focus: str | None) -> bool:
    """A town the gazetteer knows only outside the corpus's country: a person's surname may spell it
    ("Jena" in coverage of India); countries and regions are never surnames here."""
    cands = gaz.candidates(text)
    return bool(cands) and focus is not None and all(p.kind == "city" and p.country != focus for p in cands)


def _retype_surnames(surfaces: dict, parent: DisjointSets, mention_keys: list, gaz, focus: str | None = None) -> None:
    """A lone word that is only a known person's surname ("Nazarbayeva") or, when no one has it as
    a surname, only one person's first name ("Dedi" for "Dedi Prasetyo"), or the first word of a
    name written surname first ("Choi" for "Choi Seong Beom"), joins that person, whatever its type;
    a place only when it is a town (abroad, or never written "in X") that one person's surname spells."""
    by_surname: dict[str, set] = defaultdict(set)
    by_first: dict[str, set] = defaultdict(set)
    full_docs: dict[tuple, set[str]] = defaultdict(set)  # (surname, root) -> documents naming them in full
    for k in surfaces:
        if k[0] == "person":
            n = _parse_person(surfaces[k].text)
            if n is not None and n.full:
                by_surname[n.surname].add(parent.find(k))
                by_first[n.given[0]].add(parent.find(k))
                full_docs[(n.surname, parent.find(k))].update(surfaces[k].documents)
    surnames_of: dict = defaultdict(set)
    for surname, rs in by_surname.items():
        for r in rs:
            surnames_of[r].add(surname)
    by_lone_surname = {parent.find(k) for k in surfaces
                       if k[0] == "person" and " " not in k[1] and token_key(k[1]) in surnames_of.get(parent.find(k), ())}
    named_in: dict = defaultdict(set)
    for (_surname, r), docs in full_docs.items():
        named_in[r] |= docs
    moved: dict = {}
    # lone words taken for persons first: a place or a body of the same word then follows their choice
    for k in sorted(surfaces, key=lambda k: k[0] != "person"):
        if k not in surfaces or k[0] not in ("organization", "place", "person") or " " in k[1]:
            continue
        # a town's name a known person's surname spells ("Zendi" in India, "Zendi" the ousted
        # president): the one person, when the town is abroad or never written "in X"; an
        # organization too (the model calls a lone surname ORG: "Zendi loyalists", "Zendi said")
        if k[0] != "person" and gaz.candidates(surfaces[k].text) and not (
                k[0] in ("place", "organization") and len(by_surname.get(token_key(k[1]), ())) == 1
                and (_foreign_town(surfaces[k].text, gaz, focus)
                     or (not surfaces[k].located and all(p.kind == "city" for p in gaz.candidates(surfaces[k].text))))):
            continue
        roots = by_surname.get(token_key(k[1]), set())
        if not roots:
            roots = by_first.get(token_key(k[1]), set())
        if k[0] == "person":
            # "Lee" is ambiguous when one person has it as a surname ("Claire Lee") and another,
            # written surname first, as a first word ("Lee Jun-ho"): it joins neither
            # ... unless that other is called by the surname alone elsewhere ("Lambert" for "Joseph
            # Lambert"): his name is written given name first, so the lone word is the other's surname
            # and a first name counts only where its bearer is named in the documents the lone word is in
            first = {r for r in by_first.get(token_key(k[1]), set()) if r != k and r not in by_lone_surname
                     and set(surfaces[k].documents) & named_in.get(r, set())}
            if roots and (first - roots) and roots is not first and not _surname_reading_outweighs(
                    set(surfaces[k].documents), roots, first - roots, token_key(k[1]), full_docs, named_in):
                continue
            if len(roots) > 1 and roots is not by_first.get(token_key(k[1])):
                # "Novak" where the corpus names Jan Novak and his daughter Eva Novak: the one named
                # in full in every document that writes the lone surname (a writer introduces whom
                # the surname then stands for), when that is one person
                near = {r for r in roots
                        if set(surfaces[k].documents) <= full_docs.get((token_key(k[1]), r), set())}
                roots = near if len(near) == 1 else roots
            if len(roots) == 1 and parent.find(k) == k and next(iter(roots)) != k:
                parent.union(next(iter(roots)), k)
            continue
        if len(roots) > 1 and ("person", fold(surfaces[k].text)) in surfaces:
            # "Novak" taken for a place where the corpus names Jan and Eva Novak: the person the same
            # word, written as a person's elsewhere, has already joined
            own = parent.find(("person", fold(surfaces[k].text)))
            roots = {own} if own in roots else roots
        if len(roots) == 1:
            root = next(iter(roots))
            new = ("person", k[1])
            s = surfaces.pop(k)
            s.type = "person"
            if new in surfaces:
                surfaces[new].forms.update(s.forms)
                surfaces[new].documents.update(s.documents)
                surfaces[new].count += s.count
            else:
                surfaces[new] = s
                parent.add(new)
            parent.discard(k)
            parent.union(new, root)
            moved[k] = new
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]


def _retype_place_short_names(surfaces: dict, parent: DisjointSets, mention_keys: list) -> None:
    """A lone word taken for a person that no person's name has and that is the first word of exactly
    one place's name of several words ("killed at Zendabi" next to "Zendabi al-Tarlen square"): the
    short name of that place (a square, a mosque, a quarter named after someone). And a name of
    several words taken for a body that the corpus also writes with a facility's word after it
    ("Zendabi al-Tarlen" next to "Zendabi al-Tarlen Square"): that facility."""
    from .place_linking import place_surface_key
    from .rules import FACILITY_END_WORDS

    places = {k[1]: k for k in surfaces if k[0] == "place"}
    moved: dict = {}
    for k in list(surfaces):
        if k[0] != "organization" or len(fold(surfaces[k].text).split()) < 2:
            continue  # not a person: squares and stadiums are named after people the story names too
        stem = place_surface_key(surfaces[k].text)
        hit = {places[f"{stem} {w}"] for w in FACILITY_END_WORDS if f"{stem} {w}" in places}
        if len(hit) == 1 and k in surfaces:
            moved[k] = _move_to_place(surfaces, parent, k, next(iter(hit)))

    # "In Zenda" / "Ain Zenda" / "Zenda" as places: one place (see `SPRING_PREFIXES`)
    by_stem: dict[str, list] = defaultdict(list)
    for k in surfaces:
        words = k[1].split()
        if k[0] == "place" and len(words) == 2 and words[0] in SPRING_PREFIXES:
            by_stem[words[1]].append(k)
    for stem, ks in by_stem.items():
        for x in ks[1:] + ([("place", stem)] if ("place", stem) in surfaces else []):
            parent.union(ks[0], x)

    parts: set[str] = set()
    for k in surfaces:
        if k[0] == "person" and " " in k[1]:
            parts.update(token_key(w) for w in k[1].split())
    firsts: dict[str, set] = defaultdict(set)
    for k in surfaces:
        if k[0] == "place" and len(k[1].split()) > 1:
            firsts[token_key(k[1].split()[0])].add(parent.find(k))
    linked = Counter(parent.find(k) for k in surfaces if k[0] == "person")
    for k in list(surfaces):
        if k[0] != "person" or " " in k[1] or token_key(k[1]) in parts or linked[parent.find(k)] > 1:
            continue
        roots = firsts.get(token_key(k[1]), set()) or {parent.find(x) for x in by_stem.get(k[1], ())}
        if len(roots) == 1:
            moved[k] = _move_to_place(surfaces, parent, k, next(iter(roots)))
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]


def _move_to_place(surfaces: dict, parent: DisjointSets, k: tuple, place: tuple) -> tuple:
    """Retype the surface under key `k` as a place joined to the place surface `place`; its new key."""
    from .place_linking import place_surface_key

    new = _move(surfaces, parent, k, "place", place_surface_key(surfaces[k].text))
    parent.union(place, new)
    return new


def _retype_org_places(surfaces: dict, parent: DisjointSets, mention_keys: list) -> None:
    """A "place" whose first word is an organization's one-word name ("Persebaya Surabaya" next
    to "Persebaya": a club and its city) is that organization's fuller name."""
    orgs = {k[1] for k in surfaces if k[0] == "organization" and " " not in k[1] and not as_acronym(surfaces[k].text)}
    moved: dict = {}
    for k in list(surfaces):
        words = k[1].split()
        if k[0] != "place" or len(words) < 2 or words[0] not in orgs or words[-1] in LANDMARK_END_WORDS:
            continue  # "Zenda Stadium" next to the club "Zenda" is still the stadium
        moved[k] = _move_to_organization(surfaces, parent, k)
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]


def _retype_article_groups(surfaces: dict, parent: DisjointSets, mention_keys: list) -> None:
    """A one-word "group" (the model's NORP) that is a movement's name the corpus also writes with its
    Arabic article as an organization ("Zendaab fighters" next to "al-Zendaab"): that organization.
    Demonyms and peoples stay groups."""
    named: set[str] = set()
    for k in surfaces:
        if k[0] == "organization" and (ab := article_bare(k[1])) is not None and ab[1]:
            named.add(token_key(ab[0]))
    moved: dict = {}
    for k in list(surfaces):
        if k[0] != "group" or k[1] in PEOPLE_NAMES or k[1].rstrip("s") in PEOPLE_NAMES:
            continue
        ab = article_bare(k[1])
        if ab is not None and token_key(ab[0]) in named:
            moved[k] = _move_to_organization(surfaces, parent, k)
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]


def _move_to_organization(surfaces: dict, parent: DisjointSets, k: tuple) -> tuple:
    """Retype the surface under key `k` as an organization, joining one already under that name.
    Returns its new key."""
    return _move(surfaces, parent, k, "organization", org_key(surfaces[k].text))


def _move(surfaces: dict, parent: DisjointSets, k: tuple, kind: str, folded: str) -> tuple:
    """Retype the surface under key `k` as `kind` keyed by `folded`, merged into a surface already
    under that key; its new key."""
    s = surfaces.pop(k)
    s.type = kind
    new = (kind, folded)
    if new in surfaces:
        surfaces[new].forms.update(s.forms)
        surfaces[new].documents.update(s.documents)
        surfaces[new].count += s.count
    else:
        s.folded = new[1]
        surfaces[new] = s
        parent.add(new)
    parent.discard(k)
    return new


def _retype_company_places(surfaces: dict, parent: DisjointSets, mention_keys: list) -> set[str]:
    """A "place" whose name the corpus also writes with a company's legal form ("Zenda" next to
    "Zenda SA") is that company: the model calls a firm named like a town a place, but no place has a
    legal form. Returns the folded names moved, so names claims give as places skip them."""
    companies = {fold(without_legal_form(s.text)) for k, s in surfaces.items()
                 if k[0] == "organization" and without_legal_form(s.text) != s.text}
    moved: dict = {}
    for k in list(surfaces):
        if k[0] != "place" or fold(surfaces[k].text) not in companies:
            continue
        moved[k] = _move_to_organization(surfaces, parent, k)
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]
    return {fold(surfaces[new].text) for new in moved.values()} | {fold(k[1]) for k in moved}


def _retype_paren_names(surfaces: dict, parent: DisjointSets, mention_keys: list, names: set[str]) -> None:
    """A place or person surface whose name the corpus gives as an organization's short name in
    parentheses ("Centro Zendano de Derechos Humanos (CEZEDH)", then "Cezedh said") is that organization:
    the model calls a short name it does not know a town or a person. `names`: folded short names."""
    moved: dict = {}
    for k in list(surfaces):
        if k[0] in ("place", "person") and " " not in k[1] and k[1] in names:
            moved[k] = _move_to_organization(surfaces, parent, k)
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]
