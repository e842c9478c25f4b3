"""Death-toll entries of the timeline: one per day a toll was given, and the first single death.

A toll is read from the killed figures whose sentence states a toll ("the death toll rose to 158",
"the number of people who died has reached 158"), from a count that follows a sentence saying the
toll rose without a number ("The toll rose overnight, officials said Tuesday. At least 156 people
were killed..."), and, when figure extraction missed it, straight from a toll sentence's text ("the
death toll ... as the number touched 550"). Its day is the date the sentence gives next to it, else
the document's publication day; an undated document is placed on the day its reporting verb names
("officials said Tuesday": the first Tuesday on or after the event), when nothing in it is later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import Claim, Document, FigureClaim, TimelineEntry
from ..text.date_rules import WEEKDAYS
from ..text.dates import find_dates
from ..text.lexicon import TENS_WORDS, UNIT_WORDS
from .headline_words import TOLL_REVISED, TOLL_RISES, TOLL_STANDS

# --- what states a toll ---------------------------------------------------------------------------
# Words naming the death toll: "toll", "death count", "the number of people who died", "the total
# number of confirmed fatalities" (a qualifier of how the dead were counted may stand before the noun).
TOLL_COUNT_QUALIFIERS = r"(?:(?:confirmed|known|recorded|reported|registered|official|verified)\s+)?"
TOLL_CUE = re.compile(
    r"\b(?:(?<!injured\s)(?<!injury\s)(?<!wounded\s)(?<!injuries\s)toll|death\s+count|death\s+tally|number\s+of\s+(?:the\s+)?"
    + TOLL_COUNT_QUALIFIERS + r"(?:dead|deaths|fatalities|"
    r"(?:people|those|persons)\s+(?:who\s+(?:have\s+|had\s+)?)?(?:died|killed|dead)))\b", re.IGNORECASE)
_TOLL_NUMBER = re.compile(r"[0-9][0-9,.]*")
TOLL_WINDOW = 120  # characters after the cue the value must start within
_TOLL_MODAL = re.compile(r"\b(?:could|may|might|would|will|expected|feared|likely)\b", re.IGNORECASE)
_TOLL_SUBJECTS = frozenset({None, "person", "people"})
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
# A toll sentence with no number of its own that says the toll moved: the next sentence's first
# killed count is the new toll. Past and present alike: a running story writes "the toll rose" and
# "the toll continues to climb", "keeps rising", "is mounting" (a foreseen rise, "is expected to
# rise", is no move: `_announces_toll` drops modal sentences).
TOLL_MOVED = re.compile(r"\b(?:rose|risen|rises|rise|rising|climbed|climbs|climb|climbing|increased|increases|increasing"
                        r"|jumped|jumps|grew|grows|growing|soared|soars|soaring|went\s+up|goes\s+up|going\s+up"
                        r"|mounted|mounts|mounting)\b",
                        re.IGNORECASE)
# Reading a toll from text alone: the value must be linked to the cue by one of these words
# ("rose to 550", "stood at", "the number touched 550"), and not be a span of time or a share.
TEXT_TOLL = re.compile(
    r"\b(?:to|at|touched|reached|hit|now|of|is|was)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+"
    r"|some\s+|almost\s+)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\b(?!\s*(?:days?|years?|hours?|weeks?|months?|percent"
    r"|times|fold|per\s+cent|%|km|kilomet|miles?|storey|story|am|pm|a\.m|p\.m|[:.][0-9]))", re.IGNORECASE)
# The text reading may look further than a figure's (the linking verb is required there): a wire
# story's subject can be long ("the number of people who died in the crush that occurred during ...
# has reached 158").
TEXT_TOLL_WINDOW = 160
_REVISED_DOWN = re.compile(r"\b(?:revised\s+(?:[\w’'-]+\s+){0,6}?down\b|lowered|cut|corrected\s+down|downgraded)\b", re.IGNORECASE)
# A toll below the last one given is also news when told as a revision or as the final count
# ("revised the death toll to 275 from 288", "the final death toll is 71"); else an old figure.
_REVISED_BELOW = re.compile(r"\b(?:revised|corrected|final\s+(?:death\s+)?toll)\b", re.IGNORECASE)
# A sentence's date dates its toll only when the date phrase is this close (characters) to the
# cue or to the value ("On Tuesday the death toll stood at..."), not in a quote beside it.
TOLL_DATE_CHARS = 60
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

# --- the first single death ("a protester was killed on Monday") -----------------------------------
# A killed figure of one, in a sentence saying someone died, dated by that sentence: the story's
# first death, when no toll was given by then.
DEATH_WORDS = re.compile(r"\b(?:died|dies|killed|dead|deaths?|fatality|fatalities)\b", re.IGNORECASE)
SINGLE_DEATH_TEXT = "First death reported"
# The date must be this close (characters) to the death word: in "died after being detained during
# the protests on 9 August" the date is the protests', not the death's.
SINGLE_DEATH_DATE_CHARS = 45
# A sentence that says the death was the first one wins over other single deaths.
FIRST_DEATH = re.compile(r"\bfirst\s+(?:death|fatality|victim|casualty)\b", re.IGNORECASE)

# --- a study's count of the dead, apart from the official toll ------------------------------------
# "Researchers found evidence of 4,645 excess deaths": a count of a study or report, not the toll;
# told as its own entry on the day it was published when it is above every toll given by then.
# A report counts as a study when it is one document of its own ("in a report posted online",
# "the report said"), not news hearsay ("according to reports").
STUDY_CUE = re.compile(r"\b(?:study|survey|researchers?|analysis|(?<!according to )(?:a|the|new|its|draft)\s+report)\b",
                       re.IGNORECASE)
# A study told as older than the article ("earlier this month, a report estimated...") is not news
# of the article's day.
STUDY_EARLIER = re.compile(r"\b(?:earlier|ago|last\s+(?:week|month|year)|previous|prior|at\s+the\s+time)\b",
                           re.IGNORECASE)

# --- the day an undated document reports -----------------------------------------------------------
# "officials said Tuesday", "announced on Monday", "Monday's statement said": the report's own day.
_WEEKDAY_ALT = "|".join(w.capitalize() for w in WEEKDAYS if w.endswith("day"))
REPORT_DAY = re.compile(
    rf"\b(?:said|says|announced|reported|confirmed|told\s+\w+)\s*,?\s+(?:on\s+)?({_WEEKDAY_ALT})\b"
    rf"|\b({_WEEKDAY_ALT})\s+(?:said|announced|reported)\b"
    # "according to the disaster agency on Thursday", "according to updates from the ministry on Thursday"
    rf"|\baccording\s+to\b[^.;:]{{0,80}}?\bon\s+({_WEEKDAY_ALT})\b")
# Phrases saying the report is weeks after what it tells: then its bare weekday is no day of the event's week.
LATER_CUES = re.compile(r"\b(?:(?:weeks?|months?|years?)\s+(?:ago|after|later|since)|earlier\s+this\s+month|last\s+"
                        r"(?:month|year)|anniversary)\b", re.IGNORECASE)
REPORT_DAY_CHARS = 1500  # the lead: where a wire story says when it reports
REPORT_DAY_MAX = 7  # days after the event a bare weekday can reach


@dataclass(frozen=True, slots=True)
class _Toll:
    document: str
    value: float
    text: str  # the sentence
    claim: str | None  # the figure claim, when one carries it
    own: str | None  # the day the sentence itself gives


def sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(s, t) for s, t in out if t.strip()]


def _previous_sentence(text: str | None, start: int) -> str:
    if not text or start <= 0:
        return ""
    before = [t for s, t in sentences(text[:start])]
    return before[-1] if before else ""


# Numbers after a toll cue that are not counts: times of day, years.
_NOT_A_COUNT = re.compile(r"^[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:am|pm|a\.m|p\.m|o'clock|hrs)\b|^[0-9]{1,2}[.:][0-9]{2}\b"
                          r"|^(?:19|20)[0-9]{2}\b(?!,)", re.IGNORECASE)
# The toll's own number is the first count after the cue, or one its verb links to it ("rose to
# 79 from 58"); a count after another measure's noun is that measure's ("revised the toll to 275
# and put the number of injured at 1,175").
_LINKED = re.compile(r"\b(?:to|at|reached|hit|touched|is|was|now)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|"
                     r"nearly\s+|about\s+|some\s+|almost\s+)?$", re.IGNORECASE)
# A toll told as a former value: "the toll was earlier put at 288", "had initially stood at".
# ("earlier this month" dates the happening the toll counts: "the toll from the cyclone earlier
# this month has climbed to 77,738" is the day's)
_EARLIER_VALUE = re.compile(r"\b(?:earlier(?!\s+(?:this|last|in)\b)|previously|initially|originally|at\s+first|first)\b",
                            re.IGNORECASE)
_OTHER_MEASURE = re.compile(r"\b(?:injur\w*|wounded|hurt|missing|rescued|survivors?|hospitali[sz]ed|"
                            r"displaced|evacuated|arrested|detained)\b", re.IGNORECASE)
_COUNT_WORD = re.compile(r"\b(?:" + "|".join(sorted((w for w, v in {**UNIT_WORDS, **TENS_WORDS}.items() if v > 1),
                                                     key=len, reverse=True)) + r")\b", re.IGNORECASE)


# A toll the sentence gives as an earlier figure, before its cue: "Previous claims put the death
# toll at 500", "an initial count put the toll at 80", "earlier estimates of the toll".
PRIOR_FIGURE = re.compile(r"\b(?:previous|earlier|initial|original|former|old)\s+(?:official\s+)?(?:claims?|estimates?|"
                          r"counts?|figures?|tall(?:y|ies)|reports?|numbers?)\b", re.IGNORECASE)
PRIOR_FIGURE_CHARS = 60  # how far before the cue, in its clause


# ... or as the toll before this one: "The previous death toll was 156", "the earlier toll of 80".
PRIOR_TOLL = re.compile(r"\b(?:previous|earlier|initial|original|former|old|last)\s+(?:official\s+)?(?:death\s+)?$",
                        re.IGNORECASE)


def _prior_figure(text: str, cue_start: int) -> bool:
    before = re.split(r"[;:.!?()]", text[max(0, cue_start - PRIOR_FIGURE_CHARS) : cue_start])[-1]
    return PRIOR_FIGURE.search(before) is not None or PRIOR_TOLL.search(before) is not None


def _value_after_cue(text: str, value: float) -> bool:
    """`value` follows a toll cue closely, with no modal or clause break between: as the first
    count after it (a spelled-out count too: "was six, with as many as 20 in hospital") or linked
    to it by its verb ("rose to 79 from 58"), never after another measure's noun."""
    for t in TOLL_CUE.finditer(text):
        if _modal_before(text, t.start()) or _prior_figure(text, t.start()):
            continue
        window = text[t.end() : t.end() + TOLL_WINDOW]
        first = True
        counts = sorted([(n.start(), n[0]) for n in _TOLL_NUMBER.finditer(window)]
                        + [(w.start(), w[0]) for w in _COUNT_WORD.finditer(window)])
        for start, raw in counts:
            before = window[:start]
            if _TOLL_MODAL.search(before) or ";" in before or _OTHER_MEASURE.search(before):
                break
            if raw[0].isdigit() and _NOT_A_COUNT.match(window[start:]):
                continue
            if _EARLIER_VALUE.search(before):
                return False  # "the toll was earlier put at 288": an old figure, not the day's
            n = _word_value(raw)
            if n is None:
                continue
            if n == value and (first or _LINKED.search(before)):
                return True
            first = False
    return False


# A toll foreseen, not counted: a modal just before the cue in its clause ("a rupture expected to
# leave a death toll of more than 300", "what could become a toll in the hundreds").
MODAL_BEFORE_CHARS = 40


def _modal_before(text: str, cue_start: int) -> bool:
    before = re.split(r"[,;:.!?()]", text[max(0, cue_start - MODAL_BEFORE_CHARS) : cue_start])[-1]
    return _TOLL_MODAL.search(before) is not None


def _word_value(raw: str) -> float | None:
    if raw[0].isdigit():
        try:
            return float(raw.replace(",", "").rstrip("."))
        except ValueError:
            return None
    low = raw.lower()
    return float({**UNIT_WORDS, **TENS_WORDS}.get(low, 0)) or None


def _announces_toll(sentence: str) -> bool:
    """"The death toll rose overnight, the authorities said", "China raised the death toll from
    the rioting": a rise without its number."""
    cue = TOLL_CUE.search(sentence)
    return (cue is not None and (TOLL_MOVED.search(sentence, cue.end()) is not None
                                 or TOLL_RAISED_BEFORE.search(sentence[:cue.start()]) is not None)
            and not _TOLL_NUMBER.search(sentence[cue.end():]) and not _TOLL_MODAL.search(sentence))


# Someone raising the toll, the verb before it: "China raised the death toll", "officials have
# revised up their toll".
TOLL_RAISED_BEFORE = re.compile(r"\b(?:raised|raises|raising|revised\s+up|lifted|upped|increased)\s+(?:the|its|their)\s+"
                                r"(?:official\s+)?(?:death\s+)?$", re.IGNORECASE)


def _first_number(c: FigureClaim) -> bool:
    value = f"{c.value:,.0f}" if c.value is not None else ""
    first = re.search(r"[0-9][0-9,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                      c.evidence.text, re.IGNORECASE)
    return first is not None and first[0].replace(",", "") == value.replace(",", "")


def _is_toll(c: FigureClaim, text: str | None) -> bool:
    if c.measure != "killed" or c.value is None or c.hedged:
        return False
    if c.part_of is None and _lead_count(c, text):
        return True  # the lead's count of the dead is the whole, whoever they were ("205 miners")
    if c.subject not in _TOLL_SUBJECTS:
        return False
    if _value_after_cue(c.evidence.text, c.value):
        return True
    return _announces_toll(_previous_sentence(text, c.evidence.start)) and _first_number(c)


# A wire lead gives the day's toll as its first count, in the present perfect or with the word
# "toll" after it: "At least 2,681 people have been killed by the earthquake, state television
# reported Monday, with the toll continuing to rise."
LEAD_DEATHS = re.compile(r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+(?:killed|confirmed\s+dead)|died|perished|"
                         r"lost\s+their\s+lives)\b", re.IGNORECASE)


# A title's count of the dead: "Mine blast kills at least 205", "Quake toll: 2,000 dead".
TITLE_DEATHS = re.compile(r"\b(?:kills|killing|dead|die|dies|deaths|toll)\b", re.IGNORECASE)


ESTIMATE = re.compile(r"\bestimat\w*\b", re.IGNORECASE)


def _lead_count(c: FigureClaim, text: str | None) -> bool:
    """The first count of the document's lead, told as the dead so far (see LEAD_DEATHS)."""
    from .doc_dates import is_title, lead_span

    sentence = c.evidence.text
    if (not _first_number(c) or _TOLL_MODAL.search(sentence) or _EARLIER_VALUE.search(sentence)
            or STUDY_CUE.search(sentence) or ESTIMATE.search(sentence)):
        return False  # a study's or an estimate's count is not the official toll (see `studies.study_entries`)
    if text and is_title(text, c.evidence.start, c.evidence.end):
        return TITLE_DEATHS.search(sentence) is not None  # "Mine blast kills at least 205"
    lead = lead_span(text or "")
    if lead is None or not lead[0] <= c.evidence.start < lead[1]:
        return False
    return LEAD_DEATHS.search(sentence) is not None or TOLL_CUE.search(sentence) is not None


def _other_years(sentence: str, year: int | None) -> bool:
    """The sentence names an earlier year: the toll of a past disaster ("2005's Katrina")."""
    return year is not None and any(int(y) < year for y in _YEAR.findall(sentence))


# A date that opens a span ("1,127 bodies pulled out since the collapse on April 24") is when the
# counting began, and a date that names the happening ("the toll from the April 24 disaster") is
# when it struck: neither is the day of the count.
SPAN_START = re.compile(r"(?:\bsince\b[^,;.]{0,60}|\b(?:from|of|in|after) (?:the|last|this) )$", re.IGNORECASE)
SPAN_START_CHARS = 70
# ... so is a date that follows the happening's noun ("the toll in the earthquake on April 25 has
# reached 8,046") or precedes it ("the April 25 quake", "Saturday's powerful earthquake"), when it
# is the happening's day (in "the toll in the crash on Monday increased to 278" the Monday, days
# after the crash, is the count's).
HAPPENING_NOUNS = (r"(?:earthquakes?|quakes?|tremors?|aftershocks?|explosions?|blasts?|fires?|blazes?|collapses?|"
                   r"crash(?:es)?|disasters?|traged(?:y|ies)|attacks?|bombings?|floods?|flooding|storms?|hurricanes?|"
                   r"cyclones?|typhoons?|tsunamis?|landslides?|stampedes?|crush|sinking|capsizing|accidents?|"
                   r"shootings?|eruptions?|derailments?|collisions?)")
HAPPENING_BEFORE = re.compile(rf"\b{HAPPENING_NOUNS}\s+(?:on|of)\s+$", re.IGNORECASE)
HAPPENING_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:[\w.-]+\s+){{0,2}}{HAPPENING_NOUNS}\b", re.IGNORECASE)


def own_date(sentence: str, value: float, pub: str | None, context: str = "",
              disaster_day: str | None = None) -> str | None:
    """The day-precise date next to the cue or the value in `context + sentence`, if any."""
    text = (context + " " + sentence) if context else sentence
    spots = [m.start() for m in TOLL_CUE.finditer(text)]
    v = f"{value:,.0f}"
    spots += [m.start() for m in re.finditer(re.escape(v), text)]
    spots += [m.start() for m in re.finditer(re.escape(v.replace(",", "")), text)]
    days = [d for d in find_dates(text, pub) if len(d.value) == 10
            and not SPAN_START.search(text[max(0, d.start - SPAN_START_CHARS):d.start])
            and not (_names_happening(text, d) and (disaster_day is None or d.value == disaster_day))]
    near = [d.value for d in days if any(min(abs(d.start - p), abs(d.end - p)) <= TOLL_DATE_CHARS for p in spots)]
    if near:
        # the happening's own day is when it struck; another day near the toll is when it was
        # counted ("2,012 killed in the quake late on Friday, according to a toll issued on Saturday")
        return next((d for d in near if d != disaster_day), near[0])
    # one day in the toll's own sentence, however far from the number, is the day of the count
    # ("the toll rose to 292 after two bodies were found in the hull on Sunday")
    own = {d.value for d in days if d.start >= len(text) - len(sentence) and (pub is None or d.value <= pub)}
    return own.pop() if len(own) == 1 else None


def _names_happening(text: str, d) -> bool:
    """The date phrase dates the happening the toll counts, not the count (see HAPPENING_BEFORE)."""
    return bool(HAPPENING_BEFORE.search(text[max(0, d.start - 40):d.start])
                or HAPPENING_AFTER.search(text[d.end:d.end + 40]))


# A later month the text looks ahead to ("who contests an election in May", "the trial is due to
# open in June") says nothing of when the page was written.
AHEAD_BEFORE = re.compile(r"\b(?:contests?|faces?|will|due|scheduled|planned|expected|upcoming|next)\b[^.;]{0,40}$",
                          re.IGNORECASE)


def _ahead(text: str, start: int) -> bool:
    return AHEAD_BEFORE.search(text[max(0, start - 60):start]) is not None


def report_day(doc: Document, event_day: str | None) -> str | None:
    """The day an undated document reports, from "officials said Tuesday" in its lead: the first such
    weekday on or after the event. None when the document names any date later than a week after
    the event (then a bare weekday could be any week)."""
    if not doc.text or not event_day or len(event_day) != 10:
        return None
    start = date.fromisoformat(event_day)
    horizon = (start + timedelta(days=REPORT_DAY_MAX)).isoformat()
    year = event_day[:4]
    if any(d.value[:len(horizon)] > horizon[:len(d.value)] for d in find_dates(doc.text, year)
           if re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}){0,2}", d.value) and not _ahead(doc.text, d.start)):
        return None
    m = REPORT_DAY.search(doc.text[:REPORT_DAY_CHARS])
    if m is None or LATER_CUES.search(doc.text):
        return None
    wd = WEEKDAYS[(m[1] or m[2] or m[3]).lower()]
    return (start + timedelta(days=(wd - start.weekday()) % 7)).isoformat()


def _figure_tolls(documents: Sequence[Document], claims: Sequence[Claim], pubs: dict[str, str],
                  year: int | None, disaster_day: str | None = None) -> list[_Toll]:
    texts = {d.id: d.text for d in documents}
    out = []
    for c in claims:
        if not isinstance(c, FigureClaim) or c.value is None or not _is_toll(c, texts.get(c.document)):
            continue
        if _other_years(c.evidence.text, year):
            continue
        pub = pubs.get(c.document)
        before = "" if _value_after_cue(c.evidence.text, c.value) else _previous_sentence(
            texts.get(c.document), c.evidence.start)
        own = own_date(c.evidence.text, c.value, pub or (str(year) if year else None), before, disaster_day)
        out.append(_Toll(c.document, c.value, c.evidence.text, c.id, own))
    return out


def _text_tolls(documents: Sequence[Document], known: dict[tuple[str, float], set[str | None]],
                pubs: dict[str, str], year: int | None, disaster_day: str | None = None) -> list[_Toll]:
    """Tolls stated in a sentence that no killed figure carries ("the number touched 550"). `known`:
    (document, value) -> the own days of the figure tolls read; a sentence giving the toll's own
    day where those give none is read too (the title's "toll up to 192" carries no day, the body's
    "said on Wednesday, July 15 that the toll rose to 192" does)."""
    out = []
    for d in documents:
        for _, sentence in sentences(d.text or ""):
            cue = TOLL_CUE.search(sentence)
            if (cue is None or _other_years(sentence, year) or _modal_before(sentence, cue.start())
                    or _prior_figure(sentence, cue.start())):
                continue
            window = sentence[cue.end() : cue.end() + TEXT_TOLL_WINDOW]
            m = TEXT_TOLL.search(window)
            if (m is None or _TOLL_MODAL.search(window[: m.start()]) or ";" in window[: m.start()]
                    or _EARLIER_VALUE.search(window[: m.start()])):
                continue
            value = float(m[1].replace(",", ""))
            if value < 2 or (year and 1900 <= value <= year + 1):
                continue
            own = own_date(sentence, value, pubs.get(d.id) or (str(year) if year else None), "", disaster_day)
            if (d.id, value) in known and (own is None or known[(d.id, value)] != {None}):
                continue
            out.append(_Toll(d.id, value, sentence, None, own))
    return out


def _single_deaths(claims: Sequence[Claim], pubs: dict[str, str], year: int | None) -> list[_Toll]:
    out = []
    for c in claims:
        if (not isinstance(c, FigureClaim) or c.measure != "killed" or c.value != 1 or c.hedged
                or not DEATH_WORDS.search(c.evidence.text) or STUDY_EARLIER.search(c.evidence.text)):
            continue
        pub = pubs.get(c.document)
        text = c.evidence.text
        found = find_dates(text, pub or (str(year) if year else None))
        words = [m.span() for m in DEATH_WORDS.finditer(text)]
        near = [d.value for d in found if len(d.value) == 10 and any(
            min(abs(d.start - e), abs(d.end - s)) <= SINGLE_DEATH_DATE_CHARS for s, e in words)]
        day = near[0] if near else (pub if not found else None)
        if day is not None:
            out.append(_Toll(c.document, 1, text, c.id, day))
    firsts = [t for t in out if FIRST_DEATH.search(t.text)]
    return firsts or out


def toll_entries(documents: Sequence[Document], claims: Sequence[Claim],
                 disaster_day: str | None, days: dict[str, str] | None = None,
                 first_death: bool = True) -> list[TimelineEntry]:
    """One entry per day a death toll was given: the highest that day ("Death toll rises to 158").

    The day is the toll's own date ("on Tuesday the toll stood at...") or else the publication day
    (for an undated document, the day its lead reports: `report_day`); a toll dated to the
    disaster's own day in a later article ("the crush on Oct. 29 has claimed 151") is the toll of
    its publication day. Before the first toll, a dated single death is the first death reported.
    `days`: the day each document reports (`doc_dates.document_dates` for `disaster_day`), when the
    caller has it. `first_death`: whether a single death may be told as the first (an unrest's; in
    a disaster or an attack one named victim, the gunman's death or "one each from Chad" is no
    first death: the happening killed them all at once).
    """
    from .doc_dates import document_dates  # it reads `report_day` from here

    pubs = dict(days) if days is not None else {k: v.value for k, v in document_dates(documents, disaster_day).items()}
    year = int(disaster_day[:4]) if disaster_day else None
    tolls = _figure_tolls(documents, claims, pubs, year, disaster_day)
    known: dict[tuple[str, float], set[str | None]] = {}
    for t in tolls:
        known.setdefault((t.document, t.value), set()).add(t.own)
    tolls += _text_tolls(documents, known, pubs, year, disaster_day)
    by_day: dict[str, list[_Toll]] = {}
    for t in tolls:
        day = _day(t, pubs, disaster_day)
        if day is not None:
            by_day.setdefault(day, []).append(t)
    out: list[TimelineEntry] = []
    last = 0.0
    series = _toll_series(by_day, frozenset(d.id for d in documents if d.published and len(d.published) == 10))
    for day in sorted(by_day):
        ts = by_day[day]
        down = [t for t in ts if _REVISED_DOWN.search(t.text) or (_REVISED_BELOW.search(t.text) and t.value < last)]
        if down and not any(t.value > max(d.value for d in down) for t in ts if t not in down):
            top = max(t.value for t in down)  # "revised down to 125": news, though lower
            template = TOLL_REVISED
        else:
            top = series.get(day, max(t.value for t in ts))
            if day not in series and top != last and not _revision_day(ts):
                continue  # off the series the other days tell: an outlier claim, or a page given a wrong day
            again = top == last and (not out or out[-1].text.startswith(TOLL_STANDS.split("{")[0])
                                     or {t.document for t in ts if t.value == top} <= set(out[-1].documents))
            if top < last or again:
                continue  # an old figure repeated, not news (a rise or revision confirmed is, once, by another)
            template = TOLL_RISES if last and top > last else TOLL_STANDS
        last = top
        tellers = [t for t in ts if t.value == top]
        out.append(_entry(day, template.format(value=f"{top:,.0f}"), tellers))
    from .studies import study_entries  # it reads `_Toll` and `_entry` from here

    out += study_entries(claims, pubs, disaster_day, out, documents)
    out.sort(key=lambda e: e.date or "")
    first_toll = min(by_day) if by_day else None
    deaths: dict[str, list[_Toll]] = {}
    for t in _single_deaths(claims, pubs, year) if first_death else ():
        if t.own is None:
            continue
        if (disaster_day is None or t.own >= disaster_day) and (first_toll is None or t.own < first_toll):
            deaths.setdefault(t.own, []).append(t)
    if deaths:
        day = min(deaths)
        out.insert(0, _entry(day, SINGLE_DEATH_TEXT, deaths[day]))
    return out


def _toll_series(by_day: dict[str, list[_Toll]], published: frozenset[str]) -> dict[str, float]:
    """Day -> the toll of that day on the longest rising series the days tell.

    An official toll only grows (a cut is told as a revision, handled apart), and it is retold day
    after day; a higher figure one day that every later day's toll falls below is no step of it:
    a contesting claim ("the true toll is more than 500", a rights group's count) or a page given
    the wrong day (an undated page placed on the first Friday after the event when it was written
    two weeks later). So each day keeps the value of the longest strictly rising chain of (day,
    value) tellings; ties: the chain told by more pages whose day is their publication day
    (`published`, not inferred), then the higher values (one day's highest figure, as the day's
    own toll, when nothing says otherwise: one country's toll retold by more pages whose day was
    inferred is no reason to drop the whole), then by more documents."""
    out: dict[str, float] = {}
    segment: dict[str, list[_Toll]] = {}
    for day in sorted(by_day):  # a revision starts the series anew: each stretch between them apart
        if _revision_day(by_day[day]):
            out.update(_rising_chain(segment, published))
            segment = {}
        else:
            segment[day] = by_day[day]
    out.update(_rising_chain(segment, published))
    return out


def _revision_day(ts: list[_Toll]) -> bool:
    """A day some teller calls its toll a revision or the final count (see _REVISED_BELOW)."""
    return any(_REVISED_DOWN.search(t.text) or _REVISED_BELOW.search(t.text) for t in ts)


def _rising_chain(by_day: dict[str, list[_Toll]], published: frozenset[str]) -> dict[str, float]:
    """Day -> value on the longest strictly rising chain of the days' tellings (see `_toll_series`)."""
    first_told: dict[float, str] = {}  # value -> the first day a page dated by publication told it
    for day in sorted(by_day):
        for t in by_day[day]:
            if t.document in published:
                first_told.setdefault(t.value, day)
    cands = []
    for day in sorted(by_day):
        for v in sorted({t.value for t in by_day[day]}):
            if first_told.get(v, day) < day:
                continue  # a value retold: the toll reached it the day it was first told
            tellers = {t.document for t in by_day[day] if t.value == v}
            cands.append((day, v, (len(tellers & published), len(tellers))))
    best: list[tuple[tuple[int, int, float, int], int | None]] = []
    for i, (day, v, (dated, docs)) in enumerate(cands):
        prev = max((j for j in range(i) if cands[j][0] < day and cands[j][1] < v),
                   key=lambda j: best[j][0], default=None)
        base = best[prev][0] if prev is not None else (0, 0, 0.0, 0)
        best.append(((base[0] + 1, base[1] + dated, base[2] + v, base[3] + docs), prev))
    if not best:
        return {}
    step: int | None = max(range(len(cands)), key=lambda j: best[j][0])
    out: dict[str, float] = {}
    while step is not None:
        out[cands[step][0]] = cands[step][1]
        step = best[step][1]
    return out


def _day(t: _Toll, pubs: dict[str, str], disaster_day: str | None) -> str | None:
    pub = pubs.get(t.document)
    day = t.own if t.own and (pub is None or t.own <= pub) else pub
    if day is not None and day == disaster_day and pub is not None and pub > day:
        day = pub  # the day of the disaster is when it struck, not when its toll was counted
    if day is None or (disaster_day is not None and day < disaster_day):
        return None
    return day


def _entry(day: str, text: str, tellers: list[_Toll]) -> TimelineEntry:
    return TimelineEntry(date=day, text=text, documents=tuple(dict.fromkeys(t.document for t in tellers)),
                         claims=tuple(dict.fromkeys(t.claim for t in tellers if t.claim)), event_type="toll")
