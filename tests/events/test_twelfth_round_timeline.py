"""The timeline on real coverage (issue 16, twelfth session), in invented sentences: a count of people
told as the tally so far is dated by its page's day, a count of units before or after a named
happening is no date of its own, and headlines keep their subject (no "by" agent as the patient,
no partitive preposition, "more than a dozen" whole)."""

from __future__ import annotations

import pytest

from counterpoint.events.doc_dates import document_dates, redate, tally_told
from counterpoint.events.participants import clean_patient
from counterpoint.models import Document, EventClaim, Evidence
from counterpoint.nlp import make_doc
from counterpoint.text.dates import find_dates


def _doc(i: str, published: str | None, text: str) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text=text, published=published)


def _claim(cid: str, doc: Document, sentence: str, etype: str, headline: str) -> EventClaim:
    start = (doc.text or "").index(sentence)
    return EventClaim(id=cid, document=doc.id, event_type=etype, date=None, text=headline,
                      evidence=Evidence(document=doc.id, start=start, end=start + len(sentence), text=sentence))


def test_a_tally_told_as_it_stands_is_dated_by_its_page() -> None:
    lead = "Relief flights resumed on the island as the storm moved north across the strait toward the coast."
    told = "A consular official told radio from Strelsau that 140 Zendans had been evacuated with injuries."
    doc = _doc("a", "2031-10-15", "Flights resume\n\n" + lead + "\n" + "More text. " * 10 + "\n" + told)
    claim = _claim("c1", doc, told, "evacuation", "140 Zendans evacuated")
    assert [c.date for c in redate([claim], [doc], document_dates([doc], None))] == ["2031-10-15"]


def test_a_tally_over_a_span_or_in_the_narrative_past_is_no_count_of_the_day() -> None:
    assert tally_told("Police have arrested 49 people, the ministry said.")
    assert not tally_told("Police have arrested 49 people since the vote.")
    assert not tally_told("Police had arrested 1,434 people by the end of the week.")
    lead = "Relief flights resumed on the island as the storm moved north across the strait toward the coast."
    later = "Hundreds of protesters have been detained since the vote, the ministry said."
    doc = _doc("b", "2031-10-15", "Flights resume\n\n" + lead + "\n" + later)
    claim = _claim("c2", doc, later, "arrests", "Hundreds of protesters detained")
    assert [c.date for c in redate([claim], [doc], document_dates([doc], None))] == [None]


def test_units_counted_from_a_named_happening_are_no_date() -> None:
    s = "Prosecutors have charged five officials, almost a year after the quake struck Tarlen on May 3, 2030."
    assert [d.value for d in find_dates(s, "2031-04-20")] == ["2030-05-03"]
    assert [d.text for d in find_dates("Two weeks before the vote, protests began.", "2031-04-20")] == []
    assert [d.value for d in find_dates("Two days later, police returned.", "2031-04-20")] == ["2031-04-22"]


def test_a_patient_slot_loses_a_partitive_preposition() -> None:
    assert clean_patient("Of 98 people") == "98 people"
    assert clean_patient("Among 40 villagers") == "40 villagers"


@pytest.mark.parametrize(
    ("text", "etype", "want", "not_want"),
    [
        ("Zendan leaders rejected the condemnation of the massacre by Foreign Minister Rudolf Tarlen.",
         "killings", "massacred", "tarlen"),
        ("After more than a dozen arrests since the blast, Tarlen is the first to be named a suspect.",
         "arrests", "more than a dozen", None),
        ("Survivors of the Tarlen massacre on August 14 marched in the capital.", "killings", "people massacred",
         "tarlen massacred"),
        ("The latest 33 were arrested on Monday, police said.", "arrests", "33 arrested", "latest"),
    ],
)
def test_headlines_keep_their_patient(nlp, text: str, etype: str, want: str, not_want: str | None) -> None:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published="2031-05-27"))
    found = [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == etype]
    assert found and want in found[0].text.lower(), found
    if not_want:
        assert not_want not in found[0].text.lower()


def test_a_datelines_town_is_not_where_the_happening_was(nlp) -> None:
    doc = nlp(make_doc(nlp, "ZENDABAD (Zenda Press) — Police stormed the protest camp on Wednesday.",
                       doc_id="d1", published="2031-08-20"))
    found = [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "storming"]
    assert found and "zendabad" not in found[0].text.lower()
    doc = nlp(make_doc(nlp, "Police stormed the protest camp in Zendabad on Wednesday.", doc_id="d2",
                       published="2031-08-20"))
    found = [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "storming"]
    assert found and "zendabad" in found[0].text.lower()


def test_a_page_cannot_tell_a_happening_dated_after_its_own_day() -> None:
    from counterpoint.events.timeline import build_timeline

    early = _doc("e", "2031-07-22", "The bodies arrived in Tarlen by train, officials said.")
    late = _doc("l", "2031-07-25", "The second train arrived in Tarlen on July 24, officials said.")
    c1 = _claim("c1", early, "The bodies arrived in Tarlen by train, officials said.", "bodies_moved", "Bodies arrive")
    c2 = EventClaim(id="c2", document="l", event_type="bodies_moved", date="2031-07-24", text="Bodies arrive",
                    evidence=Evidence(document="l", start=0, end=10, text="The second train arrived in Tarlen on July 24"))
    entries = build_timeline([early, late], [c1, c2])
    dated = [e for e in entries if e.event_type == "bodies_moved" and e.date == "2031-07-24"]
    assert dated and dated[0].documents == ("l",)


def test_a_day_in_a_clause_of_an_earlier_happening_is_not_the_events(nlp) -> None:
    text = ("Prosecutors in Tarlen have placed five engineers under investigation, almost a year after the quake struck the "
            "town on August 24th, 2030.")
    doc = nlp(make_doc(nlp, text, doc_id="d1", published="2031-07-19"))
    found = [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "investigation"]
    assert found and found[0].date is None and found[0].date_partial is None
    doc = nlp(make_doc(nlp, "Police arrested 12 people on Monday after protesters stormed the hall on Sunday.",
                       doc_id="d2", published="2031-07-19"))
    found = [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "arrests"]
    assert found and found[0].date == "2031-07-14"
