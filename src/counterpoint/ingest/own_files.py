"""Recognize files Counterpoint itself wrote, so a folder analyzed twice is not read back.

`counterpoint analyze DIR --out DIR/out` puts the store, its WAL/SHM/lock companions and the
dossier inside the input folder; the next run must leave them alone instead of reporting them
as unreadable articles. The pipeline also excludes its own output folder and store by path;
these checks catch the same files when they were written by another run or copied elsewhere.
"""

from __future__ import annotations

import os

from ..store import APPLICATION_ID as COUNTERPOINT_APPLICATION_ID

# SQLite's database header; the store stamps its PRAGMA application_id at byte 68.
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID_OFFSET = 68
# Magic numbers that open an SQLite write-ahead log.
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
# Companions of a database file, by suffix: its write-ahead log, shared memory and our lock.
STORE_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
# The report and the JSON dossier say who wrote them within their first bytes.
HTML_GENERATOR_MARK = b'<meta name="generator" content="Counterpoint'
JSON_DOSSIER_START = b'{\n "version":'
# How much of a file's start is read to recognize it.
HEAD_BYTES = 4096


def _head(fs_path: str, n: int = HEAD_BYTES) -> bytes:
    try:
        with open(fs_path, "rb") as f:
            return f.read(n)
    except OSError:
        return b""


def is_counterpoint_store(fs_path: str) -> bool:
    head = _head(fs_path, 100)
    return (
        head.startswith(SQLITE_HEADER)
        and int.from_bytes(head[APPLICATION_ID_OFFSET:APPLICATION_ID_OFFSET + 4], "big")
        == COUNTERPOINT_APPLICATION_ID
    )


def written_by_counterpoint(fs_path: str) -> bool:
    """True for a Counterpoint store (and its companions), report or JSON dossier."""
    for suffix in STORE_COMPANION_SUFFIXES:
        if fs_path.endswith(suffix) and is_counterpoint_store(fs_path[: -len(suffix)]):
            return True
    head = _head(fs_path)
    if head.startswith(SQLITE_HEADER):
        return is_counterpoint_store(fs_path)
    if head[:4] in WAL_MAGICS:
        return is_counterpoint_store(fs_path.removesuffix("-wal"))
    lowered = head.lower()
    if HTML_GENERATOR_MARK.lower() in lowered:
        return True
    return head.startswith(JSON_DOSSIER_START) and os.path.basename(fs_path).endswith(".json")
