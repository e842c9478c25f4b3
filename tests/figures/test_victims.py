"""Victims counted one by one (figures.victims), on sentences written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _figures(nlp, text: str) -> list[tuple[str, float | None]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2021-03-02"))
    return sorted((c.measure, c.value) for c in doc._.cp_claims if isinstance(c, FigureClaim))


@pytest.mark.parametrize(("text", "want"), [
    # dead as a state
    ("A retired teacher is dead after a fire broke out in her kitchen.", [("killed", 1.0)]),
    ("Marla Quenby was taken to a nearby clinic and pronounced dead shortly after midnight.", [("killed", 1.0)]),
    ("Deputies say the man was found dead in a parked truck behind the diner.", [("killed", 1.0)]),
    # a death named by a noun
    ("Prosecutors charged a neighbor in the stabbing death of 44-year-old Orrin Talbeck.", [("killed", 1.0)]),
    ("Detectives are still investigating the fatal shooting of a delivery driver on Elm Street.", [("killed", 1.0)]),
    # "succumbed"
    ("The cyclist later succumbed to his injuries at the trauma center.", [("killed", 1.0)]),
    # a definite victim
    ("The victim died at the scene, a spokeswoman said.", [("killed", 1.0)]),
    # injured as a state
    ("The crash left a young woman in critical condition.", [("injured", 1.0)]),
    ("The deputy was listed in stable condition on Sunday.", [("injured", 1.0)]),
    ("Officers found a man suffering from a gunshot wound near the laundromat.", [("injured", 1.0)]),
    # shot, then dead: one victim, killed
    ("Tomas Reyl had been shot twice and was pronounced dead at the hospital.", [("killed", 1.0)]),
])
def test_one_victim(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert _figures(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The officer was not injured in the exchange.",
    "No one was in critical condition after the storm, officials said.",
    "The man killed his brother-in-law before fleeing.",
    "Neighbors said the old mill has been dead for years.",
])
def test_no_victim(nlp, text: str) -> None:
    assert _figures(nlp, text) == []


def test_evidence_is_the_sentence(nlp) -> None:
    from counterpoint.nlp import make_doc

    text = "Firefighters arrived quickly. The crash left a young woman in critical condition."
    doc = nlp(make_doc(nlp, text, doc_id="t", published="2021-03-02"))
    claims = [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]
    assert len(claims) == 1 and claims[0].evidence.text == "The crash left a young woman in critical condition."


@pytest.mark.parametrize(("text", "want"), [
    ("Police said the murder victim was a regular at the bar.", [("killed", 1.0)]),
    ("A fisherman found the body of a woman near the dam on Sunday.", [("killed", 1.0)]),
    ("Witnesses say the gunman shot a 40-year-old man who died at the scene.", [("killed", 1.0)]),
    ("Teen struck by stray bullet dies | Metro Daily", [("killed", 1.0)]),
    ("Woman critical after downtown stabbing", [("injured", 1.0)]),
])
def test_one_victim_more(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert _figures(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("RIVERTON (KXX) – A woman is dead after a dispute outside the club.", [("killed", 1.0)]),
    ("Neighbors say the 19-year-old was beaten to death behind the garage.", [("killed", 1.0)]),
    ("Lena Ostrow, a 33-year-old nurse, died Sunday after the crash.\n\nOstrow had been a nurse for a decade. "
     "Ostrow died of her injuries.", [("killed", 1.0)]),
])
def test_one_victim_parse_slips(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert sorted(set(_figures(nlp, text))) == want


def test_one_victim_is_part_of_the_larger_count(nlp) -> None:
    from counterpoint.nlp import make_doc

    text = ("Three people were killed when a gunman opened fire at the depot. "
            "The body of a woman was found near the gate.")
    doc = nlp(make_doc(nlp, text, doc_id="t", published="2021-03-02"))
    claims = [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]
    whole = next(c for c in claims if c.value == 3.0)
    one = next(c for c in claims if c.value == 1.0)
    assert one.measure == whole.measure == "killed" and one.part_of == whole.id


def test_victims_joined_by_and(nlp) -> None:
    assert _figures(nlp, "Deputies found 51-year-old Ann Korby and 19-year-old Liam Korby dead in the kitchen.") \
        == [("killed", 2.0)]
    assert _figures(nlp, "The shooting left a man and a teenager in critical condition.") == [("injured", 2.0)]


def test_hurt_then_dead_is_one_dead(nlp) -> None:
    text = "Rona Vale was flown to the trauma unit in critical condition, where she later died."
    assert _figures(nlp, text) == [("killed", 1.0)]


def test_somebody_is_no_body(nlp) -> None:
    assert _figures(nlp, "Somebody said the storm was over.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Both brothers were killed when the truck rolled over.", [("killed", 2.0)]),
    ("Neighbors mourned the drowning death of her 9-year-old daughter.", [("killed", 1.0)]),
    ("Police said 14 year old Dario Pell died after the fight.", [("killed", 1.0)]),
])
def test_one_victim_more_forms(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert _figures(nlp, text) == want
