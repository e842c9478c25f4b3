"""The timeline of a disaster story, in invented sentences: the happening itself, dated only by a
date next to it and told once; death tolls by day; arrest headlines that name who was held."""

from __future__ import annotations

import pytest

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence, FigureClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str = "2031-03-07") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "date", "word"),
    [
        ("A huge explosion rocked the port of Strelsau on Tuesday.", "2031-03-04", "Explosion"),
        ("Tuesday's blast destroyed the grain silos.", "2031-03-04", "Explosion"),
        ("The earthquake that struck Ruritania on Monday flattened whole streets.", "2031-03-03", "Earthquake"),
        ("The eight-storey Zenda Plaza building collapsed on March 5.", "2031-03-05", "collapses"),
        # fires, sinkings and crashes are the happening of a story too
        ("The blaze at the Orchard House flats started shortly after midnight on Tuesday.", "2031-03-04", "Fire"),
        ("A ferry carrying 300 pupils sank off the coast of Ruritania on Wednesday.", "2031-03-05", "Ferry sinks"),
        ("The Blue Arrow express derailed near Zenda on Monday evening.", "2031-03-03", "crash"),
        # the date hangs on the verb whose subject the happening is, however far away
        ("The rail crash happened near the small station of Hentzau, some 200 km north of Strelsau, "
         "around 7 pm on Thursday.", "2031-03-06", "crash"),
    ],
)
def test_the_disaster_is_dated_by_the_date_next_to_it(nlp, text: str, date: str, word: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "disaster"]
    assert found and found[0].date == date and word in found[0].text


def test_a_disaster_named_in_a_paragraph_about_another_day_takes_no_date(nlp) -> None:
    text = ("On Thursday, police detained 16 port workers.\n"
            "Officials said the workers had been questioned about the explosion for hours.")
    found = [c for c in _events(nlp, text) if c.event_type == "disaster"]
    assert found and all(c.date is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers opened fire on the crowd on Tuesday.",
        "The minister came under fire on Tuesday for the delays.",
        "Rioters set fire to the town hall on Tuesday.",
        "In Zenda, government buildings were set on fire on Tuesday.",
        "Fire brigade chiefs met on Tuesday.",
        "Share prices sank on Tuesday.",
    ],
)
def test_fire_and_sinking_words_that_are_no_disaster(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type == "disaster"]


def test_arrest_headline_names_a_counted_group_with_at_least(nlp) -> None:
    found = [c for c in _events(nlp, "Police detained at least 340 people in Strelsau on Sunday.")
             if c.event_type == "arrests"]
    assert found and found[0].text.startswith("At least 340 people")


def _doc(i: str, published: str | None = None) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text="x", published=published)


def _ev(cid: str, doc: str, date: str | None, text: str = "Explosion hits Strelsau") -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type="disaster", date=date, text=text,
                      evidence=Evidence(document=doc, start=0, end=1, text="x"))


def _toll(cid: str, doc: str, value: float, sentence: str, as_of: str | None = None) -> FigureClaim:
    return FigureClaim(id=cid, document=doc, measure="killed", value=value, low=None, high=None,
                       qualifier="exact", unit="people", subject="person", as_of=as_of,
                       evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def test_one_disaster_one_entry_on_the_day_most_documents_give() -> None:
    docs = [_doc("a", "2031-03-05"), _doc("b", "2031-03-06"), _doc("c", "2031-03-07"), _doc("d", "2031-03-07")]
    claims = [_ev("a1", "a", "2031-03-04"), _ev("b1", "b", "2031-03-04"), _ev("c1", "c", "2031-03-06"),
              _ev("d1", "d", None), _ev("d2", "d", "2005-08-29", "Storm hits Zenda")]
    timeline = build_timeline(docs, claims)
    disasters = [e for e in timeline if e.event_type == "disaster"]
    assert len(disasters) == 1
    assert disasters[0].date == "2031-03-04" and set(disasters[0].documents) == {"a", "b", "c", "d"}
    assert all(e.date is None or e.date >= "2031-03-04" for e in timeline)


def test_death_tolls_one_entry_a_day_rising_only() -> None:
    docs = [_doc("a", "2031-03-05"), _doc("b", "2031-03-06"), _doc("c", "2031-03-06"), _doc("d", "2031-03-08")]
    claims = [
        _ev("a1", "a", "2031-03-04"),
        _toll("a2", "a", 100, "The death toll from the Strelsau explosion rose to 100."),
        _toll("b2", "b", 135, "The death toll has climbed to 135, officials said."),
        _toll("c2", "c", 128, "The toll stood at 128 overnight."),
        _toll("c3", "c", 33, "The death toll could rise further, as 33 others remain in serious condition."),
        _toll("d2", "d", 120, "The toll was 120 earlier in the week."),
        _toll("d3", "d", 1833, "The death toll of the 2005 storm was 1,833."),
    ]
    tolls = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "toll"]
    assert tolls == [("2031-03-05", "Death toll stands at 100"), ("2031-03-06", "Death toll rises to 135")]


def test_the_election_is_dated_next_to_it_and_a_future_one_is_not_held(nlp) -> None:
    found = [c for c in _events(nlp, "Protests erupted after Sunday's presidential election in Ruritania.")
             if c.event_type == "election"]
    assert found and found[0].date == "2031-03-02" and found[0].text == "Election held"
    later = [c for c in _events(nlp, "The opposition is preparing for the May 14 election.")
             if c.event_type == "election"]
    assert all(c.date is None for c in later)


def test_a_toll_revised_down_is_news_and_a_confirmation_is_told_once() -> None:
    docs = [_doc("a", "2031-03-05"), _doc("b", "2031-03-06"), _doc("c", "2031-03-07"), _doc("d", "2031-03-08")]
    claims = [
        _ev("a1", "a", "2031-03-04"),
        _toll("a2", "a", 174, "The death toll rose to 174."),
        _toll("b2", "b", 125, "The death toll was revised down to 125 after double counting."),
        _toll("c2", "c", 125, "The toll stands at 125, police said."),
        _toll("d2", "d", 125, "The toll stands at 125."),
    ]
    tolls = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "toll"]
    assert tolls == [("2031-03-05", "Death toll stands at 174"), ("2031-03-06", "Death toll revised down to 125"),
                     ("2031-03-07", "Death toll stands at 125")]


def test_arrest_headline_names_the_held_not_a_name_deeper_in_the_clause(nlp) -> None:
    text = ("Police detained more than 900 protesters on Monday during rallies against the vote that "
            "handed another term to President Ivo Brandt.")
    found = [c for c in _events(nlp, text) if c.event_type == "arrests"]
    assert found and "Brandt" not in found[0].text and "900" in found[0].text


def test_first_arrests_and_no_one_detained_are_no_counts(nlp) -> None:
    first = [c for c in _events(nlp, "The inquiry into the blast at the silos made its first arrests.")
             if c.event_type == "arrests"]
    assert all(not c.text.startswith("First") for c in first)
    nobody = [c for c in _events(nlp, "No one has been detained over the beating of the marchers.")
              if c.event_type == "arrests"]
    assert nobody == []


def _arrest(cid: str, doc: str, date: str | None, text: str, sentence: str = "x") -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type="arrests", date=date, text=text,
                      evidence=Evidence(document=doc, start=0, end=len(sentence), text=sentence))


def test_nothing_is_dated_before_the_happening_began() -> None:
    # a Wednesday sinking (2031-03-05); an article dated Friday says the crew "were detained
    # Saturday" (told across the date line): the Saturday after, not the one before
    docs = [_doc("a", "2031-03-05"), _doc("b", "2031-03-07"), _doc("c", "2031-03-07")]
    claims = [
        _ev("a1", "a", "2031-03-05", "Ferry sinks"),
        _ev("b1", "b", "2031-03-05", "Ferry sinks"),
        _arrest("b2", "b", "2031-03-01", "Captain detained", "The captain was detained Saturday, officials said."),
        _arrest("c2", "c", "2031-02-20", "Owner arrested", "The owner was arrested on February 20 for fraud."),
    ]
    timeline = build_timeline(docs, claims)
    arrests = [(e.date, e.text) for e in timeline if e.event_type == "arrests"]
    assert arrests == [("2031-03-08", "Captain detained")]
    assert all(e.date is None or e.date >= "2031-03-05" for e in timeline)


def test_a_bare_default_arrest_joins_the_specific_one_of_its_day() -> None:
    docs = [_doc("a", "2031-07-08"), _doc("b", "2031-07-08")]
    claims = [_ev("a0", "a", "2031-07-01", "Train crash occurs"),
              _arrest("a1", "a", "2031-07-07", "Three railway officials arrested"),
              _arrest("b1", "b", "2031-07-07", "People arrested")]
    arrests = [e for e in build_timeline(docs, claims) if e.event_type == "arrests"]
    assert len(arrests) == 1 and arrests[0].text == "Three railway officials arrested"
    assert set(arrests[0].documents) == {"a", "b"}


def test_the_toll_is_the_first_count_after_the_cue_not_another_measure() -> None:
    docs = [_doc("a", "2031-03-04"), _doc("b", "2031-03-06"), _doc("c", "2031-09-01")]
    claims = [
        _ev("a0", "a", "2031-03-04", "Fire breaks out"),
        # the toll is "six"; 20 are in hospital
        _toll("a1", "a", 20, "By late afternoon the number of deaths from the fire, which began at 1.00 am, "
                             "was six, with as many as 20 people in hospital."),
        _toll("b1", "b", 30, "The death toll has risen to 30, police said."),
        # revised down, with the injured counted in the same sentence
        _toll("b2", "b", 1175, "Officials revised the death toll to 28 from 30 and put the number of injured at 1,175."),
        # months later, a final toll below the last one is news
        _toll("c1", "c", 27, "The final death toll is 27, police announced."),
    ]
    tolls = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "toll"]
    assert ("2031-03-04", "Death toll stands at 20") not in tolls
    assert ("2031-03-06", "Death toll rises to 30") in tolls or ("2031-03-06", "Death toll stands at 30") in tolls
    assert all("1,175" not in t for _, t in tolls)
    assert ("2031-09-01", "Death toll revised down to 27") in tolls


@pytest.mark.parametrize(
    ("text", "date", "label"),
    [
        # the relative clause's day is the ferry's, not the arrest's
        ("The captain of a ferry that sank on Wednesday has been arrested, the agency says.", None, "Captain arrested"),
        ("The captain and two crew members of a ferry that capsized off the coast were detained Saturday.",
         "2031-03-01", "Captain detained"),
    ],
)
def test_arrest_date_and_role_of_the_held(nlp, text: str, date: str | None, label: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "arrests"]
    assert found and found[0].date == date and found[0].text == label


def test_a_warrant_is_no_arrest(nlp) -> None:
    text = "Warrants for the arrest of two other crew members have also been lodged with a court."
    assert not [c for c in _events(nlp, text) if c.event_type == "arrests"]


def test_a_study_told_in_a_sentence_no_figure_carries_gets_its_entry() -> None:
    text = "The storm killed an estimated 1,950 people on the islands, an analysis commissioned by the governor found."
    docs = [_doc("a", "2031-03-05"), Document(id="b", path="b.txt", status="ok", text=text, published="2031-09-02")]
    claims = [_ev("a1", "a", "2031-03-01", "Storm hits Zenda"),
              _toll("a2", "a", 64, "The death toll rose to 64.")]
    tl = [(e.date, e.text) for e in build_timeline(docs, claims)]
    assert ("2031-09-02", "Study estimates 1,950 deaths") in tl


def test_a_document_does_not_confirm_its_own_rise() -> None:
    # one article dates the rise to Sunday by its sentence and repeats the figure on its own day
    docs = [_doc("a", "2031-03-05"), _doc("b", "2031-06-09")]
    claims = [
        _ev("a1", "a", "2031-03-04"),
        _toll("a2", "a", 100, "The death toll rose to 100."),
        _toll("b1", "b", 292, "The death toll rose to 292 after two bodies were found in the hull on Sunday."),
        _toll("b2", "b", 292, "The toll now stands at 292."),
    ]
    tolls = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "toll"]
    assert tolls == [("2031-03-05", "Death toll stands at 100"), ("2031-06-08", "Death toll rises to 292")]


def test_a_toll_told_as_a_former_value_is_not_the_days_toll() -> None:
    docs = [_doc("a", "2031-06-03"), _doc("b", "2031-06-06")]
    claims = [
        _ev("a0", "a", "2031-06-02", "Train crash occurs"),
        _toll("a1", "a", 288, "The death toll has climbed to 288."),
        _toll("b1", "b", 288, "The toll was earlier put at 288, which the government revised to 275 on Wednesday."),
        _toll("b2", "b", 275, "The government on Wednesday revised the death toll to 275 from 288."),
        _toll("b3", "b", 278, "The official death toll on Thursday increased to 278."),
    ]
    tolls = [(e.date, e.text) for e in build_timeline(docs, claims) if e.event_type == "toll"]
    assert tolls == [("2031-06-03", "Death toll stands at 288"), ("2031-06-04", "Death toll revised down to 275"),
                     ("2031-06-05", "Death toll rises to 278")]


def test_undated_tellings_folded_into_a_day_do_not_vote_for_it() -> None:
    # two documents date the collapse; one dates a later fire at the site, and undated mentions of
    # fire from two more documents join that fire's day: the collapse's day still wins
    docs = [_doc(i, "2031-03-08") for i in "abcde"]
    claims = [_ev("a1", "a", "2031-03-04", "Building collapses"), _ev("b1", "b", "2031-03-04", "Building collapses"),
              _ev("c1", "c", "2031-03-05", "Fire breaks out"), _ev("d1", "d", None, "Fire breaks out"),
              _ev("e1", "e", None, "Fire breaks out")]
    disasters = [e for e in build_timeline(docs, claims) if e.event_type == "disaster"]
    assert len(disasters) == 1 and disasters[0].date == "2031-03-04"


def test_a_government_report_count_is_a_report_entry_but_hearsay_is_not() -> None:
    report = "The government admitted in a report posted online that more than 1,400 people died after the storm."
    hearsay = "According to reports, 2,000 people died in the storm."
    docs = [_doc("a", "2031-03-05"),
            Document(id="b", path="b.txt", status="ok", text=report, published="2031-09-02"),
            Document(id="c", path="c.txt", status="ok", text=hearsay, published="2031-09-03")]
    claims = [_ev("a1", "a", "2031-03-01", "Storm hits Zenda"), _toll("a2", "a", 64, "The death toll rose to 64.")]
    tl = [(e.date, e.text) for e in build_timeline(docs, claims)]
    assert ("2031-09-02", "Report estimates 1,400 deaths") in tl
    assert all("2,000" not in t for _, t in tl)
