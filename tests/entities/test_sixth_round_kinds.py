"""Who's who on unseen coverage (issue 16, sixth session), in invented names and sentences: storms
named with and without their kind, a capital and a township the model calls persons, a school
introduced by name, news sites run into their domain, a given name in two romanizations (z / s), an
organization in two romanizations and two word breaks, and names a model of another language made
from the capitalized nouns of a page it cannot read."""

from __future__ import annotations

import pytest
from linking_helpers import link_texts

from counterpoint.entities.context_votes import context_type, is_phenomenon, phenomenon_names
from counterpoint.entities.surfaces import _website_name
from counterpoint.entities.translit import given_skeleton, skeleton, token_key


def _at(text: str, name: str, label: str = "person"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]








# --- named storms -------------------------------------------------------------------------------


def test_phenomenon_names_are_read_from_the_kind_before_them() -> None:
    texts = ["Tropical Storm Zendara crossed the coast on Friday.",
             "After Cyclone Tarlo, aid was slow. Zenda Cyclone Death Toll Rises",
             "the storm surge was high and the death toll rose"]
    names = phenomenon_names(texts)
    assert "zendara" in names and "tarlo" in names
    assert "death" not in names  # a headline's common noun, written in lower case elsewhere
    assert is_phenomenon("Zendara", names) and is_phenomenon("Hurricane Rudolfa", names)
    assert is_phenomenon("Very Severe Cyclonic Storm Tarlo", names)
    assert not is_phenomenon("Rudolf Rassendyll", names)
    assert not is_phenomenon("Desert Storm", names)  # the kind word does not lead the name


def test_a_storm_is_never_a_person_and_its_bare_name_is_the_same_storm() -> None:
    texts = {"a": "Cyclone Zendara smashed into the coast of Strelsau on Saturday.",
             "b": "Zendara left 3,000 people dead, state radio said.",
             "c": "Relief teams reached villages Zendara had flattened; Zendara was the worst storm in decades."}
    ents, by = link_texts(texts, [("a", "Cyclone Zendara", "ORG", "organization"),
                             ("b", "Zendara", "PERSON", "person"), ("c", "Zendara", "PERSON", "person")])
    assert by["Zendara"].type == "other" and by["Cyclone Zendara"].type == "other"
    assert by["Zendara"].id == by["Cyclone Zendara"].id
    assert not [e for e in ents if e.type in ("person", "organization")]


def test_a_person_who_shares_nothing_with_the_storm_stays_a_person() -> None:
    texts = {"a": "Hurricane Elphira hit the island. Governor Rudolf Tarlenko said 40 died.",
             "b": "Tarlenko said the power grid was destroyed by Elphira."}
    _, by = link_texts(texts, [("a", "Hurricane Elphira", "ORG", "organization"), ("a", "Rudolf Tarlenko", "PERSON", "person"),
                          ("b", "Tarlenko", "PERSON", "person"), ("b", "Elphira", "PERSON", "person")])
    assert by["Rudolf Tarlenko"].type == "person" and by["Tarlenko"].id == by["Rudolf Tarlenko"].id
    assert by["Elphira"].type == "other"


# --- places and bodies the context names --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("A radio station in the country's capital Zendabad said 300 more were missing.", "Zendabad", "place"),
        ("Troops were sent from the capital, Zendabad, on Monday.", "Zendabad", "place"),
        ("The first shelter in Tarlen Bo township opened on Saturday.", "Tarlen Bo", "place"),
        ("He taught at a boarding school called Al Zendiya in the village.", "Al Zendiya", "organization"),
        ("Investigators traced the cell to a militant network known as Tarlenawi.", "Tarlenawi", "organization"),
    ],
)
def test_context_gives_the_type(text: str, name: str, want: str) -> None:
    assert _at(text, name) == want


def test_the_capital_comma_speaker_is_left_alone() -> None:
    # "retook the capital, Rudolf said": Rudolf is the speaker, not the capital
    assert _at("The army retook the capital, Rudolf said on Monday.", "Rudolf") != "place"


def test_news_sites_run_into_their_domain_are_not_persons() -> None:
    assert _website_name("Zendanewscom") and _website_name("Zendapost.com") and _website_name("Tarlen.Net")
    assert not _website_name("Malcom") and not _website_name("Rudolf") and not _website_name("Zenda Post")
    texts = {"a": "Zendanewscom reported that 14 wounded were taken to the hospital."}
    _, by = link_texts(texts, [("a", "Zendanewscom", "PERSON", "person")])
    assert by["Zendanewscom"].type == "organization"


# --- romanizations ------------------------------------------------------------------------------


def test_z_and_s_are_one_letter_of_a_given_names_skeleton() -> None:
    assert given_skeleton(token_key("roza")) == given_skeleton(token_key("rosa"))
    assert given_skeleton(token_key("aziz")) == given_skeleton(token_key("asis"))
    assert given_skeleton(token_key("zarina")) != given_skeleton(token_key("sarina"))  # the first letter stays
    assert skeleton(token_key("roza")) != skeleton(token_key("rosa"))  # ids and surname blocks unchanged


def test_a_head_of_state_in_two_romanizations_and_her_surname_is_one_person() -> None:
    texts = {"a": "Interim President Roza Tarlenbayeva flew to the south on Friday.",
             "b": "Rosa Tarlenbayeva said order had been restored.",
             "c": "Tarlenbayeva asked for foreign peacekeepers."}
    ents, by = link_texts(texts, [("a", "Roza Tarlenbayeva", "PERSON", "person"), ("b", "Rosa Tarlenbayeva", "PERSON", "person"),
                             ("c", "Tarlenbayeva", "PERSON", "person")])
    assert by["Roza Tarlenbayeva"].id == by["Rosa Tarlenbayeva"].id == by["Tarlenbayeva"].id
    assert len([e for e in ents if e.type == "person"]) == 1


def test_two_different_given_names_with_one_surname_stay_apart() -> None:
    texts = {"a": "Roza Tarlenbayeva spoke first.", "b": "Marat Tarlenbayev, her cousin, spoke next."}
    _, by = link_texts(texts, [("a", "Roza Tarlenbayeva", "PERSON", "person"), ("b", "Marat Tarlenbayev", "PERSON", "person")])
    assert by["Roza Tarlenbayeva"].id != by["Marat Tarlenbayev"].id


def test_an_organization_in_two_romanizations_and_two_word_breaks_is_one() -> None:
    texts = {"a": "Police blamed Jamaat Zendiyah for the blasts.",
             "b": "Jamaat Zendiah denied any role.",
             "c": "Ministers of the South-East Zenda League met. The Southeast Zenda League sent aid."}
    _, by = link_texts(texts, [("a", "Jamaat Zendiyah", "ORG", "organization"), ("b", "Jamaat Zendiah", "ORG", "organization"),
                          ("c", "South-East Zenda League", "ORG", "organization"),
                          ("c", "Southeast Zenda League", "ORG", "organization")])
    assert by["Jamaat Zendiyah"].id == by["Jamaat Zendiah"].id
    assert by["South-East Zenda League"].id == by["Southeast Zenda League"].id


def test_organizations_of_different_names_stay_apart() -> None:
    texts = {"a": "Jamaat Zendiyah and Jamaat Tarleniyah were both banned."}
    _, by = link_texts(texts, [("a", "Jamaat Zendiyah", "ORG", "organization"), ("a", "Jamaat Tarleniyah", "ORG", "organization")])
    assert by["Jamaat Zendiyah"].id != by["Jamaat Tarleniyah"].id


# --- a page in a language the model does not read -------------------------------------------------


def test_names_only_a_page_of_an_unread_language_has_are_dropped() -> None:
    texts = {"a": "The Zenda League sent aid to Strelsau on Monday.",
             "b": "Bislang hatten die Helfer in Strelsau wenig Hilfe erhalten."}
    _ents, by = link_texts(texts, [("a", "Zenda League", "ORG", "organization"), ("a", "Strelsau", "GPE", "place"),
                             ("b", "Bislang", "PERSON", "person"), ("b", "Helfer", "PERSON", "person"),
                             ("b", "Strelsau", "GPE", "place")],
                     languages={"b": "de"})
    assert "Bislang" not in by and "Helfer" not in by
    assert "b" in by["Strelsau"].documents  # a name the read page shares is kept


def test_a_corpus_entirely_in_an_unread_language_keeps_its_names() -> None:
    texts = {"a": "Der Minister Rudolf Tarlenko besuchte Strelsau."}
    _, by = link_texts(texts, [("a", "Rudolf Tarlenko", "PER", "person"), ("a", "Strelsau", "LOC", "place")],
                  languages={"a": "de"})
    assert "Rudolf Tarlenko" in by and "Strelsau" in by


# --- a researcher the model called a body; a body's name cut before its acronym ------------------


def test_a_researcher_quoted_by_name_is_a_person() -> None:
    text = "\"The south was left alone,\" said Ilse Tarlenberg, a researcher for the group in Strelsau."
    assert _at(text, "Ilse Tarlenberg", "organization") == "person"
    assert _at("The report was written by envoy Ilse Tarlenberg.", "Ilse Tarlenberg", "organization") == "person"


def test_a_body_cut_before_its_acronym_gets_its_whole_name_and_the_acronym() -> None:
    texts = {"a": "The government asked the Council for Peace and Co-operation in Ruritania (CPCR) to send monitors.",
             "b": "CPCR monitors arrived on Monday."}
    _ents, by = link_texts(texts, [("a", "Council for Peace and Co-operation", "ORG", "organization"),
                             ("b", "CPCR", "ORG", "organization")])
    body = by["Council for Peace and Co-operation in Ruritania"]
    assert body.id == by["CPCR"].id and body.type == "organization"


def test_a_place_after_a_body_that_the_acronym_does_not_spell_is_left_out() -> None:
    texts = {"a": "The Zenda Relief Agency in Strelsau (ZRA) counted 40 dead."}
    _, by = link_texts(texts, [("a", "Zenda Relief Agency", "ORG", "organization")])
    assert "Zenda Relief Agency" in by and "Zenda Relief Agency in Strelsau" not in by


def test_a_town_of_the_corpus_country_the_model_calls_a_person_is_a_place() -> None:
    # real gazetteer towns (the rule reads GeoNames), invented sentences: a Burmese delta town the
    # model reads as a person's name; the focus country comes from the other places named
    texts = {"a": "Relief reached Bogale on Monday, officials in Yangon said.",
             "b": "Bogale lost most of its houses. Survivors in Bogale waited for rice.",
             "c": "Bogale was cut off, Myanmar state radio said."}
    ents, by = link_texts(texts, [("a", "Bogale", "PERSON", "person"), ("a", "Yangon", "GPE", "place"),
                             ("b", "Bogale", "PERSON", "person"), ("b", "Bogale", "PERSON", "person"),
                             ("c", "Bogale", "PERSON", "person"), ("c", "Myanmar", "GPE", "place")])
    assert by["Bogale"].type == "place"
    assert not [e for e in ents if e.type == "person"]


def test_a_given_name_never_written_as_a_place_stays_a_person() -> None:
    texts = {"a": "Rescuers reached the house in Yangon. Bogale, 6, was pulled out alive.",
             "b": "Bogale smiled at the nurses, Myanmar state radio said."}
    _, by = link_texts(texts, [("a", "Yangon", "GPE", "place"), ("a", "Bogale", "PERSON", "person"),
                          ("b", "Bogale", "PERSON", "person"), ("b", "Myanmar", "GPE", "place")])
    assert by["Bogale"].type == "person"


def test_a_known_place_only_a_page_of_an_unread_language_names_is_kept() -> None:
    texts = {"a": "Rescuers searched the ruins of Strelsau on Monday.",
             "b": "Die Helfer erreichten am Montag auch Kathmandu."}
    _, by = link_texts(texts, [("a", "Strelsau", "GPE", "place"), ("b", "Helfer", "PERSON", "person"),
                          ("b", "Kathmandu", "GPE", "place")],
                  languages={"b": "de"})
    assert "Kathmandu" in by and "Helfer" not in by
