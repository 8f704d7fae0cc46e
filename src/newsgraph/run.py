"""Plain functions behind the CLI: extract to JSON Lines and ingest into the store."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from newsgraph.ingest.readers import read_inputs
from newsgraph.model import Article
from newsgraph.pipeline import process


def extract_records(paths: Iterable[str], input_format: str = "auto", published: str | None = None,
                    batch_size: int = 32) -> Iterator[dict[str, Any]]:
    """Records for every input, in order: one per article, error records included."""
    articles: Iterator[Article] = read_inputs(paths, input_format, published)
    for article in process(articles, batch_size=batch_size):
        yield article.to_dict()


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> tuple[int, int]:
    """Write records one per line; returns (records, errors)."""
    total = errors = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        total += 1
        errors += record.get("error") is not None
    out.flush()
    return total, errors
