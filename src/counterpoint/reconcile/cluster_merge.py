"""Second clustering pass: clusters that name the same incident are one event.

Average linkage over document pairs splits one event by sub-topic and by date: the first days'
rescue reports, the "search ends, final toll" pieces weeks later and a retrospective years on
resemble each other less, pair by pair, than the linkage threshold asks. What they share is the
incident's own names: the building, the stadium, the ferry, the town ("Rana Plaza", "Savar",
"Kanjuruhan", "Sewol"). This pass merges two clusters when

1. they share at least `MIN_SHARED_NAMES` *incident names*: capitalized names that most of each
   cluster's documents carry (`SIGNATURE_SHARE`), that general news rarely holds (the shipped
   background table, `NAME_BACKGROUND_MAX`), that are not numbers, and that at most
   `MAX_CLUSTERS_PER_NAME` clusters of the corpus carry (a name every story of a news cycle
   mentions — a president, a capital — cannot chain them: issue 12);
2. their time fits: spans within `MAX_DAY_GAP` days, or the later cluster's text points back at
   the earlier one's time (a follow-up, an anniversary piece), or one side is undated;
3. their texts are not strangers: the centroid similarity is at least `MIN_CENTROID_SIM`.

Names are compared by spelling-insensitive keys (`name_variant`: "Rabaa" / "Rabea", "Andijan" /
"Andizhan"), and flight codes count as names ("MH17", "Flight 17": `code_names`). One shared name
is enough when general news never holds it and either the centroids are close
(`SINGLE_NAME_CENTROID`) or the later cluster, a month or more on, cites the earlier one's date
(`FOLLOW_UP_ONE_NAME`: an inquiry's or a forensic report).

Candidate pairs come from the names (each name holds a bounded number of clusters), so the work
is linear in the number of clusters. Merges follow the strongest shared-name weight first and a
group's time span is re-checked as it grows; deterministic (ties break on cluster order).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..entities.translit import fold, token_key
from ..text.lexicon import MONTHS
from .cluster_vectors import HEAD_CHARS, background_df

if TYPE_CHECKING:
    import scipy.sparse as sp

# A name is part of a cluster's signature when at least this share of its documents carry it.
SIGNATURE_SHARE = 0.5
# ... and general news rarely holds it: at most this many documents of the background table
# (about 6,300 documents; names held by fewer than 3 are not in the table at all).
NAME_BACKGROUND_MAX = 8
# A name carried (in their signatures) by more clusters than this is a running topic, not one
# incident's name; it links nothing.
MAX_CLUSTERS_PER_NAME = 6
# Incident names two clusters must share.
MIN_SHARED_NAMES = 2
# One shared name is enough when general news never holds it (not in the background table) and
# the two clusters' centroids are at least this similar (a ferry's name, a stadium's).
SINGLE_NAME_CENTROID = 0.25
# Shorter names are initials and fragments, not places or buildings.
MIN_NAME_LEN = 4
# Words naming the kind of happening (word -> kind). Two clusters merge only when most documents
# of each name one same kind: a ferry's sinking and a court case about its owner's company share
# names but not a happening... unless the court case tells the sinking, and then it names it.
# Political stories (hearings, votes, nominations) name none, so a senator's name never merges
# two of them. Kept to sudden happenings with casualties, the events figures are about.
HAPPENING_KINDS: dict[str, str] = {
    **dict.fromkeys(("explosion", "explosions", "blast", "blasts", "exploded", "explode", "detonation"), "explosion"),
    **dict.fromkeys(("earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock", "aftershocks"),
                    "earthquake"),
    **dict.fromkeys(("collapse", "collapsed", "collapses", "rubble", "debris"), "collapse"),
    **dict.fromkeys(("fire", "fires", "blaze", "inferno", "burned", "burnt", "flames"), "fire"),
    # An airliner "shot down" or "downed" is reported as a crash the first days and as a downing
    # later (the inquiry's report): one kind, so the two stages can meet.
    **dict.fromkeys(("crash", "crashed", "derailed", "derailment", "collision", "collided", "accident", "downed",
                     "shootdown", "airliner"), "crash"),
    **dict.fromkeys(("sinking", "sank", "sunk", "capsized", "capsizing", "ferry", "shipwreck", "sunken"), "sinking"),
    **dict.fromkeys(("stampede", "crush", "crowd"), "crowd"),
    **dict.fromkeys(("shooting", "shootings", "shot", "gunman", "gunmen", "gunfire", "gunshot"), "shooting"),
    **dict.fromkeys(("protest", "protests", "protesters", "protestors", "demonstrators", "demonstrations",
                     "crackdown", "detained", "detentions", "riot", "riots", "unrest"), "unrest"),
    **dict.fromkeys(("flood", "floods", "flooding", "flooded", "landslide", "landslides", "mudslide"), "flood"),
    **dict.fromkeys(("hurricane", "typhoon", "cyclone", "storm", "tornado"), "storm"),
    **dict.fromkeys(("bombing", "bombings", "bomber", "bombers", "massacre", "airstrike", "airstrikes"), "attack"),
    # A coup attempt is a sudden happening with a toll too; its later coverage (the purge, the
    # anniversary rallies) names it by the word alone ("the failed coup", "coup plotters").
    **dict.fromkeys(("coup", "coups", "putsch", "putschists", "mutiny", "mutineers"), "coup"),
}
_WORD = re.compile(r"[a-z]+")
# The kinds of a document in a language these English words cannot read: it matches any kind
# (an Italian report of the port blast names "esplosione"), so its names and time alone decide.
ANY_KIND = frozenset({"*"})
# Centroid cosine below which two clusters are strangers whatever names they share.
MIN_CENTROID_SIM = 0.10
# Two clusters whose centroids are at least this similar, that name one same kind of sudden
# happening and fit in time (spans within MAX_DAY_GAP days, or the later pointing back at the
# earlier's date), are one event without a shared incident name: the names of big happenings are
# the names general news holds ("Turkey", "Syria", "Gaza"), which the name rule cannot use, while
# the early coverage and the reports two weeks on still tell the same toll, places and rescue in
# the same words. Separate incidents of one kind (two shootings in one city) share their kind's
# words but few others; their centroids stay well below this.
SAME_STORY_CENTROID = 0.40
# A follow-up that neither names the kind of happening nor dates it ("lists of the victims of
# the events in Andizhan", months on) still tells that happening when it shares at least
# MIN_SHARED_NAMES incident names and this many counts (cluster_foreign.anchor_figures: 100 or
# more, no years) with the earlier coverage: "187 killed" in the same town is the same toll. A
# cluster naming another kind than the coverage's is never joined this way.
FOLLOW_UP_COUNTS = 1
# Cluster spans this many days apart or closer fit in time without a look back.
MAX_DAY_GAP = 7
# A follow-up months later that dates the happening itself ("the August 14 dispersal", "the crash
# in July 2014", see `points_back_to`) needs one shared incident name only, and the plain
# centroid floor (MIN_CENTROID_SIM) instead of SINGLE_NAME_CENTROID: the date is the evidence the
# second name gives within a news cycle. Its words drift (an inquiry's report, a rights group's
# count), so its centroid with the first days' coverage is low.
# The one name must be one general news never holds (not in the background table), as for
# SINGLE_NAME_CENTROID: a city's name and a date are also how the next shooting there is reported
# ("police in Dayton said the March 3 shooting..."), which cost 0.011 B3 precision on GVA dev.
FOLLOW_UP_ONE_NAME = True
# ... and only when the follow-up comes at least this many days after the earlier coverage ends:
# weeks on, the same city's next shooting is reported by a street and the earlier one's date; an
# inquiry's or a forensic report months on has lost the coverage's other names.
FOLLOW_UP_ONE_NAME_MIN_DAYS = 30
# Codes that name one vehicle or flight ("MH17", "MH-370", "QZ8501", "Flight 17"): two or three
# capitals and an optional hyphen, or the word "flight", then one to four digits. The airline's
# letters are often dropped ("Malaysia Airlines Flight 17"), so a code is kept by its number. The
# word tokenizer drops digits, so codes are read apart, in the first CODE_TEXT_CHARS characters
# (a wire story names the flight's code further down than its lead).
_CODE = re.compile(r"\b(?:[A-Z]{2,3}-?|[Ff]light\s+)(\d{1,4})\b")
CODE_TEXT_CHARS = 4000
# ... read only when the title or lead names a vehicle: the same shape names rifles ("AR-15"),
# gangs and bills, which many separate stories share.
VEHICLE_WORDS = frozenset({"flight", "flights", "airliner", "plane", "jet", "aircraft", "boeing", "airbus",
                           "ferry", "ship", "vessel", "train", "helicopter"})
# Romanizations of one place name differ in vowels ("Rabaa" / "Rabea", "Adawiya" / "Adaweya") and
# in the letters `token_key` folds ("Andijan" / "Andizhan"): a single-word name is compared by
# its key with each run of vowels made one mark. Names shorter than this key are left as they are
# (short keys collide).
VARIANT_MIN_KEY = 4


def happening_kinds(title: str | None, text: str | None) -> frozenset[str]:
    """Kinds of happening the document's title and lead name (see HAPPENING_KINDS)."""
    head = f"{title or ''}\n{(text or '')[:HEAD_CHARS]}".lower()
    return frozenset(HAPPENING_KINDS[w] for w in _WORD.findall(head) if w in HAPPENING_KINDS)


def cluster_kinds(members: Sequence[int], doc_kinds: Sequence[frozenset[str]]) -> set[str]:
    held: Counter[str] = Counter()
    for i in members:
        held.update(doc_kinds[i])
    need = max(1, math.ceil(SIGNATURE_SHARE * len(members)))
    return {k for k, n in held.items() if n >= need}


def signature_names(members: Sequence[int], doc_names: Sequence[frozenset[str]]) -> set[str]:
    """Incident-name candidates most of `members` carry (before the per-corpus cap), each as its
    spelling-insensitive key (see `name_variant`)."""
    _bg_docs, bg = background_df()
    held: Counter[str] = Counter()
    for i in members:
        held.update({name_variant(t) for t in doc_names[i] if _is_incident_name(t, bg)})
    need = max(1, math.ceil(SIGNATURE_SHARE * len(members)))
    return {t for t, k in held.items() if k >= need}


def _is_incident_name(term: str, bg: dict[str, int]) -> bool:
    if term.startswith("c:"):
        return True  # a vehicle's code (see `code_names`)
    bare = term.removeprefix("n:")
    return len(bare) >= MIN_NAME_LEN and not any(ch.isdigit() for ch in bare) and bg.get(term, 0) <= NAME_BACKGROUND_MAX


def name_variant(term: str) -> str:
    """The key a single-word name term is compared by: its romanization key with every run of
    vowels made one mark ("rabaa", "rabea" -> "r*b*"); multi-word names and codes stay as they are.
    A key keeps the `v:` prefix so it never meets a raw term."""
    if term.startswith(("n:", "c:")):
        return term
    key = re.sub(r"[aeiouy]+", "*", token_key(fold(term)))
    return "v:" + key if len(key) >= VARIANT_MIN_KEY else term


def code_names(title: str | None, text: str | None) -> frozenset[str]:
    """Vehicle and flight codes the title and text name, as `c:` terms by number ("MH-17",
    "Flight 17" -> "c:17")."""
    head = f"{title or ''}\n{(text or '')[:CODE_TEXT_CHARS]}"
    if VEHICLE_WORDS.isdisjoint(_WORD.findall(head.lower())):
        return frozenset()
    return frozenset(f"c:{m.group(1)}" for m in _CODE.finditer(head))


def merge_clusters(
    labels: Sequence[int],
    doc_names: Sequence[frozenset[str]],
    doc_kinds: Sequence[frozenset[str]],
    days: Sequence[int | None],
    matrix: sp.csr_matrix,
    refers_back: Callable[[int, int], bool],
    edges: tuple[Sequence[int], Sequence[int]] = ((), ()),
    figures: Callable[[int], frozenset[str]] | None = None,
) -> list[int]:
    """New label per document (the smallest member index of its merged group). `edges` (document
    pairs of the similarity graph) propose cluster pairs whose texts alone may say they are one
    happening (see SAME_STORY_CENTROID); `figures(i)` gives the counts document i states, which
    let a follow-up that names neither the kind nor the time join (see FOLLOW_UP_COUNTS)."""
    import numpy as np

    members: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        members[lab].append(i)
    keys = sorted(members)
    sigs = {k: signature_names(members[k], doc_names) for k in keys}
    holders: dict[str, list[int]] = defaultdict(list)
    for k in keys:
        for t in sorted(sigs[k]):
            holders[t].append(k)
    shared: dict[tuple[int, int], list[str]] = defaultdict(list)
    for t in sorted(holders):
        ks = holders[t]
        if len(ks) < 2 or len(ks) > MAX_CLUSTERS_PER_NAME:
            continue
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                shared[(ks[x], ks[y])].append(t)
    bg_docs, raw_bg = background_df()
    total = bg_docs or 1
    bg: dict[str, int] = {}  # each key's background count: its most frequent spelling's
    for names in doc_names:
        for t in names:
            if t in raw_bg:
                key = name_variant(t)
                bg[key] = max(bg.get(key, 0), raw_bg[t])

    def weight(names: list[str]) -> float:
        return sum(math.log((total + 1) / (bg.get(t, 0) + 1)) for t in names)

    cands = sorted(((weight(ts), x, y, len(ts) >= MIN_SHARED_NAMES, any(t not in bg for t in ts))
                    for (x, y), ts in shared.items()
                    if len(ts) >= MIN_SHARED_NAMES or FOLLOW_UP_ONE_NAME or any(t not in bg for t in ts)),
                   key=lambda c: (-c[0], c[1], c[2]))
    similar = sorted({(min(labels[x], labels[y]), max(labels[x], labels[y]))
                      for x, y in zip(*edges, strict=True) if labels[x] != labels[y]})
    if not cands and not similar:
        return list(labels)
    centroid: dict[int, np.ndarray] = {}

    def centre(k: int) -> np.ndarray:
        if k not in centroid:
            v = np.asarray(matrix[members[k]].sum(axis=0)).ravel()
            centroid[k] = v / (np.linalg.norm(v) or 1.0)
        return centroid[k]

    parent = {k: k for k in keys}

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    group_docs = {k: list(members[k]) for k in keys}
    counts: dict[int, frozenset[str]] = {}

    def counts_of(k: int) -> frozenset[str]:
        if k not in counts:
            counts[k] = frozenset().union(*(figures(i) for i in members[k])) if figures else frozenset()
        return counts[k]

    for _w, x, y, enough, unseen in cands:
        gx, gy = find(x), find(y)
        if gx == gy:
            continue
        kx, ky = cluster_kinds(members[x], doc_kinds), cluster_kinds(members[y], doc_kinds)
        same_kind = bool(kx & ky or "*" in kx or "*" in ky)
        # one side names no kind at all (a retrospective: "the events in Andizhan")
        unnamed = enough and bool(kx) != bool(ky)
        if not (same_kind or unnamed):
            continue
        sim = float(centre(x) @ centre(y))
        if sim < MIN_CENTROID_SIM:
            continue
        fit = _fits_in_time(members[x], members[y], days, refers_back)
        if not (fit and same_kind):
            if not (enough and len(counts_of(x) & counts_of(y)) >= FOLLOW_UP_COUNTS):
                continue
            fit = fit or _BACK
        if not enough and not (unseen and (sim >= SINGLE_NAME_CENTROID or (FOLLOW_UP_ONE_NAME and fit == _BACK_LATE))):
            continue
        keep, gone = min(gx, gy), max(gx, gy)
        parent[gone] = keep
        group_docs[keep].extend(group_docs.pop(gone))
    by_text = []  # pairs the texts alone join (see SAME_STORY_CENTROID), the closest first
    for x, y in similar:
        kx, ky = cluster_kinds(members[x], doc_kinds), cluster_kinds(members[y], doc_kinds)
        if not (kx & ky) - ANY_KIND:
            continue
        sim = float(centre(x) @ centre(y))
        if sim >= SAME_STORY_CENTROID:
            by_text.append((-sim, x, y))
    for _s, x, y in sorted(by_text):
        gx, gy = find(x), find(y)
        if gx == gy or not _fits_in_time(members[x], members[y], days, refers_back):
            continue
        keep, gone = min(gx, gy), max(gx, gy)
        parent[gone] = keep
        group_docs[keep].extend(group_docs.pop(gone))
    out = list(labels)
    for docs in group_docs.values():
        root = min(docs)
        for i in docs:
            out[i] = root
    return out


# How two clusters fit in time (`_fits_in_time`): not at all, side by side (spans close, or one
# side undated), or the later one pointing back at the earlier one's date.
_APART, _NEAR, _BACK, _BACK_LATE = 0, 1, 2, 3  # _BACK_LATE: FOLLOW_UP_ONE_NAME_MIN_DAYS or more on


def _fits_in_time(left: list[int], right: list[int], days: Sequence[int | None],
                  refers_back: Callable[[int, int], bool]) -> int:
    known = {i: d for i in (*left, *right) if (d := days[i]) is not None}
    dl = [known[i] for i in left if i in known]
    dr = [known[i] for i in right if i in known]
    if not dl or not dr:
        return _NEAR
    if max(min(dl), min(dr)) - min(max(dl), max(dr)) <= MAX_DAY_GAP:
        return _NEAR
    early, late = (left, right) if min(dl) <= min(dr) else (right, left)
    first = min((i for i in early if i in known), key=lambda i: (known[i], i))
    end = max(known[i] for i in early if i in known)
    later = [i for i in late if i in known and known[i] > end + MAX_DAY_GAP]
    back = bool(later) and 2 * sum(refers_back(i, first) for i in later) >= len(later)
    if not back:
        return _APART
    return _BACK_LATE if min(known[i] for i in later) - end >= FOLLOW_UP_ONE_NAME_MIN_DAYS else _BACK


# How far a date a follow-up gives for the original event may lie from the earlier cluster's
# first report (the first report comes a day or two after the happening; "23 days since" rounds).
DATE_SLACK_DAYS = 3
# Relative spans are read in these units (days).
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25, "decade": 3652.5}
# ... with this share of the span as slack ("a month ago" is not a day-exact date).
SPAN_SLACK = 0.25
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"\b(?:({_MONTH_ALT})\.?\s+(\d{{1,2}})(?!\d)|(\d{{1,2}})\s+({_MONTH_ALT})\b)", re.IGNORECASE)
_SPAN = re.compile(r"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                   r"twenty)[ -](day|week|month|year|decade)s?\b[ -](?:ago|after|since|on|later)\b", re.IGNORECASE)
_LAST_MONTH = re.compile(r"\blast month(?:'s|’s)?\b", re.IGNORECASE)
_THIS_MONTH = re.compile(r"\b(?:this month(?:'s|’s)|earlier this month)\b", re.IGNORECASE)
# An anniversary piece names the anniversary ("the second anniversary of", "marks one year
# since", "a year after the failed coup") and runs on or about the day: it points back when its
# publication date lies within ANNIVERSARY_SLACK_DAYS of a whole number of years after the
# earlier cluster's first report. The word alone is not enough (a piece in March may mention the
# coming anniversary of anything); the date is what ties it to this happening and not to an
# older one of the same kind in the same place.
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b|\b(?:one|a|\d{1,2}|two|three|four|five|ten)[ -]years? (?:since|after|on)\b",
                          re.IGNORECASE)
ANNIVERSARY_SLACK_DAYS = 4
_MONTH_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(?:last year(?:'s|’s)?|a year ago)\b", re.IGNORECASE)


def _is_anniversary(text: str, earlier: date, own: date) -> bool:
    """Whether `text`, published on `own`, is an anniversary piece of a happening first reported
    on `earlier` (see _ANNIVERSARY)."""
    years = own.year - earlier.year
    if years < 1 or _ANNIVERSARY.search(text) is None:
        return False
    try:
        mark = earlier.replace(year=own.year)
    except ValueError:  # 29 February
        mark = date(own.year, 3, 1)
    return abs((own - mark).days) <= ANNIVERSARY_SLACK_DAYS


def points_back_to(text: str, earlier: date, own: date) -> bool:
    """Whether `text`, published on `own`, gives the time of something that happened around
    `earlier` (an earlier cluster's first report): its date ("the June 2 crash", "24 April 2013"),
    a span back to it ("23 days since the sinking", "five years on"), an anniversary on its day
    ("the second anniversary of the coup", see _ANNIVERSARY), the month and an earlier year ("the
    crash in July 2014"), or a relative month or year ("last month's blast", "this month's",
    "last year"). A bare month or weekday is not enough: a city's next shooting also happened
    "in March" or "on Tuesday"."""
    for m in _MONTH_DAY.finditer(text):
        month = MONTHS[(m.group(1) or m.group(4)).lower()]
        day = int(m.group(2) or m.group(3))
        for year in {earlier.year, own.year}:
            try:
                named = date(year, month, day)
            except ValueError:
                continue
            if -DATE_SLACK_DAYS <= (earlier - named).days <= DATE_SLACK_DAYS + 1:
                return True
    back = (own - earlier).days
    for m in _SPAN.finditer(text):
        n = m.group(1).lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        span = count * _UNIT_DAYS[m.group(2).lower()]
        if abs(span - back) <= max(DATE_SLACK_DAYS, SPAN_SLACK * span):
            return True
    if _is_anniversary(text, earlier, own):
        return True
    for m in _MONTH_YEAR.finditer(text):
        # "the crash in July 2014" in a later year's report: a month and year are as precise a
        # pointer as a follow-up gives for a happening it no longer needs to date to the day.
        year = int(m.group(2))
        if year < own.year and year == earlier.year and MONTHS[m.group(1).lower()] == earlier.month:
            return True
    months_back = (own.year - earlier.year) * 12 + own.month - earlier.month
    if months_back == 1 and _LAST_MONTH.search(text):
        return True
    if months_back == 0 and _THIS_MONTH.search(text):
        return True
    return own.year - earlier.year == 1 and _LAST_YEAR.search(text) is not None
