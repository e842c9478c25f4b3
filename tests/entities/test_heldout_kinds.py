"""Linking patterns of real coverage the product was not tuned on, in invented names: one body
written in several word orders, with a demonym or its country, abbreviated or spelled out; a short
form that is the leading part of a company's name; Arabic name particles and vowel spellings; types
read from a name's structure (an organization's head word, a place's locative use)."""

from __future__ import annotations

from counterpoint.entities import link_entities
from counterpoint.models import Document, Mention


def _m(doc: str, text: str, label: str, etype: str, start: int = 0) -> Mention:
    return Mention(document=doc, start=start, end=start + len(text), text=text, label=label, type=etype)  # type: ignore[arg-type]


def _link(*mentions: Mention, texts: dict[str, str] | None = None):
    texts = texts or {}
    docs = [Document(id=i, path=i, status="ok", text=texts.get(i, "")) for i in sorted({m.document for m in mentions})]
    ents, _ = link_entities(docs, list(mentions), [])
    return ents, {a: e for e in ents for a in e.aliases}


def _in(doc: str, text: str, name: str, label: str, etype: str) -> Mention:
    """A mention of `name` at its first place in `text`."""
    i = text.index(name)
    return _m(doc, name, label, etype, i)


def test_one_committee_in_three_word_orders_with_demonym_and_country_is_one() -> None:
    _, by = _link(_m("a", "Central Committee of Chadian Nurses", "ORG", "organization"),
                  _m("b", "Chad Nurses Central Committee", "ORG", "organization"),
                  _m("c", "Chadian Central Committee of Nurses", "ORG", "organization"),
                  _m("d", "Central Committee of Chadian Nurses", "ORG", "organization"))
    e = by["Central Committee of Chadian Nurses"]
    assert by["Chad Nurses Central Committee"].id == e.id == by["Chadian Central Committee of Nurses"].id
    assert e.type == "organization"


def test_committees_of_two_countries_stay_apart() -> None:
    _, by = _link(_m("a", "Chad Nurses Central Committee", "ORG", "organization"),
                  _m("b", "Central Committee of Malian Nurses", "ORG", "organization"))
    assert by["Chad Nurses Central Committee"].id != by["Central Committee of Malian Nurses"].id


def test_acronym_defined_in_one_document_joins_a_reordered_name_in_another() -> None:
    text = "The Central Committee of Chadian Nurses (CCCN) said on Monday."
    _, by = _link(_in("a", text, "Central Committee of Chadian Nurses", "ORG", "organization"),
                  _m("b", "Chad Nurses Central Committee", "ORG", "organization"),
                  _m("c", "CCCN", "ORG", "organization"), texts={"a": text})
    assert by["CCCN"].id == by["Chad Nurses Central Committee"].id == by["Central Committee of Chadian Nurses"].id


def test_standard_abbreviation_is_the_spelled_out_body() -> None:
    _, by = _link(_m("a", "UN Refugee Office", "ORG", "organization"),
                  _m("b", "United Nations Refugee Office", "ORG", "organization"),
                  _m("c", "EU Monitoring Mission", "ORG", "organization"),
                  _m("d", "European Union Monitoring Mission", "ORG", "organization"))
    assert by["UN Refugee Office"].id == by["United Nations Refugee Office"].id
    assert by["EU Monitoring Mission"].id == by["European Union Monitoring Mission"].id
    assert by["UN Refugee Office"].name == "United Nations Refugee Office"


def test_leading_part_of_a_company_name_is_that_company() -> None:
    _, by = _link(_m("a", "Strade per la Zenda", "ORG", "organization"),
                  _m("b", "Strade", "ORG", "organization"), _m("c", "Strade", "ORG", "organization"))
    assert by["Strade"].id == by["Strade per la Zenda"].id
    assert by["Strade"].name == "Strade per la Zenda"


def test_leading_part_shared_by_two_longer_names_joins_neither() -> None:
    _, by = _link(_m("a", "Strade per la Zenda", "ORG", "organization"),
                  _m("b", "Strade Holding", "ORG", "organization"), _m("c", "Strade", "ORG", "organization"))
    assert by["Strade"].id != by["Strade per la Zenda"].id
    assert by["Strade"].id != by["Strade Holding"].id


def test_arabic_particle_spellings_are_one_person() -> None:
    _, by = _link(_m("a", "Yusuf Abdul-Hameed", "PERSON", "person"),
                  _m("b", "Yusuf Abdel Hamid", "PERSON", "person"),
                  _m("c", "Hamid", "PERSON", "person"))
    assert by["Yusuf Abdul-Hameed"].id == by["Yusuf Abdel Hamid"].id == by["Hamid"].id


def test_article_glued_to_a_given_name_and_vowel_spellings_are_one_person() -> None:
    _, by = _link(_m("a", "Nour al-Din Haleem", "PERSON", "person"),
                  _m("b", "Nourel-Din Halim", "PERSON", "person"),
                  _m("c", "Nour Eddin Haleem", "PERSON", "person"))
    assert by["Nour al-Din Haleem"].id == by["Nourel-Din Halim"].id == by["Nour Eddin Haleem"].id


def test_different_arabic_names_stay_apart() -> None:
    _, by = _link(_m("a", "Yusuf Abdel Hamid", "PERSON", "person"),
                  _m("b", "Yusuf Abdel Majid", "PERSON", "person"),
                  _m("c", "Nour al-Din Haleem", "PERSON", "person"),
                  _m("d", "Nasr al-Din Haleem", "PERSON", "person"))
    assert by["Yusuf Abdel Hamid"].id != by["Yusuf Abdel Majid"].id
    assert by["Nour al-Din Haleem"].id != by["Nasr al-Din Haleem"].id


def test_a_name_beginning_with_a_place_and_ending_with_a_body_head_is_an_organization() -> None:
    _, by = _link(_m("a", "Zenda-Dale Fire Rescue", "GPE", "place"),
                  _m("b", "Zenda-Dale Fire Rescue", "GPE", "place"),
                  _m("c", "Zenda-Dale Fire Rescue", "ORG", "organization"))
    assert by["Zenda-Dale Fire Rescue"].type == "organization"


def test_a_town_the_coverage_writes_in_after_is_a_place_not_a_person() -> None:
    t1 = "Shelling hit homes in Ed Marwani on Sunday, residents said."
    t2 = "Families fled from Ed Marwani toward the river; clashes continued near Ed Marwani."
    _, by = _link(_in("a", t1, "Ed Marwani", "PERSON", "person"),
                  _in("b", t2, "Ed Marwani", "PERSON", "person"),
                  _m("b", "Ed Marwani", "PERSON", "person", t2.rindex("Ed Marwani")),
                  texts={"a": t1, "b": t2})
    assert by["Ed Marwani"].type == "place"


def test_the_armed_forces_local_name_written_with_the_is_not_a_person() -> None:
    t1 = "The Zendamaw said its troops had retaken the base. A spokesman for the Zendamaw denied it."
    t2 = "Witnesses blamed the Zendamaw for the strike."
    _, by = _link(_in("a", t1, "Zendamaw", "PERSON", "person"),
                  _m("a", "Zendamaw", "PERSON", "person", t1.rindex("Zendamaw")),
                  _in("b", t2, "Zendamaw", "GPE", "place"),
                  texts={"a": t1, "b": t2})
    assert by["Zendamaw"].type == "organization"


def test_a_person_written_in_after_a_possessive_stays_a_person() -> None:
    t1 = "In Mirek Hollan's view the bridge was safe, Mirek Hollan said."
    _, by = _link(_in("a", t1, "Mirek Hollan", "PERSON", "person"),
                  _m("a", "Mirek Hollan", "PERSON", "person", t1.rindex("Mirek Hollan")), texts={"a": t1})
    assert by["Mirek Hollan"].type == "person"


def test_a_market_named_after_a_person_is_a_place_and_an_honorific_makes_a_person() -> None:
    _, by = _link(_m("a", "Bogyoke Zaw Lin Market", "PERSON", "person"),
                  _m("b", "Thakin Zaw Lin", "ORG", "organization"),
                  _m("c", "Thakin Zaw Lin", "GPE", "place"))
    assert by["Bogyoke Zaw Lin Market"].type == "place"
    assert by["Thakin Zaw Lin"].type == "person"


def test_a_body_whose_name_ends_in_an_army_or_force_word_is_an_organization() -> None:
    _, by = _link(_m("a", "Zenda Rapid Reaction Forces", "PERSON", "person"),
                  _m("b", "Strelsau Liberation Army", "GPE", "place"),
                  _m("c", "Strelsau Liberation Army", "GPE", "place"))
    assert by["Zenda Rapid Reaction Forces"].type == "organization"
    assert by["Strelsau Liberation Army"].type == "organization"


def test_name_words_make_arabic_particles_one() -> None:
    from counterpoint.entities.translit import name_words, token_key

    assert name_words("Karim Abdul-Wahid") == name_words("Karim Abdel Wahid") == ["Karim", "Abd", "Wahid"]
    assert name_words("Salah al-Din Mansour") == ["Salah", "Din", "Mansour"]
    assert name_words("Salahel-Din Mansour") == ["Salah", "Din", "Mansour"]
    assert name_words("Ed Marwani") == ["Ed", "Marwani"]  # first and last words stay whole
    assert token_key("saeed") == token_key("said")


def test_demonyms_fold_to_their_country_and_abbreviations_expand() -> None:
    from counterpoint.entities.gazetteer import load_gazetteer
    from counterpoint.entities.names import demonym_country, expand_abbreviations
    from counterpoint.entities.surfaces import _country_test

    is_country = _country_test(load_gazetteer())
    assert demonym_country("chadian", is_country) == "chad"
    assert demonym_country("sudanese", is_country) == "sudan"
    assert demonym_country("central", is_country) is None
    assert expand_abbreviations("U.N. Refugee Office") == "United Nations Refugee Office"
    assert expand_abbreviations("UN") == "UN"


def test_leading_part_does_not_join_a_unit_named_after_it() -> None:
    _, by = _link(_m("a", "Zendaford School of Nursing", "ORG", "organization"),
                  _m("b", "Zendaford", "ORG", "organization"))
    assert by["Zendaford"].id != by["Zendaford School of Nursing"].id


def test_full_name_written_twice_names_the_body_whose_short_form_is_written_often() -> None:
    short = [_m(d, "Strade", "ORG", "organization") for d in "abcdefghij"]
    _, by = _link(_m("a", "Strade per la Zenda", "ORG", "organization"),
                  _m("b", "Strade per la Zenda", "ORG", "organization"), *short)
    assert by["Strade"].name == "Strade per la Zenda"


def test_glued_article_and_vowel_spellings_in_given_name_and_surname_are_one_person() -> None:
    _, by = _link(_m("a", "Fadil al-Karim Saeed", "PERSON", "person"),
                  _m("b", "Fadlel-Karim Said", "PERSON", "person"),
                  _m("c", "Fadil al-Karim Saeed", "PERSON", "person"))
    assert by["Fadil al-Karim Saeed"].id == by["Fadlel-Karim Said"].id
    assert by["Fadil al-Karim Saeed"].type == "person"


def test_spelled_out_name_written_twice_names_the_body_over_its_frequent_acronym() -> None:
    text = "The Zenda Relief Agency (ZRA) said on Monday."
    acr = [_m(d, "ZRA", "ORG", "organization") for d in "bcdefghijk"]
    _, by = _link(_in("a", text, "Zenda Relief Agency", "ORG", "organization"),
                  _m("b", "Zenda Relief Agency", "ORG", "organization"), *acr, texts={"a": text})
    assert by["ZRA"].id == by["Zenda Relief Agency"].id
    assert by["ZRA"].name == "Zenda Relief Agency"


def test_two_people_whose_canonical_keys_meet_keep_distinct_ids() -> None:
    ents, by = _link(_m("a", "Seo Min-jun", "PERSON", "person"), _m("a", "Seo Min-jun", "PERSON", "person"),
                     _m("b", "Seo Byung-jun", "PERSON", "person"))
    assert by["Seo Min-jun"].id != by["Seo Byung-jun"].id
    assert len({e.id for e in ents}) == len(ents)
