"""The article body of an HTML page: trafilatura first, readability-lxml when trafilatura keeps too little.

Measured on ../shared/data/article-extraction (docs/extraction.md): trafilatura with
``favor_precision`` is the best single extractor (F1 0.964), but on a few pages it keeps only a
teaser or a caption. readability-lxml scores lower overall (0.954) yet finds those bodies, so when
trafilatura's body has less than half the words of readability's, readability's is taken. The
chosen body then loses whole boilerplate lines (``ingest.boilerplate``).

trafilatura runs first without its own fallback (``fast``, about 40% less time); its full cascade
(readability fork, jusText) is run only on the pages where that fallback could have changed the
body: a short, table-dominated or unclean body, or one readability finds much longer. On the 181
benchmark pages the bodies are the same as with the full cascade everywhere (12 pages rerun).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from newsgraph.ingest.boilerplate import strip_boilerplate

# measured on ../shared/data/article-extraction: see docs/extraction.md
TRAFILATURA_OPTIONS: dict[str, Any] = {"favor_precision": True, "include_comments": False, "include_tables": True}
# take readability's body when trafilatura's has fewer than this share of its words (0.4-0.6 score alike)
FALLBACK_RATIO = 0.5
WORD = re.compile(r"\w+")
# the options of readability-lxml's cleaner that ``skip_javascript_cleaning`` keeps
CLEANER_OPTIONS = ("scripts", "comments", "style", "inline_style", "links", "meta", "page_structure",
                   "processing_instructions", "embedded", "frames", "forms", "annoying_tags", "remove_tags",
                   "kill_tags", "allow_tags", "remove_unknown_tags", "safe_attrs_only", "safe_attrs", "add_nofollow",
                   "host_whitelist", "whitelist_tags")
# trafilatura's own fallback (``external.compare_extraction``) can only change a body shorter than its
# MIN_EXTRACTED_SIZE, one without paragraph text or with more tables than paragraphs, one holding page
# furniture (its SANITIZED_XPATH), or one its readability fork finds over twice as long (here: 1.5 times
# by readability-lxml, a margin for the two readabilities seeing slightly different trees)
FULL_CASCADE_MIN_CHARS = 250
FULL_CASCADE_READABILITY_RATIO = 1.5
# extract()'s option names -> trafilatura.settings.Extractor's
EXTRACTOR_OPTIONS = {"favor_precision": "precision", "favor_recall": "recall", "include_comments": "comments",
                     "include_tables": "tables", "include_images": "images", "include_links": "links",
                     "include_formatting": "formatting", "deduplicate": "dedup", "fast": "fast"}
BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "blockquote", "pre", "section")

log = logging.getLogger(__name__)


def trafilatura_body(html: str, url: str | None = None, **options: Any) -> str:
    """trafilatura's body of a page ('' when it finds none)."""
    import trafilatura

    return (trafilatura.extract(html, url=url, **{**TRAFILATURA_OPTIONS, **options}) or "").strip()


def fast_trafilatura(html: str, url: str | None = None, **options: Any) -> tuple[str, Any]:
    """trafilatura's body without its internal fallback: (text as ``extract`` gives it, body element or None)."""
    from trafilatura.core import bare_extraction, determine_returnstring
    from trafilatura.settings import Document, Extractor

    settings = {EXTRACTOR_OPTIONS[name]: value for name, value in {**TRAFILATURA_OPTIONS, **options}.items()}
    extractor = Extractor(output_format="txt", url=url, **{**settings, "fast": True})
    document = bare_extraction(html, options=extractor)
    if not isinstance(document, Document):
        return "", None
    return determine_returnstring(document, extractor).strip(), document.body


def full_cascade_may_differ(text: str, element: Any, readability: str) -> bool:
    """True when trafilatura's own fallback could have given another body than its fast mode did."""
    from trafilatura.external import SANITIZED_XPATH

    if element is None or len(text) < FULL_CASCADE_MIN_CHARS:
        return True
    if not element.xpath(".//p//text()") or len(element.findall(".//table")) > len(element.findall(".//p")):
        return True
    if element.xpath(SANITIZED_XPATH):
        return True
    return len(readability) > FULL_CASCADE_READABILITY_RATIO * len(text)


def skip_javascript_cleaning() -> None:
    """Give readability-lxml, for the whole process, a page cleaner without the javascript pass (same text, less time).

    That pass deletes ``on*`` event attributes and blanks ``javascript:`` links, walking every link of
    the page: about a quarter of readability's time. It changes attribute values only, and the body
    text taken from readability's summary depends on element text, tags, class and id only.
    """
    import readability.readability as module
    from lxml_html_clean import Cleaner

    stock = module.html_cleaner
    if stock.javascript:
        options = {name: getattr(stock, name) for name in CLEANER_OPTIONS}
        module.html_cleaner = Cleaner(**options, javascript=False)


def readability_body(html: str) -> str:
    """readability-lxml's body of a page as plain text, one line per block ('' when it fails)."""
    import lxml.html
    from lxml.etree import ParserError
    from readability import Document

    skip_javascript_cleaning()
    try:
        fragment = Document(html).summary(html_partial=True)
        if not fragment.strip():
            return ""
        root = lxml.html.fromstring(fragment)
    except (ParserError, ValueError, TypeError, RecursionError) as exc:
        log.debug("readability failed: %s", exc)
        return ""
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def word_count(text: str) -> int:
    """Number of \\w+ tokens, the unit the benchmark scores in."""
    return len(WORD.findall(text))


def visible_words(html: str) -> int:
    """Words of the page's text outside tags, scripts and styles: an upper bound on any extractor's body."""
    from newsgraph.ingest.clean import TAG

    return word_count(TAG.sub(" ", html))


def choose_body(primary: str, fallback: str, ratio: float = FALLBACK_RATIO) -> str:
    """The primary body unless it has fewer than ``ratio`` times the fallback's words."""
    return fallback if word_count(primary) < ratio * word_count(fallback) else primary


def extract_body(html: str, url: str | None = None, *, fallback: bool = True, postclean: bool = True,
                 **options: Any) -> str:
    """The article body of an HTML page as plain text ('' when none)."""
    fast_first = not options.get("fast") and set(options) <= EXTRACTOR_OPTIONS.keys()
    if fast_first:
        body, element = fast_trafilatura(html, url, **options)
    else:
        body, element = trafilatura_body(html, url, **options), None
    readability = ""
    if fallback and word_count(body) < FALLBACK_RATIO * visible_words(html):
        # only then can readability's body (a part of the page's text) be more than twice as long
        readability = readability_body(html)
    if fast_first and full_cascade_may_differ(body, element, readability):
        body = trafilatura_body(html, url, **options)
    if readability:
        body = choose_body(body, readability)
    if postclean:
        body = strip_boilerplate(body).strip()
    return body
