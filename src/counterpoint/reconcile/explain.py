"""What a journalist would write about a slot: the verdict and best value first, then who said what.

"Updated: 190 killed, the government's latest figure ("has risen to"); first count 100 on
2020-08-05, then 135 on 2020-08-06. Sources: 190 — the government (Reuters, TASS); 135 — the
governor (Al Masdar)."

The first sentence leads with the verdict and the best value; the claims follow, each figure
once with its origins, and each origin with the outlets that carried it named once. Figures set
aside (a lone outlier, a hedged estimate) are named last, with why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..models import Document, FigureClaim
from ..wording import MEASURE_WORDS, VERDICT_WORDS, sentence_number
from .independence import Attribution
from .intervals import phrase, point
from .updates import claim_date
from .verdicts import Judgement

# Origins one figure lists before "and N more": keeps the paragraph pasteable.
MAX_ORIGINS = 3
# Outlets one origin lists before "and N more".
MAX_OUTLETS = 3
# Earlier stages an update's lead sentence lists before "...".
MAX_STAGES = 4


def _origin(a: Attribution) -> str:
    return a.origin_name if a.stated else f"{a.outlet_name}'s own report"


def _carriers(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> dict[str, list[str]]:
    """Origin -> outlets that carried it (with relays as "Sputnik via Yonhap"), in order, once each."""
    out: dict[str, list[str]] = {}
    for c in claims:
        a = attrib[c.id]
        outlets = out.setdefault(_origin(a), [])
        if not a.stated:
            continue
        relays = [r for r in a.relays if r != a.outlet_name]
        carrier = f"{', '.join(relays)} via {a.outlet_name}" if relays else a.outlet_name
        if a.outlet_name != a.origin_name and carrier not in outlets:
            outlets.append(carrier)
    return out


def _who(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> str:
    parts = []
    for origin, outlets in _carriers(claims, attrib).items():
        shown = outlets[:MAX_OUTLETS] + ([f"{len(outlets) - MAX_OUTLETS} more"] if len(outlets) > MAX_OUTLETS else [])
        parts.append(f"{origin} ({', '.join(shown)})" if shown else origin)
    if len(parts) > MAX_ORIGINS:
        parts = [*parts[:MAX_ORIGINS], f"{len(parts) - MAX_ORIGINS} more"]
    return _and(parts)


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _origins_only(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> str:
    names = list(dict.fromkeys(_origin(attrib[c.id]) for c in claims))
    if len(names) > MAX_ORIGINS:
        names = [*names[:MAX_ORIGINS], f"{len(names) - MAX_ORIGINS} more"]
    return _and(names)


def _by_phrase(claims: Sequence[FigureClaim]) -> dict[str, list[FigureClaim]]:
    out: dict[str, list[FigureClaim]] = {}
    for c in claims:
        out.setdefault(phrase(c), []).append(c)
    return out


def explain(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], judgement: Judgement,
    *, subject: str, place: str | None, docs: Mapping[str, Document] | None = None,
) -> str:
    docs = docs or {}
    measure = claims[0].measure
    # Say the subject as the sources wrote it ("children"), not its slot key ("child").
    written = Counter(c.subject for c in claims if c.subject).most_common(1)
    scope = "" if subject in ("person", "") else f" {written[0][0] if written else subject}"
    what = f"{scope} {MEASURE_WORDS.get(measure, measure)}" + (f" in {place}" if place else "")
    best = judgement.best.value
    set_aside = {c.id for c in (*judgement.hedged, *judgement.outliers, *judgement.smaller_later)}
    used = [c for c in claims if c.id not in set_aside]
    lead = _lead(used, attrib, judgement, what, docs)
    groups = _by_phrase(used)
    first = next((p for p, cs in groups.items() if any(point(c) == best for c in cs)), next(iter(groups), None))
    order = ([first] if first else []) + [p for p in groups if p != first]
    text = lead
    if len(claims) > 1 or judgement.verdict != "single":
        text += " Sources: " + "; ".join(f"{p} — {_who(groups[p], attrib)}" for p in order) + "."
    for c in judgement.outliers:
        text += (f" Set aside as an outlier: {phrase(c)} ({_origins_only([c], attrib)}), an order of"
                 " magnitude off every other figure.")
    if judgement.smaller_later:
        later = "; ".join(f"{p} ({_origins_only(cs, attrib)})" for p, cs in _by_phrase(judgement.smaller_later).items())
        text += (f" Set aside: {later}, far below an earlier count of the same series with no word of a"
                 " revision (most likely a part or a single day).")
    if judgement.hedged:
        hedged = "; ".join(f"{p} ({_origins_only(cs, attrib)})" for p, cs in _by_phrase(judgement.hedged).items())
        text += f" Hedged estimates, not counted: {hedged}."
    return text


def _lead(
    used: Sequence[FigureClaim], attrib: Mapping[str, Attribution], judgement: Judgement, what: str,
    docs: Mapping[str, Document],
) -> str:
    v = judgement.verdict
    best = phrase_value(judgement.best.value)
    head = f"{VERDICT_WORDS[v]}: {best}{what}"
    at_best = [c for c in (judgement.current or used) if point(c) == judgement.best.value] or list(used)
    if v == "single":
        when = _when(at_best, docs)
        return f"{head}, according to {_origins_only(at_best, attrib)}{when}."
    if v == "agree":
        n = len({attrib[c.id].origin_key for c in used})
        return f"{head}; {n} independent source{'s' if n != 1 else ''} give compatible figures."
    if v == "update":
        return _update_lead(head, used, at_best, attrib, judgement, docs)
    return f"{head} is the best estimate; {_conflict(used, attrib, judgement)}"


def _when(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> str:
    dates = sorted({d for c in claims if (d := claim_date(c, docs))})
    return f" ({dates[-1]})" if dates else ""


def _update_lead(
    head: str, used: Sequence[FigureClaim], at_best: Sequence[FigureClaim], attrib: Mapping[str, Attribution],
    judgement: Judgement, docs: Mapping[str, Document],
) -> str:
    text = f"{head}, the latest figure, from {_origins_only(at_best, attrib)}"
    # Quote the cue only when it belongs to the figure that stands (a cue elsewhere drove nothing).
    cue = next((cue for c, cue in judgement.cues if c in at_best), None)
    if cue:
        text += f' ("{cue}")'
    if judgement.how in ("grew", "grew_reported") and judgement.stages:
        steps = [f"{'/'.join(dict.fromkeys(phrase(c) for c in cs))} {label}" for label, cs in judgement.stages]
        verb = "the count grew" if judgement.how == "grew" else "the count appears to have grown (ordered by report dates)"
        text += f"; {verb}: {' -> '.join(steps)}"
        if judgement.undated:
            text += f"; {', '.join(dict.fromkeys(phrase(c) for c in judgement.undated))} (date unknown)"
        return text + "."
    earlier = sorted(judgement.superseded, key=lambda c: claim_date(c, docs) or "")
    if earlier:
        # Each earlier figure once, with the first date it was reported (a figure relayed for days
        # is one stage, not one per report).
        first: dict[str, str] = {}
        for c in earlier:
            first.setdefault(phrase(c), f" on {d}" if (d := claim_date(c, docs)) else "")
        steps = [p + when for p, when in first.items()]
        if len(steps) > MAX_STAGES:
            steps = [*steps[:MAX_STAGES - 1], "...", steps[-1]]
        verb = "revised from" if judgement.how == "revised" else "earlier"
        text += f"; {verb} {', '.join(steps)}"
    return text + "."


def _conflict(used: Sequence[FigureClaim], attrib: Mapping[str, Attribution], judgement: Judgement) -> str:
    """Who says what, what is known of the dates, and how the best was chosen."""
    groups = _by_phrase(judgement.current or used)
    says = "; ".join(f"{_origins_only(cs, attrib)} say{'s' if len({attrib[c.id].origin_key for c in cs}) == 1 else ''} {p}"
                     for p, cs in groups.items())
    dates = {c.as_of for c in used if c.as_of}
    unknown = [c for c in used if not c.as_of]
    if not dates:
        when = "dates unknown, so they may be counts from different times that cannot be put in order"
    elif unknown:
        when = (f"date unknown for {', '.join(dict.fromkeys(phrase(c) for c in unknown))}, so the order"
                " of the counts cannot be established")
    elif len(dates) == 1:
        when = "conflicting figures for the same scope and time"
    else:
        when = "conflicting figures for the same scope whose dates do not show a growing count"
    won = judgement.corroboration
    if won is not None:
        how = (f"{phrase_value(won.value)} is what the figures of {won.origins} independent sources"
               f" support, against at most {won.rival} for any other figure")
    elif judgement.official_head:
        how = (f"{phrase_value(judgement.best.value)} is the latest figure of the official series,"
               f" from {_origins_only(judgement.official_head, attrib)}")
    elif judgement.leads:
        how = (f"{phrase_value(judgement.best.value)} is judged from the figure each report leads with"
               " (a report's later, smaller figures are mostly parts of its own count)")
    else:
        how = f"{phrase_value(judgement.best.value)} is the lowest credible figure"
    return f"{says} ({when}); {how}."


def phrase_value(x: float | None) -> str:
    return sentence_number(x, unknown="unknown")
