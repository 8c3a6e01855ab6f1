"""A throwaway PostgreSQL server for tests and benchmarks (Debian's postgresql binaries).

Runs initdb and pg_ctl in a temporary folder on a free loopback port; as root it runs
them as the `postgres` user, which PostgreSQL requires.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    return bool(find_bin("initdb") and find_bin("pg_ctl"))


class LocalPostgres:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
        self.data = self.folder / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql://eventwire@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(prefix + list(args), check=True, capture_output=True, text=True)

    def start(self) -> "LocalPostgres":
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self._run(find_bin("initdb") or "initdb", "-D", str(self.data), "-A", "trust", "-U", "eventwire", "-E", "UTF8")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(find_bin("pg_ctl") or "pg_ctl", "-D", str(self.data), "-o", options,
                  "-l", str(self.folder / "log"), "-w", "start")
        return self

    def database(self, name: str) -> str:
        """A fresh database on this server; its URL."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}"')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        try:
            self._run(find_bin("pg_ctl") or "pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
