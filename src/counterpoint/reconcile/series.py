"""Reading a slot's figures as series: the latest word of the official series, a rising (or
falling) chain of dated reports, one origin's own tally, and the toll clock's order. Split from
`verdicts.py`, which decides between these readings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..models import Best, Document, FigureClaim
from .best import consistent_best
from .dating import clock_before
from .independence import Attribution, origin_class
from .intervals import common, compatible, interval, is_count, point
from .judgement import Judgement, SlotClock
from .updates import GROWING_MEASURES


def series_spread(claims: Sequence[FigureClaim]) -> tuple[float | None, float | None]:
    lows = [float(x) for c in claims if (x := c.low if c.low is not None else point(c)) is not None]
    highs = [float(x) for c in claims if (x := c.high if c.high is not None else point(c)) is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)



# Origin classes whose latest word replaces earlier figures of the slot by date alone (a running
# official count, and outlets reporting it); a rights group's or a study's figure does not.
SERIES_CLASSES = frozenset({"official", "unattributed"})


def latest_word(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> Judgement | None:
    """An official series ordered by dates, up or down: the latest date's figures stand.

    When the figures of the latest date (as-of, else publication) agree among themselves, come
    from officials or outlets' running counts, and that date is later than every other figure's,
    the earlier figures are earlier stages of the count (FIGURE-GRAPH: "each newer figure
    supersedes or post-dates the older, whether up or down"). A figure of another class (a
    study, a rights group) that conflicts with the latest official word at the same time (or at
    an unknown time) keeps the slot a dispute.
    """
    from .updates import claim_date

    dated = [(d, c) for c in claims if (d := claim_date(c, docs))]
    if len({d for d, _ in dated}) < 2:
        return None
    last = max(d for d, _ in dated)
    top = [c for d, c in dated if d == last]
    if any(other.startswith(last) or last.startswith(other) for other, _ in dated if other != last):
        return None  # "2022-01" against "2022-01-05": which is later is not known
    if not compatible(top) or any(origin_class(attrib[c.id]) not in SERIES_CLASSES for c in top):
        return None
    if not any(origin_class(attrib[c.id]) == "official" for c in top):
        return None  # outlets alone, a smaller figure later: no one said the count changed
    span = common(interval(c) for c in top)
    for c in claims:
        d = claim_date(c, docs)
        same_time = d is None or d == last
        if same_time and origin_class(attrib[c.id]) not in SERIES_CLASSES and not interval(c).overlaps(span):
            return None  # another origin contradicts the latest word at the same time: a dispute
    stages: dict[str, list[FigureClaim]] = defaultdict(list)
    for d, c in sorted(dated, key=lambda dc: dc[0]):
        stages[f"as of {d}" if c.as_of else f"reported {d}"].append(c)
    top_ids = {c.id for c in top}
    undated = [c for c in claims if claim_date(c, docs) is None]
    top_best = consistent_best(top)
    lo, hi = series_spread(claims)
    return Judgement(verdict="update", how="revised", best=Best(value=top_best.value, low=lo, high=hi),
                     stages=tuple((k, tuple(v)) for k, v in stages.items()), undated=tuple(undated),
                     superseded=tuple(c for _, c in dated if c.id not in top_ids))


# A running toll read through noise: the longest run of dated official or outlet figures that
# never goes down must hold at least this share of them...
CHAIN_MIN_SHARE = 0.6
# ... and span at least this many report dates (two dates are an order, not a series)...
CHAIN_MIN_DATES = 3
# ... and end at a toll at least this large: small counts over several days are as often several
# incidents in one pile (1 killed here, 3 there) as one count that grew.
CHAIN_MIN_COUNT = 20


def rising_chain(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document],
    falling: bool = False, classes: frozenset[str] = SERIES_CLASSES, rivals_end: bool = True,
) -> Judgement | None:
    """A running toll whose coverage also carries figures that are not the toll (people aboard, a
    day's count, a part the text did not mark): when most dated official and outlet figures form
    one series that never goes down, it is an update and its latest firm figure is the best. The
    figures off the series are shown, not used. A figure of another class (a study, a rights group)
    at odds with that best at the latest time, or at an unknown time, keeps the slot a dispute.

    With `falling`, the same for counts that shrink as people are found (FALLING_MEASURES: the
    missing, 284 -> 189 -> 115 -> 9): the series never goes up and its latest figure stands.

    `classes` are the origin classes of the series: officials and outlets' running counts by
    default, or one other origin (a rights group's own tally) with the outlets that carry it.
    With `rivals_end` off, the series is returned whatever other origins say (`dominant_series`)."""
    from .updates import FALLING_MEASURES, claim_date

    if not claims or claims[0].measure not in (FALLING_MEASURES if falling else GROWING_MEASURES):
        return None
    sign = -1.0 if falling else 1.0  # a falling series is a rising one in the negated values
    series = sorted(((d, sign * p, c) for c in claims if origin_class(attrib[c.id]) in classes
                     and (p := point(c)) is not None and (d := claim_date(c, docs))),
                    key=lambda x: (x[0], x[1]))
    if len({d for d, _, _ in series}) < CHAIN_MIN_DATES:
        return None
    # Longest run that never goes down (dates ascending, values non-decreasing); O(n^2), n small.
    best_len = [1] * len(series)
    prev = [-1] * len(series)
    for i, (di, pi, _) in enumerate(series):
        for j in range(i):
            dj, pj, _ = series[j]
            if strictly_before_or_same(dj, di) and pj <= pi and best_len[j] + 1 > best_len[i]:
                best_len[i], prev[i] = best_len[j] + 1, j
    end = max(range(len(series)), key=lambda i: (best_len[i], series[i][0]))
    chain: list[tuple[str, float, FigureClaim]] = []
    while end >= 0:
        chain.append(series[end])
        end = prev[end]
    chain.reverse()
    if len(chain) < CHAIN_MIN_SHARE * len(series) or len({d for d, _, _ in chain}) < CHAIN_MIN_DATES:
        return None
    last = chain[-1][0]
    head = [c for d, _, c in chain if d == last]
    top = max(head, key=lambda c: (is_count(c), sign * (point(c) or 0.0)))
    # A rising toll must end, a falling one start, at a sizeable count (CHAIN_MIN_COUNT).
    if max(point(c) or 0.0 for _, _, c in chain) < CHAIN_MIN_COUNT:
        return None
    span = interval(top)
    for c in claims:
        d = claim_date(c, docs)
        if rivals_end and origin_class(attrib[c.id]) not in classes and (d is None or d >= last) \
                and not interval(c).overlaps(span):
            return None  # another origin at odds with the latest word: a dispute
    stages: dict[str, list[FigureClaim]] = defaultdict(list)
    for d, _, c in chain:
        stages[f"as of {d}" if c.as_of else f"reported {d}"].append(c)
    lo, hi = series_spread([c for _, _, c in chain])
    return Judgement(verdict="update", how="grew_reported", best=Best(value=point(top), low=lo, high=hi),
                     stages=tuple((k, tuple(v)) for k, v in stages.items()), current=(top,))


def strictly_before_or_same(a: str, b: str) -> bool:
    """a <= b on partial ISO dates, where a month-only date is not placed against its days."""
    n = min(len(a), len(b))
    return a[:n] < b[:n] or a == b


def lead_figures(claims: Sequence[FigureClaim]) -> list[FigureClaim]:
    """Per document, the figure it states first (the largest, when its first sentence gives several)."""
    by_doc: dict[str, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        by_doc[c.document].append(c)
    out = []
    for members in by_doc.values():
        first = min(c.evidence.start for c in members)
        top = [c for c in members if c.evidence.start == first]
        out.append(max(top, key=lambda c: (point(c) or 0.0, c.evidence.text, -c.evidence.end, c.id)))
    return out


def own_series(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> Judgement | None:
    """A running tally kept by one origin that is not the state (a rights group counting the dead
    of a crackdown month after month, a monitor, a union), reported in dated articles: its figures
    that only grow, with the outlets that carry them unattributed, are one series (FIGURE-GRAPH:
    "best = the latest figure from the origin that issued the series"). Origins with the most
    figures are tried first; another origin at odds with the latest figure at that time keeps the
    slot a dispute (`rising_chain`)."""
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        cls = origin_class(attrib[c.id])
        if cls not in SERIES_CLASSES:
            counts[cls] += 1
    for cls in sorted(counts, key=lambda k: (-counts[k], k)):
        if counts[cls] < OWN_SERIES_MIN:
            break
        chain = rising_chain(claims, attrib, docs, classes=frozenset({cls, "unattributed"}))
        if chain is not None:
            return chain
    return None


def dominant_series(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> Judgement | None:
    """The best of a dispute over a growing count, read across the reports: the latest figure of the
    longest dated series that never goes down, kept by the officials and outlets or by the one
    origin with the most figures. A month-long crackdown's coverage carries a rights group's tally
    growing from 261 to 1,006 beside a junta's lower count and a day's toll: the dispute stands,
    but its best is where the series stands now, not the lowest figure anyone gave (which is as
    often an early count or one day's). None when no such series is found."""
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        counts[origin_class(attrib[c.id])] += 1
    tried = [SERIES_CLASSES] + [frozenset({cls, "unattributed"}) for cls in sorted(counts, key=lambda k: (-counts[k], k))
                                if cls not in SERIES_CLASSES and counts[cls] >= OWN_SERIES_MIN]
    chains = [j for classes in tried if (j := rising_chain(claims, attrib, docs, classes=classes, rivals_end=False))]
    if not chains:
        return None
    return max(chains, key=lambda j: (sum(len(v) for _, v in j.stages), j.best.value or 0.0))


# An origin's own series needs at least this many of its figures in the slot (two are an order,
# not a tally; `rising_chain` also asks for CHAIN_MIN_DATES dates).
OWN_SERIES_MIN = 2



# Figures within this share of the highest one stand at its level (62,914 and 62,937 injured:
# one count, read a little apart).
CLOCK_LEVEL = 0.01
# How the explanation places the older figures of a series the toll clock ordered.
CLOCK_STAGE = "in a report with a lower death toll"


def grew_by_clock(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document],
    clock: SlotClock,
) -> Judgement | None:
    """A running count whose reports carry no usable dates, ordered by the death toll each report
    gives (`dating.toll_clock`): when the slot's highest figures come from reports that the toll
    clock places after the report of every smaller figure they conflict with, the count grew, and
    the highest figure stands. The standing figures must be officials' or outlets' running counts
    (SERIES_CLASSES): a rival origin's higher figure keeps the slot a dispute; an older, smaller
    figure of any origin is an earlier stage."""

    ticks, own = clock
    if not claims or claims[0].measure not in GROWING_MEASURES:
        return None
    pointed = [c for c in claims if point(c) is not None]
    if len(pointed) < 2:
        return None
    peak = max(pointed, key=lambda c: point(c) or 0.0)
    top = [c for c in pointed if compatible([c, peak]) or (point(c) or 0.0) >= (1 - CLOCK_LEVEL) * (point(peak) or 0.0)]
    rest = [c for c in pointed if c not in top]
    if not rest or any(origin_class(attrib[c.id]) not in SERIES_CLASSES for c in top):
        return None
    top_docs = {c.document for c in top}
    if any(c.document in top_docs for c in rest):
        return None  # one report gives both: a part or another scope, not an older stage
    if not all(clock_before(c.document, d, ticks, docs, skip=own) for c in rest for d in top_docs):
        return None
    lo, hi = series_spread(claims)
    stages = ((CLOCK_STAGE, tuple(rest)),)
    return Judgement(verdict="update", how="clock", best=Best(value=consistent_best(top).value, low=lo, high=hi),
                     stages=stages, current=tuple(top), superseded=tuple(rest))
