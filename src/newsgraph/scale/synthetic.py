"""Synthetic news pages and WARC files, for the scale tests and benchmarks (no real article is used).

Pages are built from small generic word lists with a seeded random generator,
so the same arguments always give the same bytes.  ``near_duplicate`` changes a
couple of words, as an outlet re-publishing a wire story would.
"""

from __future__ import annotations

import gzip
import random
import uuid
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path
from typing import BinaryIO

FIRST = ("Maria", "John", "Amina", "Pedro", "Elena", "Kwame", "Yuki", "Omar", "Sofia", "Lars", "Priya", "Tomas")
LAST = ("Garcia", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Novak", "Mensah", "Rossi", "Kumar", "Dubois")
ORGS = ("the ministry of finance", "the central bank", "the port authority", "the teachers' union",
        "the city council", "the national rail operator", "the health agency", "the farmers' cooperative")
PLACES = ("Lisbon", "Nairobi", "Osaka", "Valparaiso", "Gdansk", "Accra", "Porto Alegre", "Tampere", "Da Nang",
          "Leeds", "Tbilisi", "Cebu")
VERBS = ("announced", "criticised", "approved", "delayed", "proposed", "rejected", "welcomed", "questioned")
OBJECTS = ("a new budget for schools", "plans for a coastal highway", "a reform of pension rules",
           "an agreement on grain exports", "higher fees for water", "a review of police funding",
           "a program to train nurses", "new limits on fishing", "the sale of a state airline")
TAILS = ("on Tuesday", "after a long meeting", "despite protests", "in a statement", "late on Friday",
         "following weeks of talks", "ahead of the election", "at a press conference")
NUMBERS = ("12", "340", "1,500", "27,000", "4.5 million", "18 percent", "$2.3 billion", "90")


def _sentence(rng: random.Random) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    form = rng.randrange(3)
    if form == 0:
        return f"{person} of {rng.choice(ORGS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    if form == 1:
        return (f"Officials in {rng.choice(PLACES)} said {rng.choice(NUMBERS)} people were affected by "
                f"{rng.choice(OBJECTS)}, which {rng.choice(ORGS)} {rng.choice(VERBS)} {rng.choice(TAILS)}.")
    return (f"\u201cWe will not accept {rng.choice(OBJECTS)},\u201d said {person}, "
            f"who spoke {rng.choice(TAILS)} in {rng.choice(PLACES)}.")


def article_text(seed: int, paragraphs: int = 5, sentences: int = 4) -> tuple[str, list[str]]:
    """(title, paragraphs) of one synthetic article."""
    rng = random.Random(seed)
    title = f"{rng.choice(ORGS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {rng.choice(PLACES)}"
    body = [" ".join(_sentence(rng) for _ in range(sentences)) for _ in range(paragraphs)]
    return title, body


def near_duplicate(paragraphs: list[str], seed: int, changes: int = 2) -> list[str]:
    """The same paragraphs with ``changes`` words replaced (a light edit of the same story)."""
    rng = random.Random(seed)
    words = [p.split(" ") for p in paragraphs]
    for _ in range(changes):
        para = rng.randrange(len(words))
        words[para][rng.randrange(len(words[para]))] = rng.choice(("also", "reportedly", "again", "now"))
    return [" ".join(w) for w in words]


def page_html(title: str, paragraphs: list[str], url: str, published: str = "2024-03-05") -> str:
    """A news page with the usual furniture around the article body."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
        f"<link rel=\"canonical\" href=\"{escape(url)}\">"
        f"<meta property=\"article:published_time\" content=\"{published}T08:00:00Z\"></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>"
        f"<article><h1>{escape(title)}</h1><p class=\"byline\">By Staff Reporter</p>{body}</article>"
        "<footer>Copyright Example News. All rights reserved.</footer></body></html>"
    )


def synthetic_pages(count: int, near_duplicates: float = 0.0, seed: int = 0,
                    paragraphs: int = 5) -> Iterator[tuple[str, str, bool]]:
    """(url, html, is_near_duplicate) for ``count`` pages; a share of them re-publish an earlier page."""
    rng = random.Random(seed)
    originals: list[int] = []
    for i in range(count):
        url = f"https://news{i % 7}.example.com/story/{seed}-{i}"
        if originals and rng.random() < near_duplicates:
            source = rng.choice(originals)
            title, body = article_text(source * 7919 + seed, paragraphs)
            yield url, page_html(title, near_duplicate(body, i), url), True
        else:
            originals.append(i)
            title, body = article_text(i * 7919 + seed, paragraphs)
            yield url, page_html(title, body, url), False


def warc_record(url: str, html: str) -> bytes:
    """One WARC/1.0 response record holding an HTTP 200 HTML response."""
    payload = html.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(payload)}\r\n\r\n".encode("ascii") + payload)
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>\r\n"
        "WARC-Date: 2024-03-05T08:00:00Z\r\n"
        f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return head.encode("utf-8") + http + b"\r\n\r\n"


def write_warc(path: str | Path, pages: Iterable[tuple[str, str]]) -> int:
    """Write pages as a WARC (gzip per record when the name ends in .gz); returns the record count."""
    target = Path(path)
    count = 0
    with target.open("wb") as fh:
        out: BinaryIO = fh
        for url, html in pages:
            record = warc_record(url, html)
            out.write(gzip.compress(record, compresslevel=1) if target.name.endswith(".gz") else record)
            count += 1
    return count
