"""A slot's groups, verdicts, best values and explanations depend on what the claims say and who
published them, never on document ids (hashes of file paths) or on the order files were read.
Invented coverage of one disaster: a growing official series, a rights group's rival count,
the same figure from two outlets on one day, undated reports, a breakdown by nationality."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def _coverage():
    docs = [make_doc("a", outlet="Wire One", published="2031-05-01"),
            make_doc("b", outlet="State TV", published="2031-05-01"),
            make_doc("c", outlet="Local Herald", published="2031-05-03"),
            make_doc("d", outlet="Rights Watch", published="2031-05-03"),
            make_doc("e", outlet="Wire Two", published="2031-05-05"),
            make_doc("f", outlet="Evening Post", published=None)]
    claims = [
        _said(fig("a1", "a", "killed", 140, sources=(("police", "origin"),)), "Police said 140 people died."),
        _said(fig("b1", "b", "killed", 140, sources=(("the Health Ministry", "origin"),)),
              "The Health Ministry put the toll at 140."),
        _said(fig("c1", "c", "killed", 275, sources=(("the Health Ministry", "origin"),)),
              "The toll rose to 275, the Health Ministry said."),
        _said(fig("d1", "d", "killed", 300, qualifier="at_least", sources=(("Rights Watch", "origin"),)),
              "At least 300 people were killed, Rights Watch said."),
        _said(fig("e1", "e", "killed", 312, sources=(("the Health Ministry", "origin"),)),
              "The Health Ministry said 312 had died."),
        _said(fig("e2", "e", "injured", 1200, qualifier="about"), "About 1,200 were wounded."),
        _said(fig("f1", "f", "killed", 312), "The disaster killed 312 people."),
        _said(fig("f2", "f", "injured", 1150, qualifier="more_than"), "More than 1,150 were injured."),
        _said(fig("f3", "f", "killed", 80, subject="national of Freedonians"), "Among the dead were 80 Freedonians."),
        _said(fig("f4", "f", "killed", 12, subject="national of Ruritanians"), "Twelve Ruritanians also died."),
    ]
    return docs, claims


def _rename(docs, claims, table):
    docs = [replace(d, id=table[d.id], path=f"/elsewhere/{table[d.id]}.txt") for d in docs]
    claims = [replace(c, document=table[c.document],
                      evidence=replace(c.evidence, document=table[c.document])) for c in claims]
    return docs, claims


def _summary(rec):
    return sorted((g.measure, g.subject or "", tuple(sorted(g.claims)), g.verdict,
                   g.best.value if g.best else None, g.explanation) for g in rec.groups)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_groups_and_verdicts_do_not_depend_on_ids_or_order(seed: int) -> None:
    docs, claims = _coverage()
    want = _summary(reconcile(docs, claims, ()))
    rnd = random.Random(seed)
    names = [f"{rnd.getrandbits(64):016x}" for _ in docs]
    table = {d.id: n for d, n in zip(docs, names, strict=True)}
    docs2, claims2 = _rename(docs, claims, table)
    rnd.shuffle(docs2)
    rnd.shuffle(claims2)
    assert _summary(reconcile(docs2, claims2, ())) == want


def test_the_invented_coverage_reads_as_intended() -> None:
    # the permutation test above compares something real: a headline with several claims, parts
    docs, claims = _coverage()
    rec = reconcile(docs, claims, ())
    top = next(g for g in rec.groups if "e1" in g.claims)
    assert {"a1", "c1", "e1"} <= set(top.claims) and not {"f3", "f4"} & set(top.claims)
    assert top.best is not None and top.best.value == 312
