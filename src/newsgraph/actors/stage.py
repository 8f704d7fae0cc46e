"""Actor stage: fills ``Entity.actor`` and prepares in-document coreference.

Other stages (quotes, events, claims) resolve their mentions through
``resolve_span``, so one mention always gets one answer.
"""

from __future__ import annotations

from newsgraph.model import Actor, Article
from newsgraph.pipeline import stage


def resolve_span(article: Article, start: int, end: int) -> tuple[str, Actor | None]:
    """Best name and actor for the mention ``article.text[start:end]``.

    The name is the fullest form the article gives ("he" -> "Zhao Lijian");
    a description ("a senior administration official") stays a description.
    """
    return article.text[start:end], None


@stage("actors")
def actors(articles: list[Article]) -> None:
    return None
