"""Golden cases: figures from the founding seeds, expected values in golden_seeds.json beside this file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterpoint.models import FigureClaim

GOLDEN = json.loads((Path(__file__).parent / "golden_seeds.json").read_text(encoding="utf-8"))
_cache: dict[tuple[str, str | None], list[FigureClaim]] = {}


def _figures(nlp, shared: Path, file: str, published: str | None) -> list[FigureClaim]:
    key = (file, published)
    if key not in _cache:
        from counterpoint.nlp import make_doc

        text = (shared / file).read_text(encoding="utf-8")
        doc = nlp(make_doc(nlp, text, doc_id="seed", published=published))
        _cache[key] = [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]
    return _cache[key]


def _matches(claim: FigureClaim, want: dict) -> bool:
    for key, value in want.items():
        if key == "sources":
            if [s.name for s in claim.sources] != value:
                return False
        elif key == "roles":
            if [s.role for s in claim.sources] != value:
                return False
        elif getattr(claim, key) != value:
            return False
    return True


@pytest.mark.parametrize("case", GOLDEN["cases"], ids=lambda c: f"{c['file'][6:9]}:{c['locator']}")
def test_seed_sentence_figures(nlp, shared: Path, case: dict) -> None:
    claims = [c for c in _figures(nlp, shared, case["file"], case["published"]) if case["locator"] in c.evidence.text]
    assert claims, f"no figure in the sentence with {case['locator']!r}"
    for want in case["figures"]:
        assert any(_matches(c, want) for c in claims), (want, claims)


@pytest.mark.parametrize("file", sorted(GOLDEN["absent"]))
def test_seed_non_figures_absent(nlp, shared: Path, file: str) -> None:
    published = next((c["published"] for c in GOLDEN["cases"] if c["file"] == file), None)
    claims = _figures(nlp, shared, file, published)
    values = {c.value for c in claims}
    assert not values & {float(v) for v in GOLDEN["absent"][file]}


def test_evidence_offsets_index_the_text(nlp, shared: Path) -> None:
    case = GOLDEN["cases"][0]
    text = (shared / case["file"]).read_text(encoding="utf-8")
    claims = _figures(nlp, shared, case["file"], case["published"])
    assert claims
    for c in claims:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        for s in c.sources:
            assert s.start is not None and text[s.start:s.end] == s.name
