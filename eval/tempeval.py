"""TempEval-3 (TBAQ-cleaned): normalized values of gold DATE expressions.

For every gold TIMEX3 of type DATE (the document creation time excluded) we give the resolver the
expression's text and the creation time (DCT) and compare its TIMEX3-style value with the gold
`value` exactly. Narrative phrases ("the next day") get as anchor the last day-precise value our
resolver produced earlier in the same document, and the sentence's future cue ("will") places a
bare weekday after the DCT, as `find_dates` does on running text (never a gold
value; a quarter such as 1989-Q3 also anchors "the quarter", "a year earlier" in financial copy).
A month or a year told after that day is the narrative's period, as in `find_dates`: "In March ...
The following month" is April, "in 1988 ... that year" 1988.
Splits (../shared/corpora/README.md): dev = TimeBank (183 docs), test = AQUAINT (73 docs).

    date_value_accuracy   exact value matches / gold DATE expressions
    date_iso_accuracy     over gold values that are plain ISO (YYYY-MM-DD / YYYY-MM / YYYY):
                          `resolve(...)` equals the gold value (what the dossier stores)

HeidelTime reported 0.776 value F1 on TempEval-3 (on extracted expressions, so not identical).
"""

# no `from __future__ import annotations`: eval/run.py loads this module without registering it
# in sys.modules, and dataclasses then cannot resolve string annotations.

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from counterpoint.text.dates import (  # noqa: E402
    clause_around,
    narrative_period,
    resolve_timex,
    speaks_of_future,
    speaks_of_past,
    to_iso,
)

DATA = ROOT.parent / "shared" / "corpora" / "tempeval3" / "data" / "TBAQ-cleaned"
SPLITS = {"dev": "TimeBank", "test": "AQUAINT"}
_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    doc: str
    text: str
    sentence: str  # the clause around the expression (for the future-tense cue)
    before: str  # the clause's text before the expression (for a past cue: "since", "arrived")
    gold: str
    dct: str


def load(split: str, limit: int | None = None) -> list[list[Item]]:
    """Per document (sorted by file name), its gold DATE expressions in text order."""
    docs = []
    for path in sorted((DATA / SPLITS[split]).glob("*.tml"))[:limit]:
        raw = path.read_text(encoding="utf-8")
        dct = None
        items = []
        for m in _TIMEX.finditer(raw):
            a = dict(_ATTR.findall(m.group(1)))
            if a.get("functionInDocument") == "CREATION_TIME":
                dct = a.get("value")
                continue
            if a.get("type") != "DATE" or dct is None:
                continue
            text = re.sub(r"<[^>]+>", "", m.group(2))
            left = re.sub(r"<[^>]+>", "", raw[max(0, m.start() - 1500) : m.start()])
            right = re.sub(r"<[^>]+>", "", raw[m.end() : m.end() + 1500])
            sentence = clause_around(left, text, right)
            before = clause_around(left, "", "")
            items.append(Item(doc=path.stem, text=" ".join(text.split()), sentence=" ".join(sentence.split()),
                              before=" ".join(before.split()), gold=a["value"], dct=dct))
        docs.append(items)
    return docs


def run(split: str, limit: int | None) -> dict[str, float]:
    docs = load(split, limit)
    total = correct = iso_total = iso_correct = 0
    misses: Counter[tuple[str, str, str]] = Counter()
    for items in docs:
        anchor = period = None
        for it in items:
            res = resolve_timex(it.text, it.dct, anchor=anchor, future=speaks_of_future(it.sentence, it.before),
                                past=speaks_of_past(it.sentence, it.before), period=period)
            got = res.value
            if got and res.chains and re.fullmatch(r"[0-9]{4}-(?:[0-9]{2}-[0-9]{2}|Q[1-4])", got):
                anchor, period = got, None
            elif res.chains and narrative_period(it.text, got):
                period = got
            total += 1
            correct += got == it.gold
            if got != it.gold:
                misses[(it.text.lower(), it.gold, str(got))] += 1
            if _ISO.fullmatch(it.gold):
                iso_total += 1
                iso_correct += to_iso(got, it.dct) == it.gold
    metrics = {
        "date_value_accuracy": correct / total if total else 0.0,
        "date_iso_accuracy": iso_correct / iso_total if iso_total else 0.0,
    }
    print(f"TempEval-3 {split} ({SPLITS[split]}): {len(docs)} documents, {total} gold DATE expressions")
    print(f"{'metric':<24}{'value':>8}")
    for k, v in metrics.items():
        print(f"{k:<24}{v:>8.3f}")
    if split == "dev":  # error analysis is for tuning, which happens on dev only
        print("most frequent misses (text | gold | ours):")
        for (text, gold, got), n in misses.most_common(25):
            print(f"  {n:>3}  {text!r} | {gold} | {got}")
    return metrics
