"""What the benchmarks share: each size in a fresh process (peak memory is per size, and one
size's caches cannot help the next), its peak RSS, and the log-log slope of a cost against size.

A benchmark script calls itself with its internal `--one N` option through `run_fresh`; the
child prints its result as the last line of standard output, in JSON.
"""

from __future__ import annotations

import json
import math
import resource
import subprocess
import sys
from collections.abc import Sequence


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_fresh(script: str, args: Sequence[str]) -> dict:
    """Run `script` with `args` in a new Python process and return the JSON of its last line."""
    # stderr passes through: a long size's progress lines show while it runs
    run = subprocess.run([sys.executable, script, *args], stdout=subprocess.PIPE, text=True)
    run.check_returncode()
    return json.loads(run.stdout.strip().splitlines()[-1])


def loglog_slope(results: Sequence[dict], key: str, size_key: str = "n") -> float | None:
    """Least-squares slope of log(result[key]) against log(result[size_key]); None under 2 points."""
    if len(results) < 2:
        return None
    xs = [math.log(r[size_key]) for r in results]
    ys = [math.log(r[key]) for r in results]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
