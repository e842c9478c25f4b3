"""The day an undated document reports, read from its own text or from the story's start day, and
happenings dated by it: invented pages in several styles (wire, state media, rights group, local
paper, scraped page with a stamp)."""

from __future__ import annotations

from counterpoint.events.doc_dates import (
    days_after,
    document_dates,
    lead_span,
    perfect_lead,
    redate,
    text_stamp,
)
from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence


def _doc(i: str, published: str | None, text: str) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text=text, published=published)


def _claim(cid: str, doc: Document, sentence: str, etype: str, headline: str, date: str | None = None) -> EventClaim:
    start = (doc.text or "").index(sentence)
    return EventClaim(id=cid, document=doc.id, event_type=etype, date=date, text=headline,
                      evidence=Evidence(document=doc.id, start=start, end=start + len(sentence), text=sentence))


# --- text stamps -------------------------------------------------------------------------------------

def test_a_publication_stamp_at_the_top_dates_the_page() -> None:
    text = "Home | World\nPublished: 6 August 2031\nFloods cut off the valley town of Pellin.\n" + "x " * 400
    assert text_stamp(text) == ("2031-08-06", "Published: 6 August 2031")


def test_an_update_stamp_at_the_bottom_dates_the_page() -> None:
    text = "Rescuers reached the last village on Sunday.\n" + "Body text. " * 100 + "\nLast updated Aug. 9, 2031 10:42 GMT"
    assert text_stamp(text)[0] == "2031-08-09"


def test_a_published_report_in_the_middle_of_the_story_is_no_stamp() -> None:
    body = "Intro. " * 100 + "The agency published on March 3, 2030 a study of the dam. " + "More. " * 120
    assert text_stamp(body) is None


def test_a_stamp_without_a_year_is_no_stamp() -> None:
    assert text_stamp("Updated Saturday\nThe ferry sank off the cape.") is None


# --- days counted from the happening -----------------------------------------------------------------

def test_a_lead_counting_days_after_the_happening_gives_the_day() -> None:
    lead = "Two days after a huge blast tore through the port of Strelsau, the toll held at 135."
    assert days_after(lead, "2031-03-04") == ("2031-03-06", "Two days after a")
    assert days_after("A week after the quake, aid began to arrive in the hills.", "2031-03-04")[0] == "2031-03-11"


def test_vague_or_far_counts_give_no_day() -> None:
    assert days_after("Several days after the collapse, the mayor resigned.", "2031-03-04") is None
    assert days_after("Ninety days after the fire, families are still in hotels.", "2031-03-04") is None
    assert days_after("Two days after the blast, the toll held.", None) is None


def test_the_document_day_keeps_its_evidence_and_metadata_wins() -> None:
    start = "2031-03-04"  # a Tuesday
    docs = [
        _doc("pub", "2031-03-05", "The toll rose, officials said Thursday."),
        _doc("wire", None, "The toll rose overnight, the civil defence said on Thursday."),
        _doc("count", None, "Three days after the explosion, cranes cleared the quay."),
        _doc("none", None, "The port remains closed."),
    ]
    days = document_dates(docs, start)
    assert (days["pub"].value, days["pub"].evidence) == ("2031-03-05", "published")
    assert (days["wire"].value, days["wire"].evidence) == ("2031-03-06", "report_weekday")
    assert (days["count"].value, days["count"].evidence) == ("2031-03-07", "days_after")
    assert "none" not in days


# --- happenings dated by the document's day ----------------------------------------------------------

def test_a_weekday_in_an_undated_page_resolves_against_its_inferred_day() -> None:
    # wire style: the reporting weekday dates the page, the arrests' own weekday dates them
    s = "Sixteen port employees have been detained over the blast, a military judge said on Thursday."
    doc = _doc("w", None, "Port staff held\n\n" + s + "\nThe inquiry is to report within five days.")
    claim = _claim("c1", doc, s, "arrests", "Sixteen port employees detained")
    days = document_dates([doc], "2031-03-04")
    assert [c.date for c in redate([claim], [doc], days)] == ["2031-03-06"]


def test_a_present_perfect_lead_is_dated_by_the_publication_day() -> None:
    # rights-group style lead, dated page
    s = "Security forces have killed at least 14 people in a raid on a village near Tarsk, monitors said."
    doc = _doc("r", "2031-05-02", "Raid near Tarsk\n\n" + s + "\nThe group called for an inquiry.")
    claim = _claim("c1", doc, s, "killings", "14 people killed")
    assert [c.date for c in redate([claim], [doc], document_dates([doc], None))] == ["2031-05-02"]


def test_a_present_perfect_past_the_lead_or_spanning_time_stays_undated() -> None:
    lead = "Eight employees of the mining company have been arrested as part of the inquiry into the spill."
    later = "Three managers have also been detained, prosecutors said."
    span = "Hundreds of protesters have been detained since the vote, the ministry said in a statement."
    doc = _doc("l", "2031-05-02", "Arrests at the mine\n" + lead + "\n" + later)
    assert perfect_lead(doc.text, doc.text.index(lead), lead)
    assert not perfect_lead(doc.text, doc.text.index(later), later)
    doc2 = _doc("s", "2031-05-02", span)
    assert not perfect_lead(doc2.text, 0, span)
    modal = "Police may have detained as many as 40 people at the rally, a local councillor said today."
    assert not perfect_lead(modal, 0, modal)


def test_the_lead_skips_headline_and_caption_lines() -> None:
    text = "Ferry sinks\nPhoto: Reuters\nA ferry carrying 300 passengers has capsized off the southern coast, officials said."
    start, end = lead_span(text)
    assert text[start:end].startswith("A ferry carrying")


def test_the_story_happening_is_not_dated_by_a_present_perfect_lead() -> None:
    # local paper: a quake "has struck" in a story written the next morning; its day comes from the documents
    s = "A powerful earthquake has struck the hill towns south of Varna, killing dozens of people overnight."
    doc = _doc("q", "2031-05-02", "Quake in the hills\n" + s)
    claim = _claim("c1", doc, s, "disaster", "Earthquake strikes Varna")
    assert redate([claim], [doc], document_dates([doc], None))[0].date is None


def test_an_undated_wire_story_puts_its_arrests_on_the_timeline() -> None:
    # state-media report of the disaster, dated; an undated syndicated copy tells the arrests
    d1 = _doc("a", "2031-03-04", "An explosion hit the port of Strelsau on Tuesday evening.")
    s = "Police have arrested the port's director, the prosecutor's office said on Friday."
    d2 = _doc("b", None, "Director held\n\n" + s)
    claims = [_claim("a1", d1, d1.text, "disaster", "Explosion hits Strelsau", "2031-03-04"),
              _claim("b1", d2, s, "arrests", "Director arrested")]
    entries = [(e.date, e.text) for e in build_timeline([d1, d2], claims)]
    assert ("2031-03-07", "Director arrested") in entries


def test_an_inferred_day_must_fall_in_the_month_the_metadata_gives() -> None:
    # a URL gave only the month; the lead's weekday must land in it
    inside = _doc("m", "2031-03", "The toll rose overnight, the civil defence said on Thursday.")
    outside = _doc("n", "2031-04", "The toll rose overnight, the civil defence said on Thursday.")
    days = document_dates([inside, outside], "2031-03-04")
    assert days["m"].value == "2031-03-06" and "n" not in days


def test_a_title_tells_the_news_of_its_documents_day() -> None:
    from counterpoint.events.doc_dates import is_title

    title = "Coastguard ends search for missing trawler crew"
    doc = _doc("t", "2031-11-11", title + "\n\nThe coastguard said the search, which began in April, would end on Tuesday.")
    claim = _claim("c1", doc, title, "search_halted", "Search ends")
    assert [c.date for c in redate([claim], [doc], document_dates([doc], None))] == ["2031-11-11"]
    body = "The coastguard said the search would end."
    assert not is_title(doc.text, doc.text.index("The coastguard"), doc.text.index("The coastguard") + len(body))
    assert not is_title("A long first sentence that ends as prose does.\nMore.", 0, 10)


def test_a_title_under_a_scraped_menu_is_found_by_the_url_slug() -> None:
    from dataclasses import replace

    from counterpoint.events.doc_dates import is_title, title_line

    title = "Coastguard ends search for missing trawler crew"
    text = "1. Skip to content\n2. Skip to main menu\n\n" + title + "\n\nNovember 11, 2031\n\nThe search began in April."
    url = "https://news.example.org/en/coastguard-ends-search-for-missing-trawler-crew/a-4711"
    doc = replace(_doc("t", "2031-11-11", text), url=url)
    claim = _claim("c1", doc, title, "search_halted", "Search ends")
    assert [c.date for c in redate([claim], [doc], document_dates([doc], None))] == ["2031-11-11"]
    start = text.index(title)
    assert title_line(text, url) == (start, start + len(title))
    assert is_title(text, 0, 18)  # without the URL: the first line, as before
    assert not is_title(text, 0, 18, url)
    # a slug the page does not spell in its first lines leaves the first line the title
    assert title_line(text, "https://news.example.org/2031/11/11/storm-warning-for-the-north-coast") == (0, 18)


def test_a_reworded_title_below_a_long_menu_is_found_by_the_slug_words_it_shares() -> None:
    from counterpoint.events.doc_dates import title_line

    menu = "".join(f"Menu item number {k}\n\n" for k in range(14))
    title = "Harbour police hold six over Port Ellis warehouse blaze"
    text = menu + title + "\n\nLatest update : 2031-05-02\n\nPolice said on Friday they were holding six men."
    url = "https://news.example.org/en/20310502-six-suspects-held-over-port-ellis-warehouse-blaze/"
    start = text.index(title)
    assert title_line(text, url) == (start, start + len(title))


def test_the_cause_a_title_gives_is_not_the_news_of_its_day() -> None:
    from counterpoint.events.doc_dates import title_background

    title = "Harbour police hold six over Port Ellis warehouse blaze"
    assert title_background(title, "Warehouse blaze in Port Ellis")
    assert not title_background(title, "Six held")
    assert not title_background("Over 200 held after the Port Ellis blaze", "Over 200 held")  # a count, no cause
    doc = _doc("t", "2031-05-02", title + "\n\nPolice said on Friday they were holding six men.")
    fire = _claim("c1", doc, title, "fire", "Warehouse blaze in Port Ellis")
    held = _claim("c2", doc, title, "arrests", "Six held")
    assert [c.date for c in redate([fire, held], [doc], document_dates([doc], None))] == [None, "2031-05-02"]


def test_a_title_retelling_an_earlier_dated_happening_is_not_redated() -> None:
    title = "Ferry captain arrested"
    early = _doc("e", "2031-04-19", "The captain was arrested on Saturday, prosecutors said.")
    later = _doc("l", "2031-04-29", title + "\n\nFamilies held a vigil at the harbour.")
    dated = _claim("c0", early, early.text, "arrests", "Ferry captain arrested", "2031-04-19")
    retold = _claim("c1", later, title, "arrests", "Ferry captain arrested")
    days = document_dates([early, later], None)
    assert [c.date for c in redate([dated, retold], [early, later], days)] == ["2031-04-19", None]


def test_a_caption_paragraph_is_not_the_lead() -> None:
    text = ("Bridge disaster: emergency declared\n\nMedia caption,\n\n"
            "A family that narrowly escaped the collapse of the viaduct told reporters what they saw.\n\n"
            "The prime minister has declared a 12-month state of emergency in the northern region.")
    start, end = lead_span(text)
    assert text[start:end].startswith("The prime minister")


def test_a_one_off_happening_told_in_two_leads_is_dated_by_the_earlier() -> None:
    s1 = "The prime minister has declared a state of emergency in the whole coastal region of the north."
    s2 = "A 12-month state of emergency has been declared in the port city after the collapse."
    d1 = _doc("a", "2031-08-15", "Emergency declared\n\n" + s1)
    d2 = _doc("b", "2031-08-16", "Port city mourns\n\n" + s2)
    claims = [_claim("c2", d2, s2, "state_of_emergency", "State of emergency declared in Port City"),
              _claim("c1", d1, s1, "state_of_emergency", "State of emergency declared")]
    assert [c.date for c in redate(claims, [d1, d2], document_dates([d1, d2], None))] == [None, "2031-08-15"]
