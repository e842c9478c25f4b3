"""The corpus parts are written a record at a time (store._json_array): the stored text must be
the very text `json.dumps` gives for the whole part, since the SQL views and `load_dossier`
read it back."""

from __future__ import annotations

import json
from dataclasses import dataclass

from counterpoint.models import to_json
from counterpoint.store import _json_array


@dataclass(frozen=True)
class _Rec:
    name: str
    values: tuple[float | None, ...]
    inner: dict[str, object]


def test_json_array_is_the_text_of_the_whole_part():
    records = (
        _Rec(name="Zoë's town", values=(1.0, None, 2.5), inner={"k": ["a", {"b": True}]}),
        _Rec(name="“quoted” — dash", values=(), inner={}),
    )
    assert _json_array(records) == json.dumps(to_json(records), ensure_ascii=False)
    assert _json_array(()) == json.dumps([]) == "[]"
    assert json.loads(_json_array(records))[0]["name"] == "Zoë's town"
