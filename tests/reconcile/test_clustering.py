"""Event clustering: one event stays one cluster; distinct events split; copies follow originals."""

from __future__ import annotations

from pathlib import Path

from counterpoint.models import Document
from counterpoint.reconcile.clustering import cluster_documents, event_of_documents, name_keys

from .conftest import make_doc


def test_founding_corpus_is_one_event(seeds_dir: Path):
    docs = [Document(id=p.stem, path=str(p), status="ok", text=p.read_text(encoding="utf-8"))
            for p in sorted(seeds_dir.glob("*.txt"))]
    assert len(docs) == 5
    (cluster,) = cluster_documents(docs)
    assert set(cluster.documents) == {d.id for d in docs}


def _story(victim: str, street: str, city: str, filler: str) -> str:
    return (f"Police in {city} said {victim} was shot on {street} late on Friday. "
            f"Detective Sam {victim.split()[-1]}son asked witnesses to call. {filler}")


def test_distinct_events_split_and_duplicates_follow():
    docs = [
        make_doc("a1", published="2015-03-01", text=_story("Jamal Ortega", "Elm Street", "Dayton", "one two three")),
        make_doc("a2", published="2015-03-02", text=_story("Jamal Ortega", "Elm Street", "Dayton", "four five six")),
        make_doc("b1", published="2015-03-01", text=_story("Lena Howard", "Pine Avenue", "Toledo", "seven eight")),
        make_doc("b2", published="2015-03-03", text=_story("Lena Howard", "Pine Avenue", "Toledo", "nine ten")),
        make_doc("c1", published="2016-08-01", text=_story("Rosa Vance", "Oak Lane", "Dayton", "eleven")),
        make_doc("a1copy", published="2015-03-01", duplicate_of="a1", text="copy"),
    ]
    clusters = cluster_documents(docs)
    groups = sorted(sorted(c.documents) for c in clusters)
    assert groups == [["a1", "a2"], ["b1", "b2"], ["c1"]]
    events = event_of_documents(clusters, docs)
    assert events["a1copy"] == events["a1"]
    assert len({c.id for c in clusters}) == 3


def test_name_keys_skip_sentence_words():
    keys = name_keys("The Police Department said Jamal Ortega died. On Monday Elm Street was closed.")
    assert "jamal ortega" in keys and "elm street" in keys
    assert "monday" not in keys and not any(k.startswith("the ") for k in keys)
