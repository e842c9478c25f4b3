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


@pytest.mark.parametrize(("text", "value", "want"), [
    # an opening clause or the counted phrase taken for the subject: the named apposition speaks
    ("At least 50 people have been killed by the troops since the coup, the Harbour Workers Union (HWU) "
     "said on Monday.", 50, [("the Harbour Workers Union", "origin")]),
    ("Soldiers have killed at least 50 people, the HWU, an advocacy group, said in its daily update.", 50,
     [("the HWU", "origin")]),
    # a toll credited to the body that issued it
    ("At least 212 people were killed, according to an updated Transport ministry toll issued on Sunday.", 212,
     [("Transport ministry", "origin")]),
    ("The previous toll announced by the authorities on Sunday indicated 150 dead.", 150,
     [("the authorities", "origin")]),
    # a generic or modified definite body stands for the organization named just before
    ("The Harbour Workers Union (HWU) said on Monday that soldiers had fired on the crowd. At least 50 people "
     "have been killed since the coup, the monitoring group says.", 50, [("The Harbour Workers Union", "origin")]),
    ("The Harbour Workers Union said soldiers had fired on the crowd. At least 50 people were killed, the group said.",
     50, [("The Harbour Workers Union", "origin")]),
    ("The Ruritanian Doctors' Committee said soldiers had fired on the camp. At least 60 people were killed, "
     "the doctors' committee said.", 60, [("The Ruritanian Doctors' Committee", "origin")]),
    # ... but a person named before is not "the group"
    ("Mayor Anna Berg said soldiers had fired on the crowd. At least 50 people were killed, the group said.",
     50, [("the group", "origin")]),
])
def test_named_speakers_behind_misparses_and_definite_bodies(nlp, text: str, value: float,
                                                             want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


def test_a_link_label_is_not_a_speaker(nlp) -> None:
    from counterpoint.nlp import make_doc
    from counterpoint.text.attribution import find_attributions

    doc = nlp(make_doc(nlp, "Soldiers fired on the crowd.\n\nRead: Ruritania says 50 protesters died\n", doc_id="t",
                       published=None))
    names = [s.name for sent in doc.sents for a in find_attributions(sent) for s in a.chain]
    assert "Read" not in names and "Ruritania" in " ".join(names)
