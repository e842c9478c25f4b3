"""build_timeline: merging one event told by several documents, ordering, year-less days."""

from __future__ import annotations

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence, FigureClaim


def _doc(i: str, published: str | None = None) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text="x" * 100, published=published)


def _ev(cid: str, doc: str, etype: str, date: str | None, text: str, place: str | None = None,
        partial: str | None = None, start: int = 0) -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type=etype, date=date, text=text, place_name=place,
                      date_partial=partial, evidence=Evidence(document=doc, start=start, end=start + 5, text="x"))


def test_same_event_from_two_documents_is_one_entry() -> None:
    docs = [_doc("a"), _doc("b")]
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "protests began", "Kazakhstan"),
        _ev("b-e1", "b", "protest_start", "2022-01-02", "unrest began", "Central Asia"),
    ]
    (entry,) = build_timeline(docs, claims)
    assert entry.date == "2022-01-02"
    assert entry.documents == ("a", "b")
    assert entry.claims == ("a-e1", "b-e1")
    assert entry.event_type == "protest_start"


def test_storming_in_two_cities_stays_two_entries() -> None:
    claims = [
        _ev("a-e1", "a", "storming", "2022-01-05", "protesters stormed the akimat", "Almaty"),
        _ev("a-e2", "a", "storming", "2022-01-05", "crowd seized airport", "Aktau", start=10),
    ]
    assert len(build_timeline([_doc("a")], claims)) == 2


def test_sorted_by_date_unknown_last_and_figures_ignored() -> None:
    fig = FigureClaim(id="a-f1", document="a", measure="killed", value=1.0, low=None, high=None,
                      qualifier="exact", unit="people", subject=None,
                      evidence=Evidence(document="a", start=0, end=1, text="x"))
    claims = [
        _ev("a-e1", "a", "arrests", None, "people arrested"),
        _ev("a-e2", "a", "statement", "2022-01-07", "statement made", start=5),
        _ev("a-e3", "a", "protest_start", "2022-01-02", "protests began", start=9),
        fig,
    ]
    timeline = build_timeline([_doc("a")], claims)
    assert [e.date for e in timeline] == ["2022-01-02", "2022-01-07", None]


def test_yearless_day_takes_the_corpus_year() -> None:
    docs = [_doc("a", "2022-01-05"), _doc("b")]
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "protests began"),
        _ev("b-e1", "b", "protest_start", None, "unrest began", partial="--01-02"),
    ]
    (entry,) = build_timeline(docs, claims)
    assert entry.date == "2022-01-02" and entry.documents == ("a", "b")


def test_undated_claims_merge_only_when_similar() -> None:
    claims = [
        _ev("a-e1", "a", "arrests", None, "Karim Massimov detained"),
        _ev("b-e1", "b", "arrests", None, "Karim Massimov arrested"),
        _ev("b-e2", "b", "arrests", None, "Nearly 6,000 people detained", start=20),
    ]
    timeline = build_timeline([_doc("a"), _doc("b")], claims)
    assert [e.documents for e in timeline] == [("a", "b"), ("b",)]


def test_undated_joins_the_only_dated_entry_of_its_type() -> None:
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "Protests begin"),
        _ev("b-e1", "b", "protest_start", None, "Protests begin in Zhanaozen", "Zhanaozen"),
        _ev("b-e2", "b", "storming", None, "Protesters storm airport in Aktau", "Aktau", start=10),
        _ev("a-e2", "a", "storming", "2022-01-05", "Protesters storm akimat in Almaty", "Almaty", start=20),
    ]
    timeline = build_timeline([_doc("a"), _doc("b")], claims)
    protest = next(e for e in timeline if e.event_type == "protest_start")
    assert protest.date == "2022-01-02" and protest.claims == ("a-e1", "b-e1")
    # storming: one dated entry, but in another city: the undated one stays apart
    assert [(e.date, e.text) for e in timeline if e.event_type == "storming"] == [
        ("2022-01-05", "Protesters storm akimat in Almaty"), (None, "Protesters storm airport in Aktau")]


def test_undated_stays_apart_when_several_dated_entries_exist() -> None:
    claims = [
        _ev("a-e1", "a", "arrests", "2022-01-06", "Karim Massimov detained"),
        _ev("a-e2", "a", "arrests", "2022-01-09", "Nearly 6,000 people detained", start=5),
        _ev("b-e1", "b", "arrests", None, "People arrested"),
    ]
    timeline = build_timeline([_doc("a"), _doc("b")], claims)
    assert [e.date for e in timeline] == ["2022-01-06", "2022-01-09", None]


def test_entry_text_is_the_most_common_headline() -> None:
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "Protests begin"),
        _ev("b-e1", "b", "protest_start", "2022-01-02", "Protests begin in Zhanaozen", "Zhanaozen"),
        _ev("c-e1", "c", "protest_start", "2022-01-02", "Protests begin in Zhanaozen", "Zhanaozen"),
    ]
    (entry,) = build_timeline([_doc("a"), _doc("b"), _doc("c")], claims)
    assert entry.text == "Protests begin in Zhanaozen"


def test_undated_arrest_joins_only_a_similar_dated_one() -> None:
    claims = [
        _ev("a-e1", "a", "arrests", "2022-01-09", "Nearly 6,000 people detained"),
        _ev("b-e1", "b", "arrests", None, "Karim Massimov arrested"),
        _ev("c-e1", "c", "arrests", "2022-01-08", "Karim Massimov detained"),
        _ev("c-e2", "c", "troops_deployed", None, "CSTO deploys troops", start=5),
        _ev("c-e3", "c", "troops_deployed", None, "Troops deployed", start=9),
    ]
    timeline = build_timeline([_doc("a"), _doc("b"), _doc("c")], claims)
    massimov = next(e for e in timeline if e.date == "2022-01-08")
    assert massimov.claims == ("c-e1", "b-e1")
    assert [e.claims for e in timeline if e.event_type == "troops_deployed"] == [("c-e2", "c-e3")]


def test_storming_of_different_sites_on_one_day_are_two_entries() -> None:
    claims = [
        _ev("a-e1", "a", "storming", "2022-01-05", "Protesters storm government buildings in Almaty", "Almaty"),
        _ev("b-e1", "b", "storming", "2022-01-05", "Government buildings set on fire", start=3),
        _ev("b-e2", "b", "storming", "2022-01-05", "Protesters seize airport in Almaty", "Almaty", start=9),
    ]
    timeline = build_timeline([_doc("a"), _doc("b")], claims)
    assert [e.claims for e in timeline] == [("a-e1", "b-e1"), ("b-e2",)]
    assert timeline[0].text == "Protesters storm government buildings in Almaty"


def test_generic_headlines_naming_different_places_read_bare() -> None:
    claims = [
        _ev("a-e1", "a", "protest_start", "2022-01-02", "Protests begin in Central Asia", "Central Asia"),
        _ev("b-e1", "b", "protest_start", "2022-01-02", "Protests begin in Kazakhstan", "Kazakhstan"),
        _ev("c-e1", "c", "appeal", "2022-01-05", "Appeal for outside help"),
        _ev("d-e1", "d", "appeal", None, "President appeals for outside help"),
    ]
    timeline = build_timeline([_doc("a"), _doc("b"), _doc("c"), _doc("d")], claims)
    assert [(e.date, e.text) for e in timeline] == [
        ("2022-01-02", "Protests begin"), ("2022-01-05", "President appeals for outside help")]


def test_crowd_arrests_told_by_two_outlets_on_one_day_are_one_entry() -> None:
    docs = [_doc("a"), _doc("b"), _doc("c")]
    claims = [
        _ev("a-e1", "a", "arrests", "2031-05-04", "At least 410 persons detained"),
        _ev("b-e1", "b", "arrests", "2031-05-04", "Some 300 marchers detained"),
        # a named arrest the same day is another happening; a crowd on another day another
        _ev("c-e1", "c", "arrests", "2031-05-04", "Opposition leader Ivo Marek arrested"),
        _ev("c-e2", "c", "arrests", "2031-05-05", "Some 90 people detained", start=20),
    ]
    timeline = build_timeline(docs, claims)
    crowd = [e for e in timeline if e.date == "2031-05-04" and "Marek" not in e.text]
    assert len(crowd) == 1 and crowd[0].documents == ("a", "b")
    assert len(timeline) == 3


def test_an_unplaced_telling_does_not_erase_the_place_another_gives() -> None:
    claims = [
        _ev("a-e1", "a", "state_of_emergency", "2031-05-04", "State of emergency declared in Ostrava", "Ostrava"),
        _ev("b-e1", "b", "state_of_emergency", "2031-05-04", "State of emergency declared"),
    ]
    (entry,) = build_timeline([_doc("a"), _doc("b")], claims)
    assert entry.text == "State of emergency declared in Ostrava"
    # two different places and no majority: the bare headline
    claims.append(_ev("c-e1", "c", "state_of_emergency", "2031-05-04", "State of emergency declared in Varna", "Varna"))
    (entry,) = build_timeline([_doc("a"), _doc("b"), _doc("c")], claims)
    assert entry.text == "State of emergency declared"


def test_day_precise_entry_absorbs_month_and_year_tellings() -> None:
    docs = [_doc("a"), _doc("b"), _doc("c")]
    claims = [
        _ev("a-e1", "a", "protest_start", "2023-03", "Protests begin"),
        _ev("b-e1", "b", "protest_start", "2023-03-04", "Protests begin in Varnia"),
        _ev("c-e1", "c", "protest_start", "2023", "Protests begin"),
    ]
    (entry,) = build_timeline(docs, claims)
    assert entry.date == "2023-03-04"
    assert set(entry.documents) == {"a", "b", "c"}


def test_month_telling_of_one_of_two_arrest_days_stays_apart_unless_similar() -> None:
    docs = [_doc("a"), _doc("b")]
    claims = [
        _ev("a-e1", "a", "arrests", "2023-03-04", "Union leader Ivo Brandt arrested"),
        _ev("a-e2", "a", "arrests", "2023-03-09", "Editor Mara Lind arrested", start=10),
        _ev("b-e1", "b", "arrests", "2023-03", "Ivo Brandt detained"),
        _ev("b-e2", "b", "arrests", "2023-03", "Harbour pilots detained", start=10),
    ]
    entries = build_timeline(docs, claims)
    brandt = next(e for e in entries if "Ivo Brandt arrested" in e.text)
    assert brandt.claims == ("a-e1", "b-e1")  # the month-precise "Ivo Brandt" joins his day
    assert any(e.date == "2023-03" and e.text == "Harbour pilots detained" for e in entries)


def test_coarse_telling_with_two_candidate_days_of_a_plural_type_stays_apart() -> None:
    claims = [
        _ev("a-e1", "a", "killings", "2023-03-04", "Protesters killed"),
        _ev("a-e2", "a", "killings", "2023-03-09", "Protesters killed", start=10),
        _ev("a-e3", "a", "killings", "2023-03", "People killed", start=20),
    ]
    assert len(build_timeline([_doc("a")], claims)) == 3


def test_one_day_one_arrest_count_is_one_entry_whatever_the_nouns() -> None:
    from counterpoint.events.timeline import _headline_count

    assert _headline_count("16 people arrested") == 16
    assert _headline_count("Sixteen port staff detained") == 16
    assert _headline_count("At least 1,000 protesters detained") == 1000
    assert _headline_count("Port director arrested") is None
    docs = [Document(id=i, path=f"{i}.txt", status="ok", text="x", published="2031-03-06") for i in "abc"]

    def arrest(cid: str, doc: str, headline: str, date: str = "2031-03-06") -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type="arrests", date=date, text=headline,
                          evidence=Evidence(document=doc, start=0, end=1, text="x"))

    entries = build_timeline(docs, [arrest("1", "a", "16 people arrested"), arrest("2", "b", "Sixteen port staff detained"),
                                    arrest("3", "c", "Two guards detained")])
    assert sorted(len(e.documents) for e in entries) == [1, 2]
    other_day = build_timeline(docs, [arrest("1", "a", "16 people arrested"),
                                      arrest("2", "b", "Sixteen port staff detained", "2031-03-09")])
    assert len(other_day) == 2


def test_a_happening_recalled_from_an_earlier_year_is_background() -> None:
    docs = [Document(id=i, path=f"{i}.txt", status="ok", text="x", published=p)
            for i, p in (("a", "2031-01-06"), ("b", "2031-01-09"))]

    def ev(cid: str, doc: str, etype: str, date: str, text: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type=etype, date=date, text=text,
                          evidence=Evidence(document=doc, start=0, end=1, text="x"))

    entries = build_timeline(docs, [
        ev("1", "a", "protest_start", "2030-12-29", "Protests begin"),  # late December: part of the story
        ev("2", "a", "arrests", "2027", "Opposition leader arrested"),  # a recalled arrest of 2027
        ev("3", "b", "arrests", "2030-03-02", "Journalists detained"),  # ten months before: background
        ev("4", "b", "arrests", "2031-01-08", "Journalists detained"),
    ])
    assert [(e.date, e.text) for e in entries] == [("2030-12-29", "Protests begin"), ("2031-01-08", "Journalists detained")]


def test_an_unnamed_charge_joins_the_named_one_of_its_day() -> None:
    """"A man appeared in court on Saturday charged with murder" (no patient read: "People
    charged") tells the day's charge of the named suspect in fewer words: one entry."""
    docs = [_doc("a"), _doc("b")]
    claims = [_ev("a-e1", "a", "charges", "2031-05-03", "Rudolf Rassendyll charged"),
              _ev("b-e1", "b", "charges", "2031-05-03", "People charged"),
              _ev("b-e2", "b", "evacuation", "2031-05-03", "People evacuated"),
              _ev("a-e2", "a", "evacuation", "2031-05-03", "300 residents evacuated")]
    entries = build_timeline(docs, claims)
    assert sorted(e.text for e in entries) == ["300 residents evacuated", "Rudolf Rassendyll charged"]


def test_a_large_round_up_retold_with_its_count_on_a_later_day_is_one_entry() -> None:
    docs = [Document(id=i, path=f"{i}.txt", status="ok", text="x", published=p)
            for i, p in (("a", "2031-03-07"), ("b", "2031-04-02"))]

    def arrest(cid: str, doc: str, text: str, day: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type="arrests", date=day, text=text,
                          evidence=Evidence(document=doc, start=0, end=1, text="x"))

    entries = build_timeline(docs, [arrest("1", "a", "1,280 suspects arrested", "2031-03-07"),
                                    arrest("2", "b", "1,280 suspects arrested", "2031-04-02")])
    assert [(e.date, e.text, len(e.documents)) for e in entries] == [("2031-03-07", "1,280 suspects arrested", 2)]
    further = build_timeline(docs, [arrest("1", "a", "Some 700 people detained", "2031-03-07"),
                                    arrest("2", "b", "700 more people detained", "2031-04-02")])
    assert len(further) == 2  # a further round, though of the same size
