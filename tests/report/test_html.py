"""The report page: sections present, untrusted text escaped, links safe, CSP in the file."""

from __future__ import annotations

import html
import html.parser
import re

import pytest
import sample_dossier

from counterpoint.models import Dossier
from counterpoint.report import render_report
from counterpoint.report.format import evidence_anchor, safe_url


@pytest.fixture(scope="module")
def page(dossier: Dossier) -> str:
    return render_report(dossier)


class _Collect(html.parser.HTMLParser):
    """Every start tag with its attributes, to check what a browser would build."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Collect()
    p.feed(page)
    return p.tags


def test_sections_in_reading_order(page: str) -> None:
    order = [page.index(f'id="{s}"') for s in ("figures", "timeline", "whos-who", "places", "outlets", "documents")]
    assert order == sorted(order)
    assert "<h1>What the sources say: 3 articles from 3 outlets, compared</h1>" in page
    assert 'class="intro"' in page


def test_one_row_per_group_with_verdict_and_best(page: str, dossier: Dossier) -> None:
    assert page.count('<details class="group"') == len(dossier.groups)
    assert '<span class="badge v-update"' in page and '<span class="badge v-agree"' in page
    assert "<strong>7,939</strong> <small>(6,000–7,939)</small>" in page
    assert "<strong>164</strong> <small>(150–164)</small>" in page


def test_evidence_links_point_at_marked_sentences(page: str, dossier: Dossier) -> None:
    ids = {a["id"] for _, a in _tags(page) if a.get("id")}
    hrefs = [a["href"] for t, a in _tags(page) if t == "a" and (a.get("class") or "") == "evidence"]
    assert len(hrefs) == sum(len(g.claims) for g in dossier.groups)
    for h in hrefs:
        assert h.startswith("#") and h[1:] in ids
    c = dossier.claims[2]
    assert f'<mark class="ev fig" id="{evidence_anchor("d1", c.evidence.start, c.evidence.end)}"' in page


def test_figures_and_names_marked_in_documents(page: str) -> None:
    assert re.search(r'<strong class="num"[^>]*>7,939</strong>', page)
    assert re.search(r'<span class="ent"[^>]*>Almaty</span>', page)


def test_chart_for_groups_with_several_claims(page: str) -> None:
    assert page.count('<svg class="chart"') == 2  # g1 and g2; g3 has one claim


def test_map_places_from_coordinates(page: str) -> None:
    svg = page[page.index('<svg class="map"'):]
    assert svg.count('<g class="place">') == 2  # Almaty, Nur-Sultan; Kazakhstan is shaded, not dotted
    assert 'class="land home"' in svg


def test_hostile_strings_are_escaped_everywhere(page: str) -> None:
    for tag, attrs in _tags(page):
        assert tag != "img" and tag != "b", f"injected <{tag}> became markup"
        if tag == "svg":
            assert "onload" not in attrs
        for k, v in attrs.items():
            assert not k.startswith("on"), f"event handler attribute {k} on <{tag}>"
            if k in ("href", "src", "action"):
                assert not (v or "").lower().startswith("javascript:")
    scripts = [t for t, _ in _tags(page) if t == "script"]
    assert len(scripts) == 1  # ours only
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "javascript:window.__pwned=5" in page  # shown as text only


def test_only_http_links_clickable() -> None:
    assert safe_url("https://a.example/x?q=1") == "https://a.example/x?q=1"
    assert safe_url("http://a.example") == "http://a.example"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>", "file:///etc/passwd",
                "//evil.example", "https://a.example/\"onmouseover=x", "https:/nohost", "", None, "ftp://a.example"):
        assert safe_url(bad) is None, bad


def test_csp_meta_allows_only_our_inline_code(page: str) -> None:
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert m
    csp = html.unescape(m.group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp
    assert "http" not in csp  # nothing remote allowed


def test_no_remote_resources(page: str) -> None:
    for tag, attrs in _tags(page):
        if tag in ("link", "img", "iframe", "object", "embed", "source"):
            pytest.fail(f"external resource tag <{tag}>")
        if tag == "script":
            assert "src" not in attrs


def test_empty_dossier_renders() -> None:
    page = render_report(Dossier())
    assert "No figures were found" in page and "No place" in page


def test_overlapping_and_out_of_range_offsets_do_not_break_markup() -> None:
    from dataclasses import replace

    from counterpoint.models import Evidence, FigureClaim

    d = sample_dossier.build()
    text = d.documents[0].text or ""
    weird = (
        FigureClaim(id="x1", document="d1", measure="injured", value=5, low=5, high=5, qualifier="exact",
                    unit="person", subject="person", evidence=Evidence(document="d1", start=10, end=len(text) + 50,
                                                                       text="out of range")),
        FigureClaim(id="x2", document="d1", measure="injured", value=5, low=5, high=5, qualifier="exact",
                    unit="person", subject="person", evidence=Evidence(document="d1", start=20, end=120,
                                                                       text=text[20:120])),
    )
    page = render_report(replace(d, claims=d.claims + weird))
    body = page[page.index('id="doc-d1"'):page.index('id="doc-d2"')]
    assert body.count("<mark") == body.count("</mark>")
    assert body.count("<p>") + body.count("<p class") == body.count("</p>")
