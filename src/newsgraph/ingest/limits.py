"""Input limits: guards that turn oversized or pathological input into an error record early.

Each guard runs before the expensive step it protects, in time linear in the
input and memory bounded by the limit, so that no single input can stall a run
or exhaust memory.  The limits (measured on this project's dev data, see
``tests/test_limits.py`` and issue 9):

- ``MAX_TEXT_CHARS`` (100,000 code points) for an article's cleaned text, checked
  before spaCy.  The longest of the 181 benchmark articles in
  ../shared/data/article-extraction is 53,372 characters; spaCy needs about 9 s
  and 450 MB for 100,000 characters and 125 s and 3.3 GB for a 1 MB paragraph,
  so longer texts are rejected with ``too_long`` rather than split.
- ``MAX_RAW_TEXT_CHARS`` (4 x ``MAX_TEXT_CHARS``) for plain text before cleaning:
  cleaning keeps one offset per character, about 75 bytes per character at peak.
- ``MAX_CLEANING_WORK`` (10^8) for the cleaning patterns: on a line full of
  unclosed openers (``<script``, ``<style``, ``<!--``, ``![``) each opener scans
  to the end of the line, so the work is line length x openers, summed over the
  lines (a 64 KB line of ``<script `` took 14 s); more is ``too_complex``.
- ``MAX_HTML_DEPTH`` (1,000 open elements) for HTML before trafilatura/lxml:
  the deepest benchmark page reaches 288 by the same count; deeper is ``too_nested``.
  Control characters that no XML parser accepts are removed from HTML first.
- ``MAX_LINE_CHARS`` (the 20 MB input limit) for one JSON Lines line, read in
  bounded memory; a longer line is ``too_large`` and reading goes on.

``check_fetch_url`` is the gate for any URL fetch (newsgraph makes none today).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from newsgraph.model import Article

MAX_TEXT_CHARS = 100_000
MAX_RAW_TEXT_CHARS = 4 * MAX_TEXT_CHARS
MAX_HTML_DEPTH = 1_000
MAX_LINE_CHARS = 20 * 1024 * 1024
LINE_CHUNK = 1024 * 1024

MAX_CLEANING_WORK = 100_000_000
QUADRATIC_OPENERS = re.compile(r"<!--|<script|<style|!\[", re.I)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# characters lxml refuses; tested one by one first: a page holds none as a rule, and 31 substring tests take a
# third of a regex scan
XML_INCOMPATIBLE_CHARS = tuple(map(chr, [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0xfffe, 0xffff]))
XML_INCOMPATIBLE = re.compile("[" + re.escape("".join(XML_INCOMPATIBLE_CHARS)) + "]")
# elements that never enclose others, or whose end tag is optional: they do not deepen the tree
FLAT_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen command basefont frame "
    "isindex nextid spacer p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rtc rp "
    "html head body".split()
)
# a start or end tag that may deepen the tree: not one of FLAT_ELEMENTS (ASCII case ignored), not self-closing
# ("/>"); the regex passes over the others, so the depth count loops over these tags only. The attributes are
# taken greedily: ``[^<>]*`` stops at the first ">" as a lazy one would, with no test at every character.
NESTING_TAG = re.compile(rf"<(/?)(?!(?:{'|'.join(sorted(FLAT_ELEMENTS))})(?![A-Za-z0-9-]))"
                         r"[A-Za-z][A-Za-z0-9-]*[^<>]*(?<!/)>", re.I | re.A)


def _input_error(code: str, message: str) -> Exception:
    """An ``InputError`` of the readers (imported late: the readers import this module)."""
    from newsgraph.ingest.readers import InputError

    return InputError(code, message)


def html_depth(html: str, stop_at: int = MAX_HTML_DEPTH) -> int:
    """Deepest element nesting of ``html`` by a tag count, stopping once past ``stop_at``."""
    depth = deepest = 0
    for closing in NESTING_TAG.findall(html):
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    break
    return deepest


def guard_html(html: str) -> str:
    """Refuse HTML nested deeper than ``MAX_HTML_DEPTH``; return it without characters lxml refuses.

    lxml raises ValueError on control characters in text it is asked to set
    (readability and body cleaners do), so they go before any parser sees them.
    """
    if html.count("<") > MAX_HTML_DEPTH and html_depth(html) > MAX_HTML_DEPTH:
        raise _input_error("too_nested", f"HTML is nested more than {MAX_HTML_DEPTH} elements deep")
    if not any(char in html for char in XML_INCOMPATIBLE_CHARS):
        return html
    return XML_INCOMPATIBLE.sub("", html)


def guard_raw_text(raw: str) -> None:
    """Refuse plain text too long, or with a line too long, to clean and parse in bounded time and memory."""
    if len(raw) > MAX_RAW_TEXT_CHARS:
        raise _input_error("too_long", f"text has {len(raw):,} characters; the limit is {MAX_RAW_TEXT_CHARS:,}")
    work = cleaning_work(raw)
    if work > MAX_CLEANING_WORK:
        raise _input_error("too_complex", f"text has too many unclosed tags or placeholders on long lines "
                                          f"(work {work:,}; the limit is {MAX_CLEANING_WORK:,})")


def cleaning_work(raw: str) -> int:
    """Line length x opener count, summed over lines: the cost of cleaning on unclosed openers."""
    if not QUADRATIC_OPENERS.search(raw):
        return 0
    return sum(len(line) * len(QUADRATIC_OPENERS.findall(line)) for line in LINE_BREAK.split(raw))


def text_problem(article: Article) -> tuple[str, str] | None:
    """Why an article's text cannot go through the stages, or None when it can."""
    if len(article.text) > MAX_TEXT_CHARS:
        return "too_long", f"article text has {len(article.text):,} characters; the limit is {MAX_TEXT_CHARS:,}"
    return None


def guard_articles(articles: Iterable[Article]) -> None:
    """Turn every live article whose text is over the limits into an error record."""
    for article in articles:
        if article.error is None:
            problem = text_problem(article)
            if problem:
                article.fail(*problem)


def limited_lines(lines: Iterable[str], limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Lines of a text stream read in bounded memory; a line over ``limit`` is cut to ``limit + 1`` chars.

    The consumer tells an over-long line by its length; the rest of it is skipped.
    Plain iterables (lists, already in memory) are passed through unchanged.
    """
    readline = getattr(lines, "readline", None)
    if readline is None:
        yield from lines
        return
    stream: TextIO = lines  # type: ignore[assignment]
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while (rest := stream.readline(LINE_CHUNK)) and not rest.endswith("\n"):
                pass
        yield line


# ------------------------------------------------------------ URLs

FETCH_SCHEMES = ("http", "https")


class UnsafeURL(ValueError):
    """A URL newsgraph must not fetch: another scheme, or a private, loopback or link-local address."""


def check_fetch_url(url: str, *, allow_private: bool = False,
                    resolve: Callable[[str], list[str]] | None = None) -> str:
    """Return ``url`` when it is safe to fetch, else raise UnsafeURL.

    newsgraph itself fetches nothing (tests/test_security.py scans for it); any
    code that ever does must pass each URL, redirects included, through here.
    Only http(s) is allowed, and unless ``allow_private`` every address the host
    resolves to must be public (no loopback, private, link-local such as cloud
    metadata at 169.254.169.254, multicast, reserved or unspecified addresses).
    """
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in FETCH_SCHEMES:
        raise UnsafeURL(f"refusing to fetch a {parts.scheme or 'scheme-less'} URL: only http(s)")
    host = parts.hostname
    if not host:
        raise UnsafeURL("refusing to fetch a URL without a host")
    if allow_private:
        return url
    for address in (resolve or _resolve)(host):
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            raise UnsafeURL(f"refusing to fetch {host}: it resolves to the non-public address {ip}")
    return url


def _resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to (an IP literal resolves to itself)."""
    import socket

    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except OSError as exc:
        raise UnsafeURL(f"refusing to fetch {host}: it does not resolve ({exc})") from exc
