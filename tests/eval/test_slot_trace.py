"""eval/slot_trace.py says where each gold value of a slot went, on an invented dossier."""

from __future__ import annotations


def _claim(cid: str, value: float, measure: str = "killed", text: str = "") -> dict:
    return {"id": cid, "value": value, "measure": measure, "evidence": {"text": text}}


def test_trace_names_each_kind_of_loss(eval_module) -> None:
    mod = eval_module("slot-trace")
    gold = {"slots": [{"id": "killed-total", "measure": "killed", "values": [10, 20, 30, 40, 50]}]}
    dossier = {
        "claims": [_claim("a", 10), _claim("b", 20), _claim("c", 30), _claim("d", 40, "injured", "40 hurt"),
                   _claim("e", 55)],
        "groups": [{"id": "g1", "measure": "killed", "claims": ["a", "b"]},
                   {"id": "g2", "measure": "killed", "subject": "civilian", "claims": ["c"], "parent": "g1"}],
    }
    kinds = {value: kind for _, value, kind, _ in mod.trace(gold, dossier)}
    assert kinds == {10: "in-slot-group", 20: "in-slot-group", 30: "other-group", 40: "other-measure",
                     50: "not-extracted"}


def test_a_passing_slot_is_left_out_unless_asked(eval_module) -> None:
    mod = eval_module("slot-trace")
    gold = {"slots": [{"id": "killed-total", "measure": "killed", "values": [10]}]}
    dossier = {"claims": [_claim("a", 10)], "groups": [{"id": "g1", "measure": "killed", "claims": ["a"]}]}
    assert mod.trace(gold, dossier) == []
    assert [kind for _, _, kind, _ in mod.trace(gold, dossier, every_slot=True)] == ["in-slot-group"]
