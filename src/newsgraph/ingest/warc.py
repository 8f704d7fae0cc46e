"""WARC and WARC.gz: response records streamed one at a time with FastWARC."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from newsgraph.model import Article

MAX_RECORD_BYTES = 20 * 1024 * 1024
CHUNK = 1 << 20


def _http_charset(content_type: str) -> str | None:
    """The charset of an HTTP Content-Type header."""
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def _payload(record: Any, keep: bool) -> bytes:
    """The record's payload (b'' when not kept), checked against its declared length."""
    from newsgraph.ingest.readers import InputError

    if record.headers.get("Content-Length") is None:
        raise InputError("bad_warc", "WARC record has no Content-Length (the file is cut or corrupt)")
    if keep:
        body = record.reader.read(MAX_RECORD_BYTES + 1)
        if len(body) > MAX_RECORD_BYTES:
            raise InputError("too_large", "WARC record is larger than the 20 MB limit")
        size = len(body)
    else:
        body, size = b"", 0
        while chunk := record.reader.read(CHUNK):
            size += len(chunk)
    if size < record.content_length:
        raise InputError("truncated", f"WARC record is cut: {size} of {record.content_length} bytes")
    return body


@dataclass(slots=True)
class WarcPayload:
    """The HTTP body of one HTML response record, with what is needed to turn it into an article."""

    where: str
    url: str | None
    content_type: str
    body: bytes
    stream_pos: int


def warc_payloads(stream: BinaryIO | str, origin: str) -> Iterator[WarcPayload | Article]:
    """HTML response payloads of a WARC, one record at a time, or error Articles where a record is bad.

    Other records are skipped; a cut record ends the file; a WARC with no HTML response gives ``empty``.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from newsgraph.ingest.readers import InputError, error_article

    count = found = 0
    try:
        for record in ArchiveIterator(stream, parse_http=True):
            count += 1
            url = record.headers.get("WARC-Target-URI")
            where = f"{origin}#{url or count}"
            content_type = (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
            is_html = record.record_type == WarcRecordType.response and "html" in (content_type or "html").lower()
            found += is_html
            try:
                body = _payload(record, keep=is_html)
            except InputError as exc:
                yield error_article(where, exc.code, exc.message)
                if exc.code == "too_large":
                    continue
                return  # a cut record is the end of the readable file
            if is_html:
                yield WarcPayload(where, url, content_type, body, record.stream_pos)
    except (OSError, EOFError, ValueError) as exc:  # FastWARC 2 reports a corrupt stream as OSError
        yield error_article(f"{origin}#{count}", "bad_warc", f"WARC stream is corrupt: {exc}")
        return
    if not found:
        yield error_article(origin, "empty", f"no HTML response record among {count} WARC records")


def article_from_payload(payload: WarcPayload, published: str | None = None) -> Article:
    """The article of one HTML response payload; bad input gives an error Article."""
    from newsgraph.ingest.readers import InputError, article_from_html, decode_text, error_article, html_charset

    try:
        charset = _http_charset(payload.content_type) or html_charset(payload.body)
        return article_from_html(decode_text(payload.body, charset), url=payload.url, published=published)
    except InputError as exc:
        return error_article(payload.where, exc.code, exc.message)


def read_warc(stream: BinaryIO, origin: str, published: str | None = None) -> Iterator[Article]:
    """One Article per HTML response record (see ``warc_payloads`` for the rest)."""
    for item in warc_payloads(stream, origin):
        yield item if isinstance(item, Article) else article_from_payload(item, published)


def warc_file_payloads(path: Path) -> Iterator[WarcPayload | Article]:
    """Payloads of a .warc or .warc.gz file, streamed (FastWARC detects the compression).

    FastWARC stops quietly at a cut gzip member, so a compressed file is checked to its end
    afterwards and a cut one adds an error record after the records read before the cut.
    """
    from newsgraph.ingest.readers import error_article

    with path.open("rb") as stream:
        compressed = stream.read(2) == b"\x1f\x8b"
        stream.seek(0)
        yield from warc_payloads(stream, str(path))
    if compressed:
        problem = gzip_problem(path)
        if problem:
            yield error_article(f"{path}#end", "bad_gzip", problem)


def read_warc_file(path: Path, published: str | None = None) -> Iterator[Article]:
    """One Article per HTML response record of a .warc or .warc.gz file, error records included."""
    for item in warc_file_payloads(path):
        yield item if isinstance(item, Article) else article_from_payload(item, published)


def gzip_problem(path: Path, chunk: int = 1 << 20) -> str | None:
    """Why a (multi-member) gzip file cannot be read to its end, or None; bounded memory, output discarded."""
    import zlib

    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    started = False  # the current member has begun
    with path.open("rb") as stream:
        while data := stream.read(chunk):
            while data:
                started = True
                try:
                    decompressor.decompress(data, chunk)
                    # after a member's end the tail is the next member (also in unused_data)
                    while decompressor.unconsumed_tail and not decompressor.eof:
                        decompressor.decompress(decompressor.unconsumed_tail, chunk)
                except zlib.error as exc:
                    return f"gzip data is corrupt: {exc}"
                if not decompressor.eof:
                    break
                # the member ended: what follows starts the next one
                data, started = decompressor.unused_data, False
                decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
                if data and not data.startswith(b"\x1f\x8b") and data.strip(b"\x00"):
                    return "bytes after the last gzip member are not gzip"
    return "gzip data is truncated" if started else None
