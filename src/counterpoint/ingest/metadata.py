"""Document metadata: title, outlet, URL, publication date, from every place they can be.

Precedence, most trusted first: manifest CSV row, sidecar NAME.meta.json, fields of the record
itself (JSONL keys, HTML metadata), then what the text shows (a URL's date path, a dateline at
the top, a credit line such as "Source: Yonhap News"), else None.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import ConfigError
from . import metadata_rules as rules
from .decode import scrub_surrogates

log = logging.getLogger(__name__)

MANIFEST_COLUMNS = ("path", "url", "outlet", "published", "title")


@dataclass(frozen=True, slots=True, kw_only=True)
class Meta:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def merge(*metas: Meta | None) -> Meta:
    """Field by field, the first non-empty value in the given (precedence) order."""
    out: dict[str, str | None] = {}
    for f in dataclasses.fields(Meta):
        out[f.name] = next((getattr(m, f.name) for m in metas if m and getattr(m, f.name)), None)
    return Meta(**out)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(scrub_surrogates(value).split())
    return value or None


def meta_from_fields(record: dict[str, Any]) -> Meta:
    """Meta from a JSON object (JSONL record or sidecar), accepting common key names."""

    def first(keys: tuple[str, ...]) -> str | None:
        return next((v for k in keys if (v := _clean(record.get(k)))), None)

    return Meta(
        title=first(rules.TITLE_KEYS),
        outlet=first(rules.OUTLET_KEYS),
        url=first(rules.URL_KEYS),
        published=normalize_published(first(rules.PUBLISHED_KEYS)),
    )


# --- dates -----------------------------------------------------------------------------------

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?(?:[T ].*)?")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not rules.MIN_YEAR <= year <= rules.MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_published(value: str | None) -> str | None:
    """ISO YYYY-MM-DD / YYYY-MM / YYYY from a metadata date string, or None if implausible."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.fullmatch(value)
    if m:
        month, day = m.group("month"), m.group("day")
        return _iso(int(m.group("year")), int(month) if month else None, int(day) if day else None)
    from dateutil import parser

    try:
        # Parsing twice with different defaults tells which parts the string really had.
        a = parser.parse(value, default=datetime(2000, 1, 1), fuzzy=False)
        b = parser.parse(value, default=datetime(2001, 2, 2), fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None
    return _iso(a.year, a.month if a.month == b.month else None, a.day if a.day == b.day else None)


@cache
def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in getattr(rules, name))


def _match_date(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    month = int(g["mnum"]) if g.get("mnum") else rules.MONTHS.get((g.get("month") or "")[:3].lower())
    day = int(g["day"]) if g.get("day") else None
    return _iso(int(g["year"]), month, day)


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    path = urlsplit(url).path
    for pat in _patterns("URL_DATE_PATTERNS"):
        m = pat.search(path)
        if m and (found := _match_date(m)):
            return found
    return None


def dateline_date(text: str) -> str | None:
    """The date of a dateline in the first lines ("Jan 5, 2022" -> 2022-01-05).

    The shared resolver (`counterpoint.text.dates`) reads the date; here only where it may stand:
    at the start of one of the top lines, after an optional place ("ALMATY, "), and spelt out
    to the day with its year (a relative "on Sunday" is no dateline).
    """
    from ..text.dates import find_dates

    lines = [ln.strip() for ln in text[:2000].split("\n") if ln.strip()][: rules.DATELINE_TOP_LINES]
    for line in lines:
        starts = [0] + [m.end() for pat in _patterns("DATELINE_PLACES") if (m := pat.match(line))]
        for start in starts:
            rest = line[start : start + rules.DATELINE_MAX_CHARS]
            for mention in find_dates(rest, None)[:1]:
                if mention.start == 0 and _FULL_DATE.fullmatch(mention.value) and _year_ok(mention.value):
                    return mention.value
    return None


def page_date(text: str) -> str | None:
    """The page's date from its text: a full dateline, else a year-less one with its year inferred
    from the page (`inferred_dateline_date`), so relative dates ("on Friday") keep an anchor."""
    found = dateline_date(text)
    if found is None and (found := inferred_dateline_date(text)) is not None:
        log.debug("dateline without a year: inferred %s", found)
    return found


_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def yearless_dateline(text: str) -> str | None:
    """The month and day of a dateline written without its year, as "--MM-DD" ("SAO PAULO, Jan 29
    (AP) —" -> "--01-29"), or None."""
    lines = [ln.strip() for ln in text[:2000].split("\n") if ln.strip()][: rules.DATELINE_TOP_LINES]
    for line in lines:
        starts = [0] + [m.end() for pat in _patterns("DATELINE_PLACES") if (m := pat.match(line))]
        for start in starts:
            m = _yearless().match(line, start)
            if m is None:
                continue
            word = m["month"].lower()
            month = rules.MONTHS.get(word) or rules.EXTRA_MONTH_WORDS.get(word)
            if month is None:
                continue
            day = int(m["day"])
            try:
                date(2000, month, day)  # a leap year: "Feb 29" is a real day in some year
            except ValueError:
                continue
            return f"--{month:02d}-{day:02d}"
    return None


@cache
def _yearless() -> re.Pattern[str]:
    return re.compile(rules.YEARLESS_DATELINE_DATE)


def page_year(text: str) -> int | None:
    """The year the page is written in, read from the page itself: the year of its first date spelt
    out to the day ("January 25, 2019"), else the year it writes most often (the latest on a tie)."""
    from ..text.dates import find_dates

    full = next((m.value for m in find_dates(text, None) if _FULL_DATE.fullmatch(m.value)), None)
    if full is not None and _year_ok(full):
        return int(full[:4])
    years = [int(y) for y in re.findall(rules.YEAR_IN_TEXT, text)]
    years = [y for y in years if rules.MIN_YEAR <= y <= rules.MAX_YEAR]
    if not years:
        return None
    counts = {y: years.count(y) for y in set(years)}
    return max(counts, key=lambda y: (counts[y], y))


def inferred_dateline_date(text: str, year: int | None = None) -> str | None:
    """A year-less dateline's day with its year inferred: `year` when the caller knows the corpus's
    year, else the year the page itself writes (`page_year`). The result is an inference, not a
    date the page states: callers use it only where no stated date exists."""
    partial = yearless_dateline(text)
    if partial is None:
        return None
    year = year if year is not None else page_year(text)
    if year is None:
        return None
    return _iso(year, int(partial[2:4]), int(partial[5:7]))


def _year_ok(value: str) -> bool:
    return rules.MIN_YEAR <= int(value[:4]) <= rules.MAX_YEAR


# --- outlet ----------------------------------------------------------------------------------


def outlet_from_url(url: str | None) -> str | None:
    """The site's registrable domain: "https://edition.cnn.com/x" -> "cnn.com",
    "http://news.bbc.co.uk/" -> "bbc.co.uk" (so subdomains of one outlet count once).

    The public-suffix list is the one shipped inside the `tld` package; nothing is fetched.
    A host the list does not know (an intranet name, an IP address) is kept as it is.
    """
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    for prefix in rules.HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    if "." not in host:
        return None
    return registrable_domain(host) or host


def registrable_domain(host: str) -> str | None:
    """The public suffix plus one label ("news.bbc.co.uk" -> "bbc.co.uk"), None if unknown."""
    from tld import get_fld

    try:
        return get_fld(host, fix_protocol=True, fail_silently=True)
    except ValueError:
        return None


@cache
def _credit() -> re.Pattern[str]:
    return re.compile(rules.CREDIT_LINE, re.IGNORECASE)


def credit_outlet(text: str) -> str | None:
    """The outlet named by the last credit line ("Source: Yonhap News"), if any."""
    found = None
    for line in text.split("\n"):
        line = line.strip()
        if 0 < len(line) <= 80 and (m := _credit().fullmatch(line)):
            found = m.group("outlet").strip()
    return found


def title_from_text(text: str) -> str | None:
    """The first line when it reads like a headline (short, no final full stop, not a date)."""
    for line in text.split("\n")[:6]:
        line = line.strip()
        if not line:
            continue
        if dateline_date(line) and len(line) <= 40:
            continue  # a bare dateline sits above the headline
        if len(line) <= 200 and not line.endswith((".", ",", ";")):
            return re.sub(rules.TITLE_PREFIX, "", line) or None
        return None
    return None


# --- sidecars and manifests ------------------------------------------------------------------


def sidecar_paths(fs_path: str) -> tuple[str, ...]:
    """Where a sidecar for `fs_path` may be: a.txt.meta.json, then a.meta.json."""
    stem, _ = os.path.splitext(fs_path)
    if fs_path.endswith(".gz"):
        stem, _ = os.path.splitext(stem)
    return (fs_path + ".meta.json", stem + ".meta.json")


def read_sidecar(fs_path: str) -> Meta | None:
    for side in sidecar_paths(fs_path):
        if not os.path.isfile(side):
            continue
        try:
            with open(side, "rb") as f:
                data = json.loads(f.read(1024 * 1024))
        except (OSError, ValueError) as exc:
            log.warning("ignoring sidecar %r: %s", side, exc)
            return None
        if not isinstance(data, dict):
            log.warning("ignoring sidecar %r: not a JSON object", side)
            return None
        return meta_from_fields(data)
    return None


def load_manifest(path: str | Path) -> dict[str, Meta]:
    """Manifest CSV rows keyed by the real path of each file (relative paths are relative to
    the manifest's folder) or by `realpath#lineN` for a JSONL record. Raises ConfigError."""
    base = os.path.dirname(os.path.abspath(path))
    out: dict[str, Meta] = {}
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                raise ConfigError(f"manifest {path}: needs a header with a 'path' column ({', '.join(MANIFEST_COLUMNS)})")
            for row in reader:
                raw = (row.get("path") or "").strip()
                if not raw:
                    continue
                file_part, sep, locator = raw.partition("#")
                real = os.path.realpath(os.path.join(base, file_part))
                out[real + sep + locator] = Meta(
                    title=_clean(row.get("title")),
                    outlet=_clean(row.get("outlet")),
                    url=_clean(row.get("url")),
                    published=normalize_published(_clean(row.get("published"))),
                )
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"cannot read manifest {path}: {exc}") from exc
    return out
