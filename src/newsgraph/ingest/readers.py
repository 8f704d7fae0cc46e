"""Readers: files, folders, stdin, JSON Lines and WARC in; Articles out, one per input.

Every input gives exactly one Article, in order.  A bad input (unreadable,
binary, empty, too large, not UTF-8, not a news page) gives an Article whose
``error`` says why, and reading goes on with the next one.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.ingest.clean import clean_scraped, looks_like_html
from newsgraph.ingest.html import NotAnArticle, parse_page
from newsgraph.ingest.limits import MAX_LINE_CHARS, guard_html, guard_raw_text, limited_lines
from newsgraph.ingest.urls import outlet
from newsgraph.model import Article, stable_id

MAX_INPUT_BYTES = 20 * 1024 * 1024
SIDECAR = ".meta.json"  # optional metadata beside a text or HTML file: {"url", "published", "title", "id"}
INPUT_FORMATS = ("auto", "html", "text", "jsonl", "warc")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
FOLDER_NOTE = re.compile(r"^(?:README|LICEN[CS]E|COPYING|NOTICE)(?:\.(?:md|txt|rst))?$", re.I)


class InputError(Exception):
    """An input that cannot become an article; ``code`` goes into the error record."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def error_article(origin: str, code: str, message: str, article_id: str | None = None) -> Article:
    """An error record for one input; the message names the input so a user can find it."""
    article = Article(id=article_id or stable_id(None, f"error:{origin}"))
    return article.fail(code, message if message.startswith(origin) else f"{origin}: {message}")


# ---------------------------------------------------------------- bytes


def read_limited(stream: BinaryIO, limit: int = MAX_INPUT_BYTES) -> bytes:
    """At most ``limit`` bytes of a stream; more is a ``too_large`` InputError."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError("too_large", f"input is larger than the {limit // (1024 * 1024)} MB limit")
    return data


def gunzip_prefix(data: bytes, limit: int = MAX_INPUT_BYTES) -> tuple[bytes, str | None]:
    """What (multi-member) gzip data decompresses to, in bounded memory, and why it stops early (or None).

    A bomb (more than ``limit`` bytes out) is a ``too_large`` InputError.
    """
    out = bytearray()
    while data:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += decompressor.decompress(data, limit + 1 - len(out))
            while decompressor.unconsumed_tail and len(out) <= limit:
                out += decompressor.decompress(decompressor.unconsumed_tail, limit + 1 - len(out))
        except zlib.error as exc:
            return bytes(out), f"gzip data is corrupt: {exc}"
        if len(out) > limit:
            raise InputError("too_large", f"decompressed input exceeds the {limit // (1024 * 1024)} MB limit")
        if not decompressor.eof:
            return bytes(out), "gzip data is truncated"
        # a WARC.gz is one gzip member per record: go on with the next member
        data = decompressor.unused_data if decompressor.unused_data[:2] == b"\x1f\x8b" else b""
    return bytes(out), None


def gunzip_limited(data: bytes, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Decompress (multi-member) gzip data in bounded memory; truncated or bomb-like data is an InputError."""
    out, problem = gunzip_prefix(data, limit)
    if problem:
        raise InputError("bad_gzip", problem)
    return out


def looks_binary(data: bytes) -> bool:
    """True when the first 8 KB hold a NUL byte or more than 5% control bytes."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text in the declared encoding (UTF-8 by default, BOM dropped); invalid bytes are an InputError."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    encoding = (declared or "utf-8").lower()
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError("bad_encoding", f"input is not valid {encoding}: {exc}") from exc


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag when it is not UTF-8."""
    match = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', data[:4096], re.I)
    if match:
        name = match.group(1).decode("ascii").lower()
        if name not in ("utf-8", "utf8"):
            return name
    return None


# ---------------------------------------------------------------- one document


def detect_format(data: bytes) -> str:
    """warc, jsonl, html or text, from the bytes rather than the file name."""
    head = data[:4096].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{"):
        first = data.lstrip().split(b"\n", 1)[0]
        try:
            obj = json.loads(first)
        except ValueError:
            obj = None
        if isinstance(obj, dict) and ("text" in obj or "html" in obj):
            return "jsonl"
    try:
        sample = head.decode("utf-8", errors="replace")
    except Exception:  # noqa: BLE001
        sample = ""
    return "html" if looks_like_html(sample) else "text"


def article_from_text(raw: str, *, article_id: str | None = None, url: str | None = None,
                      published: str | None = None, clean: bool = True) -> Article:
    """An article from plain text; scraped residue is cleaned unless ``clean`` is False."""
    guard_raw_text(raw)
    if clean:
        cleaned = clean_scraped(raw)
        text, offsets = cleaned.text, cleaned.offsets
    else:
        text, offsets = raw, None
    if not text.strip():
        raise InputError("empty", "input has no text")
    article = Article(id=article_id or stable_id(url, text), text=text, url=url, published=published,
                      source=outlet(url))
    article.offset_map = offsets
    return article


def article_from_html(html: str, *, article_id: str | None = None, url: str | None = None,
                      published: str | None = None) -> Article:
    """An article from an HTML page: body and metadata; a page without a body is an InputError."""
    if not html.strip():
        raise InputError("empty", "input has no text")
    html = guard_html(html)
    try:
        page = parse_page(html, url)
    except NotAnArticle as exc:
        raise InputError("not_an_article", str(exc)) from exc
    except RecursionError as exc:
        raise InputError("bad_html", "HTML is nested too deeply to parse") from exc
    except Exception as exc:  # noqa: BLE001 - a bug in a parser must not end the run (see tests/test_fuzz*)
        raise InputError("extract_failed", f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    return Article(
        id=article_id or stable_id(page.url, page.text), text=page.text, url=page.url, title=page.title,
        published=page.published or published, source=page.source, authors=page.authors,
    )


def _document(data: bytes, origin: str, fmt: str, published: str | None) -> Iterator[Article]:
    """Articles from one file's bytes (a JSON Lines or WARC file holds many)."""
    if data[:2] == b"\x1f\x8b":
        data, problem = gunzip_prefix(data)
        if problem and data.startswith(b"WARC/") and fmt in ("auto", "warc"):
            # a cut WARC.gz: the records before the cut, then the error
            from newsgraph.ingest.warc import read_warc

            last: Article | None = None
            for article in read_warc(io.BytesIO(data), origin, published):
                if last is not None:
                    yield last
                last = article
            if last is not None and not (last.error and last.error.code in ("truncated", "bad_warc", "empty")):
                yield last  # else the cut record is reported once, as the gzip error below
            yield error_article(f"{origin}#end", "bad_gzip", problem)
            return
        if problem:
            raise InputError("bad_gzip", problem)
    if not data.strip():
        raise InputError("empty", "input is empty")
    if fmt == "auto":
        fmt = detect_format(data)
    if fmt == "warc":
        from newsgraph.ingest.warc import read_warc

        yield from read_warc(io.BytesIO(data), origin, published)
        return
    if looks_binary(data):
        raise InputError("binary", "input looks like a binary file, not text or HTML")
    if fmt == "jsonl":
        yield from read_jsonl(decode_text(data).splitlines(), origin, published)
    elif fmt == "html":
        yield article_from_html(decode_text(data, html_charset(data)), published=published)
    else:
        yield article_from_text(decode_text(data), published=published)


# ---------------------------------------------------------------- JSON Lines


def jsonl_article(line: str, origin: str, lineno: int, published: str | None) -> Article:
    """One JSON Lines line to one article (an error record when the line is bad); ``text`` is kept as it is."""
    if len(line) > MAX_LINE_CHARS:
        return error_article(f"{origin}:{lineno}", "too_large", f"line {lineno} is over the 20 MB limit")
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return error_article(f"{origin}:{lineno}", "bad_json", f"line {lineno} is not JSON: {exc}")
    if not isinstance(obj, dict):
        return error_article(f"{origin}:{lineno}", "bad_json", f"line {lineno} is not a JSON object")
    article_id = str(obj["id"]) if obj.get("id") is not None else None
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    date = obj.get("published") if isinstance(obj.get("published"), str) else published
    try:
        if isinstance(obj.get("text"), str) and obj["text"].strip():
            article = article_from_text(obj["text"], article_id=article_id, url=url, published=date, clean=False)
        elif isinstance(obj.get("html"), str):
            article = article_from_html(obj["html"], article_id=article_id, url=url, published=date)
        else:
            raise InputError("empty", f"line {lineno} has no 'text' or 'html'")
    except InputError as exc:
        return error_article(f"{origin}:{lineno}", exc.code, exc.message, article_id)
    if isinstance(obj.get("title"), str) and not article.title:
        article.title = obj["title"]
    return article


def read_jsonl(lines: Iterable[str], origin: str, published: str | None) -> Iterator[Article]:
    """One article per non-blank line, in order."""
    for lineno, line in enumerate(limited_lines(lines), 1):
        if line.strip():
            yield jsonl_article(line, origin, lineno, published)


# ---------------------------------------------------------------- paths


def is_folder_note(name: str) -> bool:
    """A file that describes a folder rather than holding news: hidden files, sidecars, README and LICENSE."""
    return name.startswith(".") or name.endswith(SIDECAR) or FOLDER_NOTE.match(name) is not None


def walk(paths: Iterable[str]) -> Iterator[str]:
    """Files under each path, folders walked recursively in sorted order; '-' is stdin.

    In a folder, the files (sorted) come before the subfolders; a folder's notes (README, LICENSE,
    sidecars) are skipped, but a file named explicitly is always read.
    """
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not is_folder_note(name):
                        yield os.path.join(root, name)
        else:
            yield path


def read_path(path: str, input_format: str = "auto", published: str | None = None) -> Iterator[Article]:
    """Articles from one file (or stdin), streamed where the format allows."""
    try:
        if path == "-":
            stream: BinaryIO = sys.stdin.buffer
            if input_format == "jsonl":
                yield from read_jsonl(io.TextIOWrapper(stream, encoding="utf-8", errors="replace"), "-", published)
                return
            data = read_limited(stream)
        else:
            file = Path(path)
            if input_format in ("warc", "auto") and file.name.endswith((".warc", ".warc.gz")):
                from newsgraph.ingest.warc import read_warc_file

                yield from read_warc_file(file, published)
                return
            if input_format in ("jsonl", "auto") and file.suffix == ".jsonl":
                with file.open(encoding="utf-8", errors="replace") as lines:
                    yield from read_jsonl(lines, path, published)
                return
            with file.open("rb") as stream:
                data = read_limited(stream)
            sidecar = _sidecar(file)
            if sidecar:
                for article in _document(data, path, input_format, sidecar.get("published") or published):
                    yield _apply_sidecar(article, sidecar)
                return
        yield from _document(data, path, input_format, published)
    except InputError as exc:
        yield error_article(path, exc.code, exc.message)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield error_article(path, "unreadable", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one input's reader bug gives its error record, the run goes on
        yield error_article(path, "read_failed", f"{type(exc).__name__}: {exc}")


def _sidecar(file: Path) -> dict[str, str] | None:
    """The ``.meta.json`` beside a file (url, published, title, id), if any."""
    meta = file.with_name(file.name + SIDECAR)
    if not meta.is_file():
        return None
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError("bad_metadata", f"{meta} is not valid JSON: {exc}") from exc
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else None


def _apply_sidecar(article: Article, meta: dict[str, str]) -> Article:
    """Fill what the input itself did not give from its sidecar."""
    if article.error is None:
        article.url = article.url or meta.get("url")
        article.title = article.title or meta.get("title")
        article.source = article.source or outlet(article.url) or meta.get("source")
        if meta.get("id"):
            article.id = meta["id"]
        elif meta.get("url"):
            article.id = stable_id(article.url, article.text)
    return article


def read_inputs(paths: Iterable[str], input_format: str = "auto", published: str | None = None) -> Iterator[Article]:
    """Every article from every path, in order."""
    if published and not DATE.match(published):
        raise ValueError(f"--published must be YYYY-MM-DD, not {published!r}")
    for path in walk(paths):
        yield from read_path(path, input_format, published)
