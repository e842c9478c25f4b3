"""Statement cue rules added in the fifth session, on invented sentences (our own words)."""

from __future__ import annotations

import pytest

from counterpoint.models import StatementClaim


def _stmts(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [(c.cue, c.speaker_written, c.text) for c in doc._.cp_claims
            if isinstance(c, StatementClaim) and c.mode != "own_voice"]


@pytest.mark.parametrize(("text", "cue", "speaker", "about"), [
    # a passive stance verb with its agent: the agent holds the position on the passive subject
    ("The dam project was sharply criticized by environmental groups last week.", "criticized",
     "environmental groups", "dam project"),
    ("The new curfew was condemned by the opposition party on Sunday.", "condemned", "the opposition party",
     "curfew"),
    ("Her bid for the seat has been endorsed by the teachers' union.", "endorsed", "the teachers' union", "bid"),
])
def test_passive_agent_holds(nlp, text: str, cue: str, speaker: str, about: str) -> None:
    found = _stmts(nlp, text)
    assert any(c == cue and s == speaker and about in t for c, s, t in found), found


@pytest.mark.parametrize("text", [
    # a passive deed with no position: the agent is no speaker of it
    "The bridge was destroyed by the flood on Monday night.",
    "Two officers were injured by falling debris during the clearance.",
])
def test_passive_deed_is_no_statement(nlp, text: str) -> None:
    assert not _stmts(nlp, text)


def _quotes(nlp, text: str) -> list[tuple[str | None, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [(c.speaker_name, c.text) for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode == "quote"]


@pytest.mark.parametrize(("text", "speaker", "start"), [
    # a clause closing on a colon, with no verb of saying, gives the quote to its subject
    ("“We have cut the waiting lists in half,” Governor Tomas Lind said on Monday. His rival Maria Okoye "
     "was quick to hit back: “Those numbers are invented and every nurse in the state knows it.”",
     "Maria Okoye", "Those numbers"),
    ("The mayor spoke first. Councillor Ana Petrova then put it bluntly: “This budget leaves the harbour "
     "district with nothing at all.”", "Ana Petrova", "This budget"),
    # a pronoun subject names the person before
    ("Opposition leader Samuel Adeyemi toured the flooded market. He had one message for the ministry: "
     "“Send the pumps now or answer for every shop that is lost.”", "Samuel Adeyemi", "Send the pumps"),
])
def test_colon_clause_speaker(nlp, text: str, speaker: str, start: str) -> None:
    found = _quotes(nlp, text)
    assert any(s is not None and speaker in s and t.startswith(start) for s, t in found), found


def test_continuation_stops_at_a_new_subject(nlp) -> None:
    text = ("“The clinic will stay open through the winter,” Dr. Hana Ito said. Health minister Paul Mercer "
            "disagreed in a radio interview on Tuesday and repeated his plan. “We cannot fund every rural "
            "clinic in the province.”")
    found = _quotes(nlp, text)
    assert not any(s is not None and "Ito" in s and t.startswith("We cannot") for s, t in found), found


def test_continuation_kept_without_a_new_subject(nlp) -> None:
    text = ("“The clinic will stay open through the winter,” Dr. Hana Ito said on Friday. “We have the staff "
            "and the money to do it until April.”")
    found = _quotes(nlp, text)
    assert any(s is not None and "Ito" in s and t.startswith("We have the staff") for s, t in found), found


@pytest.mark.parametrize(("text", "speaker"), [
    # a pronoun stands for a surname first written with a possessive, in camel case
    ("Rep. Dana McKenna’s housing bill died in committee on Tuesday. A day later, McKenna attacked the "
     "committee chair over the delay. “They buried it without holding a single hearing,” she said.", "McKenna"),
    # a statement as the speaker stands for the one who issued it
    ("Kestrel Mining Corp. said in a statement released on Friday that the shaft was safe. “No worker was ever "
     "asked to enter an unsafe area of the mine,” the statement continued.", "Kestrel"),
])
def test_speaker_resolution(nlp, text: str, speaker: str) -> None:
    found = _quotes(nlp, text)
    assert found and all(s is not None and speaker in s for s, _ in found), found
