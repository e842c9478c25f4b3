"""Run the atheris ingest target (fuzz/ingest_fuzz.py) for a bounded time (issue 7, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "fuzz" / "ingest_fuzz.py"
FUZZ_SECONDS = 60
# libFuzzer's own memory cap per process; ingest with the target's small limits needs far less.
RSS_LIMIT_MB = 2048
# Starting inputs: first byte picks the file type (see NAMES in the target), the rest is content.
SEEDS = {
    "html": bytes([2]) + b'<html><head><meta charset="latin-1"><title>T</title></head><body><p>'
    b"Police said 12 people were killed in Almaty on Sunday.</p></body></html>",
    "jsonl": bytes([4]) + b'{"text": "Police said 12 were detained.", "published": "2022-01-09"}\n{"text": 5}\n',
    "txt": bytes([0]) + "Le ministère a déclaré 164 morts.\n".encode("latin-1"),
    "gz": bytes([0x86]) + b"Reuters reported 7,939 detained as of January 10.",
}


@pytest.mark.slow
def test_ingest_fuzz_target_runs_clean(tmp_path):
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in SEEDS.items():
        (corpus / name).write_bytes(data)
    artifacts = tmp_path / "crashes"
    artifacts.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run(
        [sys.executable, str(TARGET), f"-max_total_time={FUZZ_SECONDS}", f"-rss_limit_mb={RSS_LIMIT_MB}",
         f"-artifact_prefix={artifacts}/", str(corpus)],
        cwd=tmp_path, env=env, capture_output=True, text=True, errors="backslashreplace",
        timeout=FUZZ_SECONDS + 120,
    )
    tail = proc.stderr[-5000:]
    print(tail.splitlines()[-1] if tail else "")
    assert proc.returncode == 0, f"the fuzzer found a failure (inputs in {artifacts}):\n{tail}"
    assert "Done" in proc.stderr, tail
    assert not any(artifacts.iterdir()), f"crash inputs written: {sorted(p.name for p in artifacts.iterdir())}"
