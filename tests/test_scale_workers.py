"""Local engine workers: forked from a warm server, same records when recycled, gone when the driver is killed."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.actors.kb import knowledge_base
from newsgraph.extract.places_gazetteer import gazetteer
from newsgraph.scale.runner import RunOptions, run
from newsgraph.scale.shards import finished_shards, shard_records
from newsgraph.scale.synthetic import synthetic_pages, write_warc
from newsgraph.scale.worker import warm_up

PLACES_STAGES = ("parse", "entities", "actors", "places")


def records(out: Path) -> list[dict]:
    return [r for parquet in finished_shards(out) for r in shard_records(parquet)]


def session_processes(session: int) -> list[int]:
    """Pids of the live (not zombie) processes of a session, from /proc."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[3]) == session:
            pids.append(int(stat.parent.name))
    return pids


def test_warm_up_builds_what_the_first_batch_would(monkeypatch):
    monkeypatch.setattr("newsgraph.scale.worker.WARMED", set())
    gazetteer.cache_clear()
    knowledge_base.cache_clear()
    warm_up(PLACES_STAGES)
    assert gazetteer.cache_info().currsize == 1 and knowledge_base.cache_info().currsize == 1
    calls = gazetteer.cache_info().hits + gazetteer.cache_info().misses
    warm_up(PLACES_STAGES[:2])  # already warm: nothing runs again
    assert gazetteer.cache_info().hits + gazetteer.cache_info().misses == calls


def test_warm_up_loads_what_only_some_pages_reach():
    """readability and the public suffix list load in warm-up, not in a worker's batch; dateparser's locales not."""
    probe = ("import sys, tld.utils\n"
             "from newsgraph.scale.worker import warm_up\n"
             "before = 'readability' in sys.modules, bool(tld.utils.tld_names), 'dateparser' in sys.modules\n"
             "warm_up(())\n"
             "print(before, ('readability' in sys.modules, bool(tld.utils.tld_names), 'dateparser' in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300)
    assert done.stdout.split("\n")[0] == "(False, False, False) (True, True, False)"


def test_recycled_workers_give_the_same_records(tmp_path):
    warc = tmp_path / "pages.warc"
    write_warc(warc, ((url, html) for url, html, _ in synthetic_pages(12, seed=5, paragraphs=2)))
    options = {"shard_size": 6, "batch_size": 2, "stages": PLACES_STAGES, "progress": False}
    run([str(warc)], tmp_path / "w0", RunOptions(workers=0, **options))
    run([str(warc)], tmp_path / "w2", RunOptions(workers=2, recycle_after=1, **options))
    expected = records(tmp_path / "w0")
    assert len(expected) == 12 and any(r["entities"] for r in expected)
    assert records(tmp_path / "w2") == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_driver_leaves_no_fork_server_or_worker(tmp_path):
    warc = tmp_path / "crawl.warc"
    write_warc(warc, ((url, html) for url, html, _ in synthetic_pages(400, seed=9)))
    out = tmp_path / "out"
    command = [str(Path(sys.executable).with_name("newsgraph")), "run", str(warc), "--out", str(out), "--workers",
               "2", "--shard-size", "20", "--batch-size", "10", "--stages", "none", "--no-progress"]
    driver = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 50
    while not list(out.glob("*.parquet")) and driver.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    helpers = [pid for pid in session_processes(driver.pid) if pid != driver.pid]
    assert driver.poll() is None and len(helpers) >= 3, "fork server and 2 workers (and the resource tracker)"
    os.kill(driver.pid, signal.SIGKILL)  # the driver only: the others must follow by themselves
    driver.wait()
    deadline = time.monotonic() + 20
    while session_processes(driver.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = session_processes(driver.pid)
    if left:
        os.killpg(driver.pid, signal.SIGKILL)
    assert not left


def test_warm_up_pauses_automatic_collection_only_while_it_loads():
    from newsgraph.scale.worker import collector_paused

    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector_paused():
        gc.enable()  # a library re-enabling the collector does not bring automatic collections back
        assert gc.get_threshold()[0] == 0
        raise RuntimeError
    assert gc.get_threshold() == before
