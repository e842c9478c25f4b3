"""A hand-built Dossier for report, export and web tests (no NLP, no store).

The articles are invented for the tests (not copied from the seeds) but shaped like the real
corpus: an agency figure relayed by several outlets, a count that grew, a city-scoped figure,
and hostile strings in text, title, outlet and URL.
"""

from __future__ import annotations

from counterpoint.models import (
    Best,
    Document,
    Dossier,
    Entity,
    EventClaim,
    Evidence,
    FigureClaim,
    Geo,
    Group,
    OutletProfile,
    Source,
    StatementClaim,
    TimelineEntry,
)

# Payloads a hostile article could carry; the browser test checks that none of them runs.
XSS_TEXT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">'
XSS_TITLE = '"><svg onload=window.__pwned=3>Unrest <b>report</b>'
XSS_OUTLET = "<img src=x onerror=alert(4)>News"
XSS_URL = "javascript:window.__pwned=5"

TEXT_A = (
    "Protests over fuel prices spread across the country on 4 January, officials said.\n\n"
    "The health ministry said 164 people had been killed by 10 January, including 103 in the "
    "largest city, Almaty.\n\n"
    "The interior ministry reported that 7,939 people had been detained as of 10 January.\n\n"
    "President Tokayev said order had been restored."
)
TEXT_B = (
    "Citing the health ministry, the agency reported that more than 150 people were killed "
    "during the unrest.\n\n"
    "Police said almost 6,000 people were detained by 8 January. Crowds gathered in Nur-Sultan "
    "and in Almaty."
)
TEXT_C = (
    "A statement said 6,044 people had been detained as of 9 January " + XSS_TEXT + ".\n\n"
    "Residents of Almaty described shooting near the main square. The president's office said "
    "164 people died."
)


def _ev(doc: Document, sentence: str) -> Evidence:
    text = doc.text or ""
    start = text.index(sentence)
    return Evidence(document=doc.id, start=start, end=start + len(sentence), text=sentence)


def build() -> Dossier:
    a = Document(id="d1", path="in/a.txt", status="ok", text=TEXT_A, title="Unrest: death toll rises",
                 outlet="Wire Agency", url="https://wire.example/a?x=1&y=<2>", published="2022-01-10",
                 language="en")
    b = Document(id="d2", path="in/b.txt", status="ok", text=TEXT_B, title="Agency: more than 150 dead",
                 outlet="Daily Relay", url="http://relay.example/b", published="2022-01-08", language="en")
    c = Document(id="d3", path="in/c.txt", status="ok", text=TEXT_C, title=XSS_TITLE, outlet=XSS_OUTLET,
                 url=XSS_URL, published="2022-01-09", language="en")
    s = Document(id="d4", path="in/broken.bin", status="skipped", reason="binary file, not text")
    health = Source(name="the health ministry", role="origin", entity="e-health")
    interior = Source(name="The interior ministry", role="origin", entity="e-interior")
    claims = (
        FigureClaim(id="d1-f1", document="d1", measure="killed", value=164, low=164, high=164, qualifier="exact",
                    unit="person", subject="person", as_of="2022-01-10", sources=(health,),
                    evidence=_ev(a, "The health ministry said 164 people had been killed by 10 January, including "
                                    "103 in the largest city, Almaty.")),
        FigureClaim(id="d1-f2", document="d1", measure="killed", value=103, low=103, high=103, qualifier="exact",
                    unit="person", subject="person", as_of="2022-01-10", sources=(health,), place="e-almaty",
                    place_name="Almaty",
                    evidence=_ev(a, "The health ministry said 164 people had been killed by 10 January, including "
                                    "103 in the largest city, Almaty.")),
        FigureClaim(id="d1-f3", document="d1", measure="detained", value=7939, low=7939, high=7939,
                    qualifier="exact", unit="person", subject="person", as_of="2022-01-10", sources=(interior,),
                    evidence=_ev(a, "The interior ministry reported that 7,939 people had been detained as of "
                                    "10 January.")),
        FigureClaim(id="d2-f1", document="d2", measure="killed", value=150, low=150, high=None,
                    qualifier="more_than", unit="person", subject="person", as_of="2022-01-08",
                    sources=(Source(name="the health ministry", role="origin", entity="e-health"),
                             Source(name="the agency", role="relay")),
                    evidence=_ev(b, "Citing the health ministry, the agency reported that more than 150 people "
                                    "were killed during the unrest.")),
        FigureClaim(id="d2-f2", document="d2", measure="detained", value=6000, low=None, high=6000,
                    qualifier="almost", unit="person", subject="person", as_of="2022-01-08",
                    sources=(Source(name="Police", role="origin"),),
                    evidence=_ev(b, "Police said almost 6,000 people were detained by 8 January.")),
        FigureClaim(id="d3-f1", document="d3", measure="detained", value=6044, low=6044, high=6044,
                    qualifier="exact", unit="person", subject="person", as_of="2022-01-09",
                    sources=(Source(name="A statement <script>", role="origin"),),
                    evidence=_ev(c, "A statement said 6,044 people had been detained as of 9 January "
                                    + XSS_TEXT + ".")),
        FigureClaim(id="d3-f2", document="d3", measure="killed", value=164, low=164, high=164, qualifier="exact",
                    unit="person", subject="person", as_of="2022-01-09",
                    sources=(Source(name="The president's office", role="origin"),),
                    evidence=_ev(c, "The president's office said 164 people died.")),
        EventClaim(id="d1-e1", document="d1", event_type="protest", date="2022-01-04",
                   text="Protests over fuel prices spread", place="e-kz",
                   evidence=_ev(a, "Protests over fuel prices spread across the country on 4 January, officials "
                                   "said.")),
        StatementClaim(id="d1-s1", document="d1", speaker="e-tokayev", speaker_name="President Tokayev",
                       text="order had been restored",
                       evidence=_ev(a, "President Tokayev said order had been restored.")),
    )
    entities = (
        Entity(id="e-almaty", name="Almaty", type="place", aliases=("Almaty", "Alma-Ata"), documents=("d1", "d2", "d3"),
               mentions=4, geo=Geo(lat=43.25, lon=76.95, country="KZ", geonameid=1526384)),
        Entity(id="e-astana", name="Nur-Sultan", type="place", aliases=("Nur-Sultan", "Astana"), documents=("d2",),
               mentions=1, geo=Geo(lat=51.18, lon=71.45, country="KZ", geonameid=1526273)),
        Entity(id="e-kz", name="Kazakhstan", type="place", aliases=("Kazakhstan",), documents=(), mentions=1,
               geo=Geo(lat=48.0, lon=68.0, country="KZ", geonameid=1522867)),
        Entity(id="e-health", name="Ministry of Health", type="organization",
               aliases=("Ministry of Health", "health ministry"), documents=("d1", "d2"), mentions=2),
        Entity(id="e-interior", name="Ministry of Internal Affairs", type="organization",
               aliases=("interior ministry",), documents=("d1",), mentions=1),
        Entity(id="e-tokayev", name="Kassym-Jomart Tokayev", type="person", aliases=("Tokayev", "<b>Tokaev</b>"),
               documents=("d1",), mentions=1),
    )
    groups = (
        Group(id="g1", measure="killed", subject="person", place=None, claims=("d1-f1", "d2-f1", "d3-f2"),
              verdict="agree", best=Best(value=164, low=150, high=164), outlets=3, independent_sources=2,
              explanation="Three outlets report compatible totals; 164 comes from the health ministry.",
              origins=("Ministry of Health", "The president's office")),
        Group(id="g2", measure="detained", subject="person", place=None, claims=("d2-f2", "d3-f1", "d1-f3"),
              verdict="update", best=Best(value=7939, low=6000, high=7939), outlets=3, independent_sources=3,
              explanation="The count grew from almost 6,000 (8 January) to 7,939 (10 January) <i>as reported</i>.",
              origins=("Police", "A statement <script>", "Ministry of Internal Affairs")),
        Group(id="g3", measure="killed", subject="person", place="e-almaty", claims=("d1-f2",), verdict="single",
              best=Best(value=103, low=103, high=103), outlets=1, independent_sources=1,
              explanation="Only one claim.", origins=("Ministry of Health",)),
    )
    timeline = (
        TimelineEntry(date="2022-01-04", text="Protests over fuel prices spread", documents=("d1",),
                      claims=("d1-e1",), event_type="protest"),
        TimelineEntry(date="2022-01-10", text="7,939 detained (interior ministry) " + XSS_TEXT, documents=("d1", "d3"),
                      claims=("d1-f3",)),
    )
    outlets = (
        OutletProfile(name="Wire Agency", documents=("d1",), origins=("Ministry of Health",)),
        OutletProfile(name="Daily Relay", documents=("d2",), origins=("Ministry of Health",)),
        OutletProfile(name=XSS_OUTLET, documents=("d3",), origins=()),
    )
    return Dossier(documents=(a, b, c, s), entities=entities, claims=claims, groups=groups, timeline=timeline,
                   outlets=outlets, events=({"id": "ev1", "documents": ["d1", "d2", "d3"], "label": "unrest"},))
