"""Counts caused by another kind of happening than the event (reconcile.other_incidents). Every
sentence is invented for these tests."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile.other_incidents import (
    INCIDENT_LABEL,
    cause,
    event_kinds,
    separate_other_incidents,
)
from counterpoint.reconcile.slots import SlotKey

from .conftest import fig

KEY = SlotKey(event="e", measure="killed", subject="person", place=None)


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def _titles(*heads):
    return {f"d{k}": h for k, h in enumerate(heads)}, {f"d{k}": "e" for k in range(len(heads))}


QUAKE = _titles("Quake toll climbs in mountain towns", "Earthquake kills hundreds", "Rescuers dig after the quake",
                "Survivors of the earthquake wait")
ATTACK = _titles("Gunmen attack concert venues", "City mourns after attacks", "Attacks: what we know",
                 "Suspect in the attacks charged")


def _split(claims, titles):
    raw = {KEY: list(claims)}
    separate_other_incidents(raw, *titles)
    return {k.part_of: {c.id for c in cs} for k, cs in raw.items()}


def test_the_event_kind_is_read_from_headlines_with_the_kinds_its_coverage_uses():
    kinds = event_kinds(*QUAKE)["e"]
    assert "quake" in kinds and "tsunami" in kinds and "avalanche" not in kinds
    assert "explosion" in event_kinds(*ATTACK)["e"]


def test_a_later_avalanche_is_not_the_quakes_toll():
    claims = [_said(fig("a", "d0", "killed", 290), "The quake killed 290 people across the hill towns."),
              _said(fig("b", "d1", "killed", 31),
                    "Months later snow fell heavily, setting off an avalanche that would bury a lodge and kill 31 guests.")]
    # told as coming later ("would"): another event's toll, shown nowhere
    assert _split(claims, QUAKE) == {None: {"a"}}


def test_an_avalanche_the_quake_set_off_is_a_part():
    claims = [_said(fig("a", "d0", "killed", 8000), "The quake killed 8,000 people."),
              _said(fig("b", "d1", "killed", 18), "On the mountain, an avalanche the quake set off killed 18 climbers.")]
    assert _split(claims, QUAKE) == {None: {"a"}, INCIDENT_LABEL + "avalanche": {"b"}}


def test_a_police_raid_days_after_an_attack_is_another_happening():
    claims = [_said(fig("a", "d0", "killed", 128), "At least 128 people died in the attacks on Friday night."),
              _said(fig("b", "d1", "killed", 3), "Three people died in the raid on a flat north of the city."),
              _said(fig("c", "d2", "killed", 2), "The dawn police raid left two suspects dead, prosecutors said."),
              _said(fig("d", "d3", "killed", 4), "During the raid, four people were killed.")]
    assert _split(claims, ATTACK) == {None: {"a"}, INCIDENT_LABEL + "raid": {"b", "c", "d"}}


def test_the_events_own_words_stay_in_the_whole():
    claims = [_said(fig("a", "d0", "killed", 128), "The coordinated bombings and shootings killed 128 people."),
              _said(fig("b", "d1", "killed", 130), "Two more victims died, bringing the toll of the blasts to 130."),
              _said(fig("c", "d2", "killed", 129), "129 people were killed in the gunfire at the venues."),
              _said(fig("d", "d3", "killed", 89), "Gunmen stormed the hall and killed 89 concertgoers.")]
    assert _split(claims, ATTACK) == {None: {"a", "b", "c", "d"}}


def test_the_nearest_happening_before_the_verb_caused_the_count():
    c = _said(fig("b", "d1", "killed", 19), "The quake set off a landslide that killed 19 villagers.")
    assert cause(c).kind == "landslide"
    assert _split([_said(fig("a", "d0", "killed", 250), "The earthquake has killed 250 people."), c], QUAKE) == {
        None: {"a"}, INCIDENT_LABEL + "landslide": {"b"}}


def test_few_headlines_move_nothing():
    claims = [_said(fig("b", "d1", "killed", 3), "Three people died in the raid.")]
    assert _split(claims, _titles("Attack on city", "Mourning")) == {None: {"b"}}


def test_a_count_with_no_cause_named_is_left_alone():
    c = _said(fig("a", "d0", "killed", 40), "Police said 40 people had died and more than 20 were hurt.")
    assert cause(c).kind is None


def test_one_of_several_happenings_of_the_events_kind_is_a_part():
    claims = [_said(fig("a", "d0", "killed", 180), "The bombings killed more than 180 people."),
              _said(fig("b", "d1", "killed", 12),
                    "The first bomb - hidden in a van - exploded outside a bar, killing 12 people."),
              _said(fig("c", "d2", "killed", 60), "A second powerful blast killed 60 near the market."),
              _said(fig("d", "d3", "killed", 201), "It was the second deadliest attack in the country, killing 201.")]
    assert _split(claims, ATTACK) == {None: {"a", "d"}, INCIDENT_LABEL + "first attack": {"b"},
                                      INCIDENT_LABEL + "second explosion": {"c"}}


def test_an_ordinal_on_an_earlier_mention_of_the_happening_counts():
    c = _said(fig("b", "d1", "killed", 12), "The first bomb - apparently a truck bomb - went off in front of a "
                                            "nightclub on the beach road, killing more than a dozen people.")
    assert (cause(c).kind, cause(c).ordinal) == ("attack", "first")


def test_opening_fire_is_shooting_not_a_fire():
    c = _said(fig("b", "d1", "killed", 50), "Police opened fire on the crowd, killing 50, witnesses said.")
    assert cause(c).kind is None
