"""The output contract: `dossier.json` (its JSON Schema is the project's dossier.schema.json).

`dossier_json` is the one place records become the contract's JSON. Extra fields the contract
allows (a document's url, a source's offsets, a figure's place_name) are kept: they help users.
"""

from __future__ import annotations

import json
from typing import Any

from .models import Dossier, to_json

CONTRACT_VERSION = 1


def dossier_json(d: Dossier, *, include_text: bool = True) -> dict[str, Any]:
    docs = to_json(d.documents)
    for doc in docs:
        doc.pop("text_hash", None)
        if not include_text:
            doc["text"] = None
    claims = to_json(d.claims)
    for c in claims:
        if c.get("kind") == "statement" and c.get("content") is None:
            c.pop("content", None)  # the contract's content is an object or absent
    return {
        "version": CONTRACT_VERSION,
        "documents": docs,
        "entities": to_json(d.entities),
        "claims": claims,
        "groups": to_json(d.groups),
        "timeline": to_json(d.timeline),
        "outlets": to_json(d.outlets),
        "events": to_json(d.events),
        "propositions": to_json(d.propositions),
    }


def dumps(d: Dossier) -> str:
    return json.dumps(dossier_json(d), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
