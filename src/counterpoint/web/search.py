"""Full-text search over the articles' sentences with SQLite FTS5.

The index lives in a private in-memory SQLite database (table `search_fts`), rebuilt from the
store whenever the store's contents change: the server stays read-only on the user's store,
and there is no second file to keep in step.

One row per sentence of article text, so a sentence is one hit however many claims it holds
(the hit lists the figures stated in it). Two indexed columns: `body`, the sentence as written,
stemmed by FTS5's porter tokenizer ("kill" finds "killed"); and `folded`, the same words
transliterated and romanization-folded (entities.translit), so "Токаев" finds "Tokayev".
Snippets come from `body` only: article text, nothing appended.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from ..models import Claim, Dossier, FigureClaim

# snippet() markers: private-use characters never found in cleaned text, replaced by <mark>.
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"
SNIPPET_TOKENS = 24
# Words of a query; everything else (FTS5 operators, quotes, parentheses) is dropped, so no
# user input can form an FTS5 syntax error.
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12
# Sentence ends for indexing: after . ! ? … followed by space, and at every line break
# (headlines, list items). Rough on abbreviations, which only makes a unit a little shorter.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")
# FTS5 tokenizer: porter stemming over unicode61 with diacritics removed, for both columns.
TOKENIZER = "porter unicode61 remove_diacritics 2"


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    kind: str  # "document" for a sentence without claims, else the first claim's kind
    ref: str  # document id, or the first claim's id
    document: str
    title: str
    snippet: str  # with HIT_OPEN / HIT_CLOSE around matched words
    start: int | None = None  # the first claim's evidence offsets (the report's anchor)
    end: int | None = None
    figures: tuple[str, ...] = ()  # "killed: 164", one per figure stated in the sentence


def fold_words(text: str) -> str:
    """Each word transliterated and folded to its romanization key ("Токаев" -> "tokaev")."""
    from ..entities.translit import fold, token_key

    return " ".join(token_key(w) for w in fold(text).split())


def _match(words: list[str]) -> str:
    quoted = ['"' + w.replace('"', "") + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def fts_query(q: str) -> str | None:
    """Every word must appear (prefix match on the last), as written or as folded."""
    words = _WORD.findall(q)[:MAX_QUERY_WORDS]
    if not words:
        return None
    folded = [w for w in (fold_words(w) for w in words) if w]
    query = f"body : ({_match(words)})"
    if folded:
        query += f" OR folded : ({_match(' '.join(folded).split())})"
    return query


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _figure_label(c: FigureClaim) -> str:
    from ..wording import fmt_value

    return f"{c.measure}: {fmt_value(c.value, c.low, c.high, c.qualifier)}"


class SearchIndex:
    """An FTS5 index of one dossier. Not thread-safe: the app guards it with a lock."""

    def __init__(self, d: Dossier) -> None:
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
            "kind UNINDEXED, ref UNINDEXED, document UNINDEXED, title UNINDEXED, body, folded, "
            "start UNINDEXED, end UNINDEXED, figures UNINDEXED, "
            f"tokenize='{TOKENIZER}')"
        )
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in d.claims:
            by_doc[c.document].append(c)
        rows = []
        for doc in d.documents:
            if doc.status != "ok" or not doc.text:
                continue
            title = doc.title or doc.path
            claims = sorted(by_doc.get(doc.id, []), key=lambda c: c.evidence.start)
            k = 0
            for a, b in sentence_spans(doc.text):
                inside = []
                while k < len(claims) and claims[k].evidence.start < b:
                    if claims[k].evidence.start >= a:
                        inside.append(claims[k])
                    k += 1
                sentence = doc.text[a:b]
                first = inside[0] if inside else None
                figures = "\n".join(_figure_label(c) for c in inside if isinstance(c, FigureClaim))
                rows.append((first.kind if first else "document", first.id if first else doc.id, doc.id, title,
                             sentence, fold_words(sentence),
                             first.evidence.start if first else None, first.evidence.end if first else None,
                             figures))
        with self.conn:
            self.conn.executemany("INSERT INTO search_fts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def search(self, q: str, *, limit: int = 50) -> list[Hit]:
        query = fts_query(q)
        if query is None:
            return []
        cur = self.conn.execute(
            "SELECT kind, ref, document, title, snippet(search_fts, 4, ?, ?, '…', ?), start, end, figures "
            "FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
            (HIT_OPEN, HIT_CLOSE, SNIPPET_TOKENS, query, limit),
        )
        return [Hit(kind=k, ref=r, document=doc, title=t, snippet=s, start=a, end=b,
                    figures=tuple(f.split("\n")) if f else ())
                for k, r, doc, t, s, a, b, f in cur.fetchall()]

    def close(self) -> None:
        self.conn.close()


def plain(snippet: str) -> str:
    """A snippet without the hit markers (for JSON)."""
    return snippet.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
