"""Metadata of a news page: title, published (a datetime with its offset where the page gives one),
outlet and authors, from JSON-LD first, then ``<meta>`` tags, then trafilatura's guesses.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from newsgraph.ingest.clean import AGENCIES
from newsgraph.ingest.urls import outlet

SCRIPT_LD = re.compile(r'<script[^>]+type=["\']?application/ld\+json["\']?[^>]*>(.*?)</script\s*>', re.S | re.I)
META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
HEAD_LIMIT = 400_000  # metadata lives in the head and early body; no need to scan a huge page

PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                  "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
                  "dcterms.created", "date")
AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
TITLE_META = ("og:title", "twitter:title")
SITE_META = ("og:site_name", "application-name")
ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "Report", "OpinionNewsArticle", "LiveBlogPosting", "WebPage")

BYLINE_PREFIX = re.compile(r"^\s*(?:(?:written|reported|reporting|words|text|story|posted)\s+)?by[:\s]\s*", re.I)
ROLE = (r"(?:(?:senior|chief|deputy|associate|special|contributing|foreign|political|staff|managing|"
        r"executive|national|international|diplomatic|business|science|technology|health|sports?|"
        r"news|assistant|freelance|guest|local|regional|white\s+house|washington|[A-Z][a-z]+)\s+)*"
        r"(?:writer|reporter|correspondent|contributor|editor|columnist|journalist|analyst|"
        r"producer|staff|desk|bureau|team|newsroom|press)s?")
ROLE_ONLY = re.compile(rf"^(?:the\s+)?{ROLE}$", re.I)
ROLE_TAIL = re.compile(rf"\s*(?:[|,–—(]|\s-)\s*(?:an?\s+|the\s+)?{ROLE}\b.*$", re.I)
FOR_TAIL = re.compile(r"\s+(?:for|at|of|with)\s+(?:the\s+)?[A-Z][\w.&' -]*$")
IN_TAIL = re.compile(r"\s+in\s+[A-Z][\w.' -]*$")
NAME_SPLIT = re.compile(r"\s*(?:;|&|,|\band\b|\|)\s*", re.I)
# bylines that name no person: CMS accounts and news agencies credited as the author
NOT_PEOPLE = frozenset({"admin", "administrator", "webmaster", "editor", "editors", "staff", "guest",
                        "anonymous", "newsroom", "newsdesk", "user", "author", "unknown"})
AGENCY = re.compile(rf"^(?:the\s+)?(?:{AGENCIES}|Associated Press|Agence France-Presse|Press Trust of India)"
                    rf"(?:\s*(?:[-/,]|and)\s*(?:{AGENCIES}))*$")
TITLE_SEPARATOR = re.compile(r"\s+[|–—·•:-]\s+")

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None


def _attributes(tag: str) -> dict[str, str]:
    """Attributes of one HTML tag, names lower-cased, values unescaped."""
    out: dict[str, str] = {}
    for match in ATTRIBUTE.finditer(tag):
        value = next(v for v in match.groups()[1:] if v is not None)
        out.setdefault(match.group(1).lower(), html_lib.unescape(value).strip())
    return out


def meta_tags(page: str) -> dict[str, list[str]]:
    """``<meta>`` values by lower-cased name/property/itemprop, in page order."""
    tags: dict[str, list[str]] = {}
    for tag in META_TAG.finditer(page, 0, HEAD_LIMIT):
        attrs = _attributes(tag.group())
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if key and value:
            tags.setdefault(key.lower(), []).append(value)
    return tags


def canonical_link(page: str) -> str | None:
    """The page's ``<link rel="canonical">`` URL."""
    for tag in LINK_TAG.finditer(page, 0, HEAD_LIMIT):
        attrs = _attributes(tag.group())
        if attrs.get("rel", "").lower() == "canonical" and attrs.get("href", "").startswith("http"):
            return attrs["href"]
    return None


def json_ld(page: str) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members included."""
    items: list[dict[str, Any]] = []
    for match in SCRIPT_LD.finditer(page):
        try:
            data = json.loads(match.group(1).strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                items.append(node)
                if isinstance(node.get("@graph"), list):
                    stack.extend(reversed(node["@graph"]))
    return items


def _is_article(item: dict[str, Any]) -> bool:
    """True for a JSON-LD object typed as an article or a web page."""
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and (k in ARTICLE_TYPES or k.endswith("Article")) for k in kinds)


EARLIEST_YEAR = 1900  # news dates before this are placeholders in page metadata, not publication dates


def normalize_published(value: str) -> tuple[str, bool] | None:
    """(ISO value, has offset): a datetime with offset stays one, a naive datetime becomes its date."""
    value = value.strip()
    match = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not match:
        return None
    day, clock, zone = match.groups()
    try:
        if not EARLIEST_YEAR <= date.fromisoformat(day).year <= date.today().year + 1:
            return None  # a placeholder such as 0001-01-01, or a typo
        if not clock:
            return day, False
        if not zone:
            return day, False
        zone = "+00:00" if zone == "Z" else zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
        moment = datetime.fromisoformat(f"{day}T{clock}{zone}")
    except ValueError:
        return None
    return moment.isoformat(), True


def pick_published(candidates: list[str]) -> str | None:
    """The first candidate's value, upgraded to a datetime with offset from any candidate of the same day."""
    values = [v for v in (normalize_published(c) for c in candidates if c) if v]
    if not values:
        return None
    first, has_offset = values[0]
    if has_offset:
        return first
    for value, offset in values[1:]:
        if offset and value.startswith(first[:10]):
            return value
    return first[:10]


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value (a string, a Person, or a list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def clean_author(name: str, sites: tuple[str, ...] = ()) -> str | None:
    """One byline entry without "By", roles, "for <outlet>" and site names; None when nothing is left."""
    name = " ".join(html_lib.unescape(name).split())
    name = BYLINE_PREFIX.sub("", name)
    name = ROLE_TAIL.sub("", name)
    name = FOR_TAIL.sub("", name)
    name = IN_TAIL.sub("", name).strip(" ,;|:-–—")
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    if not name or ROLE_ONLY.match(name) or len(name) > 60 or "@" in name or "/" in name:
        return None
    if not re.search(r"[^\W\d_]", name) or len(name.split()) > 5:
        return None
    if squashed in NOT_PEOPLE or AGENCY.match(name):
        return None
    first_word = re.sub(r"[^a-z0-9]", "", name.split()[0].lower())
    for site in sites:
        stem = re.sub(r"[^a-z0-9]", "", site.lower().removeprefix("www.").split(".")[0])
        site_squashed = re.sub(r"[^a-z0-9]", "", site.lower())
        if squashed in (stem, site_squashed) or (len(stem) > 3 and stem in squashed) or first_word == stem:
            # "Valdora Post", "valdorapost.example", "CNN Business" on cnn.com
            return None
    return name


def clean_authors(raw: list[str], sites: tuple[str, ...] = ()) -> list[str]:
    """Every byline entry split on "and", commas and semicolons, cleaned, without repeats."""
    out: list[str] = []
    for entry in raw:
        for part in NAME_SPLIT.split(BYLINE_PREFIX.sub("", entry.strip())):
            cleaned = clean_author(part, sites)
            if cleaned and cleaned.lower() not in (a.lower() for a in out):
                out.append(cleaned)
    return out


def clean_title(title: str | None, sites: tuple[str, ...] = ()) -> str | None:
    """The headline without a trailing or leading " | Site name"."""
    if not title:
        return None
    title = " ".join(html_lib.unescape(title).split())
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) > 1:
        stems = {re.sub(r"[^a-z0-9]", "", s.lower().removeprefix("www.").split(".")[0]) for s in sites} - {""}
        names = {re.sub(r"[^a-z0-9]", "", s.lower()) for s in sites} | stems
        for index in (-1, 0):
            squashed = re.sub(r"[^a-z0-9]", "", parts[index].lower())
            if squashed and any(squashed == n or (len(n) > 3 and n in squashed and len(squashed) < 40) for n in names):
                parts.pop(index)
                title = _rejoin(title, parts)
                break
    return title or None


def _rejoin(title: str, kept: list[str]) -> str:
    """The title from its first to its last kept part, separators as in the original."""
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def trafilatura_metadata(page: str, url: str | None = None, *, title: bool = True, author: bool = True,
                         date: bool = True) -> Any:
    """trafilatura's ``extract_metadata`` for the fields newsgraph reads, the searches it does not need left out.

    The steps and their order are extract_metadata's (trafilatura 2.3; ``tests/test_ingest_metadata.py``
    compares the results on dev pages). Never run: categories, tags and licence (never read, a
    quarter of its time). Run only when asked: the title, author and date searches (the date is
    htmldate's, on a copy of the page), which the caller skips when the page's structured data gave
    that field. The author search copies the tree too, so no skipped step changes what later ones see.
    """
    from trafilatura.metadata import (
        META_URL,
        Document,
        examine_meta,
        extract_author,
        extract_domain,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
        find_date,
        load_html,
        set_date_params,
    )

    tree = load_html(page)
    if tree is None:
        return Document()
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as err:  # noqa: BLE001 - as in extract_metadata: bugs in its JSON-LD reader
        log.debug("trafilatura JSON metadata failed: %s", err)
    if title and not metadata.title:
        metadata.title = extract_title(tree)
    if author and not metadata.author:
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    if date:
        metadata.date = find_date(tree, **set_date_params(True), url=metadata.url)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (match := META_URL.match(metadata.url)):
        metadata.sitename = match[1]
    return metadata


def page_metadata(page: str, url: str | None = None) -> PageMeta:
    """Title, published, outlet, authors and URL of a news page.

    trafilatura's metadata (a second parse of the page, about as slow as the body extraction)
    is only asked for when the page's structured data leaves a field empty.
    """
    tags = meta_tags(page)
    items = json_ld(page[: HEAD_LIMIT * 4])
    articles = [i for i in items if _is_article(i)]

    def first(keys: tuple[str, ...]) -> list[str]:
        """Values of the given meta tags, in key order."""
        return [v for key in keys for v in tags.get(key, [])]

    page_url = url or canonical_link(page) or next(iter(first(("og:url",))), None)
    site_names = [s for s in first(SITE_META) if s]
    site_names += [i["publisher"]["name"] for i in items
                   if isinstance(i.get("publisher"), dict) and isinstance(i["publisher"].get("name"), str)]
    dates = [v for a in articles for v in (a.get("datePublished"), a.get("dateCreated")) if isinstance(v, str)]
    dates += first(PUBLISHED_META)
    raw_authors = [n for a in articles for n in _names(a.get("author"))]
    raw_authors = raw_authors or [v for v in first(AUTHOR_META) if not v.startswith("http")]
    titles = [a["headline"] for a in articles if isinstance(a.get("headline"), str)] + first(TITLE_META)
    hostname = None

    if not (page_url and pick_published(dates) and raw_authors and titles):
        fallback = trafilatura_metadata(page, url, title=not any(t.strip() for t in titles),
                                        author=not raw_authors, date=pick_published(dates) is None)
        if fallback:
            page_url = page_url or fallback.url
            site_names += [fallback.sitename] if fallback.sitename else []
            dates += [fallback.date] if fallback.date else []
            raw_authors = raw_authors or ([fallback.author] if fallback.author else [])
            titles += [fallback.title] if fallback.title else []
            hostname = fallback.hostname
    if page_url and not page_url.startswith("http"):
        page_url = None
    domain = outlet(page_url) or hostname
    sites = tuple(s for s in [domain or "", *site_names] if s)
    return PageMeta(
        title=clean_title(next((t for t in titles if t.strip()), None), sites),
        published=pick_published(dates),
        source=domain,
        authors=clean_authors(raw_authors, sites),
        url=page_url,
    )
