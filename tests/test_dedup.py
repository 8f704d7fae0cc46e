"""Dedup: canonical URL, exact (normalised) text and MinHash near-duplicates, as tables of pairs."""

from __future__ import annotations

import pytest

from newsgraph.dedup import Deduplicator, fingerprint
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


def test_window_forgets_old_articles_for_near_but_not_exact():
    dedup = Deduplicator(window=2)
    dedup.offer(fingerprint(_article(0, None, STORY)))
    for i in range(1, 4):
        assert dedup.offer(fingerprint(_article(i, None, " ".join(article_text(100 + i)[1])))) is None
    assert dedup.offer(fingerprint(_article(9, None, EDITED))) is None  # STORY left the near-duplicate window
    verdict = dedup.offer(fingerprint(_article(10, None, STORY)))
    assert verdict is not None and verdict.kind == "exact"
    assert len(dedup.slot_of) == 2 and len(dedup.lsh.keys) == 2
