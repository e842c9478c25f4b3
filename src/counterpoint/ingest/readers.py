"""Read input files into raw records: bytes within limits, decoded, one per article.

A record carries either a decoded body (plain text or HTML, not yet cleaned) or a `problem`
saying why it cannot be used. Reading never raises for a bad file. Sizes are enforced while
streaming, so a 200 MB file or a gzip bomb costs at most `max_bytes` of memory.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Literal, TypedDict

from ..errors import NotText
from .decode import SNIFF_BYTES, decode_bytes, sniff_binary
from .discover import Found
from .htmltext import declared_charset
from .limits import MB, Limits
from .metadata import Meta, meta_from_fields
from .metadata_rules import HTML_KEYS, TEXT_KEYS

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
SUPPORTED = ".txt, .md, .html, .htm, .jsonl and .gz of these"
# Read size for streaming (hashing, decompressing, splitting JSONL lines).
CHUNK = 1 * MB
# A file without extension is read as HTML when it starts like a page.
HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml")

Kind = Literal["text", "html"]


class _Where(TypedDict):
    """Where a raw record came from: the first three fields of every RawRecord."""

    path: str
    key: str
    fs_path: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RawRecord:
    path: str  # display path; "path#lineN" for a JSONL record
    key: str  # real path (+ "#lineN") to look the record up in a manifest
    fs_path: str | None  # the file to look for a sidecar next to (None for JSONL records)
    content_hash: str  # sha256 of the raw bytes (file, or JSONL line)
    kind: Kind | None = None
    body: str | None = None
    meta: Meta = field(default_factory=Meta)
    problem: str | None = None


def _too_large(limits: Limits, what: str = "") -> str:
    return f"{what}larger than the {limits.describe_max_bytes()} limit (use --max-bytes)"


def _hash_file(fs_path: str) -> str:
    h = hashlib.sha256()
    try:
        with open(fs_path, "rb") as f:
            while chunk := f.read(CHUNK):
                h.update(chunk)
    except OSError:
        pass  # the reason is reported by whoever failed to read it
    return h.hexdigest()


def _split_name(fs_path: str) -> tuple[str, bool]:
    """The inner extension (".txt" for a.txt.gz) and whether the file is gzip-compressed."""
    name = os.path.basename(fs_path).lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    return os.path.splitext(name)[1], compressed


def _open(fs_path: str, compressed: bool) -> BinaryIO:
    """The file's bytes (decompressed for .gz); closing the result closes the file.

    GzipFile opens the file itself: given a `fileobj`, its close() would leave that open.
    """
    if not compressed:
        return open(fs_path, "rb")
    return gzip.GzipFile(filename=fs_path, mode="rb")  # type: ignore[return-value]


_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def read_file(found: Found, limits: Limits) -> Iterator[RawRecord]:
    """Raw records of one input file (several for JSONL); problems become records too."""
    real = os.path.realpath(found.fs_path)
    base = _Where(path=found.path, key=real, fs_path=found.fs_path)
    if found.problem:
        yield RawRecord(**base, content_hash=hashlib.sha256(b"").hexdigest(), problem=found.problem)
        return
    ext, compressed = _split_name(found.fs_path)
    if ext in JSONL_EXTENSIONS:
        yield from _read_jsonl(found, real, compressed, limits)
        return
    data, problem = _read_limited(found.fs_path, compressed, limits)
    content_hash = hashlib.sha256(data).hexdigest() if data is not None and not compressed else _hash_file(found.fs_path)
    if problem or data is None:
        yield RawRecord(**base, content_hash=content_hash, problem=problem)
        return
    yield _record_from_bytes(base, content_hash, data, ext, compressed)


def _read_limited(fs_path: str, compressed: bool, limits: Limits) -> tuple[bytes | None, str | None]:
    try:
        if not compressed and os.path.getsize(fs_path) > limits.max_bytes:
            return None, _too_large(limits)
        with _open(fs_path, compressed) as f:
            data = f.read(limits.max_bytes + 1)
    except PermissionError:
        return None, "cannot read file: permission denied (check the file's permissions)"
    except _GZIP_ERRORS as exc:
        return None, f"damaged or truncated gzip file ({exc})"
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"
    if len(data) > limits.max_bytes:
        return None, _too_large(limits, "decompressed, " if compressed else "")
    return data, None


def _record_from_bytes(base: _Where, content_hash: str, data: bytes, ext: str, compressed: bool) -> RawRecord:
    if not data or data.isspace():
        return RawRecord(**base, content_hash=content_hash, problem="empty file")
    binary = sniff_binary(data[:SNIFF_BYTES])
    if binary:
        return RawRecord(**base, content_hash=content_hash, problem=binary)
    if ext in HTML_EXTENSIONS or (not ext and data[:200].lstrip().lower().startswith(HTML_STARTS)):
        kind: Kind = "html"
    elif ext in TEXT_EXTENSIONS or not ext:
        kind = "text"
    else:
        return RawRecord(
            **base,
            content_hash=content_hash,
            problem=f"unsupported file type '{ext}' (Counterpoint reads {SUPPORTED})",
        )
    try:
        body = decode_bytes(data, declared_charset(data) if kind == "html" else None)
    except NotText as exc:
        return RawRecord(**base, content_hash=content_hash, problem=str(exc))
    return RawRecord(**base, content_hash=content_hash, kind=kind, body=body)


# --- JSONL -----------------------------------------------------------------------------------


def _iter_lines(f: BinaryIO, max_line: int, max_total: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line bytes) pairs; None for a line longer than `max_line`.

    Reads fixed-size blocks, so a single huge line never sits in memory whole. Stops after
    `max_total` bytes (raises _TooMuch).
    """
    buf = b""
    lineno = 1
    overlong = False
    total = 0
    while block := f.read(CHUNK):
        total += len(block)
        if total > max_total:
            raise _TooMuch(lineno)
        buf += block
        start = 0
        while (nl := buf.find(b"\n", start)) != -1:
            if overlong or nl - start > max_line:
                yield lineno, None
            else:
                yield lineno, buf[start:nl]
            overlong = False
            lineno += 1
            start = nl + 1
        buf = buf[start:]
        if len(buf) > max_line:
            overlong = True
            buf = b""  # drop the rest of this line as it streams past
    if overlong:
        yield lineno, None
    elif buf:
        yield lineno, buf


class _TooMuch(Exception):
    def __init__(self, lineno: int) -> None:
        super().__init__(lineno)
        self.lineno = lineno


def _read_jsonl(found: Found, real: str, compressed: bool, limits: Limits) -> Iterator[RawRecord]:
    records = 0
    try:
        with _open(found.fs_path, compressed) as f:
            for lineno, line in _iter_lines(f, limits.max_bytes, limits.max_jsonl_bytes):
                if line is not None and not line.strip():
                    continue
                records += 1
                yield _jsonl_record(found, real, lineno, line, limits)
    except PermissionError:
        yield _file_problem(found, real, "cannot read file: permission denied (check the file's permissions)")
        return
    except _GZIP_ERRORS as exc:
        yield _file_problem(found, real, f"damaged or truncated gzip file after {records} records ({exc})")
        return
    except _TooMuch as exc:
        yield _file_problem(
            found, real, f"JSONL batch stopped at line {exc.lineno}: " + _too_large(limits, "decompressed, ").replace("--max-bytes", "split the file")
        )
        return
    except OSError as exc:
        yield _file_problem(found, real, f"cannot read file: {exc.strerror or exc}")
        return
    if records == 0:
        yield _file_problem(found, real, "empty JSONL file (no records)")


def _file_problem(found: Found, real: str, problem: str) -> RawRecord:
    return RawRecord(
        path=found.path, key=real, fs_path=found.fs_path, content_hash=_hash_file(found.fs_path), problem=problem
    )


def _type_name(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _jsonl_record(found: Found, real: str, lineno: int, line: bytes | None, limits: Limits) -> RawRecord:
    where = f"JSONL line {lineno}: "
    base = _Where(path=f"{found.path}#line{lineno}", key=f"{real}#line{lineno}", fs_path=None)
    if line is None:
        return RawRecord(**base, content_hash=hashlib.sha256(b"").hexdigest(), problem=where + _too_large(limits))
    content_hash = hashlib.sha256(line).hexdigest()
    try:
        obj = json.loads(line)
    except UnicodeDecodeError:
        try:
            obj = json.loads(decode_bytes(line))
        except (NotText, ValueError, RecursionError) as exc:
            return RawRecord(**base, content_hash=content_hash, problem=where + f"not JSON ({exc})")
    except ValueError as exc:
        return RawRecord(**base, content_hash=content_hash, problem=where + f"not JSON ({exc})")
    except RecursionError:
        return RawRecord(**base, content_hash=content_hash, problem=where + "not JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return RawRecord(**base, content_hash=content_hash, problem=where + f"not a JSON object (got {_type_name(obj)})")
    for keys, kind in ((TEXT_KEYS, "text"), (HTML_KEYS, "html")):
        for k in keys:
            if k in obj and obj[k] is not None:
                value = obj[k]
                if not isinstance(value, str):
                    return RawRecord(
                        **base,
                        content_hash=content_hash,
                        problem=where + f"'{k}' must be a string, got {_type_name(value)}",
                    )
                if not value.strip():
                    continue
                return RawRecord(**base, content_hash=content_hash, kind=kind, body=value, meta=meta_from_fields(obj))  # type: ignore[arg-type]
    found_keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
    return RawRecord(
        **base,
        content_hash=content_hash,
        problem=where + f"no article text (expected a non-empty 'text' or 'html' field; found keys: {found_keys})",
    )
