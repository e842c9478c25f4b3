"""NER repair in the product pipeline: demonyms, agencies, headline fragments, places, titles."""

from __future__ import annotations

from counterpoint.nlp import make_doc


def _ents(nlp, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, doc_id="t", published=None))
    return {m.text: m.label for m in doc._.cp_mentions}


def test_runs_before_mentions(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("cp_ner_repair") < names.index("cp_mentions")


def _repair(nlp, text: str, wrong: list[tuple[str, str]]) -> dict[str, str]:
    """Set the small model's typical mistakes by hand, then run only the repair component."""
    from spacy.tokens import Span

    doc = make_doc(nlp, text, doc_id="t", published=None)
    spans = []
    pos = 0
    for surface, label in wrong:  # in text order
        start = text.index(surface, pos)
        pos = start + len(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    doc = nlp.get_pipe("cp_ner_repair")(doc)
    return {e.text: e.label_ for e in doc.ents}


def test_demonyms_agencies_and_places(nlp) -> None:
    text = ("Sputnik, a Russian state-owned news agency, reported that 103 were killed in Almaty. "
            "The Kazakh soldiers were beheaded. Kazakhstanis were told to stay home. "
            "Rebels seized administrations in Aktobe (Aktyubinsk) and Atyrau (Guryev).")
    ents = _repair(nlp, text, [("Sputnik", "PERSON"), ("Russian", "NORP"), ("Almaty", "PERSON"),
                               ("Kazakh", "PERSON"), ("Kazakhstanis", "GPE"), ("Aktyubinsk", "PERSON"),
                               ("Guryev", "PERSON")])
    assert ents["Sputnik"] == "ORG"
    assert ents["Kazakh"] == "NORP" and ents["Kazakhstanis"] == "NORP" and ents["Russian"] == "NORP"
    for place in ("Almaty", "Aktyubinsk", "Guryev"):
        assert ents[place] == "GPE", (place, ents)


def test_titled_name_is_a_person(nlp) -> None:
    text = "The appeal of the President of Kazakhstan Kassym-Jomart Tokayev to the CSTO. Tokayev said so."
    ents = _repair(nlp, text, [("Kazakhstan Kassym-Jomart Tokayev", "ORG"), ("Tokayev", "ORG")])
    assert ents.get("Kassym-Jomart Tokayev") == "PERSON", ents
    assert ents.get("Kazakhstan") == "GPE"


def test_place_pair_is_split(nlp) -> None:
    text = "Riots broke out in the town of Zhanaozen, Mangystau Oblast, and spread."
    ents = _repair(nlp, text, [("Zhanaozen, Mangystau Oblast", "ORG")])
    assert ents == {"Zhanaozen": "GPE", "Mangystau Oblast": "GPE"}


def test_headline_fragment_is_trimmed(nlp) -> None:
    ents = _ents(nlp, "Vladimir Putin Sends Troops to Kazakhstan\n\nThe Kremlin said on Friday that troops left.")
    assert "Vladimir Putin Sends" not in ents
    assert ents.get("Vladimir Putin") == "PERSON"




def test_junk_person_spans_are_dropped(nlp) -> None:
    ents = _repair(nlp, "If you found an error, select it and press Ctrl + Enter.", [("Ctrl + Enter", "PERSON")])
    assert "Ctrl + Enter" not in ents


def test_hyphenated_given_name_with_lower_case_syllable_is_kept(nlp) -> None:
    # Korean-style given names are written "Min-ho": the lower-case syllable after the hyphen is
    # part of the name, not a sign of junk.
    text = "Rescuers found the body of Seo Dal-mun, a cook on the barge, late on Friday."
    ents = _repair(nlp, text, [("Seo Dal-mun", "PERSON")])
    assert ents == {"Seo Dal-mun": "PERSON"}
    # a spaced lower-case word is still junk
    assert _repair(nlp, "He said Seo - mun and others left.", [("Seo - mun", "PERSON")]) == {}


def test_a_country_name_with_a_possessive_is_not_split_into_a_region_and_a_person(nlp) -> None:
    text = "Boats left South Korea's southern coast at dawn."
    ents = _repair(nlp, text, [("South Korea's", "GPE")])
    assert "South" not in ents and "Korea's" not in ents


def test_a_body_named_for_two_places_is_one_organization(nlp) -> None:
    text = "Ardmore and Lisvane Council said it had received complaints."
    ents = _repair(nlp, text, [("Ardmore", "GPE"), ("Lisvane Council", "ORG")])
    assert ents == {"Ardmore and Lisvane Council": "ORG"}
    text = "Ardmore and the Lisvane Council said it had received complaints."
    assert "Ardmore and the Lisvane Council" not in _repair(nlp, text, [("Ardmore", "GPE"), ("Lisvane Council", "ORG")])


def test_a_name_cut_at_its_hyphen_and_called_a_place_is_the_person(nlp) -> None:
    text = "The halls are full, Seo Dal-mun of the task force said."
    ents = _repair(nlp, text, [("Seo Dal", "GPE")])
    assert ents == {"Seo Dal-mun": "PERSON"}


def test_a_town_name_inside_a_titled_name_does_not_stop_it(nlp) -> None:
    # "Victoria" is a town's name too; followed by a surname it is a given name
    from spacy.tokens import Span

    text = "Premier Victoria Oyelaran said the country mourned."
    doc = make_doc(nlp, text, doc_id="t", published=None)
    for name, proc in nlp.pipeline:  # the model's own tagger and parser: the repair reads PROPN
        if name.startswith("cp_"):
            break
        doc = proc(doc)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]  # the model's mistake: the title alone
    doc = nlp.get_pipe("cp_ner_repair")(doc)
    assert {e.text: e.label_ for e in doc.ents} == {"Premier Victoria Oyelaran": "PERSON"}


def test_two_bodies_joined_by_and_stay_two(nlp) -> None:
    text = "The Zenda Relief Authority and Lisvane Municipal Corporation sent crews."
    ents = _repair(nlp, text, [("Zenda Relief Authority", "ORG"), ("Lisvane Municipal Corporation", "ORG")])
    assert ents == {"Zenda Relief Authority": "ORG", "Lisvane Municipal Corporation": "ORG"}


def test_connected_organization_name_and_channel_are_one_organization(nlp) -> None:
    text = "Zendastrade per l'Austria denied fault, a rescuer told Hentzau TG24 on Monday."
    ents = _repair(nlp, text, [("Zendastrade", "PERSON"), ("l'Austria", "ORG"), ("Hentzau", "PERSON")])
    assert ents.get("Zendastrade per l'Austria") == "ORG", ents
    assert ents.get("Hentzau TG24") == "ORG", ents


def test_company_words_landmarks_and_districts(nlp) -> None:
    # a firm named by its trade or legal form in another language is no person
    got = _repair(nlp, "The mine's operator Varda Komur denied negligence.", [("Varda Komur", "PERSON")])
    assert got["Varda Komur"] == "ORG"
    got = _repair(nlp, "Lemur Holding said it would pay.", [("Lemur Holding", "PERSON")])
    assert got["Lemur Holding"] == "ORG"
    # a name before a lower-case building word is that building; before an admin word, a place
    got = _repair(nlp, "The quake felled the Ostoja tower in the old city.", [("Ostoja", "PERSON")])
    assert got["Ostoja"] == "FAC"
    got = _repair(nlp, "Most deaths were in Varlapur district, officials said.", [("Varlapur", "NORP")])
    assert got["Varlapur"] == "GPE"
    # a known body's acronym is the body, not a town
    got = _repair(nlp, "The U.N. said aid was coming.", [("U.N.", "GPE")])
    assert got["U.N."] == "ORG"


def test_untagged_name_after_a_title_is_a_person_and_the_county_before_it_a_place(nlp) -> None:
    text = "At a briefing, Tarlen County Sheriff Osric Vandermeer updated the list of the missing."
    doc = nlp(make_doc(nlp, text, doc_id="t", published=None))  # tagged and parsed
    start = text.index("Tarlen County")
    doc.ents = [doc.char_span(start, start + len("Tarlen County"), label="PERSON")]  # the model's miss, by hand
    ents = {e.text: e.label_ for e in nlp.get_pipe("cp_ner_repair")(doc).ents}
    assert ents.get("Osric Vandermeer") == "PERSON", ents
    assert ents["Tarlen County"] == "GPE"


# Kinds met on unseen real coverage (written for these tests): named fires and storms,
# landscape names, split office names, headline words.
def test_named_fires_and_storms_are_not_persons_or_places(nlp) -> None:
    text = ("The Ridgeback Fire has burned 40,000 acres, Cal Fire said. Smoke from the Ridgeback fire reached "
            "the coast. Hurricane Lorena, meanwhile, hit the coast of Sinaloa.")
    ents = _repair(nlp, text, [("Ridgeback Fire", "PERSON"), ("Cal Fire", "PERSON"), ("Ridgeback", "PERSON"),
                               ("Lorena", "GPE"), ("Sinaloa", "GPE")])
    assert "Ridgeback Fire" not in ents and "Ridgeback" not in ents and "Lorena" not in ents
    assert ents["Cal Fire"] == "ORG" and ents["Sinaloa"] == "GPE"


def test_landscape_names_are_places(nlp) -> None:
    text = "Evacuation orders remain for Pine Hollow and Cedar Gap, the county said."
    ents = _repair(nlp, text, [("Pine Hollow", "ORG"), ("Cedar Gap", "PERSON")])
    assert ents == {"Pine Hollow": "GPE", "Cedar Gap": "GPE"}


def test_office_cut_after_its_title_is_whole(nlp) -> None:
    text = "Zenda's Attorney General's Office said 40 people were detained."
    ents = _repair(nlp, text, [("Zenda", "GPE"), ("General's Office", "ORG")])
    assert ents.get("Attorney General's Office") == "ORG", ents


def test_a_name_found_only_in_a_title_case_headline_is_dropped(nlp) -> None:
    text = ("Karimbekov Vows Crackdown After Deadly Clashes\n"
            "President Almazbek Karimbekov promised to punish those behind clashes that killed 14. "
            "Karimbekov spoke after visiting the wounded.")
    ents = _repair(nlp, text, [("Karimbekov", "PERSON"), ("Deadly Clashes", "PERSON"),
                               ("Almazbek Karimbekov", "PERSON"), ("Karimbekov", "PERSON")])
    assert "Deadly Clashes" not in ents
    assert ents.get("Karimbekov") == "PERSON" and ents.get("Almazbek Karimbekov") == "PERSON"


def test_a_headline_verb_inside_a_span_ends_the_name(nlp) -> None:
    text = "Zendan Leader Karimbekov Blames Foreign Militants\nKarimbekov said militants started it."
    ents = _repair(nlp, text, [("Zendan Leader Karimbekov Blames Foreign Militants", "PERSON"), ("Karimbekov", "PERSON")])
    assert "Zendan Leader Karimbekov Blames Foreign Militants" not in ents
    assert not any("Blames" in e for e in ents)


def test_a_peoples_name_that_is_a_persons_first_word_before_an_age(nlp) -> None:
    ents = _ents(nlp, "Han Fengzhu, a 56-year-old who was rescued 65 hours after the blast, is recovering.")
    assert ents.get("Han Fengzhu") == "PERSON"
    ents = _ents(nlp, "Han Chinese, a majority in the city, marched on Tuesday.")
    assert "Han Chinese" not in ents or ents["Han Chinese"] != "PERSON"  # no age after it: the people


def test_a_saints_name_the_model_calls_a_person_is_the_town_named_after_him(nlp) -> None:
    text = "Police said the St Denis cell had been planning a fresh attack. St Tarlen said nothing."
    ents = _repair(nlp, text, [("the St Denis", "PERSON"), ("St Tarlen", "PERSON")])
    assert ents.get("St Denis") == "GPE"
    assert ents.get("St Tarlen") == "PERSON"  # no town the gazetteer knows by that name


def test_a_headline_verb_of_denial_or_defence_ends_the_name(nlp) -> None:
    # headlines put the verb right after the name, capitalized: "X Slips", "X Denies", "X Defends"
    for verb in ("Slips", "Denies", "Defends", "Faces"):
        ents = _ents(nlp, f"Ruritania's Tarlenov {verb} in Polls\n\nThe president spoke on Friday.")
        assert f"Tarlenov {verb}" not in ents, verb
