"""Feared and projected counts of the dead: early estimates above the official toll.

"More than 1,000 people are feared dead, the president said", "the death toll could reach 300,000
once all the bodies are recovered": news of its day though no official toll moved. Each is an
entry of its own on the day it was said (the date its reporting verb takes, "estimated Wednesday",
else the document's day) when it is above every toll and every earlier estimate by then; a count
repeated on later days is the first telling's, not a new entry. A study's estimate is the study
entries' (`tolls.STUDY_CUE`), a toll recalled from earlier or another year is no estimate of the day.

One detection, two records. Figure extraction makes a fear or a forecast of the toll no figure
(`figures.projections.feared_or_predicted`, `figures.updates.projected`): those are read here
from the sentence with the same two functions, so what is no count is still a dated fear. A
speaker's hedged estimate of the toll now ("the toll may be as high as 45,000") stays a hedged
figure (see `figures.projections`): those are read from the killed figures whose count hangs on
a modal (`HEDGED_LEVEL`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..figures.projections import feared_or_predicted
from ..figures.updates import projected
from ..models import Claim, Document, FigureClaim, TimelineEntry
from ..text.dates import find_dates
from ..text.numbers import find_quantities
from .tolls import DEATH_WORDS, STUDY_CUE, STUDY_EARLIER, TOLL_CUE, sentences

# A hedged figure that is an estimate of where the toll stands or may go: the count hangs on a
# modal ("the toll may be as high as 45,000", "perhaps we could arrive at 300,000 deaths", "may
# have killed more than 500"); `{n}` is the count as written. "The toll could rise further, as 33
# others remain in serious condition" projects no 33.
_LEADERS = r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|up\s+to\s+|as\s+many\s+as\s+)?"
HEDGED_LEVEL = (r"\b(?:could|may|might|would)\s+(?:well\s+|eventually\s+|still\s+|soon\s+)?(?:have\s+)?"
                r"(?:reach|top|rise\s+to|climb\s+to|exceed|surpass|hit|pass|arrive\s+at|be|killed)\s+"
                r"(?:as\s+high\s+as\s+)?" + _LEADERS + r"{n}\b")
# A forecast's count is the level its verb goes to ("could climb to 900", "will reach 200,000",
# "could more than double from 4,349 to over 10,000"), not any count later in its clause ("the
# toll could rise, as over 100 are still marooned").
FORECAST_LINK = re.compile(r"\b(?:to|at|reach|top|exceed|surpass|hit|pass)\s+" + _LEADERS + r"$", re.IGNORECASE)
FEARED_TEXT = "{value} feared dead"
PROJECTED_TEXT = "Death toll could reach {value}"
# Counts too small to be a projection above a toll (a fear of "two more" dead): no entry.
MIN_ESTIMATE = 10
_SUBJECTS = frozenset({None, "person", "people"})
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


@dataclass(frozen=True, slots=True)
class _Fear:
    document: str
    value: float
    sentence: str
    template: str
    claim: str | None  # the hedged figure claim, when one carries it


def feared_entries(documents: Sequence[Document], claims: Sequence[Claim], days: dict[str, str],
                   disaster_day: str | None, tolls: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per feared or projected count of the dead that is news on its day (see module)."""
    found: dict[float, tuple[str, str, list[_Fear]]] = {}  # value -> (day, template, tellers)
    for f in [*_text_fears(documents), *_hedged_levels(claims)]:
        if STUDY_CUE.search(f.sentence) or STUDY_EARLIER.search(f.sentence):
            continue
        pub = days.get(f.document)
        if pub is None or (disaster_day is not None and pub < disaster_day) or _recalled_year(f.sentence, pub):
            continue
        own = _said_on(f.sentence, pub)
        day = own if own and own <= pub and (disaster_day is None or own > disaster_day) else pub
        have = found.get(f.value)
        if have is None or day < have[0]:
            found[f.value] = (day, f.template, [f])
        elif day == have[0]:
            have[2].append(f)
    out: list[TimelineEntry] = []
    top = 0.0
    for value, (day, template, tellers) in sorted(found.items(), key=lambda kv: (kv[1][0], -kv[0])):
        known = max((_toll_value(e.text) for e in tolls if e.date and e.date <= day), default=0.0)
        if value <= max(known, top):
            continue  # below the toll of its day or an earlier estimate: no news
        top = value
        out.append(TimelineEntry(date=day, text=template.format(value=f"{value:,.0f}"),
                                 documents=tuple(dict.fromkeys(f.document for f in tellers)),
                                 claims=tuple(f.claim for f in tellers if f.claim), event_type="toll_estimate"))
    return out


def _text_fears(documents: Sequence[Document]) -> list[_Fear]:
    """The fears and forecasts of the dead figure extraction left out as no count, read from each
    sentence with its own two detectors: a fear of the number ("1,000 feared dead", "predicts that
    more than 1,000 could have died") or a forecast of the toll ("the toll could climb to 900")."""
    out = []
    for d in documents:
        for _, sentence in sentences(d.text or ""):
            if not DEATH_WORDS.search(sentence) and not TOLL_CUE.search(sentence):
                continue
            for q in find_quantities(sentence):
                if q.value is None or q.unit is not None or q.value < MIN_ESTIMATE or _YEAR.fullmatch(q.text.strip()):
                    continue
                if feared_or_predicted(sentence, q):
                    out.append(_Fear(d.id, float(q.value), sentence, FEARED_TEXT, None))
                elif (projected(sentence, q) and TOLL_CUE.search(sentence[:q.start])
                      and FORECAST_LINK.search(sentence[:q.start])):
                    out.append(_Fear(d.id, float(q.value), sentence, PROJECTED_TEXT, None))
    return out


def _hedged_levels(claims: Sequence[Claim]) -> list[_Fear]:
    """Hedged killed figures whose count hangs on a modal (see HEDGED_LEVEL)."""
    out = []
    for c in claims:
        if (not isinstance(c, FigureClaim) or c.measure != "killed" or c.value is None or c.value < MIN_ESTIMATE
                or c.subject not in _SUBJECTS):
            continue
        n = "(?:" + "|".join(re.escape(v) for v in {f"{c.value:,.0f}", f"{c.value:.0f}"}) + ")"
        if re.search(HEDGED_LEVEL.format(n=n), c.evidence.text, re.IGNORECASE):
            out.append(_Fear(c.document, c.value, c.evidence.text, PROJECTED_TEXT, c.id))
    return out


# The day a fear was said is the date its reporting verb takes ("the Red Cross estimated
# Wednesday", "said on Sunday"); another date in the sentence is the happening's ("feared dead in
# a cyclone that hit on Friday").
SAID_BEFORE = re.compile(r"\b(?:said|says|estimated|estimates|warned|predicted|feared|announced|added|told\s+\w+)"
                         r"\s+(?:on\s+)?$", re.IGNORECASE)


def _said_on(sentence: str, pub: str) -> str | None:
    """The day-precise date the sentence's reporting verb takes (see SAID_BEFORE), or None."""
    return next((d.value for d in find_dates(sentence, pub)
                 if len(d.value) == 10 and SAID_BEFORE.search(sentence[max(0, d.start - 40):d.start])), None)


def _toll_value(text: str) -> float:
    m = re.search(r"[0-9][0-9,]*", text)
    return float(m.group(0).replace(",", "")) if m else 0.0


def _recalled_year(sentence: str, day: str) -> bool:
    """The sentence names an earlier year: another disaster's count ("the 2004 tsunami killed")."""
    return any(int(y) < int(day[:4]) for y in _YEAR.findall(sentence))
