"""Document vectors for event clustering: sparse TF-IDF over words, names and linked entities.

Each document becomes one L2-normalised sparse row (scipy CSR). Frequent words and names weigh
little through IDF, so a name in every other article ("Trump", "Police Department") cannot hold
a cluster together; a name few documents share (a victim, a street, a bill) weighs a lot.
IDF has a prior of `IDF_PRIOR_DOCS` documents that hold no term: in a small corpus about one
event every document shares the event's words, and without the prior those words would weigh
nothing and the corpus would fall apart. Only each document's `TOP_TERMS` heaviest terms are
kept, which bounds the work of the similarity products and keeps the text's gist.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily: no work at import time
    import numpy as np
    import scipy.sparse as sp

# Only the start of a long text is read: the lead tells the event, the tail drifts to background.
HEAD_CHARS = 1500
# The title is the densest statement of the event: its words count this many times.
TITLE_WEIGHT = 3
# A multi-word capitalized name (a person, a street, a bill) counts this many times on top of
# its words, so sharing "Elm Street" is more than sharing "elm" and "street".
NAME_WEIGHT = 2
# A linked entity (from entity linking, across spellings) counts this many times.
ENTITY_WEIGHT = 2
# Pseudo-documents added to the IDF counts (see the module docstring): general news, holding each
# term at its rate in the shipped background table (`background_df.tsv.gz`, built by
# eval/build_background_df.py), so a genre word ("toll", "police") weighs little even in a small
# corpus while the incident's own names, shared by every document of a one-event folder, keep
# their weight. 500 tuned on dev (NeuS val, GVA dev, BASIL 2010-16, the pages dev set): more
# background weighs the politics names NeuS stories share too lightly.
IDF_PRIOR_DOCS = 500
BACKGROUND_FILE = "background_df.tsv.gz"
# Terms kept per document, heaviest first (after TF-IDF weighting).
TOP_TERMS = 100
# Words shorter than this are not features (abbreviations come in as names).
MIN_WORD_LEN = 3
# English function words (written out here: importing spaCy's list costs seconds).
FUNCTION_WORDS = frozenset(
    """a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere are
    around as at back be became because become becomes becoming been before beforehand behind being
    below beside besides between beyond both but by can cannot could did do does doing done down
    due during each either else elsewhere enough even ever every everyone everything everywhere
    except few for former formerly from further get gets got had has have having he hence her here
    hereafter hereby herein hers herself him himself his how however i if in indeed into is it its
    itself just least less made make many may me meanwhile might mine more moreover most mostly
    much must my myself neither never nevertheless next no nobody none noone nor not nothing now
    nowhere of off often on once only onto or other others otherwise our ours ourselves out over
    own per perhaps please put rather re same see seem seemed seeming seems several she should
    since so some somehow someone something sometime sometimes somewhere still such than that the
    their theirs them themselves then thence there thereafter thereby therefore therein thereupon
    these they this those though through throughout thru thus to together too toward towards under
    until up upon us used using very via was we well were what whatever when whence whenever where
    whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever
    whole whom whose why will with within without would yet you your yours yourself yourselves
    can't don't doesn't didn't won't isn't aren't wasn't weren't it's that's there's he's she's
    we're they're i'm you're we've they've i've""".split()
)
# Words that tell the news genre, not the event.
EXTRA_STOPWORDS = frozenset(
    """said says say told according reported report reports news year years time times day days
    week weeks month months people new like just also would could including percent
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tonight morning
    evening night last first second third one two three four five six seven eight nine ten
    copyright rights reserved click share comment comments read related photo video image
    getty images associated press reuters updated published""".split()
)
# Capitalized words that start sentences or name times, not the event (for names).
NAME_STOPWORDS = frozenset(
    """the a an and but or if in on at of for to from by with after before during police
    officers officer authorities sheriff county city state news this that these those he she
    they it his her their we our you i monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr according when where while there here what who said says copyright all rights
    reserved click share comments comment read more related photo video""".split()
)
_NAME_RE = re.compile(r"\b[A-Z][a-zA-Z'’.-]+(?:\s+[A-Z][a-zA-Z'’.-]+)+")
_WORD_NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-zA-Z]{3,}\b")
_TOKEN_RE = re.compile(r"[a-z][a-z'’-]*[a-z]|\d[\d,.]*\d")
# Word endings cut before counting, longest first, so "accused"/"accuses"/"accusing" and
# "protesters"/"protester" are one term (a crude stemmer; a shared stem is enough here).
SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "ies", "ied", "ed", "es", "er", "s")
# Stems shorter than this keep their ending ("bus" stays "bus").
MIN_STEM = 4
# Tokens whose stem is remembered: the words of the events being clustered. A bound, not the
# vocabulary of the whole corpus: every event brings names of its own, and a cache that kept
# them all would grow with the store (43,000 entries after 20,000 replicated documents).
STEM_CACHE = 32_768


@dataclass(frozen=True, slots=True)
class Vectors:
    """Rows of `matrix` follow the documents passed in; `terms[j]` names column j."""

    matrix: sp.csr_matrix
    terms: tuple[str, ...]
    df: np.ndarray  # documents holding each term


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return FUNCTION_WORDS | EXTRA_STOPWORDS


@lru_cache(maxsize=1)
def background_df() -> tuple[int, dict[str, int]]:
    """(documents, term -> documents holding it) of the shipped background table; (0, {}) if absent."""
    import gzip
    from importlib import resources

    try:
        raw = resources.files("counterpoint.data").joinpath(BACKGROUND_FILE).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return 0, {}
    docs = 0
    table: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        term, _, count = line.rpartition("\t")
        if term == "#docs":
            docs = int(count)
        elif term:
            table[term] = int(count)
    return docs, table


def name_keys(text: str) -> set[str]:
    """Names: multi-word capitalized phrases without leading/trailing stopwords, and single
    capitalized words inside sentences ("Almaty", "Tokayev": spellings of a full name differ
    across outlets while the surname survives)."""
    keys: set[str] = set()
    for m in _NAME_RE.finditer(text):
        words = [w.strip(".'’-") for w in m.group(0).split()]
        while words and words[0].lower() in NAME_STOPWORDS:
            words = words[1:]
        while words and words[-1].lower() in NAME_STOPWORDS:
            words = words[:-1]
        if len(words) >= 2:
            keys.add(" ".join(w.lower() for w in words))
    for m in _WORD_NAME_RE.finditer(text):
        w = m.group(0).lower()
        if w not in NAME_STOPWORDS:
            keys.add(w)
    return keys


def doc_name_terms(title: str | None, text: str | None) -> frozenset[str]:
    """The document's names as vector terms: `n:` multi-word names and stemmed single names."""
    out = set()
    for name in name_keys(head_text(title, text)):
        out.add("n:" + name if " " in name else _stem(name))
    return frozenset(out)


def head_text(title: str | None, text: str | None) -> str:
    return f"{title or ''}\n{(text or '')[:HEAD_CHARS]}"


@lru_cache(maxsize=STEM_CACHE)
def _stem(tok: str) -> str:
    if tok[0].isdigit():
        return tok.replace(",", "")
    tok = tok.replace("’", "'").removesuffix("'s")
    for suf in SUFFIXES:
        if tok.endswith(suf) and len(tok) - len(suf) >= MIN_STEM:
            return tok[: -len(suf)]
    return tok


def term_counts(title: str | None, text: str | None, entity_ids: Sequence[str] = ()) -> Counter[str]:
    """Raw term frequencies of one document (words, `n:` names, `e:` entities)."""
    stop = stopwords()
    counts: Counter[str] = Counter()
    head = head_text(None, text)
    for tok in _TOKEN_RE.findall(head.lower()):
        if len(tok) >= MIN_WORD_LEN and tok not in stop:
            counts[_stem(tok)] += 1
    for tok in _TOKEN_RE.findall((title or "").lower()):
        if len(tok) >= MIN_WORD_LEN and tok not in stop:
            counts[_stem(tok)] += TITLE_WEIGHT
    for name in name_keys(f"{title or ''}\n{head}"):
        if " " in name:  # single words are already counted as words
            counts["n:" + name] += NAME_WEIGHT
    for e in entity_ids:
        counts["e:" + e] += ENTITY_WEIGHT
    return counts


def vectorize(counts: Sequence[Counter[str]]) -> Vectors:
    """Sublinear TF x smoothed IDF, top `TOP_TERMS` per row, rows L2-normalised."""
    import numpy as np
    import scipy.sparse as sp

    vocab: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for c in counts:
        for term in sorted(c):  # sorted: the vocabulary order does not depend on hash seeds
            indices.append(vocab.setdefault(term, len(vocab)))
            data.append(c[term])
        indptr.append(len(indices))
    n = len(counts)
    m = sp.csr_matrix((1.0 + np.log(np.asarray(data, dtype=np.float64)), np.asarray(indices, dtype=np.int64),
                       np.asarray(indptr, dtype=np.int64)), shape=(n, len(vocab)))
    df = np.bincount(m.indices, minlength=len(vocab))
    bg_docs, bg = background_df()
    prior = np.zeros(len(vocab))
    if bg_docs:
        for t, j in vocab.items():
            prior[j] = bg.get(t, 0) * (IDF_PRIOR_DOCS / bg_docs)
    idf = np.log((n + IDF_PRIOR_DOCS) / (df + prior + 1.0))
    m = m.multiply(idf[np.newaxis, :]).tocsr()
    m = _top_terms(m, TOP_TERMS)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = sp.diags(1.0 / norms) @ m
    terms = [""] * len(vocab)
    for t, j in vocab.items():
        terms[j] = t
    return Vectors(matrix=m.tocsr(), terms=tuple(terms), df=df)


def _top_terms(m: sp.csr_matrix, k: int) -> sp.csr_matrix:
    import numpy as np
    import scipy.sparse as sp

    indptr = [0]
    indices: list[np.ndarray] = []
    data: list[np.ndarray] = []
    for i in range(m.shape[0]):
        lo, hi = m.indptr[i], m.indptr[i + 1]
        vals, cols = m.data[lo:hi], m.indices[lo:hi]
        if hi - lo > k:
            # heaviest first, ties by column (deterministic)
            keep = np.lexsort((cols, -vals))[:k]
            vals, cols = vals[keep], cols[keep]
        indices.append(cols)
        data.append(vals)
        indptr.append(indptr[-1] + len(cols))
    return sp.csr_matrix(
        (np.concatenate(data) if data else np.zeros(0), np.concatenate(indices) if indices else np.zeros(0, int),
         np.asarray(indptr)), shape=m.shape)


# How many characters of a text's start are searched for the weekday it tells its happening on.
WEEKDAY_LEAD_CHARS = 400
_WEEKDAY_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
# Named days that are no clock: "Super Tuesday", "Black Friday" or "Bloody Sunday" name a
# primary, a sales day or a remembered massacre, written weeks before and after it, not the
# weekday a lead dates its happening by. A weekday word right after one of these is skipped.
NAMED_DAY_PREFIXES = frozenset(
    """super black cyber giving fat shrove ash good holy maundy palm easter bloody""".split()
)
_NAMED_DAY_RE = re.compile(r"\b(" + "|".join(sorted(NAMED_DAY_PREFIXES)) + r")[\s-]+"
                           r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def lead_weekdays(title: str | None, text: str | None) -> frozenset[str]:
    """The weekdays the title or lead names ("voted Tuesday"), lower case.

    A news lead dates its happening by weekday; reports of one happening mostly name the same
    one, and two stages of one running story (a hearing, the vote days later) name different ones.
    """
    head = _NAMED_DAY_RE.sub(" ", f"{title or ''}\n{(text or '')[:WEEKDAY_LEAD_CHARS]}")
    return frozenset(m.lower() for m in _WEEKDAY_RE.findall(head))


# Capitalised only: "they may 2" is a verb.
_MONTH_DAY_RE = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})\b")


def lead_dates(title: str | None, text: str | None) -> frozenset[str]:
    """The calendar days ("Oct. 5" -> "10-05") the title or lead names: like a weekday, the date
    a lead gives its happening."""
    from ..text.lexicon import MONTHS

    head = f"{title or ''}\n{(text or '')[:WEEKDAY_LEAD_CHARS]}"
    return frozenset(f"{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}" for m in _MONTH_DAY_RE.finditer(head)
                     if 1 <= int(m.group(2)) <= 31)


def day_number(published: str | None) -> int | None:
    """Ordinal day of an ISO date (YYYY-MM-DD...); None when absent or coarser than a day."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
