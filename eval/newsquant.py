"""NewsQuant (CQE, EMNLP 2023): every quantity in 590 news sentences, with its qualifier.

All quantities count, not only event figures: `counterpoint.text.numbers` is the shared parser.
Split (../shared/corpora/README.md): dev = even positions of the JSON list, test = odd.
A prediction matches a gold quantity of the same sentence when the values agree (a gold range
"a-b" needs low a and high b; a vague count matches on its coded lower bound, the way gold
writes "dozens" as 12-120). value_qualifier_f1 also needs the qualifier to agree, mapped onto
the gold `change` codes: exact/range -> "=", about/almost -> "~", more_than/at_least -> ">",
less_than/up_to/at_most -> "<", a change ("rose 5%") -> "up"/"down" when no qualifier is
stated, and a vague count -> "=" (gold writes "dozens" as the range 12-120).
Published anchors (evaluation_output/NewsQuant.csv): CQE value F1 0.920, value+change 0.881.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "corpora" / "newsquant" / "data" / "formatted_test_set" / "NewsQuant.json"

from counterpoint.text.numbers import Quantity, find_quantities  # noqa: E402

CHANGE_OF_QUALIFIER = {
    "exact": "=", "range": "=", "about": "~", "almost": "~", "more_than": ">", "at_least": ">",
    "less_than": "<", "up_to": "<", "at_most": "<",
}
_RANGE_RE = re.compile(r"^(-?[\d.]+(?:e[+-]?\d+)?)-(-?[\d.]+(?:e[+-]?\d+)?)$")


class Gold(NamedTuple):  # a NamedTuple: eval/run.py loads this file without registering a module
    low: float
    high: float
    change: str


def load(split: str, limit: int | None = None) -> list[dict]:
    items = json.loads(DATA.read_text(encoding="utf-8"))
    part = items[0::2] if split == "dev" else items[1::2]
    return part[:limit] if limit else part


def parse_gold(q: dict) -> Gold | None:
    v = str(q["value"]).strip()
    m = _RANGE_RE.match(v)
    try:
        if m:
            return Gold(low=float(m.group(1)), high=float(m.group(2)), change=q["change"])
        x = float(v)
    except ValueError:
        return None
    return Gold(low=x, high=x, change=q["change"])


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-6)


def value_match(p: Quantity, g: Gold) -> bool:
    if g.low == g.high:
        return _close(p.value, g.low) or (p.vague and _close(p.low, g.low))
    if p.qualifier == "range":
        return (_close(p.low, g.low) and _close(p.high, g.high)) or (_close(p.low, g.high) and _close(p.high, g.low))
    return p.vague and _close(p.low, g.low)


def change_of(p: Quantity) -> str:
    """A stated qualifier wins over a change word ("up about 19 per cent" is gold "~")."""
    if p.vague:
        return "="
    if p.qualifier not in ("exact", "range"):
        return CHANGE_OF_QUALIFIER[p.qualifier]
    return p.direction or "="


def _match(preds: list[Quantity], golds: list[Gold], with_change: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in golds:
        for k, p in enumerate(preds):
            if k in used or not value_match(p, g):
                continue
            if with_change and change_of(p) != g.change:
                continue
            used.add(k)
            hits += 1
            break
    return hits


def _prf(hits: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = hits / npred if npred else 0.0
    r = hits / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(split: str, limit: int | None = None, *, show_errors: bool = False) -> dict[str, float]:
    items = load(split, limit)
    npred = ngold = hits_v = hits_c = 0
    for item in items:
        preds = find_quantities(item["text"])
        golds = [g for g in (parse_gold(q) for q in item["quantities"]) if g is not None]
        npred += len(preds)
        ngold += len(golds)
        hv = _match(preds, golds, False)
        hc = _match(preds, golds, True)
        hits_v += hv
        hits_c += hc
        if show_errors and (hv != len(preds) or hv != len(golds) or hc != hv):
            print("-", item["text"][:240])
            print("   gold:", [(g.change, g.low, g.high) for g in golds])
            print("   pred:", [(change_of(p), p.low, p.value, p.high, p.text) for p in preds])
    pv, rv, fv = _prf(hits_v, npred, ngold)
    pc, rc, fc = _prf(hits_c, npred, ngold)
    print(f"NewsQuant {split}: {len(items)} sentences, {ngold} gold quantities, {npred} predicted")
    print(f"{'metric':<18}{'P':>8}{'R':>8}{'F1':>8}")
    print(f"{'value':<18}{pv:>8.3f}{rv:>8.3f}{fv:>8.3f}")
    print(f"{'value+qualifier':<18}{pc:>8.3f}{rc:>8.3f}{fc:>8.3f}")
    print("published CQE: value 0.920, value+change 0.881")
    return {"value_f1": fv, "value_qualifier_f1": fc}


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "dev", show_errors=True)
