"""Country scopes in an event over several countries, and bounds read from "passed" cues.

Sentences are invented for these tests (an earthquake across two invented-looking but real
country names, since the rules read country names)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.models import Evidence, Source
from counterpoint.reconcile import reconcile
from counterpoint.reconcile.intervals import INF, interval, is_count

from .conftest import fig, make_doc


def _said(c, text, *, sources=(), cue=None):
    return replace(c, evidence=Evidence(document=c.document, start=0, end=len(text), text=text),
                   sources=tuple(Source(name=n, role=r) for n, r in sources), update_cue=cue)


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def _quake():
    docs = [make_doc(x, outlet=x.upper(), published="2031-03-0" + str(i + 1)) for i, x in enumerate("abcd")]
    claims = [
        _said(fig("a1", "a", "killed", 900, place_name="Chile"), "In Chile, 900 people have died so far."),
        _said(fig("a2", "a", "killed", 300, place_name="Peru"), "Officials in Peru counted 300 dead."),
        _said(fig("b1", "b", "killed", 1500, qualifier="more_than"),
              "The toll of the quake in Chile and Peru has risen to over 1,500.", cue="has risen to"),
        _said(fig("b2", "b", "killed", 1250), "Chile's emergency office said 1,250 people were killed.",
              sources=(("Chile's emergency office", "origin"),)),
        _said(fig("c1", "c", "killed", 1400), "The national disaster agency said 1,400 were confirmed dead.",
              sources=(("the Chilean disaster agency", "origin"),)),
        _said(fig("c2", "c", "killed", 1300), "By Monday the toll had stood at 1,300."),
        _said(fig("d1", "d", "killed", 420), "In neighbouring Peru, where the shaking was weaker, 420 died."),
    ]
    return docs, claims


def test_two_countries_joined_by_and_are_the_whole_scope_and_each_country_its_own_slot():
    docs, claims = _quake()
    rec = reconcile(docs, claims, ())
    chile, peru, both = _holding(rec, "a1"), _holding(rec, "a2"), _holding(rec, "b1")
    assert len({chile.id, peru.id, both.id}) == 3
    assert both.place == "Chile and Peru" and chile.parent == both.id and peru.parent == both.id


def test_origin_country_scopes_a_figure_whose_sentence_names_no_place():
    docs, claims = _quake()
    rec = reconcile(docs, claims, ())
    # "the Chilean disaster agency": a national body counts its own country.
    assert _holding(rec, "c1").id == _holding(rec, "a1").id
    # "Chile's emergency office" names the country in the sentence itself.
    assert _holding(rec, "b2").id == _holding(rec, "a1").id


def test_sentence_naming_one_country_and_article_context_scope_figures():
    docs, claims = _quake()
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "d1").id == _holding(rec, "a2").id  # "in neighbouring Peru"
    # No place and no origin: the article's other figure counts Chile, so this one does too.
    assert _holding(rec, "c2").id == _holding(rec, "a1").id


def test_country_series_is_an_update_with_the_latest_figure_as_best():
    docs, claims = _quake()
    chile = _holding(reconcile(docs, claims, ()), "a1")
    assert chile.verdict == "update" and chile.best.value == 1400


def test_single_country_event_keeps_one_whole_slot_without_label():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [_said(fig("a1", "a", "killed", 40, place_name="Chile"), "In Chile, 40 died."),
              _said(fig("b1", "b", "killed", 40), "Forty people died.")]
    rec = reconcile(docs, claims, ())
    g = _holding(rec, "a1")
    assert set(g.claims) == {"a1", "b1"} and g.place is None


def test_passed_cue_makes_a_lower_bound_that_is_not_the_best():
    passed = replace(fig("a1", "a", "killed", 44000), update_cue="passed")
    assert interval(passed).lo == 44000 and interval(passed).hi == INF and not is_count(passed)
    docs = [make_doc("a", outlet="A", published="2031-03-09")]
    exact = fig("a2", "a", "killed", 44321, sources=(("the disaster agency", "origin"),))
    g = _holding(reconcile(docs, [passed, exact], ()), "a1")
    assert g.verdict in ("agree", "single") and g.best.value == 44321


def _titled(doc_id: str, title: str, published: str):
    return replace(make_doc(doc_id, outlet=doc_id.upper(), published=published), title=title)


def test_a_figure_at_the_site_the_event_is_named_after_is_the_whole_count():
    # Headlines call the event after the building; "71 died in Harbour Court" repeats the toll,
    # while a figure for a narrower place ("12 in hospital") stays a part.
    docs = [_titled("a", "Harbour Court blaze: toll rises to 30", "2031-05-02"),
            _titled("b", "Harbour Court fire: 71 dead, police say", "2031-05-09"),
            _titled("c", "What we know about the Harbour Court fire", "2031-05-10"),
            _titled("d", "City mourns victims", "2031-05-10")]
    claims = [fig("a1", "a", "killed", 30, sources=(("police", "origin"),)),
              fig("b1", "b", "killed", 71, sources=(("police", "origin"),)),
              fig("c1", "c", "killed", 71, place_name="Harbour Court"),
              fig("c2", "c", "killed", 12, place_name="St Mary's hospital")]
    rec = reconcile(docs, claims, ())
    whole = next(g for g in rec.groups if "b1" in g.claims)
    assert "c1" in whole.claims and "c2" not in whole.claims


def test_a_site_figure_that_repeats_no_whole_figure_stays_its_own_scope():
    docs = [_titled("a", "Harbour Court blaze: toll rises to 30", "2031-05-02"),
            _titled("b", "Harbour Court fire: 71 dead", "2031-05-09"),
            _titled("c", "Harbour Court fire inquiry opens", "2031-05-10")]
    claims = [fig("a1", "a", "killed", 30), fig("b1", "b", "killed", 71),
              fig("c1", "c", "killed", 40, place_name="Harbour Court"),
              fig("c2", "c", "killed", 12, place_name="St Mary's hospital")]
    rec = reconcile(docs, claims, ())
    whole = next(g for g in rec.groups if "b1" in g.claims)
    assert "c1" not in whole.claims


def test_a_country_in_the_headlines_stays_a_scope_of_its_own():
    docs = [_titled("a", "Turkey-Syria quake: toll passes 5,000", "2031-02-07"),
            _titled("b", "Turkey quake toll rises", "2031-02-08"),
            _titled("c", "Rescuers in Turkey race the cold", "2031-02-09")]
    claims = [fig("a1", "a", "killed", 5000, place_name="Turkey and Syria"),
              fig("b1", "b", "killed", 4000, place_name="Turkey"),
              fig("c1", "c", "killed", 1000, place_name="Syria"),
              fig("c2", "c", "killed", 5000)]
    rec = reconcile(docs, claims, ())
    turkey = next(g for g in rec.groups if "b1" in g.claims)
    assert "a1" not in turkey.claims and "c2" not in turkey.claims


def test_a_district_counted_in_the_article_is_no_scope_for_its_lead_toll():
    # An article leads with the toll and then breaks it down by district; the district is the
    # scope of its own figure only, never of the unplaced lead toll beside it.
    docs, claims = _quake()
    docs.append(make_doc("e", outlet="E", published="2031-03-05"))
    claims += [
        _said(fig("e1", "e", "killed", 1450), "The toll of the quake has reached 1,450 so far."),
        _said(fig("e2", "e", "killed", 610, place_name="Valparaiso district"),
              "The most people died in the coastal zone, while 610 died in Valparaiso district."),
    ]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "e1").id != _holding(rec, "e2").id


def _one_country_quake():
    # A quake in Chile that also killed a few people across the border; no figure counts the
    # two countries together.
    docs = [make_doc(x, outlet=x.upper(), published="2031-04-0" + str(i + 1)) for i, x in enumerate("abcde")]
    claims = [
        _said(fig("a1", "a", "killed", 900, place_name="Chile"), "In Chile, 900 people have died so far."),
        _said(fig("a2", "a", "killed", 12, place_name="Peru"), "The tremor also killed 12 people in Peru."),
        _said(fig("b1", "b", "killed", 1100), "Chile's emergency office said 1,100 people were killed."),
        _said(fig("c1", "c", "killed", 1250, place_name="Chile"), "The toll in Chile has risen to 1,250.",
              cue="has risen to"),
        _said(fig("d1", "d", "killed", 1300), "The toll of the quake has reached 1,300.", cue="has reached"),
        _said(fig("e1", "e", "killed", 1320), "Rescuers said 1,320 bodies had been recovered."),
    ]
    return docs, claims


def test_unplaced_figures_of_an_event_in_one_country_are_that_country_s_toll():
    docs, claims = _one_country_quake()
    rec = reconcile(docs, claims, ())
    chile = _holding(rec, "a1")
    assert {"b1", "c1", "d1", "e1"} <= set(chile.claims)
    assert _holding(rec, "a2").id != chile.id  # the neighbour's dead stay their own scope


def test_a_figure_counting_two_countries_together_keeps_the_unplaced_ones_in_the_whole_scope():
    docs, claims = _one_country_quake()
    claims.append(_said(fig("e2", "e", "killed", 1332), "In Chile and Peru together 1,332 have died."))
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "d1").id != _holding(rec, "a1").id


def test_a_body_named_without_its_country_counts_the_country_another_article_names_it_with():
    docs, claims = _quake()
    docs.append(make_doc("e", outlet="E", published="2031-03-06"))
    office = Source(name="Chile's emergency office", role="origin", entity="e-office")
    claims = [replace(c, sources=(office,)) if c.id == "b2" else c for c in claims]
    claims.append(_said(fig("e1", "e", "killed", 1420), "The National Emergency Office put the toll at 1,420."))
    claims[-1] = replace(claims[-1], sources=(Source(name="The National Emergency Office", role="origin",
                                                     entity="e-office"),))
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "e1").id == _holding(rec, "a1").id


def test_a_nation_counted_at_the_event_site_and_without_a_place_is_one_series():
    # "19 Canadians unaccounted for" the day after, "still 25 Canadians missing at Palm Cove" a
    # week on: the resort the headlines name adds no narrower scope to the nation's count.
    docs = [_titled("a", "Palm Cove blasts: dozens dead", "2031-07-13"),
            _titled("b", "Palm Cove bombing: families wait for news", "2031-07-14"),
            _titled("c", "Palm Cove attack: search goes on", "2031-07-20")]
    claims = [fig("a1", "a", "killed", 180),
              _said(fig("b1", "b", "missing", 19, subject="national of Canadians", as_of="2031-07-14"),
                    "Ottawa said 19 Canadians were still unaccounted for."),
              _said(fig("c1", "c", "missing", 25, subject="national of Canadians", place_name="Palm Cove", as_of="2031-07-20"),
                    "There are still 25 Canadians listed as missing at Palm Cove, the ministry said.")]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "b1").id == _holding(rec, "c1").id


def test_a_nation_counted_at_a_place_other_than_the_event_site_stays_apart():
    docs = [_titled("a", "Palm Cove blasts: dozens dead", "2031-07-13"),
            _titled("b", "Palm Cove bombing: families wait for news", "2031-07-14"),
            _titled("c", "Palm Cove attack: injured flown out", "2031-07-20")]
    claims = [fig("a1", "a", "killed", 180),
              _said(fig("b1", "b", "injured", 19, subject="national of Canadians", as_of="2031-07-14"),
                    "Ottawa said 19 Canadians were hurt."),
              _said(fig("c1", "c", "injured", 6, subject="national of Canadians", place_name="Darwin", as_of="2031-07-20"),
                    "Six injured Canadians are being treated in Darwin.")]
    rec = reconcile(docs, claims, ())
    assert _holding(rec, "b1").id != _holding(rec, "c1").id


def test_a_count_told_beside_another_countrys_is_no_part_of_it():
    # "In Chile the toll has risen to 900, with 300 dead in Peru": the extractor links the "with"
    # figure to the one before it, but one country's dead are never a part of another's.
    docs, claims = _quake()
    claims = [replace(c, part_of="a1") if c.id == "a2" else c for c in claims]
    rec = reconcile(docs, claims, ())
    chile, peru, both = _holding(rec, "a1"), _holding(rec, "a2"), _holding(rec, "b1")
    assert peru.id != chile.id and peru.id == _holding(rec, "d1").id
    assert peru.parent == both.id


def test_a_city_told_beside_its_country_stays_its_part():
    docs, claims = _quake()
    city = replace(fig("a3", "a", "killed", 120, place_name="Arica"), part_of="a1")
    rec = reconcile(docs, [*claims, city], ())
    assert _holding(rec, "a3").parent == _holding(rec, "a1").id
