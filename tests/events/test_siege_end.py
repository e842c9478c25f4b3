"""The end of an attack's siege, in invented sentences: told as over or ended, dated by the
sentence; not when the end is only awaited or a condition."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _ends(nlp, text: str, published: str | None = "2031-09-26") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "siege_end"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 2031-09-26 is a Friday
        ("The president announced on Tuesday that the three-day siege of the Zenda hotel was over.", "2031-09-23"),
        ("The standoff at the Tarlen school ended on Wednesday after troops stormed the building.", "2031-09-24"),
        ("The hostage crisis at the Strelsau theatre came to an end on Thursday.", "2031-09-25"),
    ],
)
def test_a_siege_told_as_over_is_dated(nlp, text: str, date: str) -> None:
    found = _ends(nlp, text)
    assert [(c.date, c.text) for c in found] == [(date, "Siege ends")]


@pytest.mark.parametrize(
    "text",
    [
        "Families waited outside until the siege was over on Tuesday.",
        "Officials said the siege of the Zenda hotel is not over yet.",
        "Troops will storm the building if the standoff has not ended by Tuesday.",
        "The siege continued into a third day on Tuesday.",
    ],
)
def test_no_end_while_it_is_awaited_or_denied(nlp, text: str) -> None:
    assert _ends(nlp, text) == []
