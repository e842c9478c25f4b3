"""People shot count everyone hit: the story's dead among them are taken out of the injured, and
each count takes the verb it is the subject or object of. Every sentence is invented for these
tests (local paper, TV station and wire style)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims

from counterpoint.figures.shot_counts import is_shot_count


def _counts(claims) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for c in claims:
        if c.part_of is None and c.value is not None:
            out.setdefault(c.measure, []).append(c.value)
    return {m: sorted(v) for m, v in out.items()}


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A gunman shot six people outside the bowling alley, killing two.", 2, 4),
    ("Seven people were shot at a cookout on Maple Avenue and one of them died.", 1, 6),
    ("Three teens were shot near the school on Friday. One of them died at the hospital.", 1, 2),
    ("Sheriff's deputies said a man is dead after someone opened fire at a party, shooting four people.", 1, 3),
    ("Nine people were wounded at the festival, and two of them later died.", 2, 7),
])
def test_the_dead_among_the_shot_leave_the_injured(nlp, text: str, killed: float, injured: float) -> None:
    counts = _counts(_claims(nlp, text))
    assert counts.get("killed") == [killed]
    assert counts.get("injured") == [injured]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("One woman was killed and three others were shot near the bus stop.", 1, 3),
    ("Two men died in the crash, and five more people were shot in the chase that followed.", 2, 5),
    ("A man was killed on Oak Street. Two women were also shot there.", 1, 2),
])
def test_a_count_told_beyond_the_dead_keeps_its_value(nlp, text: str, killed: float, injured: float) -> None:
    counts = _counts(_claims(nlp, text))
    assert counts.get("killed") == [killed]
    assert counts.get("injured") == [injured]


def test_the_wounded_are_survivors_already(nlp) -> None:
    counts = _counts(_claims(nlp, "One man was killed and four people were wounded when the gunman opened fire."))
    assert counts.get("injured") == [4]


def test_a_count_of_the_dead_by_itself_is_untouched(nlp) -> None:
    counts = _counts(_claims(nlp, "Three people were shot and killed in the parking lot early Sunday."))
    assert counts.get("killed") == [3]
    assert "injured" not in counts


@pytest.mark.parametrize(("text", "number", "shot"), [
    ("Five people were shot on Elm Street.", "Five", True),
    ("Police said 3 shot, 1 killed.", "3", True),
    ("The gunman opened fire on 4 people.", "4", True),
    ("Two people were struck by gunfire.", "Two", True),
    ("Four gunshot victims arrived at the hospital.", "Four", True),
    ("Two people were shot dead.", "Two", False),
    ("Two people were wounded.", "Two", False),
    ("Two others were shot.", "Two", False),
    ("Another 2 were shot.", "2", False),
])
def test_words_of_shooting(text: str, number: str, shot: bool) -> None:
    start = text.index(number)
    assert is_shot_count(text, start, start + len(number)) is shot
