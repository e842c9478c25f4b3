"""Measures read from the words a figure sits in (issue 11, item 3; measures.md): killing verbs
of state media ("martyred"), counts of bodies that are the progress of a recovery, counts beside
"held" / "prisoners" that are no detentions, the injured who later died, people prosecuted,
spelled-out numbers, and web page counters. Every sentence is invented for these tests, in the
styles of a wire, state media, a rights group and a local paper."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


def _measures(nlp, text: str, value: float) -> set[str]:
    return {c.measure for c in _claims(nlp, text) if c.value == value}


# --- killing verbs ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("The failed putsch, which martyred more than 240 citizens and injured nearly 1,900 others, was crushed.", 240, 1900),
    ("State television said 41 civilians were martyred and 75 wounded in the shelling of the market.", 41, 75),
    ("At least 12 people lost their lives and 40 were hurt when the roof fell in, the mayor said.", 12, 40),
    ("Some 80 villagers perished in the flood, while 200 were injured, the Red Crescent said.", 80, 200),
    ("Nine protesters were slain by troops and 30 wounded, the rights group said.", 9, 30),
])
def test_killing_verbs(nlp, text: str, killed: float, injured: float) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, killed).measure == "killed"
    assert _one(claims, injured).measure == "injured"


@pytest.mark.parametrize("text", [
    "Three policemen gravely injured in the riot have since died in hospital.",
    "Three soldiers wounded in Friday's ambush later died of their wounds, the army said.",
    "Three officers seriously hurt during the clashes have died, the ministry announced.",
])
def test_the_injured_who_died_are_dead(nlp, text: str) -> None:
    assert _measures(nlp, text, 3) == {"killed"}


def test_wounded_and_another_who_died_keep_their_measures(nlp) -> None:
    claims = _claims(nlp, "Fourteen people were wounded and the driver died at the scene.")
    assert _one(claims, 14).measure == "injured"


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("The night raid left at least seven dead and 28 wounded, according to the governor.", 7, 28),
    ("A coup that left some 270 dead and 1,300 wounded has reshaped the country.", 270, 1300),
    ("The protests left 90 dead and 400 injured.", 90, 400),
])
def test_left_n_dead_is_the_measure_of_its_adjective(nlp, text: str, dead: float, hurt: float) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, dead).measure == "killed"
    assert _one(claims, hurt).measure == "injured"


# --- bodies -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Investigators received 282 bodies plus 87 body parts from the crash site.",
    "Witnesses said 36 or 38 bodies were taken away by soldiers in trucks.",
    "Almost 100 bodies are still missing, the local council said.",
    "Only 200 bodies were aboard the refrigerated train when it reached the city.",
    "The bodies of 64 victims were flown to the capital on Friday for identification.",
])
def test_bodies_moved_or_still_to_find_are_no_toll(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.measure == "killed"]


@pytest.mark.parametrize("text", [
    "All 298 people aboard the airliner were killed. Rescuers have uncovered 219 bodies from the site so far.",
    "Emergency workers have recovered 219 bodies from the fields. The airline says all 298 people on the flight died.",
    "The death toll stands at 298. Divers have retrieved 219 bodies from the hull.",
])
def test_bodies_found_are_a_part_of_a_larger_toll(nlp, text: str) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, 219).part_of == _one(claims, 298).id


@pytest.mark.parametrize("text", [
    "So far a total of 84 bodies have been recovered, the fire brigade said.",
    "Divers recovered 84 bodies from the sunken ferry by Tuesday night.",
    "At least 30 bodies lay in the square after troops opened fire, witnesses said.",
])
def test_bodies_as_the_dead_so_far_stay_a_toll(nlp, text: str) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == "killed"]
    assert claims and all(c.part_of is None for c in claims)


# --- not detentions -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Insurgents stormed the jail and freed 2,000 prisoners, officials said.", 2000),
    ("Some 500 inmates escaped during the riot at the regional prison.", 500),
    ("As many as 700 of the 9,000 soldiers held after the putsch were freed on Saturday.", 700),
    ("Authorities released 640 of those held, the justice ministry said.", 640),
    ("The court freed 40 detainees on bail on Monday.", 40),
    ("Some 30 soldiers who had fired on the crowd were being held hostage by the protesters.", 30),
    ("Gunmen took 12 police officers hostage inside the town hall.", 12),
    ("Over 60,000 people have been either detained or sacked since the attempt.", 60000),
    ("Twelve of the inmates who fled have been returned to prison by force.", 12),
])
def test_no_detention(nlp, text: str, value: float) -> None:
    assert not (_measures(nlp, text, value) & {"detained", "charged"})


@pytest.mark.parametrize(("text", "value"), [
    ("There are outstanding detention warrants for 8,100 individuals, the ministry said.", 8100),
    ("Prosecutors issued arrest warrants for 120 people on Monday.", 120),
    ("Warrants were issued against 47 journalists, the press union said.", 47),
])
def test_warrants_are_no_detentions(nlp, text: str, value: float) -> None:
    assert not _measures(nlp, text, value)


def test_held_on_suspicion_is_custody_not_a_formal_arrest(nlp) -> None:
    text = "Police said 98 people were detained on suspicion of involvement in the attacks."
    assert _one(_claims(nlp, text), 98).measure == "detained"


def test_under_arrest_is_a_part_of_those_held(nlp) -> None:
    claims = _claims(nlp, "More than 16,000 people have been detained since the putsch. Of those, only 8,500 are under arrest.")
    assert _one(claims, 8500).part_of == _one(claims, 16000).id


def test_the_whole_a_released_part_comes_from_stays_held(nlp) -> None:
    text = "About 200 of the 1,300 people arrested have since been released, the ministry said."
    assert _measures(nlp, text, 1300) == {"detained"}
    assert not _measures(nlp, text, 200) & {"detained"}


def test_hostages_killed_are_no_hostage_count() -> None:
    from counterpoint.figures import non_counts as NC

    assert NC.hostages(" hostages were held in the building")
    assert not NC.hostages(" hostages were killed by the gunmen")


@pytest.mark.parametrize(("text", "value"), [
    ("The justice ministry said 48,000 people have been arrested and 150,000 have been the subject of legal proceedings.", 150000),
    ("Some 1,500 people faced legal proceedings over the unrest, a rights group said.", 1500),
])
def test_legal_proceedings_are_charges(nlp, text: str, value: float) -> None:
    assert _measures(nlp, text, value) == {"charged"}


@pytest.mark.parametrize(("text", "value"), [
    ("Prosecutors said 14 criminal cases had been opened over the violence.", 14),
    ("Twenty criminal cases were opened against the organisers.", 20),
])
def test_criminal_cases(nlp, text: str, value: float) -> None:
    assert _measures(nlp, text, value) == {"cases"}


# --- numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Sixty-three servicemen have been detained in the border province, the newspaper reported.", 63, "detained"),
    ("Two hundred and forty soldiers were arrested overnight.", 240, "detained"),
    ("A dozen police officers were injured in the clashes.", 12, "injured"),
    ("Some three hundred people were detained after the march.", 300, "detained"),
    ("Two hundred and forty-eight people were killed, the president said.", 248, "killed"),
])
def test_spelled_out_numbers(nlp, text: str, value: float, measure: str) -> None:
    assert _measures(nlp, text, value) == {measure}


def test_a_page_counter_is_no_figure(nlp) -> None:
    claims = _claims(nlp, "Read: 1159 Sixty-three servicemen have been detained in the province.")
    assert not [c for c in claims if c.value == 1159]
    assert _one(claims, 63).measure == "detained"


@pytest.mark.parametrize("text", [
    "About one in ten of those detained were charged.",
    "A third of them were released within a week.",
    "Forty percent of the injured were police officers.",
])
def test_fractions_and_percentages_are_no_counts(nlp, text: str) -> None:
    assert not [c for c in _claims(nlp, text) if c.value is not None and c.value <= 40]


@pytest.mark.parametrize("text", [
    "Perhaps 500 people were killed, a witness said.",
    "I think 300 died that night, the opposition leader told reporters.",
    "The toll could be as many as 1,000 dead, the rights group said.",
])
def test_hedges(nlp, text: str) -> None:
    killed = [c for c in _claims(nlp, text) if c.measure == "killed"]
    assert killed and all(c.hedged for c in killed)


@pytest.mark.parametrize("text", [
    "Officials put the toll at 170. A reporter said she saw at least 30 bodies in the square.",
    "The rights group says 500 died. Mourners were displaying the bodies of six people killed on Friday.",
])
def test_bodies_seen_are_a_part_of_a_larger_toll(nlp, text: str) -> None:
    claims = [c for c in _claims(nlp, text) if c.measure == "killed"]
    wholes = [c for c in claims if c.part_of is None]
    assert len(wholes) == 1 and all(c.part_of == wholes[0].id for c in claims if c is not wholes[0])


# --- a level noun's participle, a crowd verb's origin (issue 11: wrong measures) -----------------

@pytest.mark.parametrize(("text", "now", "before", "measure"), [
    ("The number hurt rose to 410 from 388 after the second blast struck the market.", 410, 388, "injured"),
    ("The number injured climbed to 96 from 70, the hospital said.", 96, 70, "injured"),
    ("The number killed jumped to 57 from 41 overnight, police said.", 57, 41, "killed"),
])
def test_a_participle_on_the_level_noun_names_its_measure(nlp, text: str, now: float, before: float,
                                                          measure: str) -> None:
    assert _measures(nlp, text, now) == {measure}
    assert _measures(nlp, text, before) == {measure}


@pytest.mark.parametrize("text", [
    "The gunmen stormed the hotel, killing 31 people and injuring at least 120 others drawn from a dozen countries.",
    "The blast wounded 120 guests drawn from across the region, the governor said.",
])
def test_people_drawn_from_somewhere_are_no_crowd(nlp, text: str) -> None:
    assert _measures(nlp, text, 120) == {"injured"}


def test_a_rally_that_drew_supporters_is_still_a_crowd(nlp) -> None:
    assert _measures(nlp, "The rally drew 5,000 supporters from across the country.", 5000) == {"participants"}


@pytest.mark.parametrize("text", [
    "Security forces had taken 640 people into custody, charged or convicted since the coup, the group said.",
    "Police took 640 demonstrators into custody over the weekend.",
])
def test_taken_into_custody_with_the_count_between_is_a_detention(nlp, text: str) -> None:
    assert _measures(nlp, text, 640) == {"detained"}
