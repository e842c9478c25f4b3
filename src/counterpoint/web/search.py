"""Full-text search over documents and claims with SQLite FTS5.

The index lives in a private in-memory SQLite database (table `search_fts`), rebuilt from the
store whenever the store's contents change: the server stays read-only on the user's store,
and there is no second file to keep in step.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from ..models import Dossier, FigureClaim

# snippet() markers: private-use characters never found in cleaned text, replaced by <mark>.
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"
SNIPPET_TOKENS = 24
# Words of a query; everything else (FTS5 operators, quotes, parentheses) is dropped, so no
# user input can form an FTS5 syntax error.
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    kind: str  # "document" or the claim kind
    ref: str  # document id or claim id
    document: str
    title: str
    snippet: str  # with HIT_OPEN / HIT_CLOSE around matched words
    start: int | None = None  # evidence offsets, for claims
    end: int | None = None


def fts_query(q: str) -> str | None:
    """The user's words as an FTS5 query: every word must appear (prefix match on the last)."""
    words = _WORD.findall(q)[:MAX_QUERY_WORDS]
    if not words:
        return None
    quoted = ['"' + w.replace('"', "") + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class SearchIndex:
    """An FTS5 index of one dossier. Not thread-safe: the app guards it with a lock."""

    def __init__(self, d: Dossier) -> None:
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
            "kind UNINDEXED, ref UNINDEXED, document UNINDEXED, title, body, "
            "start UNINDEXED, end UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
        )
        titles = {doc.id: doc.title or doc.path for doc in d.documents}
        rows = [
            ("document", doc.id, doc.id, titles[doc.id], f"{doc.outlet or ''}\n{doc.text or ''}", None, None)
            for doc in d.documents
            if doc.status == "ok"
        ]
        for c in d.claims:
            extra = ""
            if isinstance(c, FigureClaim):
                extra = " ".join([c.measure, *(s.name for s in c.sources)])
            rows.append((c.kind, c.id, c.document, titles.get(c.document, c.document),
                         f"{c.evidence.text}\n{extra}", c.evidence.start, c.evidence.end))
        with self.conn:
            self.conn.executemany("INSERT INTO search_fts VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def search(self, q: str, *, limit: int = 50) -> list[Hit]:
        query = fts_query(q)
        if query is None:
            return []
        cur = self.conn.execute(
            "SELECT kind, ref, document, title, snippet(search_fts, 4, ?, ?, '…', ?), start, end "
            "FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
            (HIT_OPEN, HIT_CLOSE, SNIPPET_TOKENS, query, limit),
        )
        return [Hit(kind=k, ref=r, document=doc, title=t, snippet=s, start=a, end=b)
                for k, r, doc, t, s, a, b in cur.fetchall()]

    def close(self) -> None:
        self.conn.close()


def plain(snippet: str) -> str:
    """A snippet without the hit markers (for JSON)."""
    return snippet.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
