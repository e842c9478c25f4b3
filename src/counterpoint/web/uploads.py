"""Uploaded articles: saved under the store's upload folder, analyzed in a background thread.

One job runs at a time (the store has one writer anyway); each job reports its progress
(documents done, the file being read) for the job page to show.
"""

from __future__ import annotations

import re
import threading
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import CounterpointError

# Upload file names are reduced to this alphabet and length before touching the disk.
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME_CHARS = 80
MAX_FILES_PER_UPLOAD = 50


def safe_name(name: str | None, index: int) -> str:
    """A file name safe to create inside the job folder (no separators, no dot-files)."""
    base = Path((name or "").replace("\\", "/")).name
    base = _NAME_UNSAFE.sub("_", base).strip("._")[:MAX_NAME_CHARS]
    return f"{index:03d}_{base or 'upload.txt'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class JobState:
    id: str
    files: int
    done: int = 0
    current: str = ""
    status: str = "queued"  # queued | running | finished | failed
    message: str = ""


class Jobs:
    """Background analysis of uploads; job states are replaced whole under a lock."""

    def __init__(self, db_path: Path, upload_dir: Path) -> None:
        self.db_path = db_path
        self.upload_dir = upload_dir
        self._states: dict[str, JobState] = {}
        self._lock = threading.Lock()
        self._run_lock = threading.Lock()  # one analysis at a time

    def get(self, job_id: str) -> JobState | None:
        with self._lock:
            return self._states.get(job_id)

    def _set(self, job_id: str, **changes: object) -> None:
        with self._lock:
            self._states[job_id] = replace(self._states[job_id], **changes)  # type: ignore[arg-type]

    def submit(self, files: list[tuple[str | None, bytes]]) -> JobState:
        job_id = uuid.uuid4().hex
        folder = self.upload_dir / job_id
        folder.mkdir(parents=True, exist_ok=False)
        paths = []
        for i, (name, data) in enumerate(files[:MAX_FILES_PER_UPLOAD]):
            p = folder / safe_name(name, i)
            p.write_bytes(data)
            paths.append(p)
        state = JobState(id=job_id, files=len(paths))
        with self._lock:
            self._states[job_id] = state
        threading.Thread(target=self._run, args=(job_id, paths), name=f"upload-{job_id[:8]}", daemon=True).start()
        return state

    def _run(self, job_id: str, paths: list[Path]) -> None:
        from .. import pipeline

        with self._run_lock:
            self._set(job_id, status="running", message="analyzing")

            def progress(n: int, path: str) -> None:
                self._set(job_id, done=n, current=Path(path).name)

            try:
                summary, _ = pipeline.analyze_into_store(paths, self.db_path, progress=progress)
            except CounterpointError as exc:
                self._set(job_id, status="failed", message=str(exc))
                return
            except Exception as exc:
                self._set(job_id, status="failed", message=f"unexpected error: {type(exc).__name__}: {exc}")
                return
            self._set(job_id, status="finished", done=len(paths),
                      message=f"{getattr(summary, 'new', len(paths))} new document(s) analyzed and reconciled")
