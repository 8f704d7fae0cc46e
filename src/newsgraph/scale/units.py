"""Work units: the inputs cut into small picklable pieces, streamed in a fixed order.

The driver only reads bytes (a WARC record, a JSON line, a file name); turning
them into articles (HTML extraction, cleaning) happens in the workers, where
it runs in parallel.  The order of units depends on the inputs alone, so shard
``k`` always holds the same units and a resumed run can skip finished shards.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.ingest.readers import (
    jsonl_article,
    read_path,
    walk,
)
from newsgraph.ingest.warc import WarcPayload, article_from_payload, warc_file_payloads
from newsgraph.model import Article


@dataclass(slots=True)
class Unit:
    """One piece of input: ``kind`` is warc (an HTML response), jsonl (a line), path (a file) or article."""

    kind: str
    origin: str
    payload: bytes | str | WarcPayload | None = None
    url: str | None = None
    content_type: str = ""
    lineno: int = 0
    position: int = 0  # bytes of input read up to this unit, over all inputs (for progress)


def _warc_units(path: Path, base: int = 0) -> Iterator[Unit]:
    """HTML response records of a WARC file, read one at a time (the file is never loaded whole)."""
    for item in warc_file_payloads(path):
        if isinstance(item, Article):
            yield Unit("article", str(path), pickle.dumps(item), position=base)
        else:
            yield Unit("warc", item.where, item, item.url, item.content_type, position=base + item.stream_pos)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def input_bytes(paths: Iterable[str]) -> int:
    """Total size of the inputs, for the progress estimate."""
    return sum(_size(path) for path in walk(paths) if path != "-")


def iter_units(paths: Iterable[str], input_format: str = "auto", published: str | None = None) -> Iterator[Unit]:
    """Every unit of every input, in input order (stdin is read here, as finished articles)."""
    base = 0
    for path in walk(paths):
        file = Path(path)
        if path == "-":
            for article in read_path("-", input_format, published):
                yield Unit("article", "-", pickle.dumps(article), position=base)
        elif input_format in ("warc", "auto") and file.name.endswith((".warc", ".warc.gz")) and file.is_file():
            yield from _warc_units(file, base)
        elif input_format in ("jsonl", "auto") and file.suffix == ".jsonl" and file.is_file():
            with file.open(encoding="utf-8", errors="replace") as lines:
                offset = base
                for lineno, line in enumerate(lines, 1):
                    offset += len(line)
                    if line.strip():
                        yield Unit("jsonl", path, line, lineno=lineno, position=offset)
        else:
            yield Unit("path", path, position=base + _size(path))
        base += _size(path) if path != "-" else 0


def ingest_unit(unit: Unit, input_format: str = "auto", published: str | None = None) -> list[Article]:
    """The articles of one unit (usually one); bad input gives an error article, never an exception."""
    if unit.kind == "warc":
        return [article_from_payload(unit.payload, published)] if isinstance(unit.payload, WarcPayload) else []
    if unit.kind == "jsonl":
        return [jsonl_article(str(unit.payload), unit.origin, unit.lineno, published)]
    if unit.kind == "article":
        return [pickle.loads(unit.payload)] if isinstance(unit.payload, bytes) else []
    return list(read_path(unit.origin, input_format, published))
