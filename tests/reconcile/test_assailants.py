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


def test_a_sum_far_below_the_slots_level_counts_another_incident():
    # a raid days later: "two died, one of them a woman who blew herself up" (1 + 1 attacker = 2)
    claims = [_said(fig("a", "d0", "killed", 129), "The prosecutor said 129 people were killed in the attacks."),
              _said(fig("b", "d1", "killed", 128), "At least 128 people were killed in the attacks."),
              _said(fig("c", "d2", "killed", 130), "A year on, the city mourned the 130 people killed."),
              _said(fig("v", "d3", "killed", 1), "One suspect may also have died in the siege."),
              _said(fig("s", "d3", "killed", 2), "Two people died in the raid, the prosecutor said.")]
    assert _split(claims, [("d3", 1.0)]) == {None: {"a", "b", "c", "v", "s"}}


def test_a_hedged_figure_is_no_victims_toll_of_a_sum():
    claims = [_said(fig("v", "d0", "killed", 38), "Officials said 38 people died in the raid."),
              replace(_said(fig("h", "d0", "killed", 40), "Perhaps 40 people may have died, a witness said."), hedged=True),
              _said(fig("s", "d0", "killed", 50), "By evening the toll had risen to 50, officials said.")]
    # 40 + 10 = 50, but 40 is only a guess
    assert _split(claims, [("d0", 10.0)]) == {None: {"v", "h", "s"}}
