"""Run one evaluation against a real public corpus in ../shared/corpora.

    python eval/run.py CORPUS [--split dev|test] [--limit N]

Each corpus has a module `eval/<corpus with - as _>.py` exposing
`run(split: str, limit: int | None) -> dict[str, float]`; it prints a readable table itself.
This script prints the metrics as one JSON object on the last line (each a fraction in [0, 1]).
Tune on dev only; test is for reporting.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
CORPORA = ("newsquant", "gvdb", "tempeval", "polnear", "gva-places", "gva-incidents", "pages-whoswhen",
           "neus", "basil", "basil-clusters", "gva-clusters", "neus-allsides")
# Corpora whose module is not named after them.
MODULES: dict[str, str] = {}


def load_module(corpus: str):
    path = HERE / (MODULES.get(corpus, corpus.replace("-", "_")) + ".py")
    if not path.exists():
        raise SystemExit(f"no evaluation module for {corpus!r} ({path.name})")
    spec = importlib.util.spec_from_file_location(f"cp_eval_{path.stem}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up here
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", choices=CORPORA)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not SHARED.exists():
        raise SystemExit(f"the corpora are expected in {SHARED}")
    metrics = load_module(args.corpus).run(args.split, args.limit)
    print(json.dumps({k: round(float(v), 4) for k, v in metrics.items()}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
