"""Shards of a run: Parquet files written atomically, and a manifest that says which are finished.

Layout of the output folder::

    manifest.json            config of the run + one entry per finished shard
    shard-00000.parquet      the records of shard 0 (schema: store/parquet.py)
    shard-00000.dups.jsonl   articles of shard 0 skipped as duplicates, with the id they repeat
    shard-00000.keys.npz     dedup fingerprints of the articles kept in shard 0 (to repair the index on resume)
    dedup.sqlite             the dedup index of every article kept so far (dedup.py)

Every file is written to a temporary name and renamed; the manifest is written
last, so a shard counts as finished only when all its files are in place.
A killed run leaves at most some temporary files, which the next run overwrites.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph.dedup import NUM_PERM, Duplicate, Fingerprint
from newsgraph.store.parquet import read_parquet, write_parquet

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1


class ConfigMismatch(ValueError):
    """The output folder holds a run made with other inputs or options."""


@dataclass(slots=True)
class ShardResult:
    """Everything one shard produced."""

    index: int
    units: int
    records: list[dict[str, Any]]
    duplicates: list[Duplicate]
    kept: list[Fingerprint]
    errors: dict[str, int] = field(default_factory=dict)


def shard_name(index: int) -> str:
    return f"shard-{index:05d}"


def _fsync_replace(tmp: Path, final: Path) -> None:
    """Flush ``tmp`` to disk and rename it over ``final`` (atomic on POSIX)."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, final)


def _save_keys(kept: list[Fingerprint], path: Path) -> None:
    minhash = np.zeros((len(kept), NUM_PERM), dtype=np.uint32)
    has_minhash = np.zeros(len(kept), dtype=bool)
    for row, fp in enumerate(kept):
        if fp.minhash is not None and len(fp.minhash) == NUM_PERM:
            minhash[row] = fp.minhash
            has_minhash[row] = True
    with path.open("wb") as fh:
        np.savez(fh, ids=np.array([fp.id for fp in kept], dtype=str),
                 url_keys=np.array([fp.url_key or 0 for fp in kept], dtype=np.int64),
                 has_url=np.array([fp.url_key is not None for fp in kept], dtype=bool),
                 text_keys=np.array([fp.text_key for fp in kept], dtype=np.int64),
                 minhash=minhash, has_minhash=has_minhash)


def _load_keys(path: Path) -> Iterator[Fingerprint]:
    with np.load(path) as data:
        for i, article_id in enumerate(data["ids"]):
            yield Fingerprint(
                str(article_id), None, int(data["url_keys"][i]) if data["has_url"][i] else None,
                int(data["text_keys"][i]), data["minhash"][i].copy() if data["has_minhash"][i] else None,
            )


class ShardStore:
    """The output folder of a run: which shards are finished, and writing new ones."""

    def __init__(self, out: str | Path, config: dict[str, Any]) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.path = self.out / MANIFEST
        if self.path.exists():
            self.manifest = json.loads(self.path.read_text(encoding="utf-8"))
            if self.manifest.get("config") != config:
                raise ConfigMismatch(
                    f"{self.out} holds a run with other inputs or options; use another --out folder\n"
                    f"  there: {self.manifest.get('config')}\n  now:   {config}")
        else:
            self.manifest = {"version": MANIFEST_VERSION, "config": config, "shards": {}}
            self._save_manifest()

    def done(self, index: int) -> bool:
        return shard_name(index) in self.manifest["shards"]

    def finished(self) -> set[int]:
        """The indices of the finished shards."""
        return {int(name.rsplit("-", 1)[1]) for name in self.manifest["shards"]}

    def entry(self, index: int) -> dict[str, Any]:
        return dict(self.manifest["shards"][shard_name(index)])

    def kept_fingerprints(self, index: int) -> Iterator[Fingerprint]:
        """The fingerprints of the articles a finished shard kept."""
        yield from _load_keys(self.out / f"{shard_name(index)}.keys.npz")

    def write(self, result: ShardResult) -> dict[str, Any]:
        """Write the shard's files, then record it in the manifest; returns its manifest entry."""
        name = shard_name(result.index)
        tmp_suffix = f".tmp-{os.getpid()}"
        files = {
            "parquet": self.out / f"{name}.parquet",
            "dups": self.out / f"{name}.dups.jsonl",
            "keys": self.out / f"{name}.keys.npz",
        }
        tmps = {kind: path.with_name(path.name + tmp_suffix) for kind, path in files.items()}
        write_parquet(result.records, tmps["parquet"])
        with tmps["dups"].open("w", encoding="utf-8") as fh:
            for dup in result.duplicates:
                fh.write(json.dumps(asdict(dup), ensure_ascii=False) + "\n")
        _save_keys(result.kept, tmps["keys"])
        for kind in ("keys", "dups", "parquet"):
            _fsync_replace(tmps[kind], files[kind])
        entry = {"file": files["parquet"].name, "units": result.units, "records": len(result.records),
                 "duplicates": len(result.duplicates), "errors": result.errors}
        self.manifest["shards"][name] = entry
        self._save_manifest()
        return entry

    def _save_manifest(self) -> None:
        tmp = self.path.with_name(self.path.name + f".tmp-{os.getpid()}")
        tmp.write_text(json.dumps(self.manifest, indent=1, sort_keys=True), encoding="utf-8")
        _fsync_replace(tmp, self.path)


def finished_shards(out: str | Path) -> list[Path]:
    """The Parquet files of the finished shards of a run folder, in shard order."""
    folder = Path(out)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return [folder / manifest["shards"][name]["file"] for name in sorted(manifest["shards"])]


def shard_duplicates(parquet: Path) -> Iterator[dict[str, Any]]:
    """The duplicates recorded beside a shard."""
    path = parquet.with_name(parquet.name.replace(".parquet", ".dups.jsonl"))
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def shard_records(parquet: Path) -> Iterator[dict[str, Any]]:
    """The records of one shard."""
    yield from read_parquet(parquet)
