"""Which whole a figure counts, read across articles: figures that share measure, subject and
place but are not stages of the slot's series of stated counts get a slot of their own.

A crackdown or a long disaster is counted two ways: the running total, which its sentence marks
as counted over days ("at least 521 killed since the February 1 coup", "103 officers injured since
Sunday", "over three nights of protests"), and the count of one day, night or clash ("18 were
killed on Sunday", "14 officers were hurt overnight"). Where a slot holds a total so marked, a smaller figure whose own sentence names one day and no total is
that day's whole, not a stage of the series. Without a marked total a day phrase says nothing
(`periods.py` reads the explicit phrases alone): "the quake killed 2,000 on Friday night" is the
whole toll.

A vague count ("dozens were killed", "hundreds detained") is coded as a lower bound (12, 100;
../shared/spec/measures.md). It is compatible with any larger count, so it never disagrees, but
it is no stage of a series of exact counts either: beside stated figures it is shown apart (a
slot under the whole) and never sets the best value. A slot of vague counts alone keeps them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from anyascii import anyascii

from ..figures.cues import MONTH_NAMES, WEEKDAY_NAMES
from ..figures.scope import CRITICAL, HELD, IN_CARE
from ..models import Document, Entity, FigureClaim
from ..text.numbers import find_quantities
from .intervals import point
from .periods import AFTER_CLAUSE, DAY_PERIOD, EXPLICIT_PERIOD, FIGURE_PERIOD_RE, TOTAL_WORDS, day_phrase

if TYPE_CHECKING:
    from .slots import SlotKey

# Slot-key label of the separated vague counts (the key's `part_of`, so the slot hangs under its
# whole).
VAGUE_LABEL = "vague count"
PERIOD_LABEL = "period "
# Words that mark a running total in a figure's sentence ("since the protests began", "so far",
# "a total of", "over the past three weeks").
CUMULATIVE_RE = re.compile(
    r"\bsince (?!then\b)\w+|\bso far\b|\bto date\b|\bin total\b|\ba total of\b|\baltogether\b|\bin all\b|"
    r"\bcumulative\w*|\bup to now\b|\bover the (?:past|last) (?:\w+ )?(?:days|weeks|months)\b|"
    r"\bover (?:\w+ )?(?:days|weeks|nights) of\b", re.IGNORECASE)
# A running total counted over many days: from a named day or date, or since something began
# ("since Sunday", "since the February 1 coup", "since the protests began", "over three nights of
# protests"). Only beside such a total is a day phrase a day of it; "1,127 bodies recovered since
# the collapse" counts from an instant, and a disaster's "killed 86 on Wednesday" is its early toll.
_DAYNAME = rf"(?:{WEEKDAY_NAMES}|yesterday|last week)"
_MONTH = rf"(?:{MONTH_NAMES})\.?"
MULTIDAY_RE = re.compile(
    rf"\bsince (?:the )?(?:{_DAYNAME}|{_MONTH} \d|\d{{1,2}} {_MONTH}|start of|beginning of|outbreak of)|"
    r"\bsince (?:the )?[\w -]{1,40}? (?:began|started|erupted|broke out)\b|"
    r"\bover the (?:past|last) (?:\w+ )?(?:days|weeks|months|nights)\b|"
    r"\b(?:over|in|during) (?:\w+ )?(?:days|weeks|nights) of\b", re.IGNORECASE)
# "the deadliest day since the coup", "the worst violence since 1988", "the update was the first
# since May 17", "bloodshed not seen since the
# 2014 war": a superlative's or a comparison's "since" compares the day with the past; "marking a
# year since the protests began", "two months since the coup": a span's "since" dates an
# anniversary. Neither makes the count a running total.
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:\w+est|worst|most \w+|first|only)\b(?: \w+){0,3} since\b[^,;.]*|"
    r"\b(?:not|never|un)\s*(?:\w+ ){0,2}(?:seen|witnessed|recorded|known|matched)\b(?: \w+){0,2} since\b[^,;.]*|"
    r"\b(?:a|an|one|two|three|four|five|six|\w+ty|\d+)\s+(?:full\s+)?(?:days?|weeks?|months?|years?)\s+since\b[^,;.]*",
    re.IGNORECASE)
# A relative clause on the event ("the quake that struck on Friday night") dates the event, not
# the count: its day phrase is read out before looking for one.
RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|when|who)\b[^,;]*", re.IGNORECASE)
# Marks that end a stretch of a sentence (a clause or an aside).
SEGMENT_BREAKS = (",", ";", "—", "–", "(", ")")
# Qualifiers whose number is a floor of the running total.
FLOOR_QUALIFIERS = frozenset({"exact", "about", "at_least", "more_than"})


def is_vague(c: FigureClaim) -> bool:
    """The figure is a coded vague count ("dozens", "hundreds of people"), not a stated number."""
    if c.value is None or c.qualifier != "at_least":
        return False
    return any(q.vague and q.value == c.value for q in find_quantities(c.evidence.text))


def separate_wholes(raw: dict[SlotKey, list[FigureClaim]]) -> None:
    """Move vague counts beside stated ones out of each whole slot into a slot of their own (in
    place)."""
    for key in [k for k in raw if k.part_of is None]:
        members = raw[key]
        vague = [c for c in members if is_vague(c)]
        if not vague or len(vague) == len(members):
            continue
        raw[key] = [c for c in members if c not in vague]
        raw.setdefault(replace(key, part_of=VAGUE_LABEL), []).extend(vague)




def is_cumulative(c: FigureClaim) -> bool:
    return CUMULATIVE_RE.search(SUPERLATIVE_SINCE.sub(" ", c.evidence.text)) is not None



def running_growth(claims: Sequence[FigureClaim]) -> bool:
    """Every figure is a running total its sentence marks as counted over many days ("over 140
    killed since the marches began", "269 killed since the start of the protests"), and they give
    at least two different figures on at least two days: stages of one count that grew, even where
    a floor of an earlier day is compatible with a later, larger figure."""
    marked = [c for c in claims if is_multiday(c) or c.scope == "total"]
    if len(marked) < 2 or len(marked) < len(claims):
        return False
    return len({c.as_of for c in marked if c.as_of}) > 1 and len({point(c) for c in marked}) > 1

def number_match(c: FigureClaim) -> re.Match[str] | None:
    """Where the figure's number is written in digits in its sentence (with or without thousands
    commas); None for a number written in words or not whole (claims keep no number offset)."""
    if c.value is None or c.value != int(c.value):
        return None
    for written in (f"{int(c.value):,}", str(int(c.value))):
        m = re.search(rf"(?<![\d,.]){re.escape(written)}(?![\d,])", c.evidence.text)
        if m is not None:
            return m
    return None


def _number_segment(c: FigureClaim) -> str:
    """The comma-delimited stretch of the sentence that holds the figure's number (the whole
    sentence when the number is written in words)."""
    text = c.evidence.text
    m = number_match(c)
    if m is None:
        return text
    start = max(text.rfind(ch, 0, m.start()) for ch in SEGMENT_BREAKS) + 1
    ends = [i for ch in SEGMENT_BREAKS if (i := text.find(ch, m.end())) >= 0]
    return text[start:min(ends, default=len(text))]


def is_multiday(c: FigureClaim) -> bool:
    """The figure's sentence marks it as counted over many days; a figure told in a relative
    clause on another phrase ("arrests since the Oct. 3 blast, which killed 80") is read on that
    clause alone: the "since" outside it dates the other count, not this one."""
    own = _relative_segment(c)
    return MULTIDAY_RE.search(SUPERLATIVE_SINCE.sub(" ", own if own is not None else c.evidence.text)) is not None


# A comma-set relative clause: the figure's own clause when its number is in it.
RELATIVE_SEGMENT_START = re.compile(r"^\s*(?:which|who|that)\b", re.IGNORECASE)


def _relative_segment(c: FigureClaim) -> str | None:
    """The comma-set relative clause ("..., which killed 80 people, ...") holding the figure's
    number, None when the number is not in one."""
    segment = _number_segment(c)
    return segment if RELATIVE_SEGMENT_START.match(segment) else None


def names_one_day(c: FigureClaim) -> bool:
    """The figure's own stretch of its sentence names one day, night or period for it, and the
    sentence says nothing of a total or a toll ("the toll, which rose on Friday night, ...")."""
    text = SUPERLATIVE_SINCE.sub(" ", c.evidence.text)
    if is_cumulative(c) or TOTAL_WORDS.search(text):
        return False
    segment = _number_segment(c)
    if FIGURE_PERIOD_RE.search(segment) or EXPLICIT_PERIOD.search(segment):
        return True
    return day_phrase(DAY_PERIOD, RELATIVE_CLAUSE.sub(" ", AFTER_CLAUSE.sub(" ", segment)))


def _day(c: FigureClaim, docs: Mapping[str, Document]) -> str:
    doc = docs.get(c.document)
    return c.as_of or (doc.published[:10] if doc is not None and doc.published else f"report {c.document}")


def separate_days(raw: dict[SlotKey, list[FigureClaim]], docs: Mapping[str, Document]) -> None:
    """In each whole slot with a running total marked as counted over many days, move the smaller
    one-day counts to a slot of their day (in place)."""
    for key in [k for k in raw if k.part_of is None]:
        members = raw[key]
        floors = [p for c in members if is_multiday(c) and c.qualifier in FLOOR_QUALIFIERS and not c.hedged
                  and not is_vague(c) and (p := point(c)) is not None]
        if not floors:
            continue
        moved = [c for c in members if c.part_of is None and not c.update_cue and not c.supersedes
                 and (p := point(c)) is not None and p < min(floors) and names_one_day(c)]
        if not moved:
            continue
        raw[key] = [c for c in members if c not in moved]
        for c in moved:
            raw.setdefault(replace(key, part_of=PERIOD_LABEL + _day(c, docs)), []).append(c)
        if not raw[key]:
            del raw[key]



# --- status and period read from the figure's own clause (figures.scope) ---------------------
# Label of the slot of people still held, under the whole of the detained.
HELD_LABEL = "status still held"
# Label of the slot of the injured still in hospital or care at the time of the count, under the
# whole of the injured: it falls as patients leave, while the whole only grows.
IN_CARE_LABEL = "status still in care"
# Label of the slot of the injured in critical condition, under the whole of the injured.
CRITICAL_LABEL = "status critical"
# Child slots of a whole by the status a figure's clause gives it (figures.scope).
SCOPE_LABELS = {HELD: HELD_LABEL, IN_CARE: IN_CARE_LABEL, CRITICAL: CRITICAL_LABEL}
# Label of the slot of people who fled across a border, under the whole of the displaced (which
# counts those inside the country and out): refugees abroad are a part, with a series of its own.
ABROAD_LABEL = "place abroad"
# Measures whose one-day counts leave the whole beside any larger count that is not one day's
# (coverage of a crackdown counts arrests and turnout per day); the dead and injured only beside a
# count the text marks as a running total ("killed since April"), since a disaster's "killed 2,000
# on Friday" is its whole toll.
DAY_BESIDE_ANY = frozenset({"detained", "participants", "attacks", "charged"})


def separate_scopes(raw: dict[SlotKey, list[FigureClaim]], docs: Mapping[str, Document]) -> None:
    """Move the counts of people still held, and one day's counts beside a larger count of many
    days, out of each whole slot and each slot of one step of detention ("13 were arrested on
    Tuesday" beside "the dispersal saw 800 arrested") (in place), by the scope their clause gives
    them."""
    for key in [k for k in raw if k.part_of is None or k.part_of.startswith(STATUS_LABEL)]:
        members = raw[key]
        for scope, label in SCOPE_LABELS.items():
            held = [c for c in members if c.scope == scope] if key.part_of is None else []
            if scope == CRITICAL:
                # the critically hurt are a part only beside a larger count of the hurt; alone
                # ("five people were critically injured") they are everyone hurt
                larger = [p for c in members if c.scope != CRITICAL and (p := point(c)) is not None]
                held = [c for c in held if larger and (p := point(c)) is not None and p < max(larger)]
            if held:
                members = [c for c in members if c not in held]
                raw.setdefault(replace(key, part_of=label), []).extend(held)
        abroad = [c for c in members if c.scope == "abroad"]
        if abroad:
            members = [c for c in members if c not in abroad]
            raw.setdefault(replace(key, part_of=ABROAD_LABEL), []).extend(abroad)
        others = [p for c in members if c.scope != "day" and (p := point(c)) is not None
                  and (key.measure in DAY_BESIDE_ANY or c.scope == "total")]
        days = [c for c in members if c.scope == "day" and not c.update_cue and not c.supersedes
                and others and (p := point(c)) is not None and p < max(others)]
        # A report's repeat of its one-day count (its headline, its lead) is the same count.
        told = {(c.document, point(c)) for c in days}
        days += [c for c in members if c not in days and c.scope is None and (c.document, point(c)) in told
                 and not c.update_cue and not c.supersedes and not is_cumulative(c)]
        for c in days:
            raw.setdefault(replace(key, part_of=PERIOD_LABEL + _day(c, docs)), []).append(c)
        members = [c for c in members if c not in days]
        if members:
            raw[key] = members
        else:
            del raw[key]


# --- bodies found beside a whole known in full -------------------------------------------------
# A plane, ferry or train whose everyone aboard is known dead ("killing all 240 people on board")
# has a toll known in full from the first day; the counts that follow of bodies found, recovered
# or identified ("rescuers have recovered 181 bodies") are the progress of the search, not a lower
# toll, and never dispute the whole. Where no "all N" states the whole, a count of bodies is the
# toll as found so far (a flood, a collapse) and stays in the slot.
RECOVERED_LABEL = "status bodies recovered"
# The words that state a count as everyone of a known whole, before its number.
KNOWN_WHOLE_WORDS = r"\b(?:all|everyone)(?:\s+(?:of\s+)?the)?\s+"
# Words that make a count one of bodies or remains found.
BODIES_RE = re.compile(r"\b(?:bodies|body|remains|corpses)\b", re.IGNORECASE)


def _stated_as_all(c: FigureClaim) -> bool:
    """ "all 240 people on board", "all of the 240 aboard": the number follows "all"."""
    if c.value is None or c.value != int(c.value):
        return False
    for written in (f"{int(c.value):,}", str(int(c.value))):
        if re.search(KNOWN_WHOLE_WORDS + re.escape(written) + r"(?![\d,])", c.evidence.text, re.IGNORECASE):
            return True
    return False


def separate_recovered(raw: dict[SlotKey, list[FigureClaim]]) -> None:
    """Move counts of bodies below a whole known in full ("all N") out of each whole slot into a
    slot of their own (in place)."""
    for key in [k for k in raw if k.part_of is None]:
        members = raw[key]
        known = [p for c in members if _stated_as_all(c) and (p := point(c)) is not None]
        if not known:
            continue
        found = [c for c in members if (p := point(c)) is not None and p < max(known)
                 and BODIES_RE.search(_number_segment(c))]
        if not found or len(found) == len(members):
            continue
        raw[key] = [c for c in members if c not in found]
        raw.setdefault(replace(key, part_of=RECOVERED_LABEL), []).extend(found)


# --- a nation's people --------------------------------------------------------------------------
# Endings of a people's or a country's name, stripped to meet ("Ruritanians" and "Ruritania" both
# give "ruritan") when the name is no country GeoNames knows.
NATION_ENDINGS = re.compile(r"(?:ians|ian|ans|an|ese|is|ia|i|a|s)$")
# A country named in at least this share of an event's headlines is where it happened.
HOME_TITLE_SHARE = 0.3
# Words whose nation key is remembered (each key scans every country's name; an event's
# headlines repeat their words), bounded so memory does not follow the corpus.
NATION_KEY_CACHE = 4096


@lru_cache(maxsize=NATION_KEY_CACHE)
def nation_key(nation: str) -> str:
    """One key for a country and its people: the GeoNames country whose name's stem starts the
    word ("Iranians" -> "iran"), else the word without its ending."""
    from ..figures.subjects import demonym_country
    from .countries import COUNTRY_STEM_DROP, COUNTRY_STEM_MIN, _countries

    word = re.sub(r"[^a-z ]+", "", anyascii(nation).lower()).strip()
    word = re.sub(r"^the ", "", word)
    known = demonym_country(word) or demonym_country("the " + word)
    if known is not None:
        return known  # "Dutch", "Britons", "the Netherlands": the people's country by name
    _, names = _countries()
    if word in names:
        return word
    stems = [(len(stem), name) for name in names
             if (stem := name[:max(COUNTRY_STEM_MIN, len(name) - COUNTRY_STEM_DROP)]) and word.startswith(stem)]
    if stems:
        return max(stems)[1]
    return NATION_ENDINGS.sub("", word) or word


def nation_label(nation: str) -> str:
    """How a nation's slot is shown: its people's adjective in lower case ("Dutch nationals" and
    "the Netherlands" -> "dutch"), else its key. Two countries sharing an adjective (the two
    Congos) keep their keys, so the label stays one per nation."""
    from ..figures.subjects import _demonyms

    key = nation_key(nation)
    adjectives = _demonyms()[1]
    adjective = adjectives.get(key)
    if adjective is None or sum(a == adjective for a in adjectives.values()) > 1:
        return key
    return adjective.lower()


def foreign_countries(claims: list[FigureClaim], event_of: Mapping[str, str | None],
                      entities: Mapping[str, Entity], scope_of: Callable[[FigureClaim], str | None],
                      country_prefix: str) -> dict[str | None, set[str]]:
    """Event -> the country scopes its figures name that are not where it happened: "eight died
    in Freedonia" (after treatment abroad), "refugees in Ruritania". Where it happened is where
    its figures' towns and regions lie (the places' own country codes): a country none of them
    lies in is foreign (an earthquake's toll in two countries names towns in both). An event
    whose figures name no town or region has no foreign country here."""
    towns: dict[str | None, Counter[str]] = {}
    countries: dict[str | None, dict[str, str]] = {}
    for c in claims:
        entity = entities.get(c.place) if c.place else None
        scope = scope_of(c)
        if entity is None or entity.geo is None or not entity.geo.country or scope is None:
            continue
        event = event_of.get(c.document)
        if scope.startswith(country_prefix):
            countries.setdefault(event, {})[scope] = entity.geo.country
        else:
            towns.setdefault(event, Counter())[entity.geo.country] += 1
    out: dict[str | None, set[str]] = {}
    for event, codes in countries.items():
        if event not in towns:
            continue
        out[event] = {scope for scope, code in codes.items() if code not in towns[event]}
    return out


def home_nations(claims: list[FigureClaim], event_of: Mapping[str, str | None],
                 countries_by_event: Mapping[str | None, set[str]],
                 titles: Mapping[str, str],
                 foreign: Mapping[str | None, set[str]] | None = None,
                 towns: Mapping[str | None, set[str]] | None = None) -> dict[str | None, set[str]]:
    """Event -> nation keys of the country (or countries) it happened in: those its figures are
    scoped to, and those named in a good share of its headlines, less the countries its figures'
    towns say it did not happen in (`foreign_countries`: the home of foreign victims is often in
    the headlines and in "died in <their country> after treatment"). A count of that country's
    own people is the headline count, not a part of it."""
    from .countries import COUNTRY_SCOPE, _countries

    out: dict[str | None, set[str]] = {e: {nation_key(k.removeprefix(COUNTRY_SCOPE)) for k in ks}
                                       for e, ks in countries_by_event.items()}
    heads: dict[str | None, list[str]] = {}
    for doc, title in titles.items():
        heads.setdefault(event_of.get(doc), []).append(anyascii(title or "").lower())
    _, names = _countries()
    for event, ts in heads.items():
        words = Counter(nation_key(w) for t in ts for w in set(re.findall(r"[a-z]{4,}", t)))
        out.setdefault(event, set()).update(
            w for w, n in words.items() if w in names and n >= HOME_TITLE_SHARE * len(ts))
    for event, keys in (towns or {}).items():
        out.setdefault(event, set()).update(keys)  # `town_countries`
    for event, scopes in (foreign or {}).items():
        out[event] = out.get(event, set()) - {nation_key(k.split("|", 1)[-1]) for k in scopes}
    return out


def nation_breakdowns(claims: list[FigureClaim]) -> set[str]:
    """Ids of counts of a nation's people that an article gives as a breakdown of its dead (or
    injured, ...) by nationality: beside another nation's count of the same measure ("193 Dutch,
    43 Malaysians and 27 Australians"), or beside a larger count of everyone in the same article
    ("298 people were killed; 193 were Dutch"). Such a count is a part even when its nation is
    where the event happened: the article itself sets it against the whole."""
    from ..figures.subjects import nation_of, subject_class

    by_doc: dict[tuple[str, str], list[FigureClaim]] = {}
    for c in claims:
        by_doc.setdefault((c.document, c.measure), []).append(c)
    out: set[str] = set()
    for members in by_doc.values():
        nations = {c.id: nation_key(n) for c in members if (n := nation_of(c.subject)) is not None}
        if not nations:
            continue
        # everyone: people in general at one time, not a kind of them ("17 civilians") nor a running
        # total over many days ("140 killed since the protests began"), which hold the home
        # nation's one-day count without setting it against a whole
        everyone = [p for c in members if c.id not in nations and c.part_of is None and not c.hedged
                    and subject_class(c.subject, c.measure) == "person" and not (c.scope == "total" or is_multiday(c))
                    and (p := point(c)) is not None]
        for c in members:
            if c.id not in nations:
                continue
            others = {k for i, k in nations.items() if k != nations[c.id]}
            p = point(c)
            if others or (p is not None and any(q > p for q in everyone)):
                out.add(c.id)
    return out


# --- the status of the detained, where the coverage itself tells statuses apart -----------------
# Coverage of a crackdown counts people at several steps of one process: taken in ("detained",
# "rounded up"), formally arrested or remanded by a court ("placed under arrest"), jailed or
# sentenced, and questioned and let go. In much English writing "arrested" and "detained" are one
# word for one count, so the words alone never split a slot; but where one report sets two steps
# against each other with different numbers ("of 98 detained, 52 have been arrested", "of the
# 15,000 held, only 8,000 are under arrest", "eight arrested; 17 others were questioned"), the
# coverage itself says they are different wholes, and each step gets a slot of its own (under the
# slot of the detained).
STATUS_LABEL = "status "
DETAINED_STEP = "detained"
# The steps, each with the words that name it next to a count. Order breaks ties between two
# words at the same distance from the number.
DETENTION_STEPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("questioned", re.compile(r"\bfor questioning\b|\bquestioned\b|\binterrogated\b", re.IGNORECASE)),
    ("jailed", re.compile(r"\b(?:jailed|imprisoned|sentenced|convicted)\b", re.IGNORECASE)),
    ("arrested", re.compile(r"\b(?:formally\s+)?arrest(?:ed|s)?\b(?!\s+warrants?)|\bunder arrest\b|\bremanded\b|"
                            r"\bpre-?trial detention\b", re.IGNORECASE)),
    (DETAINED_STEP, re.compile(r"\bdetain(?:ed|ees?|ing)?\b|\bdetentions?\b|\brounded up\b|"
                               r"\btaken into custody\b", re.IGNORECASE)),
)
# Steps whose words qualify another step's verb ("detained for questioning") and so win over it.
OVERRIDING_STEPS = frozenset({"questioned"})
# Only a step word this close to the number (characters within its stretch of the sentence) names
# the number's step; farther off it names another clause's.
STEP_MAX_DISTANCE = 60


def detention_step(c: FigureClaim) -> str | None:
    """The step of the detention process a count of the detained names in its own stretch of
    its sentence: the step word nearest the number; None when no step word is near."""
    if c.measure != "detained":
        return None
    segment = _word_segment(c)
    at = _number_at(segment, c)
    if at is None:
        return None
    start, end = at
    best: tuple[int, int, str] | None = None
    for rank, (step, pattern) in enumerate(DETENTION_STEPS):
        for m in pattern.finditer(segment):
            gap = m.start() - end if m.start() >= end else start - m.end()
            if 0 <= gap <= STEP_MAX_DISTANCE and (best is None or (gap, rank) < best[:2]):
                best = (gap, rank, step)
        if best is not None and step in OVERRIDING_STEPS:
            return step  # "detained for questioning": the qualifier says which step
    return best[2] if best is not None else None


def _word_segment(c: FigureClaim) -> str:
    """The stretch of the sentence that holds the figure's number, found in digits or in words."""
    text = c.evidence.text
    at = _number_at(text, c)
    if at is None:
        return text
    start = max(text.rfind(ch, 0, at[0]) for ch in SEGMENT_BREAKS) + 1
    ends = [i for ch in SEGMENT_BREAKS if (i := text.find(ch, at[1])) >= 0]
    return text[start:min(ends, default=len(text))]


def _number_at(text: str, c: FigureClaim) -> tuple[int, int] | None:
    """Where the figure's number stands in `text`, in digits or in words ("Eight employees")."""
    if c.value is None:
        return None
    q = next((q for q in find_quantities(text) if q.value == c.value and not q.vague), None)
    return (q.number_start, q.end) if q is not None else None


def detention_steps(claims: list[FigureClaim], event_of: Mapping[str, str | None]) -> dict[str, str]:
    """Claim id -> its step label, for the counts of the detained that leave the whole slot (the
    detained): in an event where one sentence sets two steps against each other with different
    numbers, or a part names another step than its whole ("of that 15,000, only 8,000 are under
    arrest"), each count of a step other than "detained" (unless the same number is also reported
    as detained or with no step word: one count in two words). Steps set against each other only
    across sentences ("eight were arrested" ... "police detained four managers and four
    engineers") are one count told two ways, as often as not."""
    detained = [c for c in claims if c.measure == "detained"]
    steps = {c.id: s for c in detained if (s := detention_step(c)) is not None}
    by_id = {c.id: c for c in detained}
    contrasted: set[str | None] = set()
    by_sentence: dict[tuple[str, str], list[FigureClaim]] = {}
    for c in detained:
        by_sentence.setdefault((c.document, c.evidence.text), []).append(c)
    for (doc, _), members in by_sentence.items():
        named = [c for c in members if c.id in steps]
        if any(steps[a.id] != steps[b.id] and not _same_number(a, b) for a in named for b in named):
            contrasted.add(event_of.get(doc))
    for c in detained:
        whole = by_id.get(c.part_of or "")
        if whole is not None and c.id in steps and whole.evidence.text == c.evidence.text \
                and steps[c.id] != steps.get(whole.id, DETAINED_STEP) and not _same_number(c, whole):
            contrasted.add(event_of.get(c.document))
    if not contrasted:
        return {}
    whole_values = {(event_of.get(c.document), point(c)) for c in detained
                    if steps.get(c.id, DETAINED_STEP) == DETAINED_STEP}
    # A part in its whole's own step ("52 arrested, and six of them released") stays a part of it.
    return {c.id: steps[c.id] for c in detained
            if c.id in steps and steps[c.id] != DETAINED_STEP and (event := event_of.get(c.document)) in contrasted
            and not any(e == event and _same_number(c, p) for e, p in whole_values)
            and not (c.part_of in by_id and steps.get(c.part_of) == steps[c.id])}


def _same_number(a: FigureClaim | float | None, b: FigureClaim | float | None) -> bool:
    pa = point(a) if isinstance(a, FigureClaim) else a
    pb = point(b) if isinstance(b, FigureClaim) else b
    return pa is not None and pb is not None and abs(pa - pb) <= 0.005 * max(pa, pb)
