"""Running the per-document stage in a pool of local worker processes.

`annotate_batch` is a pure function of its batch, so where a batch runs cannot change its result;
batches are submitted in input order and their results handed back in that same order, so the
caller writes the store exactly as one process would (and an interrupted run resumes the same way).

Workers are started with `spawn` (a fresh interpreter each: no copy of the parent's threads or
locks) and load the model once. Each watches its parent: when the parent dies (SIGKILL included)
the worker exits instead of lingering with a model in memory.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain

from ..errors import WorkerFailed
from ..models import DocResult, Document
from .annotate import annotate_batch

# Batches queued per worker: enough that a worker never waits for the parent, few enough that
# results held for in-order writing stay a small multiple of one batch.
IN_FLIGHT_PER_WORKER = 2
# How often a worker checks that its parent is still alive, in seconds.
PARENT_POLL_S = 1.0


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the OS reports one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)  # orphaned: the parent was killed; nothing of ours is left to write
        time.sleep(PARENT_POLL_S)


def _init_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides what stops (and says so).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="cp-parent-watch").start()
    # The model loads with the first task, not here: an error there (ModelMissing) reaches the
    # parent as itself, where an initializer's error would only break the pool.


def annotate_in_processes(batches: Iterable[list[Document]], workers: int) -> Iterator[list[DocResult]]:
    """Results of `annotate_batch` for each batch, in input order, computed by `workers` processes.

    With one worker, or when the input is a single batch (starting processes and loading the model
    in each would cost more than it saves), everything runs in this process.
    """
    it = iter(batches)
    head = [b for b in (next(it, None), next(it, None)) if b is not None]
    if workers <= 1 or len(head) < 2:
        for batch in chain(head, it):
            yield annotate_batch(batch)
        return

    import multiprocessing

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(os.getpid(),),
    )
    pending: deque[Future[list[DocResult]]] = deque()
    try:
        for batch in chain(head, it):
            pending.append(pool.submit(annotate_batch, batch))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerFailed(
            "a worker process died (out of memory or killed); documents stored so far are kept: "
            "run the same command again to resume, or with --workers 1"
        ) from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
