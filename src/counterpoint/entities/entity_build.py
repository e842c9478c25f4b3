"""Entities built from linked surfaces (canonical name, aliases, roles, geo), names carried by
claims matched to them, and claims with their entity ids filled. Called by
`counterpoint.entities.linking`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from ..disjoint_sets import DisjointSets
from ..models import Claim, Entity, EntityType, EventClaim, FigureClaim, Mention, StatementClaim
from .names import expand_abbreviations, has_abbreviation, person_and_role
from .person_linking import (
    _given_compatible,
    _parse_person,
    _same_surname,
)
from .place_linking import bare_area_names, place_surface_key
from .rules import (
    ACRONYM_STOPWORDS,
    ORG_FOREIGN_FILLERS,
)
from .surfaces import (
    _clean,
    _person_like,
    _top,
)
from .translit import as_acronym, fold, org_key, skeleton, umlaut_spellings

# The canonical name is the fullest spelling among those written at least this share as often as
# the most written full one (a reader knows a person by the name the coverage uses).
CANONICAL_COMMON_SHARE = 0.25
# An organization's full name written this many times competes for its canonical name with the short
# form that cuts it ("Zenda" for "Zenda per la Strelsau"), however often that short form is written.
ORG_FULL_NAME_MIN = 2
# Fullness of a spelled-out proper organization name (proper, not an acronym): see `_canonical`.
ORG_PROPER_FULL = 3
# Apostrophe styles one name is typed with.
_QUOTE_STYLES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
# An elided article glued to a name's word ("l'Italia"): the word's capital is after it.
_ELIDED = re.compile(r"\b[ldLD]['’](?=\w)")


def _match_claim_name(
    kind: str, text: str, surfaces: dict, parent: DisjointSets, place_by_record: dict, gaz, persons_by_block: dict,
    is_country=lambda w: False, starts: dict | None = None,
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
        return place_by_record.get(p.key) if p is not None else _cut_short(t, surfaces, ("place",), starts)
    # "the local Ministry of Health" -> "Ministry of Health": the longest known org it ends with
    # (dictionary lookups of its word suffixes, not a scan of all names).
    words = org_key(t).split()
    for i in range(1, len(words) - 1):
        k = ("organization", " ".join(words[i:]))
        if k in surfaces:
            return k
    written_place = ("place", place_surface_key(t))
    if " " in t and written_place in surfaces:
        # "the gas plant, Ain Zenda" in a claim where the mentions write "Ain Zenda" only as a place:
        # that place, not the person whose surname its last word spells ("Zenda" tagged PERSON once)
        return written_place
    n = _parse_person(bare)
    if n is not None:
        for k in persons_by_block.get(skeleton(n.surname), ()):
            m = _parse_person(surfaces[k].text)
            if m and _same_surname(m.surname, n.surname) and _given_compatible(m, n):
                return parent.find(k)
    # "Butte County said", "the Zenda Fire forced ...": a speaker or source the corpus's mentions name
    # only as a place is that place (a county's government, a fire the story personifies), never a
    # new person of that name
    k = ("place", place_surface_key(t))
    return k if k in surfaces else _cut_short(t, surfaces, ("person", "place", "organization"), starts)


# A name cut inside a word needs this many letters in its last word before the cut to stand for the
# whole one.
CUT_SHORT_MIN = 4


def name_starts(surfaces: dict) -> dict[str, set]:
    """Surface keys by the first `CUT_SHORT_MIN` letters of their written forms (see `_cut_short`)."""
    out: dict[str, set] = {}
    for k, sf in surfaces.items():
        for f in sf.forms:
            out.setdefault(f[:CUT_SHORT_MIN], set()).add(k)
    return out


def _cut_short(text: str, surfaces: dict, types: tuple[str, ...], starts: dict | None):
    """The one name of the corpus that a claim's name is the start of, cut inside a word ("Port-au"
    of "Port-au-Prince", "Jan Tarl" of "Jan Tarlen"): a name taken from a sentence cut short,
    never a name of its own. None when no name or several continue it (or no index is given)."""
    if starts is None or len(text.split()[-1]) < CUT_SHORT_MIN or not text[-1:].isalpha():
        return None  # (a last word this short may be whole: "Wang Ke" is not "Wang Kefei" cut)
    found = {k for k in starts.get(text[:CUT_SHORT_MIN], ()) if k[0] in types and k in surfaces
             for f in surfaces[k].forms
             if len(f) > len(text) and f.startswith(text) and (f[len(text)].isalpha() or f[len(text)] == "-")}
    return found.pop() if len(found) == 1 else None


def _focus(places: dict, surfaces: dict) -> str | None:
    votes: Counter[str] = Counter()
    for k, p in places.items():
        if p is not None:
            votes[p.country] += surfaces[k].count
    return _top(votes)


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
        name = _place_name(place.name, _quotes_pooled(forms))
        key = place.key
    else:
        titled: Counter[str] = Counter()  # spellings written after a title ("Governor Jan Novak")
        for k in members:
            if surfaces[k].roles:
                titled.update({f: sum(surfaces[k].roles.values()) for f in surfaces[k].forms})
        name = _canonical(etype, _quotes_pooled(forms), titled)
        key = _canonical_key(etype, name)
    extra: set[str] = set()
    for k in members:
        extra.update(_display(f) for f in surfaces[k].titled)
    if etype == "place" and texts:
        extra |= {b for b in bare_area_names(list(forms), list(texts.values()))  # seen anywhere in the corpus
                  if fold(b) not in tagged}
    if etype in ("organization", "person") and texts:
        extra |= _umlaut_aliases(forms, texts)
    aliases = tuple(sorted({_display(f) for f in forms} | {name} | extra, key=lambda a: (-forms.get(a, 0), a)))
    eid = "e-" + hashlib.sha1(f"{etype}|{key}".encode()).hexdigest()[:10]
    roles: Counter[str] = Counter()
    for k in members:
        roles.update(surfaces[k].roles)
    return Entity(id=eid, name=name, type=etype, aliases=aliases, documents=tuple(docs), mentions=count,
                  geo=place.geo() if place is not None else None, role=_top(roles) if etype == "person" else None)


def _place_name(record_name: str, forms: Counter[str]) -> str:
    """A place's name as the coverage writes it: the gazetteer's name when the corpus writes it so
    commonly (`CANONICAL_COMMON_SHARE` of the most written spelling), else the most written spelling (mixed case before capitals: "ZENDABAD" is a dateline's),
    so a reader never meets a name no article uses ("Ürümqi" for the corpus's "Urumqi", a county
    town's name for the district the corpus names)."""
    written: Counter[str] = Counter()
    for f, n in forms.items():  # "Zenda province": the name written with its kind in lower case is "Zenda"
        bare = " ".join(w for w in _display(f).split() if not w.islower()) or _display(f)
        written[bare.strip()] += n
    written.pop("", None)
    if not written:
        return record_name
    floor = CANONICAL_COMMON_SHARE * max(written.values())
    if record_name in {f for f, n in written.items() if n >= floor}:
        return record_name
    return max(written, key=lambda f: (not f.isupper(), written[f], len(f), f))


def _umlaut_aliases(forms: Counter[str], texts: dict) -> set[str]:
    """A name with umlauts as the corpus also writes it without them, in any case ("TUEV SUED" for
    "Tüv Süd" in a wire that keeps to ASCII and capitals), where the model did not tag that spelling."""
    out: set[str] = set()
    for f in list(forms):
        for spelled in umlaut_spellings(f):
            pattern = re.compile(r"(?<!\w)" + re.escape(spelled) + r"(?!\w)", re.IGNORECASE)
            for text in texts.values():
                out.update(m[0] for m in pattern.finditer(text or ""))
    return out - set(forms)


def _display(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


def _quotes_pooled(forms: Counter[str]) -> Counter[str]:
    """Forms that differ only in their apostrophes ("Sheriff's" / "Sheriff’s") or a leading "the" counted as one, under
    their most written spelling: one name split by typography must not lose to a rarer variant."""
    by_key: dict[str, list[str]] = {}
    for f in forms:
        by_key.setdefault(_display(f).translate(_QUOTE_STYLES), []).append(f)
    out: Counter[str] = Counter()
    for spellings in by_key.values():
        best = max(spellings, key=lambda f: (forms[f], f))
        out[best] = sum(forms[f] for f in spellings)
    return out


def _canonical(etype: EntityType, forms: Counter[str], titled: Counter[str] | None = None) -> str:
    """The fullest common form: spelled-out names beat initials, surnames and acronyms, among the
    forms written at least `CANONICAL_COMMON_SHARE` as often as the most frequent full form. Two
    spellings written as often: the one an article introduces with the person's title ("Governor
    Jan Novak" over a respelling written once in passing), then the longer."""
    titled = titled or Counter()
    def fullness(f: str) -> int:
        if etype == "person":
            n = _parse_person(f)
            return (len(n.given) * 2 + len(n.initials)) if n else 0
        if etype == "organization":
            # a proper name ("Yonhap", "MBC") beats a description of it ("Korean broadcaster MBC")
            proper = all(w[:1].isupper() or w.lower() in ACRONYM_STOPWORDS or w.lower() in ORG_FOREIGN_FILLERS
                         for w in _ELIDED.sub("", f).split())  # "Strade per l'Italia" is a proper name
            return 2 * proper + (0 if as_acronym(f) else 1)
        return 0

    # "common": a rare fuller spelling (a patronymic written once) does not beat the usual full name
    named = [forms[f] for f in forms if fullness(f) > 0]
    floor = CANONICAL_COMMON_SHARE * max(named) if named else 0
    common = [f for f in forms if forms[f] >= floor] or list(forms)
    shortened = _shortened(common) if etype == "organization" else set()
    if etype == "organization":
        # the full name a short form cuts ("Zenda per la Strelsau" of "Zenda") competes when written
        # `ORG_FULL_NAME_MIN` times, however often the short form is: a reader wants the full name
        every = _shortened(list(forms))
        if any(fullness(f) == ORG_PROPER_FULL and len(f.split()) > 1 for f in forms):
            every |= {f for f in forms if as_acronym(f)}  # "ZRA" of "Zenda Relief Agency"
        if every:
            common += [f for f in forms if f not in common and f not in every and forms[f] >= ORG_FULL_NAME_MIN]
            shortened = _shortened(common)
    # an organization's name of several words beats its one-word short name ("Centro Zendano de ..." over
    # "Cezedh"), however often the short one is written
    best = max(common, key=lambda f: (fullness(f), f not in shortened, etype == "organization" and " " in f.strip(),
                                      forms[f], titled[f], len(f), f))
    return _display(best)


def _shortened(forms: list[str]) -> set[str]:
    """Organization forms that are a shorter writing of another form: its leading words ("Zenda" of
    "Zenda per la Strelsau") or an abbreviation spelled out there ("UN Refugee Office")."""
    folded = {f: org_key(f).split() for f in forms}
    spelled = {tuple(org_key(expand_abbreviations(f)).split()) for f in forms if not has_abbreviation(f)}
    out = set()
    for f, words in folded.items():
        if has_abbreviation(f) and tuple(org_key(expand_abbreviations(f)).split()) in spelled:
            out.add(f)
        elif any(len(w2) > len(words) and w2[: len(words)] == words for w2 in folded.values()):
            out.add(f)
    return out


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
