"""Find the input files under the paths a user gives: recursive, sorted, loop-safe.

Directory walks follow symbolic links (scraped folders often use them) but never enter the
same real directory twice, so a link back to a parent cannot loop. Problems with a path
(missing, unreadable directory, broken link, loop, a FIFO/device/socket, named or found while
walking) are reported as `Found.problem` so the caller can turn them into skipped documents
instead of stopping.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .decode import display_path
from .own_files import written_by_counterpoint

# Names a directory walk passes over: documentation next to the articles and metadata files
# that belong to another file. They are still read when named explicitly.
WALK_IGNORED_NAMES = re.compile(
    r"^(readme|license|licence|notes|changelog|copying)(\.[a-z0-9]+)?$|\.meta\.json$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """One input file (or a path that could not be used, with `problem` set)."""

    fs_path: str  # the path to open (may hold surrogate-escaped bytes)
    path: str  # the same path made safe to display and store
    problem: str | None = None


def _describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (check the file's permissions)"
    return exc.strerror or type(exc).__name__


# What a non-regular file is, for the skip reason (stat.S_IS* test, name shown to the user).
_FILE_KINDS: tuple[tuple[object, str], ...] = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDOOR, "door"),
    (stat.S_ISPORT, "event port"),
    (stat.S_ISWHT, "whiteout"),
)


def _file_kind(mode: int) -> str:
    for test, name in _FILE_KINDS:
        if test(mode):  # type: ignore[operator]
            return name
    return "special file"


def iter_inputs(paths: Sequence[str | Path], *, exclude: Sequence[str | Path] = ()) -> Iterator[Found]:
    """Yield every file under `paths` once, in the given order and sorted within directories.

    Files and directories in `exclude` (compared by real path) are passed over, as are files
    Counterpoint wrote itself (own_files).
    """
    excluded = {os.path.realpath(p) for p in exclude}
    seen_files: set[str] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for p in paths:
        fs = os.fspath(p)
        yield from _visit(fs, excluded=excluded, seen_files=seen_files, seen_dirs=seen_dirs)


def _visit(
    fs: str,
    *,
    excluded: set[str],
    seen_files: set[str],
    seen_dirs: set[tuple[int, int]],
) -> Iterator[Found]:
    shown = display_path(fs)
    try:
        st = os.stat(fs)  # follows links; raises ELOOP on a self-referencing link
    except OSError as exc:
        if os.path.islink(fs) and exc.errno == errno.ENOENT:
            yield Found(fs_path=fs, path=shown, problem="broken symbolic link (its target does not exist)")
        else:
            yield Found(fs_path=fs, path=shown, problem=_describe_os_error(exc))
        return
    if os.path.isdir(fs):
        if os.path.realpath(fs) in excluded:
            return  # the run's own output folder: never read back as input
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return  # a link back into a directory already walked: the loop ends here
        seen_dirs.add(key)
        try:
            with os.scandir(fs) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            yield Found(fs_path=fs, path=shown, problem=f"cannot list directory: {_describe_os_error(exc)}")
            return
        for name in names:
            if name.startswith(".") or WALK_IGNORED_NAMES.search(name):
                continue
            yield from _visit(
                os.path.join(fs, name),
                excluded=excluded,
                seen_files=seen_files,
                seen_dirs=seen_dirs,
            )
        return
    if not stat.S_ISREG(st.st_mode):
        # Found while walking or named explicitly alike: a user who points at a folder holding
        # a pipe or a link to /dev/zero should see why it was not read, not lose it silently.
        # Never opened: a FIFO would block and a device could stream forever.
        if os.path.realpath(fs) in excluded or fs in seen_files:
            return
        seen_files.add(fs)
        yield Found(fs_path=fs, path=shown, problem=f"not a regular file ({_file_kind(st.st_mode)})")
        return
    real = os.path.realpath(fs)
    if real in excluded or fs in seen_files:
        return
    seen_files.add(fs)
    if written_by_counterpoint(fs):
        return  # a store, report or dossier from an earlier run, not an article
    yield Found(fs_path=fs, path=shown)
