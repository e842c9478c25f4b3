"""Who a figure really comes from: origins, relays, outlets, and how many are independent.

Ten outlets relaying one ministry are one independent source; a syndicated copy
(`Document.duplicate_of`) is the original's outlet carrying the story again. A figure with no
stated source has the outlet itself as its origin.

Origins are resolved before they are counted (`resolve_origins`): "the Health Ministry", "the
Ministry of Health" and, in that article, "the ministry" are one; a prosecutor speaking where the
article names the prosecutor general's office is that office; a source linked to the same entity
is one origin; relays with no origin ("media reports") add nothing; a named class of officials
("Turkish officials", "the authorities", "the government") of one country is one origin class,
and a country's name as a source ("Lebanon said") is that class too, never an origin of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlparse

from anyascii import anyascii

from ..disjoint_sets import DisjointSets
from ..models import Document, Entity, FigureClaim, Source
from ..text.origins import (  # noqa: F401  (OFFICIAL_WORDS, MEDIA_WORDS, WIRE_NAMES: re-exported for contest)
    FOREIGN_GOVERNMENT,
    MEDIA_WORDS,
    NO_ORIGIN_CLASSES,
    OFFICIAL_WORDS,
    RELAY_ONLY_NAME,
    STATE_CLASSES,
    WIRE_NAMES,
    figure_origin_class,
)

# Words that do not change which body is speaking: "the local Ministry of Health" is the
# "Ministry of Health" is the "health ministry".
NAME_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "for", "and", "local", "country", "countrys", "national", "state",
     "federal", "official", "its", "their", "his", "her", "said", "says"}
)
# Same body, different wording; applied to the lowercased name before tokenizing.
NAME_SYNONYMS: tuple[tuple[str, str], ...] = (
    (r"\binternal affairs\b", "interior"),
    (r"\bhome affairs\b", "interior"),
    (r"\bministries\b", "ministry"),
    (r"\bminister\b", "ministry"),  # a minister speaks for the ministry
    (r"\bdept\b|\bdepartment\b", "department"),
    (r"\bofficials\b", "officials_"),  # keep "health officials" apart from "health ministry"
    # "an official", "a government official": the noun (last word) is one of a class of officials;
    # the adjective ("official media") is a stopword.
    (r"\bofficial\s*$", "officials_"),
    (r"\bpolice (department|force|service)\b", "police"),
    # British and American spellings of one body's name ("Operation Centre" is "Operation Center")
    (r"\bcentre\b", "center"),
    (r"\borganisation\b", "organization"),
    (r"\bdefence\b", "defense"),
    (r"\bprogramme\b", "program"),
    (r"\blabour\b", "labor"),
)
# A document of a body written in front of its name ("the latest report of the emergency centre",
# "figures released by the ministry", "a new bulletin from the agency"): the body is the origin.
# Removed from the lowercased name before it is keyed.
STATEMENT_WRAPPER_RE = re.compile(
    r"^(?:the |a |an )?(?:(?:latest|new|last|updated|daily|official|final|first|initial|preliminary|"
    r"most recent|recent)\s+)*(?:report|reports|update|updates|statement|bulletin|figures|data|tally|"
    r"count|toll|list|release|press release|estimate|estimates)\s+(?:(?:issued|released|published|"
    r"compiled|given|provided)\s+)?(?:of|from|by)\s+(?=\S)")
# Sources that only say the figure was reported, not by whom: a relay with an unknown origin.
UNKNOWN_ORIGIN = RELAY_ONLY_NAME
# Tokens of a name key that make a source a class of officials rather than one body
# ("Kazakh officials", "the authorities", "the government", "the regime").
OFFICIALS_CLASS_TOKENS = frozenset(
    {"officials_", "authorities", "authority", "government", "govt", "regime", "administration",
     "leadership", "officials", "administrations"}
)
# Words that make an official body a national one: a ministry or minister, the cabinet, the head of
# government, a body called national or federal. In a slot whose official origins name one
# country only, such a body that names none ("the home ministry", "the national emergency
# centre", "a home ministry official") is that country's: ministries belong to a state, and
# news writes "the country's ministry" or drops the country once it is plain. Local bodies (the
# police, a mayor, a hospital) and a government speaking from abroad stay their own.
NATIONAL_BODY_WORDS = re.compile(
    r"\b(?:minist\w*|cabinet|prime minister|premier|presidency|president(?:ial)?|national|federal|"
    r"parliament\w*|home office|interior)\b", re.IGNORECASE)
# Tokens allowed beside them that do not name a body ("senior", "top", "local").
OFFICIALS_CLASS_FILLERS = frozenset({"senior", "top", "some", "other", "two", "three", "several", "city",
                                     "central", "caretaker", "interim", "new", "current", "then"})
# (The word lists that class an origin, OFFICIAL_WORDS and the others, live in `text.origins`:
# a figure's class is decided there once, at extraction.)
# One news agency or outlet under its short and its full name is one source ("AP", "The
# Associated Press", "Associated Press"): its acronym is written out before the name is keyed, so
# "an AP survey" still contains the agency's name. Applied to the lowercased name.
OUTLET_SYNONYMS: tuple[tuple[str, str], ...] = (
    (r"\bap\b", "associated press"),
    (r"\bafp\b", "agence france presse"),
    (r"\bupi\b", "united press international"),
    (r"\bpti\b", "press trust of india"),
    (r"\bdpa\b", "deutsche presse agentur"),
    (r"\bbbc news\b", "bbc"),
    (r"\bbritish broadcasting corporation\b", "bbc"),
    (r"\bthomson reuters\b|\breuters news\b", "reuters"),
)
# A bare head noun this short ("the ministry", "prosecutor") resolves to the one fuller name of
# the same document that contains it.
SHORT_NAME_TOKENS = 1
# Prefix of a nationality word that names its country ("leban" -> Lebanon, "turk" -> Turkey).
DEMONYM_PREFIX = 4
# The last word of a country of several words keeps at least this many letters in its adjective
# ("rico" -> "ric|an", "korea" -> "kore|an").
MULTIWORD_STEM_MIN = 3
# The outlet key of a document without a known outlet or URL: each such document is its own.
UNKNOWN_OUTLET_PREFIX = "doc:"


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A normalized key for a source name as written ("the local Ministry of Health" -> "health ministry")."""
    s = anyascii(name).lower()
    s = STATEMENT_WRAPPER_RE.sub("", s.strip())
    s = re.sub(r"['’]s\b", "", s)
    for pattern, repl in (*NAME_SYNONYMS, *OUTLET_SYNONYMS):
        s = re.sub(pattern, repl, s)
    tokens = [t for t in re.findall(r"[a-z0-9_]+", s) if t not in NAME_STOPWORDS]
    return " ".join(sorted(set(tokens))) or s.strip()


def source_key(source: Source) -> str:
    return f"entity:{source.entity}" if source.entity else f"name:{name_key(source.name)}"


def outlet_key(doc: Document | None, doc_id: str) -> str:
    if doc is not None and doc.outlet:
        return f"outlet:{name_key(doc.outlet)}"
    if doc is not None and doc.url:
        host = urlparse(doc.url).netloc.lower().removeprefix("www.")
        if host:
            return f"outlet:{host}"
    return UNKNOWN_OUTLET_PREFIX + doc_id


def outlet_name(doc: Document | None, doc_id: str) -> str:
    if doc is not None and doc.outlet:
        return doc.outlet
    if doc is not None and doc.url:
        host = urlparse(doc.url).netloc.lower().removeprefix("www.")
        if host:
            return host
    return f"document {doc_id}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One claim's chain, resolved: the origin (key + display name) and the relays it passed."""

    claim: str
    origin_key: str
    origin_name: str
    relays: tuple[str, ...]  # display names of relays, outermost last
    outlet_key: str
    outlet_name: str
    stated: bool  # False when the outlet is the origin (no source given)
    # The series the claim's figures belong to when the slot's context decides it (`contest.py`):
    # an outlet's own tally, a foreign government's count. None: `origin_class` reads `cls`.
    series: str | None = None
    # The claim's origin class as extraction decided it (`text.origins`, `FigureClaim.origin_class`).
    cls: str | None = None


def attribute(claim: FigureClaim, docs: Mapping[str, Document]) -> Attribution:
    doc = docs.get(claim.document)
    # (a claim built without the figures component, as in tests, is classed here by the same rule)
    cls = claim.origin_class or figure_origin_class(claim.sources, claim.evidence.text or "")
    okey, oname = outlet_key(doc, claim.document), outlet_name(doc, claim.document)
    origins = [s for s in claim.sources if s.role == "origin"]
    relays = tuple(s.name for s in claim.sources if s.role == "relay")
    if origins:
        src = origins[0]
    elif claim.sources:
        # Only relays named ("AFP reported"): the innermost relay is the best-known origin.
        src = claim.sources[-1]
        relays = tuple(s.name for s in claim.sources[:-1])
    else:
        # A syndicated copy's own figure is the original outlet's report, not a second origin.
        root = _syndication_root(doc, docs)
        rkey, rname = (outlet_key(root, root.id), outlet_name(root, root.id)) if root else (okey, oname)
        return Attribution(claim=claim.id, origin_key=rkey, origin_name=rname, relays=(),
                           outlet_key=okey, outlet_name=oname, stated=False, cls=cls)
    return Attribution(claim=claim.id, origin_key=source_key(src), origin_name=src.name,
                       relays=relays, outlet_key=okey, outlet_name=oname, stated=True, cls=cls)


def _syndication_root(doc: Document | None, docs: Mapping[str, Document]) -> Document | None:
    """The original a copy was syndicated from (chains followed), or None for an original."""
    root, seen = None, set()
    while doc is not None and doc.duplicate_of and doc.duplicate_of not in seen:
        seen.add(doc.duplicate_of)
        doc = docs.get(doc.duplicate_of)
        root = doc or root
    return root


def merge_repeats(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> dict[str, Attribution]:
    """Claim id -> attribution, with a document's repeats of one figure counted once.

    A document that gives a figure on its own (caption, lede) and again with its source (body)
    states one figure: the unattributed repeat takes the attributed claim's origin, so it never
    adds an independent source. Repeats with the same origin already share one key.
    """
    stated: dict[tuple[str, float], Attribution] = {}
    for c in claims:
        a = attrib[c.id]
        if a.stated and c.value is not None:
            stated.setdefault((c.document, c.value), a)
    out: dict[str, Attribution] = {}
    for c in claims:
        a = attrib[c.id]
        same = None if a.stated or c.value is None else stated.get((c.document, c.value))
        out[c.id] = replace(same, claim=c.id) if same is not None else a
    return out


def copies_of(documents: Sequence[Document]) -> dict[str, list[str]]:
    """Original document id -> ids of its syndicated copies (chains followed to the root)."""
    parent = {d.id: d.duplicate_of for d in documents if d.duplicate_of}
    out: dict[str, list[str]] = {}
    for d in documents:
        root, seen = d.duplicate_of, set()
        while root in parent and root not in seen:  # a copy of a copy
            seen.add(root)
            root = parent[root]
        if root:
            out.setdefault(root, []).append(d.id)
    return out


def count_outlets(claim_docs: Sequence[str], docs: Mapping[str, Document],
                  copies: Mapping[str, Sequence[str]]) -> int:
    """Distinct outlets whose documents (or syndicated copies of them) carry the claims."""
    keys = set()
    for doc_id in claim_docs:
        keys.add(outlet_key(docs.get(doc_id), doc_id))
        for copy in copies.get(doc_id, ()):
            keys.add(outlet_key(docs.get(copy), copy))
    return len(keys)


def count_independent(attributions: Sequence[Attribution], claims: Sequence[FigureClaim] = ()) -> int:
    """Distinct origins of a slot (FIGURE-GRAPH: independent sources are resolved origins, not outlets).

    - Relays of one origin and copies of one report count once (the keys are resolved origins).
    - An outlet's own unattributed figure adds nothing when it lies within the span of the
      officials' figures of the slot (the official count as it stood when written), when it fits a
      stated origin's figure (it is
      that count relayed), nor when its article names an origin for another figure of the slot
      (the article's own details come from the sources it names), nor when the article is wire
      copy another outlet carries ("Reuters via PerthNow" is Reuters).
    - A state's bodies and office holders are one origin: the official toll of a country comes
      from one system, however many ministries, governors and spokesmen repeat it ("Indonesian
      President", "Indonesia" and "the Indonesian authorities" are one). A body that names no
      country stays its own origin; a class of officials that names none ("the authorities")
      joins the one country the slot's officials name, if exactly one, and otherwise adds
      nothing beside the slot's other official origins (it cites them without saying which).
    - An origin whose name contains another origin's whole name is that origin ("A CNN survey of
      funeral homes" is CNN); generic words for a study ("the researchers", "the findings") are
      the one study the slot names, if it names exactly one.
    """
    from .intervals import interval

    stated = [a for a in attributions if a.stated]
    by_id = {c.id: c for c in claims}
    stated_ivs = [interval(by_id[a.claim]) for a in stated if a.claim in by_id]
    docs_with_origin = {by_id[a.claim].document for a in stated if a.claim in by_id}

    official_ivs = [interval(by_id[a.claim]) for a in stated if a.claim in by_id and origin_class(a) == "official"]
    official_lo = min((iv.lo for iv in official_ivs), default=None)
    official_hi = max((iv.hi for iv in official_ivs), default=None)

    def in_official_series(c: FigureClaim) -> bool:
        # A toll an outlet states without a source, within the span of the officials' own figures,
        # is the official count as it stood that day: outlets that count for themselves say so.
        iv = interval(c)
        return official_lo is not None and official_hi is not None and official_lo <= iv.lo and iv.hi <= official_hi

    def adds_nothing(a: Attribution) -> bool:
        c = by_id.get(a.claim)
        return (c is None or c.document in docs_with_origin or in_official_series(c)
                or any(interval(c).overlaps(iv) for iv in stated_ivs))

    counted = [a for a in attributions if a.stated or not stated or not adds_nothing(a)]
    # An origin is one body however each article words it: when one wording names its country
    # ("the Indian Railways") every claim of that origin ("the Railways") belongs to that state.
    state_of: dict[str, str] = {}
    for a in counted:
        if a.stated and (k := _state_key(a)) != a.origin_key:
            state_of.setdefault(a.origin_key, k)
    keys = {_key_of(a, state_of) for a in counted}
    named = {k for k in keys if k.startswith(OFFICIALS_CLASS_PREFIX) and k != OFFICIALS_CLASS_PREFIX}
    if len(named) == 1:
        # a national body naming no country is the one country the slot's officials name
        country = next(iter(named))
        national = {_key_of(a, state_of) for a in counted if _national_body(a) and _key_of(a, state_of).startswith("name:")}
        keys = {country if k in national else k for k in keys}
    if len(named) == 1:
        keys = {next(iter(named)) if k == OFFICIALS_CLASS_PREFIX else k for k in keys}
    if OFFICIALS_CLASS_PREFIX in keys and any(
            origin_class(a) == "official" and _key_of(a, state_of) != OFFICIALS_CLASS_PREFIX for a in counted):
        # "The authorities" naming no one is a way of citing the slot's official bodies, never a
        # body of its own beside them: it adds no independent source.
        keys.discard(OFFICIALS_CLASS_PREFIX)
    keys = _fold_contained(keys)
    studies = [k for k in keys if k.startswith("name:") and set(k[5:].split()) & STUDY_TOKENS]
    if STUDY_CLASS in keys and len(studies) == 1:
        keys.discard(STUDY_CLASS)
    return len(keys)


def _national_body(a: Attribution) -> bool:
    """A stated official origin that is a national body naming no country (NATIONAL_BODY_WORDS);
    never a government speaking from abroad."""
    return (a.stated and a.cls != FOREIGN_GOVERNMENT and origin_class(a) == "official"
            and bool(NATIONAL_BODY_WORDS.search(a.origin_name)) and not _country_in(a.origin_name))


def _key_of(a: Attribution, state_of: Mapping[str, str]) -> str:
    """The key an attribution is counted under (its wire, its state, or its resolved origin)."""
    return _wire_key(a) if not a.stated else state_of.get(a.origin_key, _state_key(a))


def _wire_key(a: Attribution) -> str:
    """An unattributed figure's origin: the wire whose copy the outlet carries, else the outlet."""
    wire, sep, _carrier = a.outlet_name.partition(" via ")
    return f"outlet:{name_key(wire)}" if sep and wire.strip() else a.origin_key


def _state_key(a: Attribution) -> str:
    """The officials class of the country an official origin belongs to ("" when it names none)."""
    if a.origin_key.startswith(OFFICIALS_CLASS_PREFIX):
        return a.origin_key
    if origin_class(a) != "official":
        return a.origin_key
    country = _country_in(a.origin_name)
    # A body that names no country ("the police", "the mayor") stays itself: at a local incident
    # the police and the mayor are sources a reporter counts apart.
    return OFFICIALS_CLASS_PREFIX + country if country else a.origin_key


# Origin names whose country is remembered (each scans every country's name; an event's
# figures repeat their origins), bounded so memory does not follow the corpus.
COUNTRY_IN_CACHE = 4096


@lru_cache(maxsize=COUNTRY_IN_CACHE)
def _country_in(name: str) -> str:
    """The country a name names, by its name ("Puerto Rico's government") or adjective
    ("Indonesian"; for a name of several words, its last word's adjective: "Puerto Rican")."""
    low = " " + re.sub(r"[^a-z ]+", " ", anyascii(name).lower()) + " "
    for country in sorted(_country_names(), key=len, reverse=True):
        if " " in country and (f" {country} " in low or _multiword_demonym(country).search(low)):
            return country
    return _country_of(low.split())


@lru_cache(maxsize=512)
def _multiword_demonym(country: str) -> re.Pattern[str]:
    """"puerto rico" -> a pattern for "puerto rican"; "south korea" -> "south korean"."""
    *first, last = country.split()
    stem = last[:max(MULTIWORD_STEM_MIN, len(last) - 1)]
    return re.compile(r" " + " ".join(map(re.escape, first)) + r" " + re.escape(stem) + r"[a-z]* ")


def _fold_contained(keys: set[str]) -> set[str]:
    """Drop a name key that contains every token of another name key (the other is its origin)."""
    names = {k: set(k[5:].split()) for k in keys if k.startswith("name:")}
    out = set(keys)
    for k, tokens in names.items():
        if any(o != k and other and other < tokens for o, other in names.items()):
            out.discard(k)
    return out


OFFICIALS_CLASS_PREFIX = "class:authorities:"


def origin_class(a: Attribution) -> str:
    """The series a claim's figures belong to, read from its origin class (`text.origins`):
    'official' (a state body, a class of officials, state media, a foreign government: the
    contest tells foreign ones apart), 'unattributed' (the outlet's own figure, a relay of unknown
    origin, an outlet named with no count of its own), or the origin itself (a rights group, a
    study, a witness, an outlet's own tally: each its own series)."""
    if a.series:
        return a.series
    if not a.stated:
        return "unattributed"
    cls = a.cls or figure_origin_class((Source(name=a.origin_name, role="origin"),))
    if cls in STATE_CLASSES or a.origin_key.startswith(OFFICIALS_CLASS_PREFIX):
        # (a source linked to a place, or resolved to a named class of officials, is that country's
        # authorities, whatever its name's words)
        return "official"
    if cls in NO_ORIGIN_CLASSES:
        return "unattributed"
    return a.origin_key


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    from .countries import _countries

    return tuple(sorted(_countries()[1], key=len))


def _country_of(tokens: Sequence[str]) -> str:
    """The country a name's tokens name ("lebanese", "lebanon" -> "lebanon"), or ""."""
    names = _country_names()
    for t in tokens:
        if len(t) < DEMONYM_PREFIX:
            continue
        hit = next((n for n in names if n == t or (n.startswith(t[:DEMONYM_PREFIX]) and " " not in n)), None)
        if hit:
            return hit
    return ""


# Generic nouns for a study or inquiry ("the study", "researchers", "the findings"): within one
# event's coverage these name its studies without saying which, so they count as one origin
# (the conservative count) rather than one per wording.
STUDY_TOKENS = frozenset({"study", "studies", "findings", "researchers", "researcher", "research", "analysis",
                          "survey", "paper", "new", "recent", "latest", "estimate", "estimates", "investigation",
                          "depth", "in", "inquiry", "review", "scientists", "academics", "experts"})
STUDY_CLASS = "class:study"


def officials_class(name: str, entity: Entity | None = None) -> str | None:
    """"class:authorities:<country>" for a class of officials or a country's name; else None."""
    from .countries import is_country

    if (entity is not None and entity.type == "place") or is_country(name, None):
        return OFFICIALS_CLASS_PREFIX + (_country_of(name_key(name).split()) or name_key(name))
    tokens = name_key(name).split()
    if not tokens or not OFFICIALS_CLASS_TOKENS & set(tokens):
        return None
    rest = [t for t in tokens if t not in OFFICIALS_CLASS_TOKENS and t not in OFFICIALS_CLASS_FILLERS]
    country = _country_of(rest)
    if any(not country or not _is_country_word(t, country) for t in rest):
        return None  # "health officials", "port authority officials": a body, not the class
    return OFFICIALS_CLASS_PREFIX + country


def _is_country_word(token: str, country: str) -> bool:
    return token == country or country.startswith(token[:DEMONYM_PREFIX]) or token in country.split()


def resolve_origins(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], entities: Mapping[str, Entity]
) -> dict[str, Attribution]:
    """Claim id -> attribution whose origin key is the resolved origin (see the module docstring)."""
    by_id = {c.id: c for c in claims}
    keys: dict[str, str] = {}
    for cid, a in attrib.items():
        c = by_id.get(cid)
        src = _origin_source(c) if c is not None else None
        if not a.stated or src is None:
            keys[cid] = a.origin_key
            continue
        if UNKNOWN_ORIGIN.match(src.name.strip()):
            keys[cid] = a.outlet_key  # "media reports": the outlet is all we know
            continue
        ent = entities.get(src.entity) if src.entity else None
        tokens = set(name_key(src.name).split())
        study = STUDY_CLASS if tokens and tokens <= STUDY_TOKENS else None
        keys[cid] = officials_class(src.name, ent) or study or f"name:{_body_key(src.name)}"
    keys = _regional_bodies(keys, by_id, attrib, entities)
    sets: DisjointSets[str] = DisjointSets(keys.values())
    # One linked entity is one origin, whatever each article calls it (places are classes, above).
    by_entity: dict[str, str] = {}
    for cid, key in keys.items():
        c = by_id.get(cid)
        src = _origin_source(c) if c is not None else None
        if src is None or not src.entity or key.startswith(OFFICIALS_CLASS_PREFIX):
            continue
        ent = entities.get(src.entity)
        if ent is not None and ent.type == "place":
            continue
        first = by_entity.setdefault(src.entity, key)
        sets.union(first, key)
    # In one article, a bare head noun is the fuller name it abbreviates ("the ministry").
    doc_keys: dict[str, set[str]] = {}
    for cid, key in keys.items():
        c = by_id.get(cid)
        if c is not None and key.startswith("name:"):
            doc_keys.setdefault(c.document, set()).add(key)
    for names in doc_keys.values():
        for short in names:
            tokens = set(short.removeprefix("name:").split())
            if len(tokens) > SHORT_NAME_TOKENS:
                continue
            fuller = {k for k in names if k != short and tokens < set(k.removeprefix("name:").split())}
            if len({sets.find(k) for k in fuller}) == 1:
                sets.union(short, next(iter(fuller)))
    out: dict[str, Attribution] = {}
    for cid, a in attrib.items():
        key = sets.find(keys[cid])
        out[cid] = a if key == a.origin_key else replace(a, origin_key=key)
    return out


def _regional_bodies(
    keys: Mapping[str, str], by_id: Mapping[str, FigureClaim], attrib: Mapping[str, Attribution],
    entities: Mapping[str, Entity],
) -> dict[str, str]:
    """Official bodies that name one region below a country are that region's administration:
    "the Odisha government", "Odisha Chief Secretary" and "the Odisha health department" are one
    origin class, as a country's ministries are (`_state_key`). A region is a place entity the
    corpus linked; a country is left to the country rules, and a body naming two places stays itself."""
    from .countries import is_country

    places: dict[str, str] = {}
    for e in entities.values():
        if e.type != "place" or is_country(e.name, e):
            continue
        for n in (e.name, *e.aliases):
            if n and len(n) >= REGION_NAME_MIN and n[0].isupper():
                places.setdefault(n, anyascii(e.name).lower())
    if not places:
        return dict(keys)
    # Looked up by the words a name could give its region in (`_regions_named`), not by trying
    # every place of the corpus against every name: a corpus of local news links thousands of
    # places, and that loop cost minutes per thousand official figures.
    index: dict[str, set[str]] = defaultdict(set)
    for n, region in places.items():
        index[n.lower()].add(region)
    out = dict(keys)
    regional: dict[frozenset[str], set[str]] = {}
    for cid, key in keys.items():
        a, c = attrib.get(cid), by_id.get(cid)
        if a is None or c is None or not a.stated or key.startswith(OFFICIALS_CLASS_PREFIX) or key == STUDY_CLASS:
            continue
        src = _origin_source(c)
        if src is None or not _official(a, src) or _country_in(src.name):
            continue
        named = _regions_named(src.name, index)
        if len(named) == 1:
            out[cid] = OFFICIALS_CLASS_PREFIX + named.pop()
            regional.setdefault(frozenset(name_key(src.name).split()), set()).add(out[cid])
    # The same office holder without the region ("Chief Secretary P. Jena" beside "Odisha Chief
    # Secretary P. Jena"): a name of two words or more inside one region's body's name is that body.
    for cid, key in keys.items():
        c = by_id.get(cid)
        src = _origin_source(c) if c is not None else None
        a = attrib.get(cid)
        if out[cid] != key or src is None or a is None or not key.startswith("name:") or not _official(a, src):
            continue
        tokens = set(key[5:].split())
        hits = {r for full, rs in regional.items() if len(tokens) >= 2 and tokens < full for r in rs}
        if len(hits) == 1:
            out[cid] = hits.pop()
    return out


def _official(a: Attribution, src: Source) -> bool:
    """Whether a claim's origin is a state body or office holder (its class, `text.origins`)."""
    return (a.cls or figure_origin_class((src,))) in STATE_CLASSES


# Shorter place names are too often a word of an office's name.
REGION_NAME_MIN = 4


# Where a region said first ends: its possessive or the next word ("Odisha's government").
REGION_FIRST_END = re.compile(r"(?:['’]s)?\s")
LEADING_THE = re.compile(r"the\s+", re.IGNORECASE)
# Where a region said last begins: after "of" ("the government of (the) Odisha").
REGION_LAST_START = re.compile(r"\bof\s+", re.IGNORECASE)


def _regions_named(name: str, index: Mapping[str, set[str]]) -> set[str]:
    """The regions (`index`: a place name in lower case -> its regions) an office's name belongs
    to. The region is said first ("the Odisha government", "Balasore Collector") or last after
    "of" ("the government of Odisha"); a place elsewhere in the name is as often a person's name
    or another place ("Chief Secretary PK Jena"). Matching ignores case."""
    out: set[str] = set()
    starts = [0]
    if (m := LEADING_THE.match(name)) is not None:
        starts.append(m.end())
    for s in starts:
        for k in range(s + 1, len(name)):
            if REGION_FIRST_END.match(name, k):
                out |= index.get(name[s:k].lower(), set())
    stripped = name.strip()
    for m in REGION_LAST_START.finditer(stripped):
        rest = stripped[m.end():]
        out |= index.get(rest.lower(), set())
        if (t := LEADING_THE.match(rest)) is not None:
            out |= index.get(rest[t.end():].lower(), set())
    return out


def _body_key(name: str) -> str:
    """name_key without the country a body belongs to ("Lebanon's Health Ministry" is, within
    one event's coverage, the "Health Ministry")."""
    tokens = name_key(name).split()
    rest = [t for t in tokens if len(t) <= DEMONYM_PREFIX or not _country_of([t])]
    return " ".join(rest) if rest else " ".join(tokens)


def _origin_source(c: FigureClaim) -> Source | None:
    origins = [s for s in c.sources if s.role == "origin"]
    if origins:
        return origins[0]
    return c.sources[-1] if c.sources else None
