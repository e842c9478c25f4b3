"""View models: what the report and the web pages show, computed from a Dossier.

Everything here is plain data built from records (no HTML); a document's marked-up body comes
from `marks.document_body`, the words from `counterpoint.wording` and `format`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from ..models import Document, Dossier, Entity, FigureClaim, Group, Source
from ..wording import currency_of, fmt_value, name_documents
from .format import dom_id, evidence_anchor, fmt_best, safe_url
from .marks import document_body

# What each verdict means, shown as the badge's tooltip and in the legend.
VERDICT_HELP = {
    "single": "only one claim",
    "agree": "the figures are compatible",
    "update": "the count changed over time; nobody contradicts it",
    "dispute": "incompatible figures for the same scope and time",
}
# Shown as the place of a group whose claims name no place (national or unscoped totals).
OVERALL = "overall"
# Headline order: the counts readers look for first; other measures follow alphabetically.
MEASURE_ORDER = ("killed", "injured", "detained", "missing", "charged", "displaced", "deployed",
                 "participants", "attacks", "property", "damage")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceView:
    name: str
    role: str
    entity_name: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimView:
    id: str
    value: str
    numeric: float | None
    low: float | None
    high: float | None
    as_of: str | None
    published: str | None  # the article's date: the chart's fallback when as_of is unknown
    sources: tuple[SourceView, ...]
    origin: str  # the first origin's display name, or the outlet when nobody is cited
    outlet: str
    document: str
    document_title: str
    evidence: str
    anchor: str  # element id of the evidence sentence in the documents section


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupView:
    group: Group  # the record shown
    id: str
    anchor: str
    measure: str
    subject: str
    place: str
    best: str
    range: str
    verdict: str
    verdict_help: str
    outlets: int
    outlet_names: tuple[str, ...]
    independent_sources: int
    origins: tuple[str, ...]
    explanation: str
    claims: tuple[ClaimView, ...]
    search_text: str  # lower-cased words the client-side filter matches


@dataclass(frozen=True, slots=True, kw_only=True)
class DocLink:
    id: str
    anchor: str
    title: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineView:
    date: str
    text: str
    documents: tuple[DocLink, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityView:
    entity: Entity  # the record shown; its name, type and mention count are shown as they are
    aliases: tuple[str, ...]  # the names other than `entity.name`
    documents: tuple[DocLink, ...]
    coordinates: str

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def type(self) -> str:
        return self.entity.type

    @property
    def mentions(self) -> int:
        return self.entity.mentions


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletView:
    name: str
    documents: tuple[DocLink, ...]
    origins: tuple[str, ...]
    figures: tuple[str, ...]  # one cell per group row of the side-by-side table


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentView:
    id: str
    anchor: str
    title: str
    outlet: str
    published: str
    url: str | None  # clickable only when safe_url passed
    raw_url: str | None  # shown as text when not clickable
    path: str
    status: str
    reason: str | None
    duplicate_of: DocLink | None
    body: Markup
    search_text: str
    file: str | None = None  # the document's own page, when its text is not on this page


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    """Lookups every view needs."""

    documents: dict[str, Document]
    entities: dict[str, Entity]
    figures: dict[str, FigureClaim]

    @classmethod
    def of(cls, d: Dossier) -> Index:
        return cls(
            documents={doc.id: doc for doc in d.documents},
            entities={e.id: e for e in d.entities},
            figures={c.id: c for c in d.claims if isinstance(c, FigureClaim)},
        )

    def outlet(self, doc_id: str) -> str:
        doc = self.documents.get(doc_id)
        return (doc.outlet if doc and doc.outlet else None) or "unknown outlet"

    def title(self, doc_id: str) -> str:
        doc = self.documents.get(doc_id)
        if doc is None:
            return doc_id
        return doc.title or doc.path.replace("\\", "/").rsplit("/", 1)[-1] or doc_id

    def link(self, doc_id: str) -> DocLink:
        return DocLink(id=doc_id, anchor=dom_id("doc", doc_id), title=self.title(doc_id))

    def entity_name(self, entity_id: str | None, fallback: str | None = None) -> str:
        if entity_id and entity_id in self.entities:
            return self.entities[entity_id].name
        return fallback or entity_id or ""


def claim_origin(c: FigureClaim, ix: Index) -> str:
    for s in c.sources:
        if s.role == "origin":
            return ix.entity_name(s.entity, s.name)
    return ix.outlet(c.document)


def _source_view(s: Source, ix: Index) -> SourceView:
    name = ix.entity_name(s.entity) if s.entity else None
    return SourceView(name=s.name, role=s.role, entity_name=name if name and name != s.name else None)


def claim_view(c: FigureClaim, ix: Index) -> ClaimView:
    return ClaimView(
        id=c.id,
        value=fmt_value(c.value, c.low, c.high, c.qualifier),
        numeric=c.value,
        low=c.low,
        high=c.high,
        as_of=c.as_of,
        published=ix.documents[c.document].published if c.document in ix.documents else None,
        sources=tuple(_source_view(s, ix) for s in c.sources),
        origin=claim_origin(c, ix),
        outlet=ix.outlet(c.document),
        document=c.document,
        document_title=ix.title(c.document),
        evidence=c.evidence.text,
        anchor=evidence_anchor(c.evidence.document, c.evidence.start, c.evidence.end),
    )


def headline_order(groups: Sequence[Group]) -> list[Group]:
    """Killed, injured, detained... first; within a measure, the most-reported slot first."""
    rank = {m: i for i, m in enumerate(MEASURE_ORDER)}
    return sorted(groups, key=lambda g: (rank.get(g.measure, len(rank)), g.measure, g.place is not None,
                                         -g.outlets, -len(g.claims), g.subject or ""))


def group_label(g: GroupView) -> str:
    """A short name for a group's row: "killed", "killed (child)", "killed, Almaty"."""
    label = g.measure
    if g.subject and g.subject not in ("person", "people"):
        label += f" ({g.subject})"
    if g.place != OVERALL:
        label += f", {g.place}"
    return label


def group_views(d: Dossier, ix: Index) -> list[GroupView]:
    out = []
    for g in headline_order(d.groups):
        claims = [ix.figures[cid] for cid in g.claims if cid in ix.figures]
        claims.sort(key=lambda c: (c.as_of or "", c.value if c.value is not None else 0.0))
        views = tuple(claim_view(c, ix) for c in claims)
        outlet_names = tuple(sorted({v.outlet for v in views}))
        place = ix.entity_name(g.place) if g.place else OVERALL
        best, rng = fmt_best(g, claims)
        words = " ".join([g.measure, g.subject or "", place, g.explanation, *outlet_names, *g.origins])
        out.append(
            GroupView(
                group=g,
                id=g.id,
                anchor=dom_id("group", g.id),
                measure=g.measure,
                # money is not counted in persons: the extractor's default subject means nothing there
                subject="" if currency_of(claims) and g.subject == "person" else (g.subject or ""),
                place=place,
                best=best,
                range=rng,
                verdict=g.verdict,
                verdict_help=VERDICT_HELP.get(g.verdict, ""),
                outlets=g.outlets,
                outlet_names=outlet_names,
                independent_sources=g.independent_sources,
                origins=g.origins,
                explanation=name_documents(g.explanation, lambda doc_id: ix.title(doc_id) if doc_id in ix.documents else None),
                claims=views,
                search_text=" ".join(words.lower().split()),
            )
        )
    return out


def timeline_views(d: Dossier, ix: Index) -> list[TimelineView]:
    entries = sorted(d.timeline, key=lambda t: (t.date is None, t.date or ""))
    return [
        TimelineView(date=t.date or "undated", text=t.text, documents=tuple(ix.link(x) for x in t.documents))
        for t in entries
    ]


def entity_views(d: Dossier, ix: Index) -> list[EntityView]:
    ents = sorted(d.entities, key=lambda e: (-e.mentions, e.name.lower()))
    return [
        EntityView(
            entity=e,
            aliases=tuple(a for a in e.aliases if a != e.name),
            documents=tuple(ix.link(x) for x in e.documents),
            coordinates=f"{e.geo.lat:.3f}, {e.geo.lon:.3f}" if e.geo else "",
        )
        for e in ents
    ]


def outlet_views(d: Dossier, ix: Index, groups: Sequence[GroupView]) -> list[OutletView]:
    """Outlets side by side: per outlet, the figures it carried for each group row."""
    out = []
    for p in d.outlets:
        docs = set(p.documents)
        cells = []
        for g in groups:
            vals = [c.value for c in g.claims if c.document in docs]
            cells.append(", ".join(dict.fromkeys(vals)) if vals else "")
        out.append(
            OutletView(
                name=p.name,
                documents=tuple(ix.link(x) for x in p.documents),
                origins=p.origins,
                figures=tuple(cells),
            )
        )
    return out


def document_views(d: Dossier, ix: Index, files: Mapping[str, str] | None = None) -> list[DocumentView]:
    """The documents section; with `files` (document id -> its own page) a document listed
    there keeps only its title and a link, its text being on that page."""
    out = []
    for doc in d.documents:
        url = safe_url(doc.url)
        file = files.get(doc.id) if files is not None else None
        body = document_body(doc, d, ix) if doc.text and file is None else Markup("")
        words = " ".join([doc.title or "", doc.outlet or "", "" if file else doc.text or ""])
        out.append(
            DocumentView(
                id=doc.id,
                anchor=dom_id("doc", doc.id),
                title=doc.title or doc.path or doc.id,
                outlet=doc.outlet or "unknown outlet",
                published=doc.published or "date unknown",
                url=url,
                raw_url=doc.url if doc.url and not url else None,
                path=doc.path,
                status=doc.status,
                reason=doc.reason,
                duplicate_of=ix.link(doc.duplicate_of) if doc.duplicate_of else None,
                body=body,
                search_text=" ".join(words.lower().split()),
                file=file,
            )
        )
    return out


def summary_counts(d: Dossier) -> dict[str, int]:
    kinds = Counter(c.kind for c in d.claims)
    return {
        "documents": sum(1 for x in d.documents if x.status == "ok"),
        "skipped": sum(1 for x in d.documents if x.status == "skipped"),
        # reconciliation's outlet profiles (an article without a named outlet is its own outlet)
        "outlets": len(d.outlets),
        "figures": kinds.get("figure", 0),
        "groups": len(d.groups),
        "entities": len(d.entities),
    }
