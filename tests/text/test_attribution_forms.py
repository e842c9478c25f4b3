"""How attribution is written, rule by rule (wire, state media, rights group, local paper), in
sentences written for these tests: a closing source tag relays the whole sentence, a subject
written after its verb, estimates of no named origin, a headline repeated before its lead, and the
origin class a body's own words give it."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _claims(nlp, text: str) -> list[FigureClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2024-03-05"))
    return [c for c in doc._.cp_claims if isinstance(c, FigureClaim)]


def _claim(nlp, text: str, value: float) -> FigureClaim:
    found = [c for c in _claims(nlp, text) if c.value == value]
    assert found, f"no claim of {value}"
    return found[0]


def _chain(c: FigureClaim) -> list[tuple[str, str]]:
    return [(s.name, s.role) for s in c.sources]


@pytest.mark.parametrize(("text", "value", "chain"), [
    # wire: the country's word, relayed by the agency whose tag closes the sentence
    ("Peru said on Tuesday that courts had jailed 3,200 suspects over the uprising, as the country "
     "prepares for mass trials, AFP reports.", 3200,
     [("the authorities of Peru", "origin"), ("AFP", "relay")]),
    # state media: a tag with a time after it
    ("The interior ministry said 40 people were killed in the riots, the state agency Velnapress reported on Monday.",
     40, [("The interior ministry", "origin"), ("the state agency Velnapress", "relay")]),
    # negative: a cue that reports a clause of its own is no closing tag
    ("Police said 40 people were detained, and the mayor said 12 officers were hurt.", 12,
     [("the mayor", "origin")]),
])
def test_a_closing_tag_relays_the_whole_sentence(nlp, text, value, chain) -> None:
    assert _chain(_claim(nlp, text, value)) == chain


@pytest.mark.parametrize(("text", "value", "word"), [
    ("The number of people killed in the clashes has reached 173, says the regional prosecutor's press release "
     "issued on Friday.", 173, "prosecutor"),
    ("At least 40 people have died, says a police statement released on Monday.", 40, "police"),
])
def test_a_subject_written_after_its_verb_speaks(nlp, text, value, word) -> None:
    c = _claim(nlp, text, value)
    assert c.sources and word in c.sources[0].name.lower()
    assert c.origin_class == "officials"


@pytest.mark.parametrize("text", [
    "Some estimates put the number of dead at 300.",
    "Earlier estimates said 300 people had died in the floods.",
])
def test_estimates_are_a_relay_of_no_named_origin(nlp, text) -> None:
    c = _claim(nlp, text, 300)
    assert all(s.role == "relay" for s in c.sources)
    assert c.origin_class in ("unnamed", "own")


def test_estimates_by_a_named_body_are_that_bodys(nlp) -> None:
    c = _claim(nlp, "Estimates by the Velna Red Cross put the number of dead at 300.", 300)
    assert c.sources and "Red Cross" in c.sources[0].name and c.sources[0].role == "origin"


def test_a_headline_repeated_before_its_lead_takes_the_leads_source(nlp) -> None:
    text = ("3,200 jailed in Velna uprising probe\n\n3,200 jailed in Velna uprising probe\n\n"
            "Justice Minister Ann Rook said on Wednesday that 3,200 suspects had been remanded in custody.")
    heads = [c for c in _claims(nlp, text) if c.value == 3200]
    assert heads and all(c.sources and "Rook" in c.sources[0].name for c in heads)


@pytest.mark.parametrize(("text", "value", "cls"), [
    # a body known by an acronym: the words inside its name or around it say what it is
    ("The National Disaster Directorate (NDD) said 212 people had died.", 212, "officials"),
    ("Omar Sel, a spokesman for the disaster agency, said 212 people had died.", 212, "officials"),
    ("Rescue teams said 212 bodies had been recovered.", 212, "officials"),
    ("Lena Ortiz, a nurse at the clinic, said 212 people had died.", 212, "witnesses"),
    ("The Velna Observatory for Human Rights said 212 people had died.", 212, "rights groups"),
])
def test_the_words_of_a_name_class_it(nlp, text, value, cls) -> None:
    assert _claim(nlp, text, value).origin_class == cls


@pytest.mark.parametrize(("text", "who"), [
    # wire: a judge named two sentences on
    ("Five employees were arrested on Tuesday over the dam failure. Two of them are engineers from a contractor. "
     "According to Judge Ana Reis, who ordered the arrests, the engineers signed safety reports.", "Judge Ana Reis"),
    # local paper: the prosecutor's office that requested them
    ("Five employees were detained on Friday. The Velna County Prosecutor's Office, which requested the arrests, "
     "declined to comment.", "Prosecutor"),
])
def test_a_passive_arrest_is_the_act_of_whoever_ordered_it(nlp, text, who) -> None:
    c = _claim(nlp, text, 5)
    assert c.sources and who in c.sources[0].name and c.origin_class == "officials"


def test_a_passive_arrest_with_no_one_ordering_it_stays_the_outlets(nlp) -> None:
    c = _claim(nlp, "Five employees were arrested on Tuesday. The company said it was cooperating with police.", 5)
    assert c.sources == ()


@pytest.mark.parametrize(("text", "value", "word"), [
    ("KOLVA, Ruritania — The governor of Ruritania says the official death toll has been raised to 34 from 16.",
     34, "governor"),  # wire dateline, the parse takes the city for the subject
    ("PORT MERE, Freedonia — The mayor of Port Mere says 12 people died in the floods.", 12, "mayor"),
])
def test_the_speaker_after_a_datelines_dash_speaks(nlp, text: str, value: float, word: str) -> None:
    sources = _claim(nlp, text, value).sources
    assert sources and word in sources[0].name.lower()
