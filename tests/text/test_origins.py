"""The one origin classifier of a figure (`text.origins`), on invented sentences in several
styles: wire, state media, rights group, local paper. Negative cases beside each rule."""

from __future__ import annotations

import pytest

from counterpoint.models import Evidence, FigureClaim, Source
from counterpoint.reconcile.contest import tally_of
from counterpoint.reconcile.independence import attribute, origin_class
from counterpoint.text.origins import figure_origin_class, relay_only


def _o(name: str, role: str = "origin") -> tuple[Source, ...]:
    return (Source(name=name, role=role),)


@pytest.mark.parametrize(("name", "sentence", "cls"), [
    # wire
    ("the interior ministry", "At least 40 people died, the interior ministry said on Monday.", "officials"),
    ("Reuters", "At least 40 people died, Reuters reported, citing hospital officials.", "unnamed"),
    ("Reuters", "According to a Reuters tally, at least 40 people have died.", "news agency tally"),
    ("The Associated Press", "A count compiled by the Associated Press puts the dead at 40.", "news agency tally"),
    ("an AFP correspondent", "An AFP correspondent counted 40 bodies in the courtyard.", "news agency tally"),
    ("the Velnian foreign ministry", "The Velnian foreign ministry said 12 of its citizens died.", "foreign government"),
    # state media
    ("state television", "State television said 40 people had died.", "state media"),
    ("the state news agency Velnapress", "The state news agency Velnapress put the toll at 40.", "state media"),
    ("Xinhua", "Xinhua reported 40 dead.", "state media"),
    # rights group
    ("the Lumen Rights Centre", "The Lumen Rights Centre said it had documented 300 deaths.", "rights groups"),
    ("Lumen Watch", "Lumen Watch, a monitoring group, said 300 people were killed.", "rights groups"),
    ("the Central Committee of Doctors", "The Central Committee of Doctors counted 300 dead.", "rights groups"),
    ("the opposition", "The opposition said 300 people had been killed.", "opposition"),
    ("Velna Red Crescent", "The Velna Red Crescent said 40 bodies were recovered.", "officials"),
    ("the Red Cross", "The Red Cross estimated that 50,000 people died.", "rights groups"),
    # local paper
    ("County Sheriff Ann Lee", "County Sheriff Ann Lee said 12 people remain missing.", "officials"),
    ("Gov. Tom Ruiz", "Gov. Tom Ruiz said 12 people died.", "officials"),
    ("Brig. Gen. Omar Vale", "Brig. Gen. Omar Vale said 12 soldiers died.", "officials"),
    ("District administrator Ana Ruiz", "District administrator Ana Ruiz said 61 people were missing.", "officials"),
    ("the attorney general", "The attorney general said 14 officers were charged.", "officials"),
    ("the county medical examiner", "The county medical examiner said 12 people died.", "officials"),
    ("a neighbour", "A neighbour said 12 people lived in the building.", "witnesses"),
    ("Maria Lund", "Maria Lund, who lost her brother, said 12 people were trapped.", "witnesses"),
    ("Acme Mining", "Acme Mining said 12 workers were trapped.", "witnesses"),
    # unnamed: relays of unknown origin, anonymous sources, pronouns
    ("news reports", "News reports said 40 people died.", "unnamed"),
    ("some estimates", "Some estimates put the dead at 300.", "unnamed"),
    ("official figures", "Official figures show 300 dead.", "unnamed"),
    ("A source close to the inquiry", "A source close to the inquiry said 34 people were held.", "unnamed"),
    ("they", "They said 34 people were held.", "unnamed"),
    ("experts", "Experts said 34 people could have died.", "rights groups"),
])
def test_figure_origin_class(name: str, sentence: str, cls: str) -> None:
    assert figure_origin_class(_o(name), sentence) == cls


def test_no_source_is_the_outlets_own_unless_it_names_whose_count_it_is() -> None:
    assert figure_origin_class((), "At least 40 people died.") == "own"
    assert figure_origin_class((), "An Associated Press count based on national reports stands at 500.") == \
        "news agency tally"
    assert figure_origin_class((), "The official count stands at 500.") == "own"
    assert figure_origin_class((), "A health ministry tally stands at 500.") == "own"


def test_a_relay_only_chain_names_no_origin() -> None:
    assert figure_origin_class(_o("media reports", "relay"), "Media reports said 40 died.") == "unnamed"


def test_relay_only_names() -> None:
    assert relay_only("media reports") and relay_only("some estimates") and relay_only("official figures")
    assert relay_only("unconfirmed reports") and relay_only("the latest data")
    # the body that keeps them is named
    assert not relay_only("government figures") and not relay_only("police data")
    assert not relay_only("the Health Ministry") and not relay_only("Reporters Without Borders")


def _claim(name: str | None, text: str, role: str = "origin", cls: str | None = None) -> FigureClaim:
    return FigureClaim(id="c", document="d", measure="killed", value=40.0, low=40.0, high=40.0, qualifier="exact",
                       unit="people", subject="person", evidence=Evidence(document="d", start=0, end=len(text), text=text),
                       sources=_o(name, role) if name else (), origin_class=cls)


@pytest.mark.parametrize(("name", "text", "series"), [
    ("the interior ministry", "The interior ministry said 40 died.", "official"),
    ("state television", "State television said 40 died.", "official"),
    ("Reuters", "Reuters reported 40 dead.", "unattributed"),
    ("news reports", "News reports said 40 died.", "unattributed"),
    (None, "At least 40 died.", "unattributed"),
])
def test_independence_reads_the_class(name, text, series) -> None:
    assert origin_class(attribute(_claim(name, text), {})) == series


def test_independence_and_contest_read_the_class_set_at_extraction() -> None:
    # the class set once at extraction wins over what the name alone would say
    c = _claim("Lumen", "Lumen said 40 died.", cls="officials")
    assert origin_class(attribute(c, {})) == "official"
    tally = _claim("Lumen", "Lumen said 40 died.", cls="news agency tally")
    assert tally_of(tally) == ("tally:lumen", "Lumen")
    assert tally_of(_claim("Lumen", "Lumen said 40 died.", cls="witnesses")) is None


def test_an_apposition_says_what_the_origin_is_but_a_relay_cue_does_not() -> None:
    assert figure_origin_class(_o("Ann Lee"), "Ann Lee, spokeswoman for the disaster agency, said 40 died.") == "officials"
    assert figure_origin_class(_o("Reuters"), "Reuters, citing hospital officials, said 40 died.") == "unnamed"
    assert figure_origin_class(_o("NDMA"), "NDMA, the national disaster management authority, said 40 died.") == \
        "officials"
