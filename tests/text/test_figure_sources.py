"""Who gave a figure, for the patterns of real coverage (invented sentences, our own words)."""

from __future__ import annotations

import pytest

from counterpoint.models import FigureClaim


def _chain(nlp, text: str, value: float) -> list[tuple[str, str]]:
    from counterpoint.nlp import make_doc

    doc = nlp(make_doc(nlp, text, doc_id="t", published="2023-05-10"))
    found = [c for c in doc._.cp_claims if isinstance(c, FigureClaim) and c.value == value]
    assert found, f"no claim of {value}"
    return [(s.name, s.role) for s in found[0].sources]


@pytest.mark.parametrize(("text", "value", "want"), [
    # "I" in a quote is the quote's speaker, not a person named in the paragraph before
    ("Mr. Hollis visited the site in the afternoon. “I counted more than 40 bodies in the rubble,” "
     "John Carver, the district chairman, told reporters on Friday.", 40, [("John Carver", "origin")]),
    # a pronoun speaker is the last speaker named before it
    ("Mr. Hollis expressed his sympathy to the families. John Carver, the district chairman, told "
     "reporters the site was closed. He also said that 25 workers were injured in the rush.", 25,
     [("John Carver", "origin")]),
    # records read by an analysis: the analysis gives the figure
    ("After a Daily Planet analysis showed that the preliminary data from the state registry indicated "
     "that storm deaths may have risen to 640, the governor ordered a review.", 640,
     [("a Daily Planet analysis", "origin")]),
    # two sources side by side: the figure takes the one written after it
    ("The toll in the north is at least 300, according to the Red Crescent, as well as 120 deaths in "
     "the south, according to state media.", 120, [("state media", "origin")]),
    ("The toll in the north is at least 300, according to the Red Crescent, as well as 120 deaths in "
     "the south, according to state media.", 300, [("the Red Crescent", "origin")]),
    # a country as speaker stands for its authorities
    ("Portugal announced on Friday that 130 people had died in the fires.", 130,
     [("the authorities of Portugal", "origin")]),
    # a plural class keeps its first noun; a name written as two joined nouns stays whole
    ("Officials and medics said 75 people had died in the floods.", 75, [("Officials", "origin")]),
    ("Nine girls were among 17 children killed, the state news agency said, citing figures from the "
     "women's affairs and child protection ministry.", 17,
     [("the women's affairs and child protection ministry", "origin"), ("the state news agency", "relay")]),
    # a headline glued to the first paragraph no longer steals its subject
    ("Flood toll rises to 38\n\nThe Civil Protection Agency reported that 40 people died in the valley.", 40,
     [("The Civil Protection Agency", "origin")]),
])
def test_figure_sources(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("headline", "value", "want"), [
    ("Ferry death toll revised down to 85 - official", 85, [("official", "origin")]),
    ("Police: 40 detained after the match", 40, [("Police", "origin")]),
    # a page title's brand after the dash is no source
    ("Ferry death toll rises to 85 - The Daily Planet", 85, []),
    ("Ferry disaster: 85 dead", 85, []),
])
def test_headline_tags(nlp, headline: str, value: float, want: list[tuple[str, str]]) -> None:
    text = headline + "\n\nRescue teams worked through the night at the harbour."
    assert _chain(nlp, text, value) == want


def test_unknown_relay_inside_a_statement_is_the_speakers(nlp) -> None:
    text = ("The Harbour Authority said in its report: \"According to initial reports, 64 people "
            "were killed.\"")
    assert _chain(nlp, text, 64) == [("The Harbour Authority", "origin")]


def test_a_title_case_dateline_with_its_wire_is_no_speaker(nlp) -> None:
    text = ("Harbourtown, North Province (Wirepress) - The coast guard has denied a fishermen's union "
            "report that the toll had passed 40.")
    assert all("Harbourtown" not in name for name, _ in _chain(nlp, text, 40))


@pytest.mark.parametrize(("text", "value", "want"), [
    # a headline takes the source of the lead sentence that writes its number
    ("Condo collapse toll rises to 28\n\nCounty Mayor Ann Smith said Monday evening that another body "
     "had been found in the rubble, bringing the total number of victims to 28.", 28,
     [("County Mayor Ann Smith", "origin")]),
    # ... but not of a lead with another number
    ("Flood toll rises to 38\n\nThe Civil Protection Agency reported that 40 people died in the valley.", 38, []),
    # the next sentence confirms the numbers without repeating them
    ("The toll of the inferno has climbed to at least 58 people. Commander Jane Roe of the city "
     "police confirmed the latest numbers.", 58, [("Commander Jane Roe of the city police", "origin")]),
    # ... and a next sentence with its own figure confirms only that one
    ("The toll of the inferno has climbed to at least 58 people. The mayor said 12 were children.", 58, []),
    # a quote over two sentences is credited where it closes
    ("“At least 30 people died in the blast. We are still searching the ruins,” the governor said "
     "on Friday.", 30, [("the governor", "origin")]),
    # a speech verb with a victim's status is no cue; the sentence's speaker is
    ("Two crew members were detained in the accident that left at least 28 people confirmed dead and "
     "274 missing, officials said.", 28, [("officials", "origin")]),
    # what an outlet "understands" it was told
    ("The Daily Planet understands about 70 people may have died in the blaze.", 70,
     [("The Daily Planet", "origin")]),
])
def test_sources_outside_the_sentence(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


def test_an_outlet_reporting_a_status_is_still_the_source(nlp) -> None:
    assert _chain(nlp, "Update at noon: the Harbour Gazette reports 228 dead and 74 missing.", 228) == [
        ("the Harbour Gazette", "origin")]


@pytest.mark.parametrize(("text", "value", "want"), [
    # the next sentence names who were counted, of the same measure, and credits it
    ("Four people have been arrested after the mine disaster in Kelmar.\n\nMine manager John Doe, engineers "
     "Bob Roe and Tim Poe, and security chief Al Moe were taken into custody on Sunday, said prosecutor "
     "Ann Vale.", 4, [("prosecutor Ann Vale", "origin")]),
    # a next sentence on something else credits nothing
    ("Ten people died in the fire. The mayor said the town would hold a memorial.", 10, []),
])
def test_the_next_sentence_tells_who_were_counted(nlp, text: str, value: float,
                                                  want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a bare "the agency" is the agency named just before
    ("Officials revised their tallies on Friday, according to Harbour News Agency. As of Friday night, "
     "the agency said, 28 were confirmed dead.", 28, [("Harbour News Agency", "origin")]),
    # ... and stays as written when none of its kind was named
    ("The mayor visited the harbour on Friday. The ministry said 28 were confirmed dead.", 28,
     [("The ministry", "origin")]),
])
def test_a_definite_body_is_the_one_named_before(nlp, text: str, value: float,
                                                 want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a wire-style paragraph closes with its source after a colon
    ("Kelmar : As per the information received so far, there are 238 casualties. Around 650 injured passengers "
     "were taken to the hospitals of Kelmar and Zenda: Eastern Coast Railway.", 238, [("Eastern Coast Railway", "origin")]),
    # a place after a colon is not a source
    ("There are 238 casualties, and rescuers are still searching the wreck in the district: West Bengal.", 238, []),
    # the body that made the arrests counts them
    ("The Ruritanian Bureau of Investigation on Friday arrested 3 railway officials in connection with the crash.", 3,
     [("The Ruritanian Bureau of Investigation", "origin")]),
    ("Police detained 40 people overnight.", 40, [("Police", "origin")]),
    # ... not whoever else acted
    ("Troops detained 40 people overnight.", 40, []),
])
def test_paragraph_tags_and_enforcing_bodies(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a wire tag opening a paragraph of a live page: the paragraph is the wire's
    ("Updates on the ferry search\n\nMay 6\n\n5/6 - The search went on overnight.\n\nDivers rested.\n\n"
     "5/5 – (Harbor News) — Nine more bodies were recovered on Monday, "
     "raising the death toll to 131.", 131, [("Harbor News", "origin")]),
    ("Quake latest\n\nMarch 4\n\nCrews worked through the night.\n\nPower is back.\n\nLIMA, March 3 (Andes Wire) -- Rescuers "
     "pulled 12 more bodies from the rubble, bringing the toll to 48.", 48, [("Andes Wire", "origin")]),
    # a wire tag atop the text is its own dateline: the outlet may be the wire itself
    ("LIMA, March 3 (Andes Wire) -- Rescuers pulled 12 more bodies from the rubble, bringing the toll to 48.",
     48, []),
    # a republished report credited in its first lines: the group's own figures
    ("Source: Northern Rights Watch in English\n\nDay 12 of protests\n\nAt least 215 people were "
     "detained in six towns on Sunday.", 215, [("Northern Rights Watch", "origin")]),
    # a parenthesis that is no wire, and a lower-case word before it, give no source
    ("Storm page\n\n(Photo) – At least 31 people died in the storm.", 31, []),
    ("Storm page\n\nthe mayor (Lee) - At least 31 people died in the storm.", 31, []),
])
def test_wire_voice(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # one who denies a report does not relay it: the figure is the report's
    ("The National Police have denied a report by the fans' association that the death toll from the "
     "stampede has exceeded 125.", 125, [("the fans' association", "origin")]),
    # a bare denial gives the denier no figure of his own
    ("The governor denied that 300 people had died in the fire.", 300, []),
    # what the denier says himself stays his
    ("The ministry denied the claims, saying 120 people had died.", 120, [("The ministry", "origin")]),
])
def test_denial_is_no_relay(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


def test_claim_noun_carries_its_source(nlp) -> None:
    """ "a claim by X that N ...": X's figure, whoever disputes it."""
    assert _chain(nlp, "The army disputed a claim by the rebels that 40 soldiers were killed.", 40) == [
        ("the rebels", "origin")]


@pytest.mark.parametrize(("text", "value", "want_in"), [
    # wire style with a police rank written abbreviated: the full stops end no sentence
    ("Besides the 61 people killed in the blast, police spokesman Adj. Sr. Comr. Budi Santoso said "
     "the attack wounded 140.", 61, "Budi Santoso"),
    # local paper, a military rank run
    ("Army spokesman Brig. Gen. Ana Ramos told reporters that 14 soldiers died in the ambush.", 14, "Ana Ramos"),
    # state media, an inspector's title opening the sentence
    ("The regional police chief Insp. Gen. Rudi Hartono said 9 suspects had been detained.", 9, "Rudi Hartono"),
])
def test_an_abbreviated_rank_keeps_the_speaker_in_the_sentence(nlp, text: str, value: float, want_in: str) -> None:
    chain = _chain(nlp, text, value)
    assert chain and want_in in chain[0][0]


@pytest.mark.parametrize(("text", "value", "want"), [
    # wire: a toll put in the passive, its agent gives it
    ("The death toll was put at 85 by the health ministry on Monday.", 85, [("the health ministry", "origin")]),
    # local paper: deaths reported by a named body
    ("Forty deaths were reported by the county coroner's office overnight.", 40,
     [("the county coroner's office", "origin")]),
    # state media: a toll placed by officials, in the active
    ("Provincial officials placed the toll at 212 on Sunday.", 212, [("Provincial officials", "origin")]),
    # an opening clause is no agent of a passive toll ("after a review ..., the toll was fixed")
    ("After a detailed review of hospital records, the final toll has been fixed at 275 people, the "
     "chief secretary said.", 275, [("the chief secretary", "origin")]),
    # a passive with no agent gives no source
    ("The death toll was revised to 61 people after two bodies were identified.", 61, []),
])
def test_a_passive_agent_gives_the_figure(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # rights group's count set against an official's: each figure to its own source
    ("The general said 150 people had died, far fewer than the 212 recorded by the Rights Union.", 150,
     [("The general", "origin")]),
    ("The general said 150 people had died, far fewer than the 212 recorded by the Rights Union.", 212,
     [("the Rights Union", "origin")]),
    # wire: a monitor's count on the counted noun, inside a minister's statement
    ("The minister told parliament that 30 people died, not the 95 deaths reported by the Observatory.", 95,
     [("the Observatory", "origin")]),
])
def test_a_count_described_by_its_recorder_is_the_recorders(nlp, text: str, value: float,
                                                           want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # a count phrase names its owner (wire, local paper, Indian English)
    ("By the ministry's count, 40 people have died since Monday.", 40, [("the ministry's", "origin")]),
    ("In the agency's latest tally, 212 people were listed as missing.", 212, [("the agency's", "origin")]),
    ("The toll stands at 96, per the state disaster agency.", 96, [("the state disaster agency", "origin")]),
    # "per" as a rate names no one
    ("Water rose 40 centimetres per hour and 12 people were killed in the flood.", 12, []),
    # a headline with its source after a colon at the end
    ("Flood toll climbs to 2,000: ministry", 2000, [("ministry", "origin")]),
])
def test_count_phrases_and_end_tags(nlp, text: str, value: float, want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want


@pytest.mark.parametrize(("text", "value", "want"), [
    # state media: a body announces figures, the next sentence gives them without a cue
    ("The health ministry released new figures on Friday.\n\nAt least 40 people have died and 120 were "
     "injured in the floods.", 40, [("The health ministry", "origin")]),
    # rights group style: the figures follow a colon in the announcing sentence
    ("The rights centre published its weekly update on Sunday: 312 people have been detained.", 312,
     [("The rights centre", "origin")]),
    # a statement about something else announces no figures
    ("The ministry issued a statement condemning the attack. The blast killed 40 people.", 40, []),
    # local paper: a toll revised in the passive, the official who explains it in the next sentence
    ("The death toll was revised down on Monday from 88 to 85 people.\n\nCounty Sheriff Tom Reed said "
     "DNA tests showed two sets of remains belonged to one person.", 85, [("County Sheriff Tom Reed", "origin")]),
    # ... but a resident who speaks next gave no toll
    ("The death toll was raised to 58 people on Friday.\n\nResidents said they had lost everything.", 58, []),
    # the count is in what a body released: the body gives it, in the same sentence
    ("The opposition party unveiled a list of 412 people said to have been killed by the army.", 412,
     [("The opposition party", "origin")]),
    ("The union published a tally of 96 members detained since the strike began.", 96, [("The union", "origin")]),
])
def test_figures_announced_before_or_explained_after(nlp, text: str, value: float,
                                                     want: list[tuple[str, str]]) -> None:
    assert _chain(nlp, text, value) == want
