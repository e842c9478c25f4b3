"""Running the per-document stage in a pool of local worker processes.

`annotate_batch` is a pure function of its batch, so where a batch runs cannot change its result;
batches are submitted in input order and their results handed back in that same order, so the
caller writes the store exactly as one process would (and an interrupted run resumes the same way).

Where the OS can `fork`, the parent loads the model and annotates the first document itself
(that warms every lazy table the extractors read), then forks the workers: each starts with the
model and tables in place, shared copy-on-write, as spaCy's own `nlp.pipe(n_process=...)` does.
Started with `spawn` instead (a fresh interpreter each), every worker paid the import, the model
load and the first call again: about 4 CPU seconds per worker, most of what a 100-article run
with 2 workers lost against bare spaCy in 2 processes. Elsewhere (no `fork`) workers are spawned
and load the model with their first task. A forked worker drops the logging handlers it inherited
(a console lock another parent thread held at the fork would stay held in the child): its records
reach stderr through logging's last resort, as a spawned worker's do. Each worker watches its
parent: when the parent dies (SIGKILL included) the worker exits instead of lingering with a model
in memory.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain

from ..errors import WorkerFailed
from ..models import DocResult, Document
from .annotate import annotate_batch, needs_nlp

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


def _init_worker(parent: int, forked: bool) -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides what stops (and says so).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if forked:
        import logging

        logging.getLogger().handlers.clear()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="cp-parent-watch").start()
    # A spawned worker loads the model with its first task, not here: an error there
    # (ModelMissing) reaches the parent as itself, where an initializer's error would only break
    # the pool.


def _start_method() -> str:
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def annotate_in_processes(batches: Iterable[list[Document]], workers: int,
                          on_pool_started: Callable[[], None] | None = None) -> Iterator[list[DocResult]]:
    """Results of `annotate_batch` for each batch, in input order, computed by `workers` processes.

    With one worker, or when the input is a single batch (starting processes and loading the model
    in each would cost more than it saves), everything runs in this process. Results are a pure
    function of each document, so the first document annotated here and the rest of its batch in
    a worker give what the whole batch would.

    `on_pool_started` is called once every worker exists (a forked pool starts them all with its
    first task): from then on this process may start threads, since no fork follows.
    """
    it = iter(batches)
    head = [b for b in (next(it, None), next(it, None)) if b is not None]
    if workers <= 1 or len(head) < 2:
        for batch in chain(head, it):
            yield annotate_batch(batch)
        return

    import multiprocessing

    method = _start_method()
    if method == "fork":
        # The model and the extractors' tables load (and warm) here once, before the fork: this
        # process annotates the first batch up to its first document that needs the model.
        k = next((i for i, d in enumerate(head[0]) if needs_nlp(d)), None)
        if k is not None:
            yield annotate_batch(head[0][:k + 1])
            head = [head[0][k + 1:], head[1]] if k + 1 < len(head[0]) else [head[1]]
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(os.getpid(), method == "fork"),
    )
    pending: deque[Future[list[DocResult]]] = deque()
    try:
        for batch in chain(head, it):
            pending.append(pool.submit(annotate_batch, batch))
            if on_pool_started is not None:
                on_pool_started()
                on_pool_started = None
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
