"""The README's example sentence gives the figures its table shows."""

from __future__ import annotations

import re
from pathlib import Path

from counterpoint.models import Document
from counterpoint.nlp.annotate import annotate

ROOT = Path(__file__).resolve().parents[1]


def _readme_example() -> tuple[str, list[tuple[str, float, str, str | None]]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## One sentence, its figures", 1)[1].split("\n## ", 1)[0]
    sentence = " ".join(line.lstrip("> ").strip() for line in section.splitlines() if line.startswith(">"))
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and re.fullmatch(r"[\d,]+", cells[1]):
            rows.append((cells[0], float(cells[1].replace(",", "")), cells[3], None if cells[4] == "—" else cells[4]))
    return sentence, rows


def test_readme_sentence_yields_the_table(nlp):
    sentence, rows = _readme_example()
    assert sentence and len(rows) == 3
    doc = Document(id="readme", path="README.md", status="ok", text=sentence, published="2022-01-10")
    (result,) = list(annotate([doc], nlp))
    got = {(c.measure, c.value, c.subject, c.place_name) for c in result.claims if c.kind == "figure"}
    assert set(rows) <= got
    for c in result.claims:
        if c.kind == "figure":
            assert [s.role for s in c.sources] == ["origin", "relay"]
            assert "Health Ministry" in c.sources[0].name and "Sputnik" in c.sources[1].name
            assert c.as_of == "2022-01-10"
