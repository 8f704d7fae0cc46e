"""HTML pages: article body through trafilatura, metadata from the page's structured data."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from newsgraph.ingest.urls import outlet

# measured on ../shared/data/article-extraction: see `newsgraph eval extraction`
TRAFILATURA_OPTIONS: dict[str, Any] = {"favor_precision": True, "include_comments": False, "include_tables": True}
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


def extract_body(html: str, url: str | None = None, **options: Any) -> str:
    """The article body of an HTML page as plain text ('' when none)."""
    import trafilatura

    body = trafilatura.extract(html, url=url, **{**TRAFILATURA_OPTIONS, **options}) or ""
    return body.strip()


def _json_ld(html: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for match in re.finditer(
        r'<script[^>]+type=["\']application/ld\+json["\'][^>]*>(.*?)</script>', html, re.S | re.I
    ):
        try:
            data = json.loads(match.group(1).strip())
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                items.append(node)
                if "@graph" in node:
                    stack.append(node["@graph"])
    return items


def _published_from_ld(items: list[dict[str, Any]]) -> str | None:
    for item in items:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
            value = item.get("datePublished") or item.get("dateCreated")
            if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
                return value.strip()
    return None


def clean_author(name: str, site: str | None) -> str | None:
    """Drop "By", roles and site names from a byline entry."""
    name = re.sub(r"^\s*(?:by|written by|von|par)\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"\s*[|,–—-]\s*(?:staff writer|reporter|correspondent|contributor).*$", "", name, flags=re.I)
    if site:
        stem = site.split(".")[0]
        if stem and stem.lower() in name.lower().replace(" ", ""):
            return None
    name = name.strip(" ,;|")
    if not name or len(name) > 80 or "@" in name or name.lower().startswith("http"):
        return None
    return name


def parse_page(html: str, url: str | None = None) -> Page:
    """Body and metadata of a news page; raises NotAnArticle when there is no body."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    body = extract_body(html, url)
    if len(body) < MIN_BODY_CHARS:
        raise NotAnArticle(f"no article body found ({len(body)} characters of text)")
    meta = extract_metadata(html, default_url=url)
    page_url = url or (meta.url if meta else None)
    site = outlet(page_url) or (meta.hostname if meta else None)
    published = _published_from_ld(_json_ld(html)) or (meta.date if meta else None)
    authors: list[str] = []
    if meta and meta.author:
        for part in re.split(r";|\band\b|,", meta.author):
            cleaned = clean_author(part, site)
            if cleaned and cleaned not in authors:
                authors.append(cleaned)
    del trafilatura
    return Page(
        text=body,
        title=meta.title if meta else None,
        published=published,
        source=site,
        authors=authors,
        url=page_url,
    )
