"""Who gives a figure when an outlet quotes someone "as saying" it, and when a speaker sits in a
clause set against the figure's ("Although the army said ..., 40 were killed"), in sentences
written for these tests."""

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
    ("At least 15 people are still missing in the town, the agency quoted Mayor Ana Ruiz as saying on Friday.", 15,
     [("Mayor Ana Ruiz", "origin"), ("the agency", "relay")]),
    ("Xinhua quoted the provincial health bureau as saying that 63 people had died.", 63,
     [("the provincial health bureau", "origin"), ("Xinhua", "relay")]),
    ("At least 40 people were killed in the village, Reuters quoted a local official as saying.", 40,
     [("a local official", "origin"), ("Reuters", "relay")]),
    # a relay verb without the speech complement quotes no one: its subject gives the figure
    ("Police cited 40 deaths in their report on Monday.", 40, [("Police", "origin")]),
])
def test_the_one_quoted_as_saying_is_the_origin(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Though the army said nobody had died, at least 40 people were killed in the village.", 40, []),
    ("Although the regional office said the roads were open, 12 people were missing near the bridge, "
     "the governor told reporters.", 12, [("the governor", "origin")]),
    # the concessive clause's own figure stays its speaker's
    ("Although the ministry said on Monday that 52 people had died, rescuers expect the toll to rise.", 52,
     [("the ministry", "origin")]),
    ("While the ministry put the toll at 120, at least 300 people died in the flooding, according to the "
     "Red Cross.", 300, [("the Red Cross", "origin")]),
])
def test_a_speaker_set_against_the_figure_is_not_its_origin(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a body the tagger calls a proper noun without naming it
    ("Sixty homes were destroyed in the valley, the regional fire department said. The number of injured rose "
     "to 45, it added.", 45, [("the regional fire department", "origin")]),
    # a photo credit is no antecedent of "it"
    ("Rescuers search the ruins of a hotel in the town. Photo By: AFP\n\nThe number of people injured rose to "
     "365, it added.", 365, []),
])
def test_it_stands_for_the_body_that_spoke_never_a_photo_credit(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a national body speaks for its own country: another country's figure beside it is not its
    ("Turkey's disaster agency said 4,218 people had died in Turkey, while in Syria the toll stood at 914.", 914, []),
    ("The Chilean interior ministry said 900 people were killed in Chile, while 420 died in neighbouring Peru.",
     420, []),
    # ... but its own country's figure in the contrast clause stays its
    ("The Chilean interior ministry said 900 people were killed in the capital, while 420 died in the north of "
     "Chile.", 420, [("The Chilean interior ministry", "origin")]),
    # ... and a speaker whose name gives no country keeps what it said
    ("Fire officials said 40 homes were destroyed in Chile, while 300 residents were displaced in Peru.", 300,
     [("Fire officials", "origin")]),
])
def test_a_contrast_clause_about_another_country_is_not_a_national_body_s(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want


def test_a_country_is_read_from_its_name_or_its_adjective() -> None:
    from counterpoint.text.countries import country_stem

    assert [country_stem(w) for w in ("Chilean", "Turkish", "Nigerian", "Niger", "Lebanese")] == \
        ["chile", "turkey", "nigeria", "niger", "lebanon"]
    assert country_stem("Ministry") is None and country_stem("chilean") is None


FRAMED = ("KARVAN, June 3 (Wire) - The number of people killed in the riots has reached 64, says the regional "
          "prosecutor's office statement released on Friday.\n\n"
          "The unrest began on Monday night in the market district.\n\n"
          "Of 120 people detained on suspicion of involvement, 45 have been formally arrested.\n\n"
          "The investigation will continue, says the regional prosecutor's office statement.")


@pytest.mark.parametrize(("text", "value", "want"), [
    (FRAMED, 120, [("the regional prosecutor's", "origin")]),
    # another speaker in between: the text is no summary of one statement
    (FRAMED.replace("The unrest began on Monday night in the market district.",
                    "Residents said the unrest began on Monday night."), 120, []),
    # named in the lead only
    (FRAMED.replace("The investigation will continue, says the regional prosecutor's office statement.",
                    "The investigation will continue."), 120, []),
])
def test_a_wire_summary_of_one_statement_is_that_statement_s(nlp, text, value, want) -> None:
    assert _chain(nlp, text, value) == want
