"""WARC and WARC.gz: response records streamed one at a time with FastWARC."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.model import Article

MAX_RECORD_BYTES = 20 * 1024 * 1024


def _http_charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def read_warc(stream: BinaryIO, origin: str, published: str | None = None) -> Iterator[Article]:
    """One Article per HTML response record; other records are skipped."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from newsgraph.ingest.readers import InputError, article_from_html, decode_text, error_article, html_charset

    count = 0
    try:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            count += 1
            url = record.headers.get("WARC-Target-URI")
            where = f"{origin}#{url or count}"
            content_type = (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
            if content_type and "html" not in content_type.lower():
                continue
            try:
                body = record.reader.read(MAX_RECORD_BYTES + 1)
                if len(body) > MAX_RECORD_BYTES:
                    raise InputError("too_large", "WARC record is larger than the 20 MB limit")
                charset = _http_charset(content_type) or html_charset(body)
                yield article_from_html(decode_text(body, charset), url=url, published=published)
            except InputError as exc:
                yield error_article(where, exc.code, exc.message)
    except (OSError, EOFError, ValueError) as exc:  # FastWARC 2 reports a corrupt stream as OSError
        yield error_article(f"{origin}#{count}", "bad_warc", f"WARC stream is corrupt: {exc}")


def read_warc_file(path: Path, published: str | None = None) -> Iterator[Article]:
    """Records of a .warc or .warc.gz file, streamed (FastWARC detects the compression)."""
    with path.open("rb") as stream:
        yield from read_warc(stream, str(path), published)
