"""Each event's headline count and place, recorded in the dossier's events (reconcile.incident)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.entities.gazetteer import load_gazetteer
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.incident import event_place

from .conftest import fig, make_doc


def test_headline_count_is_the_whole_scope_group_not_a_part():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "killed", 9), replace(fig("a2", "a", "killed", 2, subject="children"), part_of="a1"),
              fig("b1", "b", "killed", 9), fig("b2", "b", "injured", 4, place_name="Riverside")]
    rec = reconcile(docs, claims, ())
    (event,) = rec.events
    assert event.counts["killed"]["value"] == 9 and event.counts["killed"]["subject"] == "person"
    # No whole-scope injured group: the one there is, with its scope said beside the value.
    assert event.counts["injured"]["value"] == 4


def test_place_from_headline_and_city_state_pair():
    text = ("Two hurt in Memphis, Tennessee shooting\n\nMEMPHIS, Tenn. (WREG) — Two men were wounded "
            "on Friday night, police said. One of them had moved from Chicago last year.")
    doc = replace(make_doc("a", outlet="WREG", text=text), title="Two hurt in Memphis, Tennessee shooting")
    place = event_place([doc], [], [], load_gazetteer(), "US")
    assert place is not None and place["name"] == "Memphis" and place["admin1"] == "Tennessee"


def _group(claim_ids: tuple[str, ...], verdict: str, best: float):
    from counterpoint.models import Best, Group

    return Group(id="g", measure="injured", subject="person", place=None, claims=claim_ids, verdict=verdict,
                 best=Best(value=best, low=best, high=best),
                 outlets=2, independent_sources=2, explanation="")


def test_a_disputed_event_count_is_what_most_reports_say():
    from counterpoint.reconcile.incident import headline_counts

    # two local stories say 15 were shot; a later brief about an arrest reads as "1"
    claims = {c.id: c for c in (fig("a1", "a", "injured", 15), fig("a2", "a", "injured", 7),
                                fig("b1", "b", "injured", 15), fig("b2", "b", "injured", 1))}
    counts = headline_counts([_group(tuple(claims), "dispute", 1)], claims)
    assert counts["injured"]["value"] == 15


def test_an_update_series_keeps_its_latest_count():
    from counterpoint.reconcile.incident import headline_counts

    claims = {c.id: c for c in (fig("a1", "a", "injured", 3), fig("b1", "b", "injured", 3),
                                fig("c1", "c", "injured", 5))}
    counts = headline_counts([_group(tuple(claims), "update", 5)], claims)
    assert counts["injured"]["value"] == 5
