"""Linking patterns from real coverage, in invented names: titles, transliteration, offices."""

from __future__ import annotations

from counterpoint.entities import link_entities
from counterpoint.entities.names import org_signature, person_and_role, trim_fragment
from counterpoint.entities.translit import skeleton, token_key
from counterpoint.models import Document, Mention


def _m(doc: str, text: str, label: str, etype: str) -> Mention:
    return Mention(document=doc, start=0, end=len(text), text=text, label=label, type=etype)  # type: ignore[arg-type]


def _docs(*ids: str) -> list[Document]:
    return [Document(id=i, path=i, status="ok", text="") for i in ids]


def _link(*mentions: Mention):
    ents, _ = link_entities(_docs(*sorted({m.document for m in mentions})), list(mentions), [])
    return ents, {a: e for e in ents for a in e.aliases}


def test_title_and_nationality_are_stripped_and_give_the_role() -> None:
    assert person_and_role("Ruritanian President Mirzo-Bek Karimov") == ("Mirzo-Bek Karimov", "president")
    assert person_and_role("Prosecutor General Anvar Tashkentov") == ("Anvar Tashkentov", "prosecutor general")
    assert person_and_role("Maj Gen Karimov") == ("Karimov", "major general")
    assert person_and_role("Karimov") == ("Karimov", None)


def test_titled_name_tagged_as_organization_is_the_person() -> None:
    ents, by = _link(_m("a", "Ruritanian President Mirzo-Bek Karimov", "ORG", "organization"),
                     _m("b", "Mirza-Bek Karimov", "PERSON", "person"), _m("c", "Karimov", "PERSON", "person"))
    person = by["Mirzo-Bek Karimov"]
    assert person.type == "person" and person.role == "president"
    assert by["Mirza-Bek Karimov"].id == person.id == by["Karimov"].id
    assert not [e for e in ents if e.type == "organization"]


def test_transliteration_variants_share_a_key() -> None:
    keys = {token_key(w) for w in ("tokayev", "tokaev", "tokayeff")}
    assert len(keys) == 1
    assert token_key("zhomart") == token_key("jomart") == token_key("dzhomart") == token_key("yomart")
    assert skeleton(token_key("mirzo")) == skeleton(token_key("mirza"))
    assert token_key("hassan") == token_key("hasan")


def test_two_romanizations_of_one_full_name_are_one_person() -> None:
    _, by = _link(_m("a", "Svetlana Ruritskaya", "PERSON", "person"),
                  _m("b", "Sviatlana Rurytsouskaya", "PERSON", "person"))
    assert by["Svetlana Ruritskaya"].id == by["Sviatlana Rurytsouskaya"].id


def test_different_people_with_similar_surnames_stay_apart() -> None:
    _, by = _link(_m("a", "Anvar Karimov", "PERSON", "person"), _m("b", "Dilnoza Karimova", "PERSON", "person"))
    assert by["Anvar Karimov"].id != by["Dilnoza Karimova"].id


def test_first_name_alone_and_surname_first_names_join_their_one_person() -> None:
    _, by = _link(_m("a", "Budi Santosaputra", "PERSON", "person"), _m("b", "Budi", "ORG", "organization"),
                  _m("c", "Park Min Jae", "PERSON", "person"), _m("d", "Park", "PERSON", "person"))
    assert by["Budi"].id == by["Budi Santosaputra"].id and by["Budi"].type == "person"
    assert by["Park"].id == by["Park Min Jae"].id


def test_apostrophe_variants_fold() -> None:
    _, by = _link(_m("a", "Prosecutor General's Office", "ORG", "organization"),
                  _m("b", "Prosecutor General’s Office", "ORG", "organization"))
    assert by["Prosecutor General's Office"].id == by["Prosecutor General’s Office"].id


def test_offices_named_by_head_and_modifiers_are_one() -> None:
    assert org_signature("General Prosecutor's Office") == org_signature("Prosecutor General's Office") \
        == org_signature("Attorney General's office")
    assert org_signature("Ministry of the Interior") == org_signature("interior ministry") \
        == org_signature("Ministry of Internal Affairs")
    _, by = _link(_m("a", "Ministry of the Interior", "ORG", "organization"),
                  _m("b", "Ruritanian Interior Ministry", "ORG", "organization"),
                  _m("c", "Ministry of Internal Affairs", "ORG", "organization"),
                  _m("d", "Ministry of Health", "ORG", "organization"))
    assert by["Ministry of the Interior"].id == by["Ruritanian Interior Ministry"].id \
        == by["Ministry of Internal Affairs"].id
    assert by["Ministry of Health"].id != by["Ministry of the Interior"].id


def test_acronym_in_parentheses_joins_its_name_across_documents() -> None:
    text = "The Ruritanian Flood Relief Directorate (RUFLO) said the river rose."
    name = "Ruritanian Flood Relief Directorate"
    docs = [Document(id="a", path="a", status="ok", text=text), Document(id="b", path="b", status="ok", text="")]
    mentions = [Mention(document="a", start=4, end=4 + len(name), text=name, label="ORG", type="organization"),
                Mention(document="b", start=0, end=5, text="RUFLO", label="ORG", type="organization")]
    ents, _ = link_entities(docs, mentions, [])
    by = {a: e for e in ents for a in e.aliases}
    assert by["RUFLO"].id == by[name].id
    assert by[name].name == name  # the spelled-out name, not the acronym


def test_a_name_and_the_same_name_with_generic_words_are_one() -> None:
    _, by = _link(_m("a", "Karavan News Agency", "ORG", "organization"), _m("b", "Karavan", "ORG", "organization"),
                  _m("c", "Zorya FC", "ORG", "organization"), _m("d", "Zorya", "ORG", "organization"))
    assert by["Karavan"].id == by["Karavan News Agency"].id
    assert by["Zorya"].id == by["Zorya FC"].id


def test_fragments_are_trimmed() -> None:
    assert trim_fragment("Ministry of Health of the") == "Ministry of Health"
    assert trim_fragment("Flood Relief Directorate on Thursday") == "Flood Relief Directorate"
    ents, _ = _link(_m("a", "Ministry of Health of the", "ORG", "organization"))
    assert [e.name for e in ents] == ["Ministry of Health"]


def test_a_country_is_never_a_person_or_an_organization() -> None:
    _ents, by = _link(_m("a", "Moldova", "PERSON", "person"), _m("b", "Moldova", "ORG", "organization"),
                     _m("c", "Moldova", "PERSON", "person"))
    assert by["Moldova"].type == "place"


def test_canonical_name_is_the_fullest_spelling() -> None:
    _ents, by = _link(*[_m(f"d{i}", "Karimov", "PERSON", "person") for i in range(5)],
                     _m("x", "Mirzo-Bek Karimov", "PERSON", "person"))
    assert by["Karimov"].name == "Mirzo-Bek Karimov"
    assert "Karimov" in by["Karimov"].aliases


def test_a_title_left_outside_the_span_gives_the_role() -> None:
    from counterpoint.entities.names import title_before

    text = "On Monday Prosecutor General Anvar Tashkentov said"
    assert title_before(text, text.index("Anvar")) == "prosecutor general"
    assert title_before("He met Karimov", 7) is None
    docs = [Document(id="a", path="a", status="ok", text="Ruritanian President Karimov spoke.")]
    ents, _ = link_entities(docs, [Mention(document="a", start=21, end=28, text="Karimov", label="PERSON",
                                           type="person")], [])
    assert ents[0].role == "president"


def test_a_club_named_with_its_city_is_the_club() -> None:
    _, by = _link(_m("a", "Zorya Almaty", "GPE", "place"), _m("b", "Zorya", "ORG", "organization"))
    assert by["Zorya"].id == by["Zorya Almaty"].id and by["Zorya"].type == "organization"


def test_place_spellings_and_feature_words_are_one_place() -> None:
    _, by = _link(_m("a", "Varlapurchowk", "GPE", "place"), _m("b", "Varlapurchok", "GPE", "place"),
                  _m("a", "Mount Ostrava", "LOC", "place"), _m("b", "Ostrava", "LOC", "place"))
    assert by["Varlapurchowk"].id == by["Varlapurchok"].id
    assert by["Mount Ostrava"].id == by["Ostrava"].id


def test_known_body_acronym_joins_its_name_across_documents() -> None:
    _, by = _link(_m("a", "U.N.", "ORG", "organization"), _m("b", "United Nations", "ORG", "organization"))
    assert by["U.N."].id == by["United Nations"].id
    assert by["U.N."].type == "organization"
