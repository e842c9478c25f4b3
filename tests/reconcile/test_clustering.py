"""Event clustering: one event stays one cluster; distinct events split; one shared name or one
bridging article does not chain stories together; copies follow originals; labels and spans."""

from __future__ import annotations

import random
from pathlib import Path

from counterpoint.models import Document
from counterpoint.reconcile.clustering import (
    ATTACH_CLUSTER_MEAN,
    ATTACH_CLUSTER_MEAN_UNDATED,
    ATTACH_UNDATED_RIVALS,
    DATED_SCALE,
    HUB_MAX_DISCOUNT,
    attach_singletons,
    average_linkage,
    cluster_documents,
    discount_hubs,
    event_of_documents,
    name_keys,
)

from .conftest import make_doc

REPO = Path(__file__).resolve().parents[2]

# Two unrelated local incidents, each told twice in different words (written for this test).
FLOOD_1 = ("River Esk floods Millbrook village. Water from the River Esk rose over its banks in "
           "Millbrook overnight and filled the ground floors of forty houses on Mill Lane. Fire "
           "crews used boats to reach an elderly couple; the parish council opened the village hall.")
FLOOD_2 = ("Millbrook residents bail out after the Esk bursts its banks. Forty homes along Mill Lane "
           "were flooded when the river overflowed in the night, and firefighters rowed out to "
           "rescue two pensioners. The village hall is now a shelter, the parish council said.")
FIRE_1 = ("Warehouse blaze shuts Harbour Road in Kestrel Bay. A fire at a paint warehouse on "
          "Harbour Road sent black smoke over Kestrel Bay on Tuesday; the coastguard closed the "
          "marina and three workers were treated for smoke inhalation.")
FIRE_2 = ("Paint store fire in Kestrel Bay: three workers hurt. Thick smoke from the burning "
          "warehouse on Harbour Road forced the coastguard to shut the marina, and three staff "
          "were taken to hospital after breathing fumes.")
ELECTION = ("Orchard Valley elects new mayor. Voters in Orchard Valley chose the librarian Ada "
            "Quint as mayor after a campaign about bus routes and school repairs.")


def test_founding_corpus_is_one_event(seeds_dir: Path):
    docs = [Document(id=p.stem, path=str(p), status="ok", text=p.read_text(encoding="utf-8"))
            for p in sorted(seeds_dir.glob("*.txt"))]
    assert len(docs) == 5
    (cluster,) = cluster_documents(docs)
    assert set(cluster.documents) == {d.id for d in docs}


def test_demo_example_is_one_event():
    from counterpoint.ingest.documents import read_documents

    docs = list(read_documents([REPO / "examples" / "kazakhstan-2022"]))
    clusters = cluster_documents(docs)
    assert len(clusters) == 1
    (c,) = clusters
    assert c.start and c.end and c.start <= c.end
    assert "Kazakhstan" in c.label or any("Kazakhstan" in d.title for d in docs if d.title)


def _events_corpus() -> list[Document]:
    return [
        make_doc("flood1", outlet="Gazette", published="2015-03-01", text=FLOOD_1),
        make_doc("flood2", outlet="Courier", published="2015-03-02", text=FLOOD_2),
        make_doc("fire1", outlet="Gazette", published="2015-03-01", text=FIRE_1),
        make_doc("fire2", outlet="Herald", published="2015-03-03", text=FIRE_2),
        make_doc("vote", outlet="Herald", published="2015-03-02", text=ELECTION),
        make_doc("flood1copy", published="2015-03-01", duplicate_of="flood1", text="copy"),
    ]


def test_distinct_events_split_and_duplicates_follow():
    docs = _events_corpus()
    clusters = cluster_documents(docs)
    groups = sorted(sorted(c.documents) for c in clusters)
    assert groups == [["fire1", "fire2"], ["flood1", "flood2"], ["vote"]]
    events = event_of_documents(clusters, docs)
    assert events["flood1copy"] == events["flood1"]
    assert len({c.id for c in clusters}) == 3


def test_same_story_far_apart_in_time_is_two_events():
    docs = [make_doc("a", published="2015-03-01", text=FLOOD_1),
            make_doc("b", published="2016-03-01", text=FLOOD_2)]
    assert len(cluster_documents(docs)) == 2


def test_event_record_has_span_outlets_and_headline():
    clusters = {c.documents[0][:4]: c for c in cluster_documents(_events_corpus())}
    flood = clusters["floo"]
    assert (flood.start, flood.end) == ("2015-03-01", "2015-03-02")
    assert set(flood.outlets) == {"Gazette", "Courier"}
    assert flood.headline and flood.headline.startswith(("River Esk", "Millbrook"))
    assert "2015" in flood.label


def _filler_story(k: int) -> str:
    """A made-up story with its own vocabulary (syllables), so filler stories share nothing."""
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi"]
    words = [syllables[k % 8] + syllables[(k // 8 + j) % 8] + syllables[j % 8] + syllables[j // 8 % 8] for j in range(60)]
    return f"{words[0].title()} {words[1]} " + " ".join(words[2:]) + "."


def test_a_name_every_story_shares_does_not_chain_them():
    # The same official comments on every story of the week: her name links every document to
    # every other, which once put a whole news cycle into one event.
    said = " Governor Lena Marsh said the county would pay for the clean-up."
    docs = [make_doc(d.id, outlet=d.outlet, published=d.published, text=d.text + said)
            for d in _events_corpus()[:4]]
    docs += [make_doc(f"other{k}", published="2015-03-02", text=_filler_story(k) + said) for k in range(30)]
    by_doc = {d: c.id for c in cluster_documents(docs) for d in c.documents}
    assert by_doc["flood1"] == by_doc["flood2"]
    assert by_doc["fire1"] == by_doc["fire2"]
    assert by_doc["flood1"] != by_doc["fire1"]
    assert len({by_doc[f"other{k}"] for k in range(30)}) == 30


def test_average_linkage_keeps_two_cliques_apart_across_a_bridge():
    # {0,1,2} and {3,4,5} are cliques; 6 resembles 2 and 3 as much as they resemble their own.
    pairs = [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 6), (3, 6)]
    labels = average_linkage(7, [a for a, _ in pairs], [b for _, b in pairs], [0.5] * len(pairs),
                             threshold=0.12)
    assert labels[0] == labels[1] == labels[2] != labels[3] == labels[4] == labels[5]
    assert labels[6] in (labels[2], labels[3])


def test_average_linkage_does_not_chain_a_path():
    # 0-1, 1-2, 2-3 similar; no other pairs: two clusters, not one chain.
    labels = average_linkage(4, [0, 1, 2], [1, 2, 3], [0.5, 0.5, 0.5], threshold=0.3)
    assert labels == [0, 0, 2, 2]


def test_clustering_does_not_depend_on_input_order():
    docs = _events_corpus()
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    a = sorted((c.id, c.documents and sorted(c.documents), c.label) for c in cluster_documents(docs))
    b = sorted((c.id, c.documents and sorted(c.documents), c.label) for c in cluster_documents(shuffled))
    assert a == b


def test_name_keys_skip_sentence_words():
    keys = name_keys("The Police Department said Jamal Ortega died. On Monday Elm Street was closed.")
    assert "jamal ortega" in keys and "elm street" in keys
    assert "monday" not in keys and not any(k.startswith("the ") for k in keys)


def test_follow_up_points_back_by_month_abbreviation() -> None:
    from counterpoint.reconcile.clustering import mentions_time_of

    assert mentions_time_of("Weeks after the Aug. 4 blast, the toll stood at 190.", "2020-08-05")
    assert mentions_time_of("A year after the collapse, survivors still wait.", "2013-04-24")
    assert not mentions_time_of("The river burst its banks again on Tuesday.", "2015-03-01")


def test_hub_discount_weakens_pairs_in_a_crowded_field_only():
    import numpy as np

    # Document 0 sits among many fairly similar documents (1..8); 9 and 10 only resemble each other.
    a = np.array([0] * 8 + [9])
    b = np.array([*range(1, 9), 10])
    s = np.array([0.2] * 8 + [0.2])
    days = [None] * 11
    a2, b2, s2 = discount_hubs(a, b, s, days)
    adj = {(int(x), int(y)): float(w) for x, y, w in zip(a2, b2, s2, strict=True)}
    assert adj[(9, 10)] == 0.2  # quiet field: no neighbours beyond its one mate, no discount
    assert adj[(0, 1)] < 0.2  # crowded field: the same cosine counts for less
    assert adj[(0, 1)] >= 0.2 - HUB_MAX_DISCOUNT  # ... by at most the cap


def test_hub_discount_leaves_dated_pairs_to_the_time_window():
    import numpy as np

    a, b, s = np.array([0] * 8), np.array(list(range(1, 9))), np.array([0.2] * 8)
    _, _, s2 = discount_hubs(a, b, s, [737000] * 9)
    assert np.allclose(s2, DATED_SCALE * 0.2)


def test_a_singleton_near_a_whole_cluster_joins_it():
    # 0,1,2 are one cluster; 3 is as near to each of them as the cut asks, nearer to none in
    # particular (no single pair reaches the best-pair rule); 4 barely touches one member.
    labels = [0, 0, 0, 3, 4]
    w = ATTACH_CLUSTER_MEAN + 0.01
    a, b, s = [0, 1, 2, 0], [3, 3, 3, 4], [w, w, w, 0.05]
    out = attach_singletons(labels, a, b, s)
    assert out[3] == 0
    assert out[4] == 4


def test_an_undated_singleton_near_many_stories_needs_more_to_join_one_as_a_whole():
    # 0-2, 3-4 and 5-6 are three stories of one topic; 7 is as near to all of 0-2 as the plain
    # bar asks and touches the other two. Dated, it joins 0-2; undated (a commentary that meets
    # every story of its topic in the pile) it needs the undated bar; near one story only, the plain one.
    labels = [0, 0, 0, 3, 3, 5, 5, 7]
    w = (ATTACH_CLUSTER_MEAN + ATTACH_CLUSTER_MEAN_UNDATED) / 2
    a, b, s = [0, 1, 2, 3, 5], [7, 7, 7, 7, 7], [w, w, w, 0.05, 0.05]
    dated = [False] * 8
    undated = [False] * 7 + [True]
    assert ATTACH_UNDATED_RIVALS <= 3
    assert attach_singletons(labels, a, b, s, dated)[7] == 0
    assert attach_singletons(labels, a, b, s, undated)[7] == 7
    assert attach_singletons(labels, a[:3], b[:3], s[:3], undated)[7] == 0
    w = ATTACH_CLUSTER_MEAN_UNDATED + 0.01
    assert attach_singletons(labels, a, b, [w, w, w, 0.05, 0.05], undated)[7] == 0


# Weekday rule (written for this test): two stages of one running political story, undated.
def test_lead_weekdays_reads_title_and_lead_only():
    from counterpoint.reconcile.cluster_vectors import WEEKDAY_LEAD_CHARS, lead_weekdays

    assert lead_weekdays("Council votes Tuesday on the budget", "The vote follows a hearing.") == {"tuesday"}
    assert lead_weekdays("Budget vote", "Councillors met on Monday and again Wednesday.") == {"monday", "wednesday"}
    assert lead_weekdays("Budget vote", "x" * WEEKDAY_LEAD_CHARS + " on Friday") == frozenset()


def test_named_days_are_no_weekday_clock():
    from counterpoint.reconcile.cluster_vectors import lead_weekdays

    # a primary, a shopping day and a remembered massacre name no day of this week's happening
    assert lead_weekdays("Candidates regroup before Super Tuesday", "The senator won the caucus on Saturday.") == {
        "saturday"}
    assert lead_weekdays("Retailers brace for a thin Black Friday", "Stores cut hours, a trade group said.") == frozenset()
    assert lead_weekdays("Marchers recall Bloody Sunday", "Thousands walked the bridge Thursday.") == {"thursday"}
    assert lead_weekdays("Easter Sunday services", "Churches reopened on Sunday after the ban.") == {"sunday"}
    # a plain weekday after an ordinary word stays
    assert lead_weekdays("Vote set for Tuesday", "The mayor said the super majority holds.") == {"tuesday"}


def test_weekday_conflict_weakens_undated_pairs_but_not_dated_or_happening_ones():
    import numpy as np

    from counterpoint.reconcile.clustering import (
        WEEKDAY_AGREE_FACTOR,
        WEEKDAY_CONFLICT_FACTOR,
        weigh_weekdays,
    )

    a, b, s = np.array([0, 0, 2, 4]), np.array([1, 3, 3, 5]), np.array([0.4, 0.4, 0.4, 0.4])
    weekdays = [frozenset({"tuesday"}), frozenset({"thursday"}), frozenset({"tuesday"}), frozenset({"tuesday"}),
                frozenset({"monday"}), frozenset({"friday"})]
    days = [None, None, 738000, 738001, None, None]
    kinds = [frozenset()] * 4 + [frozenset({"earthquake"})] * 2
    out = weigh_weekdays(a, b, s, weekdays, days, kinds)
    # undated, Tuesday against Thursday: weakened; undated, both Tuesday: strengthened
    assert out[0] == 0.4 * WEEKDAY_CONFLICT_FACTOR < 0.4
    assert out[1] == 0.4 * WEEKDAY_AGREE_FACTOR
    # both dated: the dates are the clock, the weekdays change nothing
    assert out[2] == 0.4
    # one quake told on two days: each day's toll by its weekday, not two stages
    assert out[3] == 0.4


def test_weekday_conflict_keeps_two_stages_of_a_story_apart_in_the_linkage():
    """A hearing (two reports, Tuesday) and the vote days later (two reports, Friday), all
    undated and all about equally alike, as the stages of one story are: without the weekdays
    the linkage makes one event of them, with them two."""
    import numpy as np

    from counterpoint.reconcile.clustering import LINK_THRESHOLD, weigh_weekdays

    a, b = np.array([0, 0, 0, 1, 1, 2]), np.array([1, 2, 3, 2, 3, 3])
    s = np.full(6, LINK_THRESHOLD * 1.2)
    days, kinds = [None] * 4, [frozenset()] * 4
    assert len(set(average_linkage(4, a, b, s))) == 1
    weekdays = [frozenset({"tuesday"})] * 2 + [frozenset({"friday"})] * 2
    labels = average_linkage(4, a, b, weigh_weekdays(a, b, s, weekdays, days, kinds))
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]


def test_lead_dates_and_a_date_conflict():
    import numpy as np

    from counterpoint.reconcile.cluster_vectors import lead_dates
    from counterpoint.reconcile.clustering import WEEKDAY_CONFLICT_FACTOR, weigh_weekdays

    assert lead_dates("Board meets Oct. 5", "The board will meet again on November 12.") == {"10-05", "11-12"}
    assert lead_dates("Board meets", "They may 2 times a year.") == frozenset()  # no month word
    a, b, s = np.array([0, 0]), np.array([1, 2]), np.array([0.3, 0.3])
    dates = [frozenset({"03-04"}), frozenset({"03-11"}), frozenset({"03-04"})]
    none = [frozenset()] * 3
    out = weigh_weekdays(a, b, s, none, [None] * 3, none, dates)
    assert out[0] == 0.3 * WEEKDAY_CONFLICT_FACTOR  # March 4 against March 11: two stages
    assert out[1] == 0.3  # the same day named


def test_resolve_weekdays_counts_back_from_the_publication_day():
    from datetime import date

    from counterpoint.reconcile.clustering import resolve_weekdays

    thursday = date(2021, 7, 29).toordinal()
    # "voted Tuesday" in a Thursday paper: two days back; "Thursday" is the day itself
    assert resolve_weekdays(frozenset({"tuesday"}), thursday) == {thursday - 2}
    assert resolve_weekdays(frozenset({"thursday"}), thursday) == {thursday}
    assert resolve_weekdays(frozenset({"friday"}), thursday) == {thursday - 6}
    assert resolve_weekdays(frozenset({"friday"}), None) == frozenset()


def test_dated_leads_naming_different_calendar_days_are_two_stages():
    """Invented running story: an advisory panel votes on Friday (reported that Friday), the
    agency announces its plan the next Tuesday (reported Tuesday). Both dated four days apart,
    no sudden happening: their leads' weekdays fall on different days, so the pair weakens.
    A Saturday follow-up that says the panel voted Friday resolves to that same Friday and keeps
    its weight; so does a quake told on two days by each day's toll."""
    from datetime import date

    import numpy as np

    from counterpoint.reconcile.clustering import DATED_WEEKDAY_CONFLICT_FACTOR, weigh_weekdays

    friday = date(2021, 8, 13).toordinal()
    a, b, s = np.array([0, 0, 3]), np.array([1, 2, 4]), np.array([0.4, 0.4, 0.4])
    weekdays = [frozenset({"friday"}), frozenset({"tuesday"}), frozenset({"friday"}), frozenset({"monday"}),
                frozenset({"wednesday"})]
    days = [friday, friday + 4, friday + 1, friday + 3, friday + 5]
    kinds = [frozenset()] * 3 + [frozenset({"earthquake"})] * 2
    out = weigh_weekdays(a, b, s, weekdays, days, kinds)
    assert out[0] == 0.4 * DATED_WEEKDAY_CONFLICT_FACTOR
    assert out[1] == 0.4
    assert out[2] == 0.4
