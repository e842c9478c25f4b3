"""Short forms and variants from real coverage, in invented names: bare surnames, initials, vowel
respellings, clipped organization names, acronyms defined once, craft names, job nouns."""

from __future__ import annotations

from counterpoint.entities import link_entities
from counterpoint.entities.context_votes import context_type
from counterpoint.entities.names import person_and_role
from counterpoint.models import Document, Mention


def _docs(texts: dict[str, str]) -> list[Document]:
    return [Document(id=i, path=i, status="ok", text=t) for i, t in texts.items()]


def _link(texts: dict[str, str], spans: list[tuple[str, str, str, str]]):
    """spans: (document, surface, label, type), each found in its document's text (first occurrence
    after the previous span of that document)."""
    mentions, pos = [], dict.fromkeys(texts, 0)
    for doc, surface, label, etype in spans:
        start = texts[doc].index(surface, pos[doc])
        pos[doc] = start + len(surface)
        mentions.append(Mention(document=doc, start=start, end=start + len(surface), text=surface,
                                label=label, type=etype))  # type: ignore[arg-type]
    ents, _ = link_entities(_docs(texts), mentions, [])
    return ents, {a: e for e in ents for a in e.aliases}


def test_title_after_a_modifier_is_stripped() -> None:
    assert person_and_role("Harbour Spokesperson Tomas Verhoeven") == ("Tomas Verhoeven", "spokesperson")
    assert person_and_role("Zenda's Chief Secretary Brandt") == ("Brandt", "chief secretary")
    assert person_and_role("Cdr Brandt") == ("Brandt", "commander")
    # a one-word remainder after a plain modifier word is a name, not a title's holder
    assert person_and_role("Rose Justice Brandt") == ("Rose Justice Brandt", None)


def test_bare_surname_joins_the_full_name_despite_a_titled_form() -> None:
    texts = {"a": "Commander Lotte Brandtsen said the search would go on.",
             "b": "Cdr Brandtsen told reporters. Brandtsen added that the count may rise."}
    _, by = _link(texts, [("a", "Lotte Brandtsen", "PERSON", "person"), ("b", "Cdr Brandtsen", "PERSON", "person"),
                          ("b", "Brandtsen", "PERSON", "person")])
    assert by["Lotte Brandtsen"].id == by["Brandtsen"].id
    assert by["Lotte Brandtsen"].name == "Lotte Brandtsen"


def test_initials_and_titled_organization_span_join_the_full_name() -> None:
    texts = {"a": "Ravindra Pashupati, the chief secretary, visited.",
             "b": "Zenda Chief Secretary RK Pashupati said 40 were hurt.",
             "c": "RK Pashupati said rescue work was over."}
    ents, by = _link(texts, [("a", "Ravindra Pashupati", "PERSON", "person"),
                             ("b", "Zenda Chief Secretary RK Pashupati", "ORG", "organization"),
                             ("c", "RK Pashupati", "PERSON", "person")])
    person = by["Ravindra Pashupati"]
    assert by["RK Pashupati"].id == person.id and person.type == "person"
    assert not [e for e in ents if e.type == "organization"]


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_joins_neither() -> None:
    texts = {"a": "Anika Holmqvist, a nurse, and her brother Jonas Holmqvist survived. Holmqvist said it was cold."}
    _, by = _link(texts, [("a", "Anika Holmqvist", "PERSON", "person"), ("a", "Jonas Holmqvist", "PERSON", "person"),
                          ("a", "Holmqvist", "PERSON", "person")])
    assert by["Anika Holmqvist"].id != by["Jonas Holmqvist"].id
    assert by["Holmqvist"].id not in (by["Anika Holmqvist"].id, by["Jonas Holmqvist"].id)


def test_vowel_respelling_of_a_surname_is_one_person() -> None:
    texts = {"a": "Vikram Dev Maharana, a signal engineer, was held.",
             "b": "Vikram Dev Moharana, the signal engineer, was held."}
    _, by = _link(texts, [("a", "Vikram Dev Maharana", "PERSON", "person"), ("b", "Vikram Dev Moharana", "PERSON", "person")])
    assert by["Vikram Dev Maharana"].id == by["Vikram Dev Moharana"].id
    # a different given name keeps them apart
    _, by = _link(texts | {"c": "Sunil Moharana spoke."},
                  [("a", "Vikram Dev Maharana", "PERSON", "person"), ("c", "Sunil Moharana", "PERSON", "person")])
    assert by["Vikram Dev Maharana"].id != by["Sunil Moharana"].id


def test_job_noun_next_to_a_name_makes_it_a_person() -> None:
    text = "Police held technician Gopal Raut and Meera Sahu, a senior signal engineer, on Friday."
    for name in ("Gopal Raut", "Meera Sahu"):
        i = text.index(name)
        assert context_type(text, i, i + len(name), "organization") == "person"
    text = "Shares of Zenda Steel, a steel maker, fell."
    i = text.index("Zenda Steel")
    assert context_type(text, i, i + len("Zenda Steel"), "organization") is None


def test_a_vessel_named_after_its_kind_is_not_a_person() -> None:
    texts = {"a": "The ferry Morvenna sank at dawn. Morvenna carried 300 people.",
             "b": "Divers reached Morvenna on Monday; the Navy ship Castor Pollux helped.",
             "c": "Morvenna had been overloaded, Morvenna's owner said."}
    ents, by = _link(texts, [("a", "Morvenna", "PERSON", "person"), ("a", "Morvenna", "PERSON", "person"),
                             ("b", "Morvenna", "PERSON", "person"), ("b", "Castor Pollux", "PERSON", "person"),
                             ("c", "Morvenna", "PERSON", "person"), ("c", "Morvenna", "PERSON", "person")])
    assert by["Morvenna"].type == "other"
    assert by["Castor Pollux"].type == "other"
    assert not [e for e in ents if e.type == "person"]


def test_clipped_modifier_of_an_organization_joins_the_spelled_out_name() -> None:
    texts = {"a": "The Northumbrian Police said 12 died.", "b": "Northumb Police confirmed it.",
             "c": "The Northern Police were not involved."}
    _, by = _link(texts, [("a", "Northumbrian Police", "ORG", "organization"),
                          ("b", "Northumb Police", "ORG", "organization"),
                          ("c", "Northern Police", "ORG", "organization")])
    assert by["Northumb Police"].id == by["Northumbrian Police"].id
    assert by["Northern Police"].id != by["Northumbrian Police"].id
    # a clip that two longer names start with joins neither
    texts = {"a": "Metro Fire Service and Metropolis Fire Service and Metrovale Fire Service answered."}
    _, by = _link(texts, [("a", "Metro Fire Service", "ORG", "organization"),
                          ("a", "Metropolis Fire Service", "ORG", "organization"),
                          ("a", "Metrovale Fire Service", "ORG", "organization")])
    assert len({by[n].id for n in ("Metro Fire Service", "Metropolis Fire Service", "Metrovale Fire Service")}) == 3


def test_acronym_defined_in_parentheses_is_an_alias_even_untagged() -> None:
    texts = {"a": "The Coastal Relief Brigade (CRBX) sent boats.", "b": "The Coastal Relief Brigade said more came."}
    _, by = _link(texts, [("a", "Coastal Relief Brigade", "ORG", "organization"),
                          ("b", "Coastal Relief Brigade", "ORG", "organization")])
    assert "CRBX" in by["Coastal Relief Brigade"].aliases


def test_a_surname_that_spells_a_town_abroad_is_the_person() -> None:
    texts = {"a": "Floods hit Recife and Salvador. Governor Martina Bergen said 30 died.",
             "b": "In Recife, Bergen said the rain would stop. Bergen visited Salvador."}
    _, by = _link(texts, [("a", "Recife", "GPE", "place"), ("a", "Salvador", "GPE", "place"),
                          ("a", "Martina Bergen", "PERSON", "person"), ("b", "Recife", "GPE", "place"),
                          ("b", "Bergen", "GPE", "place"), ("b", "Bergen", "GPE", "place"),
                          ("b", "Salvador", "GPE", "place")])
    assert by["Bergen"].id == by["Martina Bergen"].id and by["Bergen"].type == "person"
    assert by["Recife"].type == "place"


def test_canonical_name_is_the_fullest_common_spelling() -> None:
    texts = {"a": "x"}
    spans = ([("a", "Tashkentov", "PERSON", "person")] * 20 + [("a", "Anvar Tashkentov", "PERSON", "person")] * 8
             + [("a", "Anvar Bekovich Tashkentov", "PERSON", "person")])
    mentions = [Mention(document=d, start=0, end=1, text=t, label=lab, type=ty)  # type: ignore[arg-type]
                for d, t, lab, ty in spans]
    ents, _ = link_entities(_docs(texts), mentions, [])
    (person,) = ents
    assert person.name == "Anvar Tashkentov"  # not the bare surname, not the one-off patronymic
    assert {"Tashkentov", "Anvar Bekovich Tashkentov"} <= set(person.aliases)
    # written about as often, the fuller spelling wins
    spans = [("a", "Anvar Tashkentov", "PERSON", "person")] * 3 + [("a", "Anvar Bekovich Tashkentov", "PERSON", "person")] * 2
    mentions = [Mention(document=d, start=0, end=1, text=t, label=lab, type=ty)  # type: ignore[arg-type]
                for d, t, lab, ty in spans]
    ents, _ = link_entities(_docs(texts), mentions, [])
    assert ents[0].name == "Anvar Bekovich Tashkentov"


def test_a_body_the_model_calls_a_place_is_an_organization() -> None:
    texts = {"a": "Trains of the North Coast Railway were cancelled.", "b": "Lisvane Council met in Lisvane."}
    _, by = _link(texts, [("a", "North Coast Railway", "GPE", "place"), ("b", "Lisvane Council", "GPE", "place")])
    assert by["North Coast Railway"].type == "organization"
    assert by["Lisvane Council"].type == "organization"


def test_a_bare_word_that_is_one_surname_and_another_name_s_first_word_joins_neither() -> None:
    # "Song" is the reporter's surname (Western order) and the captain's family name (written first)
    texts = {"a": "Mara Song reported from the port. Song Dae-ho, the captain, was held. Song said he was sorry."}
    _, by = _link(texts, [("a", "Mara Song", "PERSON", "person"), ("a", "Song Dae-ho", "PERSON", "person"),
                          ("a", "Song", "PERSON", "person")])
    assert by["Song"].id not in (by["Mara Song"].id, by["Song Dae-ho"].id)
    assert by["Mara Song"].id != by["Song Dae-ho"].id
    # with only one reading it joins
    _, by = _link({"a": "Mara Song reported. Song said the port was closed."},
                  [("a", "Mara Song", "PERSON", "person"), ("a", "Song", "PERSON", "person")])
    assert by["Song"].id == by["Mara Song"].id


def test_a_name_cut_at_a_hyphen_keeps_no_dangling_hyphen() -> None:
    _, by = _link({"a": "Captain Song Dae- was held; Song Dae-ho denied it."},
                  [("a", "Song Dae-", "PERSON", "person"), ("a", "Song Dae-ho", "PERSON", "person")])
    assert "Song Dae-" not in by and "Song Dae" in by
