"""The founding corpus end to end: the report shows 164 and 7,939 with their sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counterpoint.report import render_report


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory, seeds_dir: Path) -> str:
    from counterpoint.pipeline import analyze_into_store

    db = tmp_path_factory.mktemp("seeds") / "store.db"
    _, dossier = analyze_into_store(sorted(seeds_dir.glob("*.txt")), db)
    html = render_report(dossier)
    (tmp_path_factory.getbasetemp() / "seeds-dossier.html").write_text(html, "utf-8")
    return html


@pytest.mark.slow
def test_seeds_report_shows_headline_figures_with_sources(seeds_report: str) -> None:
    rows = re.findall(r'<details class="group".*?</details>', seeds_report, re.S)
    killed = [r for r in rows if '<span class="measure">killed</span>' in r and "<strong>164</strong>" in r]
    assert killed, "no killed group with best value 164"
    assert "Ministry of Health" in killed[0]
    detained = [r for r in rows if '<span class="measure">detained</span>' in r]
    assert any('<td class="value">7,939</td>' in r and "Ministry of Internal Affairs" in r for r in detained)


@pytest.mark.slow
def test_seeds_report_loads_nothing_remote(seeds_report: str) -> None:
    assert not re.search(r'\s(src|href|action)="(?!#)', seeds_report.replace('href="http', 'href="#'))
    assert "<link" not in seeds_report and "@import" not in seeds_report and "url(" not in seeds_report
