"""REST API: filters, pagination, sorting, search, one error shape, read-only access."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.api.synthetic import synthetic_record
from newsgraph.model import iter_spans
from newsgraph.store import queries
from newsgraph.store.db import connect, write_records

MALICIOUS = '<script>alert("pwned")</script> <table><tr><td>cell</td></tr></table> '


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "news.db"
    conn = connect(path)
    records = [synthetic_record(i) for i in range(40)]
    records.append(synthetic_record(999, text_prefix=MALICIOUS))
    write_records(conn, records)
    conn.close()
    return path


@pytest.fixture(scope="module")
def client(db_path: Path) -> TestClient:
    return TestClient(create_app(db_path), raise_server_exceptions=False)


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def assert_error_shape(body: dict[str, Any], status: int) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


# (url, predicate every item must satisfy, at least this many items)
FILTERED = [
    ("/api/events?event_type=AGREE&limit=200", lambda e: e["type"] == "AGREE", 1),
    ("/api/events?country=JPN&limit=200",
     lambda e: "JPN" in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country")), 1),
    ("/api/events?actor=Government%20of%20Kenya&limit=200",
     lambda e: "Government of Kenya" in (e["source"]["name"], e["target"]["name"]), 1),
    ("/api/events?date_from=2022-03-01&date_to=2022-03-31&limit=200",
     lambda e: "2022-03-01" <= e["day"] <= "2022-03-31", 1),
    ("/api/articles?outlet=daily-wire.test&limit=200", lambda a: a["source"] == "daily-wire.test", 1),
    ("/api/articles?date_from=2022-06&date_to=2022-06-30&limit=200", lambda a: a["published"].startswith("2022-06"), 1),
    ("/api/articles?event_type=THREATEN&limit=200", lambda a: a["n_events"] > 0, 1),
    ("/api/articles?q=fisheries&limit=200", lambda a: "\u0002fisheries\u0003" in a["snippet"].lower(), 1),
    ("/api/articles?q=fisheries&outlet=harbour-post.test&limit=200",
     lambda a: a["source"] == "harbour-post.test" and "\u0002fisheries\u0003" in a["snippet"].lower(), 1),
    ("/api/quotes?q=vaccines&speaker=Li%20Wei&limit=200",
     lambda q: "vaccines" in q["text"] and q["speaker"]["name"] == "Li Wei", 1),
    ("/api/quotes?speaker=Li%20Wei&limit=200", lambda q: q["speaker"]["name"] == "Li Wei", 1),
    ("/api/quotes?q=vaccines&limit=200", lambda q: "vaccines" in q["text"], 1),
    ("/api/claims?unit=USD&limit=200", lambda c: c["unit"] == "USD" and c["text"].startswith("$"), 1),
    ("/api/places?country=KEN", lambda p: p["country"] == "KEN" and p["lat"] is not None, 1),
    ("/api/actors?country=FRA", lambda a: a["country"] == "FRA", 1),
    ("/api/speakers?q=sato", lambda s: "Sato" in s["name"], 1),
]


@pytest.mark.parametrize(("url", "predicate", "at_least"), FILTERED)
def test_filters_narrow_the_list(client: TestClient, url: str, predicate: Any, at_least: int) -> None:
    items = get(client, url)["items"]
    assert len(items) >= at_least
    assert all(predicate(item) for item in items)


# Inputs that must find nothing (and never fail): unknown values, injection attempts, FTS syntax.
EMPTY = [
    "/api/articles?q=zebrafinch",
    "/api/articles?actor=x%27%20OR%201%3D1%20--",
    "/api/articles?outlet=%27%3B%20DROP%20TABLE%20articles%3B--",
    "/api/articles?q=%22%20OR%20NEAR(",
    "/api/articles?q=%2A%2A%2A",
    "/api/events?country=ZZZ",
    "/api/quotes?q=AND%20OR%20NOT",
    "/api/claims?q=%25",
    "/api/actors?q=_",
]


@pytest.mark.parametrize("url", EMPTY)
def test_finds_nothing_without_failing(client: TestClient, url: str) -> None:
    body = get(client, url)
    assert body["items"] == [] and body["next_offset"] is None


def test_pagination_is_disjoint_and_bounded(client: TestClient) -> None:
    first = get(client, "/api/articles?limit=7")
    second = get(client, f"/api/articles?limit=7&offset={first['next_offset']}")
    assert first["next_offset"] == 7 and len(first["items"]) == 7
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    last = get(client, "/api/articles?limit=200")
    assert len(last["items"]) == 41 and last["next_offset"] is None


@pytest.mark.parametrize(("url", "key", "reverse"), [  # reverse None: sorted by speaker name
    ("/api/articles?sort=title&order=asc&limit=200", "title", False),
    ("/api/articles?sort=published&limit=200", "published", True),
    ("/api/events?sort=confidence&order=asc&limit=200", "confidence", False),
    ("/api/claims?sort=value&limit=200", "value", True),
    ("/api/articles?q=trade&sort=published&order=asc&limit=200", "published", False),
    ("/api/quotes?q=keep&sort=speaker&order=asc&limit=200", "article_id", None),
])
def test_sorting(client: TestClient, url: str, key: str, reverse: bool) -> None:
    items = get(client, url)["items"]
    if reverse is None:  # sorted by a nested field
        values = [item["speaker"]["name"] for item in items]
        reverse = False
    else:
        values = [item[key] for item in items]
    assert len(values) > 5 and values == sorted(values, reverse=reverse)


def test_article_record_is_the_contract_with_exact_spans(client: TestClient) -> None:
    record = get(client, "/api/articles/syn-000999")
    assert record["schema"] == 1 and record["text"].startswith(MALICIOUS)
    spans = list(iter_spans(record))
    assert len(spans) > 10
    for path, span in spans:
        assert record["text"][span["start"]:span["end"]] == span["text"], path


def test_network_and_timeline(client: TestClient) -> None:
    network = get(client, "/api/network?max_edges=5")
    assert 1 <= len(network["edges"]) <= 5
    names = {n["id"] for n in network["nodes"]}
    assert all(e["source"] in names and e["target"] in names and e["weight"] >= 1 for e in network["edges"])
    weights = [e["weight"] for e in network["edges"]]
    assert weights == sorted(weights, reverse=True)
    timeline = get(client, "/api/events/timeline?event_type=AID")["buckets"]
    assert timeline and all(b["type"] == "AID" and b["count"] >= 1 for b in timeline)


def test_ledger_flags_disagreement(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = get(client, "/api/claims/ledger?limit=200")
    assert ledger["grouping"] == "ledger" and ledger["items"]  # store/ledger.py on a small store
    for row in ledger["items"]:
        flagged = [e for e in row["entries"] if e["disagrees_with"]]
        assert row["disagreement"] == bool(flagged)
        for e in flagged:
            other = row["entries"][e["disagrees_with"][0]]
            assert abs(e["value"] - other["value"]) > 0.1 * max(e["value"], other["value"])
    assert any(row["disagreement"] for row in ledger["items"])
    monkeypatch.setattr(queries, "LEDGER_MAX_CLAIMS", 0)  # a large store: the SQL grouping serves
    fallback = get(client, "/api/claims/ledger?limit=200&subject=budget")
    assert fallback["grouping"] == "subject+unit" and fallback["items"]
    for row in fallback["items"]:
        values = {e["value"] for e in row["entries"]}
        assert "budget" in row["subject"]
        assert row["disagreement"] == (len(values) > 1 and row["articles"] > 1)


@pytest.mark.parametrize(("method", "url", "status"), [
    ("get", "/api/articles/no-such-id", 404),
    ("get", "/api/no-such-endpoint", 404),
    ("get", "/api/articles?limit=100000", 422),
    ("get", "/api/articles?offset=-1", 422),
    ("get", "/api/articles?sort=text", 422),
    ("get", "/api/events?event_type=PARTY", 422),
    ("get", "/api/events?date_from=last-week", 422),
    ("get", "/api/articles?country=japan", 422),
    ("get", "/api/articles?q=" + "x" * 500, 422),
    ("post", "/api/articles", 405),
    ("delete", "/api/articles/syn-000001", 405),
])
def test_every_error_has_one_shape(client: TestClient, method: str, url: str, status: int) -> None:
    response = getattr(client, method)(url)
    assert response.status_code == status
    assert_error_shape(response.json(), status)


def test_crash_and_timeout_have_the_same_shape(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(conn: sqlite3.Connection, *args: Any) -> Any:
        raise RuntimeError("secret internals")

    def slow(conn: sqlite3.Connection, *args: Any) -> Any:
        return conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                            "SELECT count(*) FROM n").fetchall()

    monkeypatch.setattr(queries, "list_outlets", boom)
    crashed = TestClient(create_app(db_path), raise_server_exceptions=False).get("/api/outlets")
    assert crashed.status_code == 500 and "secret" not in crashed.text
    assert_error_shape(crashed.json(), 500)
    monkeypatch.setattr(queries, "list_outlets", slow)
    timed_out = TestClient(create_app(db_path, query_timeout=0.2), raise_server_exceptions=False).get("/api/outlets")
    assert_error_shape(timed_out.json(), 503)


def test_nothing_writes(db_path: Path, client: TestClient) -> None:
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for url in ("/api/articles?q=trade", "/api/events", "/api/actors", "/api/claims/ledger", "/api/places"):
        get(client, url)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    methods = {m for route in client.app.routes for m in getattr(route, "methods", None) or ()}
    assert methods <= {"GET", "HEAD"}
    with client.app.state.store.connection() as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")


def test_docs_ui_and_headers_are_served_offline(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    spec = get(client, "/openapi.json")
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/claims",
            "/api/actors", "/api/places"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]


def test_serve_command_defaults_to_loopback_and_needs_a_database(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.commands import serve

    missing = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no database" in missing.output
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(serve, "serve_database", lambda *args: calls.append(args))
    db = tmp_path / "empty.db"
    connect(db).close()
    assert CliRunner().invoke(app, ["serve", "--db", str(db)]).exit_code == 0
    assert calls == [(db, "127.0.0.1", 8000, 5.0)]


def test_aggregates_are_cached_until_the_database_changes(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    conn = connect(path)
    write_records(conn, [synthetic_record(i) for i in range(3)])
    client = TestClient(create_app(path), raise_server_exceptions=False)
    before = {o["source"]: o["articles"] for o in get(client, "/api/outlets")}
    assert get(client, "/api/outlets") == [{"source": k, "articles": v} for k, v in before.items()]
    extra = synthetic_record(50)
    extra["url"], extra["source"] = "https://new-outlet.test/x", "new-outlet.test"
    write_records(conn, [extra])
    after = {o["source"]: o["articles"] for o in get(client, "/api/outlets")}
    assert after == {**before, "new-outlet.test": 1}


@pytest.mark.parametrize(("url", "total"), [
    ("/api/places?limit=200", lambda body: sum(p["mentions"] for p in body["items"])),
    ("/api/network?max_edges=500", lambda body: sum(e["weight"] for e in body["edges"])),
    ("/api/events/timeline", lambda body: sum(b["count"] for b in body["buckets"])),
])
def test_aggregates_follow_the_outlet_filter(client: TestClient, url: str, total: Any) -> None:
    everything = total(get(client, url))
    one_outlet = total(get(client, url + ("&" if "?" in url else "?") + "outlet=daily-wire.test"))
    assert 0 < one_outlet < everything
