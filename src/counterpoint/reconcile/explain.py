"""What a journalist would write about a slot: one sentence with the verdict and best value, then
each outlet once with the figures it carried.

"Updated: 312 killed, the interior ministry's latest figure ("has risen to"); first count 140 on
3 May 2022, then 275 on 9 May 2022. Reports: Reuters — 312 (the interior ministry), 275; AP — 140
(police)."

The first sentence leads with the verdict and the best value and says, in a clause, where the
best comes from (the latest figure of a series, the figure most sources support, the lowest
credible one) and what it replaced. Then each outlet is named once, with the figures it carried
and who it credits them to. Figures set aside (a lone outlier, a hedged estimate) are named last,
with why.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ..models import Document, FigureClaim
from ..wording import MEASURE_WORDS, VERDICT_WORDS, fmt_amount, sentence_number
from .independence import Attribution, origin_class
from .intervals import phrase, point
from .judgement import Judgement
from .updates import claim_date

# Origins one clause lists before "and N more": keeps the paragraph pasteable.
MAX_ORIGINS = 3
# Outlets the "Reports:" sentence lists before "and N more outlets".
MAX_OUTLETS = 8
# Figures one outlet lists before "...".
MAX_FIGURES_PER_OUTLET = 4
# Earlier stages an update's lead sentence lists (first, ..., last before the best).
MAX_STAGES = 4
# From this size a best value is said with a scale word ("2.5 billion in damage").
SCALE_FROM = 1e6
# Month names for dates written the way a reader says them ("9 May 2022").
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def say_date(iso: str) -> str:
    """'2022-05-09' -> '9 May 2022'; '2022-05' -> 'May 2022'; anything else as written."""
    parts = iso.split("-")
    try:
        if len(parts) >= 2 and 1 <= int(parts[1]) <= 12:
            month = MONTHS[int(parts[1]) - 1]
            return f"{int(parts[2][:2])} {month} {parts[0]}" if len(parts) >= 3 else f"{month} {parts[0]}"
    except ValueError:
        pass
    return iso


def _origin(a: Attribution) -> str:
    return a.origin_name if a.stated else f"{a.outlet_name}'s own report"


def _inside(name: str) -> str:
    """A name as written inside a sentence: a leading "The" lowercased ("the researchers")."""
    return "the " + name[4:] if name.startswith("The ") else name


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _origins_only(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> str:
    # One resolved origin is named once, by its first wording ("police", "the Metropolitan Police"
    # and "Police" in one list are one body).
    by_origin: dict[str, str] = {}
    cited: dict[str, int] = defaultdict(int)
    for c in claims:
        a = attrib[c.id]
        key = a.origin_key if a.stated else f"own:{a.outlet_key}"
        by_origin.setdefault(key, _origin(a))
        cited[key] += 1
    # Named in an order of what the claims say, never of the order files were read: the origin
    # cited most first, a named body ("the Ministry of Health") before a class ("health officials").
    ranked = sorted(by_origin, key=lambda k: (-cited[k], not any(ch.isupper() for ch in by_origin[k]), by_origin[k]))
    names = list(dict.fromkeys(_inside(by_origin[k]) for k in ranked))
    if len(names) > MAX_ORIGINS:
        names = [*names[:MAX_ORIGINS], f"{len(names) - MAX_ORIGINS} more"]
    return _and(names)


def _possessive(name: str) -> str:
    """"the interior ministry's"; a leading "The" is lowercased inside the sentence."""
    name = "the " + name[4:] if name.startswith("The ") else name
    return name + ("'" if name.endswith("s") else "'s")


def _by_phrase(claims: Sequence[FigureClaim]) -> dict[str, list[FigureClaim]]:
    out: dict[str, list[FigureClaim]] = {}
    for c in claims:
        out.setdefault(phrase(c), []).append(c)
    return out


def _reports(claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], lead_phrase: str | None) -> str:
    """Each outlet once, with the figures it carried and whom it credits them to (relays said
    "via"): "Yonhap News — 164 (the Ministry of Health, via Sputnik); AFP — more than 150"."""
    by_outlet: dict[str, dict[str, list[str]]] = {}
    for c in claims:
        a = attrib[c.id]
        figures = by_outlet.setdefault(a.outlet_name, {})
        credits = figures.setdefault(phrase(c), [])
        if a.stated and a.origin_name != a.outlet_name:
            relays = [r for r in a.relays if r != a.outlet_name]
            credit = a.origin_name + (f", via {', '.join(relays)}" if relays else "")
            if credit not in credits:
                credits.append(credit)
    # Outlets carrying the best figure first, then in the order they appear.
    order = sorted(by_outlet, key=lambda o: lead_phrase not in by_outlet[o])
    parts = []
    for outlet in order[:MAX_OUTLETS]:
        figures = by_outlet[outlet]
        said = [f"{p} ({'; '.join(cr[:MAX_ORIGINS])})" if cr else p for p, cr in figures.items()]
        if len(said) > MAX_FIGURES_PER_OUTLET:
            said = [*said[:MAX_FIGURES_PER_OUTLET], "..."]
        parts.append(f"{outlet} — {', '.join(said)}")
    if len(order) > MAX_OUTLETS:
        parts.append(f"{len(order) - MAX_OUTLETS} more outlets")
    return "; ".join(parts)


# How a slot of one step of detention names its people (`wholes.DETENTION_STEPS`).
STEP_WORDS = {"arrested": "formally arrested", "jailed": "jailed", "questioned": "held for questioning",
              "bodies recovered": "bodies recovered"}  # wholes.RECOVERED_LABEL


def explain(
    claims: Sequence[FigureClaim], attrib: Mapping[str, Attribution], judgement: Judgement,
    *, subject: str, place: str | None, docs: Mapping[str, Document] | None = None, step: str | None = None,
) -> str:
    """`step`: for a slot of one step of detention (`wholes.detention_steps`), the step's word."""
    docs = docs or {}
    measure = claims[0].measure
    # Say the subject as the sources wrote it ("children"), not its slot key ("child").
    written = Counter(c.subject for c in claims if c.subject).most_common(1)
    scope = "" if subject in ("person", "") else f" {written[0][0] if written else subject}"
    what = f"{scope} {STEP_WORDS.get(step or '', MEASURE_WORDS.get(measure, measure))}" + (f" in {place}" if place else "")
    set_aside = {c.id for c in (*judgement.hedged, *judgement.outliers, *judgement.smaller_later, *judgement.estimates,
                                 *judgement.jumps)}
    used = [c for c in claims if c.id not in set_aside]
    text = _lead(used, attrib, judgement, what, docs)
    if len(claims) > 1 or judgement.verdict != "single":
        best = next((c for c in used if point(c) == judgement.best.value), None)
        text += " Reports: " + _reports(used, attrib, phrase(best) if best else None) + "."
    for c in judgement.outliers:
        text += (f" Set aside as an outlier: {phrase(c)} ({_origins_only([c], attrib)}), an order of"
                 " magnitude off every other figure.")
    if judgement.smaller_later:
        later = "; ".join(f"{p} ({_origins_only(cs, attrib)})" for p, cs in _by_phrase(judgement.smaller_later).items())
        text += (f" Set aside: {later}, far below an earlier count of the same series with no word of a"
                 " revision (most likely a part or a single day).")
    if judgement.jumps:
        jumps = "; ".join(f"{p} ({_origins_only(cs, attrib)})" for p, cs in _by_phrase(judgement.jumps).items())
        text += (f" Set aside: {jumps}, given by one report alone, far above the figure other reports"
                 " agree on, with no word that the count rose.")
    if judgement.estimates:
        est = "; ".join(f"{p} ({_origins_only(cs, attrib)})" for p, cs in _by_phrase(judgement.estimates).items())
        text += f" Set aside: {est}, an estimate beside the exact count its own report gives."
    if judgement.hedged:
        hedged = "; ".join(f"{p} ({_origins_only(cs, attrib)})" for p, cs in _by_phrase(judgement.hedged).items())
        text += f" Hedged estimates, not counted: {hedged}."
    return text


def _lead(
    used: Sequence[FigureClaim], attrib: Mapping[str, Attribution], judgement: Judgement, what: str,
    docs: Mapping[str, Document],
) -> str:
    """The one sentence a journalist would write: verdict, best value, where it comes from."""
    v = judgement.verdict
    at_best = [c for c in (judgement.current or used) if point(c) == judgement.best.value] or list(used)
    # The best as its sources put it: "more than 292 killed" when every report of it is a bound.
    said = {phrase(c) for c in at_best if point(c) == judgement.best.value}
    value = said.pop() if len(said) == 1 and judgement.best.value is not None and \
        abs(judgement.best.value) < SCALE_FROM else phrase_value(judgement.best.value)
    head = f"{VERDICT_WORDS[v]}: {value}{what}"
    if v == "single":
        return f"{head}, according to {_origins_only(at_best, attrib)}{_when(at_best, docs)}."
    if v == "agree":
        n = len({attrib[c.id].origin_key for c in used})
        return f"{head}, from {_origins_only(at_best, attrib)}; {n} independent source{'s' if n != 1 else ''} agree."
    if v == "update":
        return _update_lead(head, used, at_best, attrib, judgement, docs)
    if judgement.rivals:
        return f"{head}, {_rival_counts(attrib, judgement, docs)}"
    return f"{head}, {_conflict(used, at_best, attrib, judgement, docs)}"


def _rival_counts(attrib: Mapping[str, Attribution], judgement: Judgement, docs: Mapping[str, Document]) -> str:
    """Official chain against rival origins' own counts, each named once with its standing figure:
    "the latest official figure, from the health ministry on 5 October 2031, against 1,453 in
    the Associated Press's own tally; more than 4,700 from Ruritania." """
    # Named by who stated it; outlets that carried it unattributed are listed under "Reports".
    head = [c for c in judgement.official_head if attrib[c.id].stated] or list(judgement.official_head)
    kind = "official figure" if any(origin_class(attrib[c.id]) == "official" for c in head) else \
        "figure of the running count"
    official = f"the latest {kind}, from {_origins_only(head, attrib)}{_when(judgement.official_head, docs)}"
    rivals = []
    for label, cs in judgement.rivals:
        said = _and(list(dict.fromkeys(phrase(c) for c in cs)))
        rivals.append(f"{said} in {label}" if label.endswith(" own tally") else f"{said} from {_inside(label)}")
    return (f"{official}, against {'; '.join(rivals)}. Each origin's figures are read as its own series;"
            " the rival counts stand above the official one.")


def _when(claims: Sequence[FigureClaim], docs: Mapping[str, Document]) -> str:
    dates = sorted({d for c in claims if (d := claim_date(c, docs))})
    return f" on {say_date(dates[-1])}" if dates else ""


def _source_of(at_best: Sequence[FigureClaim], attrib: Mapping[str, Attribution]) -> str:
    """"the interior ministry's" for one origin, else "the figure of A and B"."""
    names = list(dict.fromkeys(_origin(attrib[c.id]) for c in at_best))
    if len(names) == 1 and attrib[at_best[0].id].stated:
        return f"{_possessive(names[0])} latest figure"
    return f"the latest figure, from {_origins_only(at_best, attrib)}"


def _update_lead(
    head: str, used: Sequence[FigureClaim], at_best: Sequence[FigureClaim], attrib: Mapping[str, Attribution],
    judgement: Judgement, docs: Mapping[str, Document],
) -> str:
    text = f"{head}, {_source_of(at_best, attrib)}"
    # Quote the cue only when it belongs to the figure that stands (a cue elsewhere drove nothing).
    cue = next((cue for c, cue in judgement.cues if c in at_best), None)
    if cue:
        text += f' ("{cue}")'
    best_ids = {c.id for c in at_best}
    if judgement.how in ("grew", "grew_reported", "clock") and judgement.stages:
        # Each earlier figure once, at the first stage it appears (a figure relayed for days is one
        # stage, not one per report), and never the best itself.
        seen = {phrase(c) for c in at_best}
        steps = []
        for label, cs in judgement.stages:
            new = [p for p in dict.fromkeys(phrase(c) for c in cs if c.id not in best_ids) if p not in seen]
            seen.update(new)
            if new:
                steps.append(f"{'/'.join(new)} {_stage_when(label)}")
    else:
        # Each earlier figure once, at the first date it was reported; figures of one date together.
        first: dict[str, str | None] = {}
        for c in sorted(judgement.superseded, key=lambda c: claim_date(c, docs) or ""):
            first.setdefault(phrase(c), claim_date(c, docs))
        by_day: dict[str | None, list[str]] = {}
        for p, d in first.items():
            by_day.setdefault(d, []).append(p)
        steps = ["/".join(ps) + (f" on {say_date(d)}" if d else "") for d, ps in by_day.items()]
    if len(steps) > MAX_STAGES:
        steps = [*steps[:MAX_STAGES - 1], "...", steps[-1]]
    if len(steps) == 1:
        text += f"; {'revised from' if judgement.how == 'revised' else 'earlier'} {steps[0]}"
    elif steps:
        verb = "revised from" if judgement.how == "revised" else "first count"
        text += f"; {verb} {steps[0]}, then {', '.join(steps[1:])}"
    if judgement.how == "grew_reported":
        text += " (ordered by report dates)"
    if judgement.how == "clock":
        text += " (undated reports placed in time by the death toll each gives)"
    if judgement.undated:
        text += f"; {', '.join(dict.fromkeys(phrase(c) for c in judgement.undated))} (date unknown)"
    return text + "."


def _stage_when(label: str) -> str:
    """A stage label ("as of 2022-01-05", "reported 2022-01-09, date of count unknown") said short."""
    if label.startswith("as of "):
        return f"on {say_date(label.removeprefix('as of '))}"
    if label.startswith("reported "):
        return f"reported {say_date(label.removeprefix('reported ').split(',')[0])}"
    return label


def _conflict(
    used: Sequence[FigureClaim], at_best: Sequence[FigureClaim], attrib: Mapping[str, Attribution],
    judgement: Judgement, docs: Mapping[str, Document],
) -> str:
    """How the best was chosen and who says otherwise, then what is known of the dates."""
    won = judgement.corroboration
    if won is not None:
        how = f"supported by {won.origins} independent sources against at most {won.rival} for any other figure"
    elif judgement.official_head:
        how = f"the latest figure of the official series, from {_origins_only(judgement.official_head, attrib)}"
    elif judgement.leads:
        how = ("judged from the figure each report leads with (a report's later, smaller figures are"
               " mostly parts of its own count)")
    else:
        how = f"the lowest credible figure, from {_origins_only(at_best, attrib)}"
    rivals = {p: cs for p, cs in _by_phrase(judgement.current or used).items()
              if not any(point(c) == judgement.best.value for c in cs)}
    # Each rival origin once, with all its figures ("against 270, 530 and 780 from the committee"):
    # no verb, so no agreement to get wrong ("the researchers", "Reuters").
    by_who: dict[str, list[str]] = {}
    for p, cs in rivals.items():
        by_who.setdefault(_origins_only(cs, attrib), []).append(p)
    says = "; ".join(f"{_and(ps)} from {who}" for who, ps in by_who.items())
    # A report's publication date bounds its count's date: figures printed the same day are
    # counts of one time, not "dates unknown".
    dates = {d for c in used if (d := claim_date(c, docs))}
    unknown = [c for c in used if not claim_date(c, docs)]
    if not dates:
        when = "Dates unknown, so they may be counts from different times that cannot be put in order."
    elif unknown:
        when = (f"Date unknown for {', '.join(dict.fromkeys(phrase(c) for c in unknown))}, so the order"
                " of the counts cannot be established.")
    elif len(dates) == 1:
        when = "These are conflicting figures for the same scope and time."
    else:
        when = "These are conflicting figures for the same scope whose dates do not show a growing count."
    return f"{how}" + (f", against {says}" if says else "") + f". {when}"


def phrase_value(x: float | None) -> str:
    """The best value as a journalist writes it: "7,939", "2.5 billion"."""
    if x is not None and abs(x) >= SCALE_FROM:
        return fmt_amount(x)
    return sentence_number(x, unknown="unknown")
