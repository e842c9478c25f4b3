"""Print a dossier's figure groups and claims as a table, for diagnosing headline slots.

    python eval/dossier_figures.py OUT/dossier.json [--measure killed]

One line per group (measure, subject, place, verdict, best, event, parent, claims, independent
sources), then one per figure claim (value, qualifier, subject, place, as_of, document, event,
group, part/supersedes, sources, the start of its evidence).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _tail(value: str | None) -> str:
    return (value or "")[-4:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dossier", type=Path)
    ap.add_argument("--measure", help="only this measure")
    a = ap.parse_args()
    d = json.loads(a.dossier.read_text(encoding="utf-8"))
    event_of = {doc: e["id"] for e in d.get("events") or [] for doc in e.get("documents") or []}
    group_of = {c: g for g in d["groups"] for c in g["claims"]}
    for g in d["groups"]:
        if a.measure and g["measure"] != a.measure:
            continue
        print(f"G {_tail(g['id'])} {g['measure']:10} subj={g['subject']} place={g['place']} {g['verdict']:7} "
              f"best={g['best']['value']} ev={_tail(g.get('event'))} parent={_tail(g.get('parent'))} "
              f"n={len(g['claims'])} ind={g['independent_sources']}")
    for c in d["claims"]:
        if c.get("kind") != "figure" or (a.measure and c["measure"] != a.measure):
            continue
        g = group_of.get(c["id"])
        sources = [s.get("name") or s.get("text") for s in c.get("sources") or []][:2]
        print(f"{c['measure']:10} {c['value']!s:>9} {c.get('qualifier') or '':9} subj={c.get('subject')} "
              f"pl={c.get('place_name')} asof={c.get('as_of')} doc={c['document'][:6]} "
              f"ev={_tail(event_of.get(c['document']))} g={_tail(g['id']) if g else None} "
              f"part={bool(c.get('part_of'))} sup={len(c.get('supersedes') or [])} src={sources} | "
              f"{c['evidence']['text'][:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
