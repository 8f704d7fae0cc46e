"""Concurrency: reads (store and API) go on without errors while `newsgraph ingest` writes.

SQLite in WAL mode lets readers work beside the one writer, and the writer
takes its lock one article at a time.  Readers here give up after a one-second
busy timeout and a second writer after five, so a lock held for a whole
ingest, or a reader blocked by the writer, fails the test as an error.
"""

from __future__ import annotations

import json
import random
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.store.db import connect, write_records
from test_crash_harness import start, synthetic_text, warm_up

READERS = 3
SEED_ARTICLES = 10
# The pipeline parses 32 articles at a time and writes them in a burst, so the ingest needs several
# batches for the readers to see the store between writes.
NEW_ARTICLES = 70


@pytest.fixture(scope="module")
def warm() -> None:
    warm_up()


def seeded_store(tmp: Path) -> tuple[Path, Path]:
    """A store holding a few records already, and a JSON Lines corpus of new articles to ingest into it."""
    rng = random.Random(5)
    db = tmp / "concurrent.db"
    conn = connect(db)
    write_records(conn, [{"id": f"seed{i}", "text": synthetic_text(rng, i, 0), "error": None, "url": None,
                          "title": f"Seed {i}", "entities": [], "quotes": []} for i in range(SEED_ARTICLES)])
    conn.close()
    corpus = tmp / "new.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"new{i}", "text": synthetic_text(rng, i, 1)}) + "\n"
                              for i in range(NEW_ARTICLES)), encoding="utf-8")
    return db, corpus


def while_ingesting(db: Path, corpus: Path, work: Callable[[], None], threads: int) -> tuple[list[str], int]:
    """Run ``work`` in threads, over and over, until a forked `newsgraph ingest` of ``corpus`` ends.

    Returns the errors the threads raised and the ingest's exit status.
    """
    child = start(["ingest", str(corpus), "--db", str(db)])
    errors: list[str] = []
    done = threading.Event()

    def loop() -> None:
        while not done.is_set():
            try:
                work()
            except Exception as exc:  # noqa: BLE001 - every failure is reported by the test
                errors.append(f"{type(exc).__name__}: {exc}")

    pool = [threading.Thread(target=loop, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    child.join(300)
    done.set()
    for thread in pool:
        thread.join(60)
    return errors, int(child.exitcode if child.exitcode is not None else -1)


def test_store_reads_and_a_second_writer_during_ingest(tmp_path: Path, warm: None) -> None:
    db, corpus = seeded_store(tmp_path)
    seen_counts: list[int] = []

    def read() -> None:
        conn = connect(db, readonly=True)
        conn.execute("PRAGMA busy_timeout=1000")
        try:
            count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            seen_counts.append(count)
            for row in conn.execute("SELECT id, record FROM articles ORDER BY rowid DESC LIMIT 5"):
                assert json.loads(row["record"])["id"] == row["id"]
            conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minister'").fetchone()
        finally:
            conn.close()

    def read_or_write() -> None:
        if random.random() < 0.2:
            writer = sqlite3.connect(str(db), timeout=5, isolation_level=None)
            try:
                writer.execute("BEGIN IMMEDIATE")
                writer.execute("ROLLBACK")
            finally:
                writer.close()
        else:
            read()

    errors, status = while_ingesting(db, corpus, read_or_write, READERS)
    assert status == 0
    assert errors == []
    assert min(seen_counts) >= SEED_ARTICLES
    assert len(set(seen_counts)) > 2, "the reads did not overlap the writes"
    final = connect(db, readonly=True)
    assert final.execute("SELECT count(*) FROM articles").fetchone()[0] == SEED_ARTICLES + NEW_ARTICLES
    assert final.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


API_PATHS = ["/api/articles", "/api/articles?q=minister", "/api/articles/seed1", "/api/events", "/api/quotes",
             "/api/speakers", "/api/claims", "/api/actors", "/api/places", "/api/outlets", "/api/events/timeline",
             "/api/network"]


def test_api_serves_reads_during_ingest(tmp_path: Path, warm: None) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app

    db, corpus = seeded_store(tmp_path)
    app = create_app(db, query_timeout=5.0)
    statuses: list[int] = []
    local = threading.local()

    def get() -> None:
        client = getattr(local, "client", None) or TestClient(app)
        local.client = client
        path = random.choice(API_PATHS)
        response = client.get(path)
        statuses.append(response.status_code)
        assert response.status_code == 200, (path, response.status_code, response.text[:300])
        assert response.headers["content-type"].startswith("application/json")

    errors, status = while_ingesting(db, corpus, get, READERS)
    assert status == 0
    assert errors == []
    assert len(statuses) >= 20
