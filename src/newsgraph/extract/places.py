"""Places stage (placeholder until its issue lands)."""

from __future__ import annotations

from newsgraph.model import Article
from newsgraph.pipeline import stage


@stage("places")
def places(articles: list[Article]) -> None:
    return None
