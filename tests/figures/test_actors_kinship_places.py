"""Who is counted and where: actors, kinship "of N", negated singulars, a fronted place shared by
coordinated clauses, and a strong "shot to death" phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _claims(nlp, text: str) -> list[FigureClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2021-03-02"))
    return [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]


def _figures(nlp, text: str) -> list[tuple[str, float | None]]:
    return sorted((c.measure, c.value) for c in _claims(nlp, text))


@pytest.mark.parametrize("text", [
    "Neighbours said the woman, a mother of four, had moved to the street last spring.",
    "The coach, a father of two, spoke to reporters after practice.",
])
def test_kinship_of_n_is_no_count(nlp, text: str) -> None:
    assert all(v not in (2.0, 4.0) for _, v in _figures(nlp, text))


@pytest.mark.parametrize("text", [
    "Detectives said one of the suspects shot Marcus before driving off.",
    "Prosecutors say one of the brothers shot a cashier during the robbery.",
])
def test_the_one_who_shot_is_no_victim(nlp, text: str) -> None:
    assert not any(c.measure == "injured" and c.subject == "suspect" for c in _claims(nlp, text))


def test_passive_participle_still_counts(nlp) -> None:
    assert ("injured", 4.0) in _figures(nlp, "Four people shot Saturday night are still in hospital.")


@pytest.mark.parametrize("text", [
    "He was not shot, his lawyer told the court.",
    "She was not wounded in the attack, her family said.",
])
def test_negated_singular_is_no_victim(nlp, text: str) -> None:
    assert _figures(nlp, text) == []


def test_shot_to_death_beats_a_later_wounded(nlp) -> None:
    got = _figures(nlp, "Three men were shot to death and two others wounded near the market.")
    assert ("killed", 3.0) in got and ("injured", 2.0) in got and ("injured", 3.0) not in got


@pytest.mark.parametrize(("text", "want"), [
    ("In the western district, 41 people died and 210 were injured.",
     {("killed", 41.0): "the western district", ("injured", 210.0): "the western district"}),
    ("In Kovalo province, 88 were killed and 300 injured.",
     {("killed", 88.0): "Kovalo province", ("injured", 300.0): "Kovalo province"}),
    # a place after its own verb scopes only that clause
    ("At least 60 people died in Kovalo and 200 were injured across the country.",
     {("killed", 60.0): "Kovalo", ("injured", 200.0): None}),
])
def test_fronted_place_is_shared_by_coordinated_clauses(nlp, text: str, want: dict) -> None:
    got = {(c.measure, c.value): c.place_name for c in _claims(nlp, text)}
    for key, place in want.items():
        assert key in got and got[key] == place
