"""Kill-and-restart harness for `newsgraph ingest` and `newsgraph run` (used by test_crash_safety, bench/crash_soak).

The commands run in forked children of a process that has already imported
newsgraph and loaded the model, so that a round costs the work of the command,
not the start-up; each child is the real Typer command, killed with SIGKILL.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SENTENCES = [
    "Officials in {city} said on Monday that talks with {other} went well.",
    "The minister told reporters the plan would cost ${n} million.",
    '"We will continue to work together," the spokesman said.',
    "Protesters gathered outside the embassy in {other} on Tuesday.",
    "The government agreed to send {n} tons of aid to the region.",
]
CITIES = ["Seoul", "Tokyo", "Berlin", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo"]


def warm_up() -> None:
    """Import the CLI and run one article through every stage, so forked children start warm."""
    import newsgraph.cli  # noqa: F401
    from newsgraph.model import Article
    from newsgraph.pipeline import process_batch

    process_batch([Article(id="warm", text=synthetic_text(random.Random(0), 0, 0))])


def synthetic_text(rng: random.Random, number: int, version: int) -> str:
    """A short news-like article; ``version`` changes its text so a rerun must update it."""
    parts = [s.format(city=rng.choice(CITIES), other=rng.choice(CITIES), n=rng.randint(2, 900))
             for s in rng.sample(SENTENCES, 3)]
    return f"Report {number} [v{version}]. " + " ".join(parts)


def _child(argv: list[str]) -> None:
    """Body of a forked child: the real `newsgraph` command, its exit status as the process's."""
    from newsgraph.cli import app

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - the child ends with os._exit
    try:
        app(argv, prog_name="newsgraph")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - any crash is a non-zero exit the harness reports
        code = 3
    os._exit(code)


def start(argv: list[str]) -> multiprocessing.Process:
    """Start `newsgraph <argv>` in a forked child."""
    process = multiprocessing.get_context("fork").Process(target=_child, args=(argv,), daemon=True)
    process.start()
    return process


def finish(argv: list[str], timeout: float = 240) -> int:
    """Run `newsgraph <argv>` to the end; its exit status."""
    process = start(argv)
    process.join(timeout)
    if process.is_alive():
        process.kill()
        process.join()
        raise TimeoutError(f"newsgraph {' '.join(argv)} did not finish in {timeout} s")
    return int(process.exitcode or 0)


def kill_when(process: multiprocessing.Process, ready: Callable[[], bool], limit: float = 120) -> bool:
    """SIGKILL ``process`` as soon as ``ready()`` holds; False when it finished first."""
    deadline = time.monotonic() + limit
    while process.is_alive() and time.monotonic() < deadline:
        if ready():
            process.kill()
            process.join()
            return True
        time.sleep(0.002)
    process.join()
    return False


def read_db(db: Path, sql: str, args: tuple = ()) -> list[tuple]:
    """Rows of a read-only query; [] while the database does not exist yet."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def count_like(db: Path, pattern: str) -> int:
    """Stored articles whose text matches the LIKE ``pattern`` (0 before the store exists)."""
    rows = read_db(db, "SELECT count(*) FROM articles WHERE text LIKE ?", (pattern,))
    return int(rows[0][0]) if rows else 0


def db_problems(db: Path, expected: dict[str, str] | None = None) -> list[str]:
    """What is wrong with the store: integrity, full-text indexes, orphans, and (given ``expected``)
    articles missing, extra or stale.  [] when all is well."""
    problems = []
    conn = sqlite3.connect(str(db), timeout=60)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            problems.append(f"integrity_check: {check[:3]}")
        migrated = conn.execute("SELECT count(*) FROM sqlite_master WHERE name='articles'").fetchone()[0]
        if not migrated:  # killed before the first migration committed: nothing stored yet
            return problems + ([] if expected is None else ["no articles table after a completed run"])
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"articles_fts: {exc}")
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        if n_articles != n_fts:
            problems.append(f"{n_articles} articles but {n_fts} full-text rows")
        n_quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        n_quote_fts = conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
        if n_quotes != n_quote_fts:
            problems.append(f"{n_quotes} quotes but {n_quote_fts} quote full-text rows")
        for table in ("entities", "quotes", "events", "claims", "dates", "places"):
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            if orphans:
                problems.append(f"{orphans} orphan rows in {table}")
        rows = conn.execute("SELECT id, text, record FROM articles").fetchall()
    finally:
        conn.close()
    for article_id, _text, record in rows:
        if json.loads(record)["id"] != article_id:
            problems.append(f"record of {article_id} has another id")
    if expected is not None:
        stored = {article_id: text for article_id, text, _ in rows}
        missing = sorted(set(expected) - set(stored))
        extra = sorted(set(stored) - set(expected))
        stale = sorted(k for k in set(expected) & set(stored) if stored[k] != expected[k])
        if missing or extra or stale or len(rows) != len(expected):
            problems.append(f"missing {missing[:5]}, extra {extra[:5]}, stale {stale[:5]}, rows {len(rows)}")
    return problems


@dataclass
class SoakResult:
    kills: int = 0
    finished_first: int = 0
    restarts: int = 0
    failed_restarts: int = 0
    problems: list[str] = field(default_factory=list)
    articles: int = 0
    mid_write: int = 0  # kills after some but not all of the run's changes were stored


def ingest_soak(tmp: Path, kills: int, articles: int = 16, seed: int = 0) -> SoakResult:
    """Kill `newsgraph ingest` ``kills`` times at random points of its writes; restart it to the end each time.

    Every round changes the text of some articles, so the killed run is updating
    (delete + insert) as well as leaving others unchanged.
    """
    rng = random.Random(seed)
    corpus, db = tmp / "corpus.jsonl", tmp / "crash.db"
    texts = {f"a{i:03d}": synthetic_text(rng, i, 0) for i in range(articles)}
    result = SoakResult(articles=articles)
    argv = ["ingest", str(corpus), "--db", str(db)]
    version = 0
    while result.kills < kills:
        version += 1
        changed = rng.sample(sorted(texts), rng.randint(1, articles))
        for key in changed:
            texts[key] = synthetic_text(rng, int(key[1:]), version)
        corpus.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items()),
                          encoding="utf-8")
        target = rng.randint(0, len(changed))
        marker = f"%[v{version}]%"
        child = start(argv)
        if kill_when(child, lambda marker=marker, target=target: count_like(db, marker) >= target):
            result.kills += 1
            result.mid_write += 0 < count_like(db, marker) < len(changed)
            result.problems += [f"after kill {result.kills}: {p}" for p in db_problems(db)]
        else:
            result.finished_first += 1
        result.restarts += 1
        if finish(argv) != 0:
            result.failed_restarts += 1
        result.problems += [f"after restart {result.restarts}: {p}" for p in db_problems(db, texts)]
    return result


def run_soak(tmp: Path, kills: int, articles: int = 40, seed: int = 0) -> SoakResult:
    """Kill `newsgraph run ... --db` ``kills`` times at random moments; rerun (resume) it to the end each time."""
    rng = random.Random(seed)
    corpus = tmp / "corpus"
    corpus.mkdir()
    texts = {}
    for i in range(articles):
        key = f"r{i:03d}"
        texts[key] = synthetic_text(rng, i, 0)
        (corpus / f"{key}.jsonl").write_text(json.dumps({"id": key, "text": texts[key]}) + "\n", encoding="utf-8")
    result = SoakResult(articles=articles)
    base = ["--stages", "none", "--workers", "0", "--shard-size", "4", "--no-progress", "--no-dedup"]
    started = time.monotonic()
    if finish(["run", str(corpus), "--out", str(tmp / "probe"), "--db", str(tmp / "probe.db"), *base]) != 0:
        result.problems.append("the probe run failed")
    full = time.monotonic() - started
    round_no = 0
    while result.kills < kills:
        round_no += 1
        out, db = tmp / f"out{round_no}", tmp / f"run{round_no}.db"
        argv = ["run", str(corpus), "--out", str(out), "--db", str(db), *base]
        for _ in range(rng.randint(1, 3)):  # kill the same run up to three times before letting it finish
            if result.kills >= kills:
                break
            at = time.monotonic() + rng.uniform(0, full)
            if kill_when(start(argv), lambda at=at: time.monotonic() >= at):
                result.kills += 1
                result.mid_write += 0 < count_like(db, "%") < len(texts)
                if db.exists():
                    result.problems += [f"run kill {result.kills}: {p}" for p in db_problems(db)]
            else:
                result.finished_first += 1
        result.restarts += 1
        if finish(argv) != 0:
            result.failed_restarts += 1
        result.problems += [f"run restart {result.restarts}: {p}" for p in db_problems(db, texts)]
        result.problems += [f"run restart {result.restarts}: {p}" for p in shard_problems(out, set(texts))]
    return result


def shard_problems(out: Path, expected: set[str]) -> list[str]:
    """Articles missing from, or repeated across, the finished shards of a run."""
    from newsgraph.scale.shards import finished_shards, shard_records

    seen: list[str] = [r["id"] for parquet in finished_shards(out) for r in shard_records(parquet)]
    repeated = sorted({i for i in seen if seen.count(i) > 1})
    missing = sorted(expected - set(seen))
    return [f"shards: missing {missing[:5]}, repeated {repeated[:5]}"] if repeated or missing else []


# ------------------------------------------------------------ the harness's own checks


def test_db_problems_sees_missing_stale_and_orphans(tmp_path: Path) -> None:
    from newsgraph.store.db import connect, write_records

    db = tmp_path / "h.db"
    conn = connect(db)
    write_records(conn, [{"id": "x", "text": "Hello there.", "error": None, "entities": [], "quotes": []}])
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO entities(article_id, idx) VALUES ('ghost', 0)")
    conn.close()
    problems = db_problems(db, {"x": "Hello there!", "y": "Missing."})
    assert any("orphan" in p for p in problems)
    assert any("missing ['y']" in p and "stale ['x']" in p for p in problems)
    assert db_problems(tmp_path / "h.db", None) != []
