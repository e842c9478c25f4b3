"""Who a figure really comes from: origins, relays, outlets, and how many are independent.

Ten outlets relaying one ministry are one independent source; a syndicated copy
(`Document.duplicate_of`) is the original's outlet carrying the story again. A figure with no
stated source has the outlet itself as its origin.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlparse

from unidecode import unidecode

from ..models import Document, FigureClaim, Source

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
    (r"\bdept\b|\bdepartment\b", "department"),
    (r"\bofficials\b", "officials_"),  # keep "health officials" apart from "health ministry"
    (r"\bpolice (department|force|service)\b", "police"),
)
# The outlet key of a document without a known outlet or URL: each such document is its own.
UNKNOWN_OUTLET_PREFIX = "doc:"


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A normalized key for a source name as written ("the local Ministry of Health" -> "health ministry")."""
    s = unidecode(name).lower()
    s = re.sub(r"['’]s\b", "", s)
    for pattern, repl in NAME_SYNONYMS:
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


def attribute(claim: FigureClaim, docs: Mapping[str, Document]) -> Attribution:
    doc = docs.get(claim.document)
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
                           outlet_key=okey, outlet_name=oname, stated=False)
    return Attribution(claim=claim.id, origin_key=source_key(src), origin_name=src.name,
                       relays=relays, outlet_key=okey, outlet_name=oname, stated=True)


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


def count_independent(attributions: Sequence[Attribution]) -> int:
    """Distinct origins: relays of one origin and copies of one report count once."""
    return len({a.origin_key for a in attributions})
