"""Ingest: files, folders, HTML and JSONL batches in; cleaned `Document` records out.

`read_documents` is the entry point; `Limits` bounds what is read. Stages, one module each:
discover (find files) -> readers (bytes within limits, decode, one record per article) ->
htmltext (trafilatura, guarded) -> decode.normalize_text -> boilerplate -> metadata ->
language -> documents (ids, hashes).
"""

from __future__ import annotations

from .documents import read_documents
from .limits import Limits

__all__ = ["Limits", "read_documents"]
