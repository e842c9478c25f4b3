"""Replicated stores for benchmarks/scale.py: a real annotated sample copied to any size.

The per-document results (documents, mentions, claims) of a store that `counterpoint analyze`
made are copied, without running the language pipeline again, into about `DOCS_PER_EVENT`
documents per event: the sample's documents copied `DOCS_PER_EVENT / len(sample)` times, each copy
with its own document ids, its own outlet name and its figures' numbers changed, and per event
every capitalized name and half its longer ordinary words rewritten (same length, so stored offsets
stay valid) and every ISO date moved one day per event, so the news rate (documents per day) stays
that of one event a day while the corpus grows, as a desk's archive grows.

Two ways to the same rows:
- `replicated_rows` is the definition: each copy's strings rewritten one by one (document ids,
  then names and dates, then the claims' free texts, then the figures).
- `build_store` writes them fast: the rewriting of names, words and dates depends on the event
  only, and the figures on the copy's share only (`FIGURE_SHARES` of them), so each event's rows
  are rewritten once, cut around the sample's document ids, and each copy only joins in its own ids.
  The rows go in by `executemany`, `WRITE_BATCH` documents per transaction, with the pragmas of a
  throwaway store (no journal, no fsync; the file is renamed into place only when complete).
  tests/test_scale_benchmark.py checks that a built store holds exactly the rows that writing
  `replicated_rows` document by document through `Store.save_result` gives.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from counterpoint.models import Claim, DocResult, Document, Mention, from_json
from counterpoint.store import _DOCUMENT_COLUMNS, open_store

# About this many documents per replicated event (the brief: coverage of one event by a desk).
DOCS_PER_EVENT = 100
# Documents written per store transaction while building a size's store.
WRITE_BATCH = 10_000
# Pragmas of a store being built: nothing reads it until it is complete, and a build cut short is
# thrown away (scale.build writes to a partial file and renames it), so no journal and no fsync.
# The cache (KiB when negative) keeps the id indexes' pages in memory while random ids go in.
BUILD_PRAGMAS = ("PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -524288",
                 "PRAGMA temp_store = MEMORY")
# Copies of an event whose figures are moved by the same share (copy % FIGURE_SHARES), FIGURE_STEP
# apart: copies of one event disagree a little, so verdicts, bounds and outliers all run.
FIGURE_SHARES = 4
FIGURE_STEP = 0.05
# Capitalized words of at least this many letters get the event's code in their last letters.
MIN_NAME_LEN = 4
# Capitalized words left alone: calendar words keep dates readable to the date parsers.
KEEP_WORDS = frozenset(
    "January February March April June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_NAME = re.compile(rf"\b([A-Z][a-z]{{{MIN_NAME_LEN - 1},}})\b")
# Lowercase words of at least this many letters are event-specific in one case out of
# WORD_CHANGE_ONE_IN (picked by a hash of word and event): two replicated events then share the
# story's ordinary words but not all of them, as two real floods or two real protests do.
MIN_WORD_LEN = 5
WORD_CHANGE_ONE_IN = 2
_WORD = re.compile(rf"\b([a-z]{{{MIN_WORD_LEN},}})\b")
_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_COLUMN = {c: i for i, c in enumerate(_DOCUMENT_COLUMNS)}

# (document row in _DOCUMENT_COLUMNS order, mention rows (start, end, data), claim rows (id, kind, data))
Sample = list[tuple[tuple, list[tuple], list[tuple]]]
Rows = tuple[tuple, list[tuple], list[tuple]]  # (document row, mention rows, claim rows) of one copy


def _code(n: int, width: int) -> str:
    out = []
    for _ in range(width):
        n, r = divmod(n, 26)
        out.append(_LETTERS[r])
    return "".join(out)


def _renamer(event: int) -> Callable[[str], str]:
    """Capitalized names of `event`: their last letters replaced by the event's code."""
    code3, code2 = _code(event, 3), _code(event, 2)

    def sub(m: re.Match[str]) -> str:
        w = m.group(1)
        if w in KEEP_WORDS or event == 0:
            return w
        return w[:-3] + code3 if len(w) >= 6 else w[:-2] + code2

    return lambda s: _NAME.sub(sub, s)


def _reworder(event: int) -> Callable[[str], str]:
    """Free text of `event`: names as `_renamer`, and some ordinary words given the event's code."""
    rename, code2 = _renamer(event), _code(event, 2)

    def sub(m: re.Match[str]) -> str:
        w = m.group(1)
        if event == 0 or zlib.crc32(f"{event}/{w}".encode()) % WORD_CHANGE_ONE_IN:
            return w
        return w[:-2] + code2

    return lambda s: _WORD.sub(sub, rename(s))


def _mover(days: int) -> Callable[[str], str]:
    def sub(m: re.Match[str]) -> str:
        try:
            return (date.fromisoformat(m.group(1)) + timedelta(days=days)).isoformat()
        except ValueError:
            return m.group(1)

    return lambda s: _DAY.sub(sub, s)


def _texts_changed(data: str, reword: Callable[[str], str]) -> str:
    """A stored claim's free texts (its `text`, its evidence's) rewritten like the document's, so
    the evidence still reads at its offsets; other fields (measures, roles) keep their words."""
    c = json.loads(data)
    for holder in (c, c.get("evidence") or {}):
        if isinstance(holder.get("text"), str):
            holder["text"] = reword(holder["text"])
    return json.dumps(c, ensure_ascii=False)


def _figures_changed(data: str, copy: int) -> str:
    """A figure claim's numbers moved by the copy's share, so copies of one event disagree a
    little (verdicts, bounds and outliers all run) while the sample's own shape stays."""
    c = json.loads(data)
    if c.get("kind") != "figure":
        return data
    factor = 1.0 + FIGURE_STEP * (copy % FIGURE_SHARES)
    for k in ("value", "low", "high"):
        if isinstance(c.get(k), (int, float)):
            c[k] = float(round(c[k] * factor))
    return json.dumps(c, ensure_ascii=False)


def _new_id(old: str, event: int, copy: int) -> str:
    return hashlib.sha1(f"{event}/{copy}/{old}".encode()).hexdigest()[:16]


def read_sample(db: Path) -> Sample:
    """(document row, mention rows, claim rows) per stored document, raw, in store order."""
    with open_store(db, readonly=True) as s:
        docs = s.conn.execute(f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents ORDER BY seq").fetchall()
        out = []
        for row in docs:
            ments = s.conn.execute('SELECT start, "end", data FROM mentions WHERE document = ? ORDER BY rowid',
                                   (row[0],)).fetchall()
            claims = s.conn.execute("SELECT id, kind, data FROM claims WHERE document = ? ORDER BY rowid",
                                    (row[0],)).fetchall()
            out.append((row, ments, claims))
    return out


def copies_per_event(sample: Sample) -> int:
    return max(1, round(DOCS_PER_EVENT / len(sample)))


def _copy_document(row: tuple, new: str, copy: int, *, text: str, title: str | None, published: str | None,
                   duplicate_of: str | None) -> tuple:
    """A copy's document row: the fields that change per copy, the others as in the sample."""
    d = dict(zip(_DOCUMENT_COLUMNS, row, strict=True))
    d.update(id=new, path=f"bench/{new}.txt", text=text, title=title, outlet=f"{d['outlet'] or 'Outlet'} {copy}",
             published=published, duplicate_of=duplicate_of, text_hash=hashlib.sha1(f"{new}".encode()).hexdigest())
    return tuple(d[c] for c in _DOCUMENT_COLUMNS)


def replicated_rows(sample: Sample, n: int, start: int = 0) -> Iterator[Rows]:
    """The definition: replicated documents `start` to `n` (in replication order), each copy's
    strings rewritten one by one. Slow (the rewriting runs once per copy); `build_store` writes
    the same rows."""
    copies = copies_per_event(sample)
    written, event = 0, 0
    while written < n:
        rename, move, reword = _renamer(event), _mover(event), _reworder(event)
        for copy in range(copies):
            ids = {row[0]: _new_id(row[0], event, copy) for row, _, _ in sample}

            def change(s: str | None, ids: dict[str, str] = ids, move: Callable[[str], str] = move,
                       rename: Callable[[str], str] = rename) -> str | None:
                if s is None:
                    return None
                for old, new in ids.items():
                    s = s.replace(old, new)
                return move(rename(s))

            for row, ments, claims in sample:
                if written >= n:
                    return
                written += 1
                if written <= start:
                    continue
                new = ids[row[0]]
                dup = row[_COLUMN["duplicate_of"]]
                doc = _copy_document(row, new, copy, text=reword(change(row[_COLUMN["text"]]) or ""),
                                     title=reword(change(row[_COLUMN["title"]]) or "") or None,
                                     published=change(row[_COLUMN["published"]]),
                                     duplicate_of=ids.get(dup or "", None))
                yield (doc, [(new, s, e, change(data)) for s, e, data in ments],
                       [(change(cid), new, kind, _figures_changed(_texts_changed(change(data) or "", reword), copy))
                        for cid, kind, data in claims])
        event += 1


# --- the fast writer ------------------------------------------------------------------------------
# A string cut around the sample's document ids: even places are text, odd places the old ids.
Pieces = tuple[str, ...]


def _fill(pieces: Pieces, ids: dict[str, str]) -> str:
    if len(pieces) == 1:
        return pieces[0]
    out = list(pieces)
    out[1::2] = [ids[p] for p in pieces[1::2]]
    return "".join(out)


@dataclass(frozen=True, slots=True, kw_only=True)
class _EventDocument:
    """One sample document as every copy of one event writes it, its ids still the sample's."""

    row: tuple
    text: Pieces
    title: Pieces | None
    published: Pieces | None
    mentions: tuple[tuple[int, int, Pieces], ...]
    claims: tuple[tuple[Pieces, str, tuple[Pieces, ...]], ...]  # (id, kind, data per figure share)


def _event_documents(sample: Sample, event: int, cut: Callable[[str], Pieces]) -> list[_EventDocument]:
    """The sample rewritten for `event` (names, words, dates, figures per share): what all its copies share.
    The rewriting never meets a document id (hex digits: no capital, no date, never a whole word of
    letters in practice), so rewriting before the ids are filled in gives `replicated_rows`'s strings."""
    rename, move, reword = _renamer(event), _mover(event), _reworder(event)

    def change(s: str) -> str:
        return move(rename(s))

    out = []
    for row, ments, claims in sample:
        text, title, published = (row[_COLUMN[c]] for c in ("text", "title", "published"))
        title_now = reword(change(title) if title is not None else "") or None
        claim_rows = []
        for cid, kind, data in claims:
            base = _texts_changed(change(data), reword)
            shares = tuple(cut(_figures_changed(base, k)) for k in range(FIGURE_SHARES)) if kind == "figure" \
                else (cut(base),)
            claim_rows.append((cut(change(cid)), kind, shares))
        out.append(_EventDocument(
            row=row, text=cut(reword(change(text) if text is not None else "")),
            title=None if title_now is None else cut(title_now),
            published=None if published is None else cut(change(published)),
            mentions=tuple((s, e, cut(change(data))) for s, e, data in ments), claims=tuple(claim_rows)))
    return out


def _copy_rows(doc: _EventDocument, ids: dict[str, str], copy: int) -> Rows:
    new = ids[doc.row[0]]
    dup = doc.row[_COLUMN["duplicate_of"]]
    row = _copy_document(doc.row, new, copy, text=_fill(doc.text, ids),
                         title=None if doc.title is None else _fill(doc.title, ids),
                         published=None if doc.published is None else _fill(doc.published, ids),
                         duplicate_of=ids.get(dup or "", None))
    return (row, [(new, s, e, _fill(data, ids)) for s, e, data in doc.mentions],
            [(_fill(cid, ids), new, kind, _fill(shares[copy % len(shares)], ids)) for cid, kind, shares in doc.claims])


def fast_rows(sample: Sample, n: int, start: int = 0) -> Iterator[Rows]:
    """The rows of `replicated_rows`, each event rewritten once (events wholly before `start` not at all)."""
    copies = copies_per_event(sample)
    ids_re = re.compile("(" + "|".join(re.escape(row[0]) for row, _, _ in sample) + ")")

    def cut(s: str) -> Pieces:
        return tuple(ids_re.split(s))

    per_event = copies * len(sample)
    event = start // per_event
    written = event * per_event
    while written < n:
        docs = _event_documents(sample, event, cut)
        for copy in range(copies):
            ids = {d.row[0]: _new_id(d.row[0], event, copy) for d in docs}
            for doc in docs:
                if written >= n:
                    return
                written += 1
                if written > start:
                    yield _copy_rows(doc, ids, copy)
        event += 1


def build_store(db: Path, sample: Sample, n: int, start: int = 0) -> None:
    """Write replicated documents `start` to `n` (in replication order) into the store at `db`
    (a new one, or one holding the first `start`): `fast_rows` in transactions of `WRITE_BATCH`
    documents, under `BUILD_PRAGMAS`; the store is left in WAL mode, as `analyze` leaves one."""
    insert_doc = (f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)}) VALUES "
                  f"({','.join('?' * len(_DOCUMENT_COLUMNS))})")
    rows_d: list[tuple] = []
    rows_m: list[tuple] = []
    rows_c: list[tuple] = []
    with open_store(db) as store:
        conn = store.conn
        for pragma in BUILD_PRAGMAS:
            conn.execute(pragma)

        def flush() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(insert_doc, rows_d)
            conn.executemany('INSERT INTO mentions (document, start, "end", data) VALUES (?,?,?,?)', rows_m)
            conn.executemany("INSERT INTO claims (id, document, kind, data) VALUES (?,?,?,?)", rows_c)
            conn.execute("COMMIT")
            rows_d.clear(), rows_m.clear(), rows_c.clear()

        for doc, ments, claims in fast_rows(sample, n, start):
            rows_d.append(doc)
            rows_m.extend(ments)
            rows_c.extend(claims)
            if len(rows_d) >= WRITE_BATCH:
                flush()
        if rows_d:
            flush()
        conn.execute("PRAGMA journal_mode = WAL")


def rows_through_the_store(db: Path, rows: Sequence[Rows] | Iterator[Rows]) -> None:
    """Write `rows` the ordinary way: each document's result decoded to the product's types and
    saved by `Store.save_result`, one transaction per document (what `analyze` does)."""
    with open_store(db) as store:
        for doc, ments, claims in rows:
            store.save_result(DocResult(
                document=from_json(Document, dict(zip(_DOCUMENT_COLUMNS, doc, strict=True))),
                mentions=tuple(from_json(Mention, json.loads(m[3])) for m in ments),
                claims=tuple(from_json(Claim, json.loads(c[3])) for c in claims)))  # type: ignore[arg-type]
