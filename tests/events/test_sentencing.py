"""A court's sentence is a dated happening of its own, in invented sentences: who was sentenced,
by count or name, on the day the sentence names; "a sentence of ten years" as a noun is none."""

from __future__ import annotations

from counterpoint.models import EventClaim
from counterpoint.nlp import make_doc


def _sentencings(nlp, text: str, published: str = "2031-07-31") -> list[EventClaim]:
    doc = nlp(make_doc(nlp, text, doc_id="d1", published=published, offset=0))
    return [c for c in doc._.cp_claims if isinstance(c, EventClaim) and c.event_type == "sentencing"]


def test_a_court_sentencing_a_count_of_people(nlp) -> None:
    found = _sentencings(nlp, "A court in the provincial capital sentenced four men to death on Tuesday over the riots.")
    assert [(c.text, c.date) for c in found] == [("Four men sentenced", "2031-07-29")]


def test_a_named_person_sentenced_in_the_passive(nlp) -> None:
    found = _sentencings(nlp, "Marten Olvey was sentenced to life in prison without parole on Thursday.")
    assert found and found[0].text.startswith("Marten Olvey") and found[0].date == "2031-07-31"  # the page's own Thursday


def test_a_sentence_as_a_noun_or_without_a_term_is_no_sentencing(nlp) -> None:
    assert not _sentencings(nlp, "His sentence of ten years was upheld by the appeals court.")
    assert not _sentencings(nlp, "The judge will read the sentence aloud to the court.")
