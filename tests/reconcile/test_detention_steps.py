"""Steps of detention (detained, formally arrested, jailed, questioned) are different wholes only
where the coverage itself sets them against each other. Claims are hand-built; the sentences are
invented in several styles (wire, state media, rights group, local paper)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.wholes import detention_step, detention_steps

from .conftest import fig, make_doc


def _said(c, text):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def _docs(n):
    return [make_doc(f"d{i}", outlet=f"Outlet {i}", published=f"2031-03-{10 + i}") for i in range(n)]


def _group(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def test_step_is_the_word_nearest_the_number():
    cases = [
        ("Of 240 people detained after the riots, 61 have been formally arrested, prosecutors said.", 240, "detained"),
        ("Of 240 people detained after the riots, 61 have been formally arrested, prosecutors said.", 61, "arrested"),
        ("Only 3,100 of them remain under arrest.", 3100, "arrested"),
        ("A court jailed 45 of the protesters for up to five years.", 45, "jailed"),
        ("Another 19 staff members were detained for questioning and later let go.", 19, "questioned"),
        ("Police rounded up about 700 people in the capital on Saturday.", 700, "detained"),
        ("The ministry said 1,200 people had taken part in the march.", 1200, None),
    ]
    for text, value, step in cases:
        c = _said(fig("a", "d0", "detained", value), text)
        assert detention_step(c) == step, text


def test_a_report_that_contrasts_steps_splits_them_across_the_coverage():
    claims = [
        _said(fig("a", "d0", "detained", 240), "Of 240 people detained after the riots, 61 have been formally arrested."),
        _said(fig("b", "d0", "detained", 61), "Of 240 people detained after the riots, 61 have been formally arrested."),
        _said(fig("c", "d1", "detained", 250, qualifier="more_than"), "More than 250 people were detained, the state agency said."),
        _said(fig("d", "d2", "detained", 75), "Prosecutors said 75 suspects had now been arrested."),
    ]
    steps = detention_steps(claims, {"d0": "e", "d1": "e", "d2": "e"})
    assert steps == {"b": "arrested", "d": "arrested"}
    rec = reconcile(_docs(3), claims, ())
    detained, arrested = _group(rec, "a"), _group(rec, "b")
    assert "c" in detained.claims and "b" not in detained.claims
    assert "d" in arrested.claims and arrested.parent == detained.id


def test_arrested_and_detained_as_synonyms_stay_one_count():
    # No report sets the two words against each other: they are two words for one count.
    claims = [
        _said(fig("a", "d0", "detained", 320), "Police arrested 320 protesters, a spokesman said."),
        _said(fig("b", "d1", "detained", 320, qualifier="about"), "About 320 people were detained, rights groups said."),
        _said(fig("c", "d2", "detained", 350, qualifier="more_than"), "More than 350 demonstrators have been arrested."),
    ]
    assert detention_steps(claims, {"d0": "e", "d1": "e", "d2": "e"}) == {}
    rec = reconcile(_docs(3), claims, ())
    assert {"a", "b", "c"} <= set(_group(rec, "a").claims)


def test_one_number_in_two_words_is_not_split():
    # A contrast elsewhere in the coverage does not split a count that other reports call detained.
    claims = [
        _said(fig("a", "d0", "detained", 900), "Of the 900 detained, 130 were later jailed."),
        _said(fig("b", "d0", "detained", 130), "Of the 900 detained, 130 were later jailed."),
        _said(fig("c", "d1", "detained", 900), "Authorities say 900 people were arrested in the sweep."),
    ]
    steps = detention_steps(claims, {"d0": "e", "d1": "e"})
    assert steps == {"b": "jailed"}


def test_same_number_under_two_words_in_one_report_is_no_contrast():
    claims = [
        _said(fig("a", "d0", "detained", 48), "Security forces arrested 48 people."),
        _said(fig("b", "d0", "detained", 48), "The 48 detained were taken to a police station."),
        _said(fig("c", "d1", "detained", 52), "Officials later said 52 had been arrested."),
    ]
    assert detention_steps(claims, {"d0": "e", "d1": "e"}) == {}
