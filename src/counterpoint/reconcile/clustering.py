"""Event clustering: which documents tell the same happening, without chaining a news cycle.

1. Each document is a sparse TF-IDF vector over its title, lead, names and linked entities
   (`cluster_vectors`): frequent names weigh little, rare shared names weigh a lot.
2. Blocking by time: documents are compared only with documents published within
   `MAX_DAY_GAP` days (day windows of that width, each against itself and the next), so the
   work grows with the number of documents times the news rate, not with the square of the
   corpus. Undated documents are compared with everyone. Each document keeps its
   `MAX_NEIGHBORS` most similar neighbours (a sparse k-nearest-neighbour graph).
3. Average linkage on that graph: two clusters merge when the mean similarity over all their
   document pairs (a missing edge counts 0) reaches `LINK_THRESHOLD`. Unlike connected
   components (single linkage), one shared name or one bridging article cannot pull two stories
   together: every member has to resemble every other on average. Before it, pairs with an
   undated end lose their documents' background level (`discount_hubs`): in a crowded field
   (one more Senate vote) every document is fairly near dozens of other stories' reports, and
   the same cosine means less there than in a quiet one. Singletons then join the cluster they
   are nearest to, by their best pair or as a whole (`attach_singletons`).
4. A second pass (`cluster_merge`) joins clusters that name the same incident: rare shared names
   (the building, the ferry, the town), one kind of happening, and a time that fits or a
   follow-up that points back at the earlier date ("the April 24 collapse", "23 days since").
5. A third pass (`cluster_foreign`) moves a short report in another language into the event
   whose names and figures it shares (words cannot compare across languages; names and counts can).
6. Each cluster gets a label, date span, places and outlets (`event_labels`).

Deterministic: the vocabulary is sorted, ties break on document order, no randomness.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..models import Document, Entity, EventCluster
from ..text.lexicon import MONTHS
from .cluster_foreign import anchor_figures, join_foreign
from .cluster_merge import ANY_KIND, code_names, happening_kinds, merge_clusters, points_back_to
from .cluster_vectors import (
    day_number,
    doc_name_terms,
    lead_dates,
    lead_weekdays,
    name_keys,
    term_counts,
    vectorize,
)

if TYPE_CHECKING:
    import numpy as np
    import scipy.sparse as sp

__all__ = [
    "EventCluster",
    "average_linkage",
    "cluster_documents",
    "cluster_id",
    "event_of_documents",
    "name_keys",
    "similarity_graph",
]

# Documents published further apart than this are never compared (the same street sees two
# shootings a year apart; a follow-up weeks later is a new event for the reader too).
MAX_DAY_GAP = 7
# Similarity lost per day between publication dates (same-day coverage is the strongest sign).
DAY_DECAY = 0.01
# Similarity kept when either document is undated: a close publication date is itself evidence of
# one happening, so without it the text has to carry more (tuned on NeuS, mostly undated).
UNDATED_FACTOR = 0.7
# Pairs less similar than this are not edges at all (sparsity; they would barely move a mean).
MIN_EDGE = 0.08
# Undated documents find candidates through terms at most this many documents share (see
# `_add_undated`); in a small corpus that is every term.
UNDATED_BLOCK_MAX_DF = 300
# ... using each document's this many heaviest such terms as its keys.
UNDATED_BLOCK_TERMS = 15
# Follow-up coverage published more than MAX_DAY_GAP days apart (a revised toll weeks later, a
# study a year on) stays with its event only when the two texts are this similar on their own
# (found through rarer shared terms than undated documents use, so the work stays bounded) ...
FOLLOW_UP_MIN_SIM = 0.20
FOLLOW_UP_BLOCK_MAX_DF = 50
FOLLOW_UP_BLOCK_TERMS = 8
# ... and the pair then counts at this share of its similarity (no per-day decay beyond it),
# when the later text points back at the earlier one's time within its first this many characters.
FOLLOW_UP_FACTOR = 0.5
FOLLOW_UP_TEXT_CHARS = 4000
# Edges kept per document, most similar first (an edge stays if either end keeps it).
MAX_NEIGHBORS = 30
# Hubness: a document in a crowded field (one more vote in Congress, one more Covid rule) is
# fairly similar to dozens of reports of other stories, one in a quiet field to none, so one
# cosine cut favours the crowded field's false pairs. Each pair therefore loses HUB_WEIGHT times
# the mean of its two documents' background level: the mean similarity of a document's
# neighbours ranked HUB_RANKS (0 = nearest; the nearest ones are likely its own story's) ...
HUB_RANKS = (2, 7)
HUB_WEIGHT = 1.0
# ... capped here, so a folder about one event, where every neighbour is the event's and the
# level is high, keeps its pairs above the linkage threshold. 0.10 scored 0.009 better on NeuS
# but split the pages dev set's Turkey-Syria folder (five undated wire briefs) in two.
HUB_MAX_DISCOUNT = 0.08
# A pair of two dated documents takes no discount: the time window already thins their field
# to the week's news, while an undated document meets the whole pile. Such a pair's similarity
# is scaled by this instead, which holds dated piles to the linkage bar they were tuned to
# (LINK_THRESHOLD / DATED_SCALE = 0.12 on GVA dev, BASIL 2010-16 and the pages dev set).
DATED_SCALE = 0.5
# Mean pairwise similarity at which two clusters merge, after the hubness discount (tuned on
# NeuS train slices of the test split's size, BASIL 2010-2016, GVA dev and the pages dev set).
LINK_THRESHOLD = 0.06
# A document left alone by the linkage (often a short brief, or a wire lead that quotes one
# side) joins the cluster of its most similar neighbour when that one pair is this similar ...
ATTACH_MIN_SIM = 0.25
# ... and its mean similarity to that cluster is at least this. Only singletons attach, and only
# to clusters the linkage made, so attaching cannot chain. Both on plain similarities, before
# the hubness discount: a brief of a big event is near all of it, which is no crowded field.
ATTACH_MEAN_MIN = 0.06
# A cluster of at most ATTACH_MAX_SIZE documents whose plain mean similarity to a larger cluster
# reaches ATTACH_CLUSTER_MEAN joins the one it is nearest to as a whole, whatever its best single
# pair (a late wire brief of an earthquake is near all the coverage, nearest to none in
# particular). It joins a linkage's cluster, never another small one, so this cannot chain.
# Pairs too (2) cost 0.009 NeuS B3 F1 and pulled pairs across events in the pages pile.
ATTACH_MAX_SIZE = 1
ATTACH_CLUSTER_MEAN = 0.10
# ... and this when the singleton is undated and near at least ATTACH_UNDATED_RIVALS clusters.
# An undated report meets the whole pile, not one week's news: in a pile of many stories of one
# news cycle (NeuS dev: 8,255 reports over ten years), an undated commentary is fairly near every
# story of its topic, and at 0.10 two in three of the undated singletons that joined a cluster as
# a whole joined another story's. A report near one or two clusters only (a folder about one
# event, a quiet field) keeps the plain bar.
ATTACH_CLUSTER_MEAN_UNDATED = 0.14
ATTACH_UNDATED_RIVALS = 3
# A singleton published inside the dated span of a cluster of at least this many documents
# (a running story: protests over weeks, a side report on the detainees) joins it when its
# cosine with the cluster's centroid reaches SPAN_ATTACH_CENTROID and no other cluster's does:
# pair by pair it may resemble no member enough, yet it shares the story's words as a whole.
SPAN_ATTACH_MIN_SIZE = 4
SPAN_ATTACH_CENTROID = 0.18
# Two undated leads that date their happening by different weekdays ("voted Tuesday",
# "testified Thursday") are more likely two stages of one running story (a hearing, the vote
# days later) than one happening: their similarity is scaled by WEEKDAY_CONFLICT_FACTOR for the
# linkage; leads naming a same weekday get WEEKDAY_AGREE_FACTOR. On NeuS dev, 85% of same-story
# pairs whose leads both name a weekday share one; 75% of the wrongly merged pairs do not.
# Not applied when both publication dates are known (a better clock; real coverage over days
# names each day's weekday, which split pages dev events), nor when both reports name one kind
# of sudden happening (a quake, a stampede): its coverage runs over days, each telling that
# day's toll by its weekday ("the toll rose Friday" of a Thursday stampede). Singletons still
# attach on the plain similarity. Two leads naming calendar days ("Oct. 5") with none in common
# take the conflict factor too (5% of NeuS leads name one; 49 of 51 wrongly merged pairs that
# both do name different days). 0.5 / 1.1 tuned on NeuS dev piles and the pages dev set.
WEEKDAY_CONFLICT_FACTOR = 0.5
WEEKDAY_AGREE_FACTOR = 1.1
# Two dated reports published on different days (within the time window) of no one sudden
# happening: a lead's weekday names a day at or before its publication ("voted Tuesday" in a
# Thursday paper is two days back), so each lead's weekdays resolve to calendar days. When the
# two leads' resolved days have none in common, they tell two stages of a running story (the
# panel's vote on Friday, the agency's plan the next Tuesday), and the pair is scaled by this.
# Same-day pairs keep the publication date as their clock (see WEEKDAY_CONFLICT_FACTOR).
DATED_WEEKDAY_CONFLICT_FACTOR = 0.5



def similarity_graph(
    matrix: sp.csr_matrix, days: Sequence[int | None], refers_back: Callable[[int, int], bool] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edges (a, b, similarity) with a < b between documents close enough in time; a pair further
    apart is an edge only when `refers_back(later, earlier)` says the later text points at the
    earlier one's time (a follow-up, not the same kind of story again)."""
    import numpy as np

    n = matrix.shape[0]
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    day = np.array([d if d is not None else -1 for d in days], dtype=np.int64)
    dated = np.flatnonzero(day >= 0)
    undated = np.flatnonzero(day < 0)
    width = MAX_DAY_GAP + 1
    buckets: dict[int, list[int]] = defaultdict(list)
    for i in dated:
        buckets[int(day[i]) // width].append(int(i))

    def add(left: np.ndarray, right: np.ndarray) -> None:
        if not len(left) or not len(right):
            return
        prod = (matrix[left] @ matrix[right].T).tocoo()
        a, b, s = left[prod.row], right[prod.col], prod.data
        keep = (a < b) & (s >= MIN_EDGE)
        rows.append(a[keep])
        cols.append(b[keep])
        vals.append(s[keep])

    for key in sorted(buckets):
        here = np.asarray(buckets[key])
        nxt = np.asarray(buckets.get(key + 1, []), dtype=np.int64)
        add(here, np.concatenate([here, nxt]))
        if len(nxt):
            add(nxt, here)  # pairs where the later-bucket document has the smaller index
    if len(undated):
        _add_blocked(matrix, undated, rows, cols, vals, max_df=UNDATED_BLOCK_MAX_DF, terms=UNDATED_BLOCK_TERMS)
    if len(dated) > 1:  # follow-ups far apart in time: candidates through their rarest shared terms
        _add_blocked(matrix, dated, rows, cols, vals, max_df=FOLLOW_UP_BLOCK_MAX_DF, terms=FOLLOW_UP_BLOCK_TERMS)
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    a, b, s = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
    # dedupe (a pair can come from two products), then the time rule
    order = np.lexsort((b, a))
    a, b, s = a[order], b[order], s[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    a, b, s = a[first], b[first], s[first]
    both = (day[a] >= 0) & (day[b] >= 0)
    gap = np.where(both, np.abs(day[a] - day[b]), 0)
    far = gap > MAX_DAY_GAP
    raw = s
    s = s * np.where(both, np.where(far, FOLLOW_UP_FACTOR, 1.0 - DAY_DECAY * gap), UNDATED_FACTOR)
    keep = (~far | (raw >= FOLLOW_UP_MIN_SIM)) & (s >= MIN_EDGE)
    if refers_back is not None and far.any():
        for k in np.flatnonzero(keep & far):
            x, y = int(a[k]), int(b[k])
            later, earlier = (x, y) if day[x] > day[y] else (y, x)
            keep[k] = refers_back(later, earlier)
    a, b, s = a[keep], b[keep], s[keep]
    return _knn(a, b, s, n)


def weigh_weekdays(a: np.ndarray, b: np.ndarray, s: np.ndarray, weekdays: Sequence[frozenset[str]],
                   days: Sequence[int | None], kinds: Sequence[frozenset[str]],
                   dates: Sequence[frozenset[str]] = ()) -> np.ndarray:
    """Each pair with an undated end scaled by whether the two leads date their happening by a
    same weekday (see WEEKDAY_CONFLICT_FACTOR); pairs where either names none keep theirs."""
    import numpy as np

    if not len(a):
        return s
    codes = {w: 1 << k for k, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday"))}
    mask = np.array([sum(codes[w] for w in ws) for ws in weekdays], dtype=np.int64)
    undated = np.array([d is None for d in days], dtype=bool)
    both = (mask[a] > 0) & (mask[b] > 0) & (undated[a] | undated[b])
    bit = {k: 1 << j for j, k in enumerate(sorted({k for ks in kinds for k in ks}))}
    kind_mask = np.array([sum(bit[k] for k in ks) for ks in kinds], dtype=np.int64)
    happening = (kind_mask[a] & kind_mask[b]) > 0
    factor = np.where(both & ~happening, np.where(mask[a] & mask[b], WEEKDAY_AGREE_FACTOR, WEEKDAY_CONFLICT_FACTOR),
                      1.0)
    # dated pairs: bit k of `back` says the lead names the day k days before publication, so two
    # leads share a calendar day when the later one's bits shifted by the gap meet the earlier's
    day = np.array([-1 if d is None else d for d in days], dtype=np.int64)
    back = np.array([sum(1 << (d - r) for r in resolve_weekdays(ws, d)) if d is not None else 0
                     for ws, d in zip(weekdays, days, strict=True)], dtype=np.int64)
    late, early = np.where(day[a] >= day[b], a, b), np.where(day[a] >= day[b], b, a)
    shift = np.minimum(day[late] - day[early], 62)
    apart = ~undated[a] & ~undated[b] & (day[a] != day[b]) & (mask[a] > 0) & (mask[b] > 0) & ~happening
    conflict = apart & ((np.right_shift(back[late], shift) & back[early]) == 0)
    factor = np.where(conflict, np.minimum(factor, DATED_WEEKDAY_CONFLICT_FACTOR), factor)
    if dates:  # calendar days named in the lead ("Oct. 5"): a pair naming none in common is two stages too
        has = np.array([bool(d) for d in dates], dtype=bool)
        for k in np.flatnonzero(has[a] & has[b] & (undated[a] | undated[b]) & ~happening):
            if not dates[int(a[k])] & dates[int(b[k])]:
                factor[k] = min(factor[k], WEEKDAY_CONFLICT_FACTOR)
    return s * factor


_WEEKDAY_INDEX = {w: k for k, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday"))}


def resolve_weekdays(weekdays: frozenset[str], day: int | None) -> frozenset[int]:
    """The calendar days (ordinals) a lead's weekdays name, each the latest such weekday on or
    before the publication `day` (a lead tells what happened; the day itself counts)."""
    if day is None:
        return frozenset()
    own = date.fromordinal(day).weekday()
    return frozenset(day - (own - _WEEKDAY_INDEX[w]) % 7 for w in weekdays if w in _WEEKDAY_INDEX)


def discount_hubs(a: np.ndarray, b: np.ndarray, s: np.ndarray, days: Sequence[int | None]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pair's similarity less the two documents' background level (see HUB_RANKS)."""
    import numpy as np

    n = len(days)
    if not len(a) or HUB_WEIGHT <= 0:
        return a, b, s
    undated = np.array([d is None for d in days], dtype=bool)
    ends = np.concatenate([a, b])
    sims = np.concatenate([s, s])
    order = np.lexsort((-sims, ends))  # by document, strongest first
    ends_sorted, sims_sorted = ends[order], sims[order]
    starts = np.searchsorted(ends_sorted, np.arange(n))
    rank = np.arange(len(order)) - starts[ends_sorted]
    lo, hi = HUB_RANKS
    band = (rank >= lo) & (rank < hi)
    level = np.bincount(ends_sorted[band], weights=sims_sorted[band], minlength=n) / (hi - lo)  # missing = 0
    level = np.minimum(level, HUB_MAX_DISCOUNT)
    adj = np.where(undated[a] | undated[b], s - HUB_WEIGHT * 0.5 * (level[a] + level[b]), DATED_SCALE * s)
    keep = adj > 0  # a weakened edge still counts in the means; only one the discount cancels goes
    return a[keep], b[keep], adj[keep]


def _add_blocked(matrix: sp.csr_matrix, undated: np.ndarray, rows: list, cols: list, vals: list, *,
                 max_df: int, terms: int) -> None:
    """Edges between each of `undated` (documents no time window pairs) and every other
    document, found through blocks.

    No time window applies, so candidates come from the terms the two share among those fewer
    than `max_df` documents hold (a rare name, a bill's title): the work grows with the
    documents times the block size, not with the corpus. The similarity of a candidate pair is
    then the full cosine.
    """
    import numpy as np
    import scipy.sparse as sp

    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    # each document's UNDATED_BLOCK_TERMS heaviest rare terms are its blocking keys
    rare = (df[matrix.indices] <= max_df) & (df[matrix.indices] > 1)
    weight = np.where(rare, matrix.data, 0.0)
    key_rows, key_cols = [], []
    for i in range(n):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        w = weight[lo:hi]
        top = np.lexsort((matrix.indices[lo:hi], -w))[:terms]
        top = top[w[top] > 0]
        key_rows.append(np.full(len(top), i))
        key_cols.append(matrix.indices[lo:hi][top])
    kr, kc = np.concatenate(key_rows), np.concatenate(key_cols)
    blocks = sp.csr_matrix((np.ones(len(kr)), (kr, kc)), shape=matrix.shape)
    cand = (blocks[undated] @ blocks.T).tocoo()
    a, b = undated[cand.row], cand.col.astype(np.int64)
    is_undated = np.zeros(n, dtype=bool)
    is_undated[undated] = True
    keep = (a != b) & ~(is_undated[b] & (b < a))  # each undated pair once
    a, b = a[keep], b[keep]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    sims = np.empty(len(lo))
    step = 200_000
    for i in range(0, len(lo), step):
        sims[i:i + step] = np.asarray(matrix[lo[i:i + step]].multiply(matrix[hi[i:i + step]]).sum(axis=1)).ravel()
    keep = sims >= MIN_EDGE
    rows.append(lo[keep])
    cols.append(hi[keep])
    vals.append(sims[keep])


def _knn(a: np.ndarray, b: np.ndarray, s: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keep an edge when it is among the `MAX_NEIGHBORS` strongest of either end."""
    import numpy as np

    if not len(a):
        return a, b, s
    ends = np.concatenate([a, b])
    other = np.concatenate([b, a])
    sims = np.concatenate([s, s])
    edge = np.concatenate([np.arange(len(a)), np.arange(len(a))])
    order = np.lexsort((other, -sims, ends))  # by end, strongest first, ties by neighbour
    ends_sorted = ends[order]
    starts = np.searchsorted(ends_sorted, np.arange(n))
    rank = np.arange(len(order)) - starts[ends_sorted]
    kept = np.zeros(len(a), dtype=bool)
    kept[edge[order][rank < MAX_NEIGHBORS]] = True
    return a[kept], b[kept], s[kept]


def average_linkage(n: int, a: Sequence[int], b: Sequence[int], s: Sequence[float],
                    threshold: float | None = None) -> list[int]:
    """Cluster label (the smallest member index) per item; sparse average linkage.

    The similarity of two clusters is the sum of their edges over the product of their sizes.
    Merging stops when no pair of clusters reaches `threshold`.
    """
    if threshold is None:
        threshold = LINK_THRESHOLD
    sums: list[dict[int, float]] = [dict() for _ in range(n)]
    for x, y, w in zip(a, b, s, strict=True):
        x, y, w = int(x), int(y), float(w)
        sums[x][y] = sums[x].get(y, 0.0) + w
        sums[y][x] = sums[y].get(x, 0.0) + w
    size = [1] * n
    alive = [True] * n
    parents: dict[int, int] = {}  # merged-away cluster -> the cluster it went into
    heap = [(-w, x, y, 1, 1) for x in range(n) for y, w in sums[x].items() if x < y and w >= threshold]
    heapq.heapify(heap)
    while heap:
        _, x, y, sx, sy = heapq.heappop(heap)
        if not (alive[x] and alive[y]) or size[x] != sx or size[y] != sy:
            continue  # stale: one side merged since this entry was pushed
        keep, gone = (x, y) if len(sums[x]) >= len(sums[y]) else (y, x)
        alive[gone] = False
        size[keep] += size[gone]
        size[gone] = 0
        del sums[keep][gone]
        for z, w in sums[gone].items():
            if z == keep:
                continue
            sums[keep][z] = sums[keep].get(z, 0.0) + w
            del sums[z][gone]
            sums[z][keep] = sums[keep][z]
        sums[gone] = {}
        for z, w in sums[keep].items():
            avg = w / (size[keep] * size[z])
            if avg >= threshold:
                lo, hi = (keep, z) if keep < z else (z, keep)
                heapq.heappush(heap, (-avg, lo, hi, size[lo], size[hi]))
        parents[gone] = keep
    label = list(range(n))
    for i in range(n):
        r = i
        while r in parents:
            r = parents[r]
        label[i] = r
    smallest: dict[int, int] = {}
    for i in range(n):
        smallest.setdefault(label[i], i)
    return [smallest[label[i]] for i in range(n)]


def attach_singletons(labels: list[int], a: Sequence[int], b: Sequence[int], s: Sequence[float],
                      undated: Sequence[bool] = ()) -> list[int]:
    """Singletons join their nearest neighbour's cluster (see ATTACH_MIN_SIM); singletons and
    pairs join the cluster they are nearest to as a whole (see ATTACH_CLUSTER_MEAN)."""
    size: dict[int, int] = defaultdict(int)
    for lab in labels:
        size[lab] += 1
    to_cluster: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    small_to: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))  # small cluster -> larger
    best: dict[int, tuple[float, int]] = {}
    for x, y, w in zip(a, b, s, strict=True):
        x, y, w = int(x), int(y), float(w)
        for one, other in ((x, y), (y, x)):
            mine, theirs = labels[one], labels[other]
            if size[mine] == 1 and size[theirs] > 1:
                to_cluster[one][theirs] += w
                if (w, -other) > best.get(one, (0.0, 0)):
                    best[one] = (w, -other)
            if size[mine] <= ATTACH_MAX_SIZE and size[theirs] > size[mine]:
                small_to[mine][theirs] += w
    out = list(labels)
    moved: set[int] = set()
    for one in sorted(best):
        w, neg = best[one]
        target = labels[-neg]
        if w >= ATTACH_MIN_SIM and to_cluster[one][target] / size[target] >= ATTACH_MEAN_MIN:
            out[one] = target
            moved.add(labels[one])
    joins: dict[int, int] = {}
    for small in sorted(set(small_to) - moved):
        near, closest = max((v / (size[small] * size[lab]), -lab) for lab, v in small_to[small].items())
        crowded = len(small_to[small]) >= ATTACH_UNDATED_RIVALS
        bar = (ATTACH_CLUSTER_MEAN_UNDATED if size[small] == 1 and undated and undated[small] and crowded
               else ATTACH_CLUSTER_MEAN)
        if near >= bar:
            joins[small] = -closest
    return [joins.get(lab, o) for lab, o in zip(labels, out, strict=True)]


def attach_within_span(labels: list[int], a: Sequence[int], b: Sequence[int], matrix: sp.csr_matrix,
                       days: Sequence[int | None]) -> list[int]:
    """Singletons join a cluster whose dated span holds their date (see SPAN_ATTACH_MIN_SIZE)."""
    import numpy as np
    import scipy.sparse as sp

    members: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        members[lab].append(i)
    span = {}
    for lab, idx in members.items():
        known = [d for i in idx if (d := days[i]) is not None]
        if len(idx) >= SPAN_ATTACH_MIN_SIZE and known:
            span[lab] = (min(known), max(known))
    if not span:
        return labels
    near: dict[int, set[int]] = defaultdict(set)  # singleton -> clusters its graph neighbours are in
    for x, y in zip(a, b, strict=True):
        for one, other in ((int(x), int(y)), (int(y), int(x))):
            if len(members[labels[one]]) == 1 and labels[other] in span:
                near[one].add(labels[other])
    centroid: dict[int, sp.csr_matrix] = {}  # sparse: a dense row per cluster would cost the vocabulary each
    out = list(labels)
    for one in sorted(near):
        day = days[one]
        if day is None:
            continue
        fits = []
        for lab in sorted(near[one]):
            lo, hi = span[lab]
            if not lo <= day <= hi:
                continue
            if lab not in centroid:
                v = sp.csr_matrix(np.ones((1, len(members[lab])))) @ matrix[members[lab]]
                centroid[lab] = v / (float(np.sqrt(v.multiply(v).sum())) or 1.0)
            sim = float(matrix[one].multiply(centroid[lab]).sum())
            if sim >= SPAN_ATTACH_CENTROID:
                fits.append(lab)
        if len(fits) == 1:
            out[one] = fits[0]
    return out


def cluster_documents(
    documents: Sequence[Document], entities: Sequence[Entity] = ()
) -> tuple[EventCluster, ...]:
    """Cluster usable documents into events. Duplicates join their original's cluster."""
    from .event_labels import describe

    # sorted by id: ties (equal similarities) then break the same way whatever the input order
    docs = sorted((d for d in documents if d.status == "ok" and not d.duplicate_of and d.text), key=lambda d: d.id)
    if not docs:
        return ()
    index = {d.id: i for i, d in enumerate(docs)}
    ents_of: dict[int, list[str]] = defaultdict(list)
    for e in entities:  # linked entities: one name across spellings ("Tokayev", "Tokaev")
        if len(e.documents) < 2:
            continue  # a name only one document uses links nothing, it only dilutes the vector
        for doc_id in e.documents:
            if doc_id in index:
                ents_of[index[doc_id]].append(e.id)
    vectors = vectorize([term_counts(d.title, d.text, ents_of.get(i, ())) for i, d in enumerate(docs)])
    days = [day_number(d.published) for d in docs]

    def refers_back(later: int, earlier: int) -> bool:
        return mentions_time_of(docs[later].text or "", docs[earlier].published or "", docs[later].published)

    def points_back(later: int, earlier: int) -> bool:
        return points_back_to((docs[later].text or "")[:FOLLOW_UP_TEXT_CHARS], date.fromordinal(days[earlier]),
                              date.fromordinal(days[later]))

    a, b, s = similarity_graph(vectors.matrix, days, refers_back)
    kinds = [ANY_KIND if d.language not in (None, "en") else happening_kinds(d.title, d.text) for d in docs]
    timed = weigh_weekdays(a, b, s, [lead_weekdays(d.title, d.text) for d in docs], days, kinds,
                           [lead_dates(d.title, d.text) for d in docs])
    labels = attach_singletons(average_linkage(len(docs), *discount_hubs(a, b, timed, days)), a, b, s,
                               [d is None for d in days])
    labels = attach_within_span(labels, a, b, vectors.matrix, days)
    names = [doc_name_terms(d.title, d.text) | code_names(d.title, d.text) for d in docs]
    labels = merge_clusters(labels, names, kinds, days, vectors.matrix, points_back, (a, b),
                            lambda i: anchor_figures(f"{docs[i].title or ''}\n{(docs[i].text or '')[:FOLLOW_UP_TEXT_CHARS]}"))
    labels = join_foreign(labels, docs, days)
    members: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        members[lab].append(i)
    strength = [0.0] * len(docs)  # each document's summed similarity inside its cluster
    for x, y, w in zip(a.tolist(), b.tolist(), s.tolist(), strict=True):
        if labels[x] == labels[y]:
            strength[x] += w
            strength[y] += w
    out = []
    for idx in members.values():
        ids = [docs[i].id for i in idx]
        ranked = sorted(idx, key=lambda i: (-round(strength[i], 9), i))  # the most central first
        out.append(describe(cluster_id(ids), [docs[i] for i in idx], [docs[i] for i in ranked], entities))
    return tuple(sorted(out, key=lambda c: c.id))


# Words a follow-up uses for the time of the original event.
_LOOKING_BACK = re.compile(r"\b(?:anniversary|last year|years? ago|months? ago|years? (?:after|since)|"
                           r"months? (?:after|since)|weeks? (?:after|since))\b", re.IGNORECASE)


def mentions_time_of(text: str, published: str, own: str | None = None) -> bool:
    """Whether `text` (published on `own`, ISO) points back at an earlier time, as a follow-up
    does: the year of `published` (the earlier report) when that is an earlier year, a month
    before its own month ("the April 24 collapse" in a May report), the earlier report's month,
    or a looking-back phrase ("a year after")."""
    if len(published) < 7 or not published[:4].isdigit():
        return False
    head = text[:FOLLOW_UP_TEXT_CHARS]
    if _LOOKING_BACK.search(head) is not None:
        return True
    own = own if own and len(own) >= 7 and own[:4].isdigit() else published
    if own[:4] > published[:4] and re.search(rf"\b{published[:4]}\b", head) is not None:
        return True
    named = {MONTHS[w.lower()] for w in _MONTH_WORD.findall(head)}
    month = int(published[5:7]) if published[5:7].isdigit() else 0
    own_month = int(own[5:7]) if own[:4] == published[:4] and own[5:7].isdigit() else 13
    return any(m == month or m < own_month for m in named) if own[:4] == published[:4] else month in named


_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)


def cluster_id(doc_ids: Sequence[str]) -> str:
    """Stable for the same documents: a hash of the cluster's first document id."""
    return "event-" + hashlib.sha1(min(doc_ids).encode()).hexdigest()[:10]


def event_of_documents(clusters: Sequence[EventCluster], documents: Sequence[Document]) -> Mapping[str, str]:
    """Document id -> event id, with syndicated copies following their original."""
    out = {doc_id: c.id for c in clusters for doc_id in c.documents}
    for d in documents:
        if d.duplicate_of and d.duplicate_of in out:
            out[d.id] = out[d.duplicate_of]
    return out
