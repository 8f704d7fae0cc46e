"""Input limits: every oversized or pathological input gives an error record in bounded memory.

Each case runs in a fresh subprocess so that its peak resident memory
(``VmHWM`` of the child's own address space; ``ru_maxrss`` would carry over the
pytest parent's peak through fork and exec) belongs to that input alone; the bound
is far below what the input would cost without its guard (a 1 MB paragraph
took 3.3 GB in spaCy, a 20 MB text file 1.5 GB in cleaning).
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.ingest.limits import (
    MAX_HTML_DEPTH,
    MAX_RAW_TEXT_CHARS,
    MAX_TEXT_CHARS,
    XML_INCOMPATIBLE,
    guard_html,
    html_depth,
    limited_lines,
)
from newsgraph.ingest.readers import read_inputs

MEMORY_BOUND_MB = 600
PARAGRAPH = "The minister said the talks in the capital went well and that more would follow. "
ONE_MB_PARAGRAPH = (PARAGRAPH * (1_048_576 // len(PARAGRAPH) + 1))[:1_048_576]
NESTED_DIVS = "<html><body>" + "<div>" * 100_000 + PARAGRAPH * 20 + "</div>" * 100_000 + "</body></html>"

CHILD = """
import json, re, sys
from newsgraph.run import extract_records
from newsgraph.pipeline import stages
stages()
records = list(extract_records([sys.argv[1]]))
with open("/proc/self/status") as status:
    peak_mb = int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)) / 1024
print(json.dumps({"codes": [(r["error"] or {}).get("code") for r in records], "peak_mb": peak_mb}))
"""


def run_isolated(path: Path) -> dict:
    """Extract ``path`` in a fresh interpreter; its error codes and peak memory in MB."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def warc_record(body: Iterator[bytes], body_len: int, url: str, content_type: str = "text/html") -> Iterator[bytes]:
    """The bytes of one WARC response record whose HTTP body is ``body_len`` bytes from ``body``."""
    http_head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode()
    yield (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(url))}>\r\n"
        f"WARC-Date: 2022-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http_head) + body_len}\r\n\r\n"
    ).encode() + http_head
    yield from body
    yield b"\r\n\r\n"


def spaces(total: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """``total`` bytes of an HTML page padded with spaces, in chunks."""
    yield b"<html><body>"
    left = total - len(b"<html><body>")
    while left > 0:
        yield b" " * min(chunk, left)
        left -= chunk


def good_page() -> bytes:
    """A small page with an article body long enough to pass."""
    body = f"<article><p>{PARAGRAPH * 8}</p></article>"
    return f"<html><head><title>Talks</title></head><body>{body}</body></html>".encode()


def write_gzip(path: Path, parts: Iterator[bytes]) -> Path:
    """Write ``parts`` as one gzip member, streaming (a decompression bomb needs no memory to build)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    with path.open("wb") as out:
        for part in parts:
            out.write(compressor.compress(part))
        out.write(compressor.flush())
    return path


# ------------------------------------------------------------ cases: (file name, builder) -> expected codes

def one_mb_text(tmp: Path) -> Path:
    path = tmp / "paragraph.txt"
    path.write_text(ONE_MB_PARAGRAPH, encoding="utf-8")
    return path


def one_mb_jsonl(tmp: Path) -> Path:
    path = tmp / "paragraph.jsonl"
    lines = [json.dumps({"id": "big", "text": ONE_MB_PARAGRAPH}), json.dumps({"id": "small", "text": PARAGRAPH * 3})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def just_over_text_limit(tmp: Path) -> Path:
    path = tmp / "over.jsonl"
    path.write_text(json.dumps({"id": "over", "text": "word " * (MAX_TEXT_CHARS // 5 + 1)}) + "\n", encoding="utf-8")
    return path


def one_mb_html(tmp: Path) -> Path:
    path = tmp / "paragraph.html"
    path.write_text(f"<html><body><article><p>{ONE_MB_PARAGRAPH}</p></article></body></html>", encoding="utf-8")
    return path


def over_max_size(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("w", encoding="utf-8") as out:
        for _ in range(21):
            out.write(ONE_MB_PARAGRAPH)
    return path


def huge_jsonl_line(tmp: Path) -> Path:
    path = tmp / "line.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write('{"id": "huge", "text": "')
        for _ in range(21):
            out.write(ONE_MB_PARAGRAPH)
        out.write('"}\n' + json.dumps({"id": "after", "text": PARAGRAPH * 3}) + "\n")
    return path


def gzip_bomb(tmp: Path) -> Path:
    return write_gzip(tmp / "bomb.txt", spaces(256 << 20))


def warc_gz_bomb(tmp: Path) -> Path:
    page = good_page()
    parts = [*warc_record(spaces(256 << 20), 256 << 20, "http://example.com/bomb"),
             *warc_record(iter([page]), len(page), "http://example.com/good")]
    return write_gzip(tmp / "bomb.warc.gz", iter(parts))


def warc_gz_bomb_not_html(tmp: Path) -> Path:
    page = good_page()
    parts = [*warc_record(spaces(256 << 20), 256 << 20, "http://example.com/image", "image/jpeg"),
             *warc_record(iter([page]), len(page), "http://example.com/good")]
    return write_gzip(tmp / "bomb-image.warc.gz", iter(parts))


def warc_huge_record(tmp: Path) -> Path:
    path = tmp / "huge.warc"
    with path.open("wb") as out:
        for part in warc_record(spaces(25 << 20), 25 << 20, "http://example.com/huge"):
            out.write(part)
    return path


def nested_html(tmp: Path) -> Path:
    path = tmp / "nested.html"
    path.write_text(NESTED_DIVS, encoding="utf-8")
    return path


def nested_in_warc(tmp: Path) -> Path:
    page = NESTED_DIVS.encode()
    return write_gzip(tmp / "nested.warc.gz", warc_record(iter([page]), len(page), "http://example.com/nested"))


LIMIT_CASES = [
    (one_mb_text, ["too_long"]),
    (one_mb_jsonl, ["too_long", None]),
    (just_over_text_limit, ["too_long"]),
    (one_mb_html, ["too_long"]),
    (over_max_size, ["too_large"]),
    (huge_jsonl_line, ["too_large", None]),
    (gzip_bomb, ["too_large"]),
    (warc_gz_bomb, ["too_large", None]),
    (warc_gz_bomb_not_html, [None]),
    (warc_huge_record, ["too_large"]),
    (nested_html, ["too_nested"]),
    (nested_in_warc, ["too_nested"]),
]


@pytest.mark.parametrize(("build", "codes"), LIMIT_CASES, ids=[c[0].__name__ for c in LIMIT_CASES])
def test_limit_gives_error_record_in_bounded_memory(tmp_path: Path, build, codes: list[str | None]) -> None:
    result = run_isolated(build(tmp_path))
    assert result["codes"] == codes
    assert result["peak_mb"] < MEMORY_BOUND_MB, f"peak {result['peak_mb']:.0f} MB"


# ------------------------------------------------------------ the guards themselves

DEPTH_CASES = [
    ("<p>plain</p>", 0),
    ("<div><div><span>x</span></div></div>", 3),
    ("<div><br><img src=x><hr/><p>a<p>b<li>c</div>", 1),
    ("<div>" * 5000, MAX_HTML_DEPTH + 1),
    ("<div></div>" * 5000, 1),
    ("text with < and > but no tags " * 100, 0),
]


@pytest.mark.parametrize(("html", "depth"), DEPTH_CASES)
def test_html_depth(html: str, depth: int) -> None:
    assert html_depth(html) == depth


def test_real_pages_are_not_too_nested(shared: Path) -> None:
    pages = sorted((shared / "data" / "article-extraction" / "html").glob("*.html.gz"))
    assert pages
    for page in pages:
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        assert html_depth(html) <= MAX_HTML_DEPTH, page.name


LINE_CASES = [
    ("a\nb\n", 10, ["a\n", "b\n"]),
    ("short\n" + "x" * 50 + "\nafter\n", 10, ["short\n", "x" * 11, "after\n"]),
    ("x" * 50, 10, ["x" * 11]),
    ("", 10, []),
]


@pytest.mark.parametrize(("text", "limit", "lines"), LINE_CASES)
def test_limited_lines_cuts_long_lines_and_goes_on(text: str, limit: int, lines: list[str]) -> None:
    assert list(limited_lines(io.StringIO(text), limit)) == lines
    assert list(limited_lines(text.splitlines(keepends=True), limit)) == text.splitlines(keepends=True)


RAW_TEXT_CASES = [
    ("<script " * 20_000, "too_complex"),
    ("<!--" * 30_000, "too_complex"),
    ("![x](" * 20_000, "too_complex"),
    (("<script " * 1000 + "\n") * 10, None),  # shorter lines: within the budget
    ("A one-line article that runs on. " * 2_500, None),  # 82,500 characters, no line breaks
    ("<p>Tags <b>closed</b> as usual.</p> " * 2_000, None),
    ("word " * (MAX_RAW_TEXT_CHARS // 5 + 1), "too_long"),
]


@pytest.mark.parametrize(("raw", "code"), RAW_TEXT_CASES, ids=range(len(RAW_TEXT_CASES)))
def test_raw_text_guard(raw: str, code: str | None) -> None:
    from newsgraph.ingest.readers import InputError, article_from_text

    try:
        article_from_text(raw)
    except InputError as exc:
        assert exc.code == code
    else:
        assert code is None


def test_article_under_limits_passes(tmp_path: Path) -> None:
    path = tmp_path / "fine.jsonl"
    path.write_text(json.dumps({"id": "fine", "text": "word " * (MAX_TEXT_CHARS // 5 - 10)}) + "\n", encoding="utf-8")
    [article] = list(read_inputs([str(path)]))
    assert article.error is None


def test_guard_html_removes_the_characters_lxml_refuses() -> None:
    found = {chr(c) for c in range(0x10000) if XML_INCOMPATIBLE.match(chr(c))}
    assert found == {*map(chr, range(0x09)), "\x0b", "\x0c", *map(chr, range(0x0e, 0x20)), "\ufffe", "\uffff"}
    assert guard_html("<p>a\x0bb\ufffe</p>") == "<p>ab</p>"
    assert guard_html("<p>a\tb</p>") == "<p>a\tb</p>"
