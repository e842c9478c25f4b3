"""Second clustering pass: clusters naming the same incident merge (shared rare names, one kind
of happening, a time that fits or a follow-up that points back); a running name, a different kind
of story or a later story that does not point back stays apart. Mini-corpora written for these
tests (invented places and names)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from counterpoint.reconcile.cluster_foreign import anchor_figures
from counterpoint.reconcile.cluster_merge import (
    ANY_KIND,
    happening_kinds,
    merge_clusters,
    points_back_to,
)
from counterpoint.reconcile.cluster_vectors import day_number, doc_name_terms, term_counts, vectorize
from counterpoint.reconcile.clustering import cluster_documents

from .conftest import make_doc

# One invented ferry sinking told over a year: first days, the search's end weeks later, and an
# anniversary piece.
EARLY = [
    ("2031-04-05", "Ferry Perdita sinks off Quillon Point. The ferry Perdita went down off Quillon Point "
     "in the Varnet Strait on Friday with 140 passengers aboard; coastguard boats from Harlow Cove pulled "
     "90 people from the water and 12 bodies were recovered."),
    ("2031-04-06", "Divers search sunken Perdita near Quillon Point. Rescue divers worked through the night "
     "at the wreck of the Perdita in the Varnet Strait, and relatives gathered at the Harlow Cove pier as "
     "the toll from the sinking rose to 19."),
    ("2031-04-07", "Perdita captain questioned as toll climbs. The master of the sunken ferry Perdita was "
     "questioned by prosecutors in Harlow Cove as the number of dead from the sinking in the Varnet "
     "Strait reached 27, with 20 still missing off Quillon Point."),
]
LATER = [
    ("2031-05-02", "Search for Perdita missing called off. Four weeks after the ferry sank off Quillon "
     "Point, navy divers ended the search of the wreck in the Varnet Strait; the final toll of the April 4 "
     "sinking stands at 41, officials in Harlow Cove said."),
    ("2032-04-04", "A year on, Harlow Cove remembers the Perdita. Families laid wreaths at the pier of "
     "Harlow Cove on the first anniversary of the sinking of the ferry Perdita off Quillon Point, in "
     "which 41 people died one year ago in the Varnet Strait."),
]
# The same places in an unrelated budget story (no happening) and a later, unrelated sinking there
# that does not point back at the first one.
BUDGET = ("2031-04-08", "Harlow Cove council passes harbour budget. The council of Harlow Cove approved "
          "the harbour budget for Quillon Point and the Varnet Strait moorings after a long debate.")
OTHER_SINKING = ("2031-09-20", "Fishing boat sinks in the Varnet Strait. A trawler went down off Quillon "
                 "Point on Saturday; the coastguard from Harlow Cove rescued its crew of six.")


def _docs(rows):
    return [make_doc(f"d{i}", published=day, text=text) for i, (day, text) in enumerate(rows)]


def _merge(rows, labels):
    docs = _docs(rows)
    vec = vectorize([term_counts(d.title, d.text) for d in docs])
    days = [day_number(d.published) for d in docs]

    def back(later: int, earlier: int) -> bool:
        return points_back_to(docs[later].text, date.fromordinal(days[earlier]), date.fromordinal(days[later]))

    names = [doc_name_terms(d.title, d.text) for d in docs]
    kinds = [happening_kinds(d.title, d.text) for d in docs]
    return merge_clusters(labels, names, kinds, days, vec.matrix, back,
                          figures=lambda i: anchor_figures(docs[i].text or ""))


def test_follow_ups_that_point_back_join_the_incident():
    rows = EARLY + LATER
    out = _merge(rows, [0, 0, 0, 3, 4])
    assert out == [0, 0, 0, 0, 0]


def test_story_without_happening_stays_apart():
    out = _merge([*EARLY, BUDGET], [0, 0, 0, 3])
    assert out[3] == 3


def test_later_incident_that_does_not_point_back_stays_apart():
    out = _merge([*EARLY, OTHER_SINKING], [0, 0, 0, 3])
    assert out[3] == 3


def test_one_event_folder_told_over_a_year_is_one_event():
    docs = _docs(EARLY + LATER)
    (cluster,) = cluster_documents(docs)
    assert set(cluster.documents) == {d.id for d in docs}


def test_points_back_by_date_span_and_relative_month():
    first = date(2031, 4, 5)
    assert points_back_to("the final toll of the April 4 sinking", first, date(2031, 5, 2))
    assert points_back_to("It has been 27 days since the ferry went down.", first, date(2031, 5, 2))
    assert points_back_to("over last month's sinking", first, date(2031, 5, 20))
    assert points_back_to("on 4 April 2031 the ferry sank", first, date(2032, 4, 4))
    assert points_back_to("five years on, the families still wait", first, date(2036, 4, 6))
    # a bare month, a weekday or a far-off date is not a pointer to this happening
    assert not points_back_to("a trawler sank in April", first, date(2031, 9, 20))
    assert not points_back_to("the boat went down on Saturday", first, date(2031, 9, 20))
    assert not points_back_to("the September 18 storm", first, date(2031, 9, 20))
    assert not points_back_to("two years ago the harbour closed", first, date(2031, 9, 20))


def test_happening_kinds_read_title_and_lead():
    assert happening_kinds("Ferry sinks", "The ferry capsized in the strait.") == {"sinking"}
    assert happening_kinds("Council passes budget", "The vote was close.") == frozenset()


def test_foreign_language_brief_joins_by_names_and_time():
    # An Italian brief (written for this test) names no English kind word; its names and its time decide.
    italian = ("2031-04-06", "Il traghetto Perdita affondato al largo di Quillon Point nello stretto di Varnet: "
               "i soccorritori di Harlow Cove hanno recuperato 19 corpi.")
    docs = _docs([*EARLY, italian])
    docs[-1] = replace(docs[-1], language="it")
    vec = vectorize([term_counts(d.title, d.text) for d in docs])
    days = [day_number(d.published) for d in docs]
    names = [doc_name_terms(d.title, d.text) for d in docs]
    kinds = [ANY_KIND if d.language == "it" else happening_kinds(d.title, d.text) for d in docs]
    assert kinds[-1] == ANY_KIND and not happening_kinds(docs[-1].title, docs[-1].text)
    out = merge_clusters([0, 0, 0, 3], names, kinds, days, vec.matrix, lambda later, earlier: False)
    assert out == [0, 0, 0, 0]


# An invented coup attempt in an invented country, told over two years: the first days, an
# inquiry's report months later that dates the night by month and year, and an anniversary piece
# on the day; then a different mutiny in the same capital a year later that names no anniversary.
COUP_EARLY = [
    ("2033-03-12", "Coup attempt fails in Velmora. Soldiers loyal to General Orrin Tesk tried to seize "
     "the state broadcaster in Velmora overnight; President Ilsa Marrow said the coup had failed and "
     "that 60 people were killed in clashes at the Dravik Bridge."),
    ("2033-03-13", "Velmora arrests thousands after failed coup. Police in Velmora detained 2,000 "
     "soldiers and judges accused of backing General Orrin Tesk, as the toll from the coup attempt "
     "at the Dravik Bridge rose to 104, President Ilsa Marrow's office said."),
    ("2033-03-15", "Velmora buries coup victims. Funerals were held in Velmora for civilians shot at "
     "the Dravik Bridge during the failed coup; President Ilsa Marrow vowed to hunt down supporters "
     "of General Orrin Tesk."),
]
COUP_REPORT = ("2034-01-19", "Inquiry blames Tesk network for Velmora coup. A parliamentary inquiry "
               "in Velmora published on Thursday found that officers close to General Orrin Tesk planned "
               "the coup for months; 104 people died at the Dravik Bridge in March 2033, it said.")
COUP_TRIAL = ("2033-11-20", "Tesk aides sentenced in Velmora. Eight months after the failed coup, a court "
              "in Velmora jailed 40 officers for life over the killings at the Dravik Bridge, where "
              "soldiers loyal to General Orrin Tesk fired on crowds; President Ilsa Marrow welcomed it.")
COUP_ANNIVERSARY = ("2034-03-11", "Velmora marks coup anniversary. Thousands crossed the Dravik Bridge in "
                    "Velmora on Saturday to mark the anniversary of the failed coup, as President Ilsa "
                    "Marrow unveiled a memorial to the dead and again blamed General Orrin Tesk.")
OTHER_MUTINY = ("2034-06-02", "Mutiny crushed in Velmora. Troops at a barracks near the Dravik Bridge in "
                "Velmora staged a brief mutiny over pay on Friday; President Ilsa Marrow said the coup "
                "bid was put down and blamed General Orrin Tesk's remaining allies.")


def test_coup_report_and_anniversary_join_but_a_later_mutiny_does_not():
    out = _merge([*COUP_EARLY, COUP_TRIAL, COUP_REPORT, COUP_ANNIVERSARY, OTHER_MUTINY], [0, 0, 0, 3, 4, 5, 6])
    assert out[:6] == [0, 0, 0, 0, 0, 0]
    assert out[6] == 6


def test_anniversary_points_back_only_on_its_day():
    first = date(2033, 3, 12)
    assert points_back_to("on the second anniversary of the failed coup", first, date(2035, 3, 11))
    assert points_back_to("one year since the night of the coup", first, date(2034, 3, 13))
    # a piece months off the day that mentions an anniversary is about something else
    assert not points_back_to("on the anniversary of the founding of the republic", first, date(2034, 7, 1))
    # the same day within the year is no anniversary
    assert not points_back_to("ahead of the anniversary", first, date(2033, 3, 20))


def test_month_and_earlier_year_point_back():
    first = date(2033, 3, 12)
    assert points_back_to("the report on the crash in March 2033", first, date(2034, 10, 1))
    assert points_back_to("the March, 2033 collapse", first, date(2034, 10, 1))
    # another month of that year, or the own year's month, is another happening
    assert not points_back_to("the crash in June 2033", first, date(2034, 10, 1))
    assert not points_back_to("since March 2034 the port is closed", first, date(2034, 10, 1))


def test_coup_is_a_happening_kind():
    assert happening_kinds("Failed coup in the capital", "Rebel officers tried to seize power.") == {"coup"}


def test_name_variants_fold_romanizations_and_vowels():
    from counterpoint.reconcile.cluster_merge import name_variant

    assert name_variant("tavrin") == name_variant("tavreen") == name_variant("tavrain")
    assert name_variant("ozhgorod") == name_variant("ojgorod")
    assert name_variant("tavrin") != name_variant("torvin")
    assert name_variant("n:tavrin square") == "n:tavrin square"  # multi-word names stay as they are
    assert name_variant("abo") == "abo"  # too short to fold safely


def test_vehicle_codes_are_names():
    from counterpoint.reconcile.cluster_merge import code_names

    assert code_names("Flight QX-402 lost", "The QX402 airliner vanished.") == {"c:402"}
    assert code_names("Airliner lost", "Skyline Air flight 402 vanished.") == {"c:402"}
    assert code_names("Vote on budget", "A 2031 plan for 40 schools.") == frozenset()
    # the same shape without a vehicle in the lead is a rifle or a gang, shared by many stories
    assert code_names("Gunman kills 3", "He fired an AR-15 at the crowd.") == frozenset()


# An invented sit-in dispersal: the first days' coverage, and a forensic report three months on
# that spells the square another way and cites the day of the dispersal.
SIT_IN = [
    ("2031-08-14", "Police storm Tavrin Square protest camp. Security forces cleared the sit-in at Tavrin "
     "Square in Meloria with bulldozers and gunfire; protesters said 200 were killed in the crackdown."),
    ("2031-08-15", "Meloria counts dead after Tavrin Square crackdown. Hospitals in Meloria received the bodies "
     "of protesters killed when police stormed the Tavrin Square sit-in; the ministry put the toll at 280."),
    ("2031-08-16", "Funerals after the Tavrin Square dispersal. Families buried protesters killed in the crackdown "
     "on the sit-in at Tavrin Square, as the ministry raised its toll to 410."),
]
FORENSIC_DATED = ("2031-11-20", "Forensic office issues Tavreen toll. The forensic office said 627 protesters "
                  "were killed at Tavreen square on August 14, when police dispersed the sit-in, in its first "
                  "report on the crackdown.")
FORENSIC_UNDATED = ("2031-11-20", "Forensic office issues Tavreen toll. The forensic office said 627 protesters "
                    "were killed at Tavreen square when police dispersed a sit-in, in its first report on a "
                    "crackdown.")


def test_months_later_report_citing_the_day_joins_by_one_variant_name():
    assert _merge([*SIT_IN, FORENSIC_DATED], [0, 0, 0, 3]) == [0, 0, 0, 0]


def test_months_later_report_without_the_day_stays_apart():
    assert _merge([*SIT_IN, FORENSIC_UNDATED], [0, 0, 0, 3])[3] == 3


# An invented airliner downing: the first days call it a crash, the inquiry's report a year on a
# downing, and both name the flight by its code.
DOWNING = [
    ("2031-07-17", "Airliner QX-402 crashes near Velmo. Flight QX-402 crashed in fields near Velmo with 210 "
     "people aboard; the airline said there were no survivors."),
    ("2031-07-18", "Relatives wait for news of QX402 victims. Investigators reached the crash site near Velmo "
     "where flight QX402 came down; 210 passengers and crew were killed."),
]
INQUIRY = ("2032-10-13", "Inquiry: QX-402 was downed by a missile. The safety board said flight QX-402 was downed "
           "by a missile over Velmo in July 2031, killing all 210 on board, in its final report.")


def test_inquiry_a_year_on_joins_the_downing_by_its_code():
    assert _merge([*DOWNING, INQUIRY], [0, 0, 2]) == [0, 0, 0]



def test_follow_up_months_on_is_told_from_one_weeks_on():
    from counterpoint.reconcile import cluster_merge as cm

    days = [day_number(d) for d in ("2031-08-14", "2031-08-16", "2031-09-08", "2031-11-20")]

    def back(_later: int, _earlier: int) -> bool:
        return True

    assert cm._fits_in_time([0, 1], [2], days, back) == cm._BACK
    assert cm._fits_in_time([0, 1], [3], days, back) == cm._BACK_LATE
    assert cm._fits_in_time([0, 1], [3], days, lambda _a, _b: False) == cm._APART


# One invented earthquake told the first days and again two weeks on: the coverage names only
# countries general news holds (no incident name to share), yet tells the same toll, towns and
# rescue in the same words; the later reports date the quake ("the February 6 earthquake").
QUAKE_EARLY = [
    ("2031-02-08", "Earthquake death toll in Teral and Oskia rises above 9,000. Rescuers dug through "
     "collapsed buildings in the quake zone as the death toll from the earthquake in Teral and Oskia rose "
     "above 9,000, the disaster agency said."),
    ("2031-02-09", "Quake death toll tops 12,000 in Teral and Oskia. Rescuers pulled survivors from "
     "collapsed buildings as the death toll from the earthquake in Teral and Oskia topped 12,000, the "
     "disaster agency said."),
]
QUAKE_LATER = [
    ("2031-02-23", "Earthquake death toll in Teral and Oskia passes 44,000. The death toll from the "
     "February 6 earthquake in Teral and Oskia passed 44,000 as rescuers cleared collapsed buildings, the "
     "disaster agency said."),
    ("2031-02-24", "Quake death toll climbs above 45,000 in Teral and Oskia. The death toll from the "
     "February 6 earthquake in Teral and Oskia climbed above 45,000 as collapsed buildings were cleared, "
     "the disaster agency said."),
]
# Two shootings in one city a few days apart: one kind, one city, different people and places.
SHOOTINGS = [
    ("2031-03-02", "Two killed in shooting at Dunmore bar. A gunman opened fire at a bar on Elm Street in "
     "Dunmore late Friday, killing two men; police are looking for a suspect in a red car."),
    ("2031-03-06", "Teenager wounded in Dunmore drive-by shooting. A 16-year-old girl was shot in the leg "
     "outside her school on Park Avenue in Dunmore on Tuesday; officers recovered shell casings."),
]


def _merge_by_text(rows, labels):
    """merge_clusters with no incident names at all: only the texts can join clusters."""
    docs = _docs(rows)
    vec = vectorize([term_counts(d.title, d.text) for d in docs])
    days = [day_number(d.published) for d in docs]

    def back(later: int, earlier: int) -> bool:
        return points_back_to(docs[later].text, date.fromordinal(days[earlier]), date.fromordinal(days[later]))

    n = len(docs)
    edges = ([i for i in range(n) for j in range(i + 1, n)], [j for i in range(n) for j in range(i + 1, n)])
    kinds = [happening_kinds(d.title, d.text) for d in docs]
    return merge_clusters(labels, [frozenset()] * n, kinds, days, vec.matrix, back, edges)


def test_later_coverage_telling_the_same_story_in_the_same_words_joins():
    out = _merge_by_text(QUAKE_EARLY + QUAKE_LATER, [0, 0, 2, 2])
    assert len(set(out)) == 1


def test_two_incidents_of_one_kind_in_one_city_stay_apart_by_text():
    out = _merge_by_text(SHOOTINGS, [0, 1])
    assert out[0] != out[1]


def test_same_words_a_year_later_without_pointing_back_stay_apart():
    later = [(day.replace("2031", "2032"), text.replace("February 6 earthquake", "earthquake"))
             for day, text in QUAKE_LATER]
    out = _merge_by_text(QUAKE_EARLY + later, [0, 0, 2, 2])
    assert out[0] != out[2]


# A retrospective months on that names neither the kind of happening nor its date ("the events in
# Harlow Cove"), but the incident's names and the toll the coverage gave.
RETROSPECTIVE = ("2031-11-20", "Lists of the Perdita victims in Harlow Cove published. A rights group in "
                 "Harlow Cove published the names of the Perdita victims; the prosecutor's office had "
                 "counted 141 people lost off Quillon Point.")
TOLL_EARLY = [
    ("2031-04-05", "Ferry Perdita sinks off Quillon Point with 141 aboard. The ferry Perdita went down off "
     "Quillon Point on Friday; coastguard boats from Harlow Cove searched for 141 passengers."),
    ("2031-04-06", "Divers search sunken Perdita off Quillon Point. Relatives gathered at the Harlow Cove "
     "pier as divers searched the wreck of the Perdita, which sank with 141 people aboard."),
]


def test_a_retrospective_sharing_names_and_the_toll_joins_without_a_date():
    out = _merge([*TOLL_EARLY, RETROSPECTIVE], [0, 0, 2])
    assert out[2] == out[0]


def test_a_retrospective_without_the_toll_does_not():
    no_toll = (RETROSPECTIVE[0], RETROSPECTIVE[1].replace("counted 141 people lost", "counted the people lost"))
    out = _merge([*TOLL_EARLY, no_toll], [0, 0, 2])
    assert out[2] != out[0]
