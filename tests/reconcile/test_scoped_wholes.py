"""Wholes told apart by the scope a figure's clause gives it (figures/scope.py -> FigureClaim.scope)
and by the nation it counts: people still held, one day's count beside a running total, another
nation's dead. Claims are hand-built; the sentences are invented."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.wholes import nation_breakdowns, nation_key

from .conftest import fig, make_doc


def _said(c, text, scope=None):
    return replace(c, scope=scope, evidence=Evidence(document=c.document, start=0, end=len(text), text=text))


def _docs(n, title=None):
    return [replace(make_doc(f"d{i}", outlet=f"Outlet {i}", published=f"2031-03-{10 + i}"), title=title)
            for i in range(n)]


def _group(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def test_people_still_held_are_not_the_arrested_total():
    claims = [_said(fig("a", "d0", "detained", 2000, qualifier="more_than"),
                    "More than 2,000 people were arrested in four months, the group said.", "total"),
              _said(fig("b", "d1", "detained", 400, qualifier="about"),
                    "About 400 remain in custody, lawyers said.", "held"),
              _said(fig("c", "d2", "detained", 2150), "Police said 2,150 people had been detained.")]
    rec = reconcile(_docs(3), claims, ())
    top = _group(rec, "c")
    assert "a" in top.claims and "b" not in top.claims
    assert _group(rec, "b").parent == top.id


def test_one_days_arrests_beside_the_total_are_that_days():
    claims = [_said(fig("a", "d0", "detained", 2000, qualifier="more_than"),
                    "More than 2,000 people were arrested in four months.", "total"),
              _said(fig("b", "d1", "detained", 26), "Police detained 26 people on Sunday.", "day")]
    rec = reconcile(_docs(2), claims, ())
    assert "b" not in _group(rec, "a").claims and _group(rec, "b").parent == _group(rec, "a").id


def test_a_days_dead_leave_the_toll_only_beside_a_running_total():
    total = _said(fig("a", "d0", "killed", 300, qualifier="at_least"),
                  "At least 300 people have been killed since April.", "total")
    day = _said(fig("b", "d1", "killed", 14), "14 people were killed on Sunday in a raid.", "day")
    rec = reconcile(_docs(2), [total, day], ())
    assert "b" not in _group(rec, "a").claims
    # a disaster's toll stated with its day ("the quake killed 2,000 on Friday") is the toll
    plain = _said(fig("c", "d0", "killed", 2100), "Officials said 2,100 people had died.")
    quake = _said(fig("d", "d1", "killed", 2000), "The quake killed 2,000 people on Friday.", "day")
    rec = reconcile(_docs(2), [plain, quake], ())
    assert {"c", "d"} <= set(_group(rec, "c").claims)


def test_another_nations_dead_are_a_part_not_the_toll():
    claims = [_said(fig("a", "d0", "killed", 769), "The crush killed 769 pilgrims, officials said."),
              _said(fig("b", "d1", "killed", 136, subject="national of Ruritania"),
                    "Ruritania said 136 of its citizens died."),
              _said(fig("c", "d2", "killed", 131, subject="national of Ruritanians"),
                    "Among the dead were 131 Ruritanians."),
              _said(fig("d", "d2", "killed", 40, subject="national of Freedonians"),
                    "The toll includes 40 Freedonians.")]
    rec = reconcile(_docs(3), claims, ())
    top = _group(rec, "a")
    assert not {"b", "c", "d"} & set(top.claims)
    assert _group(rec, "b").id == _group(rec, "c").id != _group(rec, "d").id
    assert _group(rec, "b").parent == top.id and "foreign national" in _group(rec, "b").subject


def test_the_home_nations_people_are_the_toll():
    claims = [_said(fig("a", "d0", "killed", 8000), "The quake killed 8,000 people, officials said."),
              _said(fig("b", "d1", "killed", 8100, subject="national of Nepal"), "Nepal's death toll rose to 8,100.")]
    rec = reconcile(_docs(3, title="Nepal quake toll rises"), claims, ())
    assert {"a", "b"} <= set(_group(rec, "a").claims)


def test_a_nation_and_its_people_meet():
    assert nation_key("Iranians") == nation_key("Iran") == "iran"
    assert nation_key("Ruritanians") == nation_key("Ruritania")
    assert nation_key("Freedonian") != nation_key("Ruritania")


def test_a_breakdown_by_nationality_is_parts_even_of_a_headline_nation():
    # the home nation (named in every headline) is still a part when the article lists the dead
    # by nationality, or sets the nation's count against a larger toll of everyone
    claims = [_said(fig("a", "d0", "killed", 240), "All 240 people on board were killed, the airline said."),
              _said(fig("b", "d1", "killed", 240), "The crash killed 240 passengers and crew."),
              _said(fig("c", "d1", "killed", 112, subject="national of Portuguese"),
                    "Of the dead, 112 were Portuguese and 30 were Chilean."),
              _said(fig("d", "d1", "killed", 30, subject="national of Chileans"),
                    "Of the dead, 112 were Portuguese and 30 were Chilean."),
              _said(fig("e", "d2", "killed", 240), "Investigators said all 240 aboard died."),
              _said(fig("f", "d2", "killed", 112, subject="national of Portuguese"),
                    "The Portuguese made up 112 of the dead, the state broadcaster said.")]
    rec = reconcile(_docs(3, title="Portugal mourns crash victims"), claims, ())
    top = _group(rec, "a")
    assert {"a", "b", "e"} <= set(top.claims) and not {"c", "d", "f"} & set(top.claims)
    assert top.verdict == "agree"
    assert _group(rec, "c").parent == top.id and _group(rec, "d").parent == top.id


def test_a_home_nations_lone_toll_stays_the_toll():
    # negative case: no other nation, no larger count in the article
    claims = [_said(fig("a", "d0", "killed", 8000), "The quake killed 8,000 people, officials said."),
              _said(fig("b", "d1", "killed", 8100, subject="national of Nepal"), "Nepal's death toll rose to 8,100."),
              _said(fig("c", "d1", "killed", 20), "Twenty climbers died on the mountain.")]
    rec = reconcile(_docs(3, title="Nepal quake toll rises"), claims, ())
    assert {"a", "b"} <= set(_group(rec, "a").claims)


def test_bodies_found_below_a_whole_known_in_full_are_the_search_not_the_toll():
    claims = [_said(fig("a", "d0", "killed", 240, as_of="2031-03-10"),
                    "The jet crashed on Sunday, killing all 240 people on board."),  # wire
              _said(fig("b", "d1", "killed", 181, as_of="2031-03-12", sources=(("the emergency service", "origin"),)),
                    "Rescuers have recovered 181 bodies from the crash site, the emergency service said."),
              _said(fig("c", "d2", "killed", 226, as_of="2031-03-14"),
                    "By Thursday 226 bodies had been taken to the city morgue, officials said."),  # local paper
              _said(fig("d", "d2", "killed", 240, as_of="2031-03-14"), "All 240 aboard died, the airline said.")]
    rec = reconcile(_docs(3), claims, ())
    top = _group(rec, "a")
    assert {"a", "d"} <= set(top.claims) and not {"b", "c"} & set(top.claims)
    assert top.verdict == "agree" and top.best.value == 240
    assert _group(rec, "b").id == _group(rec, "c").id and _group(rec, "b").parent == top.id


def test_bodies_found_are_the_toll_when_no_whole_is_known_in_full():
    # negative case: a flood's toll grows as bodies are found; no "all N" states a known whole
    claims = [_said(fig("a", "d0", "killed", 58, as_of="2031-03-10"), "Rescuers have recovered 58 bodies, police said."),
              _said(fig("b", "d1", "killed", 97, as_of="2031-03-12"), "The number of bodies found rose to 97."),
              _said(fig("c", "d2", "killed", 120, as_of="2031-03-14"), "The flood has killed 120 people, officials said.")]
    rec = reconcile(_docs(3), claims, ())
    assert {"a", "b", "c"} <= set(_group(rec, "a").claims)


def test_a_last_figure_tenfold_below_every_earlier_toll_is_an_outlier():
    # a retrospective a year on: "the missile killed 3 crew instantly" beside "all 240 aboard"
    claims = [_said(fig("a", "d0", "killed", 240, as_of="2031-03-10"), "The crash killed all 240 on board."),
              _said(fig("b", "d1", "killed", 240, as_of="2031-03-11"), "240 people died, the airline said."),
              _said(fig("c", "d2", "killed", 240, as_of="2031-03-11"), "The jet's 240 occupants were killed."),
              _said(fig("d", "d2", "killed", 3, as_of="2032-03-10"), "The blast killed 3 crew instantly, the report said.")]
    rec = reconcile(_docs(3), claims, ())
    top = _group(rec, "a")
    assert top.best.value == 240 and top.verdict != "dispute" and "d" in top.outliers


def test_a_last_figure_tenfold_above_is_still_growth():
    # negative case: a toll that grows tenfold keeps its newest figure as the story
    claims = [_said(fig("a", "d0", "killed", 30, as_of="2031-03-10"), "The quake killed at least 30 people."),
              _said(fig("b", "d1", "killed", 32, as_of="2031-03-10"), "Officials said 32 had died."),
              _said(fig("c", "d2", "killed", 35, as_of="2031-03-10"), "The toll stood at 35."),
              _said(replace(fig("d", "d2", "killed", 400, as_of="2031-03-14"), update_cue="has risen to"),
                    "The toll has risen to 400, officials said.")]
    rec = reconcile(_docs(3), claims, ())
    assert "d" not in _group(rec, "a").outliers and _group(rec, "a").best.value == 400


def test_refugees_abroad_are_a_part_of_the_displaced_with_their_own_series():
    claims = [_said(fig("a", "d0", "displaced", 300000, qualifier="about"),
                    "Some 300,000 people have been displaced by the fighting, the agency said."),
              _said(fig("b", "d1", "displaced", 40000, qualifier="more_than", subject="refugee"),
                    "More than 40,000 refugees had crossed the border, officials said.", "abroad"),
              _said(fig("c", "d2", "displaced", 52000, qualifier="at_least"),
                    "At least 52,000 people had fled into Ruritania, its ministry said.", "abroad"),
              _said(fig("d", "d3", "displaced", 310000), "The agency now counts 310,000 displaced.")]
    rec = reconcile(_docs(4), claims, ())
    top = _group(rec, "a")
    assert "d" in top.claims and not {"b", "c"} & set(top.claims)
    abroad = _group(rec, "b")
    assert "c" in abroad.claims and abroad.parent == top.id


def test_a_demonym_and_its_country_meet_in_one_nation_slot():
    claims = [_said(fig("a", "d0", "killed", 150), "The crash killed 150 people, officials said."),
              _said(fig("b", "d1", "killed", 12, subject="national of Norwegians"),
                    "Twelve Norwegians were among the dead."),
              _said(fig("c", "d2", "killed", 14, subject="national of Norway"),
                    "The toll of Norway's citizens rose to 14.")]
    rec = reconcile(_docs(3), claims, ())
    group = _group(rec, "b")
    assert "c" in group.claims and "a" not in group.claims
    assert "norwegian" in (group.subject or "")


def test_a_lone_foreign_country_is_not_the_events_own_scope():
    from counterpoint.models import Entity, Geo

    def place(eid, name, code, gid):
        return Entity(id=eid, name=name, type="place", aliases=(name,), documents=("d0",), mentions=3,
                      geo=Geo(lat=0.0, lon=0.0, country=code, geonameid=gid))
    ents = [place("e-town", "Kolvane", "NP", None), place("e-au", "Australia", "AU", 2077456)]
    claims = [_said(fig("a", "d0", "killed", 200), "The blasts killed 200 people, officials said."),
              replace(_said(fig("b", "d1", "killed", 185), "In Kolvane 185 people died."), place="e-town",
                      place_name="Kolvane"),
              replace(_said(fig("c", "d2", "killed", 8), "Eight died in Australia after treatment."), place="e-au",
                      place_name="Australia")]
    rec = reconcile(_docs(3), claims, ents)
    assert "c" not in _group(rec, "a").claims


def test_the_people_of_a_foreign_country_stay_a_part_though_a_figure_is_placed_there():
    from counterpoint.models import Entity, Geo

    def place(eid, name, code, gid):
        return Entity(id=eid, name=name, type="place", aliases=(name,), documents=("d0",), mentions=3,
                      geo=Geo(lat=0.0, lon=0.0, country=code, geonameid=gid))
    ents = [place("e-town", "Kolvane", "NP", None), place("e-au", "Australia", "AU", 2077456)]
    claims = [_said(fig("a", "d0", "killed", 200), "The blasts killed 200 people, officials said."),
              replace(_said(fig("b", "d1", "killed", 185), "In Kolvane 185 people died."), place="e-town",
                      place_name="Kolvane"),
              replace(_said(fig("c", "d2", "killed", 8), "Eight died in Australia after treatment."), place="e-au",
                      place_name="Australia"),
              _said(fig("d", "d3", "missing", 160, subject="national of Australians"),
                    "Another 160 Australians were still missing."),
              _said(fig("e", "d3", "missing", 300), "About 300 people are missing.")]
    rec = reconcile(_docs(4), claims, ents)
    assert "d" not in _group(rec, "e").claims


def test_the_people_of_the_country_the_events_towns_lie_in_are_its_own():
    # coverage names the town ("killed in Kolvane"), rarely the country; the country
    # the town lies in is where it happened, so "40 Nepalis were killed" is the toll, not a part,
    # while another nation's people stay a part
    from counterpoint.models import Entity, Geo

    def place(eid, name, code):
        return Entity(id=eid, name=name, type="place", aliases=(name,), documents=("d0",), mentions=3,
                      geo=Geo(lat=0.0, lon=0.0, country=code, geonameid=None))
    ents = [place("e-kol", "Kolvane", "NP")]
    claims = [replace(_said(fig("a", "d0", "killed", 40), "Forty people were killed in Kolvane on Friday."),
                      place="e-kol", place_name="Kolvane"),
              replace(_said(fig("b", "d1", "killed", 41), "Police said 41 people died in Kolvane."),
                      place="e-kol", place_name="Kolvane"),
              _said(fig("c", "d2", "killed", 40, subject="national of Nepalis"),
                    "Troops killed 40 Nepalis in the unrest, medics said."),
              _said(fig("d", "d3", "killed", 3, subject="national of Australians"),
                    "Three Australians were among the dead, Canberra said."),
              _said(fig("e", "d3", "killed", 41), "The unrest has killed 41 people, officials said.")]
    rec = reconcile(_docs(4, title="Clashes in the hills"), claims, ents)
    top = _group(rec, "e")
    assert "c" in top.claims and "d" not in top.claims
    assert _group(rec, "d").parent == top.id


def test_a_home_nations_days_dead_beside_a_running_total_or_a_kind_of_them_stay_the_toll():
    # a larger count in the same article that is a running total over many days, or a kind of
    # the people ("17 civilians"), sets no whole against the home nation's own count
    claims = [_said(fig("a", "d0", "killed", 16), "Sixteen people were killed on Friday, medics said."),
              _said(fig("b", "d1", "killed", 16, subject="national of Nepalis"),
                    "At least 16 Nepalis were killed on Friday."),
              _said(fig("c", "d1", "killed", 17, subject="civilian"),
                    "An envoy said at least 17 civilians were killed."),
              _said(fig("d", "d1", "killed", 140), "Over 140 have been killed since the protests began.", "total")]
    assert "b" not in nation_breakdowns(claims)
    rec = reconcile(_docs(3, title="Nepal clashes leave 16 dead"), claims[:3], ())
    assert "b" in _group(rec, "a").claims
    # a larger count of everyone at one time still makes it a breakdown
    everyone = _said(fig("e", "d1", "killed", 40), "The clashes killed 40 people, 16 of them Nepalis.")
    assert "b" in nation_breakdowns([*claims, everyone])


def test_the_injured_still_in_care_are_not_the_injured_total():
    claims = [_said(fig("a", "d0", "injured", 640), "The blasts injured 640 people, officials said."),
              _said(fig("b", "d1", "injured", 700, qualifier="more_than"), "More than 700 people were hurt."),
              _said(fig("c", "d2", "injured", 310), "Some 310 people remain hospitalized.", "in care")]
    rec = reconcile(_docs(3), claims, ())
    top = _group(rec, "b")
    assert "a" in top.claims and "c" not in top.claims
    assert _group(rec, "c").parent == top.id
