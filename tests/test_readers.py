"""Readers: every input gives one record; bad input gives an error record and the batch goes on."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from newsgraph.ingest.clean import clean_scraped
from newsgraph.ingest.readers import detect_format, read_inputs

ARTICLE = (
    "<html><head><title>Ministers meet in Oslo</title></head><body><article>"
    + "".join(f"<p>Paragraph {i}: The foreign ministers of Norway and Sweden met in Oslo on Tuesday "
              f"to discuss fishing rights, officials said in a statement after the talks.</p>" for i in range(6))
    + "</article></body></html>"
)
NAV_ONLY = "<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>"


def records(tmp_path, name, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return [a.to_dict() for a in read_inputs([str(path)], **kw)]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("binary.bin", bytes(range(256)) * 40, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("bad.txt", b"caf\xe9 au lait " * 20, "bad_encoding"),
        ("cut.html.gz", gzip.compress(ARTICLE.encode())[:-30], "bad_gzip"),
        ("nav.html", NAV_ONLY.encode(), "not_an_article"),
        ("huge.html", b"<html><body><p>" + b"word " * (21 * 1024 * 1024 // 5) + b"</p></body></html>", "too_large"),
        ("bad.html", ARTICLE.replace("Oslo", "Troms\xf8").encode("latin-1"), "bad_encoding"),
    ],
)
def test_bad_input_gives_error_record(tmp_path, name, data, code):
    [record] = records(tmp_path, name, data)
    assert record["error"]["code"] == code
    assert record["error"]["message"]
    assert record["text"] == "" and record["entities"] == []


def test_missing_file_is_an_error_record():
    [article] = list(read_inputs(["/nonexistent/file.txt"]))
    assert article.error.code == "unreadable"


def test_batch_goes_on_after_bad_inputs(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "b.html").write_text(ARTICLE)
    (tmp_path / "c.txt").write_text("")
    out = list(read_inputs([str(tmp_path)]))
    assert [a.error.code if a.error else None for a in out] == ["binary", None, "empty"]
    assert "Norway" in out[1].text


def test_jsonl_gives_one_record_per_line_in_order(tmp_path):
    lines = [
        {"id": "one", "text": "Kishida met Biden.", "published": "2022-01-21"},
        {"id": "two", "text": ""},
        {"id": "three", "html": ARTICLE},
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    out = records(tmp_path, "in.jsonl", body.encode())
    assert [r["id"] for r in out[:3]] == ["one", "two", "three"]
    assert out[0]["text"] == "Kishida met Biden." and out[0]["published"] == "2022-01-21"
    assert out[1]["error"]["code"] == "empty"
    assert out[2]["error"] is None
    assert out[3]["error"]["code"] == "bad_json"


@pytest.mark.parametrize(
    ("data", "fmt"),
    [(b"WARC/1.0\r\n", "warc"), (b'{"id": "1", "text": "x"}\n', "jsonl"), (ARTICLE.encode(), "html"),
     (b"Plain text with a <b>tag</b>.", "text")],
)
def test_detect_format(data, fmt):
    assert detect_format(data) == fmt


def test_clean_scraped_keeps_offset_map():
    raw = "![]() |\nA caption of a photo. Reuters-Yonhap |\n<table><tr><td>x</td></tr></table> Body &amp; text here.\n"
    cleaned = clean_scraped(raw)
    assert cleaned.text == "x Body & text here."
    assert len(cleaned.offsets) == len(cleaned.text)
    for i, ch in enumerate(cleaned.text):
        if ch not in " &":
            assert raw[cleaned.offsets[i]] == ch


def test_stdin_and_exit_status(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", "-", "--input-format", "text"],
                        input=b"The minister said the talks would resume.", capture_output=True)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["text"] == "The minister said the talks would resume."
    bad = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", "-"], input=b"", capture_output=True)
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["error"]["code"] == "empty"


BAD_INPUTS = {
    "binary.bin": (bytes(range(256)) * 40, "binary"),
    "cut.html.gz": (gzip.compress(ARTICLE.encode())[:-30], "bad_gzip"),
    "empty.txt": (b"", "empty"),
    "latin1.txt": (b"The caf\xe9 near the ministry was closed, officials said on Tuesday.", "bad_encoding"),
    "sub/nav.html": (NAV_ONLY.encode(), "not_an_article"),
    "sub/deeper/huge.html": (b"<html><body><p>" + b"word " * (50 * 1024 * 1024 // 5) + b"</p></body></html>",
                             "too_large"),
}


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """Run the newsgraph command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], input=stdin, capture_output=True)


def test_cli_bad_inputs_each_give_an_error_record_and_exit_status_tells_all_failed(tmp_path):
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    failed = cli("extract", str(tmp_path))
    assert failed.returncode == 1, failed.stderr
    out = [json.loads(line) for line in failed.stdout.splitlines()]
    # folders are walked recursively, a folder's files (sorted) before its subfolders, one record per input
    assert [r["error"]["code"] for r in out] == [code for _, code in BAD_INPUTS.values()]
    for record, name in zip(out, BAD_INPUTS, strict=True):
        assert name in record["error"]["message"] and record["text"] == ""
    (tmp_path / "sub" / "good.html").write_text(ARTICLE)
    mixed = cli("extract", str(tmp_path))
    assert mixed.returncode == 0, mixed.stderr
    codes = [(json.loads(line)["error"] or {}).get("code") for line in mixed.stdout.splitlines()]
    assert codes.count(None) == 1 and len(codes) == len(BAD_INPUTS) + 1


@pytest.mark.parametrize(
    ("name", "data", "expected_text"),
    [
        ("page.txt", ARTICLE.encode(), "Norway and Sweden"),  # HTML in a .txt file
        ("lines.dat", json.dumps({"id": "a1", "text": "Short JSON Lines body."}).encode(), "Short JSON Lines body."),
        ("story.gz", gzip.compress(b"The minister said the talks would resume."), "The minister said the talks"),
        ("page.html.gz", gzip.compress(ARTICLE.encode()), "Norway and Sweden"),
    ],
)
def test_auto_detection_ignores_misleading_names(tmp_path, name, data, expected_text):
    [record] = records(tmp_path, name, data)
    assert record["error"] is None
    assert expected_text in record["text"] and "<p>" not in record["text"]


@pytest.mark.parametrize(
    ("fmt", "data", "expected_text"),
    [
        ("auto", ARTICLE.encode(), "Norway and Sweden"),
        ("html", ARTICLE.encode(), "Norway and Sweden"),
        ("jsonl", json.dumps({"id": "s1", "text": "One line from stdin."}).encode() + b"\n", "One line from stdin."),
        ("auto", json.dumps({"id": "s1", "text": "One line from stdin."}).encode() + b"\n", "One line from stdin."),
    ],
)
def test_stdin_formats(monkeypatch, fmt, data, expected_text):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article] = list(read_inputs(["-"], fmt))
    assert article.error is None and expected_text in article.text
