"""Size and shape limits that keep hostile input from exhausting memory or time."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
# Words kept of one document. The longest real articles (long-form investigations, full
# transcripts) run to some tens of thousands of words; beyond this a document is a dump, and
# annotating it whole would cost gigabytes (a 15 MB line of 3 million words reached 4.4 GB).
MAX_WORDS = 200_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Limits applied while reading; every one turns an input into a `skipped` document.

    max_bytes: largest file (decompressed, for .gz) or JSONL record that is read; larger ones
        are skipped with a reason naming `--max-bytes`.
    max_jsonl_bytes: largest decompressed JSONL batch streamed line by line (a .jsonl.gz bomb
        of newlines would otherwise keep us busy for minutes).
    max_html_depth: deeper element nesting than this is not handed to lxml (libxml2 stops
        building the tree at depth 256 and silently loses the rest); such pages are read with
        a flat, non-recursive tag stripper instead.
    max_words: a longer cleaned text is cut after this many words; the document stays usable
        and its `reason` says what was dropped (`--max-words`).
    """

    max_bytes: int = 20 * MB
    max_jsonl_bytes: int = 4096 * MB
    max_html_depth: int = 200
    max_words: int = MAX_WORDS

    def describe_max_bytes(self) -> str:
        if self.max_bytes % MB == 0:
            return f"{self.max_bytes // MB} MB"
        return f"{self.max_bytes:,} bytes"
