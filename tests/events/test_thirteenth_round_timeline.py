"""The timeline on real coverage (issue 16, thirteenth session), in invented sentences: a lead's
dateline is no subject, a named storm is a trigger dated by its verb, a date on a coordinated verb
dates the trigger's happening too (after its own), and one unnamed person held is an arrest."""

from __future__ import annotations

import pytest

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _events(nlp, text: str, published: str = "2031-03-14") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim)]


def _of(nlp, text: str, etype: str) -> list[tuple[str | None, str]]:
    return [(c.date, c.text) for c in _events(nlp, text) if c.event_type == etype]


@pytest.mark.parametrize("dateline", [
    "STRELSAU, Ruritania (AP) — ",
    "Strelsau, Ruritania: ",
    "STRELSAU, March 14 (Reuters) - ",
])
def test_a_dateline_is_no_subject(nlp, dateline: str) -> None:
    # 2031-03-14 is a Friday: "on Friday" is the publication day
    text = dateline + "A train carrying the bodies of the victims arrived in the capital on Friday."
    assert _of(nlp, text, "bodies_moved") == [("2031-03-14", "Bodies arrive")]


@pytest.mark.parametrize("sentence", [
    "Cyclone Ondine hit the southern coast on Wednesday.",
    "Hurricane Ondine slammed into the island on Wednesday.",
    "Typhoon Ondine made landfall in the province on Wednesday.",
])
def test_a_named_storm_is_dated_by_its_verb(nlp, sentence: str) -> None:
    assert [d for d, _ in _of(nlp, sentence, "disaster")] == ["2031-03-12"]


def test_a_storm_named_in_passing_is_no_happening(nlp) -> None:
    assert _of(nlp, "The council named the new bridge after Hurricane Ondine.", "disaster") == []


def test_a_date_on_a_coordinated_verb_dates_the_killing(nlp) -> None:
    text = "Medics said three marchers were killed and dozens injured by police fire at a weekly rally on Tuesday."
    assert _of(nlp, text, "killings") == [("2031-03-11", "Three marchers killed")]


def test_the_killings_own_date_comes_before_a_coordinated_one(nlp) -> None:
    text = "Two guards were killed by soldiers in January and the army detained 30 people on Friday."
    assert [d for d, _ in _of(nlp, text, "killings")] == ["2031-01"]


@pytest.mark.parametrize(("sentence", "headline"), [
    ("Police arrested a man in the port town on Tuesday.", "Man arrested"),
    ("The arrest of the woman took place on Tuesday in a village near the border.", "Woman arrested"),
])
def test_one_unnamed_person_held_is_an_arrest(nlp, sentence: str, headline: str) -> None:
    assert _of(nlp, sentence, "arrests") == [("2031-03-11", headline)]


def test_one_person_killed_is_no_arrest(nlp) -> None:
    assert _of(nlp, "A man was killed in the port town on Tuesday.", "arrests") == []


@pytest.mark.parametrize(("sentence", "headline"), [
    ("Cyclone Ondine made landfall in Zenda on Wednesday, the agency said.", "Cyclone makes landfall in Zenda"),
    ("Typhoon Ondine hit Zenda on Wednesday.", "Typhoon hits Zenda"),
    ("Parts of the coast were battered by the cyclone on Wednesday.", "Cyclone strikes"),
])
def test_a_storm_headline_calls_it_what_the_text_does(nlp, sentence: str, headline: str) -> None:
    assert _of(nlp, sentence, "disaster") == [("2031-03-12", headline)]


def test_a_toll_that_hit_a_number_is_no_storm_striking(nlp) -> None:
    assert _of(nlp, "The official death toll from Cyclone Ondine has hit 139 in Zenda.", "disaster") == []


def test_rounds_of_ammunition_are_no_arrests(nlp) -> None:
    assert _of(nlp, "On March 2, the gunman bought 375 rounds of ammunition, police said.", "arrests") == []
    assert _of(nlp, "Police rounded up 50 marchers on Tuesday.", "arrests") == [("2031-03-11", "50 marchers detained")]


def test_one_named_suspect_is_named_in_the_singular(nlp) -> None:
    assert _of(nlp, "Police named Ivan Ruritz as the suspect on Tuesday.", "investigation") == [
        ("2031-03-11", "Ivan Ruritz named as suspect")]


@pytest.mark.parametrize(("sentence", "headline"), [
    ("A tsunami struck the coast on Wednesday evening.", "Tsunami strikes"),
    ("Flash floods swept through the valley on Wednesday, killing 30 people.", "Flood strikes"),
    ("The landslide on Wednesday buried 20 homes in the village.", "Landslide strikes"),
])
def test_a_sudden_natural_hazard_is_the_disaster(nlp, sentence: str, headline: str) -> None:
    assert _of(nlp, sentence, "disaster") == [("2031-03-12", headline)]


def test_floods_spoken_of_are_no_happening(nlp) -> None:
    assert _of(nlp, "Residents fear flooding in the coming weeks.", "disaster") == []


def test_a_later_count_does_not_fold_into_an_earlier_round_up() -> None:
    from counterpoint.events.timeline import build_timeline
    from counterpoint.models import Document, Evidence

    def claim(cid: str, doc: str, date: str | None, text: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type="arrests", date=date, text=text,
                          evidence=Evidence(document=doc, start=0, end=1, text="x"))

    docs = [Document(id=i, path=f"{i}.txt", status="ok", text="x", published=p)
            for i, p in (("a", "2031-03-02"), ("b", "2031-03-04"))]
    claims = [claim("a1", "a", "2031-03-01", "Two suspects detained"), claim("a2", "a", None, "Suspects arrested"),
              claim("b1", "b", None, "17 suspects detained")]
    entries = [(e.date, e.text) for e in build_timeline(docs, claims)]
    assert ("2031-03-01", "Two suspects detained") in entries
    assert [d for d, t in entries if t == "17 suspects detained"] != ["2031-03-01"]
    assert len(entries) == 2


@pytest.mark.parametrize("sentence", [
    "Crowds gathered on the beach for the annual festival to mark the town's anniversary on Sunday.",
    "Families came to celebrate the 40th anniversary of city status on Sunday.",
])
def test_an_anniversary_of_something_else_is_none_of_the_story(nlp, sentence: str) -> None:
    assert _of(nlp, sentence, "anniversary") == []


def test_the_anniversary_of_the_happening_is_kept(nlp) -> None:
    assert _of(nlp, "Survivors gathered on Sunday to mark the first anniversary of the earthquake.",
               "anniversary") == [("2031-03-09", "First anniversary marked")]


@pytest.mark.parametrize("sentence", [
    "The emergency phase has been extended until March 26 to channel more aid to the valley.",
    "The head of the emergency department announced the new toll at a press conference on Friday.",
])
def test_an_emergency_service_or_phase_is_no_state_of_emergency(nlp, sentence: str) -> None:
    assert _of(nlp, sentence, "state_of_emergency") == []


def test_a_participle_clause_is_dated_by_its_main_verb(nlp) -> None:
    text = "STRELSAU -- A gunman opened fire Tuesday at a school in the capital, killing at least 19 children."
    assert _of(nlp, text, "killings") == [("2031-03-11", "At least 19 children killed")]


def test_the_happening_is_headed_by_the_claims_that_date_it() -> None:
    from counterpoint.events.timeline import build_timeline
    from counterpoint.models import Document, Evidence

    def claim(cid: str, doc: str, date: str | None, text: str) -> EventClaim:
        return EventClaim(id=cid, document=doc, event_type="disaster", date=date, text=text,
                          evidence=Evidence(document=doc, start=0, end=1, text="x"))

    docs = [Document(id=i, path=f"{i}.txt", status="ok", text="x\n" * 3, published="2031-03-16") for i in "abc"]
    claims = [claim("a1", "a", "2031-03-14", "Cyclone makes landfall in Zenda"),
              claim("b1", "b", None, "Cyclone strikes"), claim("b2", "b", None, "Cyclone strikes"),
              claim("c1", "c", None, "Cyclone strikes")]
    [entry] = [e for e in build_timeline(docs, claims) if e.event_type == "disaster"]
    assert (entry.date, entry.text, len(entry.claims)) == ("2031-03-14", "Cyclone makes landfall in Zenda", 4)


def test_a_relative_clause_keeps_the_noun_it_hangs_on_as_subject(nlp) -> None:
    text = ("The strikes began after the price of diesel fuel, which most buses in the country of 8 million "
            "people run on, jumped at the start of the year.")
    assert [t for _, t in _of(nlp, text, "price_change")] == ["Prices rise"]
