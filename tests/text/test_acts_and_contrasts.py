"""Who gives a figure when the subject is an act ("The move sets the toll at 88") and when a
contrast clause sits inside what a speaker said ("X said 40 homes burned, while 300 people were
displaced"), in sentences written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _chain(nlp, text: str, value: float) -> list[tuple[str, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2024-03-05"))
    found = [c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == value]
    assert found, f"no claim of {value}"
    return [(s.name, s.role) for s in found[0].sources]


@pytest.mark.parametrize(("text", "value", "want"), [
    # an act pointing back: its doer, the speaker or named body of the sentence before
    ("Provincial officials said they had called off the search for survivors. This decision puts the final "
     "death toll at 212.", 212, [("Provincial officials", "origin")]),
    ("Governor Ana Ruiz closed the rescue operation on Sunday. The move sets the death toll at 88.", 88,
     [("Governor Ana Ruiz", "origin")]),
    # an act inside a speaker's sentence: the speaker
    ("The governor said the discovery of nine more bodies raised the toll to 85.", 85, [("The governor", "origin")]),
    # an act with no doer named: no origin, never the act itself
    ("The revision sets the number of dead at 57.", 57, []),
    ("Heavy rain fell on the valley overnight. The move puts the toll at 19.", 19, []),
    # a body that sets the toll is still its origin
    ("The ministry set the death toll at 57 on Friday.", 57, [("The ministry", "origin")]),
])
def test_an_act_is_never_the_origin(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Fire officials said 40 homes were destroyed, while more than 300 residents have been displaced by the flood.",
     300, [("Fire officials", "origin")]),
    ("Police said nine people were arrested on Sunday, while 23 others were injured in the clashes.", 23,
     [("Police", "origin")]),
    # set against the speech itself, not inside it: not the speaker's
    ("The governor spoke on Friday, while the toll in the province was 412.", 412, []),
])
def test_a_contrast_inside_what_was_said_is_the_speakers(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want
