"""Duplicate articles: same canonical URL, same normalised text, or nearly the same text (MinHash LSH).

A ``Fingerprint`` is computed where the text is (in a worker, in parallel); the
``Deduplicator`` sees fingerprints in input order, so which copy is kept (the
first) never depends on the number of workers.  Exact keys are 64-bit hashes
kept for the whole run; the near-duplicate index keeps the most recent
``window`` kept articles (their MinHash values in a fixed ring buffer), so its
memory is bounded on feeds of any length.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from newsgraph.ingest.urls import canonical_url
from newsgraph.model import Article

NUM_PERM = 64
SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-gram sets
LSH_WEIGHTS = (0.2, 0.8)  # favour recall in the LSH (8 bands of 8); candidates are then checked exactly
DEFAULT_WINDOW = 10_000  # ~2.7 KB per article in the LSH window (datasketch); measured by bench_scale_rss.py
MIN_SHINGLES = 5  # shorter texts are only compared exactly
_WORD = re.compile(r"\w+")
_SCHEME = MinHash(num_perm=1).scheme  # the current datasketch permutation scheme


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


def _hash64(data: str) -> int:
    """A stable 64-bit hash (Python's ``hash`` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def normalised_words(text: str) -> list[str]:
    """Lower-cased words without punctuation: what stays when only spacing or markup changes."""
    return _WORD.findall(text.lower())


def signature(words: list[str], num_perm: int = NUM_PERM) -> np.ndarray | None:
    """MinHash values of the word shingles, or None when the text is too short to compare."""
    if len(words) < SHINGLE_WORDS + MIN_SHINGLES:
        return None
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}
    minhash = MinHash(num_perm=num_perm)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues.copy()


def fingerprint(article: Article, num_perm: int = NUM_PERM) -> Fingerprint:
    """The dedup keys of an article: canonical URL hash, normalised text hash and MinHash."""
    words = normalised_words(article.text)
    url_key = _hash64(canonical_url(article.url)) if article.url else None
    return Fingerprint(article.id, article.url, url_key, _hash64(" ".join(words)), signature(words, num_perm))


class Deduplicator:
    """Keeps the first copy of each article; later copies come back as ``Duplicate``."""

    def __init__(self, threshold: float = NEAR_THRESHOLD, num_perm: int = NUM_PERM,
                 window: int = DEFAULT_WINDOW, near: bool = True) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.window = max(1, window)
        self.near = near
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
        self.ring = np.zeros((self.window, num_perm), dtype=np.uint32) if near else None
        self.ring_ids: list[str | None] = [None] * self.window if near else []
        self.slot_of: dict[str, int] = {}
        self.next_slot = 0
        self.by_url: dict[int, str] = {}
        self.by_text: dict[int, str] = {}
        self.counts = {"url": 0, "exact": 0, "near": 0}

    def check(self, fp: Fingerprint) -> Duplicate | None:
        """The duplicate verdict for ``fp`` (without remembering it)."""
        if fp.url_key is not None and fp.url_key in self.by_url:
            return Duplicate(fp.id, fp.url, self.by_url[fp.url_key], "url")
        if fp.text_key in self.by_text:
            return Duplicate(fp.id, fp.url, self.by_text[fp.text_key], "exact")
        if self.near and fp.minhash is not None and self.slot_of:
            kept_id = self._nearest(fp.minhash)
            if kept_id is not None:
                return Duplicate(fp.id, fp.url, kept_id, "near")
        return None

    def _nearest(self, hashvalues: np.ndarray) -> str | None:
        """The most similar kept article at or above the threshold (LSH candidates, checked on MinHash)."""
        assert self.ring is not None
        best: tuple[float, str] | None = None
        for candidate in self.lsh.query(self._lean(hashvalues)):
            similarity = float(np.mean(self.ring[self.slot_of[candidate]] == hashvalues))
            if similarity >= self.threshold and (best is None or (-similarity, candidate) < (-best[0], best[1])):
                best = (similarity, candidate)
        return best[1] if best else None

    def add(self, fp: Fingerprint) -> None:
        """Remember a kept article; past ``window`` the oldest leaves the near-duplicate index."""
        if fp.url_key is not None:
            self.by_url.setdefault(fp.url_key, fp.id)
        self.by_text.setdefault(fp.text_key, fp.id)
        if not self.near or fp.minhash is None or fp.id in self.slot_of or self.ring is None:
            return
        slot = self.next_slot
        evicted = self.ring_ids[slot]
        if evicted is not None:
            self.lsh.remove(evicted)
            del self.slot_of[evicted]
        self.ring[slot] = fp.minhash
        self.ring_ids[slot] = fp.id
        self.slot_of[fp.id] = slot
        self.lsh.insert(fp.id, self._lean(fp.minhash))
        self.next_slot = (slot + 1) % self.window

    def offer(self, fp: Fingerprint) -> Duplicate | None:
        """Check ``fp`` and remember it when it is new; counts duplicates by kind."""
        duplicate = self.check(fp)
        if duplicate is None:
            self.add(fp)
        else:
            self.counts[duplicate.kind] += 1
        return duplicate

    def _lean(self, hashvalues: np.ndarray) -> LeanMinHash:
        return LeanMinHash(seed=1, hashvalues=hashvalues, scheme=_SCHEME)
