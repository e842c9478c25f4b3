"""Figure-evolution chart: as-of date against value for one group, as inline SVG.

One mark per claim, colored by its origin; a vertical bar shows a claim's low–high span. The
SVG is static (readable without JS): axis labels, ticks, a legend and a <title> per mark.
Hand-written because a plotting library would add a heavy dependency for a dozen shapes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from markupsafe import Markup, escape

from ..wording import fmt_number
from .views import ClaimView

# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
# Canvas and margins in SVG user units (the SVG scales to its container's width).
WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 64, 32, 16, 44
LEGEND_ROW = 18
# Marks closer than this to the right edge get their label on the left.
LABEL_ROOM = 90
Y_TICKS = 4
MAX_X_TICKS = 6


def parse_date(s: str | None) -> dt.date | None:
    """ISO YYYY-MM-DD / YYYY-MM / YYYY to a date (the first day of a month or year)."""
    if not s:
        return None
    parts = s.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(y, m, d)
    except (ValueError, IndexError):
        return None


def _nice_max(v: float) -> float:
    """A round axis maximum at or above v (1, 2, 2.5, 5 × 10^k)."""
    if v <= 0:
        return 1.0
    exp = 10 ** (len(str(int(v))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if step * exp >= v:
            return float(step * exp)
    return float(10 * exp)


def evolution_svg(claims: Sequence[ClaimView], *, title: str) -> Markup | None:
    """The chart for a group's claims; None when fewer than two claims can be placed."""
    # Claims without an as-of date are placed at their article's date, drawn hollow.
    points = [(parse_date(c.as_of) or parse_date(c.published), c) for c in claims]
    placed = [(d, c) for d, c in points if d is not None and (c.numeric is not None or c.high is not None)]
    if len(claims) < 2 or not placed:
        return None
    origins = list(dict.fromkeys(c.origin for _, c in placed))
    color = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(origins)}
    dates = [d for d, _ in placed]
    d0, d1 = min(dates), max(dates)
    if d0 == d1:
        d0, d1 = d0 - dt.timedelta(days=1), d1 + dt.timedelta(days=1)
    span = (d1 - d0).days
    top_value = max(max(x for x in (c.numeric, c.high, c.low) if x is not None) for _, c in placed)
    ymax = _nice_max(top_value * 1.05)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    legend_h = LEGEND_ROW * len(origins) + 8

    def x(d: dt.date) -> float:
        return LEFT + plot_w * ((d - d0).days / span)

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / ymax)

    out: list[Markup] = [
        Markup(
            '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" '
            'xmlns="http://www.w3.org/2000/svg"><title>{t}</title>'
        ).format(w=WIDTH, h=HEIGHT + legend_h, t=title)
    ]
    for i in range(Y_TICKS + 1):
        v = ymax * i / Y_TICKS
        out.append(Markup(
            '<line class="grid" x1="{x1}" x2="{x2}" y1="{y:.1f}" y2="{y:.1f}"/>'
            '<text class="tick" x="{tx}" y="{ty:.1f}" text-anchor="end">{label}</text>'
        ).format(x1=LEFT, x2=WIDTH - RIGHT, y=y(v), tx=LEFT - 6, ty=y(v) + 4, label=fmt_number(v)))
    step = max(1, span // MAX_X_TICKS)
    day = d0
    while day <= d1:
        out.append(Markup(
            '<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{y0}" y2="{y1}"/>'
            '<text class="tick" x="{x:.1f}" y="{ty}" text-anchor="middle">{label}</text>'
        ).format(x=x(day), y0=TOP + plot_h, y1=TOP + plot_h + 4, ty=TOP + plot_h + 18,
                 label=day.strftime("%d %b")))
        day += dt.timedelta(days=step)
    out.append(Markup(
        '<line class="axis" x1="{l}" x2="{r}" y1="{b}" y2="{b}"/>'
        '<text class="axis-label" x="{cx}" y="{ly}" text-anchor="middle">as-of date</text>'
    ).format(l=LEFT, r=WIDTH - RIGHT, b=TOP + plot_h, cx=LEFT + plot_w / 2, ly=TOP + plot_h + 36))
    for d, c in placed:
        cx = x(d)
        col = color[c.origin]
        when = f"as of {c.as_of}" if c.as_of else f"published {c.published} (no as-of date)"
        tip = f"{c.value} {when} — {c.origin} via {c.outlet}"
        if c.low is not None and c.high is not None and c.low != c.high:
            out.append(Markup(
                '<line class="span" x1="{x:.1f}" x2="{x:.1f}" y1="{a:.1f}" y2="{b:.1f}" stroke="{col}"/>'
            ).format(x=cx, a=y(c.low), b=y(c.high), col=col))
        near_edge = cx > WIDTH - RIGHT - LABEL_ROOM
        top = c.numeric if c.numeric is not None else c.high
        assert top is not None  # filtered above
        out.append(Markup(
            '<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{fill}" stroke="{col}"><title>{tip}</title></circle>'
            '<text class="value" x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{label}</text>'
        ).format(x=cx, y=y(top), col=col, fill=col if c.as_of else "#ffffff", cls="mark" if c.as_of else "mark hollow",
                 tip=tip, tx=cx - 9 if near_edge else cx + 9, ty=y(top) - 6,
                 label=c.value, anchor="end" if near_edge else "start"))
    for i, o in enumerate(origins):
        ly = HEIGHT + 4 + i * LEGEND_ROW
        out.append(Markup(
            '<circle cx="{cx}" cy="{cy}" r="5" fill="{col}"/><text class="legend" x="{tx}" y="{ty}">{o}</text>'
        ).format(cx=LEFT + 5, cy=ly + 5, col=color[o], tx=LEFT + 16, ty=ly + 9, o=escape(o)))
    if any(not c.as_of for _, c in placed):
        out.append(Markup('<text class="legend" x="{x}" y="{y}" text-anchor="end">hollow: no as-of date, '
                          'placed at the article\'s date</text>').format(x=WIDTH - RIGHT, y=HEIGHT + 31))
    missing = len(claims) - len(placed)
    if missing:
        out.append(Markup('<text class="legend" x="{x}" y="{y}" text-anchor="end">{n} without a date not shown</text>')
                   .format(x=WIDTH - RIGHT, y=HEIGHT + 13, n=missing))
    out.append(Markup("</svg>"))
    return Markup("").join(out)
