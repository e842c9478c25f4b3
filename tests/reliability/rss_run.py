"""Run the `counterpoint` CLI in this process and record its peak memory.

    python rss_run.py RSS_FILE analyze PATH ... -> exit code of the CLI; RSS_FILE gets JSON
    {"self_kib": ..., "children_kib": ...} (KiB)

self_kib is VmHWM from /proc/self/status: the peak of this process's own address space.
ru_maxrss would not do: Linux keeps it across fork and exec, so it reports the forking pytest
process's peak when that is larger.
"""

from __future__ import annotations

import json
import re
import resource
import runpy
import sys


def _vm_hwm_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        m = re.search(r"^VmHWM:\s+(\d+) kB", fh.read(), re.M)
    return int(m.group(1)) if m else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    rss_file, *args = sys.argv[1:]
    sys.argv = ["counterpoint", *args]
    code: int = 0
    try:
        runpy.run_module("counterpoint.cli", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        usage = {
            "self_kib": _vm_hwm_kib(),
            "children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        }
        with open(rss_file, "w", encoding="utf-8") as fh:
            json.dump(usage, fh)
    return code


if __name__ == "__main__":
    sys.exit(main())
