"""Event assignment: the store's documents clustered into events a batch at a time.

The corpus stage cuts the corpus along events before it links and reconciles (see
`corpus_partitions`). Clustering every document at once would hold every document's lead and
term counts in memory and redo the whole corpus whenever one article arrives. Instead, the
event each document was last put in is kept in the store (`document_events`), and documents no
event holds yet are clustered in batches of `BATCH_DOCS`, by publication day:

1. a batch's *region* is the batch plus every event holding a document that shares one of the
   batch documents' keys (`block_keys`: the heaviest terms general news seldom holds — the
   incident's names and words; stored in `cluster_keys`) and was published within
   `clustering.MAX_DAY_GAP` days of one of the batch's days (the pairs the clustering compares
   by time), plus, whenever published, the events holding a document that shares a key few
   documents hold (the leads a follow-up weeks later or an undated text is found by), those
   sharing the most keys first, up to `KEY_REGION_DOCS` documents;
2. `cluster_documents` runs on the region alone, unchanged; each of its clusters that holds a
   new document becomes an event (it may take in old events whole, or some of their documents),
   and the old events no new document joined stay as they were.

Memory and time then follow one batch and the events near it, whatever the store's size; adding documents re-clusters only the
events they could join, and everything else keeps its assignment.

Where this equals a whole run: a store of at most `WHOLE_CORPUS_DOCS` clusterable documents is
clustered whole, every time documents arrive, so its events are exactly `cluster_documents` over
all its documents. Above that size the rule is the region's: each region is weighed on its own
(IDF and the cap on how many clusters one incident name may join count the region, not the
corpus); a new document that shares none of an event's keys is not clustered with it, where a
whole run might join the two through common words alone; and events no new document comes near
keep their assignment even where a whole run, with its slightly different word weights, would
have drawn a border elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .models import Document, EventCluster

if TYPE_CHECKING:
    from .store import EventStore

# Documents clustered per batch (with the events near them). Bigger batches mean fewer regions
# to gather and re-cluster; smaller ones, less memory.
BATCH_DOCS = 2000
# A store with at most this many clusterable documents is clustered whole on every change, so
# its events are exactly those of a whole run.
WHOLE_CORPUS_DOCS = BATCH_DOCS
# Characters of each text clustering reads: its lead (cluster_vectors.HEAD_CHARS) and, for a
# follow-up, the first clustering.FOLLOW_UP_TEXT_CHARS.
LEAD_CHARS = 4000
# Outside the day window, a key leads to the events of the documents holding it only when at
# most this many documents hold it (clustering.UNDATED_BLOCK_MAX_DF: the bound its blocking uses).
KEY_MAX_DOCS = 300
# Documents of earlier events outside the day window a batch takes in through shared keys, the
# events sharing the most keys with the batch first (the event a follow-up belongs to shares
# several of its rare names; one shared word is a weak lead). Without a bound, the events found
# by keys grow with the store (every event holding one of a batch's thousands of keys), and each
# batch re-clustered more of the corpus than the last: event assignment cost 10 CPU s at 5,000
# documents and 31 at 10,000, its regions growing 3,400 -> 5,170 documents batch after batch.
KEY_REGION_DOCS = BATCH_DOCS // 2
# A term the shipped background table (general news) holds in more than this many documents is
# no key (cluster_merge.NAME_BACKGROUND_MAX: an incident's own names are rare in general news).
KEY_BACKGROUND_MAX = 8
# Terms shorter than this are initials and fragments (cluster_merge.MIN_NAME_LEN).
KEY_MIN_LEN = 4
# Keys kept per document, most frequent first (clustering.UNDATED_BLOCK_TERMS: the number of
# terms its own blocking keys each document by).
KEY_TERMS = 15

_DIGIT = re.compile(r"\d")

__all__ = ["AssignmentRun", "assign_events", "block_keys", "day_spans"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignmentRun:
    """What one `assign_events` call did."""

    new: int  # documents no event held before
    batches: int
    clustered: int  # documents clustered in all (the new ones and the events near them)
    whole: bool  # the store was small enough to be clustered whole


def block_keys(title: str | None, text: str | None) -> list[str]:
    """A document's keys: its `KEY_TERMS` most frequent clustering terms (stemmed words, `n:`
    multi-word names) that general news seldom holds — the incident's own names and words, which
    later documents find its event by."""
    from .reconcile.cluster_vectors import background_df, term_counts

    _docs, bg = background_df()
    counts = term_counts(title, text)
    # cheapest test first: most terms are common words the background table holds
    rare = [(-n, t) for t, n in counts.items()
            if bg.get(t, 0) <= KEY_BACKGROUND_MAX and len(t.removeprefix("n:")) >= KEY_MIN_LEN
            and _DIGIT.search(t) is None]
    return sorted(t for _, t in sorted(rare)[:KEY_TERMS])


def day_spans(days: Iterable[int], gap: int) -> list[tuple[int, int]]:
    """The days within `gap` of one of `days`, as merged (first, last) spans."""
    spans: list[tuple[int, int]] = []
    for d in sorted(set(days)):
        lo, hi = d - gap, d + gap
        if spans and lo <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def assign_events(store: EventStore, *, batch_docs: int = BATCH_DOCS, whole_docs: int = WHOLE_CORPUS_DOCS) -> AssignmentRun:
    """Put every clusterable document of `store` no event holds yet into an event (see the
    module docstring), writing the assignment to the store one batch per transaction: a run
    killed half way keeps the batches it finished."""
    s = store  # the Store interface (store.SQLiteStore or store_pg.PostgresStore)
    new = s.queue_unassigned()
    if not new:
        return AssignmentRun(new=0, batches=0, clustered=0, whole=False)
    whole = s.clusterable_count() <= whole_docs
    if whole:  # small: cluster everything again, exactly as a whole run
        s.forget_events()
        queued = s.queue_unassigned()
        batch_docs = max(batch_docs, queued)
    else:
        queued = new
    batches = clustered = 0
    for start in range(0, queued, batch_docs):
        batch = s.queued(start, batch_docs, text_chars=LEAD_CHARS)
        clustered += _cluster_region(s, batch)
        batches += 1
    return AssignmentRun(new=new, batches=batches, clustered=clustered, whole=whole)


def _cluster_region(store: EventStore, batch: Sequence[Document]) -> int:
    """Cluster `batch` with the events near it and record the result; returns the region's size."""
    from .reconcile.cluster_vectors import day_number
    from .reconcile.clustering import MAX_DAY_GAP, cluster_documents

    s = store
    days = [day for d in batch if (day := day_number(d.published)) is not None]
    keys = {d.id: block_keys(d.title, d.text) for d in batch}
    all_keys = sorted({k for ks in keys.values() for k in ks})
    near = s.events_near(day_spans(days, MAX_DAY_GAP), all_keys)
    near |= _events_by_keys(s, all_keys, near)
    old = s.event_documents(sorted(near))
    region = [*batch, *s.documents_by_id([doc for doc, _ in old], text_chars=LEAD_CHARS)]
    day_of = {d.id: day_number(d.published) for d in region}
    rows = [(doc, event, day_of[doc]) for doc, event in _changes(cluster_documents(region, ()), keys, old)]
    s.assign_events(rows, [(k, doc, day_of[doc]) for doc, ks in keys.items() for k in ks])
    return len(region)


def _events_by_keys(store: EventStore, keys: Sequence[str], near: set[str]) -> set[str]:
    """Events outside `near` (the day window's) that share keys with a batch, the events sharing
    the most keys first (then the smaller, then by id), until they hold `KEY_REGION_DOCS`
    documents (the last one taken may pass the bound: the best lead is always followed)."""
    shared = {e: n for e, n in store.events_sharing_keys(keys, max_docs=KEY_MAX_DOCS).items() if e not in near}
    sizes = store.event_sizes(sorted(shared))
    out: set[str] = set()
    total = 0
    for event in sorted(shared, key=lambda e: (-shared[e], sizes.get(e, 0), e)):
        if total >= KEY_REGION_DOCS:
            break
        out.add(event)
        total += sizes.get(event, 0)
    return out


def _changes(clusters: Sequence[EventCluster], new: Iterable[str], old: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(document, event) to record after clustering a region: each cluster holding a new
    document is an event; what is left of an old event whose documents such a cluster took is
    an event under a new id (its old id may be the taking cluster's, both hashing one document);
    old events no new document joined are left as they were (a region clusters alone, so it may
    cut them otherwise than the run that made them: keeping them keeps their partitions' results)."""
    from .reconcile.clustering import cluster_id

    fresh = set(new)
    out: list[tuple[str, str]] = []
    taken: set[str] = set()
    for c in clusters:
        if fresh.intersection(c.documents):
            out.extend((doc, c.id) for doc in c.documents)
            taken.update(c.documents)
    left: dict[str, list[str]] = {}
    hit: set[str] = set()
    for doc, event in old:
        if doc in taken:
            hit.add(event)
        else:
            left.setdefault(event, []).append(doc)
    for event in sorted(hit & left.keys()):
        out.extend((doc, cluster_id(left[event])) for doc in left[event])
    return out
