"""Run the product on the pages dev set (real multi-outlet coverage) and score every event.

    python eval/pages_devset.py [--events slug,slug] [--out-root DIR] [--keep]

For every event folder devset/pages/<slug>/ that has a gold file devset/gold/<slug>.json this runs
the product's own path, `counterpoint analyze devset/pages/<slug> --out TMP`, then
`score_slots.py devset/gold/<slug>.json TMP/dossier.json --verbose`. The verbose scorer output
(which slots fail and why, entity groups not merged, wrong types, false groups, non-speaker
sources, failed source checks) goes to devset/pages/_runs/<slug>.log (to <out-root>/_logs with --out-root). It prints a per-event table
and, last, one JSON line with the totals.

The article texts are not in git (see devset/README.md): on a clean clone devset/pages/ is absent
and this script says so and exits 0. Rebuild the folders with `python devset/fetch.py` from the
saved search-result dumps in devset/pages/_raw/.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "devset"
PAGES = DEVSET / "pages"
GOLD = DEVSET / "gold"
RUNS = PAGES / "_runs"
SCORER = ROOT.parent / "shared" / "tools" / "score_slots.py"


def counterpoint_cmd() -> list[str]:
    venv = ROOT / ".venv" / "bin" / "counterpoint"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("counterpoint")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from counterpoint.cli import main; sys.argv[0] = 'counterpoint'; sys.exit(main())"]


def events(selected: set[str] | None, gold_dir: Path = GOLD) -> list[tuple[str, Path, Path]]:
    out = []
    for folder in sorted(p for p in PAGES.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        gold = gold_dir / f"{folder.name}.json"
        if gold.exists() and (selected is None or folder.name in selected):
            out.append((folder.name, folder, gold))
    return out


def last_json(text: str) -> dict | None:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                return None
    return None


def run_event(slug: str, folder: Path, gold: Path, out_root: Path, scorer: Path,
              db_root: Path | None = None, log_dir: Path = RUNS) -> dict:
    out = out_root / slug
    out.mkdir(parents=True, exist_ok=True)
    # A kept store skips the per-document stage (already stored) and reruns only the corpus stage:
    # fast iteration on linking and reconciliation, wrong after a per-document change.
    db_args = ["--db", str(db_root / f"{slug}.db")] if db_root else []
    docs = len([p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".meta.json")])
    t0 = time.monotonic()
    proc = subprocess.run([*counterpoint_cmd(), "analyze", str(folder), "--out", str(out), *db_args],
                          capture_output=True, text=True, cwd=ROOT)
    seconds = time.monotonic() - t0
    log = log_dir / f"{slug}.log"
    dossier = out / "dossier.json"
    if proc.returncode != 0 or not dossier.exists():
        log.write_text(f"counterpoint analyze failed (exit {proc.returncode})\n{proc.stdout}\n{proc.stderr}\n", encoding="utf-8")
        return {"corpus": slug, "docs": docs, "error": f"analyze exit {proc.returncode}", "seconds": round(seconds, 1)}
    sc = subprocess.run([sys.executable, str(scorer), str(gold), str(dossier), "--verbose"],
                        capture_output=True, text=True, cwd=ROOT)
    log.write_text(f"# {slug}: {docs} documents, dossier {dossier}\n{sc.stdout}{sc.stderr}", encoding="utf-8")
    res = last_json(sc.stdout)
    if res is None:
        return {"corpus": slug, "docs": docs, "error": f"scorer exit {sc.returncode}", "seconds": round(seconds, 1)}
    res.update(docs=docs, seconds=round(seconds, 1))
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", help="comma-separated event slugs (default: all with gold)")
    ap.add_argument("--out-root", type=Path, help="where dossiers go (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary dossiers and print where")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--db-root", type=Path, help="keep one store per event here and reuse it (reruns only the "
                    "corpus stage; delete it after changing the per-document stage)")
    ap.add_argument("--gold-dir", type=Path, default=GOLD,
                    help="gold files to score against (default devset/gold; devset/heldout holds the "
                    "events kept out of development, scored only at the end of a round)")
    a = ap.parse_args()

    if not PAGES.is_dir():
        print(f"no {PAGES.relative_to(ROOT)}/ here: the article texts are not in git. Rebuild them "
              f"(see devset/README.md: `python devset/fetch.py` from the saved search dumps) to run this eval.")
        return 0
    selected = set(a.events.split(",")) if a.events else None
    todo = events(selected, a.gold_dir)
    if not todo:
        print(f"no event folder in {PAGES.relative_to(ROOT)}/ has a gold file in {a.gold_dir}/; nothing to score.")
        return 0
    if not a.scorer.exists():
        print(f"scorer not found at {a.scorer}", file=sys.stderr)
        return 2
    tmp = None
    out_root = a.out_root
    if out_root is None:
        tmp = tempfile.mkdtemp(prefix="cp-pages-devset-")
        out_root = Path(tmp)
    # Held-out logs never go to the shared _runs folder, which every developer reads: they stay
    # beside the held-out dossiers, so a failure line cannot leak into development by accident.
    # A run with its own --out-root keeps its logs there too, so parallel runs never overwrite
    # each other's logs in the shared folder.
    own_root = a.out_root is not None or a.gold_dir.resolve() != GOLD.resolve()
    log_dir = out_root / "_logs" if own_root else RUNS
    log_dir.mkdir(parents=True, exist_ok=True)

    if a.db_root:
        a.db_root.mkdir(parents=True, exist_ok=True)
    rows = [run_event(slug, folder, gold, out_root, a.scorer, a.db_root, log_dir) for slug, folder, gold in todo]

    head = f"{'event':34} {'docs':>4} {'slots':>7} {'false':>5} {'badsrc':>6} {'srcchk':>6} {'ents':>7} {'wrongT':>6} {'tl':>5} {'tlbad':>5} {'sec':>5}"
    print(head)
    print("-" * len(head))
    for r in rows:
        if "error" in r:
            print(f"{r['corpus']:34} {r['docs']:>4}  ERROR {r['error']}")
            continue
        print(f"{r['corpus']:34} {r['docs']:>4} {r['slots_passed']:>3}/{r['slots']:<3} {r['false_groups']:>5} "
              f"{r['bad_sources']:>6} {r['source_checks_failed']:>6} {r['entity_groups_merged']:>3}/{r['entity_groups']:<3} "
              f"{r['entities_wrong_type']:>6} {r['timeline_dates_found']:>2}/{r['timeline_dates']:<2} "
              f"{r['timeline_bad_entries']:>5} {r['seconds']:>5}")
    ok = [r for r in rows if "error" not in r]

    def tot(k: str) -> int:
        return sum(int(r.get(k) or 0) for r in ok)

    slots, passed = tot("slots"), tot("slots_passed")
    totals = {
        "events": len(rows), "errors": len(rows) - len(ok), "documents": sum(r["docs"] for r in rows),
        "slots_passed": passed, "slots": slots, "fraction": round(passed / slots, 4) if slots else 0.0,
        "false_groups": tot("false_groups"), "non_speaker_sources": tot("bad_sources"),
        "source_checks_failed": tot("source_checks_failed"),
        "figures_from_unread_languages": tot("figures_from_unread_languages"),
        "entity_groups_merged": tot("entity_groups_merged"), "entity_groups": tot("entity_groups"),
        "entities_wrong_type": tot("entities_wrong_type"),
        "timeline_dates_found": tot("timeline_dates_found"), "timeline_dates": tot("timeline_dates"),
        "timeline_bad_entries": tot("timeline_bad_entries"),
    }
    print(f"verbose scorer logs: {log_dir}/<event>.log")
    if tmp and not a.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    elif tmp:
        print(f"dossiers kept in {tmp}")
    print(json.dumps(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
