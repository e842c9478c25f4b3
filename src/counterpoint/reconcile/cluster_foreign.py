"""Third clustering pass: a short report in another language joins the event it tells.

Word vectors cannot compare an Italian brief with English coverage of the same blast: the two
share almost no words ("esplosione", "feriti" / "explosion", "injured"). What survives
translation are the *anchors*: proper names, written alike or transliterated ("Beirut",
"Soma", "Manisa", "Katmandú" / "Kathmandu"), and the figures ("193", "6500" / "6,500",
"1.805" / "1,805", a magnitude "7,8" / "7.8"). A small cluster (at most `FOREIGN_MAX_DOCS` documents, all in one language)
joins a larger cluster in another language when

1. it carries at least one of that cluster's signature names (a name most of its documents
   carry, `SIGNATURE_SHARE`) that few clusters of the pile carry (`MAX_CLUSTERS_PER_NAME`: a
   capital or a president every story names is no anchor),
2. it shares at least `MIN_SHARED_FIGURES` figures with that cluster's texts (numbers of
   `MIN_FIGURE` or more that are not years): the same name alone is only the same place, the
   same place *and* the same counts are the same happening; or, without a shared figure, it
   shares `NAMES_ALONE_MIN` names that few clusters carry (the town, the company, the region),
3. their time fits (the dated documents within `MAX_DAY_GAP` days of the cluster's span), and
4. no other cluster scores as well (a tie leaves it alone: there is no telling which).

Only clusters whose language is known and differs take part, so a one-language pile is left
exactly as it was. Candidates come from the names (each held by a bounded number of clusters),
so the work is linear in the number of documents. Deterministic.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..entities.translit import fold, token_key
from ..models import Document
from .cluster_merge import MAX_CLUSTERS_PER_NAME, SIGNATURE_SHARE

# A cluster this small or smaller can be a foreign-language brief of a bigger event (one outlet's
# report, perhaps a copy or two); a larger one is coverage in its own right.
FOREIGN_MAX_DOCS = 3
# Shared figures a brief needs on top of a shared name.
MIN_SHARED_FIGURES = 1
# A brief that gives no figure the coverage gives (a later day's toll: "121 dead" in a paper of
# the fifth day) joins on names alone when it shares at least this many of the cluster's signature
# names that no more than NAMES_ALONE_MAX_HOLDERS clusters of the pile carry: the country and its
# capital, the town and the company ("Nepal", "Kathmandu"; "Brumadinho", "Vale") together are one
# happening's, where one name is only a place; the time window (MAX_DAY_GAP) and the rule that a
# tie joins nothing keep two stories of one country apart. Each word of a name counts.
NAMES_ALONE_MIN = 2
NAMES_ALONE_MAX_HOLDERS = 2
# A dated brief that shares one such name (a name few clusters carry: the premier who visited the
# site) and no figure joins a cluster holding a report of its own publication day: the same
# name in the same day's news is that day's happening. A tie still joins nothing.
SAME_DAY_NAMES = 1
# Figures smaller than this are too common to tell one happening ("3 children", "10 days").
MIN_FIGURE = 100
# Numbers in this range are read as years, not counts.
YEARS = range(1900, 2101)
# Cluster spans this many days apart or closer fit in time.
MAX_DAY_GAP = 7
# A brief published later than that (a prosecutor's revised toll two months on, in Russian) still
# joins when it shares at least this many signature names and this many figures with the
# cluster: words cannot say "the May events" across languages, but the place's names and the
# counts the coverage gave ("176 dead") are the pointer back a follow-up gives.
FOLLOW_UP_NAMES = 2
FOLLOW_UP_FIGURES = 2
# Inflected names ("в Андижане", "Uzbekistana": a case ending on the name) meet the coverage's
# bare form: a brief's name matches a signature name that it extends by at most this many
# letters, when the signature name has at least INFLECTED_MIN_LEN letters.
INFLECTION_CHARS = 2
INFLECTED_MIN_LEN = 5
# How much of each text is read: the brief whole (it is short), the cluster's texts far enough to
# hold the figures their leads and first paragraphs give.
BRIEF_CHARS = 3000
CLUSTER_CHARS = 6000
# Shorter capitalized words are initials and fragments, not places or people. Three letters is
# a town's whole name often enough ("Osh", "Gao", "Ica"); the capitalized three-letter words of
# English text that are no names are listed in NOT_ANCHORS (a brief in another language seldom
# holds them, and a name must be in the coverage's signature to count).
MIN_NAME_LEN = 3
# Capitalized words that open sentences in English coverage or name times, never an anchor.
NOT_ANCHORS = frozenset(
    """the this that these those there their they then than when where what while with from after
    before during about also into over under some many most more much police officials authorities
    government ministry minister president said says according monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october november
    december reuters the and but for his her its our who why how not all one two six ten new she you
    was are has had may can now yet nor any few off out own per via mrs""".split()
)

# A capitalized word (any script's capital, so "Катманду" and "Łódź" count) of letters only.
_CAPITALIZED = re.compile(r"\b[^\W\d_a-z][^\W\d_]+\b")
# A count written with thousands groups in any convention ("6,500", "6.500", "85’744", "6 500")
# or as plain digits ("6500") ...
_FIGURE = re.compile(r"(?<![\d.,’'])(\d{1,3}(?:[,.’' \u00a0\u202f]\d{3})+|\d+)(?![\d]|[.,]\d)")
# ... and a measurement with one or two decimals, point or comma ("magnitude 7.8", "7,8 gradi").
_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,2})(?![\d]|[.,]\d)")


def anchor_names(text: str) -> frozenset[str]:
    """Spelling-insensitive keys of the capitalized words of `text` (see `_name_key`)."""
    out = set()
    for m in _CAPITALIZED.finditer(text):
        key = _name_key(m.group(0))
        if key:
            out.add(key)
    return frozenset(out)


def _name_key(word: str) -> str | None:
    folded = fold(word)
    if len(folded) < MIN_NAME_LEN or " " in folded or folded in NOT_ANCHORS:
        return None
    # "th", "kh", "sh" are one letter in other scripts' romanizations (Kathmandu / Katmandú), and
    # a hard "c" is written "k" by languages that spell names as they sound (Conte / Konte).
    return re.sub(r"c(?=[aou])", "k", re.sub(r"(?<=[^aeiouh])h", "", token_key(folded)))


def anchor_figures(text: str) -> frozenset[str]:
    """Counts of `MIN_FIGURE` or more in `text`, separators dropped, years left out, and
    measurements with decimals ("7.8"), as strings."""
    out = {f"{m.group(1)}.{m.group(2)}" for m in _DECIMAL.finditer(text) if int(m.group(1)) or int(m.group(2))}
    for m in _FIGURE.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if not digits or len(digits) > 12:
            continue
        value = int(digits)
        if value >= MIN_FIGURE and value not in YEARS:
            out.add(str(value))
    return frozenset(out)


def join_foreign(labels: Sequence[int], docs: Sequence[Document], days: Sequence[int | None]) -> list[int]:
    """New label per document: small clusters in another language moved into the event they tell."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        members[lab].append(i)
    language = {k: _language(idx, docs) for k, idx in members.items()}
    if len({lang for lang in language.values() if lang}) < 2:
        return list(labels)  # one language: nothing to bridge
    names = {k: _signature([anchor_names(_head(docs[i], CLUSTER_CHARS)) for i in idx]) for k, idx in members.items()}
    holders: dict[str, list[int]] = defaultdict(list)
    for k in sorted(members):
        for name in sorted(names[k]):
            holders[name].append(k)
    figures: dict[int, frozenset[str]] = {}
    out = list(labels)
    for k in sorted(members):
        idx = members[k]
        if len(idx) > FOREIGN_MAX_DOCS or not language[k]:
            continue
        brief_names = frozenset().union(*(anchor_names(_head(docs[i], BRIEF_CHARS)) for i in idx))
        brief_figures = frozenset().union(*(anchor_figures(_head(docs[i], BRIEF_CHARS)) for i in idx))
        scores: Counter[int] = Counter()
        distinct: Counter[int] = Counter()  # shared names few clusters carry (see NAMES_ALONE_MIN)
        for name in sorted(_bare_forms(brief_names, holders)):
            held = holders.get(name, ())
            if len(held) > MAX_CLUSTERS_PER_NAME:
                continue
            for other in held:
                if (other != k and language[other] and language[other] != language[k]
                        and len(members[other]) > len(idx)):  # a brief joins coverage, not the reverse
                    scores[other] += 1
                    distinct[other] += len(held) <= NAMES_ALONE_MAX_HOLDERS
        best: list[tuple[int, int]] = []
        for other, shared_names in scores.items():
            if other not in figures:
                figures[other] = frozenset().union(
                    *(anchor_figures(_head(docs[i], CLUSTER_CHARS)) for i in members[other]))
            shared_figures = len(brief_figures & figures[other])
            named = distinct[other] >= NAMES_ALONE_MIN
            later = shared_names >= FOLLOW_UP_NAMES and shared_figures >= FOLLOW_UP_FIGURES
            if not (shared_figures >= MIN_SHARED_FIGURES or named) and distinct[other] >= SAME_DAY_NAMES:
                named = _same_day(idx, members[other], days)
            if (shared_figures >= MIN_SHARED_FIGURES or named) and _fits(idx, members[other], days, later=later):
                best.append((shared_names + shared_figures, other))
        if not best:
            continue
        best.sort(key=lambda t: (-t[0], t[1]))
        if len(best) > 1 and best[1][0] == best[0][0]:
            continue  # two events tell it equally well: leave it alone
        target = out[members[best[0][1]][0]]
        for i in idx:
            out[i] = target
    return out


def _head(doc: Document, chars: int) -> str:
    return f"{doc.title or ''}\n{(doc.text or '')[:chars]}"


def _language(idx: Sequence[int], docs: Sequence[Document]) -> str | None:
    """The language most of the cluster's documents are in (None when unknown)."""
    held = Counter(docs[i].language for i in idx if docs[i].language)
    if not held:
        return None
    return min(held.items(), key=lambda t: (-t[1], t[0]))[0]


def _signature(doc_names: Sequence[frozenset[str]]) -> frozenset[str]:
    held: Counter[str] = Counter()
    for names in doc_names:
        held.update(names)
    need = max(1, math.ceil(SIGNATURE_SHARE * len(doc_names)))
    return frozenset(t for t, n in held.items() if n >= need)


def _fits(left: Sequence[int], right: Sequence[int], days: Sequence[int | None], *, later: bool = False) -> bool:
    """Whether brief `left` fits cluster `right` in time: spans within MAX_DAY_GAP days, or, with
    `later` (a follow-up's evidence, see FOLLOW_UP_NAMES), the brief published after the
    cluster's first report."""
    dl = [d for i in left if (d := days[i]) is not None]
    dr = [d for i in right if (d := days[i]) is not None]
    if not dl or not dr:
        return True
    if later and min(dl) >= min(dr):
        return True
    return max(min(dl), min(dr)) - min(max(dl), max(dr)) <= MAX_DAY_GAP


def _same_day(left: Sequence[int], right: Sequence[int], days: Sequence[int | None]) -> bool:
    """Whether a dated document of `left` was published on the day of one of `right`'s."""
    own = {d for i in left if (d := days[i]) is not None}
    return any(days[i] in own for i in right)


def _bare_forms(names: frozenset[str], holders: dict[str, list[int]]) -> set[str]:
    """`names` with each inflected form that extends a held name by at most INFLECTION_CHARS
    letters read as that name (see INFLECTION_CHARS)."""
    out = set()
    for name in names:
        out.add(name)
        for cut in range(1, INFLECTION_CHARS + 1):
            stem = name[:-cut]
            if len(stem) >= INFLECTED_MIN_LEN and stem in holders:
                out.add(stem)
    return out
