"""Death-toll entries read in invented sentences: tolls stated without the word "toll", a count
following a sentence that says the toll rose, a toll figure extraction missed, the reporting day of
an undated wire story, and the first single death."""

from __future__ import annotations

from toll_claims import doc as _doc
from toll_claims import happening as _ev
from toll_claims import killed as _killed
from toll_claims import tolls as _tolls

from counterpoint.events.tolls import report_day
from counterpoint.models import Evidence, FigureClaim


def test_the_number_of_people_who_died_is_a_toll() -> None:
    s = "The number of people who died in the blast at the grain terminal of Strelsau has reached 212."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-09", s)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 212, s, s)]
    assert _tolls(docs, claims) == [("2031-03-09", "Death toll stands at 212")]


def test_a_count_after_a_sentence_saying_the_toll_rose_is_the_toll() -> None:
    text = ("The toll from the Strelsau blast rose again overnight, the port authority said. "
            "At least 97 people were killed and 300 were hurt.")
    sentence = "At least 97 people were killed and 300 were hurt."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", text)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 97, text, sentence)]
    assert _tolls(docs, claims) == [("2031-03-06", "Death toll stands at 97")]


def test_a_toll_no_figure_carries_is_read_from_its_sentence() -> None:
    text = "The death toll kept climbing as the number touched 640 on Friday, nine days after the collapse."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-14", text)]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04")]) == [("2031-03-14", "Death toll stands at 640")]


def test_times_and_spans_are_not_tolls() -> None:
    text = "The new estimate is about 40 times the official death toll. The toll of 12 days of rain was heavy."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-14", text)]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04")]) == []


def test_an_undated_wire_story_reports_on_the_weekday_its_lead_names() -> None:
    # 2031-03-01 is a Saturday
    lead = "The crush on Saturday night killed dozens, police said Tuesday, as families waited for news."
    assert report_day(_doc("b", None, lead), "2031-03-01") == "2031-03-04"
    later = lead + " The stadium will be torn down, the minister said two weeks ago."
    assert report_day(_doc("c", None, later), "2031-03-01") is None
    dated = lead + " An inquiry reported in May 2032."
    assert report_day(_doc("d", None, dated), "2031-03-01") is None


def test_the_first_death_is_dated_by_the_date_next_to_it() -> None:
    s1 = "A student died after being held by police during the marches on 2 March."
    s2 = "The first fatality was confirmed on Monday, 3 March, when a man was killed by a stun grenade."
    text = s1 + " " + s2
    docs = [_doc("a", "2031-03-02"), _doc("b", "2031-03-10", text)]
    march = _ev("a1", "a", "2031-03-02", etype="protest_start", text="Protests begin")
    claims = [march, _killed("b1", "b", 1, text, s1), _killed("b2", "b", 1, text, s2)]
    assert _tolls(docs, claims) == [("2031-03-03", "First death reported")]


def test_a_single_death_in_a_disaster_is_no_first_death() -> None:
    # the blast killed its dead at once: one named victim, or the attacker's death, is no first death
    s = "One of those killed on 3 March was a Zendan engineer."
    docs = [_doc("a", "2031-03-02"), _doc("b", "2031-03-10", s)]
    claims = [_ev("a1", "a", "2031-03-02"), _killed("b1", "b", 1, s, s)]
    assert _tolls(docs, claims) == []


def test_a_study_count_above_the_toll_is_its_own_entry() -> None:
    s1 = "The official death toll stands at 52."
    s2 = "Researchers who surveyed households found 3,100 excess deaths, a new study says."
    s3 = "Earlier this month a report estimated that 900 people had died."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-20", s1), _doc("c", "2031-09-01", s2),
            _doc("d", "2031-10-20", s3)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 52, s1, s1), _killed("c1", "c", 3100, s2, s2),
              _killed("d1", "d", 900, s3, s3)]
    assert _tolls(docs, claims) == [("2031-03-20", "Death toll stands at 52"),
                                    ("2031-09-01", "Study estimates 3,100 deaths")]


def test_a_date_that_opens_a_span_is_not_the_day_of_the_count() -> None:
    from counterpoint.events.tolls import own_date

    sentence = "Soldiers said 900 bodies had been pulled out of the ruins since the mill's collapse on March 3."
    assert own_date(sentence, 900, "2019") is None
    assert own_date("On March 5 the toll stood at 900.", 900, "2019") == "2019-03-05"


def test_a_date_that_names_the_happening_is_not_the_day_of_the_count() -> None:
    from counterpoint.events.tolls import own_date

    sentence = "The colonel said the overall toll from the March 3 landslide now stands at 240."
    assert own_date(sentence, 240, "2019") is None


def test_a_date_after_or_before_the_happening_noun_is_not_the_day_of_the_count() -> None:
    from counterpoint.events.tolls import own_date

    assert own_date("The toll in the Varna earthquake on March 3 has reached 3,120 so far.", 3120, "2019") is None
    assert own_date("The toll of the March 3 powerful quake and its aftershocks is 3,400 as of Sunday.",
                     3400, "2019-03-12") == "2019-03-10"


def test_an_undated_toll_dated_by_its_happening_does_not_block_later_tolls() -> None:
    t1 = "The quake struck Varna on March 3. By March 6 the death toll had reached 1,900."
    t2 = "The death toll in the Varna earthquake on March 3 has reached 4,100."
    t3 = "On March 9 the death toll rose to 2,600."
    docs = [_doc("a", "2019-03-06", t1), _doc("b", None, t2), _doc("c", "2019-03-09", t3)]
    claims = [_ev("a-e1", "a", "2019-03-03"),
              _killed("a-f1", "a", 1900, t1, "By March 6 the death toll had reached 1,900."),
              _killed("b-f1", "b", 4100, t2, t2), _killed("c-f1", "c", 2600, t3, t3)]
    tolls = _tolls(docs, claims)
    assert ("2019-03-03", "Death toll stands at 4,100") not in tolls
    assert ("2019-03-09", "Death toll rises to 2,600") in tolls


def test_a_later_day_after_the_happening_noun_is_the_day_of_the_count() -> None:
    from counterpoint.events.tolls import own_date

    sentence = "The official toll in the Varna train crash on Monday increased to 312."
    assert own_date(sentence, 312, "2019-03-06", "", "2019-03-01") == "2019-03-04"
    assert own_date("The toll in the Varna crash on March 1 rose to 312.", 312, "2019-03-06", "", "2019-03-01") is None


def test_a_toll_foreseen_before_its_cue_is_no_toll() -> None:
    # wire style: the modal stands before "death toll", not after it
    s = "Five managers were arrested on Tuesday after a dam burst expected to leave a death toll of more than 300."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", s)]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 300, s, s)]) == []
    local = "Officials fear the flooding could bring the death toll to 90, the mayor said."
    assert _tolls([_doc("a", "2031-03-04"), _doc("c", "2031-03-06", local)], [_ev("a1", "a", "2031-03-04")]) == []
    counted = "Expected to rise, the death toll stood at 41."  # the clause break ends the modal's reach
    assert _tolls([_doc("a", "2031-03-04"), _doc("d", "2031-03-06", counted)],
                  [_ev("a1", "a", "2031-03-04")]) == [("2031-03-06", "Death toll stands at 41")]


def test_a_leads_first_count_of_the_dead_is_the_days_toll() -> None:
    # wire lead: present perfect, the word "toll" only after the count
    s = "At least 2,681 people have been killed by the earthquake, state television reported Thursday, with the toll rising."
    text = "Quake toll climbs\n\n" + s + "\nRescuers dug through the night."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", text)]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 2681, text, s)]) == [
        ("2031-03-06", "Death toll stands at 2,681")]


def test_a_later_paragraph_or_a_forecast_count_is_no_lead_toll() -> None:
    later = "Rescuers dug through the night in the hills south of the city, where roads were cut."
    s = "Some 40 people have died in the village alone, a local official said."
    text = "Quake toll climbs\n\n" + later + "\n" + s
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", text)]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 40, text, s)]) == []
    fear = "As many as 300 people may have died in the flooding, officials have warned the press."
    docs = [_doc("a", "2031-03-04"), _doc("c", "2031-03-06", fear)]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04"), _killed("c1", "c", 300, fear, fear)]) == []


def test_a_titles_count_of_the_dead_is_the_days_toll_whoever_died() -> None:
    title = "Mine blast kills at least 205 and traps hundreds underground"
    s = "At least 205 miners have been killed after the blast in the mine at Varna, the energy minister said."
    text = title + "\n\n" + s
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-05", text)]
    miners = FigureClaim(id="b2", document="b", measure="killed", value=205, low=None, high=None, qualifier="at_least",
                         unit="people", subject="worker", as_of=None,
                         evidence=Evidence(document="b", start=text.index(s), end=text.index(s) + len(s), text=s))
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04"), miners]) == [("2031-03-05", "Death toll stands at 205")]
    assert _tolls(docs, [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 205, text, title)]) == [
        ("2031-03-05", "Death toll stands at 205")]


def test_a_studys_count_in_a_lead_is_not_the_toll() -> None:
    title = "Study estimates storm killed 4,600 on the island"
    s = "More than 4,600 people have died because of the storm, a university study estimates."
    text = title + "\n\n" + s
    docs = [_doc("a", "2031-09-20"), _doc("b", "2032-05-29", text)]
    tolls = _tolls(docs, [_ev("a1", "a", "2031-09-20"), _killed("b1", "b", 4600, text, s),
                          _killed("b2", "b", 4600, text, title)])
    assert not any(t.startswith("Death toll") for _, t in tolls)



def test_a_higher_claim_the_later_tolls_fall_below_is_no_step_of_the_series() -> None:
    # a rights group's "true toll" on one day does not hide the official count later reports carry on
    t1 = "Officials put the death toll at 120. A rights group said the true death toll is more than 400."
    t2 = "The death toll has reached 131, the health ministry said."
    t3 = "The toll rose to 140 as rescuers reached the last villages."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-05", t1), _doc("c", "2031-03-07", t2),
            _doc("d", "2031-03-09", t3)]
    claims = [_ev("a1", "a", "2031-03-04"),
              _killed("b1", "b", 120, t1, "Officials put the death toll at 120."),
              _killed("b2", "b", 400, t1, "A rights group said the true death toll is more than 400."),
              _killed("c1", "c", 131, t2, t2), _killed("d1", "d", 140, t3, t3)]
    assert _tolls(docs, claims) == [("2031-03-05", "Death toll stands at 120"), ("2031-03-07", "Death toll rises to 131"),
                                    ("2031-03-09", "Death toll rises to 140")]


def test_an_undated_page_whose_toll_later_reports_fall_below_was_given_the_wrong_day() -> None:
    # 2031-03-04 is a Tuesday: "officials said Friday" places the undated page on 2031-03-07, but
    # its 900 dead are above the 400 a dated report gives two days later: it was written later
    lead = "The death toll from the Varna flood has risen to 900, officials said Friday, as the water receded."
    t2 = "The death toll from the Varna flood stands at 400, the governor said."
    t3 = "The death toll from the Varna flood rose to 950 as more bodies were found downstream."
    docs = [_doc("a", "2031-03-04"), _doc("u", None, lead), _doc("b", "2031-03-09", t2), _doc("c", "2031-03-20", t3)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("u1", "u", 900, lead, lead), _killed("b1", "b", 400, t2, t2),
              _killed("c1", "c", 950, t3, t3)]
    assert report_day(docs[1], "2031-03-04") == "2031-03-07"
    assert _tolls(docs, claims) == [("2031-03-09", "Death toll stands at 400"), ("2031-03-20", "Death toll rises to 950")]


def test_a_toll_told_as_an_earlier_figure_before_its_cue_is_not_the_days_toll() -> None:
    t1 = "The death toll stands at 88, the regional governor said."
    t2 = "Earlier estimates put the death toll at 300. An initial count had the toll at 250."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-05", t1), _doc("c", "2031-03-06", t2)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 88, t1, t1),
              _killed("c1", "c", 300, t2, "Earlier estimates put the death toll at 300.")]
    assert _tolls(docs, claims) == [("2031-03-05", "Death toll stands at 88")]


def test_a_toll_retold_by_more_pages_later_rose_on_the_day_it_was_first_told() -> None:
    t1 = "The death toll rose to 48, the governor said."
    t2 = "The death toll stands at 48, officials said, as a study put the true count far higher."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", t1), _doc("c", "2031-06-01", t2), _doc("d", "2031-06-01", t2)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 48, t1, t1), _killed("c1", "c", 48, t2, t2),
              _killed("d1", "d", 48, t2, t2)]
    assert _tolls(docs, claims)[0] == ("2031-03-06", "Death toll stands at 48")


def test_a_count_after_a_sentence_saying_the_toll_keeps_climbing_is_the_toll() -> None:
    # a running story tells the move in the present: "continues to climb", "is rising"
    for moved in ("continues to climb", "is rising fast", "keeps mounting"):
        text = (f"The death toll from the crush at the Strelsau fairground {moved}. "
                "412 are dead, and rescuers are still searching the site.")
        sentence = "412 are dead, and rescuers are still searching the site."
        docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-05", text)]
        claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 412, text, sentence)]
        assert _tolls(docs, claims) == [("2031-03-05", "Death toll stands at 412")], moved


def test_a_foreseen_rise_announces_no_toll() -> None:
    text = ("The death toll from the crush at the Strelsau fairground is expected to rise. "
            "412 are dead, and rescuers are still searching the site.")
    sentence = "412 are dead, and rescuers are still searching the site."
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-05", text)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 412, text, sentence)]
    assert _tolls(docs, claims) == []


def test_the_number_of_confirmed_fatalities_is_a_toll() -> None:
    s = ("Rescuers pulled out six more bodies, bringing the total number of confirmed fatalities to 58.")
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06", s)]
    claims = [_ev("a1", "a", "2031-03-04"), _killed("b1", "b", 58, s, s)]
    assert _tolls(docs, claims) == [("2031-03-06", "Death toll stands at 58")]
