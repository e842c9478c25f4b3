"""The figure graph on invented sentences (Ruritania and friends): parts, updates, measures,
hedges, non-counts and background figures. Each case is written for this test."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


# ---- parts ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "whole", "part", "measure", "subject"), [
    ("The toll in Ruritania rose to 154, including 26 foreigners, officials said.", 154, 26, "killed", "foreign national"),
    ("Police said 120 people died, most of them – 80 – in the capital.", 120, 80, "killed", "person"),
    ("About 2,000 people were wounded, 1,500 of them officers.", 2000, 1500, "injured", "police officer"),
    ("At least 40 people were killed in Osterlich. Among the dead were 12 police officers.", 40, 12, "killed", "police officer"),
    ("The quake killed 61 people. Four of the dead were children.", 61, 4, "killed", "child"),
    ("Officials said 88 people died. Of those killed, 30 were women.", 88, 30, "killed", "woman"),
    ("Rescuers found 57 bodies. Twelve police were among the dead.", 57, 12, "killed", "police officer"),
    ("Among the 151 dead, 97 are female.", 151, 97, "killed", "woman"),
    ("Nine of the 40 people killed were students.", 40, 9, "killed", "student"),
    ("The floods killed 300 people, of whom 45 were in Zenda.", 300, 45, "killed", "person"),
    ("The ministry said 210 people were injured, 14 of them seriously.", 210, 14, "injured", "person"),
])
def test_part_points_at_its_whole(nlp, text: str, whole: float, part: float, measure: str, subject: str) -> None:
    claims = _claims(nlp, text)
    w, p = _one(claims, whole), _one(claims, part)
    assert p.part_of == w.id and w.part_of is None
    assert p.measure == w.measure == measure
    assert p.subject == subject


def test_part_with_a_place_scope_has_its_place(nlp) -> None:
    claims = _claims(nlp, "Police said 120 people died, most of them – 80 – in the capital.")
    assert _one(claims, 80).place_name == "the capital"
    claims = _claims(nlp, "The storm killed 64 people, 31 of them in Zenda.")
    assert _one(claims, 31).place_name == "Zenda"


def test_breakdown_by_cause_counts_the_dead(nlp) -> None:
    claims = _claims(nlp, "Doctors said 32 people had died, 30 with gunshot wounds and two with stab wounds.")
    whole = _one(claims, 32)
    for v in (30, 2):
        c = _one(claims, v)
        assert c.measure == "killed" and c.part_of == whole.id
    assert not any(c.measure == "injured" for c in claims)


def test_money_part(nlp) -> None:
    claims = _claims(nlp, "The storm caused $2 billion in damage, of which $500 million were business losses.")
    whole, part = _one(claims, 2e9), _one(claims, 5e8)
    assert part.part_of == whole.id and part.measure == whole.measure == "damage"
    assert whole.subject is None and part.subject is None


def test_siblings_share_the_whole(nlp) -> None:
    claims = _claims(nlp, "There are 26 foreign nationals among the dead, including four Borduvians and "
                          "five citizens of Zenda.")
    whole = _one(claims, 26)
    assert {c.part_of for c in claims if c.value in (4, 5)} == {whole.id}
    # each nation's people keep their nation; their class is foreign national
    from counterpoint.figures.subjects import subject_class
    assert {subject_class(c.subject) for c in claims if c.value in (4, 5)} == {"foreign national"}


def test_part_of_a_part_not_of_another_figure(nlp) -> None:
    claims = _claims(nlp, "The toll rose to 154, including 26 foreigners, and 133 people were injured.")
    assert _one(claims, 133).part_of is None and _one(claims, 133).measure == "injured"


# ---- updates ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "cue"), [
    ("The death toll in Ruritania rose to 312, officials said.", "rose to"),
    ("The toll has risen to 312.", "has risen to"),
    ("The number of dead climbed to 312 on Friday.", "climbed to"),
    ("The ministry raised the toll to 312.", "raised the toll to"),
    ("The toll was revised down to 312.", "revised down to"),
    ("The death toll now stands at 312.", "now stands at"),
])
def test_update_cue_on_the_newer_figure(nlp, text: str, cue: str) -> None:
    (c,) = _claims(nlp, text)
    assert c.value == 312 and c.update_cue == cue and c.measure == "killed"


@pytest.mark.parametrize(("text", "newer", "older"), [
    ("The toll has risen to 312, up from 275 on Monday.", 312, 275),
    ("The toll rose from 100 to 135 overnight.", 135, 100),
    ("The ministry raised the toll to 90. The previous official toll was 64.", 90, 64),
    ("The toll was revised down to 253; reports of 359 dead are not correct, the ministry said.", 253, 359),
    ("The ministry now says 253 people died. Earlier reports of 359 deaths were wrong.", 253, 359),
])
def test_newer_supersedes_older(nlp, text: str, newer: float, older: float) -> None:
    claims = _claims(nlp, text)
    n, o = _one(claims, newer), _one(claims, older)
    assert n.supersedes == (o.id,) and o.supersedes == ()
    assert n.measure == o.measure == "killed"
    assert n.update_cue and o.update_cue is None


def test_higher_than_previously_announced_is_a_cue(nlp) -> None:
    (c,) = _claims(nlp, "Officials said 300 people had died, significantly higher than previously announced.")
    assert c.update_cue == "significantly higher than previously announced"


@pytest.mark.parametrize("text", [
    "The toll was revised down by about 100 to 253.",
    "Another 179 people died overnight, bringing the toll to 253.",
    "The death toll went up by 20 to 253.",
    "The toll in Ruritania surged by more than 3,000 and is now at 253.",
])
def test_size_of_a_change_is_never_a_toll(nlp, text: str) -> None:
    claims = _claims(nlp, text)
    assert [c.value for c in claims] == [253]


# ---- measures and numbers ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "measure", "value", "qualifier", "subject"), [
    ("The protests left 90 dead.", "killed", 90, "exact", "person"),
    ("19 servicemen died in the clashes.", "killed", 19, "exact", "soldier"),
    ("As many as 7,000 people were detained.", "detained", 7000, "up_to", "person"),
    ("Prosecutors said 45 criminal cases were opened.", "cases", 45, "exact", None),
    ("Officials said 12 thousand 873 people lost their lives.", "killed", 12873, "exact", "person"),
    ("Half a million people were evacuated.", "displaced", 500000, "exact", "person"),
    ("At least 155 people were killed and 152 others injured.", "injured", 152, "exact", "person"),
])
def test_measures(nlp, text: str, measure: str, value: float, qualifier: str, subject: str | None) -> None:
    c = _one(_claims(nlp, text), value)
    assert (c.measure, c.qualifier, c.subject) == (measure, qualifier, subject)


@pytest.mark.parametrize(("text", "value", "hedged"), [
    ("There were perhaps more than 200 people killed.", 200, True),
    ("I think 300 people died that night.", 300, True),
    ("Unconfirmed reports said 40 people were killed.", 40, True),
    ("As many as 20,000 could be dead, the agency warned.", 20000, True),
    ("The ministry said 154 people died, 25 of whom could not be identified.", 154, False),
])
def test_hedges(nlp, text: str, value: float, hedged: bool) -> None:
    c = _one(_claims(nlp, text), value)
    assert c.hedged is hedged
    if hedged:
        assert c.update_cue is None


@pytest.mark.parametrize("text", [
    "About one in ten were charged.",
    "A third of them were jailed.",
    "Some 40% of those detained were students.",
    "A magnitude 7.8 quake struck, and buildings measuring 7.7 metres collapsed.",
    "The fire spread quickly, in a town where a 1987 quake killed about 1,000 people.",
    "It was the deadliest disaster since the 1999 earthquake, which killed 17,000 people.",
    "It was the worst tragedy since a ferry sank and left 304 people dead.",
    "The death toll could rise further, as 33 others remain in serious condition.",
    "All but one of the dead have been identified, the coroner said.",
])
def test_not_counts_of_this_event(nlp, text: str) -> None:
    assert _claims(nlp, text) == []


def test_background_needs_an_earlier_year(nlp) -> None:
    claims = _claims(nlp, "A 2023 quake killed about 1,000 people in Zenda.", published="2023-05-10")
    assert [c.value for c in claims] == [1000]


def test_older_after_to(nlp) -> None:
    claims = _claims(nlp, "The governor says the official toll from the storm has been increased to 34 from 16.")
    assert _one(claims, 34).supersedes == (_one(claims, 16).id,)


def test_earlier_event_in_an_earlier_year_is_background(nlp) -> None:
    text = ("The storm of 2017 killed 64 people, officials said in 2017. "
            "As many as 1,800 people died in 2005 when another storm breached levees.")
    assert [c.value for c in _claims(nlp, text, published="2018-01-10")] == [64]


def test_anniversary_keeps_its_own_event(nlp) -> None:
    text = ("The collapse of the factory in 2013 killed 1,134 people. Ten years on, in 2023, survivors "
            "still wait. The 2013 disaster left 2,500 injured.")
    assert sorted(c.value for c in _claims(nlp, text, published="2023-04-24")) == [1134, 2500]


def test_own_verb_right_after_the_number_wins(nlp) -> None:
    claims = _claims(nlp, "At least 129 people died and around 180 were left injured after the crush.")
    assert (_one(claims, 129).measure, _one(claims, 180).measure) == ("killed", "injured")


def test_among_a_number(nlp) -> None:
    claims = _claims(nlp, "Seventeen children were among at least 125 people killed in the crush, officials said.")
    assert _one(claims, 17).part_of == _one(claims, 125).id and _one(claims, 17).subject == "child"


@pytest.mark.parametrize("text", [
    "The latest mill disaster came eight years after the collapse of another mill that left 64 workers dead.",
    "A fire at a weaving shop in Zenda last November killed 111 workers.",
])
def test_other_events_in_words(nlp, text: str) -> None:
    assert _claims(nlp, text) == []


def test_survivors_are_not_dead(nlp) -> None:
    assert [c.value for c in _claims(nlp, "The tally stands at 1,127 dead and 2,438 rescued alive.")] == [1127]


def test_bodies_handed_over_are_a_status_part(nlp) -> None:
    claims = _claims(nlp, "The army said 1,127 people died. 340 bodies were handed over to their families.")
    assert _one(claims, 340).part_of == _one(claims, 1127).id


@pytest.mark.parametrize(("text", "whole", "part"), [
    ("The government said 900 people died. Police say they have handed over 441 bodies so far to the relatives.", 900, 441),
    ("At least 85 people died in the fire, officials said. Authorities returned the bodies of 60 victims on Sunday.", 85, 60),
    ("The ministry put the toll at 2,300. Officials have identified 1,700 bodies, a spokesman said.", 2300, 1700),
    ("State television said 640 people were killed. The army began handing over 210 bodies to families on Tuesday.", 640, 210),
])
def test_bodies_handed_over_before_the_number_are_a_status_part(nlp, text: str, whole: float, part: float) -> None:
    claims = _claims(nlp, text)
    assert _one(claims, part).part_of == _one(claims, whole).id


def test_people_released_are_no_status_part_of_the_dead(nlp) -> None:
    claims = _claims(nlp, "Officials said 52 people had been killed. Police released 40 protesters on Monday.")
    assert all(c.part_of is None for c in claims if c.measure == "killed")
    assert not any(c.value == 40 and c.measure == "killed" for c in claims)


def test_running_total_holds_the_day_as_a_part(nlp) -> None:
    claims = _claims(nlp, "About 700 people were detained on Wednesday, the ministry said, bringing the total "
                          "number of people detained to more than 6,700.")
    total, day = _one(claims, 6700), _one(claims, 700)
    assert day.part_of == total.id and total.update_cue.startswith("bringing the total")


@pytest.mark.parametrize(("text", "value", "measure", "subject", "part"), [
    ("A total of 103 members of law enforcement were injured, with 28 hospitalised.", 28, "injured", "police officer", 103),
    ("Fifty civilians and 39 police officers were injured in the clashes.", 39, "injured", "police officer", None),
    ("Dozens of protesters sustained injuries, a rights group said.", 12, "injured", "protester", None),
    ("The death toll held at 135 people with 5,000 wounded.", 5000, "injured", "person", None),
])
def test_subjects_and_with_parts(nlp, text: str, value: float, measure: str, subject: str, part: float | None) -> None:
    claims = _claims(nlp, text)
    c = _one(claims, value)
    assert (c.measure, c.subject) == (measure, subject)
    assert c.part_of == (_one(claims, part).id if part is not None else None)


def test_total_of_places(nlp) -> None:
    claims = _claims(nlp, "Officials said 12,391 people had died in Ruritania and 2,992 in Osterlich from "
                          "Monday's tremor, bringing the confirmed total to 15,383.")
    total = _one(claims, 15383)
    assert total.place_name is None and total.update_cue == "bringing the confirmed total to"
    assert [(c.place_name, c.part_of) for c in claims if c.value in (12391, 2992)] == [
        ("Ruritania", total.id), ("Osterlich", total.id)]


def test_both_places_scope_nothing(nlp) -> None:
    (c,) = _claims(nlp, "Quake death toll climbs to over 4,300 across Ruritania and Osterlich")
    assert c.place_name is None and c.update_cue == "climbs to"


def test_year_of_an_older_named_event(nlp) -> None:
    text = ("The Great Zenda Storm of 1900 killed more than 6,000 people. The new storm hit in 2017, "
            "and in 2017 it killed 64.")
    assert [c.value for c in _claims(nlp, text, published="2018-05-29")] == [64]
