"""The record as an Arrow schema: Parquet export and the shards of `newsgraph run`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsgraph.model import SCHEMA_VERSION

_span = [("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]
ACTOR = pa.struct([("name", pa.string()), ("country", pa.string()), ("sector", pa.string()),
                   ("wikidata", pa.string())])
SPAN = pa.struct(_span)
PLACE = pa.struct([*_span, ("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
                   ("lon", pa.float64()), ("geonameid", pa.int64()), ("kind", pa.string())])
PARTICIPANT = pa.struct([*_span, ("actor", ACTOR)])

RECORD = pa.schema([
    ("schema", pa.int32()),
    ("id", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("published", pa.string()),
    ("source", pa.string()),
    ("authors", pa.list_(pa.string())),
    ("language", pa.string()),
    ("text", pa.large_string()),
    ("entities", pa.list_(pa.struct([*_span, ("label", pa.string()), ("actor", ACTOR)]))),
    ("quotes", pa.list_(pa.struct([
        *_span, ("direct", pa.bool_()),
        ("speaker", pa.struct([*_span, ("name", pa.string()), ("actor", ACTOR)])),
        ("cue", SPAN),
    ]))),
    ("events", pa.list_(pa.struct([
        ("type", pa.string()), ("mode", pa.string()), ("negated", pa.bool_()),
        ("source", PARTICIPANT), ("target", PARTICIPANT), ("date", pa.string()), ("place", PLACE),
        ("trigger", SPAN), ("sentence", pa.struct([("start", pa.int64()), ("end", pa.int64())])),
        ("cameo", pa.string()), ("confidence", pa.float64()),
    ]))),
    ("claims", pa.list_(pa.struct([
        *_span, ("value", pa.float64()), ("unit", pa.string()), ("kind", pa.string()),
        ("currency", pa.string()), ("approximate", pa.bool_()), ("change", pa.string()),
        ("subject", SPAN), ("source", pa.struct([*_span, ("actor", ACTOR)])), ("time", pa.string()),
    ]))),
    ("dates", pa.list_(pa.struct([*_span, ("value", pa.string()), ("type", pa.string())]))),
    ("places", pa.list_(PLACE)),
    ("error", pa.struct([("code", pa.string()), ("message", pa.string())])),
], metadata={"newsgraph.schema": str(SCHEMA_VERSION)})


def to_table(records: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(records, schema=RECORD)


def write_parquet(records: Iterable[dict[str, Any]], out: str | Path, batch_size: int = 1000) -> int:
    """Write records to one Parquet file in row groups of ``batch_size``; returns the count."""
    count = 0
    with pq.ParquetWriter(str(out), RECORD, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= batch_size:
                writer.write_table(to_table(batch))
                count += len(batch)
                batch = []
        if batch:
            writer.write_table(to_table(batch))
            count += len(batch)
    return count



def read_parquet(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records back from a Parquet file, in the JSON shape (``schema`` first)."""
    pf = pq.ParquetFile(str(path))
    for batch in pf.iter_batches():
        yield from batch.to_pylist()
