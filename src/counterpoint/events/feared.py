"""Feared and projected counts of the dead: early estimates above the official toll.

"More than 1,000 people are feared dead, the president said", "the death toll could reach 300,000
once all the bodies are recovered": news of its day though no official toll moved. Each is an
entry of its own on the day it was said (the date its reporting verb takes, "estimated Wednesday",
else the document's day) when it is above every toll and every earlier estimate by then; a count
repeated on later days is the first telling's, not a new entry. A study's estimate is the study
entries' (`tolls.STUDY_CUE`), a toll recalled from earlier or another year is no estimate of the day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Claim, FigureClaim, TimelineEntry
from ..text.dates import find_dates
from .tolls import STUDY_CUE, STUDY_EARLIER

# What makes a count of the dead a fear or a projection, not a count: the count hangs on the
# projecting verb ("the toll could reach 300,000", "may have killed more than 500") or is said to
# be feared ("1,000 people are feared dead", "fears that 1,000 have died"); `{n}` is the count as
# written. "The toll could rise further, as 33 others remain in serious condition" projects no 33.
_LEADERS = r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|up\s+to\s+|as\s+many\s+as\s+)?"
PROJECTED = (r"\b(?:could|may|might|would)\s+(?:well\s+|eventually\s+|still\s+|soon\s+)?(?:have\s+)?"
             r"(?:reach|top|rise\s+to|climb\s+to|exceed|surpass|hit|pass|arrive\s+at|be|killed)\s+(?:as\s+high\s+as\s+)?"
             + _LEADERS + r"{n}\b")
FEARED = (r"\b{n}\s+(?:[\w-]+\s+){{0,4}}?(?:are|were|is|was|now|being)?\s*(?:feared|thought|believed|presumed)\s+"
          r"(?:to\s+have\s+(?:died|been\s+killed)|dead|killed)"
          r"|\bfears?\s+(?:that\s+)?(?:[\w-]+\s+){{0,3}}?" + _LEADERS + r"{n}\b")
FEARED_TEXT = "{value} feared dead"
PROJECTED_TEXT = "Death toll could reach {value}"
# Counts too small to be a projection above a toll (a fear of "two more" dead): no entry.
MIN_ESTIMATE = 10
_SUBJECTS = frozenset({None, "person", "people"})
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


def feared_entries(claims: Sequence[Claim], days: dict[str, str], disaster_day: str | None,
                   tolls: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per feared or projected count of the dead that is news on its day (see module)."""
    found: dict[float, tuple[str, str, list[FigureClaim]]] = {}  # value -> (day, template, tellers)
    for c in claims:
        if (not isinstance(c, FigureClaim) or c.measure != "killed" or c.value is None or c.value < MIN_ESTIMATE
                or c.subject not in _SUBJECTS):
            continue
        sentence = c.evidence.text
        template = _template(sentence, c.value)
        if template is None or STUDY_CUE.search(sentence) or STUDY_EARLIER.search(sentence):
            continue
        pub = days.get(c.document)
        if pub is None or (disaster_day is not None and pub < disaster_day) or _recalled_year(sentence, pub):
            continue
        own = _said_on(sentence, pub)
        day = own if own and own <= pub and (disaster_day is None or own > disaster_day) else pub
        have = found.get(c.value)
        if have is None or day < have[0]:
            found[c.value] = (day, template, [c])
        elif day == have[0]:
            have[2].append(c)
    out: list[TimelineEntry] = []
    top = 0.0
    for value, (day, template, tellers) in sorted(found.items(), key=lambda kv: (kv[1][0], -kv[0])):
        known = max((_toll_value(e.text) for e in tolls if e.date and e.date <= day), default=0.0)
        if value <= max(known, top):
            continue  # below the toll of its day or an earlier estimate: no news
        top = value
        out.append(TimelineEntry(date=day, text=template.format(value=f"{value:,.0f}"),
                                 documents=tuple(dict.fromkeys(c.document for c in tellers)),
                                 claims=tuple(c.id for c in tellers), event_type="toll_estimate"))
    return out


def _template(sentence: str, value: float) -> str | None:
    """The entry's text for a sentence projecting or fearing `value` dead, else None."""
    n = "(?:" + "|".join(re.escape(v) for v in {f"{value:,.0f}", f"{value:.0f}"}) + ")"
    if re.search(PROJECTED.format(n=n), sentence, re.IGNORECASE):
        return PROJECTED_TEXT
    if re.search(FEARED.format(n=n), sentence, re.IGNORECASE):
        return FEARED_TEXT
    return None


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
