"""The example corpus reads cleanly: every file ok, metadata from every kind of source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterpoint.ingest import read_documents
from counterpoint.pipeline import analyze

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "kazakhstan-2022"


def test_example_corpus_reads():
    docs = list(read_documents([EXAMPLES]))
    assert 8 <= len(docs) <= 12
    assert all(d.status == "ok" and d.language == "en" for d in docs), [(d.path, d.reason) for d in docs]
    assert not any(Path(d.path).name.startswith("README") for d in docs)
    assert all(d.outlet and d.published and d.title for d in docs), [(d.path, d.outlet, d.published) for d in docs]
    for d in docs:
        for furniture in ("Leave a Reply", "Spread the love", "Share this:", "Back to top", "Related Articles"):
            assert furniture not in d.text, (d.path, furniture)
    by_name = {Path(d.path).name: d for d in docs}
    html = by_name["06-html-damage.html"]
    assert "between two and three billion dollars" in html.text and "Home" not in html.text.split("\n")
    assert by_name["07-batch.jsonl#line2"].outlet == "Frontier News (illustrative)"
    assert by_name["08-fuel-price-cap.txt.gz"].outlet == "Western Region Herald (illustrative)"
    assert by_name["05-update-revised-figures.txt"].published == "2022-01-10"  # from the URL


@pytest.mark.slow
def test_example_dossier_tells_the_story(tmp_path):
    """The demo end to end: what the example corpus is there to show (README, "What the dossier should show")."""
    analyze([EXAMPLES], out_dir=tmp_path)
    dossier = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    docs = {d["id"]: Path(d["path"]).name for d in dossier["documents"]}
    claims = {c["id"]: c for c in dossier["claims"]}

    def group(measure: str, place: bool, value: float) -> dict:
        found = [
            g for g in dossier["groups"]
            if g["measure"] == measure and bool(g["place"]) == place
            and any(claims[c]["value"] == value for c in g["claims"])
        ]
        assert len(found) == 1, (measure, value, found)
        return found[0]

    killed = group("killed", False, 164)
    assert killed["verdict"] == "agree", killed["explanation"]
    assert {claims[c]["value"] for c in killed["claims"]} >= {164, 150}
    chain = {s["role"] for c in killed["claims"] if claims[c]["value"] == 164 for s in claims[c]["sources"]}
    assert chain >= {"origin", "relay"}  # the Health Ministry via Sputnik
    detained = group("detained", False, 7939)
    assert detained["verdict"] == "update" and detained["best"]["value"] == 7939
    as_of = {claims[c]["value"]: claims[c]["as_of"] for c in detained["claims"]}
    assert as_of[6044] == "2022-01-09" and as_of[7939] == "2022-01-10" and 6000 in as_of
    almaty = group("killed", True, 103)
    assert almaty["id"] != killed["id"]
    copy = next(d for d in dossier["documents"] if Path(d["path"]).name == "02-syndicated-copy.txt")
    assert docs[copy["duplicate_of"]] == "01-wire-detentions.txt"
