"""Rival origin classes read as their own series: an official toll against an agency's own
tally, a foreign government's claim, rights groups and doctors. Invented sentences in several
styles (wire, state media, rights group, local paper)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Entity, Evidence, Geo
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.contest import home_countries, tally_of
from counterpoint.reconcile.independence import attribute, origin_class
from counterpoint.reconcile.verdicts import judge

from .conftest import fig, make_doc


def _said(claim, text):
    return replace(claim, evidence=Evidence(document=claim.document, start=0, end=len(text), text=text))


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _judge(docs, claims, home=frozenset()):
    by_id = {d.id: d for d in docs}
    attrib = {c.id: attribute(c, by_id) for c in claims}
    return judge(claims, attrib, by_id, home=home)


def _pilgrimage():
    """A crush at a shrine: the host ministry's toll stops at 769; a wire's own count of the
    national tolls and a foreign government's claim keep rising after it."""
    docs = [make_doc("d1", outlet="Gulf Daily", published="2031-09-24"),
            make_doc("d2", outlet="Wire One", published="2031-09-26"),
            make_doc("d3", outlet="Evening Star", published="2031-10-02"),
            make_doc("d4", outlet="Wire One", published="2031-10-08"),
            make_doc("d5", outlet="Morning Post", published="2031-10-09")]
    claims = [
        _said(fig("m1", "d1", "killed", 717, sources=(("the civil defence directorate", "origin"),)),
              "At least 717 pilgrims died in the crush, the civil defence directorate said."),
        _said(fig("m2", "d2", "killed", 769, sources=(("the health ministry", "origin"),)),
              "The health ministry raised the toll to 769 on Saturday."),
        _said(fig("t1", "d3", "killed", 1399, sources=(("The Associated Press", "origin"),)),
              "An Associated Press tally of figures released by national governments puts the dead at 1,399."),
        _said(fig("t2", "d4", "killed", 1453, sources=(("AP", "origin"),)),
              "According to an AP count based on statements from 30 countries, 1,453 people died."),
        _said(fig("r1", "d5", "killed", 4700, qualifier="more_than", sources=(("Norway", "origin"),)),
              "Norway says more than 4,700 pilgrims were killed, far above the host country's figure."),
        _said(fig("m3", "d5", "killed", 769),
              "The host country's toll has stood at 769 for two weeks."),
    ]
    return docs, claims


def test_an_agency_tally_and_a_foreign_claim_above_the_official_toll_are_a_dispute():
    docs, claims = _pilgrimage()
    j = _judge(docs, claims, home=frozenset({"saudi arabia"}))
    assert j.verdict == "dispute" and j.best.value == 769
    assert j.best.low == 769 and j.best.high == 4700
    assert [label for label, _ in j.rivals] == ["Norway", "AP's own tally"]


def _host(docs):
    """The host country's places, named in every report: the event happened there."""
    return [Entity(id="p1", name="Mecca", type="place", aliases=("Mecca",), documents=tuple(d.id for d in docs),
                   mentions=20, geo=Geo(lat=21.4, lon=39.8, country="SA", geonameid=104515))]


def test_the_contested_toll_is_explained_as_a_journalist_would():
    docs, claims = _pilgrimage()
    claims = [replace(c, sources=tuple(replace(s, name="Norwegian officials") for s in c.sources)) if c.id == "r1" else c
              for c in claims]
    g = _holding(reconcile(docs, claims, _host(docs)), "m2")
    assert g.verdict == "dispute" and g.best.value == 769
    lead = g.explanation.split(" Reports:")[0]
    assert lead.startswith("Disputed: 769 killed, the latest official figure")
    assert "1,453 in AP's own tally" in lead and "more than 4,700 from Norwegian officials" in lead


def test_an_agency_relaying_the_ministry_stays_in_the_official_series():
    """Wire copy naming the agency and the ministry is the ministry's rising count."""
    docs = [make_doc("a", outlet="Daily A", published="2031-03-01"), make_doc("b", outlet="Daily B", published="2031-03-02"),
            make_doc("c", outlet="Daily C", published="2031-03-04")]
    claims = [
        _said(fig("a1", "a", "killed", 120, sources=(("Reuters", "relay"), ("the health ministry", "origin"))),
              "At least 120 people were killed, Reuters reported, citing the health ministry."),
        _said(fig("b1", "b", "killed", 210, sources=(("AFP", "origin"),)),
              "The death toll rose to 210, AFP reported."),
        _said(fig("c1", "c", "killed", 260, sources=(("the health ministry", "origin"),)),
              "The ministry said on Thursday that 260 had died."),
    ]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 260


def test_government_rights_centre_and_commission_in_one_article_are_a_dispute():
    """State media style: each body's figure in one paragraph; the rights bodies' counts are their own."""
    docs = [make_doc("a", outlet="Tribune", published="2031-07-20")]
    text = ("The government says 195 people have died; the Center for Human Rights counts 448, "
            "while the Inter-American Commission on Human Rights puts the toll at 325.")
    claims = [_said(fig("g1", "a", "killed", 195, sources=(("The government", "origin"),)), text),
              _said(fig("r1", "a", "killed", 448, sources=(("the Center for Human Rights", "origin"),)), text),
              _said(fig("r2", "a", "killed", 325, sources=(("the Inter-American Commission on Human Rights", "origin"),)),
                    text)]
    g = _holding(reconcile(docs, claims, ()), "g1")
    assert g.verdict == "dispute" and g.best.value == 195 and g.best.high == 448
    assert "448 from the Center for Human Rights" in g.explanation
    assert g.independent_sources == 3


def test_a_doctors_committee_is_not_an_official_body():
    """Local paper style: the doctors' committee keeps its own count beside the ministry's."""
    docs = [make_doc("a", outlet="Local", published="2031-06-05"), make_doc("b", outlet="Wire", published="2031-06-06")]
    claims = [fig("a1", "a", "killed", 46, sources=(("the health ministry", "origin"),)),
              fig("b1", "b", "killed", 108, sources=(("the Central Committee of Doctors", "origin"),))]
    by_id = {d.id: d for d in docs}
    assert origin_class(attribute(claims[1], by_id)) != "official"
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "dispute" and g.best.value == 46


def test_a_rival_rising_series_of_its_own_still_disputes_the_official_one():
    """A rights group's count rising week after week, the government's too, far apart."""
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=f"2031-05-{10 + i:02d}") for i in range(6)]
    gov = (("the government", "origin"),)
    group = (("the Association for Human Rights", "origin"),)
    claims = [fig("g1", "d0", "killed", 10, sources=gov), fig("r1", "d1", "killed", 25, sources=group),
              fig("g2", "d2", "killed", 140, sources=gov), fig("r2", "d3", "killed", 285, sources=group),
              fig("g3", "d4", "killed", 195, sources=gov), fig("r3", "d5", "killed", 448, sources=group)]
    g = _holding(reconcile(docs, claims, ()), "g3")
    assert g.verdict == "dispute" and g.best.value == 195 and g.best.high == 448


def test_a_plain_official_series_with_outlets_carrying_it_stays_an_update():
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=f"2031-02-{i + 1:02d}") for i in range(5)]
    claims = [fig("a", "d0", "killed", 100, sources=(("the civil defence", "origin"),)),
              fig("b", "d1", "killed", 135),
              fig("c", "d2", "killed", 154, sources=(("the health minister", "origin"),)),
              fig("d", "d3", "killed", 158, sources=(("Xinhua", "origin"),)),
              fig("e", "d4", "killed", 190, sources=(("the health ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert g.verdict == "update" and g.best.value == 190


def test_a_recount_by_another_official_body_replaces_the_earlier_one():
    docs = [make_doc("a", outlet="A", published="2031-06-03"), make_doc("b", outlet="B", published="2031-06-04")]
    claims = [fig("a1", "a", "killed", 288, sources=(("the railway ministry", "origin"),)),
              replace(fig("b1", "b", "killed", 275, sources=(("the state chief secretary", "origin"),)),
                      update_cue="revised down to")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 275


def test_a_rival_figure_older_than_the_official_head_is_not_the_same_time():
    claims = [fig("a1", "a", "killed", 120, sources=(("the civil defence agency", "origin"),)),
              fig("r1", "a", "killed", 300, qualifier="at_least", sources=(("a rights group", "origin"),)),
              fig("b1", "b", "killed", 140, sources=(("the interior ministry", "origin"),))]
    j = _judge([make_doc("a", published="2031-02-07"), make_doc("b", published="2031-02-20")], claims)
    assert not j.rivals


def test_a_rival_within_a_quarter_of_the_official_count_is_no_contest():
    """The Red Cross's 8,410 beside the ministry's 7,800 the same day: counts hours apart."""
    docs = [make_doc("a", outlet="A", published="2031-05-01"), make_doc("b", outlet="B", published="2031-05-01")]
    claims = [fig("a1", "a", "killed", 7800, sources=(("the home ministry", "origin"),)),
              fig("b1", "b", "killed", 8410, sources=(("the Red Cross", "origin"),))]
    assert not _judge(docs, claims).rivals


def test_a_lone_rival_an_order_of_magnitude_off_is_set_aside_as_an_outlier():
    docs = [make_doc(f"d{i}", outlet=f"O{i}", published=f"2031-08-0{i + 1}") for i in range(4)]
    claims = [fig("a", "d0", "killed", 61, sources=(("the police", "origin"),)),
              fig("b", "d1", "killed", 64, sources=(("the police", "origin"),)),
              fig("c", "d2", "killed", 66, sources=(("the police", "origin"),)),
              fig("x", "d3", "killed", 7000, sources=(("a local activist", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a")
    assert g.verdict == "update" and g.best.value == 66 and "x" in g.outliers
    assert "an order of magnitude off every other figure" in g.explanation


def test_an_outlet_figure_that_fits_only_the_rival_count_is_its_relay():
    """"More than 1,400 pilgrims died" printed without a source is the agency's count, not a rise
    of the official toll: the best stays the official figure."""
    docs, claims = _pilgrimage()
    docs = [*docs, make_doc("d6", outlet="Weekly", published="2031-10-09")]
    claims = [*claims, fig("u1", "d6", "killed", 1400, qualifier="more_than")]
    j = _judge(docs, claims, home=frozenset({"saudi arabia"}))
    assert j.verdict == "dispute" and j.best.value == 769


def test_tallies_are_told_from_relays_by_the_sentence():
    base = fig("x", "a", "killed", 500, sources=(("Reuters", "origin"),))
    assert tally_of(_said(base, "According to a Reuters tally, at least 500 people have died.")) is not None
    assert tally_of(_said(base, "A count compiled by Reuters puts the dead at 500.")) is not None
    assert tally_of(_said(base, "At least 500 people have died, Reuters reported, citing officials.")) is None
    ministry = fig("y", "a", "killed", 500, sources=(("the health ministry", "origin"),))
    assert tally_of(_said(ministry, "The health ministry's tally stood at 500.")) is None
    unsourced = fig("z", "a", "killed", 500)
    assert tally_of(_said(unsourced, "An Associated Press count based on national reports stands at 500.")) is not None
    assert tally_of(_said(unsourced, "The official count stands at 500.")) is None


def test_a_foreign_government_is_a_rival_only_when_the_event_is_elsewhere():
    docs = [make_doc("a", outlet="A", published="2031-09-25"), make_doc("b", outlet="B", published="2031-09-30")]
    claims = [fig("a1", "a", "killed", 769, sources=(("the Chilean interior ministry", "origin"),)),
              fig("b1", "b", "killed", 2100, qualifier="more_than", sources=(("Norwegian officials", "origin"),))]
    away = _judge(docs, claims, home=frozenset({"chile"}))
    assert away.verdict == "dispute" and away.best.value == 769
    assert not _judge(docs, claims, home=frozenset({"chile", "norway"})).rivals


def test_home_country_is_where_most_place_mentions_fall():
    ents = [Entity(id="p1", name="Valparaiso", type="place", aliases=("Valparaiso",), documents=("a", "b"),
                   mentions=9, geo=Geo(lat=0.0, lon=0.0, country="CL", geonameid=1)),
            Entity(id="p2", name="Oslo", type="place", aliases=("Oslo",), documents=("b",), mentions=2,
                   geo=Geo(lat=0.0, lon=0.0, country="NO", geonameid=2))]
    assert home_countries({"a": "e1", "b": "e1"}, ents) == {"e1": frozenset({"chile"})}


def test_one_ministry_worded_three_ways_in_one_article_is_one_source():
    docs = [make_doc("a", outlet="A", published="2031-04-02")]
    claims = [fig("a1", "a", "killed", 52, sources=(("the Health Ministry", "origin"),)),
              fig("a2", "a", "killed", 52, qualifier="at_least", sources=(("the Ministry of Health", "origin"),)),
              fig("a3", "a", "killed", 52, sources=(("the ministry", "origin"),))]
    assert _holding(reconcile(docs, claims, ()), "a1").independent_sources == 1


def test_a_foreign_state_television_speaks_for_its_government():
    docs = [make_doc("a", outlet="A", published="2031-09-25"), make_doc("b", outlet="B", published="2031-09-30")]
    claims = [fig("a1", "a", "killed", 769, sources=(("the interior ministry", "origin"),)),
              fig("b1", "b", "killed", 4700, qualifier="more_than", sources=(("Norwegian state television", "origin"),))]
    j = _judge(docs, claims, home=frozenset({"chile"}))
    assert j.verdict == "dispute" and j.best.value == 769


def test_a_foreign_state_is_named_not_guessed_from_a_prefix():
    from counterpoint.reconcile.contest import _named_country

    assert _named_country("Norwegian officials") == "norway"
    assert _named_country("Turkish officials") == "turkey"
    assert _named_country("Saudi officials") == "saudi arabia"
    assert _named_country("the county mayor") == ""  # not Mayotte
    assert _named_country("Indiana state police") == ""  # not India


def test_no_state_is_foreign_to_a_place_of_unknown_country():
    from counterpoint.reconcile.contest import slot_country

    tibet = Entity(id="p9", name="Upland Plateau", type="place", aliases=(), documents=("a",), mentions=3)
    assert slot_country("p9", [], {"p9": tibet}) is None
    assert slot_country(None, [], {}) == frozenset()
