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


def test_numbers_written_in_words_have_steps_too():
    c = _said(fig("a", "d0", "detained", 8), "Eight engineers of the firm have been arrested, police said.")
    assert detention_step(c) == "arrested"
    c = _said(fig("a", "d0", "detained", 4), "Police detained four site managers on Friday.")
    assert detention_step(c) == "detained"


def test_steps_told_apart_only_across_sentences_are_one_count():
    # "eight arrested" in one sentence and "detained four managers and four engineers" in the
    # next are one round told two ways; only a sentence or a part that sets steps against each
    # other says they differ.
    claims = [
        _said(fig("a", "d0", "detained", 8), "Eight engineers of the firm have been arrested."),
        _said(fig("b", "d0", "detained", 4), "Police detained four managers and four safety engineers."),
        _said(fig("c", "d0", "detained", 17), "This week 17 staff were already detained for questioning."),
    ]
    assert detention_steps(claims, {"d0": "e"}) == {}


def test_a_part_in_another_step_than_its_whole_is_a_contrast():
    text = "Of the more than 9,000 held, only 4,020 are formally under arrest."
    whole = _said(fig("a", "d0", "detained", 9000, qualifier="more_than"), text)
    part = replace(_said(fig("b", "d0", "detained", 4020), text), part_of="a")
    later = _said(fig("c", "d1", "detained", 11000), "Courts have now remanded 11,000 suspects in custody.")
    assert detention_steps([whole, part, later], {"d0": "e", "d1": "e"}) == {"b": "arrested", "c": "arrested"}


def test_a_part_whose_whole_is_in_another_sentence_is_no_contrast():
    whole = _said(fig("a", "d0", "detained", 3), "Prosecutors said three contractors were held.")
    part = replace(_said(fig("b", "d0", "detained", 2), "Two of those arrested were senior managers."), part_of="a")
    assert detention_steps([whole, part], {"d0": "e"}) == {}


def test_a_part_in_its_wholes_step_stays_its_part():
    text = "Of 310 people detained, 75 have been arrested and nine of them were freed on bail."
    claims = [_said(fig("a", "d0", "detained", 310), text), _said(fig("b", "d0", "detained", 75), text),
              replace(_said(fig("c", "d0", "detained", 9), text), part_of="b")]
    assert detention_steps(claims, {"d0": "e"}) == {"b": "arrested"}


def test_a_steps_slot_says_its_step():
    text = "Of 240 people detained after the riots, 61 have been formally arrested."
    claims = [_said(fig("a", "d0", "detained", 240), text), _said(fig("b", "d0", "detained", 61), text)]
    rec = reconcile(_docs(1), claims, ())
    assert "61 formally arrested" in _group(rec, "b").explanation
    assert "240 detained" in _group(rec, "a").explanation
