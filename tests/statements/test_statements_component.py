"""Statement cues of the kinds PolNeAR annotates, on invented sentences (our own words)."""

from __future__ import annotations

import pytest

from counterpoint.models import StatementClaim


def _stmts(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [(c.cue, c.speaker_written, c.text) for c in doc._.cp_claims
            if isinstance(c, StatementClaim) and c.mode != "own_voice"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # a headline led by a name the tagger misreads, named in full below
    ("Okafor: Council must stop wasting money on the new stadium\n\nMayor Ada Okafor spoke on Monday.",
     ":", "Okafor"),
    # a body of findings leading a headline
    ("Poll: Most Voters Back The Transit Plan In The Capital\n\nThe survey asked 900 people.", ":", "Poll"),
    # reader letters run together on one line, each signed after a dash
    ("“He has no idea what the farmers need this year.” ― Ana Ruiz “She is ready to lead on the first day.” ― Tom Ellis",
     "―", "Ana Ruiz"),
    ("“He has no idea what the farmers need this year.” ― Ana Ruiz “She is ready to lead on the first day.” ― Tom Ellis",
     "―", "Tom Ellis"),
    # a short quote followed by its speaker and verb is said, not a scare-quoted label
    ("“Not yet,” Mira Holt said to the crowd.", "said", "Mira Holt"),
    # citing an argument, not a source, is a statement of the one who cites
    ("At the debate, Clinton cited the remarks the developer had made about the workers as proof of his contempt.",
     "cited", "Clinton"),
    # a verb closing its line on a colon, then the unquoted paragraph said
    ("The governor added:\n\nIt is typical of the mayor. She knows nothing about the budget at all.",
     "added", "The governor"),
    # a claim as a noun with its clause
    ("The fact checkers looked at the senator's claim that there have been thousands of shootings this year.",
     "claim", "the senator's"),
])
def test_cue_kinds(nlp, text: str, cue: str, speaker: str) -> None:
    assert any(c == cue and s == speaker for c, s, _ in _stmts(nlp, text))


@pytest.mark.parametrize(("text", "not_cue"), [
    ("Members of a group called Northern Light marched through the old town on Sunday.", "called"),
    # citing a source is a relay, not a statement of the one who cites
    ("The agency, citing officials close to the talks, said the deal had failed.", "citing"),
    ("The witness failed to show up at the second hearing of the committee on Tuesday.", "show"),
    # a scare-quoted label with no verb of saying after it is no quote
    ("The mayor's plan is “dead,” and the council knows it well enough by now.", None),
])
def test_not_cues(nlp, text: str, not_cue: str | None) -> None:
    found = _stmts(nlp, text)
    if not_cue is None:
        assert not any(t.strip(",") == "dead" for _, _, t in found)
    else:
        assert not any(c == not_cue for c, _, _ in found)


def _speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    return [(c.speaker_name, c.text) for c in doc._.cp_claims
            if isinstance(c, StatementClaim) and c.mode == "quote"]


@pytest.mark.parametrize(("text", "speaker"), [
    # an ad says what its maker made it say: the party that answered with it
    ("The Harbor Party answered on Tuesday with an ad of its own. “You paid for this bridge for years,” "
     "the advertisement says.", "The Harbor Party"),
    # a letter is its signers'
    ("Ninety teachers from Velna signed a letter to the mayor. “We cannot accept these cuts to the schools,” "
     "the letter states.", "Ninety teachers"),
    # a possessor owns the document
    ("The Lumen League's resolution said the plan would “push the city back by decades.”", "The Lumen League"),
    # a document no one was said to write stays the speaker
    ("“We will not stop until the bridge is saved,” the letter said.", "the letter"),
])
def test_a_document_speaks_for_its_author(nlp, text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(nlp, text)][:1] == [speaker]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a verb of speaking with the topic it took up
    ("The chief justice spoke of the long history of the courthouse and of the people who built it.",
     "spoke", "the long history of the courthouse"),
    # an answer given by a deed of speech
    ("Governor Ruiz responded by blaming the flooding on the previous administration.",
     "responded", "blaming the flooding"),
    # what is cited as an argument, whatever the object is
    ("Senator Amal Reyes cited it as an example of the agency's contempt for farmers.",
     "cited", "as an example"),
    # a verb of saying set off inside the clause it interrupts, with only a short object
    ("That decision, Ruiz told the committee, cost the city two years of work.",
     "told", "That decision"),
    # a question-word clause the parser hangs loose
    ("The council members have not said when they would vote on the new budget for the harbor.",
     "said", "when they would vote"),
    # "as X put it": the sentence around the clause is what was said
    ("As Ms. Varga put it in a statement in July, the network is offering a view you will not get elsewhere.",
     "put", "the network is offering a view"),
    # a topic may be short
    ("The senator has also commented on Lind's death.", "commented", "Lind"),
    # a clause with its own subject and no conjunction that the parser hangs loose
    ("Mayor Lind said after the meeting she would not accept the offer from the port authority.",
     "said", "she would not accept"),
])
def test_cue_contents(nlp, text: str, cue: str, content: str) -> None:
    assert any(c == cue and content in t for c, _, t in _stmts(nlp, text)), _stmts(nlp, text)


@pytest.mark.parametrize(("text", "not_cue"), [
    # speaking to someone names no claim
    ("The chief justice spoke to reporters outside the courthouse on Monday afternoon.", "spoke"),
    # withholding comment on a topic says nothing about it
    ("The Justice Department declined to comment on the investigation into the bank's lending.", "comment"),
    ("The governor would not speak about the investigation into the bank's lending.", "speak"),
    # a verb of saying with a short object and no clause it interrupts
    ("The program would add $84 billion over ten years, according to none of the estimates.", "add"),
])
def test_cue_without_content(nlp, text: str, not_cue: str) -> None:
    assert not any(c == not_cue for c, _, _ in _stmts(nlp, text))


@pytest.mark.parametrize(("text", "not_cue"), [
    # "on condition of anonymity" and a date are no topic of speaking
    ("Two police officials, speaking on condition of anonymity, said the suspect had been released.", "speaking"),
    ("The minister, who was speaking at the embassy on Thursday evening, called for calm in the capital.",
     "speaking"),
])
def test_speaking_without_a_topic(nlp, text: str, not_cue: str) -> None:
    assert not any(c == not_cue for c, _, _ in _stmts(nlp, text))


@pytest.mark.parametrize(("text", "speaker", "start"), [
    # an embedded post: its text on the line above its signature
    ("The agency posted an update in the evening.\n\nWe reached the coast at noon. Most houses are gone and the "
     "roads are under water.\n— Lena Marsh (@lenamarsh) March 17, 2019\n\nRescue teams arrived the next day.",
     "Lena Marsh", "We reached the coast"),
    # ... or on the signature's own line, quoted
    ("“The new bridge will open to traffic in May, two months early.” — Port Authority (@portauth) May 2, 2019",
     "Port Authority", "The new bridge will open"),
])
def test_embedded_posts(nlp, text: str, speaker: str, start: str) -> None:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    found = [(c.speaker_name, c.text) for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode == "quote"]
    assert any(s == speaker and t.startswith(start) for s, t in found), found


def test_a_verb_of_saying_before_its_speaker_opens_the_quote(nlp) -> None:
    # "Said Ellis: “…”": the sentence is opened by the verb, then the speaker and the quote
    text = ("Experts say the plans would make the tax code more complicated. Said Ellis: “I do not get the "
            "sense she is the least bit interested in reform.”")
    found = [(c, s, t) for c, s, t in _stmts(nlp, text) if t.startswith("I do not get")]
    assert found and found[0][0] == "Said" and found[0][1] == "Ellis", found
