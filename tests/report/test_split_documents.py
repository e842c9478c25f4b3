"""A report with much text keeps its documents' texts on pages of their own (issue #12)."""

from __future__ import annotations

import re
from pathlib import Path

from counterpoint.report import event_pages
from counterpoint.report.event_pages import write_report


def test_small_report_stays_one_self_contained_file(dossier, tmp_path: Path):
    written = write_report(dossier, tmp_path, "dossier.html")
    assert written == [tmp_path / "dossier.html"]
    assert not (tmp_path / "dossier").exists()


def test_long_report_links_each_text_on_its_own_page(dossier, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(event_pages, "INLINE_TEXT_MAX_CHARS", 10)
    written = write_report(dossier, tmp_path, "dossier.html")
    page = written[0].read_text("utf-8")
    with_text = [d for d in dossier.documents if d.text and d.status != "skipped"]
    assert len(written) == 1 + len(with_text)
    assert '<div class="body">' not in page  # no text on the report page itself
    monkeypatch.setattr(event_pages, "INLINE_TEXT_MAX_CHARS", 10**9)
    inline = write_report(dossier, tmp_path / "inline", "x.html")[0].read_text("utf-8")
    assert inline.count('<div class="body">') == len(with_text)  # the texts left the page
    # every evidence link leads to a document page that holds that sentence's anchor
    links = re.findall(r'class="evidence" href="([^"#]+)#([^"]+)"', page)
    assert links
    for rel, anchor in links:
        target = tmp_path / rel
        assert target.exists(), rel
        body = target.read_text("utf-8")
        assert f'id="{anchor}"' in body and 'href="../dossier.html"' in body
    for rel in set(re.findall(r'<a href="(dossier/[^"]+)">Read the article</a>', page)):
        assert (tmp_path / rel).exists()
