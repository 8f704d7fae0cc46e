"""Dedup: canonical URL, exact (normalised) text and MinHash near-duplicates, as tables of pairs."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.dedup import NUM_PERM, Deduplicator, Fingerprint, fingerprint
from newsgraph.model import Article
from newsgraph.scale.synthetic import article_text, near_duplicate

STORY = " ".join(article_text(11)[1])
OTHER = " ".join(article_text(12)[1])
EDITED = " ".join(near_duplicate(article_text(11)[1], seed=3, changes=2))
HEAVILY_EDITED = " ".join(near_duplicate(article_text(11)[1], seed=3, changes=60))
SHORT = "Rain is expected on Monday."

# (first article (url, text), second article (url, text), expected verdict for the second: kind or None)
CASES = [
    (("https://www.example.com/a?utm_source=x", STORY), ("http://example.com/a", OTHER), "url"),
    (("https://example.com/a", STORY), ("https://example.com/a#comments", OTHER), "url"),
    (("https://example.com/a", STORY), ("https://example.com/b", STORY.upper().replace(" ", "  ")), "exact"),
    (("https://example.com/a", STORY), ("https://other.org/x", STORY.replace(".", " .")), "exact"),
    (("https://example.com/a", STORY), ("https://other.org/x", EDITED), "near"),
    (("https://example.com/a", STORY), ("https://other.org/x", HEAVILY_EDITED), None),
    (("https://example.com/a", STORY), ("https://example.com/b", OTHER), None),
    (("https://example.com/a?id=1", STORY), ("https://example.com/a?id=2", OTHER), None),
    ((None, SHORT), (None, SHORT + " Snow later."), None),
    ((None, SHORT), (None, SHORT.lower()), "exact"),
    ((None, ""), (None, OTHER), None),
]


def _article(i: int, url: str | None, text: str) -> Article:
    return Article(id=f"id{i}", url=url, text=text)


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_verdict_for_second_copy(first, second, expected):
    dedup = Deduplicator()
    assert dedup.offer(fingerprint(_article(1, *first))) is None
    verdict = dedup.offer(fingerprint(_article(2, *second)))
    if expected is None:
        assert verdict is None
    else:
        assert verdict is not None and (verdict.kind, verdict.kept_id, verdict.id) == (expected, "id1", "id2")


def test_counts_by_kind_and_first_copy_kept():
    dedup = Deduplicator()
    texts = [STORY, OTHER, EDITED, STORY, " ".join(article_text(13)[1])]
    verdicts = [dedup.offer(fingerprint(_article(i, None, t))) for i, t in enumerate(texts)]
    assert [v.kind if v else None for v in verdicts] == [None, None, "near", "exact", None]
    assert dedup.counts == {"url": 0, "exact": 1, "near": 1}


def _random_fingerprint(i: int, rng: np.random.Generator) -> Fingerprint:
    """A kept article with unrelated MinHash values (fast to make in bulk)."""
    return Fingerprint(f"filler{i}", None, None, i, rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32))


def test_near_duplicate_found_after_more_articles_than_the_old_window():
    """The index has no window: a copy is caught after 25,000 other articles (the old window held 10,000)."""
    dedup = Deduplicator()
    dedup.offer(fingerprint(_article(0, None, STORY)))
    rng = np.random.default_rng(5)
    for i in range(25_000):
        dedup.add(_random_fingerprint(i, rng))
    verdict = dedup.offer(fingerprint(_article(9, None, EDITED)))
    assert verdict is not None and (verdict.kind, verdict.kept_id) == ("near", "id0")
    assert dedup.offer(fingerprint(_article(10, None, OTHER))) is None


def test_index_file_keeps_committed_articles_and_drops_the_rest(tmp_path):
    path = tmp_path / "index.sqlite"
    dedup = Deduplicator(path)
    dedup.offer(fingerprint(_article(1, "https://example.com/a", STORY)))
    dedup.commit(shard=0)
    dedup.offer(fingerprint(_article(2, "https://example.com/b", OTHER)))
    dedup.close()  # like a kill: shard 1 was never committed
    reopened = Deduplicator(path)
    assert reopened.shards() == {0}
    near = reopened.offer(fingerprint(_article(3, None, EDITED)))
    assert near is not None and (near.kind, near.kept_id) == ("near", "id1")
    assert reopened.offer(fingerprint(_article(4, "https://example.com/b", OTHER))) is None
    reopened.reset()
    assert reopened.shards() == set() and reopened.offer(fingerprint(_article(5, None, STORY))) is None
