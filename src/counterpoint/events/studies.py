"""A study's, a report's or a body's own count of the dead, apart from the official toll.

"Researchers found evidence of 4,645 excess deaths", "a leaked report estimates deaths at 46,000",
"the Red Cross estimates 45,000-50,000 deaths": counts that are no official toll, told as an entry
of their own on the day they were published when above every toll given by then (the official
toll did not change). Split from `tolls`, whose toll entries they are compared with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Claim, Document, FigureClaim, TimelineEntry
from .tolls import _TOLL_SUBJECTS, _YEAR, DEATH_WORDS, STUDY_CUE, STUDY_EARLIER, _entry, _Toll, sentences

STUDY_TEXT = "Study estimates {value} deaths"
REPORT_TEXT = "Report estimates {value} deaths"
# A body's own estimate of the dead, told with a verb of estimating ("the Red Cross estimates
# 45,000-50,000 deaths", "the agency estimated today that 45,000 to 50,000 were killed"): no
# official toll either; told as the estimate of whoever the figure comes from, like a study's.
ESTIMATE_VERB = re.compile(r"\bestimat(?:es|ed|ing)\b(?!\s+(?:[0-9]|more|over|at\s+least))", re.IGNORECASE)
ESTIMATE_TEXT = "{origin} estimates {value} deaths"
ESTIMATE_VALUE_CHARS = 80  # how far after the verb the estimated count may start
ESTIMATE_DEATH_CHARS = 50  # how far after the count the word of the dead may end


def _estimated_deaths(sentence: str, c: FigureClaim) -> bool:
    """The sentence estimates the claim's count of the dead: the count follows the verb of
    estimating closely and a word of the dead follows the count ("estimates there have been
    45,000-50,000 deaths"), not another count's estimate beside a toll ("the death toll held at
    135 ... with losses estimated between $10 and $15 billion")."""
    written = {f"{c.value:,.0f}", f"{c.value:.0f}", *((f"{c.low:,.0f}",) if c.low is not None else ())}
    for m in ESTIMATE_VERB.finditer(sentence):
        window = sentence[m.end():m.end() + ESTIMATE_VALUE_CHARS]
        for w in written:
            at = window.find(w)
            if at >= 0 and DEATH_WORDS.search(window[at:at + len(w) + ESTIMATE_DEATH_CHARS]):
                return True
    return False
_REPORT = re.compile(r"\breport\b", re.IGNORECASE)
# A study's count read from its sentence: a number of at least three digits naming the dead
# ("an estimated 2,975 people", "4,645 \u201cexcess deaths\u201d").
STUDY_COUNT = re.compile(r"\b([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{3,})\s+(?:[\"“]?excess[\"”]?\s+)?"
                         r"(?:deaths|people|dead|fatalities|lives)\b", re.IGNORECASE)


def _text_studies(documents: Sequence[Document], pubs: dict[str, str]) -> list[tuple[str, _Toll]]:
    """(day, count) of studies told in a sentence no figure carries ("killed an estimated 2,975
    people, an analysis found Tuesday"): a study estimate is hedged by nature, so figure
    extraction may leave it out."""
    out = []
    for d in documents:
        day = pubs.get(d.id)
        if day is None:
            continue
        for _, sentence in sentences(d.text or ""):
            if not STUDY_CUE.search(sentence) or not DEATH_WORDS.search(sentence) or STUDY_EARLIER.search(sentence):
                continue
            for m in STUDY_COUNT.finditer(sentence):
                if _YEAR.fullmatch(m[1]):
                    continue  # "in 2017 people died": a year
                out.append((day, _Toll(d.id, float(m[1].replace(",", "")), sentence, None, day)))
    return out


def study_entries(claims: Sequence[Claim], pubs: dict[str, str], disaster_day: str | None,
                   tolls: list[TimelineEntry], documents: Sequence[Document] = ()) -> list[TimelineEntry]:
    """A study's or report's count of the dead, above the highest toll of its day or before: its
    own entry (the official toll did not change), the highest such count per day."""
    by_day: dict[str, list[_Toll]] = {}
    for day, t in _text_studies(documents, pubs):
        if disaster_day is None or day > disaster_day:
            by_day.setdefault(day, []).append(t)
    origins: dict[str | None, str] = {}  # claim id -> whose estimate (see ESTIMATE_VERB)
    for c in claims:
        if (not isinstance(c, FigureClaim) or c.measure != "killed" or c.value is None or c.hedged
                or c.subject not in _TOLL_SUBJECTS or not DEATH_WORDS.search(c.evidence.text)
                or STUDY_EARLIER.search(c.evidence.text)):
            continue
        origin = next((x.name for x in c.sources if x.role == "origin"), None)
        if not STUDY_CUE.search(c.evidence.text):
            if origin is None or not _estimated_deaths(c.evidence.text, c):
                continue
            origins[c.id] = re.sub(r"^(?:the|a|an)\s+", "", origin, flags=re.IGNORECASE)
        pub = pubs.get(c.document)
        if pub is None or (disaster_day is not None and pub <= disaster_day):
            continue
        high = c.high if c.high is not None and c.qualifier == "range" else c.value
        by_day.setdefault(pub, []).append(_Toll(c.document, high, c.evidence.text, c.id, pub))
    out = []
    for day, ts in sorted(by_day.items()):
        known = max((float(re.sub(r"[^0-9.]", "", e.text) or 0) for e in tolls
                     if e.date and e.date <= day), default=0.0)
        top = max(t.value for t in ts)
        if top > known:
            tellers = [t for t in ts if t.value == top]
            text = STUDY_TEXT.format(value=f"{top:,.0f}")
            if all(_REPORT.search(t.text) and not re.search(r"\b(?:study|survey|researchers?|analysis)\b", t.text,
                                                              re.IGNORECASE) for t in tellers):
                text = REPORT_TEXT.format(value=f"{top:,.0f}")
            if all(t.claim in origins for t in tellers):
                text = ESTIMATE_TEXT.format(origin=origins[tellers[0].claim], value=f"{top:,.0f}")
            out.append(_entry(day, text, tellers))
    return out
