"""Store: idempotent ingest, stats, migrations, export."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from newsgraph.model import Actor, Article, Entity
from newsgraph.store.db import MIGRATIONS, connect, iter_records, schema_version, stats, write_records
from newsgraph.store.parquet import read_parquet, write_parquet


def make_record(i: int, text: str = "Beijing said the talks failed.") -> dict:
    article = Article(id=f"a{i}", text=text, url=f"https://example.com/news/{i}?utm_source=x", title=f"T{i}")
    article.entities.append(Entity(0, 7, "Beijing", "GPE", Actor("Government of China", "CHN", "GOV")))
    return article.to_dict()


def test_ingest_twice_keeps_one_copy(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    first = write_records(conn, [make_record(1), make_record(2)])
    again = write_records(conn, [make_record(1), make_record(2)])
    assert first["inserted"] == 2 and again["unchanged"] == 2
    counts = stats(conn)
    assert counts["articles"] == 2 and counts["entities"] == 2


def test_same_canonical_url_replaces(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, [make_record(1)])
    other = make_record(1, "Beijing said the talks went well.")
    other["id"] = "different"
    other["url"] = "https://www.example.com/news/1"
    write_records(conn, [other])
    assert [r["id"] for r in iter_records(conn)] == ["different"]


def test_error_never_replaces_stored_article(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, [make_record(1)])
    failed = Article(id="a1").fail("empty", "no text").to_dict()
    write_records(conn, [failed])
    assert [r["id"] for r in iter_records(conn)] == ["a1"]
    assert stats(conn)["errors"] == 1


def test_fts_finds_text(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    write_records(conn, [make_record(1), make_record(2, "Tokyo and Canberra signed a deal.")])
    hits = conn.execute("SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid=f.rowid "
                        "WHERE articles_fts MATCH 'canberra'").fetchall()
    assert [h[0] for h in hits] == ["a2"]


def test_migrations_are_versioned(tmp_path):
    path = tmp_path / "db.sqlite"
    conn = connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    conn.close()
    assert schema_version(connect(path)) == len(MIGRATIONS)


def test_record_survives_store_and_parquet(tmp_path):
    conn = connect(tmp_path / "db.sqlite")
    records = [make_record(1), make_record(2)]
    write_records(conn, records)
    stored = list(iter_records(conn))
    assert stored == [json.loads(json.dumps(r)) for r in records]
    out = tmp_path / "out.parquet"
    assert write_parquet(stored, out) == 2
    assert pq.ParquetFile(out).metadata.num_rows == 2
    assert [r["entities"][0]["actor"]["country"] for r in read_parquet(out)] == ["CHN", "CHN"]
