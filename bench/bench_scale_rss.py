"""Peak memory of `newsgraph run` on synthetic WARCs of growing size: it must stay flat.

    .venv/bin/python bench/bench_scale_rss.py [--sizes 10000,100000] [--stages none] [--workers 2]

For each size a synthetic WARC.gz is generated (10% near-duplicates), then
`newsgraph run` runs on it as a child process while this script samples the
RSS of the driver and its workers from /proc every 0.2 s.  Printed per size:
the peak RSS of the whole process tree, of the driver, and of the largest
worker, and the growth of each from the smallest to the largest size; and the
duplicates found against those injected (copies of any earlier page, however
far back), with the size of the on-disk dedup index.

``--stages none`` (the default) measures the runner itself (streaming,
HTML extraction, dedup, shards); the spaCy stages can be added, e.g.
``--stages parse,entities``, when there is time for 100,000 parses.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsgraph.scale.synthetic import synthetic_pages, write_warc

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def descendants(pid: int) -> list[int]:
    """Child processes, recursively, from /proc/<pid>/task/*/children."""
    found: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except (OSError, ValueError):
                continue
            found += kids
            stack += kids
    return found


def measure(command: list[str]) -> tuple[float, int, int, int]:
    """(seconds, peak tree RSS, peak driver RSS, peak single-worker RSS) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_driver = peak_worker = 0
    while proc.poll() is None:
        driver = rss_bytes(proc.pid)
        workers = [rss_bytes(k) for k in descendants(proc.pid)]
        peak_tree = max(peak_tree, driver + sum(workers))
        peak_driver = max(peak_driver, driver)
        peak_worker = max([peak_worker, *workers])
        time.sleep(0.2)
    _, err = proc.communicate()
    if proc.returncode != 0:
        sys.exit(f"run failed ({proc.returncode}):\n{err[-2000:]}")
    print("   ", err.strip().splitlines()[0])
    return time.perf_counter() - start, peak_tree, peak_driver, peak_worker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--stages", default="none")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--paragraphs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    newsgraph = str(Path(sys.executable).with_name("newsgraph"))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            warc = Path(tmp) / f"synthetic-{size}.warc.gz"
            injected = [0]

            def pages(size: int = size, injected: list[int] = injected) -> Iterator[tuple[str, str]]:
                for url, html, is_copy in synthetic_pages(size, near_duplicates=0.1, seed=size,
                                                          paragraphs=args.paragraphs):
                    injected[0] += is_copy
                    yield url, html

            write_warc(warc, pages())
            out = Path(tmp) / f"out-{size}"
            command = [newsgraph, "run", str(warc), "--out", str(out), "--workers",
                       str(args.workers), "--stages", args.stages, "--no-progress",
                       "--summary-json", str(Path(tmp) / f"summary-{size}.json")]
            print(f"{size} articles ({warc.stat().st_size / 1e6:.0f} MB WARC.gz), stages {args.stages}:")
            seconds, tree, driver, worker = measure(command)
            results.append((size, tree, driver, worker))
            print(f"    {seconds:7.1f} s  {size / seconds:7.1f} articles/s   peak RSS: tree {tree / 2**20:6.0f} MiB  "
                  f"driver {driver / 2**20:6.0f} MiB  largest worker {worker / 2**20:6.0f} MiB")
            summary = json.loads((Path(tmp) / f"summary-{size}.json").read_text())
            index = out / "dedup.sqlite"
            print(f"    dedup: {summary['kept']} unique, {summary['duplicates']} duplicates found "
                  f"{summary['duplicates_by_kind']} vs {injected[0]} injected; "
                  f"index {index.stat().st_size / 2**20 if index.exists() else 0:.1f} MiB on disk")
            warc.unlink()
    first, last = results[0], results[-1]
    for label, i in (("tree", 1), ("driver", 2), ("largest worker", 3)):
        print(f"peak RSS {label} from {first[0]} to {last[0]} articles: {(last[i] / first[i] - 1) * 100:+.1f}%")


if __name__ == "__main__":
    main()
