"""One or two sentences a journalist could paste, saying what the sources say and how they fit.

"164 killed — Ministry of Health (via Sputnik, in Yonhap News's report) and health officials
(via media reports); AFP-based report says more than 150: consistent."
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..models import FigureClaim
from ..wording import MEASURE_WORDS, sentence_number
from .independence import Attribution
from .intervals import phrase, point
from .verdicts import Judgement

# How many attributions one figure lists before "and N more": keeps the sentence pasteable.
MAX_ATTRIBUTIONS = 3


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
    if v == "update" and judgement.how in ("grew", "grew_reported"):
        steps = [f"{'/'.join(dict.fromkeys(phrase(c) for c in cs))} {label}" for label, cs in judgement.stages]
        # Ordered by publication dates only: say so, the count's own date is not known.
        verb = "The count grew" if judgement.how == "grew" else "The count appears to have grown"
        text = sentence + f". {verb}: {' -> '.join(steps)}"
        if judgement.undated:
            text += f"; {', '.join(dict.fromkeys(phrase(c) for c in judgement.undated))} (date unknown)"
        return text + f"; best is the latest, {phrase_value(best)}."
    if v == "update":
        old = ", ".join(dict.fromkeys(phrase(c) for c in judgement.superseded))
        return sentence + f". The same source later revised {old}; best is the revised {phrase_value(best)}."
    return sentence + f": {_conflict(claims, judgement)}"


def _conflict(claims: Sequence[FigureClaim], judgement: Judgement) -> str:
    """Why the figures conflict, what is known of their dates, and how the best was chosen."""
    dates = {c.as_of for c in claims if c.as_of}
    unknown = list(dict.fromkeys(phrase(c) for c in claims if not c.as_of))
    if not dates:
        when = ("conflicting figures for the same scope; dates unknown, so they may be counts"
                " from different times that cannot be put in order")
    elif unknown:
        when = (f"conflicting figures for the same scope; date unknown for {', '.join(unknown)},"
                " so the order of the counts cannot be established")
    elif len(dates) == 1:
        when = "conflicting figures for the same scope and time"
    else:
        when = "conflicting figures for the same scope whose dates do not show a growing count"
    won = judgement.corroboration
    if won is not None:
        return (f"{when}; best is {phrase_value(won.value)}, which the figures of {won.origins}"
                f" independent sources support, against at most {won.rival} for any other figure.")
    return f"{when}; best is the lowest credible figure, {phrase_value(judgement.best.value)}."


def phrase_value(x: float | None) -> str:
    return sentence_number(x, unknown="unknown")
