"""Trace where each gold headline value went in a dossier: which group holds it, or why none does.

    python eval/slot_trace.py GOLD.json DOSSIER.json [--all] [--summary]

For every required slot that fails (every slot with --all) and every value of it, prints one line:
`in-slot-group` (the group the scorer picks for the slot), `other-group G` (a group of the same
measure that is not the slot's: a split), `other-measure M` (a claim with that value exists, under
another measure), `ungrouped` (a claim of the measure that no group holds) or `not-extracted` (no
claim carries the value). With --summary it prints only the counts of those kinds, as one JSON line,
so a change can be judged by where the values go rather than by slots alone.

It reads the scorer's own rule for "the slot's group" (the group of the measure that holds the most
gold values) so the two never disagree. The dev-set scorer is ../shared/tools/score_slots.py.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

# The scorer's own closeness rule (values within 0.5%, or 0.5 absolute for small numbers).
RELATIVE_TOLERANCE = 0.005
ABSOLUTE_TOLERANCE = 0.5


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * abs(float(b)))


def trace(gold: dict, dossier: dict, every_slot: bool = False) -> list[tuple[str, float, str, str]]:
    claims = {c["id"]: c for c in dossier.get("claims", [])}
    groups = dossier.get("groups", [])
    grouped = {cid for g in groups for cid in g.get("claims", [])}
    out: list[tuple[str, float, str, str]] = []
    for slot in gold.get("slots", []):
        if slot.get("optional") and not every_slot:
            continue
        measure = slot.get("measure")
        cands = [g for g in groups if measure in (None, g.get("measure"))]

        def held(g: dict, w: float) -> bool:
            return any(close(claims[c].get("value"), w) for c in g.get("claims", []) if c in claims)

        best_g, best_n = None, 0
        for g in cands:
            n = sum(held(g, w) for w in slot["values"])
            if n > best_n:
                best_g, best_n = g, n
        if best_n == len(slot["values"]) and not every_slot:
            continue
        for w in slot["values"]:
            if best_g is not None and held(best_g, w):
                out.append((slot["id"], w, "in-slot-group", ""))
                continue
            others = [g for g in cands if held(g, w)]
            if others:
                g = others[0]
                label = f"{g.get('id')} subject={g.get('subject')} place={g.get('place')} parent={g.get('parent')}"
                out.append((slot["id"], w, "other-group", label))
                continue
            same = [c for c in claims.values() if close(c.get("value"), w)]
            of_measure = [c for c in same if c.get("measure") == measure]
            if of_measure:
                text = ((of_measure[0].get("evidence") or {}).get("text") or "")[:160]
                why = "in no group" if of_measure[0]["id"] not in grouped else "grouped elsewhere"
                out.append((slot["id"], w, "ungrouped", f"{why}: {text}"))
            elif same:
                c = same[0]
                text = ((c.get("evidence") or {}).get("text") or "")[:160]
                out.append((slot["id"], w, "other-measure", f"{c.get('measure')}: {text}"))
            else:
                out.append((slot["id"], w, "not-extracted", ""))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("dossier", type=Path)
    ap.add_argument("--all", action="store_true", help="trace every slot, not only failing required ones")
    ap.add_argument("--summary", action="store_true", help="print only the counts per kind as one JSON line")
    args = ap.parse_args()
    rows = trace(json.loads(args.gold.read_text()), json.loads(args.dossier.read_text()), args.all)
    if args.summary:
        print(json.dumps(dict(Counter(kind for _, _, kind, _ in rows))))
        return 0
    for slot_id, value, kind, detail in rows:
        print(f"{slot_id}\t{value:g}\t{kind}\t{detail}".replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
