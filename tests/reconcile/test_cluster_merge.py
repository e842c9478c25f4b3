"""Second clustering pass: clusters naming the same incident merge (shared rare names, one kind
of happening, a time that fits or a follow-up that points back); a running name, a different kind
of story or a later story that does not point back stays apart. Mini-corpora written for these
tests (invented places and names)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

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
    return merge_clusters(labels, names, kinds, days, vec.matrix, back)


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
