"""One or two sentences a journalist could paste, saying what the sources say and how they fit.

"164 killed — Ministry of Health (via Sputnik, in Yonhap News's report) and health officials
(via media reports); AFP-based report says more than 150: consistent."
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..models import FigureClaim
from .independence import Attribution
from .intervals import phrase, point
from .verdicts import Judgement

# How many attributions one figure lists before "and N more": keeps the sentence pasteable.
MAX_ATTRIBUTIONS = 3
# Stated measures as a reader says them after a number ("164 killed").
MEASURE_WORDS: Mapping[str, str] = {
    "killed": "killed", "injured": "injured", "detained": "detained", "charged": "charged",
    "missing": "missing", "displaced": "displaced", "deployed": "deployed",
    "participants": "took part", "attacks": "attacks", "property": "damaged or destroyed",
    "damage": "in damage", "other": "(other)",
}


def _who(a: Attribution) -> str:
    if not a.stated:
        return f"{a.outlet_name} (own report)"
    parts = [f"via {', '.join(a.relays)}"] if a.relays else []
    if a.outlet_name not in a.relays and a.outlet_name != a.origin_name:
        parts.append(f"in {a.outlet_name}'s report")
    return f"{a.origin_name} ({', '.join(parts)})" if parts else a.origin_name


def _whos(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> str:
    names: list[str] = []
    for c in claims:
        w = _who(attrib[c.id])
        if w not in names:
            names.append(w)
    if len(names) > MAX_ATTRIBUTIONS:
        names = [*names[:MAX_ATTRIBUTIONS], f"{len(names) - MAX_ATTRIBUTIONS} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _date(claims: Sequence[FigureClaim]) -> str:
    dates = sorted({c.as_of for c in claims if c.as_of})
    return f"as of {dates[-1]}" if dates else "date unknown"


def explain(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], judgement: Judgement,
    *, subject: str, place: str | None,
) -> str:
    measure = claims[0].measure
    # Say the subject as the sources wrote it ("children"), not its slot key ("child").
    written = Counter(c.subject for c in claims if c.subject).most_common(1)
    scope = "" if subject == "person" else f" {written[0][0] if written else subject}"
    tail = f" {MEASURE_WORDS.get(measure, measure)}" + (f" in {place}" if place else "")
    by_phrase: dict[str, list[FigureClaim]] = {}
    for c in claims:
        by_phrase.setdefault(phrase(c), []).append(c)
    best = judgement.best.value
    lead = next((p for p, cs in by_phrase.items() if any(point(c) == best for c in cs)), next(iter(by_phrase)))
    others = [p for p in by_phrase if p != lead]
    sentence = f"{lead}{scope}{tail} — {_whos(by_phrase[lead], attrib)}"
    for p in others:
        sentence += f"; {_whos(by_phrase[p], attrib)} says {p}"
    v = judgement.verdict
    if v == "single":
        return sentence + f" ({_date(claims)}): a single report."
    if v == "agree":
        return sentence + ": consistent."
    if v == "update" and judgement.how == "grew":
        steps = [f"{'/'.join(dict.fromkeys(phrase(c) for c in cs))} as of {d}" for d, cs in judgement.stages]
        text = sentence + f". The count grew: {' -> '.join(steps)}"
        if judgement.undated:
            text += f"; {', '.join(dict.fromkeys(phrase(c) for c in judgement.undated))} (date unknown)"
        return text + f"; best is the latest, {phrase_value(best)}."
    if v == "update":
        old = ", ".join(dict.fromkeys(phrase(c) for c in judgement.superseded))
        return sentence + f". The same source later revised {old}; best is the revised {phrase_value(best)}."
    undated = " (some dates unknown)" if judgement.undated else ""
    return (sentence + f": conflicting figures for the same scope and time{undated}; best is the lowest"
            f" credible figure, {phrase_value(best)}.")


def phrase_value(x: float | None) -> str:
    if x is None:
        return "unknown"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"
