"""An attack a story is about (a shooting, a bombing), in invented sentences: dated by the date
next to its noun like a disaster, headed as a short clause, one entry per story, and not the
verb of a crackdown nor a heart attack."""

from __future__ import annotations

import pytest

from counterpoint.events.timeline import build_timeline
from counterpoint.models import Document, EventClaim, Evidence


def _events(nlp, text: str, published: str = "2031-03-09") -> list[EventClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        ("Friday's attacks on two churches in Zenda left 31 people dead.", "2031-03-07", "Attack"),
        ("Police said the shooting at the Hentzau market on Friday was carried out by a lone man.",
         "2031-03-07", "open fire"),
        ("The March 6 bombing of the Strelsau railway station wounded dozens.", "2031-03-06", "Bombs explode"),
        ("Investigators are still searching for the gunmen behind the attack in Zenda on Thursday night.",
         "2031-03-06", "Attack carried out in Zenda"),
    ],
)
def test_the_attack_is_dated_by_the_date_next_to_its_noun(nlp, text: str, date: str, words: str) -> None:
    found = [c for c in _events(nlp, text) if c.event_type == "attack"]
    assert found and found[0].date == date and words in found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor died of a heart attack on Friday.",
        "Riot police attacked the protest camp on Friday.",  # a verb: one act of a crackdown
        "Officials warned on Friday of a possible attack on the capital.",
        "The minister said on Friday that the planned attack had been foiled.",
    ],
)
def test_words_that_tell_no_attack_the_story_is_about(nlp, text: str) -> None:
    assert not [c for c in _events(nlp, text) if c.event_type == "attack"]


def test_an_attack_told_on_the_day_after_by_a_later_article_keeps_its_day(nlp) -> None:
    found = [c for c in _events(nlp, "Mourners gathered on Sunday near the site of Friday's shooting.",
                                published="2031-03-10")
             if c.event_type == "attack"]
    assert found and found[0].date == "2031-03-07"


def _doc(i: str, published: str | None = None) -> Document:
    return Document(id=i, path=f"{i}.txt", status="ok", text="x", published=published)


def _ev(cid: str, doc: str, etype: str, date: str | None, text: str) -> EventClaim:
    return EventClaim(id=cid, document=doc, event_type=etype, date=date, text=text,
                      evidence=Evidence(document=doc, start=0, end=1, text="x"))


def test_one_attack_entry_on_the_day_most_documents_give() -> None:
    docs = [_doc("a", "2031-03-08"), _doc("b", "2031-03-08"), _doc("c", "2031-03-09")]
    claims = [_ev("1", "a", "attack", "2031-03-07", "Attack carried out in Zenda"),
              _ev("2", "b", "attack", "2031-03-07", "Attackers open fire in Zenda"),
              _ev("3", "c", "attack", "2031-03-08", "Attack carried out"),
              _ev("4", "c", "attack", None, "Attack carried out")]
    entries = [e for e in build_timeline(docs, claims) if e.event_type == "attack"]
    assert [(e.date, len(e.claims)) for e in entries] == [("2031-03-07", 4)]


def test_a_bombing_told_as_explosion_and_attack_is_one_entry() -> None:
    docs = [_doc("a", "2031-03-08"), _doc("b", "2031-03-08")]
    claims = [_ev("1", "a", "disaster", "2031-03-07", "Explosion hits Kuta"),
              _ev("2", "b", "attack", "2031-03-07", "Bombs explode in Kuta")]
    entries = build_timeline(docs, claims)
    assert [(e.date, e.text) for e in entries] == [("2031-03-07", "Explosion hits Kuta")]


def test_an_attack_does_not_bound_the_story_start() -> None:
    """A crackdown story's "attack on the camp" weeks after the protests began leaves them dated."""
    docs = [_doc("a", "2031-04-02")]
    claims = [_ev("1", "a", "protest_start", "2031-03-01", "Protests begin"),
              _ev("2", "a", "attack", "2031-04-01", "Attack carried out in Zenda")]
    assert [e.date for e in build_timeline(docs, claims)] == ["2031-03-01", "2031-04-01"]
