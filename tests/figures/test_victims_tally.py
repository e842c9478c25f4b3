"""Victims told one by one and tallied over the document (figures.victim_tally), and the hurt
states figures.victims reads, on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _claims(nlp, text: str) -> list[FigureClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2021-03-02"))
    return [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]


def _top(nlp, text: str, measure: str) -> float | None:
    """The largest count of `measure` that is no part of another."""
    return max((c.value for c in _claims(nlp, text) if c.measure == measure and c.part_of is None
                and c.value is not None), default=None)


@pytest.mark.parametrize(("text", "measure", "want"), [
    # two named hurt in separate sentences
    ("Orla Benning, 24, was shot in the leg. Cato Whitlow, 31, was wounded in the arm.", "injured", 2.0),
    # the dead are not tallied (TALLY_MEASURES): each named death stays a count of one
    ("Orla Benning, 24, died at the scene. Cato Whitlow, 31, was pronounced dead at a hospital.", "killed", 1.0),
    # hurt one by one: a man, then a woman "also" wounded
    ("A man was shot in the leg near the bus stop. A woman was also wounded, officers said.", "injured", 2.0),
    # "another man" is one more
    ("A man was shot in the arm outside the bar. Another man was wounded in the shoulder.", "injured", 2.0),
    # a man told twice is one man
    ("A man was killed in the alley on Friday night. Police said a 24-year-old man died at the scene.", "killed", 1.0),
    # a description, then the name: one person
    ("A man was shot and killed outside the store on Friday. Perrin Dale, 24, died at the scene, police said.",
     "killed", 1.0),
    # a name told in full and then by surname: one person
    ("Tova Lindqvist, 40, was pronounced dead at the hospital. Lindqvist died of her wounds, her sister said.",
     "killed", 1.0),
    # a stated count already covers the victims told one by one
    ("Two people were killed in the crash. Orla Benning died at the scene. Cato Whitlow was pronounced dead later.",
     "killed", 2.0),
])
def test_tally(nlp, text: str, measure: str, want: float) -> None:
    assert _top(nlp, text, measure) == want


def test_tally_quotes_the_passage_and_takes_the_victims_as_parts(nlp) -> None:
    text = "Orla Benning, 24, was shot in the leg. Cato Whitlow, 31, was wounded in the arm."
    claims = [c for c in _claims(nlp, text) if c.measure == "injured"]
    tally = next(c for c in claims if c.value == 2.0)
    assert tally.evidence.text == text and tally.evidence.start == 0 and tally.subject == "person"
    assert sorted(c.value for c in claims if c.part_of == tally.id) == [1.0, 1.0]


def test_a_dead_victim_is_not_also_counted_hurt(nlp) -> None:
    text = ("Orla Benning was rushed to the hospital in critical condition. Cato Whitlow was hospitalized too. "
            "Orla Benning, 40, died hours later.")
    assert _top(nlp, text, "injured") == 1.0


@pytest.mark.parametrize(("text", "want"), [
    ("The shooting left another teen critically wounded.", [("injured", 1.0)]),
    ("A man is recovering after being shot outside a gas station.", [("injured", 1.0)]),
    ("The victim is being treated at an area hospital for wounds to his hand.", [("injured", 1.0)]),
    ("The clerk had suffered a gunshot wound to the hip.", [("injured", 1.0)]),
])
def test_hurt_states(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert sorted((c.measure, c.value) for c in _claims(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "The clerk suffered no injuries in the robbery.",
    "The guard did not suffer any injuries.",
    "The bakery is recovering after a slow winter.",
    "She is recovering from heart surgery.",
])
def test_not_hurt(nlp, text: str) -> None:
    assert [c for c in _claims(nlp, text) if c.measure == "injured"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("Three people suffered minor injuries in the drive-by shooting on Sunday.", [("injured", 3.0)]),
    ("The shooting at the bowling alley sent four people to the hospital.", [("injured", 4.0)]),
    ("Two people were taken to a hospital with gunshot wounds.", [("injured", 2.0)]),
    ("A man fired into the backyard party, wounding six guests.", [("injured", 6.0)]),
    ("Both were wounded, a deputy said.", [("injured", 2.0)]),
    ("Both were taken to the hospital in critical condition.", [("injured", 2.0)]),
    ("Eleven others suffered minor injuries, the agency said.", []),
])
def test_hurt_counts(nlp, text: str, want: list[tuple[str, float]]) -> None:
    # "others" counts beyond an earlier figure: the figures component's parts place it, not this reading
    got = sorted((c.measure, c.value) for c in _claims(nlp, text) if c.measure in ("injured", "attacks", "deployed"))
    assert got == want


def test_both_told_after_two_victims_is_two(nlp) -> None:
    text = ("A man was shot in the chest outside the bar. A woman was shot in the leg. "
            "Both were taken to the hospital in stable condition.")
    assert _top(nlp, text, "injured") == 2.0


def test_those_who_shot_and_fled_are_no_victims(nlp) -> None:
    # the cue "fled" used to make the two shooters displaced; the cashier they shot is hurt
    assert [(c.measure, c.value) for c in _claims(nlp, "Two men shot a cashier and fled on foot.")] == [("injured", 1)]


@pytest.mark.parametrize(("text", "want"), [
    ("A 9-year-old boy is recovering after accidentally shooting himself in the foot.", [("injured", 1.0)]),
    ("Girl shoots herself in hand with uncle's pistol", [("injured", 1.0)]),
    ("The gunman then shot himself to death in the parking lot.", [("killed", 1.0)]),
    # cared for, then dead in the same sentence: one victim, killed
    ("Officials said Dara Quill died at a county hospital where she was treated after the crash.", [("killed", 1.0)]),
])
def test_self_harm_and_active_headlines(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert sorted((c.measure, c.value) for c in _claims(nlp, text) if c.measure in ("killed", "injured")) == want
