"""The figure graph inside one slot: which claims replace which, and which are set aside.

../docs/FIGURE-GRAPH.md: a slot's claims are ordered by `supersedes` edges first (the text says
one figure replaced another), then by as-of dates, then by publication dates. Edges come from
two places:

- the extractor's `FigureClaim.supersedes` (ids, usually within one document: "rose to 312 from
  275", "the previous toll was 140");
- an update cue on the newer figure (`FigureClaim.update_cue`: "has risen to", "raised the toll
  to", "revised down to"), which reaches across documents: the cued figure replaces the figures
  of its slot that are no later than it, come from the same class of origin and lie on the side
  the cue says (a rise replaces lower figures, a downward revision higher ones).

Set aside from verdict and best, but kept in the slot and named in the explanation:
- hedged figures ("perhaps", "could climb to");
- a lone outlier: one figure an order of magnitude off every other figure of the slot, which
  would otherwise flip a clear slot to `dispute` (a misread number, a different scope);
- a late jump (`late_jumps`): one report's figure of a running official count far above the level
  that two reports share, with no word of a rise (a retrospective's "a city of a million"), which
  an open bound ("more than 316,000") would otherwise carry to the best value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Document, FigureClaim
from .dating import date_before
from .independence import Attribution, origin_class
from .intervals import point

# Cue words that say the newer figure is lower than what it replaces.
DOWN_CUE = re.compile(
    r"\b(down|lower(ed)?|reduc\w*|decreas\w*|fell|fall(en)?|drop\w*|cut|downgrad\w*|"
    r"not (correct|accurate|true)|incorrect|overstated|double[- ]counted)\b", re.IGNORECASE)
# Cue words that say the newer figure is higher.
UP_CUE = re.compile(
    r"\b(rise[sn]?|rising|rose|up|climb\w*|increas\w*|higher|reach\w*|raised?|jump\w*|grew|grown|"
    r"mount\w*|swell\w*|swollen|soar\w*|surpass\w*|exceed\w*|passed|topped|more than doubled|"
    r"bring\w*|brought)\b", re.IGNORECASE)
# A figure this many times off (either way) every other figure of its slot is an outlier...
OUTLIER_RATIO = 10.0
# ... when the slot has at least this many other usable figures to be off from.
OUTLIER_MIN_OTHERS = 2


# A figure dated after a firm count of the same series that is more than this many times smaller,
# with no word saying the count went down, is not a later stage of that count: it counts a part
# ("nine bodies were kept at the school", "one middle schooler among the dead") or a single day.
SHRINK_RATIO = 2.0
# Measures whose counts only grow while an event's coverage goes on (the dead, the arrested): a
# smaller later figure is not the count going down. The missing, the displaced and the
# hospitalized fall as people are found, return home or leave hospital.
# Below this, an earlier count is too small for "far below it" to mean anything (one victim
# against three is a different incident or a misread as often as a part).
SHRINK_MIN_COUNT = 20
GROWING_MEASURES = frozenset({"killed", "injured", "detained", "charged", "cases"})
# A smaller later figure that another report, also dated after the larger count, gives within
# this factor is a level the coverage shares (176, 191, 208 after an early "about 470"): the
# running count, not a part one report singles out. Then the larger early figure is the odd one
# (an estimate of another scope, a misdated retrospective), and the verdict weighs it.
SHRINK_COMPANY = 1.25
# Measures whose running count falls as the event's coverage goes on: the missing are found,
# alive or dead (159 unaccounted for, then 145, then 14). The latest official count stands.
FALLING_MEASURES = frozenset({"missing"})


# Qualifiers of an estimate rather than a count ("about 80", "nearly 80").
ESTIMATE_QUALIFIERS = frozenset({"about", "almost"})
# An estimate within this factor of an exact count of its own report is that count said round (or
# recalled from earlier: "the force estimated around 80" beside the final 71); further off, it is
# another scope the text does not mark ("about 300 died, 12 in the capital").
ESTIMATE_NEAR = 1.5


def estimates_beside_counts(claims: Sequence[FigureClaim]) -> list[FigureClaim]:
    """Estimates that conflict with a smaller exact count of the same report lying near them."""
    from .intervals import interval, is_count

    out = []
    for c in claims:
        p = point(c)
        if c.qualifier not in ESTIMATE_QUALIFIERS or not p:
            continue
        # Only above the count: an estimate below it is an earlier stage the count grew from.
        counts = [o for o in claims if o.document == c.document and is_count(o) and (q := point(o))
                  and q < p <= ESTIMATE_NEAR * q]
        if counts and not any(interval(o).overlaps(interval(c)) for o in counts):
            out.append(c)
    return out if len(out) < len(claims) else []


@dataclass(frozen=True, slots=True, kw_only=True)
class SlotGraph:
    used: tuple[FigureClaim, ...]  # claims the verdict and best are computed from
    current: tuple[FigureClaim, ...]  # used claims no other used claim supersedes
    superseded: tuple[FigureClaim, ...]  # used claims replaced by a newer one
    hedged: tuple[FigureClaim, ...]
    outliers: tuple[FigureClaim, ...]
    cues: tuple[tuple[FigureClaim, str], ...]  # (claim, cue as written) that replaced others
    smaller_later: tuple[FigureClaim, ...] = ()  # far below an earlier count of its series, set aside
    estimates: tuple[FigureClaim, ...] = ()  # an estimate beside its report's exact count, set aside
    jumps: tuple[FigureClaim, ...] = ()  # a lone figure far above the level reports share, set aside


def cue_direction(cue: str | None) -> str | None:
    """'down', 'up', or 'any' (a cue that orders without saying which way); None: no cue."""
    if not cue:
        return None
    if DOWN_CUE.search(cue):
        return "down"
    if UP_CUE.search(cue):
        return "up"
    return "any"


def claim_date(c: FigureClaim, docs: Mapping[str, Document]) -> str | None:
    """The claim's as-of date, else its report's publication date (a bound on the count's date)."""
    if c.as_of:
        return c.as_of
    doc = docs.get(c.document)
    return doc.published[:10] if doc is not None and doc.published else None


def _no_later(older: str | None, newer: str | None) -> bool:
    """older <= newer, on partial ISO dates ("2022-01" is not after "2022-01-05"); with a date
    unknown the cue's own word orders them ("the newer claim supersedes the older, dates or not";
    on real coverage the cued figure is often in an article whose date was lost)."""
    if older is None or newer is None:
        return True
    n = min(len(older), len(newer))
    return older[:n] <= newer[:n]


def outliers(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> list[FigureClaim]:
    """Lone figures an order of magnitude off every other figure of the slot.

    Never the slot's newest or oldest dated figure, nor a figure with `supersedes` edges: a toll
    can grow tenfold between the first report and the last, and then the ends of the series are
    the story, not noise. An undated figure with only a cue word ("increased to 300,000") is
    not protected: a misread number carrying a cue would otherwise replace the whole series.
    """
    pts = [(c, p) for c in claims if (p := point(c)) is not None and p > 0]
    if len(pts) < OUTLIER_MIN_OTHERS + 1:
        return []
    dates = {c.id: claim_date(c, docs) for c, _ in pts}
    known = sorted(d for d in dates.values() if d)
    ranked = sorted(pts, key=lambda cp: cp[1])
    day_count = Counter(d for d in dates.values() if d)
    out = []
    value_of = {c.id: p for c, p in pts}
    for i, (c, p) in enumerate(ranked):
        targets = [value_of[s] for s in c.supersedes if s in value_of]
        if c.supersedes and (not targets or any(max(p / q, q / p) < OUTLIER_RATIO for q in targets)):
            # The text itself places it in a series; but "rose from 135 to 300,000" is no update
            # of a toll: a figure an order of magnitude off everything it replaces is misread.
            continue
        d = dates[c.id]
        if d and known and day_count[d] == 1 and (d == known[-1] or d == known[0]) and not _shrunk_tenfold(c, p, d, known, pts):
            continue  # the only figure of the series' first or last date
        # Sorted by value, the nearest figures are the neighbours: far from both is far from all.
        near = [q for _, q in ranked[max(0, i - 1):i] + ranked[i + 1:i + 2]]
        if all(max(p / q, q / p) >= OUTLIER_RATIO for q in near):
            out.append(c)
    # Two "outliers" on one side are each other's company: then neither is lone. One far below the
    # rest and one far above are not company (a misread "at least 10" and a misread 300,000).
    mid = ranked[len(ranked) // 2][1]
    low = [c for c in out if (point(c) or 0.0) < mid]
    high = [c for c in out if (point(c) or 0.0) > mid]
    return (low if len(low) == 1 else []) + (high if len(high) == 1 else [])


def _shrunk_tenfold(c: FigureClaim, p: float, d: str, known: list[str], pts: list[tuple[FigureClaim, float]]) -> bool:
    """The newest figure of a growing count an order of magnitude below every earlier one ("3
    crew" a year after "all 298"): a toll never shrinks tenfold, so the end of the series does not
    protect it (a tenfold rise stays protected: tolls do grow so)."""
    return c.measure in GROWING_MEASURES and d == known[-1] and d != known[0] and all(
        p * OUTLIER_RATIO <= q for o, q in pts if o is not c)


# A running count's figure this many times the highest level that two reports share, reported by
# one report alone with no word of a rise, is no next stage of the count: a retrospective's
# figure of something else ("a city of a million"), a misread number, or another whole. A real
# toll that grows this fast is reported with "rose to" or by more than one report.
JUMP_RATIO = 2.5
# Origin classes whose figures are stages of the running count (a rival class's far higher
# figure is a dispute, `contest.py`, never a jump to set aside).
JUMP_CLASSES = frozenset({"official", "unattributed"})
# Two figures within this factor of each other stand at one level (corroborate each other).
LEVEL_NEAR = 1.1


def late_jumps(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> list[FigureClaim]:
    """Figures of a growing count from officials or outlets' running tolls that jump JUMP_RATIO
    times above the highest level two reports share, where only one report gives that figure, no
    cue word or `supersedes` edge places it in the series, and it is dated no earlier than the
    first report of that level (or not at all): shown as outliers, never the best."""
    if not claims or claims[0].measure not in GROWING_MEASURES:
        return []
    pts = [(c, p) for c in claims if (p := point(c)) is not None and p > 0]

    def reports_at(p: float) -> set[str]:
        return {c.document for c, q in pts if max(p / q, q / p) <= LEVEL_NEAR}

    shared = [p for _, p in pts if len(reports_at(p)) >= 2]
    if not shared:
        return []
    level = max(shared)
    level_dates = [d for c, p in pts if max(p / level, level / p) <= LEVEL_NEAR and (d := claim_date(c, docs))]
    out = []
    for c, p in pts:
        if p < JUMP_RATIO * level or len(reports_at(p)) > 1 or c.supersedes or c.update_cue:
            continue
        if origin_class(attrib[c.id]) not in JUMP_CLASSES:
            continue
        d = claim_date(c, docs)
        if d is not None and level_dates and date_before(d, min(level_dates)):
            continue  # a figure from before the count reached its level (early speculation): not a jump
        out.append(c)
    return out


def slot_graph(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> SlotGraph:
    hedged = [c for c in claims if c.hedged]
    firm = [c for c in claims if not c.hedged] or list(claims)
    if len(firm) == len(claims) and hedged:  # every figure hedged: use them, hedges and all
        hedged = []
    rounded = estimates_beside_counts(firm)
    firm = [c for c in firm if c not in rounded]
    out = outliers(firm, docs)
    out_ids = {c.id for c in out}
    jumps = late_jumps([c for c in firm if c.id not in out_ids], attrib, docs)
    out_ids |= {c.id for c in jumps}
    shrunk = smaller_later([c for c in firm if c.id not in out_ids], attrib, docs)
    out_ids |= {c.id for c in shrunk}
    below = below_established([c for c in firm if c.id not in out_ids], attrib, docs)
    shrunk = [*shrunk, *below]
    out_ids |= {c.id for c in below}
    used = [c for c in firm if c.id not in out_ids]
    ids = {c.id for c in used}
    edges: dict[str, set[str]] = {c.id: {s for s in c.supersedes if s in ids and s != c.id} for c in used}
    cue_of: dict[str, str] = {}
    for c in used:
        direction = cue_direction(c.update_cue)
        if direction is None:
            continue
        p, d, cls = point(c), claim_date(c, docs), origin_class(attrib[c.id])
        for o in used:
            q = point(o)
            if o.id == c.id or p is None or q is None or q == p:
                continue
            if (direction == "up" and q > p) or (direction == "down" and q < p):
                continue
            if o.document != c.document:
                od = claim_date(o, docs)
                if not _no_later(od, d):
                    continue
                if direction == "any" and (od is None or d is None or _unordered(od, d)):
                    # "now at", "the latest toll": no direction, so dates must order them; a
                    # month-only date ("July") is not placed against a day inside that month.
                    continue
            if not _same_class(origin_class(attrib[o.id]), cls):
                continue
            edges[c.id].add(o.id)
        if edges[c.id]:
            cue_of[c.id] = c.update_cue or ""
    replaced = {o for targets in edges.values() for o in targets}
    current = [c for c in used if c.id not in replaced]
    if not current:  # edges in a circle (a rise and a fall cue on one day): trust dates instead
        return SlotGraph(used=tuple(used), current=tuple(used), superseded=(), hedged=tuple(hedged),
                         outliers=tuple(out), cues=(), smaller_later=tuple(shrunk), estimates=tuple(rounded),
                         jumps=tuple(jumps))
    for c in list(cue_of):  # a cue counts when its figure stands (or replaced one that does not)
        if not edges[c]:
            cue_of.pop(c)
    return SlotGraph(
        used=tuple(used), current=tuple(current),
        superseded=tuple(c for c in used if c.id in replaced), hedged=tuple(hedged),
        outliers=tuple(out), cues=tuple((c, cue_of[c.id]) for c in used if c.id in cue_of),
        smaller_later=tuple(shrunk), estimates=tuple(rounded), jumps=tuple(jumps),
    )


def smaller_later(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> list[FigureClaim]:
    """Figures dated strictly after a firm count of their own series that is SHRINK_RATIO times
    larger, with no downward cue and no `supersedes` edge (see SHRINK_RATIO). A series is one
    origin, or officials and outlets' unattributed tolls together. Never every figure."""
    from .intervals import interval

    if not claims or claims[0].measure not in GROWING_MEASURES:
        return []
    dated = [(d, c) for c in claims if (d := claim_date(c, docs))]
    peaks = _lone_peaks(claims)
    out = []

    def company(c: FigureClaim, after: str) -> bool:
        """Another report, dated after `after`, gives a figure at c's level (SHRINK_COMPANY)."""
        p = point(c) or 0.0
        return p > 0 and any(o.document != c.document and date_before(after, e) and (q := point(o))
                             and max(p / q, q / p) <= SHRINK_COMPANY for e, o in dated)

    for d, c in dated:
        if c.supersedes or cue_direction(c.update_cue) == "down":
            continue
        hi = interval(c).hi
        if hi == float("inf"):  # "over 70 bodies": a bound, judged by its stated figure
            hi = point(c) or 0.0
        cls = origin_class(attrib[c.id])
        for e, o in dated:
            if o.id == c.id or not date_before(e, d) or interval(o).lo <= SHRINK_RATIO * hi \
                    or interval(o).lo < SHRINK_MIN_COUNT or o.id in peaks:
                continue
            ocls = origin_class(attrib[o.id])
            if (attrib[o.id].origin_key == attrib[c.id].origin_key or _same_class(ocls, cls)) \
                    and not company(c, e):
                out.append(c)
                break
    return out if len(out) < len(claims) else []


# An exact count this many independent origins give is established: the coverage agrees on it.
# A growing count's figure reported later and below it, with no word that the count went down and
# fewer origins of its own, is no next stage of that count: it counts some of those people ("two
# of those arrested were released", "another person was taken into custody") or another whole.
# SHRINK_RATIO and SHRINK_MIN_COUNT cannot tell that for small counts (2 after 4 is no "far below"),
# the agreement of the coverage can.
ESTABLISHED_MIN_ORIGINS = 3


def below_established(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> list[FigureClaim]:
    """Figures dated strictly after the first report of an established count (ESTABLISHED_MIN_ORIGINS)
    of their growing measure, below it, with no downward cue, no `supersedes` edge and fewer
    origins giving their own figure than the established count has. Never every figure."""
    from .intervals import interval, is_count

    if not claims or claims[0].measure not in GROWING_MEASURES:
        return []
    origins: dict[float, set[str]] = {}
    first: dict[float, str] = {}
    for c in claims:
        p, d = point(c), claim_date(c, docs)
        if p is None or d is None:
            continue
        origins.setdefault(p, set()).add(attrib[c.id].origin_key)
        if is_count(c) and (p not in first or date_before(d, first[p])):
            first[p] = d
    established = [(p, first[p]) for p in first if len(origins[p]) >= ESTABLISHED_MIN_ORIGINS]
    out = []
    for c in claims:
        d, p = claim_date(c, docs), point(c)
        if d is None or p is None or c.supersedes or cue_direction(c.update_cue) == "down":
            continue
        if any(interval(c).hi < level and date_before(since, d) and len(origins[p]) < len(origins[level])
               for level, since in established):
            out.append(c)
    return out if len(out) < len(claims) else []


def _lone_peaks(claims: Sequence[FigureClaim]) -> set[str]:
    """Ids of the slot's largest figure when no other figure comes within SHRINK_RATIO of it: a
    count nothing else comes near (1,175 over a series that ends near 290) is more likely another
    measure misread than the stage every later figure must be measured against."""
    pts = sorted(((p, c.id) for c in claims if (p := point(c)) is not None and p > 0), reverse=True)
    if len(pts) < 2:
        return set()
    top = pts[0][0]
    rest = [p for p, _ in pts if p != top]
    if rest and top > SHRINK_RATIO * rest[0]:
        return {cid for p, cid in pts if p == top}
    return set()


def _unordered(a: str, b: str) -> bool:
    """Two different partial ISO dates where one is a prefix of the other ("2021-07", "2021-07-24")."""
    return a != b and (a.startswith(b) or b.startswith(a))




def _same_class(a: str, b: str) -> bool:
    """Whether a cue on a figure from class `a` replaces figures from class `b`.

    Officials update officials; an outlet's unattributed toll is, in practice, the running
    official one, so it is updated by officials and updates them too. A rights group's count is
    updated only by that group.
    """
    if a == b:
        return True
    loose = {"official", "unattributed"}
    return a in loose and b in loose
