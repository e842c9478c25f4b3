"""Origins are speakers: dates, datelines, events, periods, counts and records never are; each
figure carries its origin class. Invented sentences in several house styles (wire, state media,
rights group, local paper)."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim, Source
from counterpoint.text.speaker_names import clean_chain, speaker_name_ok, unknown_origin_name


def _claim(nlp, text: str, value: float) -> FigureClaim:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2024-03-05"))
    found = [c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == value]
    assert found, f"no claim of {value}"
    return found[0]


@pytest.mark.parametrize("name", [
    "Tuesday", "on Tuesday", "Tuesday's", "Sept 25", "34 people", "a total of 90", "the last official count",
    "the death toll", "months of violence", "the past weeks of unrest", "the unrest", "the crackdown",
    "The protests", "MANAGUA", "NEW DELHI",
])
def test_non_speaker_names(name: str) -> None:
    assert not speaker_name_ok(name)


@pytest.mark.parametrize("name", [
    "the interior ministry", "Ruritanian officials", "AFP", "UNICEF", "the Ministry of Health",
    "Lumen Watch", "witnesses", "a source close to the investigation", "the authorities of Ruritania",
    "The Center for Human Rights", "state media", "Jane Roe",
])
def test_speaker_names(name: str) -> None:
    assert speaker_name_ok(name)


def test_a_dropped_origin_hands_over_to_the_next_named_relay() -> None:
    chain = (Source(name="Months of unrest", role="origin"), Source(name="rights groups", role="relay"))
    assert [(s.name, s.role) for s in clean_chain(chain)] == [("rights groups", "origin")]
    unknown = (Source(name="the unrest", role="origin"), Source(name="news reports", role="relay"))
    assert [(s.name, s.role) for s in clean_chain(unknown)] == [("news reports", "relay")]


@pytest.mark.parametrize(("name", "want"), [
    ("news reports", True), ("local media", True), ("media reports", True), ("state media", False),
    ("Associated Press", False), ("the Daily Planet", False),
])
def test_unknown_origin_relays(name: str, want: bool) -> None:
    assert unknown_origin_name(name) is want


@pytest.mark.parametrize(("text", "value", "chain", "cls"), [
    # wire: the dateline's city and wire are no origin; the ministry is
    ("VELNA, March 4 (Wirenews) - At least 34 people were killed in clashes on Tuesday, the interior "
     "ministry said.", 34, [("the interior ministry", "origin")], "officials"),
    # local paper: a dateline and an event noun, no one speaking
    ("OSTRAVA — At least 34 people have been killed in the unrest.", 34, [], "own"),
    # a period of violence "claims lives": not a claim anyone makes; the rights groups speak
    ("Months of unrest have claimed 34 lives, rights groups say.", 34, [("rights groups", "origin")],
     "rights groups"),
    # a date's possessive is no source
    ("Tuesday's figures showed that 34 people had been killed.", 34, [], "own"),
    # relays of unknown origin stay relays, of an unnamed origin
    ("On Tuesday, 34 people were killed in the crackdown, local media reported.", 34,
     [("local media", "relay")], "unnamed"),
    ("Weeks of violence have left 34 people dead, news reports said.", 34, [("news reports", "relay")], "unnamed"),
    # a record is no speaker
    ("The crackdown left 34 people dead, according to the last official count.", 34, [], "own"),
    # an agency's own count is that agency's, of its own class
    ("At least 34 people have died, according to an Associated Press count based on official statements.",
     34, [("Associated Press", "origin")], "news agency tally"),
    ("The crackdown has killed 34, according to an AFP tally compiled from hospital sources.", 34,
     [("AFP", "origin")], "news agency tally"),
    # an agency relaying a ministry: the ministry's
    ("The ministry said 34 people had died, Wirenews reported.", 34,
     [("The ministry", "origin"), ("Wirenews", "relay")], "officials"),
    # a foreign government about its own nationals
    ("Velna's foreign ministry said 136 of its nationals died in the attacks in Ruritania.", 136,
     [("Velna's foreign ministry", "origin")], "foreign government"),
    # rights groups and doctors' committees are their own class, named or described
    ("The Ruritanian Doctors Committee said 34 protesters were shot dead.", 34,
     [("The Ruritanian Doctors Committee", "origin")], "rights groups"),
    ("34 people have been killed, said Lumen Watch, a rights group.", 34, [("Lumen Watch", "origin")],
     "rights groups"),
    # state media
    ("Thirty people were detained in the capital, the state news agency said.", 30,
     [("the state news agency", "origin")], "state media"),
    # a named class of officials keeps its place
    ("Officials in Ruritania said 34 people were killed.", 34, [("Officials in Ruritania", "origin")], "officials"),
    ("Ruritanian officials said 34 people were killed in the clashes.", 34,
     [("Ruritanian officials", "origin")], "officials"),
    # "his office": the office of the person named before
    ("President Alan Ferro spoke to reporters. His office later said the toll had risen to 40.", 40,
     [("the office of President Alan Ferro", "origin")], "officials"),
    # an unnamed source keeps what makes it one
    ("A source close to the investigation said 34 people were detained.", 34,
     [("A source close to the investigation", "origin")], "unnamed"),
    ("Witnesses said at least 20 bodies lay in the square.", 20, [("Witnesses", "origin")], "witnesses"),
    ("The opposition said 300 people had been killed.", 300, [("The opposition", "origin")], "opposition"),
    # a country's bare name is its authorities, whatever the words between it and its verb
    ("Peru on Thursday said the earthquake had claimed 7,802 lives.", 7802,
     [("the authorities of Peru", "origin")], "officials"),
    ("At least 2,681 people have been killed, state broadcaster Tele Velna reported Monday.", 2681,
     [("state broadcaster Tele Velna", "origin")], "state media"),
    # "counts N among the missing" includes, it tells nothing: the authorities do
    ("The head of a school that counts 247 students among the missing died on Friday, authorities said.", 247,
     [("authorities", "origin")], "officials"),
    # who is reported missing is not who reports
    ("Divers found three more bodies on Sunday, the last people reported missing, bringing the death toll to 43.",
     43, [], "own"),
    # a bare "the center" is the centre named just before
    ("The Velna Human Rights Center said it had recorded the cases. At least 450 of them were beaten, the center said.",
     450, [("The Velna Human Rights Center", "origin")], "rights groups"),
    # local paper: a name with a coordinated title run after the figure, the parse hanging it on the count
    ("The list of people still unaccounted for has 1,011 entries, Velna County Sheriff and Coroner Kory Dane "
     "said Friday evening.", 1011, [("Coroner Kory Dane", "origin")], "officials"),
])
def test_figure_origins_and_classes(nlp, text: str, value: float, chain, cls: str) -> None:
    c = _claim(nlp, text, value)
    assert [(s.name, s.role) for s in c.sources] == chain
    assert c.origin_class == cls


def test_comparison_credits_the_group_that_recorded_it(nlp) -> None:
    text = ("The general said the toll was 34, lower than the figure collected by the rights group Lumen Watch, "
            "which has recorded 140 deaths.")
    assert [s.name for s in _claim(nlp, text, 34).sources] == ["The general"]
    high = _claim(nlp, text, 140)
    assert [s.name for s in high.sources] == ["the rights group Lumen Watch"]
    assert high.origin_class == "rights groups"


@pytest.mark.parametrize("name", [
    # a date told by what happened on it, whatever capitals follow its head
    "the official date of the Republic's declaration", "the anniversary of the Great Flood",
    "the second day of the Ruritanian summit",
])
def test_a_date_told_by_its_event_is_no_speaker(name: str) -> None:
    assert not speaker_name_ok(name)


@pytest.mark.parametrize("name", [
    "the Fire Department of Ruritania", "the Ministry of Emergency Situations", "the Day Centre",
])
def test_a_body_named_with_a_capital_head_speaks(name: str) -> None:
    assert speaker_name_ok(name)


@pytest.mark.parametrize(("text", "value", "want"), [
    # two subjects before the verb: the fronted date phrase is not who reported the figure
    ("On March 3, the official date of the Republic's founding, the regional health ministry reported "
     "44 people were killed in the protests.", 44, "the regional health ministry"),
    ("On Friday, the first day of the holiday, the interior ministry said 40 people had died on the roads.",
     40, "the interior ministry"),
])
def test_the_subject_next_to_the_verb_speaks(nlp, text: str, value: float, want: str) -> None:
    assert [s.name for s in _claim(nlp, text, value).sources][:1] == [want]
