"""Run `counterpoint` in a child process and watch its store from outside (read-only)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

# How often the watcher looks at the store: short, so a kill lands inside a batch of writes.
POLL_S = 0.003


def cli(args: list[str]) -> tuple[subprocess.Popen, IO[bytes]]:
    """Start `counterpoint ARGS`; stderr goes to a temporary file (a full pipe would stall it)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "counterpoint.cli", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=err)
    return proc, err


def read_err(err: IO[bytes]) -> str:
    err.seek(0)
    text = err.read().decode("utf-8", "backslashreplace")
    err.close()
    return text


def stored_documents(db: Path) -> int:
    """Documents committed so far, read without taking any lock a writer needs."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet, or the file is being created


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    killed: bool
    returncode: int
    docs_at_end: int
    stderr: str


def run_until(args: list[str], db: Path, condition: Callable[[], bool], *, timeout_s: float) -> Outcome:
    """Start the CLI; SIGKILL it the moment `condition()` holds, else let it finish."""
    proc, errfile = cli(args)
    deadline = time.monotonic() + timeout_s
    killed = False
    try:
        while proc.poll() is None:
            if condition():
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
            if time.monotonic() > deadline:
                proc.kill()
                raise TimeoutError(f"counterpoint {' '.join(args)} ran over {timeout_s:.0f} s")
            time.sleep(POLL_S)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return Outcome(killed=killed, returncode=proc.returncode, docs_at_end=stored_documents(db),
                   stderr=read_err(errfile))
