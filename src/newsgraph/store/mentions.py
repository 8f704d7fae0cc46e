"""Cross-article events: GDELT's events + mentions tables, with the evidence of every mention kept.

An event cluster is one real-world event: the same PLOVER type, source actor,
target actor and polarity, on dates no more than ``window_days`` after the
cluster's first date.  Each mention is one extracted event of one article,
with its trigger and sentence spans (and the sentence text), so every merged
event can be traced back to the words that reported it.

Clusters depend only on the ``events`` table, so loading the same shards
twice, or in another order, gives the same clusters and ids.  Clusters of
different keys never interact, so ``update_event_clusters`` reclusters only
the keys whose events changed since the last update (a trigger marks them in
``event_cluster_dirty`` with the earliest day that changed), and of those only
the clusters from that day on; it gives exactly what a full rebuild would.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

DEFAULT_WINDOW_DAYS = 2

_EVENTS = """
SELECT e.article_id, e.idx, e.type, e.negated, e.date, a.published,
       e.source_name, e.source_country, e.target_name, e.target_country,
       e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM events e JOIN articles a ON a.id = e.article_id
"""
# the events of one cluster key from a day on (a superset: the day is the date's or the publication's);
# the key expressions match the events_cluster_key index
_KEY_EVENTS = _EVENTS + """WHERE e.type = ? AND coalesce(e.source_name, '') = ? AND coalesce(e.target_name, '') = ?
  AND coalesce(e.negated, 0) = ? AND (substr(e.date, 1, 10) >= ? OR substr(a.published, 1, 10) >= ?)
"""
_KEY_CLUSTERS = """type = ? AND coalesce(source_name, '') = ? AND coalesce(target_name, '') = ? AND negated = ?"""


def event_day(event_date: str | None, published: str | None) -> date | None:
    """The day of an event: its own full date, else the article's publication day, else None."""
    for value in (event_date, published):
        if value and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


@dataclass
class Cluster:
    """One merged event and the rows of its mentions."""

    key: tuple[Any, ...]
    first: date
    last: date
    mentions: list[sqlite3.Row] = field(default_factory=list)

    @property
    def id(self) -> str:
        basis = "|".join(str(part) for part in (*self.key, self.first.isoformat()))
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def cluster_events(rows: Iterable[sqlite3.Row], window_days: int = DEFAULT_WINDOW_DAYS) -> tuple[list[Cluster], int]:
    """Group event rows into clusters; returns (clusters, events left out for lack of actors or date)."""
    keyed = []
    skipped = 0
    for row in rows:
        day = event_day(row["date"], row["published"])
        if day is None or row["type"] is None or not (row["source_name"] or row["target_name"]):
            skipped += 1
            continue
        key = (row["type"], row["source_name"] or "", row["target_name"] or "", int(row["negated"] or 0))
        keyed.append((key, day, row["article_id"], row["idx"], row))
    keyed.sort(key=lambda item: item[:4])
    clusters: list[Cluster] = []
    for key, day, _, _, row in keyed:
        current = clusters[-1] if clusters else None
        if current is None or current.key != key or (day - current.first).days > window_days:
            current = Cluster(key, day, day)
            clusters.append(current)
        current.last = max(current.last, day)
        current.mentions.append(row)
    return clusters, skipped


def _insert_clusters(conn: sqlite3.Connection, clusters: list[Cluster]) -> None:
    for cluster in clusters:
        first = cluster.mentions[0]
        articles = {m["article_id"] for m in cluster.mentions}
        conn.execute(
            "INSERT INTO event_clusters VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (cluster.id, cluster.key[0], bool(cluster.key[3]), first["source_name"], first["source_country"],
             first["target_name"], first["target_country"], cluster.first.isoformat(),
             cluster.last.isoformat(), len(cluster.mentions), len(articles)),
        )
        conn.executemany(
            "INSERT INTO event_mentions VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(cluster.id, m["article_id"], m["idx"], event_day(m["date"], m["published"]).isoformat(),  # type: ignore[union-attr]
              m["trigger_start"], m["trigger_end"], m["trigger_text"], m["sentence_start"], m["sentence_end"],
              m["sentence"]) for m in cluster.mentions],
        )


def _totals(conn: sqlite3.Connection) -> dict[str, int]:
    clusters = conn.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
    mentions = conn.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"event_clusters": clusters, "event_mentions": mentions, "merged_mentions": mentions - clusters,
            "unclustered_events": events - mentions}


def _finish(conn: sqlite3.Connection, window_days: int) -> None:
    """Inside the clustering transaction: nothing is dirty any more, and the window is recorded."""
    conn.execute("DELETE FROM event_cluster_dirty")
    conn.execute("INSERT OR REPLACE INTO event_cluster_state VALUES (1, ?)", (window_days,))


def rebuild_event_clusters(conn: sqlite3.Connection, window_days: int = DEFAULT_WINDOW_DAYS) -> dict[str, int]:
    """Recompute ``event_clusters`` and ``event_mentions`` from all the stored events, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        clusters, _ = cluster_events(conn.execute(_EVENTS), window_days)
        conn.execute("DELETE FROM event_mentions")
        conn.execute("DELETE FROM event_clusters")
        _insert_clusters(conn, clusters)
        _finish(conn, window_days)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return _totals(conn)


def _recluster_tail(conn: sqlite3.Connection, key: tuple[Any, ...], since: str, window_days: int) -> None:
    """Redo the clusters of ``key`` from the one that holds ``since`` (the earliest changed day) on.

    Clusters are made greedily in day order, and each ends before the next begins, so
    the clusters that begin before that one depend only on events before it: they stay.
    """
    start = conn.execute(f"SELECT max(first_date) FROM event_clusters WHERE {_KEY_CLUSTERS} AND first_date <= ?",
                         (*key, since)).fetchone()[0] or ""
    conn.execute(f"DELETE FROM event_mentions WHERE cluster_id IN "
                 f"(SELECT id FROM event_clusters WHERE {_KEY_CLUSTERS} AND first_date >= ?)", (*key, start))
    conn.execute(f"DELETE FROM event_clusters WHERE {_KEY_CLUSTERS} AND first_date >= ?", (*key, start))
    rows = conn.execute(_KEY_EVENTS, (*key, start, start))
    first = date.fromisoformat(start) if start else None
    tail = (row for row in rows if first is None or (event_day(row["date"], row["published"]) or first) >= first)
    _insert_clusters(conn, cluster_events(tail, window_days)[0])


def update_event_clusters(conn: sqlite3.Connection, window_days: int = DEFAULT_WINDOW_DAYS) -> dict[str, int]:
    """Redo only the clusters whose events changed since the last update or rebuild.

    Falls back to a full rebuild when the clusters were never built, or were built with another window.
    """
    state = conn.execute("SELECT window_days FROM event_cluster_state").fetchone()
    if state is None or state[0] != window_days:
        return {**rebuild_event_clusters(conn, window_days), "rebuilt": 1}
    conn.execute("BEGIN IMMEDIATE")
    try:
        dirty = conn.execute("SELECT type, source_name, target_name, negated, since FROM event_cluster_dirty"
                             ).fetchall()
        for row in dirty:
            _recluster_tail(conn, tuple(row)[:4], row["since"], window_days)
        _finish(conn, window_days)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {**_totals(conn), "reclustered_keys": len(dirty)}


def record_duplicates(conn: sqlite3.Connection, duplicates: Iterable[dict[str, Any]]) -> int:
    """Store articles skipped as duplicates, each with the id of the copy that was kept."""
    rows = [(d["id"], d.get("url"), d["kept_id"], d["kind"]) for d in duplicates]
    if rows:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("INSERT OR REPLACE INTO duplicates VALUES (?,?,?,?)", rows)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(rows)
