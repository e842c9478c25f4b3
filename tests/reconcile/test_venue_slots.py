"""A site's count of an attack on several sites: one slot per site, whatever its spelling, under
the whole and never in it (hand-built claims, invented names)."""

from __future__ import annotations

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def test_site_counts_meet_per_site_under_the_whole():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-05-0{i + 1}") for i, x in enumerate("abc")]
    claims = [
        fig("a1", "a", "killed", 40),
        fig("a2", "a", "killed", 30, place_name="Masjid Al Tawba mosque"),
        fig("b1", "b", "killed", 49),
        fig("b2", "b", "killed", 41, place_name="Al Tawba Mosque"),
        fig("b3", "b", "killed", 7, place_name="Brookfield Mosque"),
        fig("c1", "c", "killed", 50),
        fig("c2", "c", "killed", 42, place_name="the Al Tawba mosque"),
        fig("c3", "c", "killed", 7, place_name="suburban Brookfield Masjid Mosque"),
    ]
    rec = reconcile(docs, claims, ())
    holding = {cid: g for g in rec.groups for cid in g.claims}
    whole = holding["a1"]
    assert {holding[c].id for c in ("b1", "c1")} == {whole.id}
    assert {holding[c].id for c in ("a2", "b2", "c2")} == {holding["a2"].id} != {whole.id}
    assert holding["b3"].id == holding["c3"].id != whole.id
    assert holding["a2"].parent == whole.id and holding["b3"].parent == whole.id
