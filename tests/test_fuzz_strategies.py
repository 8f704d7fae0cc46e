"""Hypothesis strategies for fuzzing newsgraph, the invariants every output must keep, and their own checks.

The strategies cover random text, news-like text (names, numbers, dates, quote
marks, reporting verbs) laced with odd Unicode, random HTML, and mutations of
real pages (byte flips, truncations, splices).  ``bench/fuzz_long.py`` imports
them for the long run.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.devdata import PROJECT_ROOT, shared_dir
from newsgraph.model import iter_spans

FUZZ_SETTINGS = {
    "deadline": None,
    "database": None,
    "derandomize": True,  # the same examples on every run of the suite; bench/fuzz_long.py explores
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
}

ODD_CHARS = [
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069",  # direction marks and overrides
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # zero-width, BOM, soft hyphen
    "\u0301", "\u0308", "\u0327", "\u20dd", "\u1ab0",  # combining marks
    "\r\n", "\r", "\n", "\n\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\t",  # line and paragraph breaks
    "\U0001d518", "\U0001f600", "\U0001f1f0\U0001f1f7", "\U00020000", "\U0010fffd",  # astral
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u0928\u092e\u0938\u094d\u0924\u0947",  # RTL, Indic
    "\u00e9", "e\u0301", "\ufb01", "\u2126", "\u0130", "\u00df",  # composed/decomposed, ligatures, casing traps
]
CONTROL_CHARS = ["\x00", "\x01", "\x08", "\x1b", "\x7f", "\ufffe", "\uffff"]
WORDS = [
    "President", "Joe", "Biden", "Prime", "Minister", "Fumio", "Kishida", "Moon", "Jae-in", "said", "says",
    "told", "reporters", "according", "to", "officials", "on", "Friday", "Jan.", "21", "2022", "last", "week",
    "next", "month", "the", "a", "of", "and", "in", "Seoul", "Tokyo", "Washington", "China", "Japan",
    "United", "States", "Korea", "talks", "summit", "sanctions", "troops", "attack", "agreed", "rejected",
    "accused", "threatened", "met", "$3", "billion", "5.2", "percent", "%", "1,000", "people", "million",
    "tons", "km", "1990s", "yesterday", "today", "2 p.m.", "Mr.", "Dr.", "U.S.", "he", "she", "they", "it",
    "\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", ",", ".", ":", ";", "(", ")", "-", "\u2014", "?", "!",
    "<b>", "</b>", "<p>", "&amp;", "&#8217;", "&nbsp;", "Reuters", "Yonhap", "|", "![img](x.png)", "[Photo]",
]

word = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD_CHARS), st.text(max_size=6))
news_text = st.lists(word, max_size=120).map(" ".join)
odd_text = st.lists(st.one_of(st.sampled_from(ODD_CHARS), st.sampled_from(WORDS), st.sampled_from(CONTROL_CHARS)),
                    max_size=80).map("".join)
any_text = st.one_of(st.text(max_size=400), news_text, odd_text)

TAGS = ["div", "p", "span", "article", "section", "a", "b", "i", "h1", "h2", "ul", "li", "table", "tr", "td",
        "script", "style", "blockquote", "figure", "figcaption", "header", "footer", "nav", "main", "time"]
attribute = st.tuples(st.sampled_from(["class", "id", "href", "lang", "dir", "datetime", "itemprop", "style"]),
                      st.one_of(st.sampled_from(["article-body", "rtl", "main", "x"]), st.text(max_size=12)))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """An element with attributes around a list of children (sometimes left unclosed)."""
    def render(tag: str, attrs: list[tuple[str, str]], inner: list[str], closed: bool) -> str:
        attr_text = "".join(f' {k}="{v.replace(chr(34), "&quot;")}"' for k, v in attrs)
        return f"<{tag}{attr_text}>{''.join(inner)}" + (f"</{tag}>" if closed else "")

    return st.builds(render, st.sampled_from(TAGS), st.lists(attribute, max_size=3),
                     st.lists(children, max_size=5), st.booleans())


html_fragment = st.recursive(st.one_of(news_text, news_text, news_text, odd_text), _element, max_leaves=30)
# a body long enough to pass as an article, so that pages reach the extractors too
article_body = st.lists(st.lists(word, min_size=30, max_size=80).map(" ".join), max_size=4).map(
    lambda paragraphs: "<article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>" if paragraphs else ""
)
html_page = st.builds(
    lambda title, body, article, doctype: (
        f"{doctype}<html><head><title>{title}</title></head><body>{body}{article}</body></html>"
    ),
    news_text, st.lists(html_fragment, min_size=1, max_size=6).map("".join), article_body,
    st.sampled_from(["<!DOCTYPE html>", "", "<?xml version='1.0'?>"]),
)
# error codes that mean some code raised and the input was saved only by isolation
CRASH_CODES = frozenset({"stage_failed", "extract_failed", "read_failed"})


@lru_cache(maxsize=1)
def real_pages(limit: int = 12) -> tuple[bytes, ...]:
    """Real pages to mutate: the samples and, when present, the first pages of the extraction benchmark."""
    pages = [p.read_bytes() for p in sorted((PROJECT_ROOT / "samples").glob("*")) if p.suffix in (".txt", ".html")]
    shared = shared_dir()
    if shared is not None:
        for path in sorted((shared / "data" / "article-extraction" / "html").glob("*.html.gz"))[:limit]:
            pages.append(gzip.decompress(path.read_bytes()))
    return tuple(pages)


@st.composite
def mutated_page(draw: st.DrawFn) -> bytes:
    """A real page with bytes flipped, a truncation, a splice from another page, or inserted odd text."""
    pages = real_pages()
    data = bytearray(draw(st.sampled_from(pages)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "splice", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del data[at:]
        elif kind == "splice":
            other = draw(st.sampled_from(pages))
            cut = draw(st.integers(0, max(0, len(other) - 1)))
            data[at:] = other[cut:]
        elif kind == "insert":
            data[at:at] = draw(st.one_of(odd_text, html_fragment)).encode("utf-8", "surrogatepass")
        else:
            del data[at:at + draw(st.integers(1, 2000))]
    return bytes(data)


def check_record(record: dict[str, Any]) -> None:
    """The invariants of every record: JSON-safe, valid offsets, error records empty."""
    json.dumps(record, ensure_ascii=False)
    text = record["text"]
    assert isinstance(text, str)
    if record["error"] is not None:
        assert record["error"]["code"] and isinstance(record["error"]["message"], str)
        assert text == ""
    for path, span in iter_spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), (path, span)
        assert text[span["start"]:span["end"]] == span["text"], (path, span)
    for event in record.get("events") or []:
        sentence = event["sentence"]
        assert 0 <= sentence["start"] <= sentence["end"] <= len(text), sentence


# ------------------------------------------------------------ the strategies themselves


@settings(max_examples=60, **FUZZ_SETTINGS)
@given(html_page)
def test_html_pages_are_documents(page: str) -> None:
    assert page.count("<html>") == 1 and page.endswith("</body></html>")


@settings(max_examples=40, **FUZZ_SETTINGS)
@given(mutated_page())
def test_mutated_pages_are_bytes(page: bytes) -> None:
    assert isinstance(page, bytes)


def test_odd_chars_include_each_family() -> None:
    joined = "".join(ODD_CHARS)
    for char in ("\u200f", "\u200b", "\u0301", "\r", "\U0001f600"):
        assert char in joined


def test_check_record_catches_a_bad_offset() -> None:
    record = {"id": "x", "text": "Hello world", "error": None,
              "entities": [{"start": 0, "end": 5, "text": "Hallo", "label": "PERSON"}]}
    try:
        check_record(record)
    except AssertionError:
        return
    raise AssertionError("check_record accepted a span whose text does not match")
