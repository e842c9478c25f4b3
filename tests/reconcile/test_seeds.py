"""The founding corpus through the real pipeline: DESIGN.md's verdicts (reads ../shared/seeds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.models import Document, FigureClaim
from counterpoint.reconcile import reconcile

# Runs the whole spaCy pipeline over five articles: slow tier.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_result(seeds_dir: Path, nlp):
    from counterpoint.entities import link_entities
    from counterpoint.nlp.annotate import annotate

    docs = [Document(id=p.stem, path=str(p), status="ok", text=p.read_text(encoding="utf-8"))
            for p in sorted(seeds_dir.glob("*.txt"))]
    results = list(annotate(docs, nlp))
    mentions = [m for r in results for m in r.mentions]
    claims = [c for r in results for c in r.claims]
    entities, linked = link_entities(docs, mentions, claims)
    return {c.id: c for c in linked if isinstance(c, FigureClaim)}, reconcile(docs, linked, entities)


def _values(group, figures):
    return {figures[c].value for c in group.claims}


def test_seeds_are_one_event(seeds_result):
    _, rec = seeds_result
    assert len(rec.events) == 1


def test_nationwide_deaths_agree_on_164(seeds_result):
    figures, rec = seeds_result
    (g,) = [g for g in rec.groups if g.measure == "killed" and g.place is None and g.subject == "person"]
    assert g.verdict == "agree" and g.best.value == 164
    assert g.outlets == 3 and _values(g, figures) >= {164, 150}


def test_arrests_one_group_not_agree_and_almaty_apart(seeds_result):
    figures, rec = seeds_result
    detained = [g for g in rec.groups if g.measure == "detained" and g.place is None and g.subject == "person"]
    (arrests,) = [g for g in detained if g.parent is None]
    assert _values(arrests, figures) >= {7939, 6044, 6000} and arrests.verdict != "agree"
    # a vague "thousands" never sits in the series of stated counts: its own slot under the whole
    assert all(g.parent == arrests.id for g in detained if g is not arrests)
    almaty = [g for g in rec.groups if g.measure == "killed" and g.place is not None]
    assert len(almaty) == 1 and _values(almaty[0], figures) == {103} and almaty[0].verdict == "single"
