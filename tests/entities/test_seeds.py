"""The founding corpus end to end: spaCy + NER repair + linking give one entity per real person,
organization and place, with its spellings, type and coordinates (gold: seeds_entities.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterpoint.entities import link
from counterpoint.models import Document

GOLD = json.loads((Path(__file__).parent / "seeds_entities.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def linked(seeds_dir: Path):
    import spacy

    import counterpoint.entities.ner_repair
    import counterpoint.nlp.mentions  # noqa: F401
    from counterpoint.nlp import MODEL_PACKAGE, make_doc, register_extensions

    register_extensions()
    # Only the components under test (the model's own, NER repair, mentions): fast and isolated
    # from the other extractors.
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("counterpoint_ner_repair_v1")
    nlp.add_pipe("counterpoint_mentions_v1")
    docs, mentions = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        d = Document(id=path.stem, path=str(path), status="ok", text=text)
        docs.append(d)
        mentions.extend(nlp(make_doc(nlp, text, doc_id=d.id, published=None))._.cp_mentions)
    return link(docs, mentions, []), mentions


def _by_alias(entities):
    return {a: e for e in entities for a in e.aliases}


@pytest.mark.slow
def test_spellings_are_one_entity(linked) -> None:
    result, _ = linked
    by = _by_alias(result.entities)
    for group in GOLD["same_entity"]:
        missing = [a for a in group["aliases"] if a not in by]
        assert not missing, f"never linked: {missing}"
        ids = {by[a].id for a in group["aliases"]}
        assert len(ids) == 1, f"split: {[(a, by[a].name) for a in group['aliases']]}"
        assert by[group["aliases"][0]].type == group["type"]


@pytest.mark.slow
def test_places_have_coordinates(linked) -> None:
    result, _ = linked
    by = _by_alias(result.entities)
    tol = GOLD["coordinate_tolerance_degrees"]
    for place in GOLD["places"]:
        e = by[place["alias"]]
        assert e.type == "place" and e.geo is not None, place
        assert e.geo.country == place["country"]
        if "lat" in place:
            assert abs(e.geo.lat - place["lat"]) < tol and abs(e.geo.lon - place["lon"]) < tol, (place, e.geo)


@pytest.mark.slow
def test_types(linked) -> None:
    result, mentions = linked
    by = _by_alias(result.entities)
    for etype, aliases in GOLD["typed"].items():
        for a in aliases:
            assert a in by and by[a].type == etype, (a, by.get(a))
    persons = {m.text for m in mentions if m.type == "person"} | {
        a for e in result.entities if e.type == "person" for a in e.aliases
    }
    wrong = sorted(persons & set(GOLD["never_person"]))
    assert not wrong, f"typed as person: {wrong}"
