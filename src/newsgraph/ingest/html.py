"""HTML pages: the article body (``ingest.body``) and metadata (``ingest.metadata``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.ingest.body import TRAFILATURA_OPTIONS, extract_body
from newsgraph.ingest.metadata import page_metadata

__all__ = ["MIN_BODY_CHARS", "TRAFILATURA_OPTIONS", "NotAnArticle", "Page", "extract_body", "parse_page"]

MIN_BODY_CHARS = 200


class NotAnArticle(ValueError):
    """The page has no article body."""


@dataclass(slots=True)
class Page:
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None


def parse_page(html: str, url: str | None = None) -> Page:
    """Body and metadata of a news page; raises NotAnArticle when there is no body."""
    body = extract_body(html, url)
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"no article body found ({len(body)} characters of text)")
    meta = page_metadata(html, url)
    return Page(text=body, title=meta.title, published=meta.published, source=meta.source,
                authors=meta.authors, url=meta.url)
