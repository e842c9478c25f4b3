"""Render the dossier as one self-contained HTML page (and the web app's pages).

Jinja2 with autoescape on every template: text from articles is always escaped. CSS and JS are
inlined at render time and allowed by hash in a Content-Security-Policy, so nothing else — no
injected script, no remote resource — can run or load, whether the file is opened from disk or
served.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.resources
from collections.abc import Callable, Mapping
from typing import Any

from .. import __version__
from ..models import Dossier
from ..statements.views import stories_view
from . import views
from .basemap import MapPlace, country_geonameids, places_svg
from .chart import evolution_svg
from .format import dom_id, evidence_anchor


def _asset(name: str) -> str:
    return importlib.resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@functools.cache
def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("counterpoint.report", "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
    )


@functools.cache
def assets() -> tuple[str, str]:
    """(css, js), read once."""
    return _asset("report.css"), _asset("report.js")


def content_security_policy(*, served: bool = False) -> str:
    """The policy for every page: only our own inline CSS and JS (by hash), images as data: URIs."""
    css, js = assets()
    policy = [
        "default-src 'none'",
        f"style-src {_sha256(css)}",
        f"script-src {_sha256(js)}",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'self'" if served else "form-action 'none'",
    ]
    if served:
        policy.append("connect-src 'self'")  # frame-ancestors only works as a header: web/security.py
    return "; ".join(policy)


def render(template: str, *, served: bool = False, **context: Any) -> str:
    """Render one template with the shared layout context."""
    css, js = assets()
    context.setdefault("counts", {"documents": 0})
    return _env().get_template(template).render(
        csp=content_security_policy(served=served), css=css, js=js, version=__version__, **context
    )


def _places(d: Dossier, ix: views.Index, groups: list[views.GroupView]) -> list[dict[str, Any]]:
    """Entities with coordinates, numbered for the map, with the figure groups placed there."""
    by_place: dict[str, list[views.GroupView]] = {}
    for g in groups:
        if g.group.place:
            by_place.setdefault(g.group.place, []).append(g)
    geo = sorted((e for e in d.entities if e.geo), key=lambda e: (-len(by_place.get(e.id, [])), -e.mentions))
    nations = country_geonameids()
    return [
        {
            "mentions": e.mentions,
            "is_country": e.geo.geonameid in nations,  # type: ignore[union-attr]
            "id": e.id,
            "name": e.name,
            "anchor": dom_id("place", e.id),
            "coordinates": f"{e.geo.lat:.3f}, {e.geo.lon:.3f}",  # type: ignore[union-attr]
            "groups": by_place.get(e.id, []),
            "lat": e.geo.lat,  # type: ignore[union-attr]
            "lon": e.geo.lon,  # type: ignore[union-attr]
            "country": e.geo.country,  # type: ignore[union-attr]
        }
        for e in geo
    ]


def _evidence_href(d: Dossier, files: Mapping[str, str] | None) -> Callable[[str], str]:
    """Where an evidence link goes: the sentence on this page, or on its document's own page."""
    if not files:
        return lambda anchor: "#" + anchor
    where = {evidence_anchor(c.evidence.document, c.evidence.start, c.evidence.end): c.evidence.document
             for c in d.claims}
    return lambda anchor: (files.get(where.get(anchor, ""), "") + "#" + anchor)


def report_context(d: Dossier, document_files: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Everything the report template shows, computed once. With `document_files` (document id
    -> relative URL of its own page) the document texts are left to those pages."""
    ix = views.Index.of(d)
    groups = views.group_views(d, ix)
    charts = {
        g.id: evolution_svg(g.claims, title=f"{g.measure} ({g.place}): reported value by as-of date")
        for g in groups
    }
    places = _places(d, ix, groups)
    drawn = places_svg(
        [MapPlace(name=p["name"], lat=p["lat"], lon=p["lon"], country=p["country"], number=i,
                  weight=p["mentions"] + 10 * len(p["groups"]), is_country=p["is_country"])
         for i, p in enumerate(places, 1)],
        title="Places named in the articles",
    )
    for i, p in enumerate(places, 1):
        p["on_map"] = drawn is not None and i in drawn.drawn
    map_svg = drawn.svg if drawn else None
    return {
        "counts": views.summary_counts(d),
        "groups": groups,
        "charts": charts,
        "verdict_help": views.VERDICT_HELP,
        "group_label": views.group_label,
        "timeline": views.timeline_views(d, ix),
        "entities": views.entity_views(d, ix),
        "places": places,
        "map_svg": map_svg,
        "outlets": views.outlet_views(d, ix, groups),
        "documents": views.document_views(d, ix, document_files),
        "evidence_href": _evidence_href(d, document_files),
        "stories": stories_view(d),
    }


def render_report(d: Dossier, *, search_action: str | None = None, upload_link: bool = False,
                  document_files: Mapping[str, str] | None = None) -> str:
    """The dossier as one self-contained HTML page.

    `search_action` is the served app's search URL; the file version (None) gets a filter box
    that works offline instead. `document_files`: see `report_context` (and `render_document_file`).
    """
    return render("report.html.j2", served=search_action is not None, search_action=search_action,
                  upload_link=upload_link, **report_context(d, document_files))


def render_document_file(d: Dossier, doc_id: str, back: str) -> str:
    """One document of `d` as its own self-contained page (highlights as in the report), with a
    link `back` to the report that lists it."""
    ix = views.Index.of(d)
    one = Dossier(documents=tuple(x for x in d.documents if x.id == doc_id), entities=d.entities, claims=d.claims)
    doc = views.document_views(one, ix)[0]
    return render("document_file.html.j2", doc=doc, back=back, counts={"documents": 1})
