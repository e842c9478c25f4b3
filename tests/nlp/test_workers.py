"""The per-document stage in local worker processes: the same bytes as one process, in order,
and no worker left behind when the parent is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counterpoint.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = Path("examples") / "kazakhstan-2022"
GOLDEN = ROOT / "tests" / "golden" / "example_dossier.json"


def test_two_workers_give_the_one_process_dossier_byte_for_byte(tmp_path, monkeypatch):
    # 14 documents: two worker batches, so the pool really runs (one batch stays in-process)
    monkeypatch.chdir(ROOT)
    analyze([EXAMPLE], out_dir=tmp_path / "two", workers=2)
    assert (tmp_path / "two" / "dossier.json").read_bytes() == GOLDEN.read_bytes()


def test_results_come_back_in_input_order_from_the_pool():
    from counterpoint.models import Document
    from counterpoint.nlp.workers import annotate_in_processes

    # skipped documents need no model: this checks ordering and plumbing cheaply
    batches = [[Document(id=f"d{b}-{i}", path=f"p{b}-{i}", status="skipped", reason="test")
                for i in range(3)] for b in range(5)]
    got = [r.document.id for results in annotate_in_processes(batches, 2) for r in results]
    assert got == [d.id for batch in batches for d in batch]


def test_a_worker_that_dies_is_a_clear_error():
    import psutil

    from counterpoint.errors import WorkerFailed
    from counterpoint.models import Document
    from counterpoint.nlp.workers import annotate_in_processes

    def docs(b: int) -> list[Document]:
        return [Document(id=f"d{b}", path="p", status="skipped", reason="test")]

    def batches():
        yield from (docs(b) for b in range(3))  # the pool is up once the first two are submitted
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            workers = [p for p in psutil.Process().children()
                       if "resource_tracker" not in " ".join(p.cmdline())]
            if workers:
                break
            time.sleep(0.1)
        for w in workers:
            w.kill()  # as the kernel's OOM killer would
        time.sleep(1)
        yield from (docs(b) for b in range(3, 30))

    with pytest.raises(WorkerFailed, match="run the same command again"):
        for _ in annotate_in_processes(batches(), 2):
            pass


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find the worker processes")
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    code = (
        "from counterpoint.models import Document\n"
        "from counterpoint.nlp.workers import annotate_in_processes\n"
        "import time\n"
        "def batches():\n"
        "    for b in range(4):\n"
        "        yield [Document(id=f'd{b}', path='p', status='skipped', reason='t')]\n"
        "    time.sleep(600)\n"  # the parent hangs while its workers are up
        "for _ in annotate_in_processes(batches(), 2): print('batch', flush=True)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    parent = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            workers = [c for c in _children(parent.pid) if "resource_tracker" not in
                       Path(f"/proc/{c}/cmdline").read_text(errors="replace")] if parent.poll() is None else []
            time.sleep(0.2)
        assert len(workers) >= 2, "the pool never started"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "a worker outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()


def _skipped(n: int, tag: str = "d") -> list:
    from counterpoint.models import Document

    return [Document(id=f"{tag}{i}", path=f"p{i}", status="skipped", reason="test") for i in range(n)]


def test_the_pool_says_once_when_every_worker_exists():
    from counterpoint.nlp.workers import annotate_in_processes

    calls: list[int] = []
    batches = [_skipped(2, f"b{b}-") for b in range(4)]
    got = [r.document.id for rs in annotate_in_processes(batches, 2, on_pool_started=lambda: calls.append(1))
           for r in rs]
    assert calls == [1] and got == [d.id for b in batches for d in b]
    calls.clear()
    list(annotate_in_processes([_skipped(2)], 2, on_pool_started=lambda: calls.append(1)))
    assert calls == []  # one batch: no pool, nothing to overlap


def test_corpus_tables_load_in_a_thread_while_workers_annotate(monkeypatch):
    import threading

    import counterpoint.corpus as corpus
    from counterpoint import pipeline

    seen: list[str] = []
    monkeypatch.setattr(corpus, "warm_up", lambda: seen.append(threading.current_thread().name))
    warming: list[threading.Thread] = []
    docs = _skipped(3 * pipeline.WORKER_BATCH_DOCS)
    got = [r.document.id for rs in pipeline._annotated(docs, None, 2, warming) for r in rs]
    for t in warming:
        t.join()
    assert got == [d.id for d in docs]
    assert seen == ["cp-corpus-warm-up"] and len(warming) == 1
    seen.clear()
    list(pipeline._annotated(_skipped(3 * pipeline.WORKER_BATCH_DOCS), None, 1, warming))
    assert seen == []  # one process: the corpus stage loads its tables itself, as before
