"""Cross-document entity linking: mentions (and the names claims carry) -> `models.Entity`.

Blocking, not all-pairs: persons are compared only within a block of the same surname skeleton
(Tokayev / Tokaev / Токаев -> "tkv"), organizations meet through their folded name and acronym
keys (CSTO = Collective Security Treaty Organisation), places through the gazetteer's record.
Work grows with the number of mentions; only names sharing a block are compared, and blocks are
small (a handful of spellings of one surname).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ..disjoint_sets import DisjointSets
from ..models import Claim, Document, Entity, EntityType, EventClaim, FigureClaim, Mention, StatementClaim
from .context_votes import alone_on_line, context_type, listed_among_places
from .gazetteer import is_known_place
from .names import person_and_role, title_before, trim_fragment
from .org_linking import link_orgs as _link_orgs
from .person_linking import (
    _given_compatible,
    _link_loose,
    _link_persons,
    _link_truncated,
    _parse_person,
    _same_surname,
)
from .place_linking import bare_area_names, join_respelled, join_unresolved, place_surface_key
from .rules import (
    ACRONYM_STOPWORDS,
    BODY_NOT_PLACE_ENDINGS,
    DEMONYMS,
    NAME_PART_TITLES,
    NEWS_AGENCIES,
    ORG_SUFFIXES,
    PERSON_TITLES,
    UNNAMED_BODIES,
    UNNAMED_PEOPLE,
)
from .translit import as_acronym, fold, org_key, skeleton, token_key

# An unknown one-word place joins a known place whose name is this similar (same first letters).
PLACE_SIMILARITY = 0.9
PLACE_BLOCK = 4
# Unknown places this long (letters) or longer may join a variant spelling of theirs: short names
# ("Gaza" / "Goma") are too alike by chance.
PLACE_VARIANT_MIN = 7
# Words naming a natural feature's kind before its name: "Mount Everest" is "Everest".
PLACE_FEATURE_PREFIXES = frozenset({"mount", "mt", "mont", "monte", "lake", "cape"})
# A one-word ORG surface is a place when at least this many of its mentions (and this share) follow
# a locative preposition ("in Itaewon", "near Itaewon"); the small model calls districts ORG.
LOCATIVE = re.compile(r"\b(?:in|near|at)\s+(?:the\s+)?$", re.IGNORECASE)
LOCATIVE_MIN = 2
LOCATIVE_SHARE = 0.25
# An acronym in parentheses right after a name is that name's acronym: "Disaster ... Authority (AFAD)".
PAREN_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Za-z]{1,7})\s*[)\]]")
# An acronym of two letters merges with an expansion only when both occur in one document;
# longer acronyms are specific enough corpus-wide.
SHORT_ACRONYM = 2
# A name is a vessel (type "other") when at least this share of its mentions name it after its kind
# ("the ferry X"); the rest of the coverage writes it bare, and the model calls it a person.
CRAFT_SHARE = 0.1
# The canonical name is the fullest spelling among those written at least this share as often as
# the most written full one (a reader knows a person by the name the coverage uses).
CANONICAL_COMMON_SHARE = 0.25
# A mention whose words say its type ("operator X", "the village of X") outweighs this many mentions
# that carry only the small model's label: the writing is better evidence than the tagger.
CONTEXT_VOTE_WEIGHT = 2
# Type preference when a surface's mentions disagree and votes tie.
# Labels naming regions of the world rather than gazetteer places.
LOC_ONLY = frozenset({"LOC"})
TYPE_ORDER: tuple[EntityType, ...] = ("person", "organization", "place", "group", "other")


@dataclass(frozen=True, slots=True, kw_only=True)
class Linking:
    """The linking result: entities, claims with ids filled, and each input mention's entity."""

    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    mention_entities: tuple[str | None, ...]  # parallel to the input mentions


@dataclass(slots=True)
class _Surface:
    """One distinct (type, folded text) seen in the corpus, with its occurrences."""

    text: str  # the most frequent spelling as written
    folded: str
    type: EntityType
    forms: Counter[str]
    documents: dict[str, None]
    count: int = 0
    labels: Counter[str] = dataclasses.field(default_factory=Counter)  # spaCy labels seen
    roles: Counter[str] = dataclasses.field(default_factory=Counter)  # titles stripped off (persons)
    located: int = 0  # mentions right after a locative preposition ("in X", "near X")
    titled: Counter[str] = dataclasses.field(default_factory=Counter)  # "King X": aliases, never the name


def link_entities(
    documents: Sequence[Document], mentions: Sequence[Mention], claims: Sequence[Claim]
) -> tuple[tuple[Entity, ...], tuple[Claim, ...]]:
    """Entities of the corpus and the claims with place / source entity / speaker ids filled."""
    result = link(documents, mentions, claims)
    return result.entities, result.claims


def link(
    documents: Sequence[Document],
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    *,
    focus_country: str | None = None,
) -> Linking:
    """Link; `focus_country` (ISO alpha-2) overrides the focus computed from these mentions,
    for a caller that links a slice of a larger corpus (one incident of many)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()  # loaded once here and passed down
    is_country = _country_test(gaz)
    places_seen: dict[str, bool] = {}

    def is_place(word: str) -> bool:
        if word not in places_seen:
            places_seen[word] = is_known_place(word)  # cities of 15,000+, countries, regions
        return places_seen[word]
    texts = {d.id: d.text or "" for d in documents}
    # 1. Distinct surfaces, typed by vote across the corpus.
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    furniture = {i for i, m in enumerate(mentions)
                 if m.type == "organization" and alone_on_line(texts.get(m.document, ""), m.start, m.end)}
    listed = _listed_among_places(mentions, texts)
    for i, m in enumerate(mentions):
        if i in furniture:
            continue
        text = _clean(m.text)
        ctx = "place" if i in listed else context_type(texts.get(m.document, ""), m.start, m.end, m.type)
        votes[text][ctx or m.type] += CONTEXT_VOTE_WEIGHT if ctx else 1
        if ctx == "other":
            votes[text]["craft"] += CONTEXT_VOTE_WEIGHT  # type: ignore[index]  # "the ferry X": a vessel's name
        if ctx is None and m.type == "organization" and LOCATIVE.search(texts.get(m.document, "")[max(0, m.start - 8) : m.start]):
            votes[text]["locative"] += 1  # type: ignore[index]  # "in Itaewon": a place's use
    names = _claim_names(claims)
    surfaces: dict[tuple[EntityType, str], _Surface] = {}
    mention_keys: list[tuple[EntityType, str] | None] = []
    paren: list[tuple[tuple[EntityType, str], str]] = []  # (org surface, the acronym after it)
    for i, m in enumerate(mentions):
        text = _clean(m.text)
        if not fold(text) or i in furniture:
            mention_keys.append(None)
            continue
        etype = _vote(text, votes[text], gaz, is_country)
        role = None
        written = text
        if etype == "person":
            text, role = person_and_role(text, is_country)
            role = role or title_before(texts.get(m.document, ""), m.start)
        elif etype == "organization":
            text = _without_country(text, is_country)
        key = _add(surfaces, etype, text, m.document, m.label)
        if LOCATIVE.search(texts.get(m.document, "")[max(0, m.start - 8) : m.start]):
            surfaces[key].located += 1
        if role:
            surfaces[key].roles[role] += 1
        if etype == "person" and written != text and fold(written).split()[0] in NAME_PART_TITLES:
            surfaces[key].titled[written] += 1  # "King X": the reader's name for him, kept as an alias
        mention_keys.append(key)
        if etype == "organization":
            a = PAREN_ACRONYM.match(texts.get(m.document, ""), m.end)
            if a and as_acronym(a[1]):
                paren.append((key, a[1]))
    for key, acr in paren:
        if ("organization", org_key(acr)) not in surfaces:
            # "National Relief Force (NRF)": the acronym is defined here even when the model did not
            # tag it; it is the name the other documents use.
            _add(surfaces, "organization", acr, next(iter(surfaces[key].documents)))
    # 2. Cluster each type within blocks.
    parent: DisjointSets[tuple[EntityType, str]] = DisjointSets(surfaces)
    person_keys = [k for k in surfaces if k[0] == "person"]
    _link_persons(person_keys, surfaces, parent)
    _link_loose(person_keys, surfaces, parent)
    _link_truncated(person_keys, surfaces, parent)
    _retype_surnames(surfaces, parent, mention_keys, gaz, focus_country or _surface_focus(surfaces, gaz))
    _retype_org_places(surfaces, parent, mention_keys)
    _link_orgs([k for k in surfaces if k[0] == "organization"], surfaces, parent, paren, is_country, is_place)
    places = _link_places([k for k in surfaces if k[0] == "place"], surfaces, parent, gaz, focus_country)
    # Groups and others need no linking: one entity per folded surface ("Kazakh" = "Kazakhs").
    # 3. Names from claims: reuse an entity when one matches, else make one.
    name_keys: dict[tuple[str, str, str], tuple[EntityType, str]] = {}
    persons_by_block: dict[str, list] = defaultdict(list)
    for k in surfaces:
        if k[0] == "person":
            n = _parse_person(surfaces[k].text)
            if n is not None:
                persons_by_block[skeleton(n.surname)].append(k)
    place_by_record = {p.key: k for k, p in places.items() if p is not None}
    for kind, doc_id, text in names:
        key = _match_claim_name(kind, text, surfaces, parent, place_by_record, gaz, persons_by_block, is_country)
        if key is None:
            clean = _clean(text)
            etype: EntityType = "place" if kind == "place" or _is_place_name(clean, gaz) else _guess_type(text)
            if etype == "organization" and _person_like(person_and_role(clean, is_country)[0]) \
                    and person_and_role(clean, is_country)[1]:
                etype = "person"  # "Zenda's Chief Secretary Brandt" named as a source: the secretary
            if etype == "person":
                clean, _role = person_and_role(clean, is_country)
            elif etype == "organization":
                clean = _without_country(clean, is_country)
            key = _add(surfaces, etype, clean, doc_id)
            parent.add(key)
            if etype == "place":
                focus = focus_country or _focus(places, surfaces)
                new = _link_places([key], surfaces, parent, gaz, focus)
                places.update(new)
                p = new.get(key)
                if p is not None:
                    if p.key in place_by_record:
                        parent.union(place_by_record[p.key], key)
                    else:
                        place_by_record[p.key] = key
        else:
            surfaces[key].documents.setdefault(doc_id, None)
            surfaces[key].count += 1
        name_keys[(kind, doc_id, text)] = key
    # organizations named only by claims ("the interior ministry said") meet the others' names
    _link_orgs([k for k in surfaces if k[0] == "organization"], surfaces, parent, paren, is_country, is_place)
    # 4. Build entities.
    clusters: dict[tuple[EntityType, str], list[tuple[EntityType, str]]] = defaultdict(list)
    for k in surfaces:
        clusters[parent.find(k)].append(k)
    ids: dict[tuple[EntityType, str], str] = {}
    entities: list[Entity] = []
    # a bare area name is an alias only when no mention names it: then linking has decided already
    tagged = {fold(f) for s in surfaces.values() for f in s.forms}
    for root, members in clusters.items():
        ent = _entity(root, members, surfaces, places, gaz, texts, tagged)
        entities.append(ent)
        for k in members:
            ids[k] = ent.id
    entities.sort(key=lambda e: (-e.mentions, e.name))
    mention_entities = tuple(ids.get(k) if k else None for k in mention_keys)
    out_claims = tuple(_fill(c, ids, name_keys) for c in claims)
    return Linking(entities=tuple(entities), claims=out_claims, mention_entities=mention_entities)


# --- surfaces and types -------------------------------------------------------------------


def _clean(text: str) -> str:
    t = " ".join(text.split()).strip(" ,.;:\"“”'’-")  # "Lee Jun-": a span cut at a hyphen
    for poss in ("'s", "’s"):
        t = t.removesuffix(poss)
    t = trim_fragment(t).strip(" ,.;:\"“”'’")
    # a dotted abbreviation keeps its last dot ("U.N.", "U.S."): a sentence's full stop is not cut
    return t + "." if _DOTTED_ABBREVIATION.fullmatch(t) and text.rstrip().endswith(".") else t


# "U.N", "U.S", "D.C": letters each followed by a dot but the last.
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,4}[A-Z]")


def _country_test(gaz):
    """word -> whether a country has this name (cached per call of `link`)."""
    cache: dict[str, bool] = {}

    def is_country(word: str) -> bool:
        if word not in cache:
            cache[word] = bool(word[:1].isalpha()) and any(p.kind == "country" for p in gaz.candidates(word))
        return cache[word]

    return is_country


def _without_country(text: str, is_country) -> str:
    """An office without the possessive country before it: "South Korea's interior ministry" ->
    "interior ministry" (the country is stated by the corpus's focus, and `org_country` keeps it apart)."""
    for sep in ("'s ", "’s "):
        head, found, rest = text.partition(sep)
        if found and rest and is_country(head.strip()) and len(rest.split()) >= 2:
            return rest
    return text


def _is_place_name(text: str, gaz) -> bool:
    """A country or a first-level region: never a person or an organization."""
    return any(p.kind != "city" for p in gaz.candidates(text))


def _add(surfaces: dict, etype: EntityType, text: str, doc_id: str, label: str = "") -> tuple[EntityType, str]:
    folded = org_key(text) if etype == "organization" else place_surface_key(text) if etype == "place" else fold(text)
    if etype == "group" and folded.endswith("s") and folded[:-1] in DEMONYMS:
        folded = folded[:-1]
    key = (etype, folded)
    s = surfaces.get(key)
    if s is None:
        s = surfaces[key] = _Surface(text=text, folded=folded, type=etype, forms=Counter(), documents={})
    s.forms[text] += 1
    if label:
        s.labels[label] += 1
    s.documents.setdefault(doc_id, None)
    s.count += 1
    return key


def _vote(text: str, votes: Counter[EntityType], gaz, is_country=lambda w: False) -> EntityType:
    f = fold(text)
    if f in DEMONYMS or f.rstrip("s") in DEMONYMS:
        return "group"
    if f.split()[0] in NEWS_AGENCIES:
        return "organization"
    if votes["craft"] and votes["craft"] >= CRAFT_SHARE * sum(votes[t] for t in TYPE_ORDER):  # type: ignore[index]
        return "other"  # a vessel the corpus names by its kind often enough: never a person
    best = max(TYPE_ORDER, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))
    if best == "place" and " " in f and f.split()[-1] in BODY_NOT_PLACE_ENDINGS and not gaz.candidates(text):
        return "organization"  # "South Eastern Railway": a body, whatever the model called it
    if (best == "organization" and " " not in text and not as_acronym(text)
            and votes["locative"] >= LOCATIVE_MIN and votes["locative"] >= LOCATIVE_SHARE * votes["organization"]):
        return "place"  # a one-word "organization" the corpus keeps writing "in X" / "at X" about
    if best == "person" and _not_a_persons_name(text):
        return "organization"  # "Zenda TV24", "Strelsau Engineering": a channel or a firm
    if best in ("person", "organization"):
        if _is_place_name(text, gaz) or (votes["place"] and gaz.candidates(text)):
            return "place"  # "Almaty" tagged PERSON once, GPE elsewhere; a country is never a person
        name, role = person_and_role(text, is_country)
        if best == "organization" and role and name != text and _person_like(name):
            return "person"  # "Ruritanian President Mirzo-Bek Karimov" is the president, not an office
    return best


def _not_a_persons_name(text: str) -> bool:
    """A digit ("Zenda 24", "TV5") or a company's or body's last word ("Strelsau Engineering",
    "Zenda Holding"): no person's name has either (roman numerals of kings are letters)."""
    words = fold(text).split()
    return any(c.isdigit() for c in text) or (len(words) > 1 and words[-1] in ORG_SUFFIXES)


def _listed_among_places(mentions: Sequence[Mention], texts: dict[str, str]) -> set[int]:
    """Mention indices that are items of a list of places in their document (see
    `context_votes.listed_among_places`)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.document].append(i)
    out: set[int] = set()
    for doc_id, idx in by_doc.items():
        idx.sort(key=lambda i: (mentions[i].start, mentions[i].end))
        spans = [(mentions[i].start, mentions[i].end, mentions[i].type == "place" and mentions[i].label != "LOC")
                 for i in idx]
        out.update(idx[j] for j in listed_among_places(texts.get(doc_id, ""), spans))
    return out


def _person_like(text: str) -> bool:
    words = text.replace("-", " ").split()
    return (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and fold(words[-1]) not in ORG_SUFFIXES and not as_acronym(text))


def _guess_type(text: str) -> EntityType:
    words = fold(text).split()
    if not words:
        return "other"
    if words[-1] in UNNAMED_PEOPLE and (text == text.lower() or len(words) == 1):
        return "group"  # "officials", "local officials", "Rescuers" opening a sentence: unnamed people
    if len(words) == 1 and words[0] in UNNAMED_BODIES:
        return "organization"  # "Authorities said": the bodies in charge, never a person
    if words[0] in PERSON_TITLES or (
        len(words) <= 3 and words[-1] not in ORG_SUFFIXES and all(w[:1].isupper() for w in text.split())
        and not any(w in ACRONYM_STOPWORDS for w in words) and not as_acronym(text)
    ):
        return "person"
    return "organization"


# --- persons ------------------------------------------------------------------------------


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
        moved[k] = new
    if moved:
        mention_keys[:] = [moved.get(mk, mk) for mk in mention_keys]


# --- organizations, places, groups ----------------------------------------------------------


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
            city = cities.get((fold(p.name), p.country))
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


def _match_claim_name(
    kind: str, text: str, surfaces: dict, parent: DisjointSets, place_by_record: dict, gaz, persons_by_block: dict,
    is_country=lambda w: False,
):
    t = _clean(text)
    f = fold(t)
    if not f:
        return None
    if kind == "place":
        f = place_surface_key(t)
    bare = t
    if kind != "place":
        if ("place", f) in surfaces and gaz.candidates(t):
            return ("place", f)  # "Indonesia said": the country, not a person named Indonesia
        bare, _role = person_and_role(t, is_country)
        if bare != t and ("person", fold(bare)) not in surfaces and not _person_like(bare):
            bare = t
        if bare != t and ("person", fold(bare)) in surfaces:
            return ("person", fold(bare))
    types: tuple[EntityType, ...] = ("place",) if kind == "place" else ("person", "organization", "group")
    for et in types:
        k = (et, org_key(t) if et == "organization" else f)
        if k in surfaces:
            return k
    if kind == "place":
        p = gaz.resolve(t)
        return place_by_record.get(p.key) if p is not None else None
    # "the local Ministry of Health" -> "Ministry of Health": the longest known org it ends with
    # (dictionary lookups of its word suffixes, not a scan of all names).
    words = org_key(t).split()
    for i in range(1, len(words) - 1):
        k = ("organization", " ".join(words[i:]))
        if k in surfaces:
            return k
    n = _parse_person(bare)
    if n is not None:
        for k in persons_by_block.get(skeleton(n.surname), ()):
            m = _parse_person(surfaces[k].text)
            if m and _same_surname(m.surname, n.surname) and _given_compatible(m, n):
                return parent.find(k)
    return None


def _focus(places: dict, surfaces: dict) -> str | None:
    votes: Counter[str] = Counter()
    for k, p in places.items():
        if p is not None:
            votes[p.country] += surfaces[k].count
    return _top(votes)


def _top(votes: Counter[str]) -> str | None:
    """The most voted key; ties broken by the key (Counter order follows set order, i.e. hash seed)."""
    return min(votes.items(), key=lambda kv: (-kv[1], str(kv[0])))[0] if votes else None


def focus_of(mentions: Sequence[Mention]) -> str | None:
    """The country most place mentions fall in (each name resolved by population alone)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    votes: Counter[str] = Counter()
    names = Counter(_clean(m.text) for m in mentions if m.type == "place" and m.label != "LOC")
    for text, n in names.items():
        p = gaz.resolve(text)
        if p is not None:
            votes[p.country] += n
    return _top(votes)


# --- entities and claims --------------------------------------------------------------------


def _entity(root, members: list, surfaces: dict, places: dict, gaz, texts: dict | None = None,
            tagged: set[str] = frozenset()) -> Entity:  # type: ignore[assignment]
    etype: EntityType = root[0]
    forms: Counter[str] = Counter()
    docs: dict[str, None] = {}
    count = 0
    for k in members:
        s = surfaces[k]
        forms.update(s.forms)
        docs.update(s.documents)
        count += s.count
    place = next((places[k] for k in members if places.get(k) is not None), None)
    if place is not None:
        name = place.name
        key = place.key
    else:
        name = _canonical(etype, forms)
        key = _canonical_key(etype, name)
    extra: set[str] = set()
    for k in members:
        extra.update(_display(f) for f in surfaces[k].titled)
    if etype == "place" and texts:
        extra |= {b for b in bare_area_names(list(forms), list(texts.values()))  # seen anywhere in the corpus
                  if fold(b) not in tagged}
    aliases = tuple(sorted({_display(f) for f in forms} | {name} | extra, key=lambda a: (-forms.get(a, 0), a)))
    eid = "e-" + hashlib.sha1(f"{etype}|{key}".encode()).hexdigest()[:10]
    roles: Counter[str] = Counter()
    for k in members:
        roles.update(surfaces[k].roles)
    return Entity(id=eid, name=name, type=etype, aliases=aliases, documents=tuple(docs), mentions=count,
                  geo=place.geo() if place is not None else None, role=_top(roles) if etype == "person" else None)


def _display(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


def _canonical(etype: EntityType, forms: Counter[str]) -> str:
    """The fullest common form: spelled-out names beat initials, surnames and acronyms, among the
    forms written at least `CANONICAL_COMMON_SHARE` as often as the most frequent full form."""
    def fullness(f: str) -> int:
        if etype == "person":
            n = _parse_person(f)
            return (len(n.given) * 2 + len(n.initials)) if n else 0
        if etype == "organization":
            # a proper name ("Yonhap", "MBC") beats a description of it ("Korean broadcaster MBC")
            proper = all(w[:1].isupper() or w.lower() in ACRONYM_STOPWORDS for w in f.split())
            return 2 * proper + (0 if as_acronym(f) else 1)
        return 0

    # "common": a rare fuller spelling (a patronymic written once) does not beat the usual full name
    named = [forms[f] for f in forms if fullness(f) > 0]
    floor = CANONICAL_COMMON_SHARE * max(named) if named else 0
    common = [f for f in forms if forms[f] >= floor] or list(forms)
    best = max(common, key=lambda f: (fullness(f), forms[f], len(f), f))
    return _display(best)


def _canonical_key(etype: EntityType, name: str) -> str:
    if etype == "person":
        n = _parse_person(name)
        if n is not None:
            return f"{skeleton(n.surname)}|{skeleton(n.given[0]) if n.given else ''}"
    if etype == "organization":
        return org_key(name)
    return fold(name)


def _claim_names(claims: Sequence[Claim]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for c in claims:
        if isinstance(c, (FigureClaim, EventClaim)) and c.place_name:
            out.append(("place", c.document, c.place_name))
        if isinstance(c, FigureClaim):
            out.extend(("source", c.document, s.name) for s in c.sources if s.name)
        if isinstance(c, StatementClaim) and c.speaker_name:
            out.append(("speaker", c.document, c.speaker_name))
    return out


def _fill(c: Claim, ids: dict, name_keys: dict) -> Claim:
    def eid(kind: str, text: str | None) -> str | None:
        if not text:
            return None
        k = name_keys.get((kind, c.document, text))
        return ids.get(k) if k else None

    if isinstance(c, FigureClaim):
        sources = tuple(dataclasses.replace(s, entity=eid("source", s.name) or s.entity) for s in c.sources)
        return dataclasses.replace(c, place=eid("place", c.place_name) or c.place, sources=sources)
    if isinstance(c, EventClaim):
        return dataclasses.replace(c, place=eid("place", c.place_name) or c.place)
    if isinstance(c, StatementClaim):
        return dataclasses.replace(c, speaker=eid("speaker", c.speaker_name) or c.speaker)
    return c

