"""Speakers described by their kind and named later, relayed, rejected or quoted across
sentences: the general patterns of wire copy (invented sentences, our own words)."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _chains(nlp, text: str, value: float) -> list[list[tuple[str, str]]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    found = [c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == value]
    assert found, f"no claim of {value}"
    return [[(s.name, s.role) for s in c.sources] for c in found]


@pytest.mark.parametrize(("text", "value", "want"), [
    # a trailing credit parsed as an apposition to the counted phrase is the speaker
    ("Heavy rain in Ruritania has killed at least 44 people, a leading rights group said on Monday.", 44,
     [("a leading rights group", "origin")]),
    ("The floods killed 40 people, a local official told reporters.", 40, [("a local official", "origin")]),
    # a description of the counted is not
    ("The floods killed 40 people, many of them children, officials said.", 40, [("officials", "origin")]),
])
def test_a_trailing_credit_after_the_counted_phrase(nlp, text: str, value: float, want) -> None:
    assert _chains(nlp, text, value)[0] == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a described speaker named in the next paragraph, of the same kind, about the count
    ("Heavy rain in Ruritania has killed at least 44 people, a leading rights group said on Monday.\n\n"
     "The Ruritanian Human Rights Council (RHRC) said it had raised its previous figure of 27 after "
     "finding more bodies.", 44, [("The Ruritanian Human Rights Council", "origin")]),
    ("The death toll from the ferry sinking was revised down to 85, a government official said on Sunday.\n\n"
     "Deputy Governor Ann Lee said data from six hospitals showed there were 85 deaths.", 85,
     [("Deputy Governor Ann Lee", "origin")]),
    # one named next who does not speak of the count is not the one described
    ("The death toll from the ferry sinking rose to 85, a government official said on Sunday.\n\n"
     "Ruritania's president John Smith said he would visit the port.", 85,
     [("a government official", "origin")]),
    # nor one of another kind
    ("The death toll from the ferry sinking rose to 85, a government official said on Sunday.\n\n"
     "The Ruritanian Human Rights Council said the toll was far higher.", 85,
     [("a government official", "origin")]),
    # "Another group, the X, ...": the apposition names the described speaker
    ("The Ruritanian Council for Human Rights has reported at least 212 people dead.\n\n"
     "Another group, the Ruritanian Association for Human Rights (RAHR) published a report on Tuesday "
     "putting the death toll at 285.", 285, [("the Ruritanian Association for Human Rights", "origin")]),
])
def test_a_described_speaker_is_the_one_named_after(nlp, text: str, value: float, want) -> None:
    assert _chains(nlp, text, value)[-1] == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a headline's tag describing a kind, named in the lead
    ("Flood toll jumps to 44: rights group\n\nHeavy rain in Ruritania has killed at least 44 people, "
     "a leading rights group said on Monday.\n\nThe Ruritanian Human Rights Council (RHRC) said it had "
     "raised its figure after finding more bodies.", 44, [("The Ruritanian Human Rights Council", "origin")]),
    # a body's acronym before a headline's colon, and the lead that tells the same number
    ("RHRC: Death toll from Ruritania floods rises to 521\n\nThe rains have so far killed at least 521 "
     "people since February 1.", 521, [("RHRC", "origin")]),
    # a page's label before the colon is no speaker
    ("LIVE: Death toll from Ruritania floods rises to 521\n\nThe rains have so far killed at least 521 "
     "people since February 1.", 521, []),
])
def test_headline_tags_and_their_lead(nlp, text: str, value: float, want) -> None:
    assert all(c == want for c in _chains(nlp, text, value))


@pytest.mark.parametrize(("text", "value", "want"), [
    # "it" for a country that spoke
    ("Authorities have said the crush happened as two crowds converged on a narrow road.\n\n"
     "Iran, the regional rival of Ruritania, has blamed the disaster on mismanagement. It also accused "
     "the kingdom of a cover-up, saying the real death toll exceeds 4,700.", 4700,
     [("the authorities of Iran", "origin")]),
    # "it" for a body owned by a person named in the same sentence
    ("The Ruritanian Council for Human Rights said it had counted 34 deaths.\n\n"
     "President John Carver's government has not put out an official death toll since Friday, when it "
     "counted 10 deaths.", 10, [("President John Carver's government", "origin")]),
    # a participle after "reports by X" tells what the reports say
    ("The health authorities were reacting to reports by a medical group, the Ruritanian Doctors Union "
     "(RDU), saying more than 108 people had been killed by the militia.", 108,
     [("the Ruritanian Doctors Union", "origin")]),
    # ... with "by" hung on the clause's verb and the group named in apposition
    ("The ministry was reacting to reports by a pro-democracy group, Ruritanian Doctors Union (RDU) "
     "saying more than 108 people had been killed.", 108, [("Ruritanian Doctors Union", "origin")]),
    # a speaker after a dateline's dash, parsed as coordinated with the dateline's place
    ("MARLOW, Ruritania - Ruritania's interior minister John Sebastian says the death toll from "
     "Saturday's blast in Marlow has risen to 276, with about 300 people injured.", 276,
     [("Ruritania's interior minister John Sebastian", "origin")]),
    # a count's material is not its source
    ("A Reuters tally based on hospital figures put the toll at 310.", 310, [("Reuters", "origin")]),
    # a figure the speaker rejects is not theirs
    ("The ministry said 46, not 108, people were killed.", 108, []),
    # the middle sentence of a quote is the speaker's who closes it
    ("The police have denied rumours that the toll had passed 90.\n\"The identification team has "
     "finished its work. As of today, the number of people killed is 85. There is no increase,\" police "
     "spokesman Tom Reed said on Tuesday.", 85, [("police spokesman Tom Reed", "origin")]),
])
def test_pronouns_relays_and_quotes(nlp, text: str, value: float, want) -> None:
    assert _chains(nlp, text, value)[0] == want
