"""SQLite store: schema with migrations, idempotent writes, and queries.

The full record is kept as JSON in ``articles.record`` so that what goes in
comes out unchanged; the child tables (entities, quotes, events, claims, dates,
places) are flattened from it for filtering and search.  Writes of one article
happen in one transaction: a crash leaves either the old copy or the new one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsgraph.ingest.urls import canonical_url

# Each migration takes the schema from version i to i+1; never edit a released one, add a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        canonical_url TEXT,
        title TEXT,
        published TEXT,
        source TEXT,
        language TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_source ON articles(source);
    CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;

    CREATE TABLE errors (
        article_id TEXT NOT NULL,
        origin TEXT,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (article_id, code)
    );

    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, label TEXT,
        actor_name TEXT, country TEXT, sector TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX entities_actor ON entities(actor_name);
    CREATE INDEX entities_country ON entities(country);

    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, direct INTEGER,
        speaker_text TEXT, speaker_name TEXT, country TEXT, sector TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_name);

    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, type TEXT, mode TEXT, negated INTEGER, date TEXT,
        source_name TEXT, source_country TEXT, source_sector TEXT,
        target_name TEXT, target_country TEXT, target_sector TEXT,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
        sentence_start INTEGER, sentence_end INTEGER,
        place_name TEXT, place_country TEXT, lat REAL, lon REAL,
        cameo TEXT, confidence REAL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_source_country ON events(source_country);
    CREATE INDEX events_target_country ON events(target_country);

    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT,
        value REAL, unit TEXT, kind TEXT, currency TEXT, approximate INTEGER, change TEXT,
        subject TEXT, source_text TEXT, source_name TEXT, source_country TEXT, time TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX claims_unit ON claims(unit);
    CREATE INDEX claims_subject ON claims(subject);

    CREATE TABLE dates (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, value TEXT, type TEXT,
        PRIMARY KEY (article_id, idx)
    );

    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, name TEXT, country TEXT,
        lat REAL, lon REAL, geonameid INTEGER, kind TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX places_name ON places(name);

    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, article_id UNINDEXED, idx UNINDEXED);
    """,
    # scale: cross-article event clusters with every mention's evidence, and skipped duplicates (store/mentions.py)
    """
    CREATE TABLE event_clusters (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, negated INTEGER NOT NULL,
        source_name TEXT, source_country TEXT, target_name TEXT, target_country TEXT,
        first_date TEXT NOT NULL, last_date TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL
    );
    CREATE INDEX event_clusters_type_date ON event_clusters(type, first_date);
    CREATE INDEX event_clusters_source ON event_clusters(source_name);
    CREATE INDEX event_clusters_target ON event_clusters(target_name);

    CREATE TABLE event_mentions (
        cluster_id TEXT NOT NULL REFERENCES event_clusters(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_idx INTEGER NOT NULL, date TEXT,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
        sentence_start INTEGER, sentence_end INTEGER, sentence_text TEXT,
        PRIMARY KEY (article_id, event_idx)
    );
    CREATE INDEX event_mentions_cluster ON event_mentions(cluster_id);

    CREATE TABLE duplicates (
        article_id TEXT PRIMARY KEY, url TEXT, duplicate_of TEXT NOT NULL, kind TEXT NOT NULL
    );
    CREATE INDEX duplicates_of ON duplicates(duplicate_of);
    """,
    # api: filters by actor, country and outlet that stay fast on large stores (store/queries.py)
    """
    CREATE INDEX events_source_name ON events(source_name);
    CREATE INDEX events_target_name ON events(target_name);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE INDEX places_country ON places(country);
    CREATE INDEX articles_source_published ON articles(source, published);
    CREATE INDEX claims_subject_key ON claims(lower(subject), unit);
    """,
    # scale: incremental event clusters.  Every write of an event with an actor marks its cluster key dirty
    # with the earliest day that changed (a lower bound: the smaller of the event's date and its article's
    # publication date); store/mentions.py reclusters only the dirty keys, from that day on.
    """
    CREATE INDEX events_cluster_key ON events(type, coalesce(source_name, ''), coalesce(target_name, ''),
                                              coalesce(negated, 0));
    CREATE INDEX event_clusters_key ON event_clusters(type, coalesce(source_name, ''), coalesce(target_name, ''),
                                                      negated, first_date);
    CREATE TABLE event_cluster_state (one INTEGER PRIMARY KEY CHECK (one = 1), window_days INTEGER NOT NULL);
    CREATE TABLE event_cluster_dirty (
        type TEXT NOT NULL, source_name TEXT NOT NULL, target_name TEXT NOT NULL, negated INTEGER NOT NULL,
        since TEXT NOT NULL,
        PRIMARY KEY (type, source_name, target_name, negated)
    ) WITHOUT ROWID;
    CREATE TRIGGER events_dirty_on_insert AFTER INSERT ON events
    WHEN NEW.type IS NOT NULL AND (coalesce(NEW.source_name, '') <> '' OR coalesce(NEW.target_name, '') <> '')
    BEGIN
        INSERT INTO event_cluster_dirty
            SELECT NEW.type, coalesce(NEW.source_name, ''), coalesce(NEW.target_name, ''), coalesce(NEW.negated, 0),
                   coalesce(min(substr(NEW.date, 1, 10), substr(a.published, 1, 10)), substr(NEW.date, 1, 10),
                            substr(a.published, 1, 10), '')
            FROM (SELECT (SELECT published FROM articles WHERE id = NEW.article_id) AS published) a
            WHERE 1
        ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
    END;
    CREATE TRIGGER events_dirty_on_delete AFTER DELETE ON events
    WHEN OLD.type IS NOT NULL AND (coalesce(OLD.source_name, '') <> '' OR coalesce(OLD.target_name, '') <> '')
    BEGIN
        INSERT INTO event_cluster_dirty
            SELECT OLD.type, coalesce(OLD.source_name, ''), coalesce(OLD.target_name, ''), coalesce(OLD.negated, 0),
                   coalesce(min(substr(OLD.date, 1, 10), substr(a.published, 1, 10)), substr(OLD.date, 1, 10),
                            substr(a.published, 1, 10), '')
            FROM (SELECT (SELECT published FROM articles WHERE id = OLD.article_id) AS published) a
            WHERE 1
        ON CONFLICT DO UPDATE SET since = min(since, excluded.since);
    END;
    CREATE TRIGGER events_dirty_on_update AFTER UPDATE ON events
    BEGIN
        INSERT INTO event_cluster_dirty
            SELECT OLD.type, coalesce(OLD.source_name, ''), coalesce(OLD.target_name, ''), coalesce(OLD.negated, 0), ''
            WHERE OLD.type IS NOT NULL AND (coalesce(OLD.source_name, '') <> '' OR coalesce(OLD.target_name, '') <> '')
        ON CONFLICT DO UPDATE SET since = '';
        INSERT INTO event_cluster_dirty
            SELECT NEW.type, coalesce(NEW.source_name, ''), coalesce(NEW.target_name, ''), coalesce(NEW.negated, 0), ''
            WHERE NEW.type IS NOT NULL AND (coalesce(NEW.source_name, '') <> '' OR coalesce(NEW.target_name, '') <> '')
        ON CONFLICT DO UPDATE SET since = '';
    END;
    """,
]

CHILD_TABLES = ("entities", "quotes", "events", "claims", "dates", "places")


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and migrate) the database; WAL mode so readers never block the writer."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=30)
    else:
        conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    if not readonly:
        migrate(conn)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database lacks, each in its own transaction."""
    version = schema_version(conn)
    for target, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) < target:  # another writer may have migrated meanwhile
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def _statements(script: str) -> Iterator[str]:
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""


def _actor(node: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    actor = (node or {}).get("actor") or {}
    return actor.get("name"), actor.get("country"), actor.get("sector")


def _rows(record: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    aid = record["id"]
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in CHILD_TABLES}
    for i, e in enumerate(record.get("entities") or []):
        rows["entities"].append((aid, i, e["start"], e["end"], e["text"], e["label"], *_actor(e)))
    for i, q in enumerate(record.get("quotes") or []):
        sp = q.get("speaker") or {}
        _, country, sector = _actor(sp)
        rows["quotes"].append((aid, i, q["start"], q["end"], q["text"], int(q["direct"]),
                               sp.get("text"), sp.get("name"), country, sector))
    for i, ev in enumerate(record.get("events") or []):
        place = ev.get("place") or {}
        trig = ev["trigger"]
        rows["events"].append((aid, i, ev["type"], ev.get("mode"), int(bool(ev.get("negated"))), ev.get("date"),
                               *_actor(ev.get("source")), *_actor(ev.get("target")),
                               trig["start"], trig["end"], trig["text"],
                               ev["sentence"]["start"], ev["sentence"]["end"],
                               place.get("name"), place.get("country"), place.get("lat"), place.get("lon"),
                               ev.get("cameo"), ev.get("confidence")))
    for i, c in enumerate(record.get("claims") or []):
        src = c.get("source") or {}
        name, country, _ = _actor(src)
        rows["claims"].append((aid, i, c["start"], c["end"], c["text"], c["value"], c["unit"], c.get("kind"),
                               c.get("currency"), int(bool(c.get("approximate"))), c.get("change"),
                               (c.get("subject") or {}).get("text"), src.get("text"), name or src.get("text"),
                               country, c.get("time")))
    for i, d in enumerate(record.get("dates") or []):
        rows["dates"].append((aid, i, d["start"], d["end"], d["text"], d["value"], d["type"]))
    for i, p in enumerate(record.get("places") or []):
        rows["places"].append((aid, i, p["start"], p["end"], p["text"], p["name"], p.get("country"),
                               p.get("lat"), p.get("lon"), p.get("geonameid"), p.get("kind")))
    return rows


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _delete_article(conn: sqlite3.Connection, article_id: str) -> None:
    old = conn.execute("SELECT rowid, title, text FROM articles WHERE id=?", (article_id,)).fetchone()
    if old is None:
        return
    conn.execute("INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', ?, ?, ?)",
                 (old["rowid"], old["title"], old["text"]))
    conn.execute("DELETE FROM quotes_fts WHERE article_id=?", (article_id,))
    for table in CHILD_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id=?", (article_id,))


def _insert_record(conn: sqlite3.Connection, record: dict[str, Any], origin: str | None) -> str:
    if record.get("error"):
        err = record["error"]
        conn.execute("INSERT OR REPLACE INTO errors VALUES (?,?,?,?,?)",
                     (record["id"], origin, err["code"], err["message"], _now()))
        return "error"
    canon = canonical_url(record["url"]) if record.get("url") else None
    clash = None
    if canon:
        clash = conn.execute("SELECT id FROM articles WHERE canonical_url=?", (canon,)).fetchone()
    existing = conn.execute("SELECT record FROM articles WHERE id=?", (record["id"],)).fetchone()
    if existing is not None and existing["record"] == json.dumps(record, ensure_ascii=False, sort_keys=True):
        return "unchanged"
    _delete_article(conn, record["id"])
    if clash is not None and clash["id"] != record["id"]:
        _delete_article(conn, clash["id"])
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True)
    cur = conn.execute(
        "INSERT INTO articles(id,url,canonical_url,title,published,source,language,text,record,ingested_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (record["id"], record.get("url"), canon, record.get("title"), record.get("published"),
         record.get("source"), record.get("language"), record["text"], blob, _now()),
    )
    conn.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)",
                 (cur.lastrowid, record.get("title"), record["text"]))
    conn.execute("DELETE FROM errors WHERE article_id=?", (record["id"],))
    for table, rows in _rows(record).items():
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    for i, q in enumerate(record.get("quotes") or []):
        conn.execute("INSERT INTO quotes_fts(text, speaker_name, article_id, idx) VALUES (?,?,?,?)",
                     (q["text"], (q.get("speaker") or {}).get("name"), record["id"], i))
    return "updated" if existing is not None else "inserted"


def write_records(conn: sqlite3.Connection, records: Iterable[dict[str, Any]],
                  origin: str | None = None) -> dict[str, int]:
    """Store records, one transaction each; the same article twice keeps one copy.

    Returns counts by outcome: inserted, updated, unchanged, error.
    """
    counts = {"inserted": 0, "updated": 0, "unchanged": 0, "error": 0}
    for record in records:
        conn.execute("BEGIN IMMEDIATE")
        try:
            outcome = _insert_record(conn, record, origin)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        counts[outcome] += 1
    return counts


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts per table, plus errors by code."""
    out = {"schema_version": schema_version(conn)}
    for table in ("articles", *CHILD_TABLES, "errors"):
        out[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    for row in conn.execute("SELECT code, count(*) AS n FROM errors GROUP BY code ORDER BY code"):
        out[f"errors.{row['code']}"] = row["n"]
    return out


def iter_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for row in conn.execute("SELECT record FROM articles ORDER BY rowid"):
        yield json.loads(row["record"])
