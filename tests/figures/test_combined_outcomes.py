"""One sum of two outcomes ("dead or missing", "killed and injured") counts neither outcome
(measures.md), whichever way news writes the sum: after the number with a verb of its own, as a
headline's comma, or as what a level noun or verb gives before the number. The separate counts
beside such a sum stay. Every sentence is invented for these tests, in several styles (wire,
headline, state media, aid agency, local paper)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value"), [
    ("A total of 41,200 people were killed or went missing when the typhoon hit the coast, a joint survey found.", 41200),
    ("Officials say 9,300 villagers died or have gone missing since the landslide.", 9300),
    ("Junta believes 6,000 dead, missing from storm", 6000),
    ("Number of dead and missing in delta floods raised to 52,000", 52000),
    ("The number of people dead or missing rose to 2,750 on Thursday, the disaster agency said.", 2750),
    ("The ministry's earlier estimate for the dead and missing was slightly below 17,000.", 17000),
    ("The dead and injured numbered about 480, according to the provincial hospital.", 480),
    ("The bombing left some 260 people dead and injured in the old market.", 260),
    ("Witnesses said 75 people were killed or wounded when the shells hit the square.", 75),
])
def test_a_sum_of_two_outcomes_is_no_count(nlp, text: str, value: float) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure in ("killed", "missing", "injured") and c.value == value]


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("The gunman killed 3 and injured many others before police arrived.", 3, "killed"),
    ("The state broadcaster said 3,100 were dead and 2,600 missing.", 3100, "killed"),
    ("The state broadcaster said 3,100 were dead and 2,600 missing.", 2600, "missing"),
    ("Hospitals treating the dead and injured said 45 people had died by nightfall.", 45, "killed"),
    ("The combined figures hide the real story: 62 people died, the Red Cross said.", 62, "killed"),
])
def test_separate_counts_beside_a_sum_stay(nlp, text: str, value: float, measure: str) -> None:
    assert _one(_claims(nlp, text), value).measure == measure


def test_a_text_in_another_language_states_no_figure(nlp) -> None:
    text = ("Die Zahl der Toten durch das Erdbeben in der Provinz ist auf mehr als 2.300 gestiegen. "
            "Bislang hatten die Behörden knapp 1.900 Tote und Verletzte gemeldet, wie ein Sprecher sagte.")
    assert _claims(nlp, text) == []


def test_an_english_text_is_read(nlp) -> None:
    text = ("The number of dead from the earthquake in the province has risen to more than 2,300, "
            "a spokesman for the civil protection agency said on Tuesday.")
    assert _one(_claims(nlp, text), 2300).measure == "killed"
