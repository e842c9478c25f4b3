"""What the report's "How each outlet tells it" view and the statements API show: the
propositions x outlets matrix of stances (each cell with its evidence), label chips per outlet
(own voice vs quoted), sourcing bars, and flat statement rows for search and CSV export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..models import Dossier, StatementClaim

# What each stance means, for the legend and the cells' titles.
STANCE_HELP: dict[str, str] = {
    "asserts": "says it in its own voice",
    "attributes": "reports someone's claim without taking a side",
    "disputes": "contradicts it, or keeps its distance (scare quotes, “so-called”)",
    "notes_no_evidence": "reports it and says it is unsupported",
    "silent": "does not address it",
}
# Label chips shown per outlet and class (the most used first).
MAX_CHIPS = 8
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def _anchor(document: str) -> str:
    return "doc-" + _ID_UNSAFE.sub("_", document)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    stance: str
    help: str
    evidence: str | None = None  # the sentence
    speaker: str | None = None
    anchor: str | None = None  # the document in the report


def statement_rows(d: Dossier) -> list[dict[str, Any]]:
    """One row per statement claim: for search, the API and the CSV export."""
    outlet_of = {doc: o.name for o in d.outlets for doc in o.documents}
    props = {p.id: p for p in d.propositions}
    rows = []
    for c in d.claims:
        if not isinstance(c, StatementClaim):
            continue
        p = props.get(c.proposition or "")
        outlet = outlet_of.get(c.document)
        rows.append({
            "id": c.id, "document": c.document, "outlet": outlet, "speaker": c.speaker,
            "speaker_name": c.speaker_name, "speaker_role": c.speaker_role, "origin_class": c.origin_class,
            "cue": c.cue, "mode": c.mode, "text": c.text, "proposition": c.proposition,
            "proposition_text": p.text if p else None,
            "stance": p.stances.get(outlet or "") if p else None, "evidence": c.evidence.text,
        })
    return rows


def stories_view(d: Dossier) -> dict[str, Any]:
    """The matrix, chips and bars for the report template."""
    by_id = {c.id: c for c in d.claims}
    outlets = [o for o in d.outlets if o.framing]
    rows = []
    for p in d.propositions:
        cells = []
        for o in outlets:
            stance = p.stances.get(o.name, "silent")
            ev = by_id.get(p.evidence.get(o.name, ""))
            cells.append(Cell(stance=stance, help=STANCE_HELP.get(stance, stance),
                              evidence=ev.evidence.text if ev is not None else None,
                              speaker=getattr(ev, "speaker_name", None) if ev is not None else None,
                              anchor=_anchor(ev.document) if ev is not None else None))
        rows.append({"id": p.id, "text": p.text, "cells": cells, "merges": p.merges})
    profiles = []
    for o in outlets:
        f = o.framing or {}
        chips = []
        for voice, key in (("own", "labels"), ("quoted", "quoted_labels")):
            for cls, labels in (f.get(key) or {}).items():
                for label, n in list(labels.items())[:MAX_CHIPS]:
                    chips.append({"voice": voice, "class": cls, "label": label, "count": n})
        bars = [{"origin": k, "share": v, "percent": round(100 * v)} for k, v in (f.get("sourcing") or {}).items()]
        profiles.append({"name": o.name, "chips": chips, "bars": bars})
    return {"outlets": [o.name for o in outlets], "rows": rows, "profiles": profiles, "help": STANCE_HELP}
