"""A crackdown told weeks later: the coup, killings, the general strike, arrests of leaders, each
dated by the date phrase next to its noun (invented sentences about an invented country)."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str | None = "2023-07-20") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "etype", "date", "words"),
    [
        ("Since the March 2 coup, soldiers have beaten dozens of students in Korvo.", "coup", "2023-03-02", "coup"),
        ("The army seized power on March 2 and shut the airports.", "coup", "2023-03-02", "coup"),
        ("Troops killed more than 60 people on May 14 in the worst day of the unrest.", "killings", "2023-05-14",
         "60 people killed"),
        ("The killings of marchers in Ostra on May 14 drew protests abroad.", "killings", "2023-05-14",
         "marchers killed in ostra"),
        ("The massacre on June 9 left the square empty.", "killings", "2023-06-09", "massacred"),
        ("Dockers began a general strike on April 3 across the country.", "general_strike", "2023-04-03",
         "general strike"),
        ("The arrest of the union leader on March 2 angered the dockers.", "arrests", "2023-03-02",
         "union leader arrested"),
        ("Police cleared the sit-in outside the radio station on June 9.", None, None, None),
        ("The June 9 raid on the sit-in lasted an hour.", "storming", "2023-06-09", "sit-in raided"),
    ],
)
def test_crackdown_happenings_are_dated(nlp, text: str, etype: str | None, date: str | None,
                                        words: str | None) -> None:
    found = _events(nlp, text)
    if etype is None:
        assert not [c for c in found if c.event_type in ("coup", "killings", "general_strike")], found
        return
    mine = [c for c in found if c.event_type == etype]
    assert mine, [(c.event_type, c.text) for c in found]
    assert mine[0].date == date
    assert words in mine[0].text.lower()
    assert len(mine[0].text.split()) >= 2  # a clause, not a bare noun


@pytest.mark.parametrize(
    "text",
    [
        "A planned coup was exposed by the newspaper in 2016.",  # did not happen
        "The quake killed 300 people on Friday.",  # a disaster's dead, not killings
        "The hunger strike entered its second week on Monday.",  # not a general strike
        "The air strike on Monday hit a depot.",
    ],
)
def test_not_crackdown_happenings(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type in ("coup", "killings", "general_strike")]


def test_a_coup_named_in_passing_takes_no_place_of_another_clause(nlp) -> None:
    (coup,) = [c for c in _events(nlp, "Since the March 2 coup, soldiers have beaten students in Korvo.")
               if c.event_type == "coup"]
    assert coup.place_name is None


def test_security_forces_killed_in_the_passive_are_no_killings_by_them(nlp) -> None:
    text = "The governor honoured six police officers who were killed in the riots."
    assert not [c for c in _events(nlp, text) if c.event_type == "killings"]


def test_an_undated_page_keeps_the_day_next_to_the_happening(nlp) -> None:
    found = _events(nlp, "Since the March 2 coup, the army has closed the border.", published=None)
    (coup,) = [c for c in found if c.event_type == "coup"]
    assert coup.date is None and coup.date_partial == "--03-02"


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("The detention of union leader Ivo Brandt on March 2 shut the port.", True),
        ("Ivo Brandt has remained in detention since March.", False),  # a state, not the act
    ],
)
def test_detention_of_a_named_person_is_an_arrest(nlp, text: str, arrested: bool) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "arrests"]
    assert bool(found) == arrested, found
    if arrested:
        assert found[0].date == "2023-03-02" and "detained" in found[0].text


def test_a_date_in_another_nouns_of_phrase_does_not_date_the_happening(nlp) -> None:
    text = "The premier declared a state of emergency in the valley because of the floods of yesterday morning."
    (soe,) = [c for c in _events(nlp, text) if c.event_type == "state_of_emergency"]
    assert soe.date != "2023-07-19"


@pytest.mark.parametrize(
    ("text", "killings"),
    [
        ("The force of the blast killed 40 dockers on Friday.", False),
        ("Security forces killed 40 dockers on Friday.", True),
    ],
)
def test_killers_are_named_security_forces(nlp, text: str, killings: bool) -> None:
    assert bool([c for c in _events(nlp, text) if c.event_type == "killings"]) == killings


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("More than 80 marchers were killed by riot police on June 3 in Ostra.", "2023-06-03", "80 marchers killed"),
        ("Some 25 dockers were gunned down by soldiers at the harbour gate on May 14.", "2023-05-14",
         "killed"),
    ],
)
def test_killings_told_in_the_passive_with_security_forces_as_agent(nlp, text: str, date: str, words: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "killings"]
    assert found, [(c.event_type, c.text) for c in _events(nlp, text)]
    assert found[0].date == date and words in found[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Forty villagers were killed by the landslide on Tuesday.",  # no killers: a disaster's dead
        "Two officers were killed by falling debris on Monday.",  # a thing, not a killer
        "Twelve miners were killed in the blast on Friday.",  # no agent at all
    ],
)
def test_passive_deaths_without_security_agents_are_no_killings(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type == "killings"]


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Marek Dovran was ousted on April 3, but the protesters stayed in the square.", "2023-04-03",
         "marek dovran ousted"),
        ("Crowds cheered in Korvo after President Ilse Varn was toppled on May 2 by her own generals.",
         "2023-05-02", "ilse varn ousted"),
    ],
)
def test_a_rulers_fall_told_by_whom_it_befell_is_dated(nlp, text: str, date: str, words: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "ouster"]
    assert [c.date for c in found] == [date], found
    assert words in found[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of ousted president Marek Dovran marched on Friday.",
        "The generals who ousted Marek Dovran in April promised elections.",
        "Protesters demanded that Marek Dovran be ousted before June 3.",
    ],
)
def test_no_fall_without_its_patient_told_as_the_subject(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type == "ouster" and c.date]


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Ruritanian military forces killed 52 marchers on Saturday as the protests spread.", "2023-07-15",
         "52 marchers killed"),
        ("Government forces killed 30 students in Ostra on May 14.", "2023-05-14", "30 students killed"),
    ],
)
def test_forces_named_as_the_states_by_their_modifier_are_killers(nlp, text: str, date: str, words: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "killings"]
    assert [c.date for c in found] == [date], found
    assert words in found[0].text.lower()


def test_forces_of_another_side_or_of_no_side_are_no_killers_of_a_crackdown(nlp) -> None:
    for text in ("Rebel forces killed 30 soldiers on Sunday.", "Allied forces killed 30 fighters on Sunday."):
        assert not [c for c in _events(nlp, text) if c.event_type == "killings"], text


def test_a_fall_whose_patient_is_no_name_is_a_leaders(nlp) -> None:
    text = "The elected government of Ruritania was overthrown by the army on May 2."
    found = [c for c in _events(nlp, text) if c.event_type == "ouster"]
    assert all(c.text == "Leader ousted" for c in found), found
