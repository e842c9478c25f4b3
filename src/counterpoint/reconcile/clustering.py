"""Event clustering: which documents tell the same event, without comparing all pairs.

Candidate pairs come only from blocks: documents sharing a rare name (a capitalized phrase such
as a victim's name or a street, or a linked entity) and documents whose MinHash signatures
collide in an LSH band. Blocks larger than `MAX_BLOCK` are dropped (a name that common says
nothing about the event), so the work grows with the number of documents, not its square.
A candidate pair is linked when it shares enough rare names or text, and was published close in
time; clusters are the connected components. A corpus about one event shares its names
throughout, so it stays one cluster.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..disjoint_sets import DisjointSets
from ..models import Document, Entity

# Blocks (documents sharing one key) larger than this are ignored: a name in that many
# documents ("Police Department", "Chicago") does not identify one event.
MAX_BLOCK = 20
# ... unless the corpus is small and mostly about one thing: a name in this share of its
# documents is the corpus's own topic and still counts (its weight is tiny, so many such names
# must agree). Only up to SMALL_CORPUS documents, so pair counts stay bounded on big corpora.
BLOCK_SHARE = 0.2
SMALL_CORPUS = 500
# Weight of a shared name in a block of n documents: (n - 1) ** -decay (1 for a pair).
NAME_WEIGHT_DECAY = 0.5
# Weighted shared names that link two documents on names alone (tuned on GVA dev: two names
# unique to the pair, or more names shared more widely, within MAX_DAY_GAP days).
MIN_SHARED_NAMES = 2.0
# ... and the stronger evidence needed when they were published far apart (follow-ups, trials).
MIN_SHARED_NAMES_FAR = 4.0
# Estimated Jaccard similarity of word shingles that links two documents on text alone.
MIN_JACCARD = 0.25
# MinHash size and LSH threshold used to find text candidates (below MIN_JACCARD: LSH is fuzzy).
NUM_PERM = 64
LSH_THRESHOLD = 0.2
SHINGLE_WORDS = 3
# Documents published further apart than this are different events, whatever they share
# (the same street sees two shootings a year apart)...
MAX_DAY_GAP = 14
# ... unless the corpus itself is about one topic: names found in at least this share of its
# documents (a corpus of coverage of one disaster names its place and its event throughout,
# from the first day to the anniversary) link documents that share TOPIC_MIN_NAMES of them,
# whatever their dates. A corpus of many incidents has no name that common, so nothing changes
# there. Only corpora of TOPIC_MIN_DOCS to SMALL_CORPUS documents.
TOPIC_SHARE = 0.5
TOPIC_MIN_NAMES = 2
TOPIC_MIN_DOCS = 4
# Only the start of a long text is read for names and shingles: the lead tells the event.
HEAD_CHARS = 4000
# Capitalized words that start sentences or name times, not the event.
NAME_STOPWORDS = frozenset(
    """the a an and but or if in on at of for to from by with after before during police
    officers officer authorities sheriff county city state news this that these those he she
    they it his her their we our you i monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr according when where while there here what who said says copyright all rights
    reserved click share comments comment read more related photo video""".split()
)
_NAME_RE = re.compile(r"\b[A-Z][a-zA-Z'’.-]+(?:\s+[A-Z][a-zA-Z'’.-]+)+")
# Single capitalized words ("Almaty", "Tokayev", "CSTO") as names too: spellings of a full
# name differ across outlets ("Kassym-Jomart" / "Qasim Jomart") while the surname survives.
SINGLE_WORD_NAMES = True
_WORD_NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-zA-Z]{3,}\b")
_WORD_RE = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCluster:
    id: str
    documents: tuple[str, ...]
    label: str


def name_keys(text: str) -> set[str]:
    """Rare-name candidates: multi-word capitalized phrases, without leading stopwords."""
    keys: set[str] = set()
    for m in _NAME_RE.finditer(text):
        words = [w.strip(".'’-") for w in m.group(0).split()]
        while words and words[0].lower() in NAME_STOPWORDS:
            words = words[1:]
        while words and words[-1].lower() in NAME_STOPWORDS:
            words = words[:-1]
        if len(words) >= 2:
            keys.add(" ".join(w.lower() for w in words))
    if SINGLE_WORD_NAMES:
        for m in _WORD_NAME_RE.finditer(text):
            w = m.group(0).lower()
            if w not in NAME_STOPWORDS:
                keys.add(w)
    return keys


def _shingles(text: str) -> set[bytes]:
    words = _WORD_RE.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def _day(published: str | None) -> int | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _block_cap(n: int) -> int:
    return max(MAX_BLOCK, int(BLOCK_SHARE * n)) if n <= SMALL_CORPUS else MAX_BLOCK


def _blocks(keys_per_doc: Sequence[Iterable[str]]) -> dict[str, list[int]]:
    cap = _block_cap(len(keys_per_doc))
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(keys_per_doc):
        for k in keys:
            blocks[k].append(i)
    return {k: v for k, v in blocks.items() if 1 < len(v) <= cap}


def cluster_documents(
    documents: Sequence[Document], entities: Sequence[Entity] = ()
) -> tuple[EventCluster, ...]:
    """Cluster usable documents into events. Duplicates join their original's cluster."""
    from datasketch import MinHash, MinHashLSH

    docs = [d for d in documents if d.status == "ok" and not d.duplicate_of and d.text]
    n = len(docs)
    index = {d.id: i for i, d in enumerate(docs)}
    heads = [f"{d.title or ''}\n{(d.text or '')[:HEAD_CHARS]}" for d in docs]
    keys = [name_keys(h) for h in heads]
    for e in entities:  # linked entities are the best names we have
        # ... and they stand for the names they cover: one name counted twice (as written and
        # as its entity) would link two documents on a single shared name.
        covered = {k for a in e.aliases for k in name_keys(f"x, {a} x")} | {a.lower() for a in e.aliases}
        for doc_id in e.documents:
            if doc_id in index:
                keys[index[doc_id]] -= covered
                keys[index[doc_id]].add(f"entity:{e.id}")
    days = [_day(d.published) for d in docs]

    # Shared names weigh more the rarer they are: two documents alone sharing a name is strong.
    shared: Counter[tuple[int, int]] = Counter()
    for members in _blocks(keys).values():
        weight = (len(members) - 1) ** -NAME_WEIGHT_DECAY
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                shared[(members[x], members[y])] += weight

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    sigs: list[MinHash] = []
    proto = MinHash(num_perm=NUM_PERM, seed=1)  # permutations computed once, shared by all
    for i, h in enumerate(heads):
        m = MinHash(num_perm=NUM_PERM, seed=1, permutations=proto.permutations, scheme=proto.scheme)
        m.update_batch(list(_shingles(h)) or [b""])
        sigs.append(m)
        lsh.insert(str(i), m)
    text_pairs: set[tuple[int, int]] = set()
    cap = _block_cap(n)
    for i, m in enumerate(sigs):
        hits = lsh.query(m)
        if len(hits) > cap:  # boilerplate shared by many documents: not evidence of one event
            continue
        for j in map(int, hits):
            if j > i:
                text_pairs.add((i, j))

    uf: DisjointSets[int] = DisjointSets(range(n))
    for a, b in _topic_pairs(keys):
        uf.union(a, b)
    for a, b in set(shared) | text_pairs:
        far = days[a] is not None and days[b] is not None and abs(days[a] - days[b]) > MAX_DAY_GAP
        if far and shared.get((a, b), 0) < MIN_SHARED_NAMES_FAR:
            continue
        if shared.get((a, b), 0) >= MIN_SHARED_NAMES or (
            (a, b) in text_pairs and sigs[a].jaccard(sigs[b]) >= MIN_JACCARD
        ):
            uf.union(a, b)

    members: dict[int, list[str]] = defaultdict(list)
    for i, d in enumerate(docs):
        members[uf.find(i)].append(d.id)
    by_id = {d.id: d for d in documents}
    out = []
    for root, ids in members.items():
        label_counts: Counter[str] = Counter(k for i in ids for k in keys[index[i]] if not k.startswith("entity:"))
        # ties broken by the key itself: Counter order follows set order, which varies by hash seed
        label = (min(label_counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if label_counts
                 else (by_id[ids[0]].title or ids[0]))
        out.append(EventCluster(id=cluster_id(ids), documents=tuple(ids), label=label))
    return tuple(sorted(out, key=lambda c: c.id))


def _topic_pairs(keys: Sequence[set[str]]) -> list[tuple[int, int]]:
    """Pairs of documents sharing enough of the corpus's topic names (see TOPIC_SHARE)."""
    n = len(keys)
    if not TOPIC_MIN_DOCS <= n <= SMALL_CORPUS:
        return []
    df: Counter[str] = Counter(k for ks in keys for k in ks)
    topic = {k for k, c in df.items() if c >= TOPIC_SHARE * n}
    if len(topic) < TOPIC_MIN_NAMES:
        return []
    mine = [ks & topic for ks in keys]
    holders = [i for i in range(n) if len(mine[i]) >= TOPIC_MIN_NAMES]
    # Linking each holder to the first holder it shares enough names with keeps this linear
    # in practice (one topic: everyone shares with the first).
    pairs = []
    for x in holders[1:]:
        for y in holders:
            if y == x:
                break
            if len(mine[x] & mine[y]) >= TOPIC_MIN_NAMES:
                pairs.append((y, x))
                break
    return pairs


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
