"""Who's who on coverage nobody tuned on (issue 16): movements
named several ways, country abbreviations, a region named for its city, rivers, directions, venues
named with an article, constituencies named for their town, full names in documents the model does
not read, wire services cited untagged. Sentences written for the tests."""

from __future__ import annotations

from counterpoint.entities import link_entities
from counterpoint.models import Document, Mention


def _link(spans: list[tuple[str, str, str, str]], texts: dict[str, str], languages: dict[str, str] | None = None):
    """spans: (document, surface, label, type), each found in its document's text after the
    previous span of that document."""
    mentions, pos = [], dict.fromkeys(texts, 0)
    for doc, surface, label, etype in spans:
        start = texts[doc].index(surface, pos[doc])
        pos[doc] = start + len(surface)
        mentions.append(Mention(document=doc, start=start, end=start + len(surface), text=surface,
                                label=label, type=etype))  # type: ignore[arg-type]
    docs = [Document(id=i, path=i, status="ok", text=t, language=(languages or {}).get(i, "en"))
            for i, t in texts.items()]
    ents, _ = link_entities(docs, mentions, [])
    return ents, {a: e for e in ents for a in e.aliases}


def test_a_movement_named_three_ways_is_one_organization() -> None:
    texts = {"a": "ISIS claimed the bombing on its channels.",
             "b": "The Islamic State group said its fighters carried out the raid.",
             "c": "Officials blamed Islamic State for the attack."}
    _, by = _link([("a", "ISIS", "ORG", "organization"), ("b", "Islamic State group", "ORG", "organization"),
                   ("c", "Islamic State", "ORG", "organization")], texts)
    assert by["ISIS"].id == by["Islamic State group"].id == by["Islamic State"].id
    assert by["ISIS"].type == "organization"


def test_a_movement_the_model_calls_a_place_is_an_organization() -> None:
    texts = {"a": "Talks between the government and Hezbollah stalled. Hezbollah denied any role."}
    _, by = _link([("a", "Hezbollah", "GPE", "place"), ("a", "Hezbollah", "GPE", "place")], texts)
    assert by["Hezbollah"].type == "organization"


def test_a_country_abbreviation_is_the_country() -> None:
    texts = {"a": "NZ police said the roads were closed.", "b": "New Zealand declared a national day of mourning."}
    _, by = _link([("a", "NZ", "GPE", "place"), ("b", "New Zealand", "GPE", "place")], texts)
    assert by["NZ"].id == by["New Zealand"].id


def test_a_region_named_for_its_city_and_a_kind_word_is_that_place() -> None:
    texts = {"a": "Clashes spread across the Gaza Strip overnight.", "b": "Hospitals in Gaza were full."}
    _, by = _link([("a", "Gaza Strip", "GPE", "place"), ("b", "Gaza", "GPE", "place")], texts)
    assert by["Gaza Strip"].id == by["Gaza"].id


def test_names_before_rivers_are_places() -> None:
    texts = {"a": "Bodies were seen floating in the swollen Zendu and Marekwe rivers on Tuesday."}
    _, by = _link([("a", "Zendu", "PERSON", "person"), ("a", "Marekwe", "ORG", "organization")], texts)
    assert by["Zendu"].type == "place" and by["Marekwe"].type == "place"


def test_a_name_after_a_direction_and_of_is_a_place() -> None:
    texts = {"a": "Two teenagers were shot east of Tarlenabad and died later in hospital."}
    _, by = _link([("a", "Tarlenabad", "PERSON", "person")], texts)
    assert by["Tarlenabad"].type == "place"


def test_a_venue_named_with_a_french_article_is_no_person() -> None:
    texts = {"a": "Gunmen opened fire on diners at La Petite Maison Verte, a bistro in the east of the city."}
    _, by = _link([("a", "La Petite Maison Verte", "PERSON", "person")], texts)
    assert by["La Petite Maison Verte"].type != "person"


def test_a_constituency_named_for_its_town_is_that_place() -> None:
    texts = {"a": "Most of the dead were from Chipinge East, the ministry said.",
             "b": "Floods cut off Chipinge for days."}
    _, by = _link([("a", "Chipinge East", "ORG", "organization"), ("b", "Chipinge", "GPE", "place")], texts)
    assert by["Chipinge East"].type == "place"
    assert by["Chipinge East"].id == by["Chipinge"].id


def test_a_full_name_in_a_french_document_is_kept_and_german_nouns_are_not() -> None:
    texts = {"a": "The toll rose again on Friday, officials said.",
             "f": "Le bilan a été relevé, a annoncé la ministre de la Santé Odile Marchetaud mardi.",
             "g": "Am Abend sagte die Polizei Sprecherin, es gebe viele Opfer."}
    _, by = _link([("a", "Friday", "DATE", "other"), ("f", "Odile Marchetaud", "PERSON", "person"),
                      ("g", "Polizei Sprecherin", "PERSON", "person")], texts, {"a": "en", "f": "fr", "g": "de"})
    assert by["Odile Marchetaud"].type == "person"
    assert "Polizei Sprecherin" not in by


def test_a_wire_service_cited_untagged_is_an_organization(nlp) -> None:
    from counterpoint.nlp import make_doc

    text = "The president is on his way to the stadium, according to AFP.• More details soon."
    doc = nlp(make_doc(nlp, text, doc_id="t", published=None))
    labels = {m.text.rstrip(".•"): m.label for m in doc._.cp_mentions}
    assert labels.get("AFP") == "ORG"


def test_a_listed_movement_cut_or_mislabelled_by_the_model_is_one_org_span(nlp) -> None:
    from counterpoint.nlp import make_doc

    text = "The Islamic State group said it sent the gunmen. Jets struck Hamas positions after Hamas fired rockets."
    doc = nlp(make_doc(nlp, text, doc_id="t", published=None))
    labels = [(m.text, m.label) for m in doc._.cp_mentions]
    assert ("Islamic State", "ORG") in labels or ("Islamic State group", "ORG") in labels
    assert ("Islamic", "NORP") not in labels
    assert [lab for t, lab in labels if t == "Hamas"] == ["ORG", "ORG"]


def test_two_areas_named_for_one_region_stay_apart() -> None:
    texts = {"a": "Floods hit Tarlenland East and Tarlenland Central, officials said."}
    _, by = _link([("a", "Tarlenland East", "GPE", "place"), ("a", "Tarlenland Central", "GPE", "place")], texts)
    assert by["Tarlenland East"].id != by["Tarlenland Central"].id


def test_a_role_word_ending_a_mistyped_person_is_no_surname_alias() -> None:
    texts = {"a": "The Zenda Governor visited the camp."}
    _, by = _link([("a", "Zenda Governor", "PERSON", "person")], texts)
    assert "Governor" not in by
