"""Crash soak: kill `newsgraph ingest` and `newsgraph run` with SIGKILL many times; print what was lost.

The same harness as tests/test_crash_safety.py (tests/test_crash_harness.py), with more kills.
Usage: .venv/bin/python bench/crash_soak.py [--kills N] [--articles N] [--seed S] [--only ingest|run]
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=["ingest", "run"])
    args = parser.parse_args()
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
