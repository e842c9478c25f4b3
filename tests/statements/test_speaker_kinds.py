"""Who speaks, by the kinds of speaker news writes after naming someone once: a pronoun, a role
alone, a generic body noun (sentences written for the tests)."""

from __future__ import annotations

import pytest

from counterpoint.models import StatementClaim


def _speaker(nlp, text: str, start: str) -> str | None:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    found = [c for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode != "own_voice"
             and c.text.startswith(start)]
    assert found, [c.text for c in doc._.cp_claims if isinstance(c, StatementClaim)]
    return found[0].speaker_name


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # a courtesy title marks the woman introduced just before; the girl named paragraphs back, as
    # the subject of her own line, is not whom "she" stands for
    ("Ava Lind watched from the back of the hall.\n\n“No,” Ava Lind said, and the crowd laughed.\n\n"
     "Several columnists wrote about the evening, and one headline about it went viral on Monday, shared by "
     "thousands of readers who had never heard of the event before and who argued about it for days.\n\n"
     "The sharpest words came from Ms. Clara Voss, a former campaign aide known for posts with an edge.\n\n"
     "“They should show a little respect for the office they hold,” she wrote on Facebook.",
     "They should show", "Voss"),
    # the article's protagonist, named just before as an object, over the host named a paragraph back
    ("Governor Sam Ortiz repeated the claim on Monday. Ortiz has made it for weeks. Ortiz says the "
     "records were forged.\n\nThe host of the morning show, Linda Park, asked Ortiz, “You have seen all of "
     "this yourself, with your own eyes, and you are sure of it?” His answer: “I have people who have been "
     "studying it for a long time, and they cannot believe what they are finding out there.”\n\n"
     "The answer drew a follow-up from the host about the source of Ortiz's claim. He signaled that he had it, saying, "
     "“My people have seen the documents with their own eyes.”",
     "My people have seen", "Ortiz"),
    # the same pronoun as a speaker just before, with no name that fits in between
    ("The sharpest words came from Ms. Clara Voss, a former campaign aide.\n\n“They should show a little respect "
     "for the office,” she wrote above a photo of Ana and Mia Marsh.\n\nShe went on to say that their father “does not respect "
     "the voters very much, or the country for that matter.”",
     "does not respect", "Voss"),
])
def test_pronoun_speakers(nlp, text: str, start: str, speaker: str) -> None:
    assert speaker in (_speaker(nlp, text, start) or "")


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the subject just before is a role, no name: the role speaks
    ("Speaking to reporters at the harbor on Tuesday, the governor was blunt. “We are going to rebuild this "
     "pier, and we are going to rebuild it fast,” she said.", "We are going to rebuild", "the governor"),
    ("Pelosi did not mince words. “This is a disgrace to the office and an insult to every family,” she said "
     "in a statement.", "This is a disgrace", "Pelosi"),
])
def test_pronoun_for_a_subject_no_tagger_marked(nlp, text: str, start: str, speaker: str) -> None:
    assert speaker in (_speaker(nlp, text, start) or "")


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the role as an apposition after the name
    ("Dr. Ellen Marsh, the county health director, said the outbreak was contained. “We have not seen a new "
     "case in nine days,” the director said.", "We have not seen", "Ellen Marsh"),
    # the role as an apposition before the name
    ("The committee chairman, Rep. Dale Finch, opened the hearing. “This agency has failed the public it "
     "serves,” the chairman said.", "This agency has failed", "Dale Finch"),
    # the role as a title in front of the name
    ("Spokesman Omar Reyes declined to give details. “The talks are continuing in good faith,” the "
     "spokesman said.", "The talks are continuing", "Omar Reyes"),
    # an unnamed source with its affiliation: the phrase is all the text says of who spoke
    ("A spokeswoman for the Department of Energy said the agency had received the letter. “We are reviewing "
     "it carefully and will respond,” the spokeswoman said.", "We are reviewing", "Department of Energy"),
    # a generic body noun: the organization last named as a subject
    ("The American Civil Liberties Union filed suit on Monday. “This law is unconstitutional on its face,” "
     "the group said in a statement.", "This law is unconstitutional", "Civil Liberties Union"),
])
def test_role_speakers(nlp, text: str, start: str, speaker: str) -> None:
    assert speaker in (_speaker(nlp, text, start) or "")


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the role first, the name in apposition; a short quote before it is said all the same
    ("The opposition accused the government of rigging the vote. “These are lies,” the interior minister, "
     "Paul Dorn, told reporters.", "These are lies", "Paul Dorn"),
    ("The head of the regional fire service, Karin Holm, said the blaze was under control by noon.",
     "the blaze was under control", "Karin Holm"),
])
def test_a_role_with_the_name_in_apposition(nlp, text: str, start: str, speaker: str) -> None:
    assert _speaker(nlp, text, start) == speaker


def test_an_organization_drafting_a_document_speaks_through_it(nlp) -> None:
    # "a resolution of its own" condemns: its maker, "the group", is the organization named before
    text = ("The Harbor Tenants Union had a swift response to the plan. The group has drafted a resolution of its "
            "own condemning the council for reducing the city to \"a playground for developers.\"")
    assert "Harbor Tenants Union" in (_speaker(nlp, text, "the council for reducing") or "")


def test_a_document_speaker_keeps_its_author(nlp) -> None:
    # "the ad" is a document: its author, not an earlier "an ad of its own" phrase
    text = ("The Romney campaign answered with an ad of its own on Tuesday. “You paid into the program for "
            "years, every paycheck,” the ad says.")
    assert "Romney" in (_speaker(nlp, text, "You paid into") or "")


def test_a_quote_opening_its_paragraph_is_the_last_speakers_before(nlp) -> None:
    # no cue beside the quote: the paragraph before attributed something to the minister last
    text = ("The river rose two meters overnight in the valley.\n\nWater Minister Ada Reyes said the dams "
            "would hold through the weekend.\n\n“We have never seen the river this high in forty years of "
            "records.”\n\nRescue teams arrived the next morning.")
    assert "Ada Reyes" in (_speaker(nlp, text, "We have never seen") or "")


def test_a_deed_gives_no_speaker_to_the_next_quote(nlp) -> None:
    # "commissioned" is no verb of saying or of taking a position: the quote after it stays unattributed
    from counterpoint.nlp import make_doc

    text = ("Governor Ana Ruiz commissioned a study of the flood from the state university in May.\n\n"
            "“We definitely accept this as a realistic estimate of the dead in the valley.”")
    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    quoted = [c.speaker_name for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode == "quote"]
    assert not any("Ruiz" in (s or "") for s in quoted), quoted
