"""The one codec: `from_json` reads back exactly what `to_json` wrote, for every record."""

from __future__ import annotations

import json

import pytest

from counterpoint.models import (
    Best,
    Claim,
    Document,
    Dossier,
    Entity,
    EventClaim,
    EventCluster,
    Evidence,
    FigureClaim,
    Geo,
    Group,
    Mention,
    OutletProfile,
    Source,
    StatementClaim,
    TimelineEntry,
    from_json,
    to_json,
)


def _dossier() -> Dossier:
    ev = Evidence(document="d1", start=0, end=20, text="Officials counted 12.")
    return Dossier(
        documents=(Document(id="d1", path="a.txt", status="ok", text="Officials counted 12.", outlet="Wire"),),
        entities=(
            Entity(id="e1", name="Riverton", type="place", aliases=("Riverton",), documents=("d1",), mentions=2,
                   geo=Geo(lat=1.5, lon=2.0, country="XX", geonameid=7)),
            Entity(id="e2", name="Officials", type="organization", aliases=(), documents=("d1",), mentions=1),
        ),
        claims=(
            FigureClaim(id="c1", document="d1", measure="killed", value=12, low=None, high=None,
                        qualifier="exact", unit="people", subject="person", evidence=ev,
                        sources=(Source(name="Officials", role="origin", entity="e2", start=0, end=9),)),
            EventClaim(id="c2", document="d1", event_type="protest", date="2020-01-02", text="protest", evidence=ev),
            StatementClaim(id="c3", document="d1", speaker=None, speaker_name="a spokesman", text="calm",
                           evidence=ev),
        ),
        groups=(Group(id="g1", measure="killed", subject="person", place="e1", claims=("c1",), verdict="single",
                      best=Best(value=12, low=None, high=None), outlets=1, independent_sources=1,
                      explanation="12 killed.", origins=("Officials",)),),
        timeline=(TimelineEntry(date="2020-01-02", text="protest", documents=("d1",), claims=("c2",)),),
        outlets=(OutletProfile(name="Wire", documents=("d1",), framing={"tone": [1, 2]}),),
        events=(EventCluster(id="ev1", documents=("d1",), label="Riverton"),),
    )


def test_round_trip_keeps_every_record_and_every_byte() -> None:
    d = _dossier()
    text = json.dumps(to_json(d))
    back = from_json(Dossier, json.loads(text))
    assert back == d
    assert json.dumps(to_json(back)) == text
    # integers stay integers: a record read back writes the same JSON
    assert isinstance(back.claims[0].value, int)


def test_union_of_claims_is_told_apart_by_kind() -> None:
    claims = from_json(tuple[Claim, ...], to_json(_dossier().claims))
    assert [type(c) for c in claims] == [FigureClaim, EventClaim, StatementClaim]
    with pytest.raises(ValueError):
        from_json(Claim, {"kind": "rumour"})  # type: ignore[arg-type]


def test_missing_keys_take_the_field_default_and_unknown_keys_are_ignored() -> None:
    data = to_json(_dossier().groups[0])
    del data["origins"], data["event"]
    data["added_later"] = 1
    g = from_json(Group, data)
    assert g.origins == () and g.event is None
    with pytest.raises(TypeError):  # a field without a default cannot be missing
        from_json(Mention, {"document": "d1"})
