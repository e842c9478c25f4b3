"""Singletons the average linkage left alone join a cluster it made (`clustering`, step 3).

A document alone after the linkage is often a short brief or a wire lead that quotes one side:
pair by pair it resembles no member of its event enough, yet it is near the event as a whole, or
dated inside a running story's span and sharing its words. Only singletons move, and only into
clusters of two or more documents, so attaching cannot chain.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import scipy.sparse as sp

# A document left alone by the linkage (often a short brief, or a wire lead that quotes one
# side) joins the cluster of its most similar neighbour when that one pair is this similar ...
ATTACH_MIN_SIM = 0.25
# ... and its mean similarity to that cluster is at least this. Only singletons attach, and only
# to clusters the linkage made, so attaching cannot chain. Both on plain similarities, before
# the hubness discount: a brief of a big event is near all of it, which is no crowded field.
ATTACH_MEAN_MIN = 0.06
# A singleton whose plain mean similarity to a larger cluster reaches ATTACH_CLUSTER_MEAN joins
# the one it is nearest to as a whole, whatever its best single pair (a late wire brief of an
# earthquake is near all the coverage, nearest to none in particular). Letting pairs join as a
# whole too cost 0.009 NeuS B3 F1 and pulled pairs across events in the pages pile.
ATTACH_CLUSTER_MEAN = 0.10
# Every attach is also weighed against the singleton's own background: its mean similarity to
# the cluster must exceed, by ATTACH_OVER_LEVEL, the mean of its ATTACH_OUTSIDERS strongest
# similarities to documents outside that cluster (a missing one counts 0). A brief of a big event
# is near all of it and near little else, and clears this easily; a commentary in a crowded field
# (one more Senate vote, one more Covid rule) is about as near the other stories of its topic as
# the one it is nearest to, and does not. An undated singleton meets the whole pile, not one
# week's news, so for it this is the rule: it joins the cluster it stands out for most, when it
# stands out by ATTACH_OVER_LEVEL, whatever its best pair or plain mean. This replaced a higher
# plain bar for undated singletons near three or more clusters: NeuS dev piles unchanged (B3 F1
# 0.900), the whole NeuS dev pile (8,255 reports, far more crowded) 0.756 -> 0.762, the pages pile
# 0.956 -> 0.957. A dated singleton, whose field the time window already thins, keeps the plain
# rules with this as one more condition (as the rule for dated ones too, it joined the wrong
# shooting more often on GVA dev: precision 0.906 -> 0.895).
ATTACH_OVER_LEVEL = 0.05
ATTACH_OUTSIDERS = 5
# A singleton published inside the dated span of a cluster of at least this many documents
# (a running story: protests over weeks, a side report on the detainees) joins it when its
# cosine with the cluster's centroid reaches SPAN_ATTACH_CENTROID and no other cluster's does:
# pair by pair it may resemble no member enough, yet it shares the story's words as a whole.
SPAN_ATTACH_MIN_SIZE = 4
SPAN_ATTACH_CENTROID = 0.18


def attach_singletons(labels: list[int], a: Sequence[int], b: Sequence[int], s: Sequence[float],
                      undated: Sequence[bool] = ()) -> list[int]:
    """Singletons join a linkage cluster: a dated one (or one of unknown date) by its nearest
    neighbour (ATTACH_MIN_SIM) or as a whole (ATTACH_CLUSTER_MEAN), an undated one by how far it
    stands out for a cluster over its own background; every join must stand out by
    ATTACH_OVER_LEVEL (see there)."""
    size: dict[int, int] = defaultdict(int)
    for lab in labels:
        size[lab] += 1
    near: dict[int, list[tuple[float, int]]] = defaultdict(list)  # singleton -> (similarity, neighbour)
    for x, y, w in zip(a, b, s, strict=True):
        x, y, w = int(x), int(y), float(w)
        for one, other in ((x, y), (y, x)):
            if size[labels[one]] == 1:
                near[one].append((w, other))
    out = list(labels)
    for one in sorted(near):
        ranked = sorted(near[one], key=lambda t: (-t[0], t[1]))
        to_cluster: dict[int, float] = defaultdict(float)
        for w, other in ranked:
            if size[labels[other]] > 1:
                to_cluster[labels[other]] += w
        if not to_cluster:
            continue

        def stands_out(target: int, ranked: list[tuple[float, int]] = ranked,
                       to_cluster: dict[int, float] = to_cluster) -> float:
            outside = [w for w, other in ranked if labels[other] != target][:ATTACH_OUTSIDERS]
            return to_cluster[target] / size[target] - sum(outside) / ATTACH_OUTSIDERS

        if undated and undated[one]:
            margin, neg = max((stands_out(c), -c) for c in to_cluster)  # ties: the smallest label
            target: int | None = -neg
        else:
            target = _plain_target(ranked, to_cluster, labels, size)
            margin = stands_out(target) if target is not None else 0.0
        if target is not None and margin >= ATTACH_OVER_LEVEL:
            out[one] = target
    return out


def _plain_target(ranked: list[tuple[float, int]], to_cluster: dict[int, float], labels: Sequence[int],
                  size: Mapping[int, int]) -> int | None:
    """The cluster a singleton joins by its nearest neighbour (ATTACH_MIN_SIM, ATTACH_MEAN_MIN) or,
    failing that, as a whole (ATTACH_CLUSTER_MEAN); None when neither holds."""
    best = next(((w, other) for w, other in ranked if size[labels[other]] > 1), None)
    if best is not None:
        target = labels[best[1]]
        if best[0] >= ATTACH_MIN_SIM and to_cluster[target] / size[target] >= ATTACH_MEAN_MIN:
            return target
    mean, target = max((v / size[c], -c) for c, v in to_cluster.items())
    return -target if mean >= ATTACH_CLUSTER_MEAN else None


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
