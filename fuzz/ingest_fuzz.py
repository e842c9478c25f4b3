"""Atheris target for ingest: arbitrary bytes as a file of each supported type.

    python fuzz/ingest_fuzz.py -max_total_time=60 [-rss_limit_mb=2048] [CORPUS_DIR]

The first input byte picks the file type; the rest is the file's content. `read_documents` must
turn every input into documents (usable, or skipped with a reason) and never raise: one bad
file must not stop a run over a folder of them.
"""

from __future__ import annotations

import gzip
import os
import sys
import tempfile

import atheris

with atheris.instrument_imports(include=["counterpoint"]):
    from counterpoint.ingest import Limits, read_documents

# Names that reach each reader (readers.SUPPORTED: .txt, .md, .html, .htm, .jsonl and .gz of these)
NAMES = ("a.txt", "a.md", "a.html", "a.htm", "a.jsonl", "a.ndjson", "a.txt.gz", "a.html.gz", "a.jsonl.gz",
         "a.bin")
# Small limits keep each execution fast; the limits themselves are fuzzed through small files.
LIMITS = Limits(max_bytes=256 * 1024, max_jsonl_bytes=1024 * 1024)
WORKDIR = tempfile.mkdtemp(prefix="cp-ingest-fuzz-")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    body = data[1:]
    if name.endswith(".gz") and data[0] & 0x80:
        body = gzip.compress(body)  # half the time a valid gzip stream, half raw bytes named .gz
    path = os.path.join(WORKDIR, name)
    with open(path, "wb") as fh:
        fh.write(body)
    try:
        docs = list(read_documents([path], limits=LIMITS))
    finally:
        os.unlink(path)
    if not docs and not name.endswith(("jsonl", "ndjson", "jsonl.gz")):
        raise AssertionError(f"{name}: no document and no skip reason")
    for d in docs:
        if d.status == "ok":
            assert d.text and d.text.strip(), d
            d.text.encode("utf-8")  # storable: no lone surrogates
        else:
            assert d.status == "skipped" and d.reason, d


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
