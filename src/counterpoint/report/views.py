"""View models: what the report and the web pages show, computed from a Dossier.

Everything here is plain data built from records (no HTML), except `document_body`, which
turns a document's cleaned text into marked-up HTML with a careful escaping builder (nested
marks by character offset do not fit a template's loops; every piece of text goes through
`markupsafe.escape`).
"""

from __future__ import annotations

import re
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from ..models import Document, Dossier, Entity, FigureClaim, Group, Source

# Words shown before a value for each qualifier (measures.md); "range" is shown as low–high.
QUALIFIER_WORDS = {
    "exact": "",
    "about": "about ",
    "almost": "almost ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "at most ",
    "less_than": "fewer than ",
    "up_to": "up to ",
    "range": "",
}
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
# Only these URL schemes become links; anything else (javascript:, data:, file:) stays text.
SAFE_SCHEMES = frozenset({"http", "https"})
# Anchors and element ids are built from ids that come from data: keep them to a safe alphabet.
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
# Longest alias searched for in a document body (longer "aliases" are extraction noise).
MAX_ALIAS_CHARS = 80
# Shortest alias marked in text: 1–2 letter aliases would mark fragments of words.
MIN_ALIAS_CHARS = 3


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL without control characters, else None."""
    if not url:
        return None
    url = url.strip()
    if any(ord(ch) < 0x21 or ch in "\"'<>`\\" for ch in url):
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url


def dom_id(*parts: object) -> str:
    """An element id built from data ids, restricted to [A-Za-z0-9_.-]."""
    return "-".join(_ID_UNSAFE.sub("_", str(p)) for p in parts)


def evidence_anchor(document: str, start: int, end: int) -> str:
    return dom_id("doc", document, start, end)


def fmt_number(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def fmt_value(value: float | None, low: float | None, high: float | None, qualifier: str) -> str:
    """A figure as a reader says it: "more than 150", "8,000–10,000", "164"."""
    if qualifier == "range" and low is not None and high is not None:
        return f"{fmt_number(low)}–{fmt_number(high)}"
    shown = value if value is not None else (high if high is not None else low)
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{fmt_number(shown)}"


# Large amounts read as words ("2.5 billion"), the way a journalist writes money and big counts.
SCALE_WORDS: tuple[tuple[float, str], ...] = ((1e9, "billion"), (1e6, "million"))


def fmt_amount(x: float | None) -> str:
    if x is None:
        return "?"
    for size, word in SCALE_WORDS:
        if abs(x) >= size:
            return f"{fmt_number(round(x / size, 2))} {word}"
    return fmt_number(x)


def currency_of(claims: Sequence[FigureClaim]) -> str | None:
    """The ISO 4217 code the group's claims share, if they count money."""
    units = {c.unit for c in claims}
    unit = units.pop() if len(units) == 1 else None
    return unit if unit and len(unit) == 3 and unit.isupper() else None


def fmt_best(g: Group, claims: Sequence[FigureClaim] = ()) -> tuple[str, str]:
    """(best value, its low–high range or "") for a group.

    A best value that is only a bound says so ("at least 1,000"); money carries its currency.
    """
    currency = currency_of(claims)
    prefix = f"{currency} " if currency else ""
    lo, hi, v = g.best.low, g.best.high, g.best.value
    if v is None:
        best = "—"
    else:
        # the words of the claims that state the best value, when they all say it the same way
        said = {c.qualifier for c in claims if c.value == v}
        qualifier = said.pop() if len(said) == 1 else "exact"
        if qualifier == "exact":
            qualifier = "at_least" if hi is None and lo == v else "up_to" if lo is None and hi == v else "exact"
        best = f"{QUALIFIER_WORDS.get(qualifier, '') if qualifier != 'range' else ''}{prefix}{fmt_amount(v)}"
    if lo is None and hi is None or lo == hi:
        rng = ""
    else:
        rng = f"{fmt_amount(lo) if lo is not None else '…'}–{fmt_amount(hi) if hi is not None else '…'}"
    return best, rng


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
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    documents: tuple[DocLink, ...]
    mentions: int
    coordinates: str


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Index:
    """Lookups every view needs."""

    documents: dict[str, Document]
    entities: dict[str, Entity]
    figures: dict[str, FigureClaim]

    @classmethod
    def of(cls, d: Dossier) -> "Index":
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


def group_label(g: "GroupView") -> str:
    """A short name for a group's row: "killed", "killed (child)", "killed, Almaty"."""
    label = g.measure
    if g.subject and g.subject not in ("person", "people"):
        label += f" ({g.subject})"
    if g.place != OVERALL:
        label += f", {g.place}"
    return label


# Explanations name an outlet-less document by its id; readers know it by title or file name.
_DOC_ID_IN_TEXT = re.compile(r"(?:an unnamed outlet \(|document )(d[0-9a-f]{15})\)?")


def _readable_ids(text: str, ix: Index) -> str:
    def title(m: re.Match[str]) -> str:
        return f"“{ix.title(m[1])}”" if m[1] in ix.documents else m[0]

    return _DOC_ID_IN_TEXT.sub(title, text)


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
                explanation=_readable_ids(g.explanation, ix),
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
            id=e.id,
            name=e.name,
            type=e.type,
            aliases=tuple(a for a in e.aliases if a != e.name),
            documents=tuple(ix.link(x) for x in e.documents),
            mentions=e.mentions,
            coordinates=f"{e.geo.lat:.3f}, {e.geo.lon:.3f}" if e.geo else "",
        )
        for e in ents
    ]


def outlet_views(d: Dossier, ix: Index, groups: Sequence[GroupView]) -> list[OutletView]:
    """Outlets side by side: per outlet, the figures it carried for each group row."""
    profiles = list(d.outlets)
    if not profiles:  # reconciliation not run yet: derive from documents
        by_outlet: dict[str, list[str]] = defaultdict(list)
        for doc in d.documents:
            if doc.status == "ok":
                by_outlet[doc.outlet or "unknown outlet"].append(doc.id)
        from ..models import OutletProfile

        profiles = [OutletProfile(name=k, documents=tuple(v)) for k, v in by_outlet.items()]
    out = []
    for p in profiles:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class _Mark:
    start: int
    end: int
    kind: str  # "ev" (a claim's evidence), "ent" (an entity name), "num" (a figure's number)
    figure: bool = False  # evidence of a figure claim (marked stronger than events and statements)
    anchor: str | None = None
    title: str = ""
    children: list["_Mark"] | None = None


# A paragraph break: a blank line. Paragraphs are the spans between breaks (found by scanning
# for breaks, not by matching paragraphs: a tempered pattern backtracks ~64 bytes per character).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans
# Order of marks starting at the same offset with the same end: outer first.
_KIND_RANK = {"ev": 0, "ent": 1, "num": 2}


def _nest(marks: list[_Mark]) -> list[_Mark]:
    """Arrange marks into a tree; a mark that crosses its parent's end is clipped to it."""
    roots: list[_Mark] = []
    stack: list[_Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end, _KIND_RANK[m.kind])):
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            if m.kind != "ev":  # a clipped name or number would be misleading: drop it
                continue
            m = replace(m, end=stack[-1].end)
        m = replace(m, children=[])
        (stack[-1].children if stack else roots).append(m)  # type: ignore[union-attr]
        stack.append(m)
    return roots


def _render(text: str, start: int, end: int, marks: list[_Mark]) -> Markup:
    parts: list[Markup] = []
    pos = start
    for m in marks:
        if m.start > pos:
            parts.append(_text(text[pos : m.start]))
        inner = _render(text, m.start, m.end, m.children or [])
        title = Markup(' title="{}"').format(m.title) if m.title else Markup("")
        if m.kind == "ev":
            ident = Markup(' id="{}"').format(m.anchor) if m.anchor else Markup("")
            cls = "ev fig" if m.figure else "ev"
            parts.append(Markup('<mark class="{}"{}{}>{}</mark>').format(cls, ident, title, inner))
        elif m.kind == "ent":
            parts.append(Markup('<span class="ent"{}>{}</span>').format(title, inner))
        else:
            parts.append(Markup('<strong class="num"{}>{}</strong>').format(title, inner))
        pos = m.end
    if pos < end:
        parts.append(_text(text[pos:end]))
    return Markup("").join(parts)


def _text(s: str) -> Markup:
    """Escaped text with single line breaks kept."""
    return Markup("<br>").join(escape(line) for line in s.split("\n"))


def _number_pattern(x: float) -> re.Pattern[str] | None:
    """The written forms of a figure's value: 7939 matches "7,939", "7 939" and "7939"."""
    if not float(x).is_integer() or x < 0:
        return None
    digits = str(int(x))
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return re.compile(r"(?<![\d.,])" + r"[,\s\u00a0\u202f]?".join(groups) + r"(?![\d])")


def document_body(doc: Document, d: Dossier, ix: Index) -> Markup:
    """The document's cleaned text, paragraphs kept, with evidence, figures and names marked."""
    text = doc.text or ""
    n = len(text)
    marks: list[_Mark] = []
    seen: set[tuple[int, int]] = set()
    for c in d.claims:
        ev = c.evidence
        if ev.document != doc.id or not (0 <= ev.start < ev.end <= n):
            continue
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            label = f"{c.measure} {fmt_value(c.value, c.low, c.high, c.qualifier)}" if isinstance(
                c, FigureClaim) else c.kind
            marks.append(_Mark(start=ev.start, end=ev.end, kind="ev", figure=isinstance(c, FigureClaim),
                               anchor=evidence_anchor(doc.id, ev.start, ev.end), title=label))
        elif isinstance(c, FigureClaim):  # the same sentence also states a figure: mark it as one
            marks = [replace(m, figure=True) if (m.kind, m.start, m.end) == ("ev", ev.start, ev.end) else m
                     for m in marks]
        if isinstance(c, FigureClaim) and c.value is not None:
            pat = _number_pattern(c.value)
            hit = pat.search(text, ev.start, ev.end) if pat else None
            if hit:
                marks.append(_Mark(start=hit.start(), end=hit.end(), kind="num",
                                   title=f"{c.measure}: {fmt_value(c.value, c.low, c.high, c.qualifier)}"))
    for e in d.entities:
        if doc.id not in e.documents:
            continue
        for alias in {e.name, *e.aliases}:
            if not (MIN_ALIAS_CHARS <= len(alias) <= MAX_ALIAS_CHARS):
                continue
            for hit in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                marks.append(_Mark(start=hit.start(), end=hit.end(), kind="ent", title=f"{e.name} ({e.type})"))
    marks = _dedupe_names(marks)
    paras = []
    for a, b in _paragraph_spans(text):
        g = text[a:b]
        if not g or g.isspace():
            continue
        p0, p1 = a + len(g) - len(g.lstrip()), b - len(g) + len(g.rstrip())
        inside = [_clip(m, p0, p1) for m in marks if m.start < p1 and m.end > p0]
        paras.append(Markup("<p>{}</p>").format(_render(text, p0, p1, _nest([m for m in inside if m]))))
    return Markup("").join(paras)


def _clip(m: _Mark, p0: int, p1: int) -> _Mark | None:
    """A mark cut to one paragraph; its anchor stays with the piece where it starts."""
    if p0 <= m.start and m.end <= p1:
        return m
    if m.kind != "ev":
        return None
    return replace(m, start=max(m.start, p0), end=min(m.end, p1), anchor=m.anchor if m.start >= p0 else None)


def _dedupe_names(marks: list[_Mark]) -> list[_Mark]:
    """Keep the longest of overlapping entity marks (e.g. "Almaty" inside "Almaty airport")."""
    names = sorted((m for m in marks if m.kind == "ent"), key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mark] = []
    last_end = -1
    for m in names:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return [m for m in marks if m.kind != "ent"] + kept


def document_views(d: Dossier, ix: Index) -> list[DocumentView]:
    out = []
    for doc in d.documents:
        url = safe_url(doc.url)
        body = document_body(doc, d, ix) if doc.text else Markup("")
        words = " ".join([doc.title or "", doc.outlet or "", doc.text or ""])
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
            )
        )
    return out


def summary_counts(d: Dossier) -> dict[str, int]:
    kinds = Counter(c.kind for c in d.claims)
    return {
        "documents": sum(1 for x in d.documents if x.status == "ok"),
        "skipped": sum(1 for x in d.documents if x.status == "skipped"),
        # reconciliation's outlet profiles (an article without a named outlet is its own outlet)
        "outlets": len(d.outlets) or len({x.outlet or x.id for x in d.documents if x.status == "ok"}),
        "figures": kinds.get("figure", 0),
        "groups": len(d.groups),
        "entities": len(d.entities),
    }
