"""Attribution chains, origin first (invented sentences; real ones are in tests/figures)."""

from __future__ import annotations

import pytest

from counterpoint.text.attribution import attribution_chain, find_attributions


def _chain(nlp, text: str, k: int = -1):
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published=None))
    sents = list(doc.sents)
    return [(s.name, s.role) for s in attribution_chain(sents[k])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The fire brigade said 12 houses burned down.", [("The fire brigade", "origin")]),
        ("Twelve houses burned down, according to the regional governor.", [("the regional governor", "origin")]),
        ("Reuters, citing the Ministry of Transport, reported that 40 trains were cancelled.",
         [("the Ministry of Transport", "origin"), ("Reuters", "relay")]),
        ("Forty trains were cancelled, according to local newspapers citing railway officials.",
         [("railway officials", "origin"), ("local newspapers", "relay")]),
        ("Forty trains were cancelled on Monday.", []),
        ("A statement from the city council announced that roads would reopen.", [("the city council", "origin")]),
        # a proper name right after the source noun stays in the name, so linking can resolve it
        ("Citing the Transport Ministry, the state broadcaster Khabar reported that 40 trains were cancelled.",
         [("the Transport Ministry", "origin"), ("the state broadcaster Khabar", "relay")]),
        ("Forty trains were cancelled, according to figures cited by the German news agency DPA.",
         [("the German news agency DPA", "origin")]),
        ("Poland's state news agency PAP reported that 40 trains were cancelled.",
         [("Poland's state news agency PAP", "origin")]),
        ("Sputnik, a Russian news agency, reported that 40 trains were cancelled.", [("Sputnik", "origin")]),
        # the body behind a tally, not the tally
        ("A separate police tally put the number of stolen cars at 312.", [("police", "origin")]),
    ],
)
def test_chains(nlp, text: str, want) -> None:
    assert _chain(nlp, text) == want


def test_pronoun_resolved_to_the_speaker_named_before(nlp) -> None:
    got = _chain(nlp, "Mayor Anna Berg visited the harbour. Nine boats were lost, she said.")
    assert got == [("Anna Berg", "origin")]


def test_written_source_kept_before_resolution(nlp) -> None:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, "Mayor Anna Berg visited the harbour. Nine boats were lost, she said.", doc_id="t",
                       published=None))
    atts = [a for s in doc.sents for a in find_attributions(s)]
    assert atts and atts[-1].written is not None and atts[-1].written.name == "she"
    assert doc.text[atts[-1].cue_start:atts[-1].cue_end] == "said"


def test_offsets_shift(nlp) -> None:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, "The fire brigade said 12 houses burned down.", doc_id="t", published=None))
    (src,) = attribution_chain(next(iter(doc.sents)), offset=100)
    assert (src.start, src.end) == (100, 116)


@pytest.mark.parametrize(("text", "written", "chain"), [
    # as written: the whole phrase with its apposition; the chain: the name
    ("“We need more buses,” said Jan Novak, the head of the transit union.",
     "Jan Novak, the head of the transit union", [("Jan Novak", "origin")]),
    ("Senator Mara Holt (Greens) said the bill would fail.", "Senator Mara Holt (Greens)",
     [("Senator Mara Holt", "origin")]),
    # what the speaker was doing is not part of the name
    ("Mayor Anna Berg, speaking to reporters at the harbour, said the port would reopen.", "Mayor Anna Berg",
     [("Mayor Anna Berg", "origin")]),
    # a relative pronoun is written as itself; the chain resolves it to the noun it stands for
    ("The port authority, which said the harbour would reopen, denied the claim.", "which",
     [("The port authority", "origin")]),
    # a relay's citing clause is not part of its name
    ("Sputnik, citing the Ministry of Transport, reported that 40 trains were cancelled.", "Sputnik",
     [("the Ministry of Transport", "origin"), ("Sputnik", "relay")]),
    # the end of a quote opened in an earlier sentence is no subject: the name after the verb speaks
    ("“They are scared. Total chaos,” said Ann Lee, a shop owner in the town.",
     "Ann Lee, a shop owner in the town", [("Ann Lee", "origin")]),
])
def test_source_as_written_keeps_the_whole_phrase(nlp, text: str, written: str, chain) -> None:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published=None))
    (att,) = [a for s in doc.sents for a in find_attributions(s)
              if doc.text[a.cue_start:a.cue_end] in ("said", "reported")]
    assert att.written is not None and att.written.name == written
    assert [(s.name, s.role) for s in att.chain] == chain


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a long bracketed wire header is a dateline, and the parse's extra subject in it is not
        # the speaker: the ministry after the dash is
        ("(MENAFN- Gulf Wire Agency (GWA)) TARSIS, Oct 4 (GWA) -- The Ruritanian Ministry of Health said "
         "Tuesday that 412 people were confirmed dead.", [("The Ruritanian Ministry of Health", "origin")]),
        # divers who found bodies did not give the toll their finding brought
        ("VELNA (Wirenews) - Divers found the bodies of two men in the river on Sunday, bringing the "
         "death toll to 31.", []),
        # a headline's verb misparsed as the subject's head is no speaker
        ("Ruritania lowers confirmed death toll to 38 in Velna collapse", []),
    ],
)
def test_datelines_searches_and_headline_verbs_are_not_speakers(nlp, text, want):
    assert _chain(nlp, text) == want


# The backward scan for a named speaker, pinned for pronouns and for a bare definite body.
@pytest.mark.parametrize(("text", "want"), [
    # the latest named speaker of a fitting label, not a nearer name that did not speak
    ("Mayor Anna Berg said the quay was closed. Later Tom Lee toured the harbour. Nine boats were lost, she said.",
     [("Mayor Anna Berg", "origin")]),
    ("Mayor Anna Berg said the quay was closed. Harbour master Tom Lee said more rain was due. "
     "Nine boats were lost, he said.", [("Harbour master Tom Lee", "origin")]),
    # "it" skips a person who spoke after the organization
    ("The Harbour Authority said the quay was closed. Mayor Anna Berg said more rain was due. "
     "Nine boats were lost, it said.", [("The Harbour Authority", "origin")]),
    # an inverted cue counts by where its speaker is written
    ("“The quay is shut,” said Mayor Anna Berg. Nine boats were lost, she added.", [("Mayor Anna Berg", "origin")]),
])
def test_pronoun_scan_picks_the_latest_fitting_speaker(nlp, text: str, want) -> None:
    assert _chain(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the latest named body of that kind
    ("Harbour News Agency said the quay was closed. Coast News Agency reported more rain. "
     "Nine boats were lost, the agency said.", [("Coast News Agency", "origin")]),
    # a body of another kind is not it
    ("According to the Harbour Police, the quay was closed. Nine boats were lost, the agency said.",
     [("the agency", "origin")]),
    # a named body must carry a proper name: "the news agency" is no one in particular
    ("The news agency said the quay was closed. Nine boats were lost, the agency said.",
     [("the agency", "origin")]),
    # beyond the window of a few sentences the bare body stays as written
    ("Harbour News Agency said the quay was closed. The rain went on. The wind rose. The tide came in. "
     "The roads flooded. Nine boats were lost, the agency said.", [("the agency", "origin")]),
])
def test_definite_body_scan(nlp, text: str, want) -> None:
    assert _chain(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("As per officials, 40 people died in the collapse.", [("officials", "origin")]),
    ("The toll is 40 as per the district collector.", [("the district collector", "origin")]),
    # "as" alone is no cue
    ("As officials arrived, 40 people were still missing.", []),
])
def test_as_per_is_according_to(nlp, text: str, want) -> None:
    assert _chain(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a surname that is also a country's name stands for the person named in full before it
    ("Sen. Jordan Chad spoke first. “We will fight,” Chad said.", "Jordan Chad"),
    # a country alone is still its authorities
    ("Chad said on Monday that 40 soldiers died.", "the authorities of Chad"),
])
def test_surname_that_is_a_country(nlp, text: str, want: str) -> None:
    ((name, role),) = _chain(nlp, text)
    assert role == "origin" and name.endswith(want) and (want.startswith("the") or "authorities" not in name)
