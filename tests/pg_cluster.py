"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary directory,
serve on a unix socket there (no TCP port to collide with), stop and delete it afterwards.

PostgreSQL refuses to run as root: under root the server runs as the `postgres` system user
(Debian's package creates it), which then owns the temporary directory.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The socket's port number (only names the socket file: the directory is private to the cluster).
PORT = 5432
# Server settings for a disposable cluster: no TCP, and the tests need no crash safety.
TEST_SETTINGS = ("listen_addresses=''", "fsync=off", "full_page_writes=off")
START_TIMEOUT_S = 60


def server_bin() -> Path | None:
    """The directory of initdb/pg_ctl: Debian's versioned directory, else the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


@dataclass
class Cluster:
    base: Path
    bindir: Path
    run_as: list[str]

    @property
    def url(self) -> str:
        return self.database_url("postgres")

    def database_url(self, name: str) -> str:
        return f"postgresql://postgres@/{name}?host={self.base}&port={PORT}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, timeout=START_TIMEOUT_S)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


def start(settings: tuple[str, ...] = TEST_SETTINGS) -> Cluster:
    """Start a cluster (raises RuntimeError when PostgreSQL's server programs are not installed)."""
    bindir = server_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    base = Path(tempfile.mkdtemp(prefix="cp-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chmod(base, 0o755)
        os.chown(base, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(base=base, bindir=bindir, run_as=run_as)
    try:
        cluster._run(str(bindir / "initdb"), "-D", str(base / "data"), "-A", "trust", "-U", "postgres",
                     "-E", "UTF8", "--locale=C", "--no-sync")
        opts = " ".join(["-k", str(base), "-p", str(PORT)] + [f"-c {s}" for s in settings])
        cluster._run(str(bindir / "pg_ctl"), "-D", str(base / "data"), "-o", opts, "-l", str(base / "log"),
                     "-w", "-t", str(START_TIMEOUT_S), "start")
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    return cluster
