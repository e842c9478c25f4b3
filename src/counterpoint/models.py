"""Typed records passed between the stages.

Every stage takes and returns these frozen dataclasses, never loose dicts. JSON is produced from
them in one place (`to_json`) and read back into them in one place (`from_json`).
Per-document records (Document, Mention, FigureClaim, EventClaim, StatementClaim) are what the
per-document stages produce and the store keeps; corpus records (Entity, Group, TimelineEntry,
OutletProfile) are computed from all stored documents at once.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

Status = Literal["ok", "skipped"]
EntityType = Literal["person", "organization", "place", "group", "other"]
Role = Literal["origin", "relay"]
Qualifier = Literal[
    "exact", "about", "almost", "at_least", "more_than", "at_most", "less_than", "up_to", "range"
]
Verdict = Literal["single", "agree", "update", "dispute"]
StatementMode = Literal["quote", "reported", "according_to", "own_voice"]
Stance = Literal["asserts", "attributes", "disputes", "notes_no_evidence", "silent"]

FROZEN = dict(frozen=True, slots=True, kw_only=True)


@dataclass(**FROZEN)
class Document:
    """One input article (or JSONL record) after reading and cleaning.

    `text` is the cleaned text every character offset indexes into; None when skipped.
    `id` is stable for the same path and content, so re-running changes nothing.
    """

    id: str
    path: str
    status: Status
    reason: str | None = None
    text: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD / YYYY-MM / YYYY
    language: str | None = None  # ISO 639-1
    duplicate_of: str | None = None
    text_hash: str | None = None  # sha256 of the normalized text, for exact duplicates


@dataclass(**FROZEN)
class Evidence:
    """Where a claim is stated: 0-based, end-exclusive offsets into Document.text."""

    document: str
    start: int
    end: int
    text: str


@dataclass(**FROZEN)
class Mention:
    """A named-entity mention in one document (after NER repair)."""

    document: str
    start: int
    end: int
    text: str
    label: str  # spaCy label after repair: PERSON, ORG, GPE, LOC, NORP, FAC, ...
    type: EntityType


@dataclass(**FROZEN)
class Source:
    """One link of an attribution chain. `entity` is filled by entity linking."""

    name: str  # as written, e.g. "the local Ministry of Health"
    role: Role
    entity: str | None = None
    start: int | None = None  # offsets of `name` in the document text, where known
    end: int | None = None


@dataclass(**FROZEN)
class FigureClaim:
    """A counted outcome of the event, as one document states it."""

    id: str
    document: str
    measure: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str
    subject: str | None
    evidence: Evidence
    as_of: str | None = None
    sources: tuple[Source, ...] = ()
    place: str | None = None  # entity id, filled by linking
    place_name: str | None = None  # the place as written in the text
    # The figure graph (../docs FIGURE-GRAPH): the claim id of the whole this figure counts part of
    # (same document); ids of claims this one replaces; the words that say so ("rose to", "revised
    # down to", "the previous toll was"); a hedge by the speaker ("perhaps", "I think").
    part_of: str | None = None
    supersedes: tuple[str, ...] = ()
    update_cue: str | None = None
    hedged: bool = False
    # What the figure's own clause scopes it to beyond measure, subject and place (figures.scope):
    # "held" (people still in custody), "day" (one day of a longer event), "total" (a running
    # total over many days); None when the clause says nothing of it.
    scope: str | None = None
    # Who the figure comes from, as a class (`text.origins.FIGURE_ORIGIN_CLASSES`):
    # officials, state media, news agency tally, foreign government, rights groups, opposition,
    # witnesses, unnamed, or own (no source: the outlet's own authority).
    origin_class: str | None = None
    kind: Literal["figure"] = "figure"


@dataclass(**FROZEN)
class EventClaim:
    """Something that happened on a date: protests began, a building was stormed."""

    id: str
    document: str
    event_type: str
    date: str | None
    text: str  # a short description, e.g. "protesters stormed government buildings"
    evidence: Evidence
    place: str | None = None  # entity id, filled by linking
    place_name: str | None = None
    # "--01-02" (ISO 8601 without year) when the document names the day but never its year; the
    # timeline places it in the corpus's year. None when `date` is set or no day is named.
    date_partial: str | None = None
    kind: Literal["event"] = "event"


@dataclass(**FROZEN)
class StatementClaim:
    """Who said what (a quote or reported speech)."""

    id: str
    document: str
    speaker: str | None  # entity id, filled by linking
    speaker_name: str | None
    text: str
    evidence: Evidence
    # How it is said (`counterpoint.statements`): the cue as written ("said", "according to",
    # "denied"), the mode, the span of what was said (start/end in the cleaned text), the speaker
    # as written ("he") and the role the text gives them ("president", "opposition leader"), the
    # speaker's origin class for sourcing, and the proposition it makes (set by the corpus stage).
    cue: str | None = None
    mode: StatementMode = "reported"
    content: dict[str, int] | None = None
    speaker_written: str | None = None
    speaker_role: str | None = None
    origin_class: str | None = None
    proposition: str | None = None
    kind: Literal["statement"] = "statement"


Claim = FigureClaim | EventClaim | StatementClaim


@dataclass(**FROZEN)
class DocResult:
    """Everything the per-document stages produce for one document; stored in one transaction."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(**FROZEN)
class Geo:
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    geonameid: int | None
    admin1: str | None = None  # first-level region name, where known


@dataclass(**FROZEN)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...]
    documents: tuple[str, ...]
    mentions: int
    geo: Geo | None = None
    role: str | None = None  # a person's role as their titles give it ("president"), where stated


@dataclass(**FROZEN)
class Best:
    value: float | None
    low: float | None
    high: float | None


@dataclass(**FROZEN)
class Group:
    """Figure claims about one slot (measure, subject, place, period) across documents."""

    id: str
    measure: str
    subject: str | None
    place: str | None
    claims: tuple[str, ...]
    verdict: Verdict
    best: Best
    outlets: int
    independent_sources: int
    explanation: str
    event: str | None = None  # event cluster id
    origins: tuple[str, ...] = ()  # display names of the independent origins
    parent: str | None = None  # the group whose count this group's count is part of
    outliers: tuple[str, ...] = ()  # claim ids set aside from verdict and best (named in the explanation)


@dataclass(**FROZEN)
class TimelineEntry:
    date: str | None
    text: str
    documents: tuple[str, ...]
    claims: tuple[str, ...]
    event_type: str | None = None


@dataclass(**FROZEN)
class OutletProfile:
    name: str
    documents: tuple[str, ...]
    origins: tuple[str, ...] = ()  # origins this outlet relays
    framing: dict[str, Any] | None = None


@dataclass(**FROZEN)
class EventCluster:
    """Documents about the same real-world event (reconcile blocks its work by these)."""

    id: str
    documents: tuple[str, ...]
    label: str
    headline: str | None = None  # the most central document's title
    start: str | None = None  # first and last publication date (ISO day)
    end: str | None = None
    places: tuple[str, ...] = ()  # most cited place entities first
    outlets: tuple[str, ...] = ()  # most frequent outlets first
    # What the event is about (reconcile/incident.py): the place the coverage is about (name,
    # admin1, country, geonameid, entity) and, per measure, the headline figure: {"value",
    # "group", "subject", "place"}.
    place: dict[str, Any] | None = None
    counts: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(**FROZEN)
class Proposition:
    """One claim about the event that several documents make or answer, in any wording.

    `stances`: outlet name -> stance; `evidence`: outlet name -> the statement claim id behind
    its stance; `merges`: one line per statement joined, saying why it was joined.
    """

    id: str
    text: str
    statements: tuple[str, ...]
    stances: dict[str, Stance]
    evidence: dict[str, str] = field(default_factory=dict)
    merges: tuple[str, ...] = ()


@dataclass(**FROZEN)
class Dossier:
    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    groups: tuple[Group, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    outlets: tuple[OutletProfile, ...] = ()
    events: tuple[EventCluster, ...] = ()
    propositions: tuple[Proposition, ...] = ()


# --- JSON codec: the one place records become JSON and JSON becomes records ------------------

R = TypeVar("R")


def to_json(obj: Any) -> Any:
    """Turn a record (or tuple/list/dict of records) into JSON-ready Python values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    return obj


def from_json(tp: type[R], data: Any) -> R:
    """Inverse of `to_json`, driven by the type hints of the records.

    Nested records, tuples, Optional, Literal and unions of records (told apart by their `kind`
    field, e.g. `Claim`) are decoded; numbers and strings are kept as they are, so a record read
    back writes the same JSON. A key missing from `data` takes the field's default (records
    written before a field with a default was added still load); keys a record does not know are
    ignored.
    """
    decode = _decoder(typing.cast(Any, tp))
    result: R = data if decode is None or data is None else decode(data)
    return result


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _kind_of(cls: type) -> Any:
    """The default of a record's `kind` field (the tag of a union of records), else None."""
    for f in dataclasses.fields(cls):
        if f.name == "kind":
            return f.default
    return None


# How one type is read from JSON (never called with None: None is None at every level), or None
# where the JSON value is the value (str, int, float, bool, Literal, Any, unions of plain values).
Decoder = typing.Callable[[Any], Any] | None


@functools.cache
def _decoder(tp: Any) -> Decoder:
    """The decoder of `tp`, worked out once per type: the corpus stage reads hundreds of thousands
    of stored records, and asking the type hints again for each one cost more than building them."""
    if tp is Any:
        return None
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _record_decoder(tp)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        records = [a for a in options if isinstance(a, type) and dataclasses.is_dataclass(a)]
        if not records:
            return None  # a union of plain values (float | None, str | None)
        if len(options) == 1:
            return _decoder(options[0])
        return _union_decoder(tp, tuple(records))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return tuple if item is None else _each(item, tuple)
    if origin is tuple:
        items = [_decoder(a) for a in args]
        return lambda data: tuple(x if d is None or x is None else d(x) for d, x in zip(items, data, strict=False))
    if origin is list:
        item = _decoder(args[0])
        return list if item is None else _each(item, list)
    if origin is dict:
        value = _decoder(args[1])
        return dict if value is None else _each_value(value)
    return None  # str, int, float, bool, Literal


def _each(item: typing.Callable[[Any], Any], make: type) -> typing.Callable[[Any], Any]:
    return lambda data: make(x if x is None else item(x) for x in data)


def _each_value(value: typing.Callable[[Any], Any]) -> typing.Callable[[Any], Any]:
    return lambda data: {k: v if v is None else value(v) for k, v in data.items()}


@functools.cache
def _record_decoder(cls: type) -> typing.Callable[[Any], Any]:
    fields: list[tuple[str, Decoder]] = []  # filled on first use: a record may hold its own kind

    def decode(data: Any) -> Any:
        if not fields:
            hints = _hints(cls)
            fields.extend((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls))
        kwargs = {}
        for name, d in fields:
            if name in data:
                v = data[name]
                kwargs[name] = v if d is None or v is None else d(v)
        return cls(**kwargs)

    return decode


def _union_decoder(tp: Any, records: tuple[type, ...]) -> Decoder:
    def decode(data: Any) -> Any:
        kind = data.get("kind")
        for cls in records:  # the first record of that kind, as the union lists them
            if _kind_of(cls) == kind:
                return _record_decoder(cls)(data)
        raise ValueError(f"no record of kind {kind!r} in {tp}")

    return decode
