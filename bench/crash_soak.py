"""Crash soak: kill `newsgraph ingest` and `newsgraph run` with SIGKILL many times; print what was lost.

The same harness as tests/test_crash_safety.py (tests/test_crash_harness.py), with more kills.
Usage: .venv/bin/python bench/crash_soak.py [--kills N] [--articles N] [--seed S] [--only ingest|run|orphans]

``orphans`` kills a real `newsgraph run --workers 2` once its worker processes are up and
counts the workers still alive ten seconds later (each holds a loaded model); they are then ended.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_crash_harness import SoakResult, ingest_soak, run_soak, warm_up  # noqa: E402


def report(name: str, result: SoakResult, seconds: float) -> None:
    """Print the figures of one soak."""
    print(f"== {name}: {result.kills} kills ({result.mid_write} mid-write), {result.finished_first} runs "
          f"finished before their kill, {result.restarts} restarts ({result.failed_restarts} failed), "
          f"{result.articles} articles, {len(result.problems)} problems, {seconds:.0f} s")
    for problem in result.problems[:20]:
        print("   ", problem)


def children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.append(int(status.parent.name))
    return found


def orphan_check(tmp: Path, workers: int = 2, wait: float = 10.0) -> tuple[int, int]:
    """SIGKILL `newsgraph run --workers N` when its workers are up; (workers seen, workers left alive)."""
    corpus = tmp / "corpus"
    corpus.mkdir()
    for i in range(3000):
        (corpus / f"o{i:03d}.jsonl").write_text(json.dumps({"id": f"o{i}", "text": f"Talks {i} went well."}) + "\n")
    argv = [sys.executable, "-c", "from newsgraph.cli import app; app()", "run", str(corpus), "--out",
            str(tmp / "out"), "--workers", str(workers), "--shard-size", "10", "--no-progress"]
    parent = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: set[int] = set()
    deadline = time.monotonic() + 120
    while parent.poll() is None and time.monotonic() < deadline and len(seen) < workers:
        seen.update(children(parent.pid))
        time.sleep(0.2)
    time.sleep(8)  # let the workers load the model and take batches
    seen.update(children(parent.pid))
    if parent.poll() is not None:
        raise RuntimeError("the run finished before it could be killed; give it more input")
    parent.kill()
    parent.wait()
    time.sleep(wait)
    alive = [pid for pid in seen if Path(f"/proc/{pid}").exists()]
    for pid in alive:  # end what the killed run left behind
        os.kill(pid, signal.SIGKILL)
    return len(seen), len(alive)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=["ingest", "run", "orphans"])
    args = parser.parse_args()
    if args.only == "orphans":
        with tempfile.TemporaryDirectory(prefix="ng-soak-orphans-") as tmp:
            seen, alive = orphan_check(Path(tmp))
        print(f"== orphans: {seen} child processes of the killed run, {alive} still alive 10 s later")
        return 1 if alive else 0
    warm_up()
    lost = 0
    for name, soak in (("ingest", ingest_soak), ("run", run_soak)):
        if args.only and args.only != name:
            continue
        with tempfile.TemporaryDirectory(prefix=f"ng-soak-{name}-") as tmp:
            started = time.perf_counter()
            result = soak(Path(tmp), kills=args.kills, articles=args.articles, seed=args.seed)
            report(name, result, time.perf_counter() - started)
            lost += len(result.problems) + result.failed_restarts
    print(f"articles lost or damaged: {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
