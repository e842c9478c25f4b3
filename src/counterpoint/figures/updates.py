"""Updates, changes and hedges in one sentence (../docs FIGURE-GRAPH.md, measures.md).

A figure the text places after an earlier one ("rose to 312", "up from 275", "the previous
toll was 140", "reports of 359 are not correct") gets the cue words and an edge to the older
figure when that one is in the same sentence (the component looks further back otherwise). The
size of a change ("revised down by about 100", "another 179 people") is not a figure at all.
Cue words live in `cues`; this module applies them to the sentence text around each quantity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.numbers import Quantity, parse_quantity
from . import background as B
from . import graph_cues as G
from . import measure_words as M
from . import non_counts as NC
from .figure import Figure
from .projections import feared_or_predicted

# Where a change's "from A to B" range splits into its two figures.
_TO_RE = re.compile(r"\s+to\s+|\s*[-–—]\s*")


def _before(text: str, q: Quantity) -> str:
    return text[max(0, q.start - G.CONTEXT_CHARS):q.start]


def _after(text: str, q: Quantity) -> str:
    return text[q.end:q.end + G.CONTEXT_CHARS]


def not_a_count(text: str, q: Quantity) -> bool:
    """Ratios, fractions, magnitudes and the size of a change are never counts."""
    before, after = _before(text, q), _after(text, q)
    if M.TIME_AGO_AFTER_RE.match(after):
        return True  # "33m ago", "Updated 3 hours ago": a page's time stamp
    if G.RATIO_AFTER_RE.match(after) or G.RATIO_BEFORE_RE.search(before):
        return True  # "one in ten were charged"
    if q.unit is None and q.value is not None and not float(q.value).is_integer() and q.value < 100:
        return True  # "a third of them", "7.7": people come in whole numbers
    if G.MAGNITUDE_BEFORE_RE.search(before) or G.MAGNITUDE_AFTER_RE.match(after):
        return True
    if G.SURVIVOR_AFTER_RE.match(after):
        return True  # "2,438 rescued alive": survivors are not a count of harm
    if M.ACCOUNTED_FOR_AFTER_RE.match(after):
        return True  # "120 people accounted for": found or traced, the opposite of missing
    if G.EXCEPTION_BEFORE_RE.search(before):
        return True  # "all but one of the victims were identified"
    if G.ABOARD_AFTER_RE.match(after) and not G.ALL_BEFORE_RE.search(before):
        return True  # "four of the 459 people aboard": the people aboard, not the dead
    if G.HOW_MANY_BEFORE_RE.search(before) or (G.PRESENT_AFTER_RE.match(after) and not G.ALL_BEFORE_RE.search(before)):
        return True  # "how many of the 300 workers who were inside": the people present
    if G.SOUGHT_ARREST_BEFORE_RE.search(before):
        return True  # "warrants for the arrest of two crew members": not yet arrested
    if G.COMBINED_AFTER_RE.match(after):
        return True  # "left 302 people dead or missing": neither count
    if G.DENIAL_BEFORE_RE.search(before):
        return True  # "it couldn't be as many as 400 dead": denied, not claimed
    if among_population(text, q) is not None:
        return True  # "among the 325 students, 71 died": the group, not a count
    if G.LAST_OF_SERIES_BEFORE_RE.search(before):
        return True  # "the bodies of the last two miners were found": the end of a series
    if projected(text, q):
        return True  # "the toll could climb to 900": a forecast
    if feared_or_predicted(text, q):
        return True  # "1,000 feared dead", "he predicts 1,000 could have died": a fear, no count
    if NC.not_a_figure(text, q):
        return True  # "freed 2,000 prisoners", "held hostage", "uncovered 219 bodies": no count of harm
    return bool(G.CHANGE_BEFORE_RE.search(before)) and not G.ADDITIONAL_BEFORE_RE.search(before)


def whole_of_survivors(text: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """ "22 of the 29 crew members survived": the 29 are the people the survivors were among, no
    count of harm either."""
    for p in quantities:
        if p.end <= q.start and (m := G.PART_OF_NUMBER_AFTER_RE.match(text[p.end:])) is not None \
                and p.end + m.end() == q.start:
            return G.SURVIVOR_AFTER_RE.match(_after(text, p)) is not None
    return False


def among_population(text: str, q: Quantity) -> str | None:
    """ "Among the 325 students, 71 died": the words naming the group an opening "among the N"
    counts (None when the number is not such a group, or the words name the dead themselves)."""
    if not G.AMONG_POPULATION_BEFORE_RE.search(_before(text, q)):
        return None
    m = G.AMONG_POPULATION_AFTER_RE.match(_after(text, q))
    if m is None or G.GROUP_WORD_RE.search(m.group("noun")):
        return None  # "among the 154 dead, 26 were foreigners": a whole, read as such
    return m.group("noun")


# A count of one that is itself the addition ("they found that an additional person had been
# killed", "a further victim died"): the size of a change, as "another 12" is.
ADDITIONAL_ONE_RE = re.compile(r"^(?:an\s+additional|a\s+further)\b", re.I)


def more_after(text: str, q: Quantity) -> bool:
    """ "20 more died", "12 additional deaths": a change of a count, or others of another measure
    ("151 died ... 82 more were injured"); the caller tells which by the figure before it."""
    return G.CHANGE_AFTER_RE.match(_after(text, q)) is not None or G.ADDITIONAL_BEFORE_RE.search(_before(text, q)) is not None \
        or ADDITIONAL_ONE_RE.match(q.text) is not None


def split_change(text: str, q: Quantity, said_change: bool = False) -> tuple[Quantity, Quantity] | None:
    """ "rose from 100 to 135", "revised down by 100 to 253": the range the number parser reads
    is two figures, an older one (or the size of the change) and the newer one."""
    before = _before(text, q)
    if q.qualifier != "range" or not (said_change or G.FROM_BEFORE_RE.search(before) or G.CHANGE_BEFORE_RE.search(before)):
        return None  # ("revised down by about 100 to 253": the first half is the change, dropped later)
    cut = _TO_RE.search(q.text)
    if cut is None:
        return None
    first, second = parse_quantity(q.text[:cut.start()]), parse_quantity(q.text[cut.end():])
    if first is None or second is None:
        return None
    a = replace(first, start=first.start + q.start, end=first.end + q.start,
                number_start=first.number_start + q.start)
    shift = q.start + cut.end()
    b = replace(second, start=second.start + shift, end=second.end + shift, number_start=second.number_start + shift)
    return a, b


def background_cutoff(text: str, published: str | None, event_year: int | None = None) -> int:
    """Where a sentence turns to an earlier event ("a 1999 quake killed 17,000"): figures after
    this offset are that event's. len(text) + 1 when there is none. `event_year`: the year the
    report is about, which dates an undated report's "in 1990, when a stampede killed 1,426"."""
    m = G.BACKGROUND_YEAR_RE.search(text)
    while m is not None and m.group("since") and G.SUPERLATIVE_PERIOD_SINCE_RE.search(text, m.start(), m.end() + 1):
        m = G.BACKGROUND_YEAR_RE.search(text, m.end())  # "the deadliest day since the protests began"
    if m is not None and (m.group("since") or m.group("after") or m.group("last") or m.group("like")):
        # "the deadliest since a ferry sank and killed 304", "came eight years after the collapse
        # of X that left 64 dead", "a fire at a factory last November killed 111"
        return m.start("since") if m.group("since") else m.start()
    if m is not None and m.group("y2") and m.group().lower().startswith("since"):
        return m.start()  # "the most since 2007, when 28 were killed": an earlier year, whatever the report's date
    if m is not None and m.group("y1") and not (published and published[:4].isdigit()):
        # an undated report: "a 2009 quake in a nearby city left 300 dead", "since the 2014 war"
        # name another event by their article or comparison, whatever the report's own year
        return m.start()
    if m is not None and m.group("y2") and G.PREVIOUS_BEFORE_RE.search(text, 0, m.start()):
        return m.start()  # "the previous deadliest one happened in 1990, when ...": an earlier event, whatever the dates
    if m is not None and m.group("y2") and not (published and published[:4].isdigit()) and event_year is not None:
        return m.start() if int(m.group("y2")) < event_year else len(text) + 1
    if m is None or not published or not published[:4].isdigit():
        return len(text) + 1
    year = int(m.group("y1") or m.group("y2"))
    return m.start() if year < int(published[:4]) else len(text) + 1


def background_span(text: str, published: str | None, event_year: int | None = None) -> tuple[int, int]:
    """The characters of a sentence that tell of another event or of the days before this one
    (`background_cutoff` and the cues in `background`): from where it turns to that event to the
    end of the sentence, or of the dash aside it opens in."""
    starts = [background_cutoff(text, published, event_year), B.month_when_cutoff(text, published), B.precursor_cutoff(text)]
    start = min(s for s in starts if s is not None)
    if start > len(text):
        return start, start
    return start, B.aside_end(text, start)


def clause(text: str, q: Quantity) -> tuple[int, int]:
    """The character span of the clause around a quantity (between clause breaks)."""
    return _clause(text, q)


def _clause(text: str, q: Quantity) -> tuple[int, int]:
    """The character span of the clause around a quantity (between clause breaks)."""
    start = 0
    for m in G.CLAUSE_BREAK_RE.finditer(text, 0, q.start):
        start = m.end()
    nxt = G.CLAUSE_BREAK_RE.search(text, q.end)
    return start, (nxt.start() if nxt else len(text))


def projected(text: str, q: Quantity) -> bool:
    """A forecast of where a count may go ("could climb to 900", "is expected to exceed 500");
    the older half of a forecast change ("could double from 41 to 80": 41) is stated now."""
    start, _ = _clause(text, q)
    if G.PROJECTION_BEFORE_RE.search(text[start:q.start]) is None:
        return False
    return not (G.FROM_BEFORE_RE.search(_before(text, q)) and re.match(r"\s+to\b", _after(text, q)))


def hedged(text: str, q: Quantity) -> bool:
    """A hedge in the figure's own clause ("perhaps more than 200", "I think 300 died"); the count
    a forecast starts from ("could double from 41 to 80": 41) is no hedge."""
    start, end = _clause(text, q)
    if G.PROJECTION_BEFORE_RE.search(text[start:q.start]) is not None and not projected(text, q):
        return False
    # "they expected a figure of 150,000 dead by Monday": a forecast of the count, not a count
    return G.HEDGE_RE.search(text, start, end) is not None or M.EXPECTATION_BEFORE_RE.search(text, start, q.start) is not None


def event_year(text: str, published: str | None) -> int | None:
    """The year the document is about: its most mentioned year not after publication (the
    latest on a tie), else the publication year."""
    pub = int(published[:4]) if published and published[:4].isdigit() else None
    counts: dict[int, int] = {}
    for m in G.YEAR_RE.finditer(text):
        y = int(m.group(1) or m.group(2))
        if pub is None or y <= pub:
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return pub
    best = max(counts, key=lambda y: (counts[y], y))
    if pub is not None and counts[best] == 1 and best < pub - 1:
        return pub  # news is about its own days; one older year named once is background
    return best


def old_year_positions(text: str, year: int | None) -> list[int]:
    """Where a sentence names a year before the document's own event year."""
    if year is None:
        return []
    return [m.start() for m in G.YEAR_RE.finditer(text) if int(m.group(1) or m.group(2)) < year
            and not (m.group().lower().startswith("since") and G.HELD_SINCE_BEFORE_RE.search(text[:m.start()]))]


def opens_in_old_year(text: str, year: int | None) -> bool:
    """ "In 1987, a blast killed 112 workers": a sentence opened by a year before the document's
    event year is about that year throughout."""
    m = G.OPENING_YEAR_RE.match(text)
    return m is not None and year is not None and int(m.group("year")) < year


def in_old_clause(text: str, q: Quantity, old: list[int]) -> bool:
    """Whether an earlier year shares the quantity's clause ("1,800 died in 2005 when Katrina")."""
    if not old:
        return False
    start, end = _clause(text, q)
    if G.CONSEQUENCE_OPENING_RE.match(text[start:q.start]):
        # "another dam collapsed in 2015 in the city of X, killing 19": the participle clause
        # tells what the clause before it did, in that clause's year
        prev = q.start
        for m in G.CLAUSE_BREAK_RE.finditer(text, 0, max(0, start - 2)):
            prev = m.end()
        start = 0 if prev == q.start else prev
    return any(start <= p < end for p in old)


def link_updates(text: str, figures: list[Figure]) -> list[Figure]:
    """Set update cues and same-sentence `older_at` edges; mark older figures."""
    figs = sorted(figures, key=lambda f: f.quantity.start)
    older: dict[int, tuple[str, bool]] = {}  # index -> (cue, newer comes before it)
    for k, f in enumerate(figs):
        if f.older or f.older_at:
            continue  # a change pair ("rose from 100 to 135") is linked already
        before, after = _before(text, f.quantity), _after(text, f.quantity)
        if f.hedged:
            pass  # "could rise to 20,000" is a projection, not an update
        elif (m := G.UPDATE_BEFORE_RE.search(before)) is not None and f.update_cue is None:
            figs[k] = f = replace(f, update_cue=_clean(m.group("cue")))
            if f.quantity.qualifier == "exact" and G.EXCEEDED_CUE_RE.search(f.update_cue or ""):
                q = f.quantity  # "the toll passed 44,000": more than 44,000
                figs[k] = f = replace(f, quantity=replace(q, qualifier="more_than", low=q.value, high=None))
        if (m := G.FROM_BEFORE_RE.search(before)) is not None:
            older[k] = (_clean(m.group("cue")), True)
        elif (m := G.OLDER_BEFORE_RE.search(before)) is not None:
            older[k] = (_clean(m.group("cue")), False)
        elif (m := G.WRONG_AFTER_RE.match(after)) is not None:
            older[k] = (_clean(m.group(0)), False)
    for k, (cue, newer_first) in older.items():
        o = figs[k]
        figs[k] = o = replace(o, older=True, update_cue=None)
        j = _newer(figs, k, older, newer_first)
        if j is None:
            figs[k] = replace(o, update_cue=cue)  # the component finds the newer one further back
            continue
        n = figs[j]
        figs[j] = replace(n, older_at=(*n.older_at, o.quantity.start), update_cue=n.update_cue or cue)
        figs[k] = replace(o, measure=n.measure, subject=n.subject, unit=n.unit)
    for k, f in enumerate(figs):
        if f.update_cue and (G.TOTAL_CUE_RE.match(f.update_cue) or G.RISE_TOTAL_CUE_RE.match(f.update_cue)):
            before_only = G.TOTAL_CUE_RE.match(f.update_cue) is not None
            for j in range(len(figs)):  # "700 detained on Wednesday, bringing the total to 6,700"
                g = figs[j]
                if j == k or (before_only and j > k) or g.update_cue or g.older_at:
                    continue
                if f.place_name and g.place_name and g.place_name != f.place_name and not any(
                        h.place_name == f.place_name for i, h in enumerate(figs) if i != k):
                    # "in X the toll rose to 446, with 259 dead in Y": side by side, no part (a
                    # place the total shares with another figure is that figure's, misread)
                    continue
                if not (g.part or g.older) and g.measure == f.measure and (g.quantity.value or 0) < (f.quantity.value or 0):
                    figs[j] = replace(g, part=True, whole_at=f.quantity.start)
                    if g.place_name and g.place_name == figs[k].place_name:
                        figs[k] = replace(figs[k], place_name=None)  # the total is not its part's place
    m = G.PREVIOUSLY_RE.search(text)
    if m is not None:
        free = [k for k, f in enumerate(figs) if not (f.older or f.part or f.update_cue or f.hedged)]
        if free:
            k = min(free, key=lambda k: abs(figs[k].quantity.end - m.start()))
            figs[k] = replace(figs[k], update_cue=_clean(m.group("cue")))
    return figs


def _newer(figs: list[Figure], k: int, older: dict, newer_first: bool) -> int | None:
    """The figure in the sentence that replaces figs[k]: the one before it for "up from", else the
    nearest figure of the same measure that is neither older nor a part."""
    cands = [j for j, f in enumerate(figs) if j != k and j not in older and not f.part]
    if newer_first:
        cands = [j for j in cands if j < k]
        return cands[-1] if cands else None
    same = [j for j in cands if figs[j].measure == figs[k].measure]
    return min(same, key=lambda j: abs(j - k)) if same else None


def _clean(cue: str) -> str:
    return " ".join(cue.strip(" ,;:()–—-").split())
