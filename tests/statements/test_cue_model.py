"""The trained cue tagger (`statements/cue_model.py`) and how a marked verb becomes a statement.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from counterpoint.nlp import load_pipeline
from counterpoint.statements.cue_model import CueTagger, features_doc
from counterpoint.statements.stance_cues import stance_attributions


@pytest.fixture(scope="module")
def bare():
    return load_pipeline(extractors=False)


@pytest.fixture(scope="module")
def tagger() -> CueTagger:
    return CueTagger()


def test_features_carry_the_parse_and_the_dependents(bare) -> None:
    doc = bare("The mayor insisted that the bridge would reopen.")
    feats = features_doc(bare.vocab, doc)
    assert [t.text for t in feats] == [t.text for t in doc]
    verb = next(t for t in doc if t.lower_ == "insisted")
    f = feats[verb.i]
    assert f.lemma_ == verb.lemma_ and f.pos_ == verb.pos_ and f.dep_ == verb.dep_
    assert {"ccomp", "nsubj"} <= set(f.morph.get("Kids")) and f.morph.get("Head") == [verb.head.pos_]


def test_a_marked_verb_with_a_speaking_subject_is_a_cue(bare) -> None:
    doc = bare("The union wants the talks to resume before winter.")
    sent = next(iter(doc.sents))
    verb = next(t for t in doc if t.lower_ == "wants")
    assert stance_attributions(sent, set()) == []  # "want" is no rule cue
    [att] = stance_attributions(sent, set(), {verb.i: 0.3})
    assert (att.cue_start, att.cue_end) == (verb.idx, verb.idx + len(verb))
    assert att.written is not None and att.written.name == "The union"


def test_light_verbs_and_subjectless_marks_make_no_cue(bare) -> None:
    doc = bare("The council has taken the decision. Reopening the market seems unlikely.")
    marks = {t.i: 0.9 for t in doc if t.pos_ in ("VERB", "AUX")}
    assert all(stance_attributions(s, set(), marks) == [] for s in doc.sents)


def test_a_marked_deed_without_a_clause_is_no_cue(bare) -> None:
    """The tagger may mark a deed written like a position; without a clause, and marked below
    `MARKED_OBJECT_CUE_PROBABILITY`, it says nothing."""
    doc = bare("The crowd stormed the town hall on Friday.")
    verb = next(t for t in doc if t.lower_ == "stormed")
    assert stance_attributions(next(iter(doc.sents)), set(), {verb.i: 0.3}) == []


def test_a_surely_marked_verb_with_an_object_is_a_cue(bare) -> None:
    """ "cited the audit": a position on an object, when the tagger is sure of the verb."""
    from counterpoint.statements.lexicon import MARKED_OBJECT_CUE_PROBABILITY

    doc = bare("Senator Alma Reyes cited the audit of the harbour fund.")
    verb = next(t for t in doc if t.lower_ == "cited")
    sent = next(iter(doc.sents))
    assert stance_attributions(sent, set(), {verb.i: MARKED_OBJECT_CUE_PROBABILITY - 0.1}) == []
    [att] = stance_attributions(sent, set(), {verb.i: MARKED_OBJECT_CUE_PROBABILITY})
    assert att.written is not None and att.written.name.endswith("Reyes")


def test_a_relative_clause_takes_the_noun_it_describes_as_holder(bare) -> None:
    doc = bare("They asked the harbour authority, which criticized the new toll plan last week.")
    verb = next(t for t in doc if t.lower_ == "criticized")
    [att] = [a for a in stance_attributions(next(iter(doc.sents)), set()) if a.cue_index == verb.i]
    assert att.written is not None and "authority" in att.written.name


def test_a_participle_takes_the_subject_up_its_chain(bare) -> None:
    doc = bare("The mayor spoke for an hour, praising the volunteers and criticizing the council.")
    for word in ("praising", "criticizing"):
        verb = next(t for t in doc if t.lower_ == word)
        [att] = [a for a in stance_attributions(next(iter(doc.sents)), set()) if a.cue_index == verb.i]
        assert att.written is not None and att.written.name == "The mayor"


def test_a_marked_verb_before_a_headline_colon_is_no_cue(bare) -> None:
    """A headline's "X collapses: …" parses as a verb with a clause; a building says nothing."""
    doc = bare("Harbour Tower collapses: rescue teams search the rubble for survivors.")
    verb = next(t for t in doc if t.lower_ == "collapses")
    assert stance_attributions(next(iter(doc.sents)), set(), {verb.i: 0.3}) == []
    # the same verb with a speaking subject and no colon stays a cue
    doc = bare("The union expects the talks to resume before winter.")
    verb = next(t for t in doc if t.lower_ == "expects")
    assert len(stance_attributions(next(iter(doc.sents)), set(), {verb.i: 0.3})) == 1


def test_the_shipped_tagger_marks_speech_and_not_narration(bare, tagger: CueTagger) -> None:
    said = bare("The mayor said the bridge would reopen in March.")
    plain = bare("The bridge reopened in March after two years of repairs.")
    p_said, p_plain = tagger.probabilities([said, plain])
    verb = next(t.i for t in said if t.lower_ == "said")
    assert p_said[verb] >= tagger.threshold
    assert (p_plain < tagger.threshold).all()


def test_the_pipeline_turns_a_tagged_cue_into_a_statement(tagger: CueTagger) -> None:
    """ "expect" is no rule cue; the shipped tagger marks it, and the statement has its subject as
    speaker and its complement as content."""
    from counterpoint.models import StatementClaim
    from counterpoint.nlp.pipeline import make_doc

    nlp = load_pipeline()
    text = "Several economists expect the central bank to raise its rates again next month."
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=None))
    verb = next(t.i for t in doc if t.lower_ == "expect")
    assert verb in doc._.cp_cue_tokens
    [s] = [c for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.cue == "expect"]
    assert s.speaker_written == "Several economists" and s.mode == "reported"
    assert "raise its rates" in s.text


def _quote_speakers(text: str) -> list[str | None]:
    from counterpoint.models import StatementClaim
    from counterpoint.nlp.pipeline import make_doc

    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=None))
    return [c.speaker_name for c in doc._.cp_claims if isinstance(c, StatementClaim) and c.mode == "quote"]


def test_a_role_description_speaker_is_the_person_last_given_that_title() -> None:
    text = ("Gov. Marta Olsen signed the water bill on Tuesday in the state capital. "
            "“This bill keeps our rivers clean for another generation,” the governor said.")
    assert _quote_speakers(text) == ["Marta Olsen"]


def test_a_role_description_without_a_titled_person_stays_as_written() -> None:
    text = ("Marta Olsen signed the water bill on Tuesday in the state capital. "
            "“This bill keeps our rivers clean for another generation,” the governor said.")
    assert _quote_speakers(text) == ["the governor"]
