"""Counts caused by another kind of happening than the event: never the event's whole.

Coverage of one event tells of happenings of other kinds in the same story: a police raid days
after an attack ("two people died in the raid"), an avalanche months after a quake ("an avalanche
that would ... kill 29 people"), a landslide the quake set off, a stampede during a protest. A
count whose own sentence names such a happening as what caused it ("the raid left nine dead",
"died in the avalanche", "in the stampede, 12 were crushed") counts that happening: at most a part
of the event's toll (the landslide the quake set off), else another incident's (the later
avalanche). Either way it is no stage of the whole's series; it gets a slot of its own under the
whole, so it neither disputes the toll nor passes for an update of it.

The event's own kind is read from its headlines ("Quake toll rises", "Mosque attacks"): a
happening whose kind is that one, or one that coverage of that kind calls its event by (a bombing
is an attack, a blast is an explosion, a flood follows a storm), is the event itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from anyascii import anyascii

from ..models import FigureClaim
from ..text.numbers import find_quantities

if TYPE_CHECKING:
    from .slots import SlotKey

# Slot-key label (the key's `part_of`) of the counts of another kind of happening.
INCIDENT_LABEL = "incident "
# Kinds of happening and the nouns that name them (regex alternations, singular and plural).
INCIDENT_KINDS: Mapping[str, str] = {
    "quake": r"(?:earth)?quakes?|tremors?|temblors?|aftershocks?",
    "tsunami": r"tsunamis?|tidal waves?",
    "avalanche": r"avalanches?",
    "landslide": r"landslides?|mudslides?|rockslides?|mudflows?|landslips?",
    "flood": r"floods?|flooding|flash floods?|storm surges?",
    "storm": r"storms?|hurricanes?|cyclones?|typhoons?|tornado(?:es)?",
    # (not "opened fire": shooting)
    "fire": r"(?<!opened )(?<!open )(?<!opening )(?<!returned )fires?|blazes?|wildfires?|infernos?",
    "explosion": r"explosions?|blasts?|detonations?",
    "attack": r"attacks?|bombs?|bombings?|shootings?|massacres?|assaults?|sieges?|rampages?|gunfire",
    "raid": r"raids?",
    "unrest": r"clashes|clash|violence|unrest|riots?|rioting|protests?|uprising|crackdown|dispersal|fighting",
    "crush": r"stampedes?|crushes|crush",
    "crash": r"crash(?:es)?|derailments?|collisions?",
    "sinking": r"sinking|capsizing|shipwreck",
}
# Kinds that coverage of an event of one kind uses for that same event (a bombing's "blast", a
# storm's floods, a crackdown's "massacre"): never another happening.
SAME_EVENT_KINDS: Mapping[str, frozenset[str]] = {
    "quake": frozenset({"tsunami"}),
    "tsunami": frozenset({"quake", "flood"}),
    "storm": frozenset({"flood", "landslide"}),
    "flood": frozenset({"storm", "landslide"}),
    "landslide": frozenset({"flood", "storm"}),
    "explosion": frozenset({"fire", "attack"}),
    "fire": frozenset({"explosion"}),
    "attack": frozenset({"explosion", "fire", "unrest"}),
    "unrest": frozenset({"attack", "crush", "fire"}),
    "crash": frozenset({"fire", "explosion", "attack"}),
    "sinking": frozenset(),
    "crush": frozenset({"unrest"}),
    "raid": frozenset({"attack", "unrest"}),
    "avalanche": frozenset({"landslide"}),
}
# Measures of harm a happening causes (counts of arrests or turnout have no cause of this kind).
HARM_MEASURES: frozenset[str] = frozenset({"killed", "injured", "missing"})
# Verbs of harm after a happening's noun ("the raid left nine dead", "an avalanche that would
# wipe out a hotel and kill 29 people").
_HARM_VERB = r"(?:kill(?:s|ed|ing)?|left|leaving|leaves|claim(?:s|ed|ing)|injur(?:es|ed|ing)|wound(?:s|ed|ing)|hurt)"
# Words allowed between the noun and its verb (a relative clause, a modal, an aside: "the first
# bomb - a car bomb - exploded outside the club, killing"), and between the verb and the number
# ("killed at least").
NOUN_VERB_MAX_WORDS = 12
VERB_NUMBER_MAX_WORDS = 3
# Words between a count and the "in the <happening>" that tells its cause ("two people died in
# the raid", "12 were crushed to death in a stampede").
NUMBER_CAUSE_MAX_WORDS = 6
# Words before "in the <happening>" that make it a place or time, not a cause ("killed in the
# days after the quake" is led by "days", not by the noun; only modifiers may stand between).
CAUSE_MODIFIER_MAX_WORDS = 2
# Share of an event's headlines that must name a kind for it to be the event's own kind.
KIND_TITLE_SHARE = 0.15
# Fewer titled documents than this say too little of the event's kind: nothing is moved.
KIND_MIN_TITLES = 3


def _kind_re(kind: str) -> str:
    return rf"(?:{INCIDENT_KINDS[kind]})"


_ANY_KIND = "|".join(f"(?P<{k}>{v})" for k, v in INCIDENT_KINDS.items())
# "<happening> ... <verb> ... <number>": the happening is what the verb's count suffered.
AGENT_BEFORE_RE = re.compile(
    rf"\b(?:{_ANY_KIND})\b,?(?:\s+[\w'’-]+,?){{0,{NOUN_VERB_MAX_WORDS}}}?\s+{_HARM_VERB}"
    rf"(?:\s+[\w-]+){{0,{VERB_NUMBER_MAX_WORDS}}}?\s*$", re.I)
# "<number> ... died in the <happening>" / "killed during a <happening>".
CAUSE_AFTER_RE = re.compile(
    rf"^(?:\s+[\w-]+){{0,{NUMBER_CAUSE_MAX_WORDS}}}?\s+(?:died|dead|killed|injured|wounded|hurt|perished|missing|crushed)"
    rf"(?:\s+to\s+death)?\s+(?:in|during|by)\s+(?:the|a|an|that|this)\s+(?:[\w-]+\s+){{0,{CAUSE_MODIFIER_MAX_WORDS}}}?"
    rf"(?:{_ANY_KIND})\b", re.I)
# "In the raid, two people were killed": a happening fronting the clause of the count.
FRONTED_CAUSE_RE = re.compile(
    rf"^\s*(?:in|during)\s+(?:the|a|an|that|this)\s+(?:[\w-]+\s+){{0,{CAUSE_MODIFIER_MAX_WORDS}}}?(?:{_ANY_KIND})\s*,", re.I)
# An ordinal before a happening's noun, with at most two words of description between ("the first
# bomb", "a second powerful blast"): one of several happenings of its kind, each a part of the
# event's count. A superlative ranks the event among others ("the second deadliest attack"): none.
ORDINAL_BEFORE_RE = re.compile(
    r"\b(?:the|a)\s+(?P<ordinal>first|second|third|fourth|fifth)\s+(?:(?![\w-]*(?:est|worst|most)\b)[\w-]+\s+){0,2}$", re.I)
# After a happening's noun: it set off another one, which is the agent of the verb that follows.
TRIGGER_AFTER_RE = re.compile(
    r"^\s+(?:had\s+|has\s+)?(?:set\s+off|triggered|sparked|caused|unleashed|touched\s+off|generated|brought\s+on)\b", re.I)
# A modal of the future in the past between a happening and its verb: the narrative looks ahead to
# a later happening ("the last one sparking an avalanche that would bury a hotel and kill 29"),
# whose toll is another event's. (The event's own kind keeps its count: "a quake struck that
# would kill 299" is the event told from its start.)
LATER_RE = re.compile(r"\bwould\b", re.I)
# Breaks a cause's phrase does not cross.
_BREAKS = re.compile(r"[.;:!?]")


def _kind_of(m: re.Match[str]) -> str | None:
    return next((k for k in INCIDENT_KINDS if m.group(k)), None)


def event_kinds(titles: Mapping[str, str], event_of: Mapping[str, str | None]) -> dict[str | None, set[str]]:
    """Event -> the kinds of happening its headlines name (in at least KIND_TITLE_SHARE of them),
    with the kinds coverage of such an event uses for it; events with few headlines are left out."""
    heads: dict[str | None, list[str]] = defaultdict(list)
    for doc, title in titles.items():
        if title:
            heads[event_of.get(doc)].append(anyascii(title).lower())
    out: dict[str | None, set[str]] = {}
    for event, ts in heads.items():
        if len(ts) < KIND_MIN_TITLES:
            continue
        kinds = {k for k, v in INCIDENT_KINDS.items()
                 if sum(re.search(rf"\b(?:{v})\b", t) is not None for t in ts) >= KIND_TITLE_SHARE * len(ts)}
        if kinds:
            out[event] = kinds | {s for k in kinds for s in SAME_EVENT_KINDS.get(k, frozenset())}
    return out


@dataclass(frozen=True, slots=True)
class Cause:
    """What a count's sentence says caused it: the kind of happening, the ordinal that makes it
    one of several of its kind ("the second blast": "second"), and whether the sentence tells it
    as coming later than its narrative ("an avalanche that would kill 29")."""

    kind: str | None
    ordinal: str | None = None
    later: bool = False


NO_CAUSE = Cause(kind=None)


def cause(c: FigureClaim) -> Cause:
    """What the count's own sentence names as its cause (`Cause`); NO_CAUSE when nothing."""
    text = c.evidence.text
    q = next((q for q in find_quantities(text) if c.value is not None and q.value == c.value), None)
    if q is None:
        return NO_CAUSE
    start = max((m.end() for m in _BREAKS.finditer(text, 0, q.start)), default=0)
    before = text[start:q.start]
    m = AGENT_BEFORE_RE.search(before)
    if m is not None:
        # the nearest happening before the verb is the agent ("the quake triggered an avalanche
        # that killed 19": the avalanche), unless it set off another ("an avalanche the quake set
        # off killed 18": the avalanche)
        hits = [h for h in re.finditer(rf"\b(?:{_ANY_KIND})\b", before[m.start():])
                if not TRIGGER_AFTER_RE.match(before[m.start() + h.end():])]
        kind = _kind_of(hits[-1]) if hits else _kind_of(m)
        # an ordinal on any mention of that happening ("the first bomb - a car bomb - ...")
        ordinals = [o for h in re.finditer(rf"\b(?:{_ANY_KIND})\b", before) if _kind_of(h) == kind
                    and (o := _ordinal(text[:start + h.start()])) is not None]
        return Cause(kind=kind, ordinal=ordinals[0] if ordinals else None,
                     later=LATER_RE.search(before, m.start()) is not None)
    end = next((b.start() for b in _BREAKS.finditer(text, q.end)), len(text))
    m = CAUSE_AFTER_RE.match(text[q.end:end])
    if m is None:
        m = FRONTED_CAUSE_RE.match(before)
    kind = _kind_of(m) if m is not None else None
    if m is None or kind is None:
        return NO_CAUSE
    return Cause(kind=kind, ordinal=_ordinal(m.group(0)[:m.start(kind)]))


def _ordinal(before: str) -> str | None:
    """The ordinal right before a happening's noun ("the second", "a third"), lower case."""
    m = ORDINAL_BEFORE_RE.search(before)
    return m.group("ordinal").lower() if m is not None else None


def separate_other_incidents(raw: dict[SlotKey, list[FigureClaim]], titles: Mapping[str, str],
                             event_of: Mapping[str, str | None]) -> None:
    """Move counts caused by another kind of happening than the event's out of each whole slot
    of a measure of harm into a slot of that kind, under the whole, and drop those of a later
    happening of another kind (in place)."""
    kinds = event_kinds(titles, event_of)
    for key in [k for k in raw if k.part_of is None and k.measure in HARM_MEASURES and k.event in kinds]:
        members = raw[key]
        moved: dict[str, list[FigureClaim]] = defaultdict(list)
        later: set[str] = set()
        for c in members:
            why = cause(c)
            if why.kind is not None and why.kind not in kinds[key.event]:
                if why.later:
                    later.add(c.id)  # a later happening's toll: background, shown nowhere
                else:
                    moved[why.kind].append(c)
            elif why.kind is not None and why.ordinal is not None:
                moved[f"{why.ordinal} {why.kind}"].append(c)  # "the second blast killed 12": one of several
        if not moved and not later:
            continue
        gone = {c.id for cs in moved.values() for c in cs} | later
        raw[key] = [c for c in members if c.id not in gone]
        for kind, cs in moved.items():
            raw.setdefault(replace(key, part_of=INCIDENT_LABEL + kind), []).extend(cs)
        if not raw[key]:
            del raw[key]
