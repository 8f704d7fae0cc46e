"""Read-only database access for the API: one connection per worker thread, each query time-boxed."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgraph.store.db import connect


class ReadOnlyStore:
    """Opens the SQLite file read-only (``mode=ro`` plus ``query_only``) and aborts queries that run too long."""

    def __init__(self, path: str | Path, query_timeout: float = 5.0, cache_size: int = 256) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"no database at {self.path}")
        self.query_timeout = query_timeout
        self._local = threading.local()
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

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
    def connection(self, timeout: float | None = None) -> Iterator[sqlite3.Connection]:
        """A connection whose queries are interrupted after ``timeout`` (default ``query_timeout``) seconds."""
        conn = self._connection()
        self._local.deadline = time.monotonic() + (self.query_timeout if timeout is None else timeout)
        try:
            yield conn
        finally:
            self._local.deadline = float("inf")

    def data_version(self) -> tuple[int, ...]:
        """Changes whenever a writer commits: modification times and sizes of the database and its WAL."""
        stamp: list[int] = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                info = path.stat()
                stamp += [info.st_mtime_ns, info.st_size]
            except FileNotFoundError:
                stamp += [0, 0]
        return tuple(stamp)

    def cached(self, fn: Callable[..., Any], *args: Any, timeout: float | None = None) -> Any:
        """``fn(conn, *args)``, remembered until the database changes (for whole-store aggregates)."""
        key = (fn.__module__, fn.__qualname__, repr(args), self.data_version())
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        with self.connection(timeout) as conn:
            value = fn(conn, *args)
        with self._cache_lock:
            self._cache[key] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value
