"""Fuzzing the readers: no input crashes them, every file gives its articles, offsets stay valid."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest.clean import clean_scraped
from newsgraph.ingest.readers import INPUT_FORMATS, detect_format, read_inputs
from newsgraph.model import Article
from test_fuzz_strategies import FUZZ_SETTINGS, any_text, html_page, mutated_page, news_text, odd_text


def read_bytes_as(data: bytes, name: str, input_format: str = "auto") -> list[Article]:
    """Write ``data`` to a fresh file called ``name`` and read it back."""
    with tempfile.TemporaryDirectory(prefix="ng-fuzz-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(read_inputs([str(path)], input_format))


def check_article(article: Article) -> None:
    """An article from the readers: either an error record or text with a matching offset map."""
    if article.error is not None:
        assert article.error.code and article.text == ""
        return
    assert article.text.strip() and article.id
    if article.offset_map is not None:
        assert len(article.offset_map) == len(article.text)


@settings(max_examples=300, **FUZZ_SETTINGS)
@given(st.binary(max_size=600) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_detect_format_never_fails(data: bytes) -> None:
    assert detect_format(data) in INPUT_FORMATS


@settings(max_examples=300, **FUZZ_SETTINGS)
@given(st.one_of(any_text, html_page))
def test_clean_scraped_keeps_a_valid_offset_map(raw: str) -> None:
    cleaned = clean_scraped(raw)
    assert len(cleaned.offsets) == len(cleaned.text)
    assert all(0 <= o < len(raw) for o in cleaned.offsets)
    assert cleaned.offsets == sorted(cleaned.offsets)
    assert "\r" not in cleaned.text
    for char, offset in zip(cleaned.text, cleaned.offsets, strict=True):
        # a kept character is the raw one, or whitespace standing for a line break or removed tag,
        # or comes from an entity (`&amp;`) that starts at its offset
        assert char == raw[offset] or char.isspace() or raw[offset] == "&"


@settings(max_examples=80, **FUZZ_SETTINGS)
@given(any_text, st.sampled_from(["text", "auto"]))
def test_text_files_give_one_article(text: str, input_format: str) -> None:
    data = text.encode("utf-8")
    articles = read_bytes_as(data, "input.txt", input_format)
    if input_format == "text" or detect_format(data) in ("text", "html"):
        assert len(articles) == 1
    for article in articles:
        check_article(article)


@settings(max_examples=40, **FUZZ_SETTINGS)
@given(html_page, st.sampled_from(["html", "auto"]))
def test_html_files_give_one_article(page: str, input_format: str) -> None:
    [article] = read_bytes_as(page.encode("utf-8"), "page.html", input_format)
    check_article(article)


@settings(max_examples=40, **FUZZ_SETTINGS)
@given(st.lists(st.one_of(news_text, odd_text, st.text(max_size=40)), min_size=1, max_size=5),
       st.lists(st.booleans(), min_size=5, max_size=5))
def test_jsonl_gives_one_article_per_line(texts: list[str], broken: list[bool]) -> None:
    lines = [("{not json " + t if bad else json.dumps({"id": f"n{i}", "text": t}))
             for i, (t, bad) in enumerate(zip(texts, broken, strict=False))]
    data = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines).encode("utf-8")
    articles = read_bytes_as(data, "lines.jsonl", "jsonl")
    assert len(articles) == sum(1 for line in data.decode("utf-8").split("\n") if line.strip())
    for article in articles:
        check_article(article)


@settings(max_examples=30, **FUZZ_SETTINGS)
@given(mutated_page(), st.sampled_from(["page.html", "page.txt", "page.bin"]))
def test_mutated_pages_never_crash_the_readers(data: bytes, name: str) -> None:
    articles = read_bytes_as(data, name)
    fmt = detect_format(data) if data.strip() else "text"
    if fmt in ("text", "html") or data[:2] == b"\x1f\x8b":
        assert len(articles) == 1
    for article in articles:
        check_article(article)
