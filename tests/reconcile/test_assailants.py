"""A toll with the attackers and one without (reconcile.assailants). Every sentence is invented
for these tests."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile.assailants import WITH_ASSAILANTS_LABEL, separate_with_assailants
from counterpoint.reconcile.slots import SlotKey

from .conftest import fig

KEY = SlotKey(event="e", measure="killed", subject="person", place=None)


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def _split(claims, attackers):
    raw = {KEY: list(claims)}
    separate_with_assailants(raw, attackers, "person")
    return {k.part_of: {c.id for c in cs} for k, cs in raw.items()}


def test_a_reports_sum_of_victims_and_attackers_is_another_whole():
    claims = [_said(fig("v", "d0", "killed", 38), "The interior minister said 38 people died in the raid on the barracks."),
              _said(fig("s", "d0", "killed", 50),
                    "Twelve of the gunmen were also shot dead, which brings everyone killed to 50."),
              _said(fig("x", "d1", "killed", 52), "Weeks later the official toll stood at 52, not counting the gunmen."),
              _said(fig("l", "d2", "killed", 53), "A year on, the town mourned the raid that left 53 dead."),
              _said(fig("y", "d3", "killed", 40), "Forty people were killed in the barracks raid, officials said.")]
    # the 12 gunmen are counted in report d0, where 38 + 12 = 50
    assert _split(claims, [("d0", 12.0)]) == {None: {"v", "x", "y"}, WITH_ASSAILANTS_LABEL: {"s", "l"}}


def test_the_attackers_counted_in_another_report_make_no_sum():
    claims = [_said(fig("v", "d0", "killed", 38), "Officials said 38 people died in the raid."),
              _said(fig("s", "d1", "killed", 50), "The raid left 50 dead, officials said.")]
    assert _split(claims, [("d2", 12.0)]) == {None: {"v", "s"}}


def test_no_sum_of_the_attackers_leaves_the_whole_alone():
    claims = [_said(fig("v", "d0", "killed", 38), "Officials said 38 people died in the raid."),
              _said(fig("s", "d0", "killed", 45), "By evening the toll had risen to 45, officials said.")]
    assert _split(claims, [("d0", 12.0)]) == {None: {"v", "s"}}
