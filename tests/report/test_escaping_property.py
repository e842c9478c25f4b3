"""Property: whatever the text and offsets, the document body is well-formed and only our tags."""

from __future__ import annotations

import html.parser

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.models import Document, Dossier, Entity, Evidence, FigureClaim
from counterpoint.report.marks import document_body
from counterpoint.report.views import Index

ALLOWED = {"p", "br", "mark", "span", "strong"}


class _Check(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED or any(k.startswith("on") or k in ("href", "src", "style") for k, _ in attrs):
            self.bad.append(tag)
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.bad.append("/" + tag)


text_st = st.text(alphabet=st.sampled_from([*list("ab <>&\"'=\n/script onerror javascript:"), "\u202e", "\x00"]),
                  max_size=200)


@settings(max_examples=150, deadline=None)
@given(text=text_st, spans=st.lists(st.tuples(st.integers(-5, 220), st.integers(-5, 220)), max_size=6),
       alias=st.sampled_from(["ab", "<script>", "a b", "on&", "x"]))
def test_document_body_is_well_formed(text: str, spans, alias: str) -> None:
    doc = Document(id="d<1>", path="p", status="ok", text=text)
    claims = tuple(
        FigureClaim(id=f"c{i}", document=doc.id, measure="killed", value=1, low=1, high=1, qualifier="exact",
                    unit="person", subject=None, evidence=Evidence(document=doc.id, start=a, end=b, text=""))
        for i, (a, b) in enumerate(spans)
    )
    ent = Entity(id="e", name=alias, type="person", aliases=(alias, "script"), documents=(doc.id,), mentions=1)
    d = Dossier(documents=(doc,), claims=claims, entities=(ent,))
    out = str(document_body(doc, d, Index.of(d)))
    check = _Check()
    check.feed(out)
    check.close()
    assert check.bad == [] and check.stack == []
