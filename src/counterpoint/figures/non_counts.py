"""Numbers beside a measure's words that count something else (patterns in `measure_words`).

`not_a_figure` says a quantity is no count of the event's harm at all: people released or freed
(from custody or by a prison break), hostages, warrants (arrests sought), one count of two outcomes ("detained or sacked"),
people sent back to prison, people affected, at risk or in need ("flooding affected 1.5 million
people": a population reached, not harm counted), multipliers ("multiplied by 10"), one sum of two outcomes ("dead or missing", "killed and injured"), and bodies moved or still to find. `body_recovery` says a count of
bodies is the dead found so far (a part of a larger toll). `died_later` says a count of
injured people is a count of the dead ("three men gravely injured earlier have died").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import FigureClaim
from ..text.numbers import Quantity
from . import measure_words as M
from . import subjects as S
from .figure import Figure

# Characters of context each pattern looks at before and after a quantity.
_CONTEXT = 120


# The company someone kept, counted by a word of status alone ("sleeping in one house with 70
# other refugees", "shared a tent with 12 other evacuees"): "with" before the number and "other"
# after it count the people beside one person, not the event's displaced. Only when the status
# noun itself is the cue; a verb of harm still counts ("died with 30 other passengers").
COMPANY_BEFORE_RE = re.compile(r"\bwith\s+(?:some\s+|about\s+|around\s+)?$", re.I)
COMPANY_AFTER_RE = re.compile(r"^\s+other\b", re.I)


def _around(text: str, q: Quantity) -> tuple[str, str]:
    return text[max(0, q.start - _CONTEXT):q.start], text[q.end:q.end + _CONTEXT]


def released(before: str, after: str) -> bool:
    """ "freed 2,000 prisoners", "758 of those held were freed": let go, not held."""
    if M.RELEASED_BEFORE_RE.search(before) or M.ESCAPED_AFTER_RE.match(after):
        return True
    return M.RELEASED_AFTER_RE.match(after) is not None and not M.WHOLE_OF_PART_BEFORE_RE.search(before)


def hostages(after: str) -> bool:
    """ "30 soldiers were being held hostage", "took 10 police hostage", "40 hostages": held by the
    other side, no detention ("14 hostages were killed" stays a count of the dead)."""
    return M.HOSTAGE_AFTER_RE.match(after) is not None


def body_logistics(before: str, after: str) -> bool:
    """ "36 or 38 bodies were taken away", "100 bodies are missing", "the bodies of 74 victims were
    flown home": bodies moved or still to find, no toll."""
    if M.BODY_LOGISTICS_BEFORE_RE.search(before) and M.BODY_NOUN_AFTER_RE.match(after):
        return True
    if M.BODY_LOGISTICS_AFTER_RE.match(after):
        return True
    return bool(M.BODIES_OF_BEFORE_RE.search(before)) and M.BODIES_OF_LOGISTICS_AFTER_RE.match(after) is not None


def body_recovery(text: str, q: Quantity) -> bool:
    """ "Rescuers uncovered 219 bodies", "84 bodies have been recovered", "she saw 30 bodies": the
    dead found or seen so far, a part of a larger toll the document states (else the toll so far)."""
    before, after = _around(text, q)
    if M.BODY_RECOVERY_BEFORE_RE.search(before) and M.BODY_NOUN_AFTER_RE.match(after):
        return True
    if M.BODIES_OF_RECOVERY_BEFORE_RE.search(before):
        return True
    return M.BODY_RECOVERY_AFTER_RE.match(after) is not None


def not_a_figure(text: str, q: Quantity) -> bool:
    """A number next to a measure's words that counts none of the event's harm."""
    before, after = _around(text, q)
    return (released(before, after) or hostages(after) or body_logistics(before, after)
            or M.WARRANT_BEFORE_RE.search(before) is not None
            or M.MIXED_OUTCOME_AFTER_RE.match(after) is not None
            or combined_outcomes(before, after)
            or M.MULTIPLIER_BEFORE_RE.search(before) is not None or M.MULTIPLIER_AFTER_RE.match(after) is not None
            or M.RETURNED_TO_PRISON_AFTER_RE.match(after) is not None
            or M.AFFECTED_BEFORE_RE.search(before) is not None or M.AFFECTED_AFTER_RE.match(after) is not None)


def combined_outcomes(before: str, after: str) -> bool:
    """ "138,373 people were killed or went missing", "the number of dead and missing rose to
    138,000", "left 300 dead and injured", "casualties: 642 (358 dead, 228 injured)": one sum of
    two outcomes, a count of neither."""
    return M.COMBINED_OUTCOME_AFTER_RE.match(after) is not None or M.COMBINED_OUTCOME_BEFORE_RE.search(before) is not None \
        or (M.CASUALTY_SUM_BEFORE_RE.search(before) is not None and M.CASUALTY_SUM_AFTER_RE.match(after) is not None)


def someones_company(text: str, q: Quantity) -> bool:
    """ "in one house with 70 other refugees": the people beside someone (COMPANY_BEFORE_RE)."""
    before, after = _around(text, q)
    return COMPANY_AFTER_RE.match(after) is not None and COMPANY_BEFORE_RE.search(before) is not None


def in_care(text: str, q: Quantity) -> bool:
    """ "Killed 12 people and 120 were in the hospital": people in care are the hurt."""
    return M.IN_CARE_AFTER_RE.match(text[q.end:q.end + _CONTEXT]) is not None


def aside_part(text: str, q: Quantity, cue_at: int) -> bool:
    """ "83,000 people -- some injured -- crossed": the measure word at `cue_at` (after the number)
    describes some of the people in an aside, not what the number counts."""
    return cue_at > q.end and M.ASIDE_PART_BEFORE_CUE_RE.search(text[q.end:cue_at]) is not None


def died_later(text: str, q: Quantity) -> bool:
    """ "Three policemen gravely injured earlier have died in hospital": the injured who died."""
    return M.DIED_LATER_AFTER_RE.match(text[q.end:q.end + _CONTEXT]) is not None


def counted_aloud(text: str, quantities: list[Quantity]) -> set[int]:
    """Starts of the numbers of someone counting aloud ("One, two, three, four, five dead", he
    said): a run of numbers rising by one from one, set off only by commas. Only the last is a count."""
    out: set[int] = set()
    run: list[Quantity] = []
    for q in [*quantities, None]:
        if q is not None and run and q.value is not None and run[-1].value is not None and q.value == run[-1].value + 1 \
                and M.COUNTING_GAP_RE.match(text[run[-1].end:q.start]):
            run.append(q)
            continue
        if len(run) >= M.COUNTING_MIN_RUN and run[0].value == 1:
            out.update(r.start for r in run[:-1])
        run = [q] if q is not None and q.unit is None and q.qualifier == "exact" else []
    return out


def recovery_parts(found: list[tuple[Figure, FigureClaim]]) -> list[tuple[Figure, FigureClaim]]:
    """Bodies found so far ("rescuers uncovered 219 bodies") in a document that states a larger toll
    are a part of it (the nearest before, else the first after); with none, they are the toll."""
    out = list(found)
    for k, (f, c) in enumerate(out):
        if not f.recovery or c.part_of is not None or c.value is None:
            continue
        wholes = [j for j, (g, w) in enumerate(out) if j != k and w.measure == "killed" and w.part_of is None
                  and not (g.part or g.older or g.hedged or g.background or g.recovery)
                  and w.value is not None and w.value > c.value and not S.narrower_group(w.subject, c.subject, "killed")]
        before = [j for j in wholes if j < k]
        j = before[-1] if before else (wholes[0] if wholes else None)
        if j is not None:
            out[k] = (replace(f, part=True, part_kind="recovery"), replace(c, part_of=out[j][1].id))
    return out
