"""The example corpus reads cleanly: every file ok, metadata from every kind of source."""

from __future__ import annotations

from pathlib import Path

from counterpoint.ingest import read_documents

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
