"""Retyping after persons are linked: a lone word that is only a known person's surname or first
name joins that person whatever the model called it; a "place" whose first word is an
organization's one-word name is that organization. Called by `counterpoint.entities.linking`.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..disjoint_sets import DisjointSets
from .names import without_legal_form
from .person_linking import (
    _parse_person,
)
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
    for k in surfaces:
        if k[0] == "person":
            n = _parse_person(surfaces[k].text)
            if n is not None and n.full:
                by_surname[n.surname].add(parent.find(k))
                by_first[n.given[0]].add(parent.find(k))
    moved: dict = {}
    for k in list(surfaces):
        if k[0] not in ("organization", "place", "person") or " " in k[1]:
            continue
        if k[0] != "person" and gaz.candidates(surfaces[k].text) and not (
                k[0] == "place" and len(by_surname.get(token_key(k[1]), ())) == 1
                and (_foreign_town(surfaces[k].text, gaz, focus)
                     or (not surfaces[k].located and all(p.kind == "city" for p in gaz.candidates(surfaces[k].text))))):
            continue
        roots = by_surname.get(token_key(k[1]), set())
        if not roots:
            roots = by_first.get(token_key(k[1]), set())
        if k[0] == "person":
            # "Lee" is ambiguous when one person has it as a surname ("Claire Lee") and another,
            # written surname first, as a first word ("Lee Jun-ho"): it joins neither
            first = {r for r in by_first.get(token_key(k[1]), set()) if r != k}
            if roots and (first - roots) and roots is not first:
                continue
            if len(roots) == 1 and parent.find(k) == k and next(iter(roots)) != k:
                parent.union(next(iter(roots)), k)
            continue
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


def _retype_org_places(surfaces: dict, parent: DisjointSets, mention_keys: list) -> None:
    """A "place" whose first word is an organization's one-word name ("Persebaya Surabaya" next
    to "Persebaya": a club and its city) is that organization's fuller name."""
    orgs = {k[1] for k in surfaces if k[0] == "organization" and " " not in k[1] and not as_acronym(surfaces[k].text)}
    moved: dict = {}
    for k in list(surfaces):
        words = k[1].split()
        if k[0] != "place" or len(words) < 2 or words[0] not in orgs:
            continue
        moved[k] = _move_to_organization(surfaces, parent, k)
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]


def _move_to_organization(surfaces: dict, parent: DisjointSets, k: tuple) -> tuple:
    """Retype the surface under key `k` as an organization, joining one already under that name.
    Returns its new key."""
    s = surfaces.pop(k)
    s.type = "organization"
    new = ("organization", org_key(s.text))
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
