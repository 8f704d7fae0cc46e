"""Actor stage: fills ``Entity.actor`` and prepares in-document coreference.

Other stages (quotes, events, claims) resolve their mentions through
``resolve_span``, so one mention always gets one answer.  The per-article
structure lives in ``article.context["actors"]`` and is built lazily for an
article the stage has not seen.
"""

from __future__ import annotations

from newsgraph.actors.resolve import ArticleActors
from newsgraph.model import Actor, Article
from newsgraph.pipeline import note_drop, stage

CONTEXT_KEY = "actors"


def article_actors(article: Article) -> ArticleActors:
    """The article's resolved mentions, built on first use."""
    found = article.context.get(CONTEXT_KEY)
    if found is None or found.article is not article:
        found = ArticleActors(article)
        article.context[CONTEXT_KEY] = found
    return found


def resolve_span(article: Article, start: int, end: int) -> tuple[str, Actor | None]:
    """Best name and actor for the mention ``article.text[start:end]``.

    The name is the fullest form the article gives ("he" -> "Zhao Lijian");
    a description ("a senior administration official") stays a description.
    """
    if not article.text or start >= end:
        return article.text[start:end], None
    return article_actors(article).resolve(start, end)


def resolve_parts(article: Article, start: int, end: int) -> list[tuple[int, int, Actor]]:
    """The countries of a compound name ("U.S.-Japan" -> U.S., Japan) as (start, end, actor); empty when
    the mention is not a pair of country names or demonyms."""
    if not article.text or start >= end:
        return []
    return article_actors(article).parts(start, end)


@stage("actors")
def actors(articles: list[Article]) -> None:
    for article in articles:
        resolved = article_actors(article)
        for entity in article.entities:
            mention = resolved.by_span.get((entity.start, entity.end))
            if mention is not None and mention.actor is not None:
                entity.actor = mention.actor
            else:
                note_drop(article, "actors", f"unresolved_{entity.label.lower()}")
