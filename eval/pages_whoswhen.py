"""Who's who and what happened when, through the product, on the pages dev set.

    python eval/run.py pages-whoswhen [--limit N]

For each event with gold (`devset/gold/<event>.json`) and fetched pages (`devset/pages/<event>/`,
git-ignored: fetch them with `devset/fetch.py`), this runs `counterpoint analyze` on the pages and
scores the dossier with the project's slot scorer (`../shared/tools/score_slots.py`):
- entity_groups: gold alias groups that landed in one entity of the right type (cross-document
  linking: spellings, titles, acronyms, organization word order);
- entities_wrong_type: countries, cities, outlets typed as persons, persons typed as organizations;
- timeline: gold dated happenings with an entry on their day; bad entries (before the event began,
  matching what must not appear, one label on two days).
The entity part is the cross-document entity benchmark of issue 16 (tests/eval holds its floor).
The pages set has only a dev split. `COUNTERPOINT_DEVSET` points at another copy of `devset/`
(a worktree without fetched pages can use the main checkout's).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent / "shared" / "tools" / "score_slots.py"


def _devset() -> Path:
    return Path(os.environ.get("COUNTERPOINT_DEVSET") or HERE.parent / "devset")


def _events(root: Path) -> list[str]:
    gold = sorted(p.stem for p in (root / "gold").glob("*.json"))
    return [e for e in gold if (root / "pages" / e).is_dir() and any((root / "pages" / e).glob("*.txt"))]


def _score(gold: Path, dossier: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(dossier)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def fetched_events() -> list[str]:
    """Events with gold and fetched pages (empty in a clone where the pages were not fetched)."""
    root = _devset()
    return _events(root) if (root / "gold").is_dir() else []


def run(split: str, limit: int | None, *, only: Sequence[str] = ()) -> dict[str, float]:
    """Score the events (all fetched ones, or `only`), first `limit` of them."""
    if split != "dev":
        raise SystemExit("the pages set has a dev split only")
    from counterpoint.pipeline import analyze

    root = _devset()
    events = [e for e in _events(root) if not only or e in only]
    events = events[:limit] if limit else events
    if not events:
        raise SystemExit(f"no fetched pages with gold under {root} (set COUNTERPOINT_DEVSET)")
    totals = dict.fromkeys(("entity_groups_merged", "entity_groups", "entities_wrong_type",
                            "timeline_dates_found", "timeline_dates", "timeline_bad_entries"), 0)
    print(f"{'event':34} {'entities':>9} {'wrong type':>10} {'timeline':>9} {'bad':>4}")
    with tempfile.TemporaryDirectory(prefix="cp-whoswhen-") as tmp:
        for event in events:
            out = Path(tmp) / event
            analyze([root / "pages" / event], out_dir=out)
            s = _score(root / "gold" / f"{event}.json", out / "dossier.json")
            for k in totals:
                totals[k] += int(s.get(k, 0))
            print(f"{event:34} {s['entity_groups_merged']:>4}/{s['entity_groups']:<4} {s['entities_wrong_type']:>10} "
                  f"{s['timeline_dates_found']:>4}/{s['timeline_dates']:<4} {s['timeline_bad_entries']:>4}")
    groups, dates = max(1, totals["entity_groups"]), max(1, totals["timeline_dates"])
    return {
        "entity_groups_merged": totals["entity_groups_merged"] / groups,
        "timeline_dates_found": totals["timeline_dates_found"] / dates,
        "entities_wrong_type": float(totals["entities_wrong_type"]),
        "timeline_bad_entries": float(totals["timeline_bad_entries"]),
    }


def canonical_names(gold: dict, dossier: dict) -> list[tuple[list[str], str | None, bool]]:
    """Issue 16 point 2 on one event: for each gold alias group, the name its entity carries and
    whether that name is the fullest gold alias the entity holds (most words, then letters): the
    reader's name for it, not the most frequent short form."""
    def fold(x: str | None) -> str:
        return " ".join((x or "").replace("\u2019", "'").casefold().split())

    out = []
    for grp in gold.get("entity_groups", []):
        ents = [e for e in dossier.get("entities", [])
                if {fold(a) for a in grp["aliases"]} & ({fold(x) for x in e.get("aliases", [])} | {fold(e.get("name"))})]
        if len(ents) != 1:
            out.append((grp["aliases"], None, False))
            continue
        held = [a for a in grp["aliases"] if fold(a) in {fold(x) for x in ents[0].get("aliases", [])} | {fold(ents[0]["name"])}]
        fullest = max(len(a.split()) for a in held)
        name = ents[0]["name"]
        out.append((grp["aliases"], name, len(name.split()) >= fullest))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """`python eval/pages_whoswhen.py --names OUT_ROOT`: the canonical-name check on dossiers an
    earlier run left under OUT_ROOT/<event>/dossier.json (e.g. from eval/pages_devset.py)."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=Path, required=True, help="folder of <event>/dossier.json")
    args = ap.parse_args(argv)
    root = _devset()
    shortened = 0
    for event in _events(root):
        path = args.names / event / "dossier.json"
        if not path.exists():
            continue
        rows = canonical_names(json.loads((root / "gold" / f"{event}.json").read_text()), json.loads(path.read_text()))
        for aliases, name, full in rows:
            if not full:
                shortened += 1
                print(f"{event}: {aliases} -> {name or 'not one entity'}")
    print(f"groups whose name is not the fullest alias: {shortened}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
