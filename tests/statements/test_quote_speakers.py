"""Who speaks a quotation: the cue that governs it, the name after it, a document's author
(sentences written for the tests)."""

from __future__ import annotations

from counterpoint.models import StatementClaim


def _quotes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [(c.speaker_name, c.cue, c.text) for c in doc._.cp_claims
            if isinstance(c, StatementClaim) and c.mode == "quote"]


def _speaker_of(found, start: str) -> str | None:
    return next((s for s, _, t in found if t.startswith(start)), None)


def test_full_stop_quote_keeps_its_own_speaker(nlp) -> None:
    # the quote ends its sentence: the subject of the next sentence's stance verb did not say it
    text = ("“We need more time to read the bill,” Marta Quill said. “Whatever the deal is, the farmers "
            "deserve a better one.” After her speech, the Valley Caucus rejected the bill by a wide margin.")
    found = _quotes(nlp, text)
    assert "Quill" in (_speaker_of(found, "Whatever the deal") or ""), found


def test_full_stop_quote_with_a_mistyped_comma_still_finds_its_speaker(nlp) -> None:
    text = "Ruth Okonjo spoke at the rally on Sunday. “The schools will open again in the spring.” Okonjo said."
    found = _quotes(nlp, text)
    assert "Okonjo" in (_speaker_of(found, "The schools will open") or ""), found


def test_the_cue_whose_clause_holds_the_quote_speaks_it(nlp) -> None:
    # the outer verb's subject issued something else; the inner verb's subject said the quoted words
    text = ("The mayor's spokesman Dan Pell issued a statement on Friday shortly after Tomas Brandt told "
            "voters that the budget was \"a betrayal of every family in this town and of its workers.\"")
    found = _quotes(nlp, text)
    assert "Brandt" in (_speaker_of(found, "a betrayal") or ""), found


def test_a_quote_said_and_reported_by_an_outlet_is_the_speakers(nlp) -> None:
    text = ("“I will not back a man who insults my family and my friends,” Lena Sorvik said at a rally in "
            "Duluth, according to the Harbor Gazette.")
    found = _quotes(nlp, text)
    assert "Sorvik" in (_speaker_of(found, "I will not back") or ""), found


def test_a_name_and_a_closing_verb_after_the_quote_speak_it(nlp) -> None:
    # "continued" is no cue of its own, but right after a quote's marks it closes one
    text = ("Senator Alan Drury spoke for an hour on Tuesday. “It still seems to me that the bill is wrong,” he "
            "said, hinting that Mayor Pia Lund had misread it. “Why can't she run her city and I'll run my "
            "campaign?” Drury continued.")
    found = _quotes(nlp, text)
    assert "Drury" in (_speaker_of(found, "Why can't she") or ""), found


def test_a_lone_capitalized_word_after_a_quote_is_no_speaker(nlp) -> None:
    text = "The banner read “Stop the new highway through the valley now” Monday said nothing more."
    found = _quotes(nlp, text)
    assert _speaker_of(found, "Stop the new highway") in (None, "The banner"), found


def test_a_document_with_its_author_in_a_phrase_speaks_for_them(nlp) -> None:
    text = ("But the lawsuit from Arland and Benmoor, where the drug is still banned, argues that Corvia has "
            "“opened a dangerous gap” in the federal rules.")
    found = [(c.speaker_name, c.cue) for c in _claims(nlp, text)]
    assert any(s is not None and "Arland" in s for s, cue in found if cue == "argues"), found


def _claims(nlp, text: str) -> list[StatementClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [c for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode != "own_voice"]


def test_a_closing_mark_opening_a_paragraph_opens_a_quote() -> None:
    from counterpoint.statements.quotes import find_quotes

    text = "Readers wrote in.\n\n”Fear. I am afraid the bridge will never be built.” ― Ana Ruiz\n“It is a scandal.” ― Tom Ellis"
    found = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert found[0].startswith("Fear. I am afraid") and found[0].endswith("built."), found


def test_a_curly_quote_inside_a_curly_quote_nests() -> None:
    from counterpoint.statements.quotes import find_quotes

    text = "“I would rather live in what he calls “hell” than live in his town,” Ana Ruiz said. “Yes.”"
    found = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert found[0] == "I would rather live in what he calls “hell” than live in his town,", found


def test_an_unclosed_inner_mark_does_not_swallow_the_quote() -> None:
    from counterpoint.statements.quotes import find_quotes

    # only one closer follows on the line: the stray opener nests nothing
    text = "“We will stay in “the town until spring,” Ana Ruiz said on Friday."
    found = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert found and found[0].endswith("until spring,"), found


def test_according_to_a_described_name_keeps_what_follows_its_comma(nlp) -> None:
    # the parser may hang the clause on the source as an apposition
    text = "According to conservative talk radio host Tim Vale, the move reeks of fear and desperation."
    found = [(c.mode, c.text) for c in _claims(nlp, text)]
    assert ("according_to", "the move reeks of fear and desperation") in found, found
