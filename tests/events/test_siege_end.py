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


def test_an_undated_page_of_an_attack_story_counts_its_weekdays_from_the_attack() -> None:
    from counterpoint.events.timeline import build_timeline
    from counterpoint.models import Document, Evidence

    # 2031-09-20 is a Saturday: "Tuesday" in an undated page is the first Tuesday after the attack
    first = "Gunmen attacked the Zenda mall in Strelsau on Saturday."
    later = "ZENDA (AFP) - The president announced Tuesday that the four-day siege of the mall was over."
    docs = [Document(id="a", path="a", status="ok", text=first, published="2031-09-20"),
            Document(id="b", path="b", status="ok", text=later, published=None)]
    claims = [EventClaim(id="a1", document="a", event_type="attack", date="2031-09-20", text="Attack carried out",
                         evidence=Evidence(document="a", start=0, end=len(first), text=first)),
              EventClaim(id="b1", document="b", event_type="siege_end", date=None, text="Siege ends",
                         evidence=Evidence(document="b", start=0, end=len(later), text=later))]
    found = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "siege_end"]
    assert found == [("2031-09-23", "Siege ends")]
