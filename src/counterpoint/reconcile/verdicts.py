"""Verdict of a slot: single, agree, update (a count that grew, or a revision) or dispute.

Figures are compared as intervals (`intervals.py`). As-of dates order updates; a figure without
one is never given a guessed date: it only counts as consistent with a growing count when it
fits one of the dated stages or lies below the latest figure, and the explanation says "date
unknown".

When figures lack as-of dates, a report's publication date is still a fact: a figure printed on
9 January was true no later than 9 January. If the largest figure is the latest dated one and
at least one smaller figure is known to be older (as-of or publication date strictly earlier),
with no figure above the largest and no smaller figure dated as late, the count grew: an update
whose explanation says which dates are publication dates and which are unknown. With no such
evidence of order the figures stay a dispute and the explanation says the dates are unknown.

Before any of that, the slot's figure graph (`updates.py`) sets aside hedged figures and a lone
outlier, and drops the figures that the texts themselves say were replaced ("rose to", "revised
down to", "the previous toll was"): a series the texts order that way is an `update` whose best
is the standing figure, even without dates.

Where no date orders the reports at all, the event's toll clock (`dating.toll_clock`) may: a report
that gives a lower running death toll was written before one that gives a higher, so a smaller
count of the injured in the first and a larger one in the second are stages of one count.

First of all, each origin class is read as its own series (`contest.py`): an official toll
against an agency's own tally, a foreign government's claim or a rights group's count that
stands above it at the same time is a `dispute` whose best is the latest official figure.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..models import Best, Document, FigureClaim
from .best import (
    consistent_best,
    corroborated,
    count_behind_bound,
    exact_behind_round,
    lowest_credible,
    majority_best,
    official_head,
    running_stages,
)
from .contest import classify, contest
from .dating import content_order
from .independence import Attribution, origin_class
from .intervals import common, compatible, interval, is_count, point
from .judgement import Judgement, SlotClock
from .series import (
    SERIES_CLASSES,
    dominant_series,
    grew_by_clock,
    latest_word,
    lead_figures,
    own_series,
    rising_chain,
    series_spread,
)
from .updates import GROWING_MEASURES, slot_graph
from .wholes import running_growth


def _stages(claims: Sequence[FigureClaim]) -> tuple[list[tuple[str, list[FigureClaim]]], list[FigureClaim]]:
    by_date: dict[str, list[FigureClaim]] = defaultdict(list)
    undated: list[FigureClaim] = []
    for c in claims:
        (by_date[c.as_of] if c.as_of else undated).append(c)
    return sorted(by_date.items()), undated


def _grew(stages: list[tuple[str, list[FigureClaim]]], undated: list[FigureClaim]) -> bool:
    """True when the dated figures never go down and each date's figures agree among themselves."""
    if len(stages) < 2 or not all(compatible(cs) for _, cs in stages):
        return False
    spans = [common(interval(c) for c in cs) for _, cs in stages]
    if any(later.hi < earlier.lo for earlier, later in itertools.pairwise(spans)):
        return False
    latest = spans[-1]
    for c in undated:
        iv = interval(c)
        if not (any(iv.overlaps(s) for s in spans) or iv.lo <= latest.hi):
            return False
    return True


def _grown_best(stages: list[tuple[str, list[FigureClaim]]]) -> Best:
    """The latest stage's best, but never below a firm figure of an earlier stage: a count that
    grew is at least every count it grew from ("scores detained" on the last day of a series that
    passed 6,700 leaves the count at 6,700 or more, not at 12)."""
    last = consistent_best(stages[-1][1])
    floor = max((iv.lo for _, cs in stages[:-1] for c in cs if (iv := interval(c)).lo > 0), default=0.0)
    if last.value is None or last.value >= floor:
        return last
    earlier = [c for _, cs in stages[:-1] for c in cs if interval(c).lo == floor]
    lo, hi = series_spread([c for _, cs in stages for c in cs])
    return Best(value=consistent_best(earlier).value, low=lo, high=hi)


# Placed by value alone, an undated figure is the next stage of a running toll only when it is
# close to the figure below it (154 -> 156); a figure many times the others is a rival count, a
# misread or another incident's, and dates or words must say that it came later.
GROWTH_MAX_STEP = 1.5


def _grew_by_value(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> Judgement | None:
    """A running toll whose undated reports are placed by their figures: the count grew.

    Death tolls and other running counts only grow unless someone says they were revised (the
    figure graph has already applied such words). When the slot's figures come from officials
    and outlets' running counts, no figure dated strictly later lies below one dated earlier, and
    no two reports of one date from different origins contradict each other, the figures are
    stages of one growing count, undated ones included ("a larger toll phrased 'has risen to' is
    later"): best is the highest firm figure (the largest lower bound; an exact count over a bound
    that it meets). A figure from another class (a witness, a rights group) may sit in such a
    slot only if it does not exceed that best.
    """
    from .updates import claim_date

    if not claims or claims[0].measure not in GROWING_MEASURES:
        return None
    series = [c for c in claims if origin_class(attrib[c.id]) in SERIES_CLASSES]
    if len(series) < 2 or len({point(c) for c in series}) < 2:
        return None
    dated = [(d, c) for c in claims if (d := claim_date(c, docs))]
    if len({d for d, _ in dated}) < 2:
        return None  # no sign of time passing: figures of one day are compared, not ordered
    last = max(d for d, _ in dated)
    for (d1, a), (d2, b) in itertools.combinations(dated, 2):
        (e, early), (la, late) = ((d1, a), (d2, b)) if d1 <= d2 else ((d2, b), (d1, a))
        n = min(len(e), len(la))
        if e[:n] < la[:n] and interval(late).hi < interval(early).lo:
            return None  # a later figure below an earlier one: not a growing count
        # Two origins at odds on the latest day are a dispute; on an earlier day the toll was
        # moving within the day and later figures settled it.
        if e[:n] == la[:n] and last.startswith(e[:n]) and a.document != b.document and \
                attrib[a.id].origin_key != attrib[b.id].origin_key and not compatible([a, b]):
            return None  # two origins disagree at one time: a dispute, not a series
    top = max(series, key=lambda c: (interval(c).lo, is_count(c), point(c) or 0.0))
    floor = interval(top).lo
    below = sorted({p for c in series if (p := point(c)) is not None and p < floor})
    if not below or floor > GROWTH_MAX_STEP * below[-1]:
        return None  # a jump, not the next step of a running toll: a rival count or another incident
    if any(interval(c).lo > floor for c in claims):
        return None
    best = top if is_count(top) else next(
        (c for c in sorted(series, key=lambda c: point(c) or 0.0) if is_count(c) and interval(c).overlaps(interval(top))
         and (point(c) or 0.0) >= floor), top)
    lo, hi = series_spread(claims)
    stages: dict[str, list[FigureClaim]] = defaultdict(list)
    for (_, label), c in sorted(((dl, c) for c in claims if (dl := _dated(c, docs))), key=lambda x: x[0][0]):
        stages[label].append(c)
    undated = [c for c in claims if claim_date(c, docs) is None]
    return Judgement(verdict="update", how="grew_reported", best=Best(value=point(best), low=lo, high=hi),
                     stages=tuple((k, tuple(v)) for k, v in stages.items()), undated=tuple(undated),
                     current=(best,))


def _revision_order(c: FigureClaim, docs: Mapping[str, Document]) -> str:
    doc = docs.get(c.document)
    return c.as_of or (doc.published if doc is not None and doc.published else "")


def _latest_per_origin(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document]
) -> tuple[list[FigureClaim], list[FigureClaim]] | None:
    """Keep each origin's latest figure when an origin revised itself; None if none did."""
    by_origin: dict[str, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        by_origin[attrib[c.id].origin_key].append(c)
    kept: list[FigureClaim] = []
    dropped: list[FigureClaim] = []
    for members in by_origin.values():
        if len(members) > 1 and not compatible(members):
            ordered = sorted(members, key=lambda c: _revision_order(c, docs))
            last = _revision_order(ordered[-1], docs)
            if not last or _revision_order(ordered[0], docs) == last:
                return None  # cannot tell which came later: no honest revision
            newest = {c.id for c in ordered if _revision_order(c, docs) == last}
            kept.extend(c for c in ordered if c.id in newest)
            dropped.extend(c for c in ordered if c.id not in newest)
        else:
            kept.extend(members)
    return (kept, dropped) if dropped else None


def _dated(c: FigureClaim, docs: Mapping[str, Document]) -> tuple[str, str] | None:
    """(date, label) of a claim: its as-of date, else its report's publication date (an upper bound)."""
    if c.as_of:
        return c.as_of, f"as of {c.as_of}"
    doc = docs.get(c.document)
    if doc is not None and doc.published:
        return doc.published[:10], f"reported {doc.published[:10]}, date of count unknown"
    return None


def _grew_by_reports(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> Judgement | None:
    """A count that grew, ordered by as-of or publication dates (see the module docstring)."""
    pointed = [c for c in claims if point(c) is not None]
    if not pointed:
        return None
    peak = interval(max(pointed, key=lambda c: point(c) or 0.0))
    top = [c for c in claims if interval(c).overlaps(peak)]
    top_ids = {c.id for c in top}
    rest = [c for c in claims if c.id not in top_ids]
    if not rest or any(interval(c).lo > common(interval(t) for t in top).hi for c in rest):
        return None
    top_dates = [d for c in top if (d := _dated(c, docs))]
    if not top_dates:
        return None
    latest, _latest_label = max(top_dates)
    # An article that gives the peak and, without a date of its own, a smaller figure of the same
    # slot tells an earlier stage ("by Monday the toll had stood at 1,300"): it is older than the
    # peak, not a rival of it.
    # Only a near stage counts so (154 before 156): a much smaller figure in the article is as
    # often another incident's or a part (GROWTH_MAX_STEP).
    peak_point = max(point(c) or 0.0 for c in top)
    recounted = [c for c in rest if c.document in {t.document for t in top} and not c.as_of
                 and peak_point <= GROWTH_MAX_STEP * (point(c) or 0.0)]
    recounted_ids = {c.id for c in recounted}
    dated_rest = [(d, c) for c in rest if (d := _dated(c, docs)) and c.id not in recounted_ids]
    peak_since = min((c.as_of for c in top if c.as_of), default=latest)
    if any(c.as_of and c.as_of >= peak_since for _, c in dated_rest):
        return None  # a smaller count stated as of the same day or later contradicts growth
    if any((d[0] >= latest and not latest.startswith(d[0])) or d[0] == latest for d, _ in dated_rest):
        return None  # ... and so does one reported as late as the peak's latest report
    # Strictly earlier: a month-only date ("2022-01") does not precede a day inside that month.
    older = [(d, c) for d, c in dated_rest if d[0] < latest and not latest.startswith(d[0])]
    older += [((latest, "earlier in the same report"), c) for c in recounted]
    if not older:
        return None  # nothing shows which came first
    spans = [interval(c) for c in sorted((c for _, c in older if c.as_of), key=lambda c: c.as_of or "")]
    if any(b.hi < a.lo for a, b in itertools.pairwise(spans)):
        return None  # the dated smaller figures themselves went down
    # Each figure is shown with its own date; a vague figure that fits the peak keeps its own.
    shown = older + [(d, c) for c in top if (d := _dated(c, docs))]
    stages: dict[str, list[FigureClaim]] = defaultdict(list)
    for d, c in sorted(shown, key=lambda dc: (dc[0][0], dc[1].id in top_ids)):
        stages[d[1]].append(c)
    undated = [c for c in claims if all(c is not o for _, o in shown)]
    return Judgement(verdict="update", how="grew_reported", best=consistent_best(top),
                     stages=tuple((k, tuple(v)) for k, v in stages.items()), undated=tuple(undated))


def judge(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document],
    home: frozenset[str] = frozenset(), clock: SlotClock | None = None,
) -> Judgement:
    """The slot's verdict and best value (`_judge`), a round standing figure read as the exact
    count it rounds (`best.exact_behind_round`)."""
    j = _judge(claims, attrib, docs, home, clock)
    if j.verdict not in ("update", "dispute") or j.best.value is None:
        return j
    standing = [c for c in (j.official_head or j.current) if point(c) == j.best.value]
    usable = [c for c in claims if c not in j.hedged and c not in j.outliers]
    exact = exact_behind_round(standing, usable)
    if exact is None and j.verdict == "update" and claims[0].measure in GROWING_MEASURES:
        shown = [c for c in usable if c not in (*j.smaller_later, *j.estimates, *j.jumps)]
        exact = count_behind_bound(standing or [c for c in shown if point(c) == j.best.value],
                                   [c for c in shown if origin_class(attrib[c.id]) in SERIES_CLASSES])
    return replace(j, best=replace(j.best, value=exact)) if exact is not None else j


def _judge(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document],
    home: frozenset[str] = frozenset(), clock: SlotClock | None = None,
) -> Judgement:
    """The slot's verdict and best value, from its figure graph first, then dates. Callers date
    the claims by when each count stood first (`dating.count_dated`). `home`: the countries where
    the event happened (their officials keep the official count; other states' are rivals).
    `clock`: the event's toll clock and this slot's own text (`dating.toll_clock`), which orders
    undated reports by the death toll they give."""
    claims = content_order(claims, docs)  # ties broken by what claims say, not by file names
    attrib = classify(claims, attrib, home)
    graph = slot_graph(claims, attrib, docs)
    extras = {"hedged": graph.hedged, "outliers": graph.outliers, "cues": graph.cues, "current": graph.current,
              "smaller_later": graph.smaller_later, "estimates": graph.estimates, "jumps": graph.jumps}

    def one_chain(members: Sequence[FigureClaim]) -> tuple[str, Best]:
        j = _judge_figures(members, attrib, docs)
        return j.verdict, j.best

    fight = contest(graph.current, attrib, docs, one_chain)
    if fight is not None and fight.outliers:
        # A lone rival figure far off every other: shown, not used (contest.py).
        graph = replace(graph, current=tuple(c for c in graph.current if c not in fight.outliers),
                        used=tuple(c for c in graph.used if c not in fight.outliers),
                        outliers=(*graph.outliers, *fight.outliers))
        extras.update(outliers=graph.outliers, current=graph.current)
    if fight is not None and fight.rivals:
        # Rival origin classes, each read as its own series, at odds: a dispute whose best is the
        # latest official figure (contest.py).
        return Judgement(verdict="dispute", best=fight.best, official_head=fight.official_head,
                         rivals=fight.rivals, superseded=graph.superseded, **extras)
    base = _judge_figures(graph.current, attrib, docs, clock)
    if base.verdict == "dispute" and graph.superseded:
        # A cue took away the dated stages an undated standing figure grew from ("reached 30",
        # no date, beside 7 on the 13th, 20 on the 15th and 88 a year on): read with the figures
        # it replaced, the series still grows by its dates, and the cue only agrees.
        whole = _judge_figures(graph.used, attrib, docs)
        if whole.verdict == "update" and whole.how == "grew":
            lo, hi = series_spread(graph.used)
            return replace(whole, best=replace(whole.best, low=lo, high=hi),
                           superseded=graph.superseded, **extras)
    if base.verdict == "dispute" and not base.official_head:
        head = official_head(graph.current, graph.used, attrib, docs)
        if head:
            # FIGURE-GRAPH: a dispute's best is the latest figure of the official series, not the
            # lowest figure any origin gave (an early rival count the official toll grew past).
            base = replace(base, best=Best(value=consistent_best(head).value, low=base.best.low, high=base.best.high),
                           official_head=tuple(head), corroboration=None, leads=())
    if base.verdict == "dispute" and graph.cues and claims[0].measure in GROWING_MEASURES:
        # The texts say the count moved, and its standing figures lie a few percent apart: stages
        # of one running count taken hours apart, not a dispute (best.running_stages).
        top = running_stages(graph.current, [origin_class(attrib[c.id]) in SERIES_CLASSES for c in graph.current])
        if top is not None:
            base = replace(base, verdict="update", how="cued", best=replace(base.best, value=top),
                           corroboration=None, leads=(), official_head=())
    if not graph.superseded:
        return replace(base, **extras)
    lo, hi = series_spread(graph.used)
    superseded = tuple(dict.fromkeys((*graph.superseded, *base.superseded)))
    if base.verdict in ("single", "agree", "update"):
        best = Best(value=base.best.value, low=lo, high=hi)
        how = base.how if base.verdict == "update" else "cued"
        return replace(base, verdict="update", how=how, best=best, superseded=superseded, **extras)
    # The standing figures still conflict: a dispute, over what stands now. Its best is the head
    # of the official series the texts ordered (FIGURE-GRAPH: "dispute between the ministry's 253
    # (latest of its series) and the rights group's >= 300; best 253").
    head = [c for c, _ in graph.cues if c in graph.current and origin_class(attrib[c.id]) == "official"]
    dated_head = consistent_best(base.official_head).value if base.official_head else None
    cued_head = consistent_best(head).value if head and compatible(head) else None
    if dated_head is not None and (cued_head is None or dated_head >= cued_head):
        # The dates already found the official series' latest word, later than any other figure:
        # a cue orders only the figures it replaced, and an older cued figure (the week's "rose to
        # 189") is not the head of a series that went on to a later, higher count. A later figure
        # below the cued one is not the count going on (a toll rarely shrinks): a part, a day's.
        head = list(base.official_head)
    if head and compatible(head):
        best = Best(value=consistent_best(head).value, low=lo, high=hi)
        return replace(base, best=best, superseded=superseded, official_head=tuple(head), corroboration=None,
                       leads=(), **extras)
    return replace(base, best=Best(value=base.best.value, low=lo, high=hi), superseded=superseded, **extras)



def _judge_figures(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], docs: Mapping[str, Document],
    clock: SlotClock | None = None,
) -> Judgement:
    stages, undated = _stages(claims)
    frozen_stages = tuple((f"as of {d}", tuple(cs)) for d, cs in stages)
    if compatible(claims):
        single = len({c.document for c in claims}) == 1
        if not single and running_growth(claims) and _grew(stages, undated):
            # Running totals on several days: one count that grew, never figures that agree.
            return Judgement(verdict="update", how="grew", best=_grown_best(stages),
                             stages=frozen_stages, undated=tuple(undated))
        return Judgement(verdict="single" if single else "agree", best=consistent_best(claims),
                         stages=frozen_stages, undated=tuple(undated))
    if _grew(stages, undated):
        return Judgement(verdict="update", how="grew", best=_grown_best(stages),
                         stages=frozen_stages, undated=tuple(undated))
    by_value = _grew_by_value(claims, attrib, docs)
    if by_value is not None:
        return by_value
    revised = _latest_per_origin(claims, attrib, docs)
    if revised is not None and compatible(revised[0]):
        kept, dropped = revised
        return Judgement(verdict="update", how="revised", best=consistent_best(kept),
                         stages=frozen_stages, undated=tuple(undated), superseded=tuple(dropped))
    reported = _grew_by_reports(claims, docs)
    if reported is not None:
        return reported
    latest = latest_word(claims, attrib, docs)
    if latest is not None:
        return latest
    chain = rising_chain(claims, attrib, docs)
    if chain is not None:
        return chain
    chain = rising_chain(claims, attrib, docs, falling=True)
    if chain is not None:
        return chain
    chain = own_series(claims, attrib, docs)
    if chain is not None:
        return chain
    if clock is not None:
        ticked = grew_by_clock(claims, attrib, docs, clock)
        if ticked is not None:
            return ticked
    winner = corroborated(claims, {c.id: attrib[c.id].origin_key for c in claims})
    if winner:
        return Judgement(verdict="dispute", best=majority_best(claims, winner), stages=frozen_stages,
                         undated=tuple(undated), corroboration=winner)
    if claims[0].measure in GROWING_MEASURES and (series := dominant_series(claims, attrib, docs)) is not None:
        # Figures at odds around a count that kept growing: a dispute whose best is where the
        # longest series stands now (series.dominant_series).
        lo, hi = series_spread(claims)
        return Judgement(verdict="dispute", best=Best(value=series.best.value, low=lo, high=hi),
                         stages=series.stages, undated=tuple(undated), leads=tuple(series.current))
    leads = lead_figures(claims)
    if len(leads) < len(claims):
        # Each report's own figure is the one it leads with; the smaller figures it gives after
        # are, far more often than not, parts it does not mark ("a man was killed ... the boy
        # died later") or background. Conflicts are judged between those lead figures.
        lo, hi = series_spread(claims)
        if compatible(leads):
            b = consistent_best(leads)
        else:
            won = corroborated(leads, {c.id: attrib[c.id].origin_key for c in leads})
            b = majority_best(leads, won) if won else lowest_credible(leads)
        return Judgement(verdict="dispute", best=Best(value=b.value, low=lo, high=hi), stages=frozen_stages,
                         undated=tuple(undated), leads=tuple(leads))
    return Judgement(verdict="dispute", best=lowest_credible(claims), stages=frozen_stages,
                     undated=tuple(undated))

