"""Statement cues the builder used to drop (#13, round 6): shares of a surveyed group, verbs in
a prepositional clause, "According to X," parsed as the root, fronted content with a trailing
cue the parse hangs under the verb, and pronoun cues inside a quotation. Invented sentences."""

from __future__ import annotations

from counterpoint.models import StatementClaim
from counterpoint.nlp import make_doc


def statements(nlp, text: str) -> list[StatementClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="r", published="2030-03-02"))
    return [c for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode != "own_voice"]


def test_share_of_respondents_speaks(nlp) -> None:
    text = "In the new survey of farmers in the valley, 41 percent said the harvest would be worse than last year."
    found = statements(nlp, text)
    assert any(s.speaker_name == "41 percent" and s.text.startswith("the harvest would be worse") for s in found)


def test_verb_after_by_takes_the_main_subject(nlp) -> None:
    text = "The harbour master opened the hearing by saying the pier had been closed for repairs since May."
    found = statements(nlp, text)
    s = next(s for s in found if s.cue == "saying")
    assert s.speaker_name == "The harbour master"
    assert "the pier had been closed" in s.text


def test_for_saying_is_not_the_subjects(nlp) -> None:
    text = "Party leaders criticized the mayor for saying the budget would be cut by half next year."
    assert not any(s.cue == "saying" and s.speaker_name == "Party leaders" for s in statements(nlp, text))


def test_according_to_keeps_the_clause_after_it(nlp) -> None:
    for text in ("According to a senior aide, the talks will resume in May after the holidays.",
                 "According to the regional health office, the clinic ran out of vaccines on Tuesday."):
        [s] = [s for s in statements(nlp, text) if s.mode == "according_to"]
        assert len(s.text.split()) >= 6 and not s.text.lower().startswith("according")


def test_pronoun_cue_inside_a_quote_is_part_of_the_quote(nlp) -> None:
    text = ("“When I met the governor last spring, he said, ‘the new road will be paid for by the state,’ and "
            "we never heard of it again,” said Rosa Imbert, a council member in the district.")
    found = statements(nlp, text)
    assert any(s.mode == "quote" and s.speaker_name == "Rosa Imbert" for s in found)
    # the "he said" inside her quotation is her story, not a statement of its own
    assert not any(s.speaker_written == "he" for s in found)


def test_stance_verb_inside_a_quote_is_the_speakers_own_account(nlp) -> None:
    text = ("“Our state will join the other border states in opposing this reckless ban on Monday,” "
            "Governor Tomas Reyes said at a news conference in the capital.")
    found = statements(nlp, text)
    assert any(s.mode == "quote" and s.speaker_name.endswith("Tomas Reyes") for s in found)
    assert not any(s.cue == "opposing" for s in found)


def test_pronoun_the_attribution_module_left_open_is_resolved(nlp) -> None:
    text = ("In a series of posts on Sunday morning, President Miller attacked the judge. "
            "“This so-called judge has taken law enforcement away from our country!” he tweeted.")
    found = statements(nlp, text)
    assert any(s.mode == "quote" and s.cue == "tweeted" and s.speaker_name.endswith("Miller") for s in found)


def test_saying_colon_takes_the_paragraph_below(nlp) -> None:
    text = ("Senator Ruth Alder faced a backlash on Wednesday after her remarks. And Governor Miller himself "
            "lashed out on Twitter, saying:\n\nSenator Alder has embarrassed all of us by making very dumb "
            "statements about me. She should resign!\n\nThe senator had started the storm on Saturday.")
    s = next(s for s in statements(nlp, text) if s.cue == "saying")
    assert s.text.startswith("Senator Alder has embarrassed") and s.text.endswith("resign!")


def test_quoted_paragraph_after_a_cue_with_nothing_said(nlp) -> None:
    text = ("The former president had invited him earlier this year. Governor Miller noted so helpfully in a "
            "post on Wednesday morning.\n\n“Former President Ortega, who is railing against my visit today, "
            "invited me many times.”\n\nOrtega answered within the hour.")
    [s] = [s for s in statements(nlp, text) if s.mode == "quote"]
    assert s.speaker_name.endswith("Miller") and s.text.startswith("Former President Ortega")


def test_short_whole_sentence_quote_continues_the_quotation(nlp) -> None:
    text = ("“Lee says he wants to run the city like he runs his company,” the mayor said on Wednesday. "
            "“God help us.”\n\nLee did not respond. The “reform” passed on Friday.")
    quotes = [s for s in statements(nlp, text) if s.mode == "quote"]
    assert any(s.text == "God help us." and s.speaker_name == "the mayor" for s in quotes)
    assert not any("reform" in s.text for s in quotes)  # a scare-quoted word is no utterance


def test_curly_quote_closed_by_a_straight_mark() -> None:
    from counterpoint.statements.quotes import find_quotes

    text = ('“I find the new rule troubling for every family in the state," Reyes said on Monday. '
            '"We will join the other states in opposing it."')
    qs = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in qs] == [
        "I find the new rule troubling for every family in the state,", "We will join the other states in opposing it."]
    # a straight mark right after a space opens nothing inside a curly quote
    inner = '“He called it a "deal" and left the room at once,” she said.'
    assert [inner[q.inner_start : q.inner_end] for q in find_quotes(inner)] == ['He called it a "deal" and left the room at once,']


def test_mixed_marks_keep_the_speaker(nlp) -> None:
    text = ('Governor Tomas Reyes announced a travel ban on Monday. “I find the new rule troubling for every '
            'family in the state," Reyes said in a statement. "We will join the other states in opposing it."')
    quotes = [s for s in statements(nlp, text) if s.mode == "quote"]
    assert len(quotes) == 2 and all(s.speaker_name.endswith("Reyes") for s in quotes)


def test_the_president_is_the_titled_name_whatever_its_tag(nlp) -> None:
    # the tagger often takes the name after "President" for a place; the title makes it a person
    text = ("President Obama endorsed the senator on Thursday in a video message. "
            "“I know how hard this job can be, and she will be good at it,” the president said in the video.")
    [s] = [s for s in statements(nlp, text) if s.mode == "quote"]
    assert s.speaker_name == "Obama"
