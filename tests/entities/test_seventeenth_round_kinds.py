"""Who's who on fresh coverage (issue 16, seventeenth session), in invented names and sentences: an
academic title is not the name; one stray span that starts with someone's surname does not make the
surname ambiguous; Saharan and Arabic place names that open with "In" / "Ain" (spring, place of) are
places, one place however each outlet writes the prefix; a body's name the model ran on into its
head's name is cut in two."""

from __future__ import annotations

from linking_helpers import link_texts, link_with_claims

from counterpoint.entities.names import person_and_role
from counterpoint.models import Evidence, FigureClaim, Source
from counterpoint.nlp import make_doc


def _repair(nlp, text: str, wrong: list[tuple[str, str]]) -> dict[str, str]:
    """Set the model's spans by hand, then run only the repair component."""
    doc = make_doc(nlp, text, doc_id="t", published=None)
    spans = []
    pos = 0
    for surface, label in wrong:  # in text order
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = [s for s in spans if s is not None]
    doc = nlp.get_pipe("cp_ner_repair")(doc)
    return {e.text: e.label_ for e in doc.ents}


def test_an_academic_title_is_not_part_of_the_name() -> None:
    assert person_and_role("Professor Hamid Tarlen Zendabi", lambda w: False) == ("Hamid Tarlen Zendabi", "professor")
    texts = {"a": "Professor Hamid Tarlen Zendabi, who teaches at the city's university, said the vote was fair.",
             "b": "The vote was fair, Zendabi said, and Hamid Tarlen Zendabi repeated it later."}
    _, by = link_texts(texts, [("a", "Professor Hamid Tarlen Zendabi", "PERSON", "person"),
                               ("b", "Zendabi", "PERSON", "person"), ("b", "Hamid Tarlen Zendabi", "PERSON", "person")])
    assert by["Zendabi"] is by["Hamid Tarlen Zendabi"]
    assert by["Zendabi"].name == "Hamid Tarlen Zendabi"


def test_one_stray_span_does_not_make_a_surname_ambiguous() -> None:
    texts = {
        "a": "President Omar Zendabi was held by the guard. Zendabi is in good health.",
        "b": "The guard detained Omar Zendabi on Wednesday. Zendabi spoke to other leaders by phone.",
        "c": "Omar Zendabi has been held since Wednesday. Envoys asked for Zendabi to be freed.",
        "d": "Omar Zendabi must be restored, the bloc said. Zendabi thanked them. The minister offered Zendabi "
             "Tarlen's support.",
        "e": "Supporters of Zendabi marched on Sunday in the capital.",
    }
    spans = [("a", "Omar Zendabi", "PERSON", "person"), ("a", "Zendabi", "PERSON", "person", 1),
             ("b", "Omar Zendabi", "PERSON", "person"), ("b", "Zendabi", "PERSON", "person", 1),
             ("c", "Omar Zendabi", "PERSON", "person"), ("c", "Zendabi", "PERSON", "person", 1),
             ("d", "Omar Zendabi", "PERSON", "person"), ("d", "Zendabi", "PERSON", "person", 1),
             ("d", "Zendabi Tarlen", "PERSON", "person"),
             ("e", "Zendabi", "PERSON", "person")]
    _, by = link_texts(texts, spans)
    assert by["Zendabi"] is by["Omar Zendabi"]
    assert by["Zendabi Tarlen"] is not by["Omar Zendabi"]


def test_a_first_word_named_as_often_still_blocks_the_surname() -> None:
    # two people of the corpus, each named in full in the documents that write the lone word: no choice
    texts = {"a": "Claire Tarlen spoke first. Tarlen Jun-ho answered. Tarlen left.",
             "b": "Claire Tarlen and Tarlen Jun-ho met again. Tarlen said nothing."}
    spans = [(d, n, "PERSON", "person") for d in "ab" for n in ("Claire Tarlen", "Tarlen Jun-ho")]
    spans += [("a", "Tarlen", "PERSON", "person", 2), ("b", "Tarlen", "PERSON", "person", 2)]
    _, by = link_texts(texts, spans)
    assert by["Tarlen"] is not by["Claire Tarlen"]


def test_a_capitalized_in_after_a_preposition_opens_a_place_name(nlp) -> None:
    text = "The plant is located in In Zendar, far from the border. A photo of the In Zendar field."
    ents = _repair(nlp, text, [("Zendar", "PERSON"), ("Zendar", "GPE")])
    assert ents == {"In Zendar": "GPE"}


def test_a_sentence_opening_in_stays_a_preposition(nlp) -> None:
    text = "In Zendar, the plant stayed shut."
    ents = _repair(nlp, text, [("Zendar", "GPE")])
    assert ents == {"Zendar": "GPE"}


def test_in_ain_and_the_bare_name_are_one_place() -> None:
    texts = {"a": "Gunmen seized the plant near In Zendar on Wednesday.",
             "b": "Militants tried to leave the vast Ain Zendar complex with their hostages.",
             "c": "The Zendar gas field is seen in a satellite image."}
    ents, by = link_texts(texts, [("a", "In Zendar", "GPE", "place"), ("b", "Ain Zendar", "PERSON", "person"),
                                  ("c", "Zendar", "PERSON", "person")])
    assert by["Ain Zendar"].type == "place"
    assert by["In Zendar"] is by["Ain Zendar"] is by["Zendar"]
    assert not [e for e in ents if e.type == "person"]


def test_a_claim_naming_a_place_the_corpus_writes_as_one_is_that_place() -> None:
    texts = {"a": "The plant is at Ain Zendar, in the desert. The Zendar field was quiet.",
             "b": "Militants cited the war for their raid on the gas plant, Ain Zendar, officials said 12 died."}
    ev = Evidence(document="b", start=0, end=len(texts["b"]), text=texts["b"])
    fig = FigureClaim(id="b-f1", document="b", measure="killed", value=12, low=12, high=12, qualifier="exact",
                      unit="person", subject="people", evidence=ev,
                      sources=(Source(name="Ain Zendar", role="origin"),))
    ents, _by, _claims = link_with_claims(texts, [("a", "Ain Zendar", "GPE", "place"), ("a", "Zendar", "PERSON", "person")],
                                         [fig])
    assert not [e for e in ents if e.type == "person" and "Ain Zendar" in e.aliases]


def test_a_body_run_into_its_heads_name_is_cut(nlp) -> None:
    text = "Earlier, Chairman of the Commission of the Zendan Union Hamid Tarlen Zendabi told reporters."
    ents = _repair(nlp, text, [("the Commission of the Zendan Union Hamid Tarlen Zendabi", "ORG")])
    assert ents == {"the Commission of the Zendan Union": "ORG", "Hamid Tarlen Zendabi": "PERSON"}


def test_a_body_whose_name_goes_on_after_a_head_word_stays_whole(nlp) -> None:
    text = "He spoke to the Zendan Party Central Committee on Monday, then to the Zendan Union Against Torture."
    ents = _repair(nlp, text, [("the Zendan Party Central Committee", "ORG"), ("the Zendan Union Against Torture", "ORG")])
    assert ents == {"the Zendan Party Central Committee": "ORG", "the Zendan Union Against Torture": "ORG"}
