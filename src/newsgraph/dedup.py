"""Duplicate articles: same canonical URL, same normalised text, or nearly the same text (MinHash LSH).

A ``Fingerprint`` is computed where the text is (in a worker, in parallel); the
``Deduplicator`` sees fingerprints in input order, so which copy is kept (the
first) never depends on the number of workers.  Every kept article stays in
the index for the whole run: the exact keys, the LSH band keys and the MinHash
values live in a SQLite file (in the run folder), so memory stays flat however
long the feed, and a resumed run still finds copies of articles from before
the restart.  Changes since the last ``commit`` are one open transaction: a
killed run loses them, and the next run re-adds what its finished shards kept.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsgraph.ingest.urls import canonical_url
from newsgraph.model import Article

NUM_PERM = 64
SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-gram sets
# 8 bands of 8 rows: what datasketch's MinHashLSH picks for threshold 0.8, 64 permutations and
# weights (0.2, 0.8) (favouring recall); candidates are then checked on all 64 values.
BANDS, ROWS = 8, 8
assert BANDS * ROWS == NUM_PERM, "the bands must cover the signature exactly"
MIN_SHINGLES = 5  # shorter texts are only compared exactly
CACHE_KIB = 2 * 1024  # SQLite page cache of the index (its only memory; the OS caches the file itself)
_WORD = re.compile(r"\w+")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (n INTEGER PRIMARY KEY, id TEXT NOT NULL, minhash BLOB);
CREATE TABLE IF NOT EXISTS urls (key INTEGER PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS texts (key INTEGER PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shards (shard INTEGER PRIMARY KEY);
"""


@dataclass(slots=True)
class Fingerprint:
    """What the deduplicator needs to know about one article."""

    id: str
    url: str | None
    url_key: int | None
    text_key: int
    minhash: np.ndarray | None  # NUM_PERM hash values, None for short texts


@dataclass(slots=True)
class Duplicate:
    """An article skipped because it repeats ``kept_id``; ``kind`` is url, exact or near."""

    id: str
    url: str | None
    kept_id: str
    kind: str


def _hash64(data: str | bytes) -> int:
    """A stable signed 64-bit hash (Python's ``hash`` changes between processes; SQLite wants signed)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "big", signed=True)


def normalised_words(text: str) -> list[str]:
    """Lower-cased words without punctuation: what stays when only spacing or markup changes."""
    return _WORD.findall(text.lower())


def signature(words: list[str]) -> np.ndarray | None:
    """MinHash values of the word shingles, or None when the text is too short to compare."""
    if len(words) < SHINGLE_WORDS + MIN_SHINGLES:
        return None
    from datasketch import MinHash  # here, not at the top: datasketch imports scipy (0.4 CPU-s), which the
    # driver of a run, which only compares band keys, never needs

    shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues.astype(np.uint32)


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """One key per LSH band: articles sharing any band key are near-duplicate candidates."""
    values = np.ascontiguousarray(hashvalues, dtype="<u4")
    return [_hash64(bytes([band]) + values[band * ROWS:(band + 1) * ROWS].tobytes()) for band in range(BANDS)]


def fingerprint(article: Article) -> Fingerprint:
    """The dedup keys of an article: canonical URL hash, normalised text hash and MinHash."""
    words = normalised_words(article.text)
    url_key = _hash64(canonical_url(article.url)) if article.url else None
    return Fingerprint(article.id, article.url, url_key, _hash64(" ".join(words)), signature(words))


class Deduplicator:
    """Keeps the first copy of each article; later copies come back as ``Duplicate``.

    ``path`` is the SQLite index file (created if missing); None keeps the index in memory.
    """

    def __init__(self, path: str | Path | None = None, threshold: float = NEAR_THRESHOLD, near: bool = True) -> None:
        self.threshold = threshold
        self.near = near
        self.conn = sqlite3.connect(":memory:" if path is None else str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL" if path is not None else "PRAGMA journal_mode=MEMORY")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.conn.executescript(_SCHEMA)
        self.counts = {"url": 0, "exact": 0, "near": 0}

    def shards(self) -> set[int]:
        """The shards whose kept articles are committed to the index."""
        return {row[0] for row in self.conn.execute("SELECT shard FROM shards")}

    def reset(self) -> None:
        """Forget everything (the index belongs to another state of the run folder)."""
        self.rollback()
        for table in ("docs", "urls", "texts", "bands", "shards"):
            self.conn.execute(f"DELETE FROM {table}")

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def commit(self, shard: int | None = None) -> None:
        """Make what was added since the last commit durable; ``shard`` records that it is in."""
        self._begin()
        if shard is not None:
            self.conn.execute("INSERT OR IGNORE INTO shards VALUES (?)", (shard,))
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        """Drop what was added since the last commit."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the index; uncommitted additions are dropped."""
        self.rollback()
        self.conn.close()

    def _id_of(self, table: str, key: int) -> str | None:
        row = self.conn.execute(f"SELECT d.id FROM {table} t JOIN docs d ON d.n = t.doc WHERE t.key = ?",
                                (key,)).fetchone()
        return row[0] if row else None

    def check(self, fp: Fingerprint) -> Duplicate | None:
        """The duplicate verdict for ``fp`` (without remembering it)."""
        if fp.url_key is not None and (kept := self._id_of("urls", fp.url_key)) is not None:
            return Duplicate(fp.id, fp.url, kept, "url")
        if (kept := self._id_of("texts", fp.text_key)) is not None:
            return Duplicate(fp.id, fp.url, kept, "exact")
        if self.near and fp.minhash is not None and (kept := self._nearest(fp.minhash)) is not None:
            return Duplicate(fp.id, fp.url, kept, "near")
        return None

    def _nearest(self, hashvalues: np.ndarray) -> str | None:
        """The most similar kept article at or above the threshold (the earliest on ties)."""
        keys = band_keys(hashvalues)
        rows = self.conn.execute(
            f"SELECT DISTINCT d.n, d.id, d.minhash FROM bands b JOIN docs d ON d.n = b.doc "
            f"WHERE b.key IN ({','.join('?' * len(keys))}) ORDER BY d.n", keys).fetchall()
        best: tuple[float, str] | None = None
        for _, kept_id, blob in rows:
            similarity = float(np.mean(np.frombuffer(blob, dtype="<u4") == hashvalues))
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, kept_id)
        return best[1] if best else None

    def add(self, fp: Fingerprint) -> None:
        """Remember a kept article (inside the open transaction)."""
        self._begin()
        blob = None
        if self.near and fp.minhash is not None:
            blob = np.ascontiguousarray(fp.minhash, dtype="<u4").tobytes()
        doc = self.conn.execute("INSERT INTO docs(id, minhash) VALUES (?, ?)", (fp.id, blob)).lastrowid
        if fp.url_key is not None:
            self.conn.execute("INSERT OR IGNORE INTO urls VALUES (?, ?)", (fp.url_key, doc))
        self.conn.execute("INSERT OR IGNORE INTO texts VALUES (?, ?)", (fp.text_key, doc))
        if blob is not None and fp.minhash is not None:
            self.conn.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)",
                                  [(key, doc) for key in band_keys(fp.minhash)])

    def offer(self, fp: Fingerprint) -> Duplicate | None:
        """Check ``fp`` and remember it when it is new; counts duplicates by kind."""
        duplicate = self.check(fp)
        if duplicate is None:
            self.add(fp)
        else:
            self.counts[duplicate.kind] += 1
        return duplicate
