"""Exports of a dossier: the contract JSON, a CSV of figure claims, GeoJSON of places.

Every file is written atomically (atomic.write_text_atomic: temp file, then os.replace), so a
reader never sees half an export and an interrupted run leaves the old file in place.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from . import query
from .atomic import write_text_atomic
from .dossier import dossier_json
from .errors import ConfigError
from .models import Dossier, Entity, to_json

FORMATS = ("json", "csv", "geojson", "statements-csv", "parquet")
# The CSV columns a conflict-data coder expects (ACLED-like), in this order.
CSV_COLUMNS = (
    "event_date", "as_of", "country", "place", "latitude", "longitude", "measure", "subject", "value",
    "low", "high", "qualifier", "origin", "relays", "outlet", "document", "evidence",
)
# Spreadsheet programs run cells starting with these as formulas (CSV injection): prefix a quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    s = str(v)
    if s.startswith(FORMULA_PREFIXES) and not _is_number(s):
        return "'" + s
    return s


def _is_number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def figure_rows(d: Dossier) -> list[dict[str, str]]:
    """One row per figure claim, in the CSV_COLUMNS vocabulary."""
    docs = {x.id: x for x in d.documents}
    ents: dict[str, Entity] = {e.id: e for e in d.entities}
    rows = []
    for c in query.figures(d):
        doc = docs.get(c.document)
        place = ents.get(c.place) if c.place else None
        geo = place.geo if place else None
        origin = next((s for s in c.sources if s.role == "origin"), None)
        relays = [s for s in c.sources if s.role == "relay"]
        row = {
            # event clusters carry no date of their own: the article's publication date stands in
            "event_date": doc.published if doc else None,
            "as_of": c.as_of,
            "country": geo.country if geo else None,
            "place": place.name if place else c.place_name,
            "latitude": geo.lat if geo else None,
            "longitude": geo.lon if geo else None,
            "measure": c.measure,
            "subject": c.subject,
            "value": c.value,
            "low": c.low,
            "high": c.high,
            "qualifier": c.qualifier,
            "origin": (ents[origin.entity].name if origin and origin.entity in ents else origin.name)
            if origin else None,
            "relays": "; ".join(ents[s.entity].name if s.entity in ents else s.name for s in relays),
            "outlet": doc.outlet if doc else None,
            "document": c.document,
            "evidence": c.evidence.text,
        }
        rows.append({k: _cell(row[k]) for k in CSV_COLUMNS})
    return rows


def geojson(d: Dossier) -> dict[str, Any]:
    """A FeatureCollection: one Point per place with coordinates, with the groups placed there."""
    groups_at: dict[str, list[dict[str, Any]]] = {}
    for g in d.groups:
        if g.place:
            groups_at.setdefault(g.place, []).append(
                {"id": g.id, "measure": g.measure, "subject": g.subject, "verdict": g.verdict,
                 "best": to_json(g.best), "claims": list(g.claims)})
    features = []
    for e in d.entities:
        if not e.geo:
            continue
        features.append({
            "type": "Feature",
            "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.geo.lon, e.geo.lat]},
            "properties": {
                "name": e.name, "type": e.type, "aliases": list(e.aliases), "country": e.geo.country,
                "geonameid": e.geo.geonameid, "documents": list(e.documents), "mentions": e.mentions,
                "groups": groups_at.get(e.id, []),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def render(d: Dossier, fmt: str) -> str:
    """The export as text."""
    if fmt == "json":
        return json.dumps(dossier_json(d), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        w.writeheader()
        w.writerows(figure_rows(d))
        return buf.getvalue()
    if fmt == "statements-csv":
        from .statements.export import statements_csv

        return statements_csv(d)
    if fmt == "geojson":
        return json.dumps(geojson(d), ensure_ascii=False, indent=2) + "\n"
    raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def export(d: Dossier, fmt: str, out: Path) -> None:
    """Write the dossier as json, csv or geojson to `out`, atomically; parquet writes a directory
    of tables (export_parquet)."""
    if fmt == "parquet":
        from .export_parquet import write_parquet

        write_parquet(d, out)
        return
    write_text_atomic(Path(out), render(d, fmt))
