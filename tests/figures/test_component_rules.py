"""Figure rules on invented sentences, and the example corpus's figures (examples/ is ours)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterpoint.models import FigureClaim

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "kazakhstan-2022"


def _figures(nlp, text: str, published: str | None = "2022-01-10") -> list[tuple[str, float | None]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published=published))
    return [(c.measure, c.value) for c in doc._.cp_claims if isinstance(c, FigureClaim)]


@pytest.mark.parametrize(("text", "want"), [
    ("Dana Whitfield was shot and killed on Tuesday night.", [("killed", 1.0)]),
    ("A man was shot near the station. He died at the hospital.", [("killed", 1.0)]),
    ("Woman shot, killed near downtown park", [("killed", 1.0)]),
    ("Two women were shot, one fatally, police said.", [("injured", 1.0), ("killed", 1.0)]),
    ("A gunman fatally shot a woman on Friday.", [("killed", 1.0)]),
    ("A shooting at the mall left three people dead.", [("killed", 3.0)]),
    ("The death toll rose to 40, including 12 of them in the capital.", [("killed", 40.0), ("killed", 12.0)]),
    ("Officials put the number of arrests at 912.", [("detained", 912.0)]),
    ("Detentions climb to 1,204 as the count goes on", [("detained", 1204.0)]),
    ("Nearly 300 held after the riots", [("detained", 300.0)]),
])
def test_counts(nlp, text: str, want: list[tuple[str, float]]) -> None:
    assert sorted(_figures(nlp, text)) == sorted(want)


def test_of_them_counts_part_of_the_head_figure_not_its_subset(nlp) -> None:
    from counterpoint.nlp import make_doc

    text = ("Quoting the regional governor, the news agency Interfax said 58 people had been killed in "
            "the clashes, including four firefighters, and that 31 of them died in Petropavl.")
    doc = nlp(make_doc(nlp, text, doc_id="t", published="2022-01-10"))
    got = [(c.value, c.subject) for c in doc._.cp_claims if isinstance(c, FigureClaim)]
    assert (31.0, "person") in got and (4.0, "firefighter") in got
    part = next(c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == 31.0)
    head = next(c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == 58.0)
    assert part.measure == head.measure and part.place_name == "Petropavl"


@pytest.mark.parametrize("text", [
    "Former minister Oleg Tarasov has been arrested on suspicion of fraud.",  # a named arrest
    "The suspect was shot by at least one officer, the chief said.",  # the shooter, not a victim
    "Ramos, 57, was previously charged with assault.",  # an age
    "The two leaders held talks for 3 hours.",  # "held" talks, not detainees
    "The results came out on Monday, with 5 people elected.",
])
def test_not_counts(nlp, text: str) -> None:
    assert _figures(nlp, text) == []


def test_example_corpus_figures(nlp) -> None:
    wire = _figures(nlp, (EXAMPLES / "01-wire-detentions.txt").read_text(encoding="utf-8"), "2022-01-09")
    assert ("detained", 6044.0) in wire and ("detained", 6000.0) in wire
    assert not any(v == 1.0 for _, v in wire)  # Karim Massimov's arrest is not a figure
    update = _figures(nlp, (EXAMPLES / "05-update-revised-figures.txt").read_text(encoding="utf-8"))
    assert update.count(("detained", 7939.0)) == 2  # headline and body
    assert ("killed", 164.0) in update and ("killed", 103.0) in update
    assert not any(m == "participants" for m, _ in update)
