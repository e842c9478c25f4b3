"""Scopes in an event over three countries: some of them counted together, the towns of one
country named in a sentence, the one country an article's title names. Sentences are invented for
these tests (a storm across three real country names, since the rules read country names)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Entity, Evidence, Geo, Source
from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _said(c, text, *, sources=()):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text),
                   sources=tuple(Source(name=n, role=r) for n, r in sources))


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _storm(extra_docs=(), extra_claims=()):
    docs = [make_doc(x, outlet=x.upper(), published="2031-03-1" + str(i)) for i, x in enumerate("abc")]
    claims = [
        _said(fig("a1", "a", "killed", 300, place_name="Ghana"), "In Ghana, 300 people have died so far."),
        _said(fig("a2", "a", "killed", 90, place_name="Togo"), "Officials in Togo counted 90 dead."),
        _said(fig("a3", "a", "killed", 40, place_name="Benin"), "The storm killed 40 people in Benin."),
        _said(fig("b1", "b", "killed", 420), "The toll in Ghana, Togo and Benin has risen to 420."),
        _said(fig("c1", "c", "killed", 350, place_name="Ghana"), "The toll in Ghana has risen to 350."),
    ]
    return docs + list(extra_docs), claims + list(extra_claims)


def test_a_figure_placed_in_two_of_three_countries_is_a_scope_of_its_own():
    extra = [_said(fig("d1", "d", "killed", 25, place_name="Togo"),
                   "Before the storm, heavy rain in Togo and Benin, where 25 people died, flooded the coast.")]
    docs, claims = _storm([make_doc("d", outlet="D", published="2031-03-09")], extra)
    rec = reconcile(docs, claims, ())
    joint = _holding(rec, "d1")
    assert joint.id not in {_holding(rec, c).id for c in ("a1", "a2", "a3", "b1")}
    assert joint.place == "Benin and Togo"


def test_a_pair_the_figure_is_not_placed_in_is_the_event_s_path_not_its_scope():
    extra = [_said(fig("d1", "d", "killed", 410),
                   "The storm then moved on to Togo and Benin, leaving at least 410 people dead in total.")]
    docs, claims = _storm([make_doc("d", outlet="D", published="2031-03-13")], extra)
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "d1").id == _holding(rec, "b1").id


def test_a_town_of_one_country_named_in_the_sentence_scopes_the_figure():
    town = Entity(id="e-kpalime", name="Kpalime", type="place", aliases=("Kpalime",), documents=("d",), mentions=1,
                  geo=Geo(lat=6.9, lon=0.63, country="TG", geonameid=None))
    extra = [_said(fig("d1", "d", "missing", 60), "Sixty people are missing, the Kpalime district chief told reporters."),
             _said(fig("d2", "e", "missing", 75, place_name="Togo"), "In Togo, 75 people are still missing.")]
    docs, claims = _storm([make_doc("d", outlet="D", published="2031-03-13"),
                           make_doc("e", outlet="E", published="2031-03-14")], extra)
    rec = reconcile(docs, claims, (town,))
    assert _holding(rec, "d1").id == _holding(rec, "d2").id


def test_the_one_country_an_article_title_names_scopes_its_unplaced_figures():
    d = replace(make_doc("d", outlet="D", published="2031-03-13"), title="Storm sweeps across Togo, killing dozens")
    extra = [_said(fig("d1", "d", "missing", 60), "Sixty people are missing, the government said."),
             _said(fig("d2", "e", "missing", 75, place_name="Togo"), "In Togo, 75 people are still missing.")]
    docs, claims = _storm([d, make_doc("e", outlet="E", published="2031-03-14")], extra)
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "d1").id == _holding(rec, "d2").id


def test_a_title_naming_two_countries_together_scopes_nothing():
    d = replace(make_doc("d", outlet="D", published="2031-03-13"), title="Storm sweeps across Togo and Benin")
    extra = [_said(fig("d1", "d", "missing", 60), "Sixty people are missing, the government said."),
             _said(fig("d2", "e", "missing", 75, place_name="Togo"), "In Togo, 75 people are still missing.")]
    docs, claims = _storm([d, make_doc("e", outlet="E", published="2031-03-14")], extra)
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "d1").id != _holding(rec, "d2").id
