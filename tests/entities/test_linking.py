"""Linking on hand-made mentions: spellings, initials, surnames, acronyms, claims' ids."""

from __future__ import annotations

from counterpoint.entities import link, link_entities
from counterpoint.models import Document, Evidence, FigureClaim, Mention, Source, StatementClaim


def _m(doc: str, text: str, label: str, etype: str) -> Mention:
    return Mention(document=doc, start=0, end=len(text), text=text, label=label, type=etype)  # type: ignore[arg-type]


def _docs(*ids: str) -> list[Document]:
    return [Document(id=i, path=i, status="ok", text="") for i in ids]


def _by_alias(entities):
    return {a: e for e in entities for a in e.aliases}


def test_person_spellings_initials_and_surname_are_one_person() -> None:
    names = ["Kassim-Jomart Tokayev", "Kassym-Jomart Tokayev", "Qasim Jomart Tokayev", "KZh Tokayev",
             "Tokayev", "Tokayev's", "Токаев"]
    mentions = [_m(f"d{i}", n, "PERSON", "person") for i, n in enumerate(names)]
    ents, _ = link_entities(_docs(*(f"d{i}" for i in range(len(names)))), mentions, [])
    persons = [e for e in ents if e.type == "person"]
    assert len(persons) == 1
    assert persons[0].mentions == len(names) and len(persons[0].documents) == len(names)
    assert {"Kassym-Jomart Tokayev", "KZh Tokayev", "Токаев"} <= set(persons[0].aliases)


def test_surname_only_is_not_merged_when_ambiguous() -> None:
    mentions = [_m("a", "Nursultan Nazarbayev", "PERSON", "person"), _m("a", "Dariga Nazarbayeva", "PERSON", "person"),
                _m("b", "Nazarbayev", "PERSON", "person")]
    ents, _ = link_entities(_docs("a", "b"), mentions, [])
    by = _by_alias(ents)
    assert by["Nursultan Nazarbayev"].id != by["Dariga Nazarbayeva"].id
    assert by["Nazarbayev"].id not in (by["Nursultan Nazarbayev"].id, by["Dariga Nazarbayeva"].id)


def test_acronym_and_expansions_in_any_spelling() -> None:
    mentions = [_m("a", "the Collective Security Treaty Organisation", "ORG", "organization"),
                _m("b", "Collective Security Treaty Organization", "ORG", "organization"),
                _m("c", "CSTO", "ORG", "organization"), _m("c", "Sputnik", "ORG", "organization")]
    ents, _ = link_entities(_docs("a", "b", "c"), mentions, [])
    orgs = [e for e in ents if e.type == "organization"]
    assert len(orgs) == 2
    csto = _by_alias(orgs)["CSTO"]
    assert csto.name == "Collective Security Treaty Organisation" or csto.name.startswith("Collective")
    assert csto.documents == ("a", "b", "c")


def test_places_link_to_geonames_and_claims_get_ids() -> None:
    mentions = [_m("a", "Almaty", "GPE", "place"), _m("b", "Alma-Ata", "GPE", "place"),
                _m("a", "Kazakhstan", "GPE", "place"), _m("a", "Ministry of Health", "ORG", "organization")]
    ev = Evidence(document="a", start=0, end=1, text="x")
    fig = FigureClaim(id="a-f1", document="a", measure="killed", value=103, low=103, high=103, qualifier="exact",
                      unit="person", subject="people", evidence=ev, place_name="Almaty",
                      sources=(Source(name="the local Ministry of Health", role="origin"),))
    fig2 = FigureClaim(id="a-f2", document="a", measure="killed", value=1, low=1, high=1, qualifier="exact",
                       unit="person", subject="people", evidence=ev, place_name="Zhanaozen")
    st = StatementClaim(id="a-s1", document="a", speaker=None, speaker_name="President Tokayev", text="...",
                        evidence=ev)
    result = link(_docs("a", "b"), mentions, [fig, fig2, st])
    by = _by_alias(result.entities)
    almaty = by["Alma-Ata"]
    assert almaty.id == by["Almaty"].id and almaty.type == "place" and almaty.geo is not None
    assert almaty.geo.country == "KZ" and abs(almaty.geo.lat - 43.25) < 0.1
    f1, f2, s1 = result.claims
    assert f1.place == almaty.id
    assert f1.sources[0].entity == by["Ministry of Health"].id
    zh = next(e for e in result.entities if e.id == f2.place)  # made from the figure alone
    assert zh.name == "Zhanaozen" and zh.geo is not None
    assert s1.speaker is not None and next(e for e in result.entities if e.id == s1.speaker).type == "person"
    assert result.mention_entities[0] == almaty.id


def test_ids_are_stable_across_runs_and_input_order() -> None:
    mentions = [_m("a", "Vladimir Putin", "PERSON", "person"), _m("b", "Putin", "PERSON", "person"),
                _m("b", "Kremlin", "ORG", "organization")]
    one, _ = link_entities(_docs("a", "b"), mentions, [])
    two, _ = link_entities(_docs("a", "b"), list(reversed(mentions)), [])
    assert {e.name: e.id for e in one} == {e.name: e.id for e in two}
    assert all(e.id.startswith("e-") for e in one)
