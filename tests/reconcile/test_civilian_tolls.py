"""Civilians as the toll (reconcile/civilian_tolls.py): a figure whose victims are called civilians
is the event's headline count when nothing in its sentence sets them beside another group and it is
of the headline's size; a breakdown by group, a share, or a small count stays a part. Claims are
hand-built; the sentences are invented."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _said(c, text, start=0):
    return replace(c, evidence=Evidence(document=c.document, start=start, end=start + len(text), text=text))


def _docs(n):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=f"2031-03-{10 + i}") for i in range(n)]


def _group(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _series():
    return [_said(fig("a", "d0", "killed", 180), "The rights group said 180 people had been killed since the vote."),
            _said(fig("b", "d1", "killed", 240, qualifier="at_least"),
                  "At least 240 people have died in the crackdown, monitors said.")]


def test_civilians_alone_in_their_sentence_are_the_toll():
    claims = [*_series(), _said(fig("c", "d2", "killed", 212, subject="civilians"),
                                "State television said 212 civilians had died in the unrest since the vote.")]
    rec = reconcile(_docs(3), claims, ())
    assert {"a", "b", "c"} <= set(_group(rec, "a").claims)


def test_civilians_and_their_wounded_told_together_join_both_tolls():
    claims = [*_series(), _said(fig("i", "d0", "injured", 1500, qualifier="about"),
                                "About 1,500 people were hurt, the group added.", 80),
              _said(fig("c", "d2", "killed", 230, qualifier="at_least", subject="civilians"),
                    "A crackdown in which at least 230 civilians were killed and more than 1,800 wounded."),
              _said(fig("w", "d2", "injured", 1800, qualifier="more_than", subject="civilians"),
                    "A crackdown in which at least 230 civilians were killed and more than 1,800 wounded.")]
    rec = reconcile(_docs(3), claims, ())
    assert "c" in _group(rec, "a").claims
    assert "w" in _group(rec, "i").claims


def test_civilians_beside_another_group_stay_a_part():
    text = "At least 150 civilians and 12 soldiers were killed in the fighting, the army said."
    claims = [*_series(), _said(fig("c", "d2", "killed", 150, qualifier="at_least", subject="civilians"), text),
              _said(fig("s", "d2", "killed", 12, subject="soldiers"), text)]
    rec = reconcile(_docs(3), claims, ())
    assert "c" not in _group(rec, "a").claims


def test_a_few_civilians_are_a_part_of_a_larger_toll():
    claims = [*_series(), _said(fig("c", "d2", "killed", 2, subject="civilians"),
                                "Two civilians died when a stray round hit their car, the mayor said.")]
    rec = reconcile(_docs(3), claims, ())
    assert "c" not in _group(rec, "a").claims
