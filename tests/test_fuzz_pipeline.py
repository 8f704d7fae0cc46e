"""Fuzzing the whole pipeline: exactly one record per input, valid offsets, and no stage ever raising.

A stage that raises is caught by ``process_batch`` and turned into a
``stage_failed`` error record; here that still counts as a crash to fix.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest.readers import detect_format
from newsgraph.run import extract_records
from test_fuzz_strategies import (
    CRASH_CODES,
    FUZZ_SETTINGS,
    any_text,
    check_record,
    html_page,
    mutated_page,
    news_text,
    odd_text,
)


def extract_files(files: dict[str, bytes], input_format: str = "auto") -> list[dict[str, Any]]:
    """Write ``files`` to a fresh folder and extract every record from it."""
    with tempfile.TemporaryDirectory(prefix="ng-fuzz-") as tmp:
        paths = []
        for name, data in files.items():
            path = Path(tmp) / name
            path.write_bytes(data)
            paths.append(str(path))
        return list(extract_records(paths, input_format, published="2022-01-22", batch_size=8))


def check_records(records: list[dict[str, Any]]) -> None:
    """Every record keeps the invariants, and no stage raised on any of them."""
    for record in records:
        check_record(record)
        assert (record["error"] or {}).get("code") not in CRASH_CODES, record["error"]


@settings(max_examples=40, **FUZZ_SETTINGS)
@given(st.lists(st.one_of(news_text, odd_text, any_text), min_size=1, max_size=6))
def test_raw_texts_through_the_pipeline(texts: list[str]) -> None:
    lines = [json.dumps({"id": f"t{i}", "text": text}) for i, text in enumerate(texts)]
    records = extract_files({"texts.jsonl": "\n".join(lines).encode("utf-8")})
    assert [r["id"] for r in records] == [f"t{i}" for i in range(len(texts))]
    check_records(records)


@settings(max_examples=25, **FUZZ_SETTINGS)
@given(st.lists(st.one_of(news_text, odd_text), min_size=1, max_size=3), st.sampled_from(["text", "auto"]))
def test_text_files_through_the_pipeline(texts: list[str], input_format: str) -> None:
    files = {f"{i:02d}.txt": text.encode("utf-8") for i, text in enumerate(texts)}
    records = extract_files(files, input_format)
    if input_format == "text" or all(detect_format(d) in ("text", "html") for d in files.values() if d.strip()):
        assert len(records) == len(files)
    check_records(records)


@settings(max_examples=15, **FUZZ_SETTINGS)
@given(html_page)
def test_random_html_through_the_pipeline(page: str) -> None:
    records = extract_files({"page.html": page.encode("utf-8")}, "html")
    assert len(records) == 1
    check_records(records)


@settings(max_examples=8, **FUZZ_SETTINGS)
@given(mutated_page())
def test_mutated_pages_through_the_pipeline(data: bytes) -> None:
    records = extract_files({"page.html": data})
    if detect_format(data) in ("text", "html"):
        assert len(records) == 1
    check_records(records)


ARTICLE = "The minister said on Friday that the talks in the capital went well and that more would follow. " * 4
NASTY_INPUTS = [
    ("control_chars_in_html.html", f"<html><body><article><p>{ARTICLE}\x1b</p><div></div>\x01</article></body></html>"),
    ("form_feed_in_html.html", f"<html><body><article><p>{ARTICLE}\x0c{ARTICLE}</p></article></body></html>"),
    ("rtl_and_zero_width.txt", ARTICLE.replace(" ", " \u200f\u200b").replace("talks", "ta\u0301lks\u202e")),
    ("mixed_newlines.txt", ARTICLE.replace(". ", ".\r\n", 1).replace(". ", ".\r", 1).replace(". ", ".\n\n", 1)),
    ("astral_and_emoji.txt", ARTICLE.replace("minister", "\U0001d50e\U0001f600 minister")),
    ("only_marks.txt", "\u0301\u0308\u200b\u200f" * 50),
    ("unbalanced_quotes.txt", "\u201c" + ARTICLE + " \u201d \u201c he said \" ' \u2018"),
]


def test_nasty_inputs_give_records_not_crashes() -> None:
    files = {name: text.encode("utf-8") for name, text in NASTY_INPUTS}
    records = extract_files(files)
    assert len(records) == len(NASTY_INPUTS)
    check_records(records)
    assert [r["error"] for r in records] == [None] * len(NASTY_INPUTS)
