"""Who speaks a quotation when the text names them around it: a participle after a clause that
only describes a noun, a continuation past the speaker's own description, a role named in
apposition, a quote run on into the next paragraph, a quote after a reported sentence, and a
description that is news about someone already named (sentences written for the tests)."""

from __future__ import annotations

from counterpoint.models import StatementClaim


def _claims(nlp, text: str) -> list[StatementClaim]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [c for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode != "own_voice"]


def _speaker_of(nlp, text: str, start: str) -> str | None:
    """The speaker of the quote or report whose content starts with `start`."""
    return next((c.speaker_name for c in _claims(nlp, text) if c.text.startswith(start)), None)


def test_a_participle_after_a_relative_clause_belongs_to_the_main_subject(nlp) -> None:
    # the parse hangs "saying" on "have drawn", whose subject only stands for the remarks
    text = ("At a briefing on Monday, Orlov offered more sharply worded remarks that have drawn protests, "
            "saying, \"A debt is a debt. I don't care which council signed it.\"")
    speaker = _speaker_of(nlp, text, "A debt is a debt")
    assert speaker is not None and "Orlov" in speaker, _claims(nlp, text)


def test_a_described_statement_keeps_its_participle() -> None:
    from counterpoint.text.attribution import participle_host

    class Tok:  # the few token attributes `participle_host` reads
        def __init__(self, i, text, dep, tag="NN", lemma="", pos="NOUN", head=None):
            self.i, self.text, self.dep_, self.tag_, self.pos_ = i, text, dep, tag, pos
            self.lemma_ = lemma or text.lower()
            self.head = head if head is not None else self
            self.doc = None

    # "The board issued a notice posted on Friday, saying …": the notice says it
    issued = Tok(2, "issued", "ROOT", "VBD", pos="VERB")
    notice = Tok(4, "statement", "dobj", head=issued)
    posted = Tok(5, "posted", "acl", "VBN", pos="VERB", head=notice)
    saying = Tok(9, "saying", "advcl", "VBG", pos="VERB", head=posted)
    saying.doc = {8: Tok(8, ",", "punct")}
    assert participle_host(saying) is posted  # type: ignore[arg-type]


def test_a_continuation_runs_past_the_speakers_own_description(nlp) -> None:
    # "Democrat of Oregon" describes the speaker: it names no one else who could have spoken
    text = ("“Nobody ever promised that a stalemate would end in their favor,” said Representative Carla Mendes, "
            "Democrat of Oregon, in an interview on public radio. “I will not vote for it. I do not think "
            "we should be pressured into it.”")
    speaker = _speaker_of(nlp, text, "I will not vote for it")
    assert speaker is not None and "Mendes" in speaker, _claims(nlp, text)


def test_a_role_with_its_holder_in_apposition_is_the_holder(nlp) -> None:
    text = ("\"The figures in that advertisement are simply invented,\" Governor Pell's deputy campaign manager, "
            "Hal Brenner, said in an email to reporters.")
    speaker = _speaker_of(nlp, text, "The figures in that advertisement")
    assert speaker is not None and "Brenner" in speaker and "manager" not in speaker, _claims(nlp, text)


def test_a_plural_role_is_not_its_first_named_member(nlp) -> None:
    from counterpoint.models import Source
    from counterpoint.statements.speakers import resolve_description
    from counterpoint.text.attribution import Attribution

    text = "Three state senators, Ines Varga, Tomas Lind and Ada Rook, wrote to the governor on Monday."
    doc = nlp(text)
    written = "Three state senators, Ines Varga, Tomas Lind and Ada Rook"
    src = Source(name=written, role="origin", start=0, end=len(written))
    cue = text.index("wrote")
    a = Attribution(cue_start=cue, cue_end=cue + 5, cue_index=doc.char_span(cue, cue + 5)[0].i, written=src,
                    chain=(src,), depth=0)
    resolved = resolve_description(doc, a, None, [])
    assert resolved.chain and resolved.chain[0].name != "Ines Varga", resolved.chain


def test_a_quote_not_reopened_in_its_next_paragraph_runs_on_to_its_close() -> None:
    from counterpoint.statements.quotes import find_quotes

    text = ("She left the court smiling. \"The mill is a big employer and nobody doubts it.\n\n"
            "But it is not too big to answer to a jury. If you break the rules, you pay.\" The case resumes in June.")
    found = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert len(found) == 1 and found[0].startswith("The mill") and found[0].endswith("you pay."), found


def test_a_paragraph_that_opens_its_own_quote_ends_the_open_one() -> None:
    from counterpoint.statements.quotes import find_quotes

    # (a paragraph that starts with the quote's own mark reopens it: the usual convention)
    text = ("Pell spoke first. \"The levy was a mistake from the start\n\n"
            "Ruiz answered on Tuesday: \"We will repeal it in the spring session.\"")
    found = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert not any("\n" in f for f in found), found


def test_a_quote_after_a_reported_sentence_is_that_speakers(nlp) -> None:
    text = ("Lena Ortiz walked out of the hearing on Monday, saying she felt no bitterness toward the board. "
            "\"The board may be powerful and nobody doubts it. But it is not above the law of this state.\"")
    speaker = _speaker_of(nlp, text, "The board may be powerful")
    assert speaker is not None and "Ortiz" in speaker, _claims(nlp, text)


def test_a_description_first_written_for_a_named_subject_is_that_person(nlp) -> None:
    text = ("Marta Quill, a longtime critic of the reservoir plan, said in a statement on Tuesday that she was "
            "dismayed by the vote. The former Oregon governor said the plan's backers had \"ignored every "
            "warning the farmers of the valley gave them.\"")
    speaker = _speaker_of(nlp, text, "ignored every warning")
    assert speaker is not None and "Quill" in speaker, _claims(nlp, text)


def test_a_role_brought_in_unnamed_stays_unnamed(nlp) -> None:
    # "the host" was introduced as someone without a name: it is not Senator Holt
    text = ("A radio host asked Senator Ada Holt about the levy on Friday. Holt walked away from the microphone. "
            "\"We only wanted an answer to one simple question about the levy,\" the host said.")
    speaker = _speaker_of(nlp, text, "We only wanted an answer")
    assert speaker is None or "Holt" not in speaker, _claims(nlp, text)


def test_a_quote_split_by_its_attribution_is_one_speakers(nlp) -> None:
    # the parse hangs the second half on the verb; the first half is the same person's
    text = ("“Our aim is to keep any cuts to pensions small,” Dora Velt, the union's policy director, said in a "
            "telephone interview, “but we also want the fund to stay solvent.”")
    speaker = _speaker_of(nlp, text, "Our aim is to keep")
    assert speaker is not None and "Velt" in speaker, _claims(nlp, text)


def test_a_short_quote_before_a_described_name_is_an_utterance(nlp) -> None:
    text = ("\"Democrats delivered,\" Oregon GOP Rep. Ivo Marsh, chairman of the House Budget Committee, said on "
            "Sunday. \"The question is whether the council will do the same for its own mayor.\"")
    speaker = _speaker_of(nlp, text, "Democrats delivered")
    assert speaker is not None and "Marsh" in speaker, _claims(nlp, text)


def test_the_one_quoted_as_saying_speaks(nlp) -> None:
    text = ("In 2009 Ms. Arvid was quoted in the Valley Post as saying, “The river is rising every year and we "
            "must act.”")
    speaker = _speaker_of(nlp, text, "The river is rising")
    assert speaker is not None and "Arvid" in speaker, _claims(nlp, text)


def test_prepared_remarks_are_the_speakers(nlp) -> None:
    text = ("“This would be a priority even in a year of peace and plenty, though this year is neither,” "
            "Ms. Okafor is expected to say.")
    speaker = _speaker_of(nlp, text, "This would be a priority")
    assert speaker is not None and "Okafor" in speaker, _claims(nlp, text)


def test_a_name_before_its_relative_clause_speaks(nlp) -> None:
    # the opening question makes the parse take the name for part of its clause
    text = ("Asked in the interview how serious his bid for governor is, Varga, who would have to sell the "
            "family's three farms in order to run, said, \"I take every race seriously, but never like this one.\"")
    speaker = _speaker_of(nlp, text, "I take every race")
    assert speaker is not None and "Varga" in speaker, _claims(nlp, text)


def test_a_quote_beside_what_its_speaker_cites_is_the_speakers(nlp) -> None:
    text = ("\"I believe we can still carry this district,\" Ostrander said, citing a \"remarkable wave of "
            "support\" from small donors even as party leaders keep their distance.")
    speaker = _speaker_of(nlp, text, "I believe we can still carry")
    assert speaker is not None and "Ostrander" in speaker, _claims(nlp, text)


def test_a_document_brought_in_by_its_sender_speaks_for_them(nlp) -> None:
    text = ("Ilona Brandt, chief executive of Northway Rail, sent the governor a letter citing the region's "
            "\"hard-won recovery\" and saying, \"There is real worry among employers that this bill would undo "
            "everything the region has rebuilt.\"")
    speaker = _speaker_of(nlp, text, "There is real worry")
    assert speaker is not None and "Brandt" in speaker, _claims(nlp, text)


def test_an_open_straight_quote_does_not_run_into_a_paragraph_opening_a_curly_one() -> None:
    from counterpoint.statements.quotes import find_quotes

    text = ("\"Nadia found the whole thing absurd. She was tired, sure. But not unwell.\n\n"
            "“It never crossed my mind that I was unwell,” Nadia said. \"Never once.\"")
    found = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert not any("\n" in f for f in found), found
