"""Cross-article event clusters: one event reported by several articles keeps all its mentions."""

from __future__ import annotations

import random

import pytest

from newsgraph.model import Actor, Article, Event, Participant, SentenceRef, Span
from newsgraph.store.db import connect, write_records
from newsgraph.store.mentions import event_day, rebuild_event_clusters, update_event_clusters

FRANCE = Actor("Government of France", "FRA", "GOV")
KENYA = Actor("Government of Kenya", "KEN", "GOV")
PERU = Actor("Government of Peru", "PER", "GOV")


def report(article_id: str, published: str, source: Actor | None, target: Actor | None, kind: str = "AGREE",
           date: str | None = None, negated: bool = False) -> dict:
    """An article of one sentence with one event, its trigger and participants pinned to the text."""
    text = f"{source.name if source else 'Someone'} signed a deal with {target.name if target else 'someone'}."
    src_text = source.name if source else "Someone"
    trigger_start = len(src_text) + 1
    article = Article(id=article_id, text=text, url=f"https://example.com/{article_id}", published=published)
    tgt_start = text.index(" with ") + 6
    article.events.append(Event(
        type=kind, trigger=Span(trigger_start, trigger_start + 6, "signed"), sentence=SentenceRef(0, len(text)),
        negated=negated, date=date,
        source=Participant(0, len(src_text), src_text, source) if source else None,
        target=Participant(tgt_start, len(text) - 1, text[tgt_start:-1], target) if target else None,
    ))
    return article.to_dict()


# (reports, expected sorted mention counts per cluster)
CASES = [
    ([report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-06", FRANCE, KENYA),
      report("c", "2024-03-05", FRANCE, KENYA, date="2024-03-04")], [3]),
    ([report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-20", FRANCE, KENYA)], [1, 1]),
    ([report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-05", FRANCE, PERU)], [1, 1]),
    ([report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-05", KENYA, FRANCE)], [1, 1]),
    ([report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-05", FRANCE, KENYA, kind="REJECT")], [1, 1]),
    ([report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-05", FRANCE, KENYA, negated=True)], [1, 1]),
    ([report("a", "2024-03-05", None, None), report("b", "2024-03-05", None, None)], []),
    ([report("a", "2024-03-05", None, KENYA), report("b", "2024-03-05", None, KENYA)], [2]),
]


@pytest.mark.parametrize(("reports", "expected"), CASES)
def test_clusters(tmp_path, reports, expected):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, reports)
    counts = rebuild_event_clusters(conn, window_days=2)
    sizes = sorted(row[0] for row in conn.execute("SELECT mentions FROM event_clusters"))
    assert sizes == sorted(expected) and counts["event_clusters"] == len(expected)
    assert counts["event_mentions"] == sum(expected)


def test_mentions_keep_their_evidence_and_rebuild_is_stable(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, [report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-06", FRANCE, KENYA)])
    rebuild_event_clusters(conn)
    first = conn.execute("SELECT * FROM event_clusters").fetchall()
    rebuild_event_clusters(conn)
    assert [tuple(r) for r in conn.execute("SELECT * FROM event_clusters")] == [tuple(r) for r in first]
    [cluster] = first
    assert (cluster["type"], cluster["source_country"], cluster["target_country"]) == ("AGREE", "FRA", "KEN")
    assert (cluster["first_date"], cluster["last_date"], cluster["articles"]) == ("2024-03-05", "2024-03-06", 2)
    for m in conn.execute("SELECT m.*, a.text FROM event_mentions m JOIN articles a ON a.id = m.article_id"):
        assert m["text"][m["trigger_start"]:m["trigger_end"]] == m["trigger_text"] == "signed"
        assert m["text"][m["sentence_start"]:m["sentence_end"]] == m["sentence_text"]


@pytest.mark.parametrize(("event_date", "published", "expected"), [
    ("2024-03-04", "2024-03-05T10:00:00+01:00", "2024-03-04"),
    ("2024-03", "2024-03-05T10:00:00+01:00", "2024-03-05"),
    (None, "2024-03-05", "2024-03-05"),
    (None, None, None),
    ("2024", "not a date", None),
])
def test_event_day(event_date, published, expected):
    day = event_day(event_date, published)
    assert (day.isoformat() if day else None) == expected


def _random_reports(rng: random.Random, ids: range, version: int = 0) -> list[dict]:
    """Reports of random dyads, types and days (March 2024), so that clusters chain and split."""
    actors = [FRANCE, KENYA, PERU, None]
    out = []
    for i in ids:
        source, target = rng.choice(actors), rng.choice(actors)
        day = f"2024-03-{rng.randint(1, 28):02d}"
        report_ = report(f"r{i}", day, source, target, kind=rng.choice(("AGREE", "REJECT")),
                         negated=rng.random() < 0.2)
        report_["title"] = f"version {version}"  # an update changes the record, so the store rewrites it
        out.append(report_)
    return out


def _clusters(conn) -> tuple[list[tuple], list[tuple]]:
    return (sorted(tuple(r) for r in conn.execute("SELECT * FROM event_clusters")),
            sorted(tuple(r) for r in conn.execute("SELECT * FROM event_mentions")))


def test_incremental_update_equals_full_rebuild(tmp_path):
    rng = random.Random(8)
    incremental = connect(tmp_path / "incremental.sqlite")
    full = connect(tmp_path / "full.sqlite")
    batches = [_random_reports(rng, range(0, 80)), _random_reports(rng, range(80, 120)),
               _random_reports(rng, range(100, 110), version=1),  # ten articles re-loaded with other events
               _random_reports(rng, range(120, 125))]
    counts = []
    for batch in batches:
        write_records(incremental, batch)
        counts.append(update_event_clusters(incremental, window_days=2))
        write_records(full, batch)
        rebuild_event_clusters(full, window_days=2)
        assert _clusters(incremental) == _clusters(full)
    assert counts[0].get("rebuilt") == 1  # the first update has nothing to start from
    assert counts[1]["event_mentions"] > counts[0]["event_mentions"] > 0
    assert 0 < counts[3]["reclustered_keys"] <= 5 < counts[1]["reclustered_keys"]
    assert incremental.execute("SELECT count(*) FROM event_cluster_dirty").fetchone()[0] == 0
    again = update_event_clusters(incremental, window_days=2)
    assert again["reclustered_keys"] == 0 and _clusters(incremental) == _clusters(full)
    other_window = update_event_clusters(incremental, window_days=5)
    rebuild_event_clusters(full, window_days=5)
    assert other_window.get("rebuilt") == 1 and _clusters(incremental) == _clusters(full)


def test_update_after_articles_are_deleted(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, [report("a", "2024-03-05", FRANCE, KENYA), report("b", "2024-03-06", FRANCE, KENYA),
                         report("c", "2024-03-08", FRANCE, KENYA)])
    update_event_clusters(conn)
    assert sorted(r[0] for r in conn.execute("SELECT mentions FROM event_clusters")) == [1, 2]
    conn.execute("DELETE FROM events WHERE article_id = 'a'")  # the cluster now starts on the 6th and reaches c
    counts = update_event_clusters(conn)
    assert counts["reclustered_keys"] == 1
    assert [tuple(r) for r in conn.execute("SELECT first_date, last_date, mentions FROM event_clusters")] == [
        ("2024-03-06", "2024-03-08", 2)]


def test_update_keeps_the_clusters_before_the_changed_days(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, [report("a", "2024-03-01", FRANCE, KENYA), report("b", "2024-03-10", FRANCE, KENYA)])
    update_event_clusters(conn)
    early = conn.execute("SELECT rowid, id FROM event_clusters WHERE first_date = '2024-03-01'").fetchone()
    write_records(conn, [report("c", "2024-03-11", FRANCE, KENYA), report("d", "2024-02-28", PERU, KENYA)])
    update_event_clusters(conn)
    assert tuple(conn.execute("SELECT rowid, id FROM event_clusters WHERE first_date = '2024-03-01'").fetchone()) == (
        tuple(early))  # not deleted and re-inserted
    assert [tuple(r) for r in conn.execute("SELECT first_date, mentions FROM event_clusters ORDER BY first_date")] == [
        ("2024-02-28", 1), ("2024-03-01", 1), ("2024-03-10", 2)]
    write_records(conn, [report("e", "2024-02-29", FRANCE, KENYA)])  # before every cluster of the key
    update_event_clusters(conn)
    assert [tuple(r) for r in conn.execute("SELECT first_date, mentions FROM event_clusters ORDER BY first_date")] == [
        ("2024-02-28", 1), ("2024-02-29", 2), ("2024-03-10", 2)]
