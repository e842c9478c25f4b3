"""The real pipeline on the five seed articles yields the key dated timeline entries.

Minimal ingest (the real one lives in counterpoint.ingest): the .txt file read as-is; only 002
carries a dateline ("Jan 5, 2022"), so it alone gets a publication date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim
from counterpoint.nlp.annotate import annotate

PUBLISHED = {"002": "2022-01-05"}

# (date, event types any of which counts, seed prefixes that must be cited)
EXPECTED = [
    ("2022-01-02", {"protest_start"}, {"001", "003"}),
    ("2022-01-05", {"storming"}, {"002"}),
    ("2022-01-05", {"resignation"}, {"003"}),
    ("2022-01-05", {"appeal"}, {"002"}),
    ("2022-01-07", {"shoot_to_kill", "statement"}, {"003"}),
]


@pytest.fixture(scope="module")
def seed_run(seeds_dir: Path, nlp):
    docs = [
        Document(id=p.name[:3], path=str(p), status="ok", text=p.read_text(encoding="utf-8"),
                 published=PUBLISHED.get(p.name[:3]))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]
    results = list(annotate(docs, nlp))
    claims = [c for r in results for c in r.claims]
    return docs, claims, build_timeline(docs, claims)


def test_key_dated_entries(seed_run) -> None:
    _, _, timeline = seed_run
    for day, types, docs in EXPECTED:
        entries = [e for e in timeline if e.date == day and e.event_type in types]
        assert entries, f"no {types} entry on {day}"
        cited = {d for e in entries for d in e.documents}
        assert docs <= cited, f"{types} on {day} cites {cited}, expected {docs}"


def test_claims_have_evidence_in_their_document(seed_run) -> None:
    docs, claims, _ = seed_run
    texts = {d.id: d.text for d in docs}
    events = [c for c in claims if isinstance(c, EventClaim)]
    assert len(events) >= 10
    for c in events:
        assert texts[c.document][c.evidence.start : c.evidence.end] == c.evidence.text
        assert c.text and "\n" not in c.text


def test_timeline_sorted_with_undated_last(seed_run) -> None:
    _, _, timeline = seed_run
    dates = [e.date for e in timeline]
    known = [d for d in dates if d is not None]
    assert known == sorted(known)
    assert dates[: len(known)] == known
