"""Read-only database access for the API: one connection per worker thread, each query time-boxed."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgraph.store.db import connect


class ReadOnlyStore:
    """Opens the SQLite file read-only (``mode=ro`` plus ``query_only``) and aborts queries that run too long."""

    def __init__(self, path: str | Path, query_timeout: float = 5.0) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"no database at {self.path}")
        self.query_timeout = query_timeout
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use (sqlite3 connections must not be shared by threads)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, readonly=True)
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA cache_size=-32000")
            conn.set_progress_handler(self._over_time, 20_000)
            self._local.conn = conn
            self._local.deadline = float("inf")
        return conn

    def _over_time(self) -> int:
        """SQLite calls this every few thousand steps; non-zero interrupts the query."""
        return int(time.monotonic() > self._local.deadline)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection whose queries are interrupted after ``query_timeout`` seconds."""
        conn = self._connection()
        self._local.deadline = time.monotonic() + self.query_timeout
        try:
            yield conn
        finally:
            self._local.deadline = float("inf")
