"""`newsgraph run` / `load`: same records whatever the workers, real dedup on a WARC, kill and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.dedup import Deduplicator
from newsgraph.run import extract_records
from newsgraph.scale.load import load_run
from newsgraph.scale.local import TAIL_BATCHES, BatchCutter
from newsgraph.scale.runner import DEDUP_INDEX, RunOptions, run
from newsgraph.scale.shards import ConfigMismatch, finished_shards, shard_duplicates, shard_records
from newsgraph.scale.synthetic import article_text, page_html, synthetic_pages, write_warc
from newsgraph.store.db import connect, stats

LIGHT = ()  # no NLP stages: ingest, dedup and shards are the real ones


def output(out: Path) -> tuple[list[dict], list[dict]]:
    """(records, duplicates) of a run folder, in shard order."""
    records, dups = [], []
    for parquet in finished_shards(out):
        records += list(shard_records(parquet))
        dups += list(shard_duplicates(parquet))
    return records, dups


@pytest.fixture()
def mixed_inputs(tmp_path: Path) -> list[str]:
    """A folder of mixed inputs: text, HTML, JSON Lines (with a duplicate and a bad line), and an empty file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        title, body = article_text(500 + i, paragraphs=2)
        (folder / f"a{i}.html").write_text(page_html(title, body, f"https://example.org/s/{i}"), encoding="utf-8")
    (folder / "b.txt").write_text("The council in Leeds approved a new budget for schools on Tuesday. " * 3)
    (folder / "empty.txt").write_text("")
    first = " ".join(article_text(600)[1])
    lines = [{"id": "j1", "text": first, "published": "2024-03-05"},
             {"id": "j2", "text": first.replace("Tuesday", "Wednesday", 1) + " ", "published": "2024-03-05"},
             {"id": "j3", "text": " ".join(article_text(601)[1])}]
    (folder / "c.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{not json\n", encoding="utf-8")
    return [str(folder)]


def test_records_match_extract_and_do_not_depend_on_workers(tmp_path, mixed_inputs):
    full = run(mixed_inputs, tmp_path / "full", RunOptions(workers=0, shard_size=4, progress=False))
    records, dups = output(tmp_path / "full")
    # a duplicate is skipped; every other record is exactly what `newsgraph extract` gives
    assert [(d["id"], d["kept_id"], d["kind"]) for d in dups] == [("j2", "j1", "near")]
    assert records == [r for r in extract_records(mixed_inputs) if r["id"] != "j2"]
    assert full.as_dict()["errors_by_code"] == {"bad_json": 1, "empty": 1}
    # in-process and two worker processes agree (spaCy stages only, to keep the test short)
    light = {"shard_size": 4, "batch_size": 2, "stages": ("parse", "entities"), "progress": False}
    run(mixed_inputs, tmp_path / "w0", RunOptions(workers=0, **light))
    run(mixed_inputs, tmp_path / "w2", RunOptions(workers=2, **light))
    assert output(tmp_path / "w0") == output(tmp_path / "w2")
    records0 = output(tmp_path / "w0")[0]
    assert [r["id"] for r in records0] == [r["id"] for r in records] and any(r["entities"] for r in records0)
    assert all(r["text"][e["start"]:e["end"]] == e["text"] for r in records0 for e in r["entities"])


def cuts(items: list[int], size: int, arrivals: list[int]) -> list[list[int]]:
    """The batches a cutter gives when the items come in groups of the given sizes (the rest in one group)."""
    cutter, batches, start = BatchCutter(size), [], 0
    for count in arrivals + [len(items)]:
        batches += cutter.add(items[start:start + count])
        start += count
    return batches + cutter.finish()


@pytest.mark.parametrize("total", [0, 1, 7, 40, 133])
def test_stage_batches_shrink_at_the_end_and_do_not_depend_on_arrival(total):
    items, size = list(range(total)), 8
    at_once = cuts(items, size, [])
    assert [i for batch in at_once for i in batch] == items
    assert all(0 < len(batch) <= size for batch in at_once)
    sizes = [len(batch) for batch in at_once]
    assert sizes == sorted(sizes, reverse=True)  # full batches first, then ever smaller ones
    if total > TAIL_BATCHES * size:
        assert sizes[-1] < size and sizes[0] == size
    for arrivals in ([1] * total, [3, 0, 17, 5], [size] * (total // size)):
        assert cuts(items, size, arrivals) == at_once  # the batches never depend on when ingest results come back


def test_warc_with_ten_percent_near_duplicates(tmp_path):
    pages = list(synthetic_pages(1000, near_duplicates=0.10, seed=7))
    copies = sum(is_copy for _, _, is_copy in pages)
    assert 80 <= copies <= 120
    warc = tmp_path / "crawl.warc.gz"
    assert write_warc(warc, ((url, html) for url, html, _ in pages)) == 1000
    summary = run([str(warc)], tmp_path / "out",
                  RunOptions(workers=2, shard_size=300, batch_size=50, stages=LIGHT, progress=False))
    records, dups = output(tmp_path / "out")
    assert summary.processed == 1000 and summary.kept == 1000 - copies == len(records)
    assert len(dups) == copies and {d["kind"] for d in dups} == {"near"}
    kept_ids = {r["id"] for r in records}
    assert len(kept_ids) == len(records) and all(d["kept_id"] in kept_ids for d in dups)
    is_copy = {url: flag for url, _, flag in pages}
    assert all(is_copy[d["url"]] for d in dups)
    counts = load_run(tmp_path / "out", tmp_path / "db.sqlite")
    assert counts["inserted"] == 1000 - copies and counts["duplicates"] == copies
    again = load_run(tmp_path / "out", tmp_path / "db.sqlite")
    assert again["unchanged"] == 1000 - copies and again.get("inserted", 0) == 0
    assert stats(connect(tmp_path / "db.sqlite"))["articles"] == 1000 - copies


def test_url_and_exact_duplicates_across_shards(tmp_path):
    title, body = article_text(42)
    pages = [("https://example.com/a", page_html(title, body, "https://example.com/a")),
             ("https://example.com/b", page_html(*article_text(43), "https://example.com/b")),
             ("https://www.example.com/a?utm_source=feed", page_html(*article_text(44), "https://example.com/a2")),
             ("https://mirror.example.net/a", page_html(title, body, "https://mirror.example.net/a"))]
    write_warc(tmp_path / "x.warc", pages)
    run([str(tmp_path / "x.warc")], tmp_path / "out", RunOptions(workers=0, shard_size=1, stages=LIGHT,
                                                                   progress=False))
    records, dups = output(tmp_path / "out")
    assert len(records) == 2 and [d["kind"] for d in dups] == ["url", "exact"]


def test_changed_options_refuse_the_old_output(tmp_path, mixed_inputs):
    run(mixed_inputs, tmp_path / "out", RunOptions(workers=0, shard_size=4, stages=LIGHT, progress=False))
    with pytest.raises(ConfigMismatch):
        run(mixed_inputs, tmp_path / "out", RunOptions(workers=0, shard_size=5, stages=LIGHT, progress=False))


def _command(warc: Path, out: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("newsgraph")), "run", str(warc), "--out", str(out), "--workers", "1",
            "--shard-size", "20", "--batch-size", "10", "--stages", "none", "--no-progress"]


def _finished(out: Path) -> int:
    try:
        return len(json.loads((out / "manifest.json").read_text())["shards"])
    except (OSError, ValueError):
        return 0


def test_kill_and_resume_loses_and_duplicates_nothing(tmp_path):
    warc = tmp_path / "crawl.warc"
    write_warc(warc, ((url, html) for url, html, _ in synthetic_pages(300, near_duplicates=0.1, seed=3)))
    reference = tmp_path / "reference"
    run([str(warc)], reference, RunOptions(workers=0, shard_size=20, batch_size=10, stages=LIGHT, progress=False))
    out = tmp_path / "out"
    proc = subprocess.Popen(_command(warc, out), start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 50
    while _finished(out) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its worker, mid-run
    proc.wait()
    done_before = _finished(out)
    assert 3 <= done_before < 15, "the run must be killed part-way"
    before = {p.name: p.stat().st_mtime_ns for p in finished_shards(out)}
    resumed = subprocess.run(_command(warc, out), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{15 - done_before} written, {done_before} already done" in resumed.stderr
    assert all(p.stat().st_mtime_ns == before[p.name] for p in finished_shards(out) if p.name in before)
    records, dups = output(out)
    assert (records, dups) == output(reference)
    assert len({r["id"] for r in records}) == len(records) and len(records) + len(dups) == 300


def test_resume_repairs_an_index_killed_between_manifest_and_commit(tmp_path, monkeypatch):
    """A run stopped after shard 2 is in the manifest but before the index commit: the resumed run re-adds it."""
    warc = tmp_path / "crawl.warc"
    write_warc(warc, ((url, html) for url, html, _ in synthetic_pages(200, near_duplicates=0.2, seed=11)))
    options = RunOptions(workers=0, shard_size=20, batch_size=10, stages=LIGHT, progress=False)
    run([str(warc)], tmp_path / "reference", options)
    commit = Deduplicator.commit

    def commit_then_die(self: Deduplicator, shard: int | None = None) -> None:
        if shard == 2:
            raise KeyboardInterrupt
        commit(self, shard)

    monkeypatch.setattr(Deduplicator, "commit", commit_then_die)
    with pytest.raises(KeyboardInterrupt):
        run([str(warc)], tmp_path / "out", options)
    monkeypatch.setattr(Deduplicator, "commit", commit)
    assert Deduplicator(tmp_path / "out" / DEDUP_INDEX).shards() == {0, 1}
    assert _finished(tmp_path / "out") == 3
    resumed = run([str(warc)], tmp_path / "out", options)
    assert resumed.shards_skipped == 3 and resumed.shards_written == 7
    records, dups = output(tmp_path / "out")
    assert (records, dups) == output(tmp_path / "reference")
    shards = finished_shards(tmp_path / "out")
    kept_in_shard_2 = {r["id"] for r in shard_records(shards[2])}
    later = [d for parquet in shards[3:] for d in shard_duplicates(parquet)]
    assert any(d["kept_id"] in kept_in_shard_2 for d in later), "a later copy of a shard-2 article is caught"
