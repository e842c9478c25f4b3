"""Who gave a figure: invented sentences for the speaker rules (origins, relays, non-speakers)."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _chain(nlp, text: str, value: float) -> list[tuple[str, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    (c,) = [c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == value]
    return [(s.name, s.role) for s in c.sources]


@pytest.mark.parametrize(("text", "value", "want"), [
    ("ZENDA (Wirepress) - The Ruritanian health minister said 135 people were killed.", 135,
     [("The Ruritanian health minister", "origin")]),
    ("OSTERLICH – A total of 90 people were reported killed, news reports said.", 90, [("news reports", "relay")]),
    ("The protests have left 90 people dead, according to the interior ministry.", 90,
     [("the interior ministry", "origin")]),
    ("The last official count showed 200 dead.", 200, []),
    ("The general said his figure was lower than the number collected by the rights group Vigil, "
     "which has recorded 412 deaths.", 412, [("Vigil", "origin")]),
    ("The Wirepress agency reported that the regional health ministry said 40 people had died.", 40,
     [("the regional health ministry", "origin"), ("The Wirepress agency", "relay")]),
    ("The toll has risen to at least 1,383, according to authorities, reports Channel Nine.", 1383,
     [("authorities", "origin"), ("Channel Nine", "relay")]),
    ("Twelve people died in Zenda, Ruritanian officials said on Thursday.", 12, [("Ruritanian officials", "origin")]),
    ("The ministry said 50 people died, and the governor added that 20 were injured.", 20,
     [("the governor", "origin")]),
    ("Media reports said 300 people were detained.", 300, [("Media", "relay")]),
])
def test_speakers(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


def test_dated_speaker_name_has_no_date(nlp) -> None:
    got = _chain(nlp, "The toll rose to 44, Ruritania's disaster agency said on Thursday.", 44)
    assert got == [("Ruritania's disaster agency", "origin")]


def test_side_estimate_is_not_the_source(nlp) -> None:
    got = _chain(nlp, "Ruritania's government raised its official toll to 2,975 on Tuesday in the wake of "
                      "a new estimate from researchers.", 2975)
    assert got == [("Ruritania's government", "origin")]


def test_contrasting_clause_is_not_the_speakers(nlp) -> None:
    text = ("In Ruritania alone, 44,218 people died, the agency said on Friday, while the latest "
            "announced death toll in Osterlich was 5,914.")
    assert _chain(nlp, text, 44218) == [("the agency", "origin")]
    assert _chain(nlp, text, 5914) == []
