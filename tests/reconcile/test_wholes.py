"""Vague counts beside stated ones: shown apart, never a member that sets the best value."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.wholes import is_vague

from .conftest import fig, make_doc


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def test_a_coded_vague_count_is_vague_and_a_stated_floor_is_not():
    assert is_vague(_said(fig("a", "a", "killed", 12, qualifier="at_least"), "Dozens of people were killed."))
    assert not is_vague(_said(fig("b", "b", "killed", 12, qualifier="at_least"), "At least 12 people were killed."))
    assert not is_vague(_said(fig("c", "c", "killed", 100), "Hundreds gathered as 100 were killed."))


def test_dozens_killed_is_kept_apart_from_the_toll_series():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i + 1}") for i, x in enumerate("abc")]
    claims = [_said(fig("a1", "a", "killed", 12, qualifier="at_least"), "Dozens were killed when the bridge fell."),
              _said(fig("b1", "b", "killed", 22), "The toll rose to 22, officials said."),
              _said(fig("c1", "c", "killed", 39), "Officials said 39 people had died.")]
    rec = reconcile(docs, claims, ())
    top = next(g for g in rec.groups if "c1" in g.claims)
    assert "a1" not in top.claims and top.best.value == 39
    vague = next(g for g in rec.groups if "a1" in g.claims)
    assert vague.parent == top.id


def test_vague_counts_alone_stay_the_slot():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i + 1}") for i, x in enumerate("ab")]
    claims = [_said(fig("a1", "a", "detained", 100, qualifier="at_least"), "Hundreds were detained."),
              _said(fig("b1", "b", "detained", 100, qualifier="at_least"), "Police detained hundreds of people.")]
    rec = reconcile(docs, claims, ())
    assert any({"a1", "b1"} <= set(g.claims) for g in rec.groups)
