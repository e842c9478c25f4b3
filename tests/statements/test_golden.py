"""Golden statements on invented sentences, one pattern each (none copied from any corpus)."""

from __future__ import annotations

import pytest

from counterpoint.models import StatementClaim
from counterpoint.nlp import make_doc
from counterpoint.statements.framing import labels
from counterpoint.statements.propositions import stance_of
from counterpoint.statements.quotes import find_quotes


def statements(nlp, text: str) -> list[StatementClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="g", published="2030-03-02"))
    return [c for c in doc._.cp_claims if isinstance(c, StatementClaim)]


def only(nlp, text: str, mode: str | None = None) -> list[StatementClaim]:
    return [s for s in statements(nlp, text) if mode is None or s.mode == mode]


def test_direct_quote_with_trailing_cue(nlp) -> None:
    text = "“The bridge will reopen to traffic before the end of the month,” the mayor of Velmora said."
    [s] = only(nlp, text, "quote")
    assert s.speaker_name == "the mayor of Velmora"
    assert s.speaker_role == "mayor"
    assert s.cue == "said"
    assert text[s.content["start"] : s.content["end"]] == "The bridge will reopen to traffic before the end of the month,"
    assert s.origin_class == "officials"


def test_multi_sentence_quote_keeps_its_speaker(nlp) -> None:
    text = ("“We counted every ballot twice and found no errors,” said Mara Olsen, the election commissioner. "
            "“The result stands and the count is closed for good.”")
    quotes = only(nlp, text, "quote")
    assert len(quotes) == 2
    assert {q.speaker_name for q in quotes} == {"Mara Olsen"}
    assert quotes[0].speaker_role == "commissioner" or quotes[0].speaker_role is None


def test_block_quote_closed_by_dash_line(nlp) -> None:
    text = ("The harbour workers published an appeal on their page.\n\n"
            "“Stay home tomorrow and keep every crane in the harbour still until our wages are paid,”\n\n"
            "– writes the dockers' union Harbour Voice.\n")
    [s] = only(nlp, text, "quote")
    assert s.speaker_name == "the dockers' union Harbour Voice"
    assert s.cue.lower() == "writes"
    assert "keep every crane" in s.text


def test_reported_speech_that_clause(nlp) -> None:
    text = "The transport minister said that the new rail line would carry its first passengers in May."
    [s] = only(nlp, text, "reported")
    assert s.speaker_name == "The transport minister"
    assert s.speaker_role == "minister"
    assert "first passengers in May" in s.text
    assert s.cue == "said"


def test_according_to(nlp) -> None:
    text = "According to the regional fire service, the blaze destroyed twelve warehouses overnight."
    [s] = only(nlp, text, "according_to")
    assert s.speaker_name == "the regional fire service"
    assert s.cue == "According to"
    assert s.text.startswith("the blaze destroyed twelve warehouses")


def test_as_per(nlp) -> None:
    text = "As per the district collector, the bridge had not been inspected for six years."
    [s] = only(nlp, text, "according_to")
    assert s.speaker_name == "the district collector"
    assert s.cue == "As per"
    assert s.text.startswith("the bridge had not been inspected")


def test_organizational_statement(nlp) -> None:
    text = "A statement from the Ministry of Water said the dam had not been damaged by the tremor."
    found = only(nlp, text, "reported")
    assert any(s.speaker_name == "the Ministry of Water" and "dam had not been damaged" in s.text for s in found)
    assert all(s.origin_class == "officials" for s in found)


def test_quote_inside_quote_keeps_inner_speaker(nlp) -> None:
    text = ("“The captain told us, ‘nobody leaves the ship before the last passenger is safe on land,’ "
            "and we believed him,” said Ilya Brandt, a sailor.")
    found = statements(nlp, text)
    outer = [s for s in found if s.mode == "quote"]
    assert outer and outer[0].speaker_name == "Ilya Brandt"
    inner = [s for s in found if s.speaker_name == "The captain"]
    assert inner, "the cue inside the quote keeps the captain as the inner speaker"


def test_accused_of(nlp) -> None:
    text = "The opposition leader Daria Koval accused the ruling party of rigging the regional vote."
    [s] = only(nlp, text, "reported")
    assert s.cue == "accused"
    assert s.speaker_role == "opposition leader"
    assert s.origin_class == "opposition"
    assert "the ruling party of rigging the regional vote" in s.text


def test_denied(nlp) -> None:
    text = "The army denied that its soldiers had fired on the crowd near the station."
    [s] = only(nlp, text, "reported")
    assert s.cue == "denied"
    assert "its soldiers had fired on the crowd" in s.text


def test_without_providing_evidence_is_noted(nlp) -> None:
    text = ("The governor claimed that hired agitators from a neighbouring country started the fires, "
            "without providing evidence.")
    [s] = only(nlp, text, "reported")
    assert stance_of(s) == "notes_no_evidence"


def test_own_voice_claim_and_plain_narration(nlp) -> None:
    found = statements(nlp, "The riots were organized by foreign agents who had trained in secret camps.")
    assert [s.mode for s in found] == ["own_voice"]
    assert stance_of(found[0]) == "asserts"
    assert statements(nlp, "The market opened at nine and closed early because of the rain.") == []


def test_scare_quotes_are_labels_not_statements(nlp) -> None:
    text = "The “peaceful protesters” carried iron bars and petrol bombs through the square."
    assert only(nlp, text, "quote") == []
    own, quoted = labels(text)
    assert quoted["protesters"]["peaceful protesters"] == 1
    assert "protesters" not in own
    [s] = statements(nlp, text) or [None]
    if s is not None:  # an own-voice claim that keeps its distance from its own label
        assert stance_of(s) == "disputes"


def test_so_called_is_distance() -> None:
    own, quoted = labels("Soldiers fired on the so-called rebels while the demonstrators fled.")
    assert quoted["protesters"] == {"rebels": 1}
    assert own["protesters"] == {"demonstrators": 1}


@pytest.mark.parametrize("text, n", [
    ("He said “we will rebuild every house” and left.", 1),
    ("Kazakhstan’s capital and the ministry’s office.", 0),  # apostrophes, not quotes
    ("“First paragraph of a long quote\n\n“and its second paragraph,” she said.", 1),
])
def test_quote_finder(text: str, n: int) -> None:
    assert len(find_quotes(text)) == n


def test_colon_introduces_a_quote(nlp) -> None:
    text = "The head of the port authority: “No ship will leave the harbour until the storm has passed.”"
    [s] = only(nlp, text, "quote")
    assert s.speaker_name == "The head of the port authority"
    assert s.cue == ":"


def test_pronoun_speaker_of_a_quote_is_named_before_it(nlp) -> None:
    text = ("Anna Berg spoke to reporters on Friday. “Nobody should blame Peter Holm for the delay, "
            "the contractors were late,” she said.")
    [s] = only(nlp, text, "quote")
    assert s.speaker_name == "Anna Berg"
    assert s.speaker_written == "she"


def test_quote_goes_to_the_cue_next_to_it(nlp) -> None:
    text = ("The spokesman Tom Reyes said the talks had stalled. “Where is the money for the school?” "
            "Gov. Lena Ortiz asked. “We were promised it a year ago and nothing has come.”")
    quotes = only(nlp, text, "quote")
    assert quotes and all(q.speaker_name == "Lena Ortiz" or q.speaker_name == "Gov. Lena Ortiz" for q in quotes)


def test_quote_relayed_by_unnamed_media_reports_makes_no_speaker(nlp) -> None:
    # "media reports" is a relay with no origin: no statement may invent a speaker for it
    text = "“The dam is safe,” media reports said on Friday, as the river kept rising in Velmora."
    assert all(s.speaker_name != "" for s in statements(nlp, text))


def test_stance_verb_is_a_statement(nlp) -> None:
    text = "The port workers' union called the new shift rota a danger to every crew on the docks."
    [s] = only(nlp, text, "reported")
    assert s.cue == "called"
    assert s.speaker_name == "The port workers' union"
    assert "a danger to every crew" in s.text


def test_call_without_complement_is_no_statement(nlp) -> None:
    text = "The harbour master called his deputy late on Sunday evening from the pier."
    assert not [s for s in statements(nlp, text) if s.cue == "called"]


def test_first_person_hedge_inside_quote_is_part_of_the_quote(nlp) -> None:
    text = "“The river will crest tonight, and I think the levee at Orren will hold,” said Pia Lund, the flood warden."
    found = statements(nlp, text)
    assert [s.cue for s in found] == ["said"]
    assert found[0].speaker_name == "Pia Lund"


def test_quote_signed_by_a_dash_on_its_line(nlp) -> None:
    text = ("Readers wrote in about the closure of the ferry line.\n"
            "“Nobody asked the islanders before the last boat was sold off to the mainland firm.” ― Tove Aalto\n"
            "“We will keep rowing across ourselves if nobody else will do it for us.” ― Ben Sørlie.\n")
    found = only(nlp, text, "quote")
    assert [(s.speaker_name, s.cue) for s in found] == [("Tove Aalto", "―"), ("Ben Sørlie", "―")]


def test_transcript_speaker_line(nlp) -> None:
    text = ("The interview went on for an hour.\n\n"
            "HOST: Will the council approve the new budget before the summer break?\n\n"
            "MARTINEZ: The council will vote on it in June and I expect it to pass.\n")
    found = [s for s in statements(nlp, text) if s.cue == ":"]
    assert {s.speaker_name for s in found} == {"HOST", "MARTINEZ"}
    assert any(s.text.startswith("The council will vote on it in June") for s in found)


def test_speaking_to_reporters_is_no_statement(nlp) -> None:
    text = "The governor spoke to reporters outside the flooded station for ten minutes."
    assert not statements(nlp, text)


def test_pronoun_speaker_is_the_salient_subject(nlp) -> None:
    text = ("Mayor Tomas Weller attacked the plan drawn up by Governor Ilse Brandt on Monday.\n\n"
            "“This scheme will empty the valley of every young family within ten years,” he said.")
    [s] = only(nlp, text, "quote")
    assert s.speaker_name == "Tomas Weller"


def test_pronoun_speaker_skips_a_title_of_the_other_gender(nlp) -> None:
    text = ("Anna Petrova met Mr. Karel Dvorak at the ministry on Tuesday.\n\n"
            "“We agreed on nothing except the date of the next meeting in the spring,” she said.")
    [s] = only(nlp, text, "quote")
    assert s.speaker_name == "Anna Petrova"


def test_a_role_description_without_a_titled_antecedent_names_the_protagonist(nlp) -> None:
    text = ("Greta Marlow toured the dam on Monday. Marlow met engineers at the site. Later Marlow spoke "
            "to farmers about the water. Her rival Piet Dorn stayed home. “We will rebuild every channel "
            "in the valley before spring,” the nominee said.")
    [s] = [s for s in only(nlp, text, "quote") if s.cue == "said"]
    assert s.speaker_name is not None and s.speaker_name.endswith("Marlow")
    assert s.speaker_written == "the nominee"


def test_a_pronoun_speaker_prefers_the_subject_of_a_verb_of_saying(nlp) -> None:
    """The speaker named as the subject of "criticized" in a relative clause outranks a nearer
    subject of a plain clause."""
    text = ("The debate ended late, after a speech in which Tomas Brandt criticized the council but argued "
            "that Ilse Varga was a capable planner. “Nobody in this town trusts the budget office,” he said.")
    [s] = [s for s in only(nlp, text, "quote") if s.cue == "said"]
    assert s.speaker_name == "Tomas Brandt"


def test_a_stance_verb_keeps_a_short_target_as_content(nlp) -> None:
    text = "On Tuesday the harbour union attacked Mayor Lind in a long interview."
    [s] = [s for s in statements(nlp, text) if s.cue == "attacked"]
    assert s.speaker_written == "the harbour union"
    assert "Lind" in s.text
