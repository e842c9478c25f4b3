"""The canonical-name check of eval/pages_whoswhen.py (issue 16 point 2), on invented dossiers."""

from __future__ import annotations


def test_canonical_names_flags_a_short_form_name(eval_module) -> None:
    mod = eval_module("pages-whoswhen")
    gold = {"entity_groups": [{"type": "organization", "aliases": ["Strade per la Zenda", "Strade"]},
                              {"type": "person", "aliases": ["Mirek Hollan", "Hollan"]},
                              {"type": "place", "aliases": ["Tarlen"]}]}
    dossier = {"entities": [
        {"id": "a", "name": "Strade", "type": "organization", "aliases": ["Strade", "Strade per la Zenda"]},
        {"id": "b", "name": "Mirek Hollan", "type": "person", "aliases": ["Mirek Hollan", "Hollan"]},
    ]}
    rows = mod.canonical_names(gold, dossier)
    assert [(name, full) for _, name, full in rows] == [("Strade", False), ("Mirek Hollan", True), (None, False)]
