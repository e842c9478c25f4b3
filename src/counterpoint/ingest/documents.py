"""Raw records to Documents: clean the text, resolve metadata, language, hashes and ids."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..models import Document
from .boilerplate import strip_boilerplate
from .decode import cut_words, fix_mojibake, normalize_text
from .discover import iter_inputs
from .htmltext import extract_html
from .language import detect_language
from .limits import Limits
from .metadata import (
    Meta,
    credit_outlet,
    date_from_url,
    load_manifest,
    merge,
    outlet_from_url,
    page_date,
    read_sidecar,
    title_from_text,
)
from .readers import RawRecord, read_file
from .wrapping import join_wrapped_lines

# Length of the hex part of a document id: 60 bits, collision-free for any realistic corpus.
ID_HEX_CHARS = 15


def document_id(path: str, content_hash: str) -> str:
    """Stable for the same path and content; a copy under another name gets another id."""
    return "d" + hashlib.sha256(f"{path}\0{content_hash}".encode("utf-8", "surrogatepass")).hexdigest()[:ID_HEX_CHARS]


def text_hash(text: str) -> str:
    """Hash of the text with case and whitespace differences folded away (exact duplicates)."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8", "surrogatepass")).hexdigest()


def read_documents(
    paths: Sequence[str | Path],
    *,
    manifest: Path | None = None,
    limits: Limits = Limits(),
    exclude: Sequence[str | Path] = (),
    on_file: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """Yield one Document per input file or JSONL record, in a stable order.

    Files and directories (recursive, sorted, symlink loops cut) are read; a file that cannot
    be used becomes a `skipped` Document with a reason; nothing here raises for a bad file.
    Files and directories in `exclude` (the run's own output folder and store) are never read;
    `on_file` hears each input file's display path as its reading starts.
    Raises ConfigError only for an unreadable manifest (the user named it explicitly).
    """
    rows = load_manifest(manifest) if manifest else {}
    for found in iter_inputs(paths, exclude=[*exclude, *([manifest] if manifest else [])]):
        if on_file is not None:
            on_file(found.path)
        for record in read_file(found, limits):
            yield build_document(record, limits, manifest_meta=rows.get(record.key))


def _skipped(record: RawRecord, reason: str) -> Document:
    return Document(
        id=document_id(record.path, record.content_hash), path=record.path, status="skipped", reason=reason
    )


def build_document(record: RawRecord, limits: Limits, *, manifest_meta: Meta | None = None) -> Document:
    """Clean one raw record into a Document (ok or skipped)."""
    if record.problem or record.body is None:
        return _skipped(record, record.problem or "no content")
    sidecar = read_sidecar(record.fs_path) if record.fs_path else None
    given = merge(manifest_meta, sidecar, record.meta)
    page_meta = None
    body = record.body
    if record.kind == "html":
        extracted = extract_html(body, url=given.url, max_depth=limits.max_html_depth)
        page_meta = extracted.meta
        body = extracted.text
    text = normalize_text(fix_mojibake(body))
    if not text:
        return _skipped(record, "no text in the file (only markup or whitespace)")
    note = None
    if (cut := cut_words(text, limits.max_words)) is not None:
        text, words = cut
        note = (f"shortened: kept the first {limits.max_words:,} of {words:,} words "
                f"(the --max-words limit)")
    text = join_wrapped_lines(strip_boilerplate(text).text)
    if not text:
        return _skipped(record, "empty after removing boilerplate (only page furniture such as share or comment prompts)")
    meta = merge(given, page_meta)
    derived = Meta(
        published=date_from_url(meta.url) or page_date(text),
        outlet=outlet_from_url(meta.url) or credit_outlet(text),
        title=title_from_text(text),
    )
    meta = merge(meta, derived)
    return Document(
        id=document_id(record.path, record.content_hash),
        path=record.path,
        status="ok",
        text=text,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        language=detect_language(text),
        text_hash=text_hash(text),
        reason=note,
    )
