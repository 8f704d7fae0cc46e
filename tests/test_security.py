"""Security: loopback by default, no write endpoint, article HTML stays text, no URL fetching, no XXE."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

from newsgraph.devdata import PROJECT_ROOT
from newsgraph.ingest.limits import UnsafeURL, check_fetch_url
from newsgraph.store.db import connect, write_records

SRC = PROJECT_ROOT / "src" / "newsgraph"
MARKUP = '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">here</a>'
TEXT = f"The minister said the talks went well. {MARKUP} More talks will follow next week in the capital."


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    """A store with one article whose text carries markup."""
    db = tmp_path / "sec.db"
    conn = connect(db)
    entity = {"start": 4, "end": 12, "text": "minister", "label": "PERSON", "actor": None}
    write_records(conn, [{"id": "markup", "text": TEXT, "title": "<b>Title</b>", "url": "https://example.com/a",
                          "error": None, "entities": [entity], "quotes": []}])
    conn.close()
    return db


@pytest.fixture()
def client(store: Path):
    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app

    return TestClient(create_app(store))


# ------------------------------------------------------------ listening and routes


def test_serve_listens_on_loopback_by_default() -> None:
    import typer.main

    from newsgraph.cli import app
    from newsgraph.commands.serve import serve_database

    command = typer.main.get_command(app).commands["serve"]  # type: ignore[attr-defined]
    [host] = [p for p in command.params if p.name == "host"]
    assert host.default == "127.0.0.1"
    assert inspect.signature(serve_database).parameters["host"].default == "127.0.0.1"
    for path in SRC.rglob("*.py"):
        assert not re.search(r"['\"](?:0\.0\.0\.0|::)['\"]", path.read_text(encoding="utf-8")), path


def test_api_has_only_read_routes(client) -> None:
    from fastapi.routing import APIRoute

    methods = {m for route in client.app.routes if isinstance(route, APIRoute) for m in route.methods}
    assert methods <= {"GET", "HEAD"}
    spec = client.get("/openapi.json").json()
    assert spec["paths"]
    for path, operations in spec["paths"].items():
        assert set(operations) <= {"get", "head", "parameters"}, path


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/api/articles", "/api/articles/markup", "/api/quotes", "/", "/static/app.js"])
def test_write_methods_are_refused(client, store: Path, method: str, path: str) -> None:
    before = store.read_bytes()
    response = client.request(method, path, content=b'{"id": "evil", "text": "x"}')
    assert response.status_code in (404, 405)
    assert store.read_bytes() == before


# ------------------------------------------------------------ markup stays text


def test_article_markup_comes_back_as_json_text(client) -> None:
    response = client.get("/api/articles/markup")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    record = response.json()
    assert record["text"] == TEXT  # the same characters, as data: nothing stripped, nothing rendered
    listing = client.get("/api/articles", params={"q": "minister"})
    assert listing.headers["content-type"].startswith("application/json")
    assert "markup" in json.dumps(listing.json())


def test_unknown_paths_answer_json_not_html(client) -> None:
    response = client.get("/api/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")


INJECTION_SINKS = re.compile(
    r"\.(?:innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|"
    r"\.srcdoc\s*=|createContextualFragment|setAttribute\(\s*['\"]on"
)


def test_web_code_never_turns_data_into_markup() -> None:
    scripts = [p for p in (SRC / "web").rglob("*.js") if "vendor" not in p.parts]
    assert scripts, "no web scripts found"
    for script in scripts:
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1):
            assert not INJECTION_SINKS.search(line), f"{script.name}:{number}: {line.strip()}"
    index = (SRC / "web" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", index), "inline script in index.html"


def test_xml_entities_are_not_expanded_from_files() -> None:
    from newsgraph.ingest.readers import article_from_html

    body = "The minister said the talks went well and that more talks would follow soon. " * 5
    page = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY leak SYSTEM "file:///etc/passwd">]>'
            f"<html><body><article><p>{body} &leak;</p></article></body></html>")
    article = article_from_html(page)
    assert "talks would follow" in article.text
    assert "root:" not in article.text


# ------------------------------------------------------------ no fetching


NETWORK_CALLS = re.compile(
    r"\burlopen\s*\(|\burllib\.request\b|\bimport\s+requests\b|\brequests\.(?:get|post|Session)\b|"
    r"\bhttpx\.(?:get|post|Client|AsyncClient)\b|\bhttp\.client\b|\bsocket\.(?:create_connection|socket)\s*\(|"
    r"\baiohttp\b|\bfetch_url\s*\(|\bfetch_response\s*\(|\bftplib\b|\bpycurl\b"
)


def test_no_code_fetches_urls_without_the_gate() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if NETWORK_CALLS.search(source) and "check_fetch_url" not in source:
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def fake_dns(table: dict[str, list[str]]):
    """A resolver that answers from ``table`` (tests run offline)."""
    return lambda host: table[host]


URL_CASES = [
    ("file:///etc/passwd", {}, False),
    ("ftp://example.com/a", {}, False),
    ("javascript:alert(1)", {}, False),
    ("gopher://example.com/", {}, False),
    ("http:///nohost", {}, False),
    ("http://127.0.0.1/admin", {"127.0.0.1": ["127.0.0.1"]}, False),
    ("http://localhost:8000/", {"localhost": ["127.0.0.1", "::1"]}, False),
    ("http://[::1]/", {"::1": ["::1"]}, False),
    ("http://10.1.2.3/", {"10.1.2.3": ["10.1.2.3"]}, False),
    ("http://192.168.0.10/", {"192.168.0.10": ["192.168.0.10"]}, False),
    ("http://169.254.169.254/latest/meta-data", {"169.254.169.254": ["169.254.169.254"]}, False),
    ("http://0.0.0.0/", {"0.0.0.0": ["0.0.0.0"]}, False),
    ("http://[::ffff:127.0.0.1]/", {"::ffff:127.0.0.1": ["::ffff:127.0.0.1"]}, False),
    ("https://rebinding.example/", {"rebinding.example": ["93.184.215.14", "10.0.0.1"]}, False),
    ("https://news.example.com/story", {"news.example.com": ["93.184.215.14"]}, True),
    ("HTTP://News.Example.com/story", {"news.example.com": ["2606:2800:21f:cb07:6820:80da:af6b:8b2c"]}, True),
]


@pytest.mark.parametrize(("url", "dns", "allowed"), URL_CASES)
def test_check_fetch_url(url: str, dns: dict[str, list[str]], allowed: bool) -> None:
    if allowed:
        assert check_fetch_url(url, resolve=fake_dns(dns)) == url
    else:
        with pytest.raises(UnsafeURL):
            check_fetch_url(url, resolve=fake_dns(dns))


def test_private_addresses_only_when_allowed() -> None:
    assert check_fetch_url("http://127.0.0.1:8000/", allow_private=True) == "http://127.0.0.1:8000/"
    with pytest.raises(UnsafeURL):
        check_fetch_url("file:///etc/passwd", allow_private=True)
    with pytest.raises(UnsafeURL):
        check_fetch_url("http://2130706433/")  # 127.0.0.1 written as one number, resolved by the system
