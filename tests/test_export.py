"""Exports: contract JSON, a coder's CSV, GeoJSON — written atomically."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).parent / "report"))
import sample_dossier

from counterpoint.errors import ConfigError
from counterpoint.export import CSV_COLUMNS, export

SCHEMA = Path(__file__).parents[1] / ".." / "shared" / "spec" / "dossier.schema.json"


@pytest.fixture(scope="module")
def d():
    return sample_dossier.build()


def test_json_matches_contract(d, tmp_path: Path) -> None:
    out = tmp_path / "dossier.json"
    export(d, "json", out)
    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text("utf-8")))
    assert data["version"] == 1 and len(data["groups"]) == 3


def test_csv_columns_and_rows(d, tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    export(d, "csv", out)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == 7
    almaty = next(r for r in rows if r["value"] == "103")
    assert (almaty["place"], almaty["country"], almaty["latitude"]) == ("Almaty", "KZ", "43.25")
    assert almaty["origin"] == "Ministry of Health" and almaty["outlet"] == "Wire Agency"
    relayed = next(r for r in rows if r["value"] == "150")
    assert relayed["qualifier"] == "more_than" and relayed["relays"] == "the agency" and relayed["high"] == ""


def test_csv_neutralises_formulas(d, tmp_path: Path) -> None:
    from dataclasses import replace

    c = replace(d.claims[0], sources=(replace(d.claims[0].sources[0], entity=None, name="=HYPERLINK(\"x\")"),))
    out = tmp_path / "f.csv"
    export(replace(d, claims=(c,)), "csv", out)
    assert "'=HYPERLINK" in out.read_text("utf-8")


def test_geojson_places_with_groups(d, tmp_path: Path) -> None:
    out = tmp_path / "places.geojson"
    export(d, "geojson", out)
    fc = json.loads(out.read_text("utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    almaty = next(f for f in fc["features"] if f["id"] == "e-almaty")
    assert almaty["geometry"]["coordinates"] == [76.95, 43.25]
    assert [g["id"] for g in almaty["properties"]["groups"]] == ["g3"]


def test_atomic_write_keeps_old_file_on_failure(d, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "dossier.json"
    out.write_text("old", "utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        export(d, "json", out)
    assert out.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.json"]  # no temp file left


def test_unknown_format(d, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        export(d, "xlsx", tmp_path / "x")


def test_parquet_tables_hold_the_dossier(d, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from counterpoint.dossier import dossier_json

    out = tmp_path / "tables"
    export(d, "parquet", out)
    want = dossier_json(d)
    assert sorted(p.name for p in out.iterdir()) == ["claims.parquet", "documents.parquet", "groups.parquet"]
    for name in ("claims", "groups", "documents"):
        rows = pq.read_table(out / f"{name}.parquet").to_pylist()
        assert len(rows) == len(want[name]) > 0
        for got, expected in zip(rows, want[name], strict=True):
            # nested fields (evidence, sources, best) survive as structs and lists; a field one
            # claim kind lacks reads back as null
            assert {k: v for k, v in got.items() if k in expected} == _as_lists(expected)
            assert all(got[k] is None for k in got.keys() - expected.keys())


def _as_lists(v):
    if isinstance(v, dict):
        return {k: _as_lists(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_as_lists(x) for x in v]
    return v


def test_parquet_refuses_a_file_as_its_directory(d, tmp_path: Path) -> None:
    target = tmp_path / "claims.parquet"
    target.write_text("x")
    with pytest.raises(ConfigError):
        export(d, "parquet", target)
