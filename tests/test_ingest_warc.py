"""WARC and WARC.gz: one record per HTML response, other records skipped, cut files give an error record."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest.readers import read_inputs
from newsgraph.ingest.warc import gzip_problem


def page(city: str) -> bytes:
    """A small invented news page about talks held in ``city``."""
    paragraphs = "".join(
        f"<p>Paragraph {i}: The foreign ministers of Norway and Sweden met in {city} on Tuesday "
        f"to discuss fishing rights, officials said in a statement after the talks.</p>" for i in range(5)
    )
    head = f"<html><head><title>Talks in {city}</title></head>"
    return f"{head}<body><article>{paragraphs}</article></body></html>".encode()


RESPONSES = [
    ("https://news.example/oslo", "text/html; charset=utf-8", page("Oslo")),
    ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n" + bytes(200)),
    ("https://news.example/menu", "text/html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    ("https://news.example/bergen", "text/html", page("Bergen")),
]


def warc_bytes(gzip: bool) -> bytes:
    """A WARC with a request record and the RESPONSES above."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warc_record("https://news.example/oslo", "request",
                                                  payload=io.BytesIO(b"GET /oslo HTTP/1.1\r\n\r\n")))
    for url, content_type, body in RESPONSES:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def read(tmp_path, name: str, data: bytes, **kw) -> list[tuple[str | None, str | None]]:
    """(url, error code) of every record read from a file holding ``data``."""
    path = tmp_path / name
    path.write_bytes(data)
    return [(a.url, a.error.code if a.error else None) for a in read_inputs([str(path)], **kw)]


EXPECTED = [("https://news.example/oslo", None), (None, "not_an_article"), ("https://news.example/bergen", None)]


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc", False), ("crawl.warc.gz", True), ("crawl.bin", False)])
def test_warc_gives_one_record_per_html_response(tmp_path, name, gzip):
    assert read(tmp_path, name, warc_bytes(gzip)) == EXPECTED


def test_warc_records_carry_url_outlet_and_body(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(True))
    first = next(iter(read_inputs([str(path)])))
    assert first.source == "news.example"
    assert "met in Oslo on Tuesday" in first.text and "<p>" not in first.text


def test_truncated_warc_gz_keeps_records_before_the_cut_and_adds_an_error(tmp_path):
    data = warc_bytes(True)
    out = read(tmp_path, "cut.warc.gz", data[: len(data) - 200])
    assert out[0] == EXPECTED[0]
    assert out[-1][1] == "bad_gzip"
    assert all(code is None or url is None for url, code in out)


@pytest.mark.parametrize("fraction", [0.1, 0.3, 0.5, 0.7, 0.9, 0.97])
@pytest.mark.parametrize("gzip", [False, True])
def test_cut_anywhere_never_crashes_nor_invents_a_partial_article(tmp_path, fraction, gzip):
    data = warc_bytes(gzip)
    out = read(tmp_path, "cut.warc.gz" if gzip else "cut.warc", data[: int(len(data) * fraction)])
    complete = [x for x in out if x[1] is None]
    assert complete == [x for x in EXPECTED if x[1] is None][: len(complete)]
    assert out and out[-1][1] is not None  # the cut is reported


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.9])
def test_truncated_warc_gz_from_stdin_keeps_records_before_the_cut(monkeypatch, fraction):
    data = warc_bytes(True)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data[: int(len(data) * fraction)])))
    out = [(a.url, a.error.code if a.error else None) for a in read_inputs(["-"])]
    assert out[-1][1] == "bad_gzip"
    assert out[:-1] == EXPECTED[: len(out) - 1]
    assert [code for _, code in out].count("bad_gzip") == 1


def test_warc_from_stdin_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(warc_bytes(True))))
    out = [(a.url, a.error.code if a.error else None) for a in read_inputs(["-"])]
    assert out == EXPECTED


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", None),
        (__import__("gzip").compress(b"abc") + __import__("gzip").compress(b"def"), None),
        (__import__("gzip").compress(b"abc" * 1000)[:-10], "gzip data is truncated"),
        (b"\x1f\x8b\x08\x00garbage", "gzip data is"),
    ],
)
def test_gzip_problem(tmp_path, data, problem):
    path = tmp_path / "x.gz"
    path.write_bytes(data)
    found = gzip_problem(path)
    assert (found is None) if problem is None else (found is not None and found.startswith(problem))


def test_gzip_problem_reads_members_larger_than_its_chunk(tmp_path):
    """A member whose output fills several chunks ends mid-tail; the next member must still be read."""
    import gzip
    import random

    rng = random.Random(1)
    members = [gzip.compress(bytes(rng.randrange(256) for _ in range(3000)) + b"x" * 20_000) for _ in range(3)]
    path = tmp_path / "big.gz"
    path.write_bytes(b"".join(members))
    assert gzip_problem(path, chunk=4096) is None
    path.write_bytes(b"".join(members)[:-20])
    assert gzip_problem(path, chunk=4096) == "gzip data is truncated"
