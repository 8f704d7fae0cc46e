"""What two CPUs can give `newsgraph run` on this machine, next to what the engine's 2 workers get.

    .venv/bin/python bench/bench_scale_ceiling.py [--limit 120] [--rounds 2]

Each round, from cold processes over the same WARC of benchmark pages (wall seconds and CPU-seconds of the
processes waited for):

- one `newsgraph run --workers 1` alone;
- two independent `newsgraph run --workers 1` side by side, sharing nothing: twice the work in the wall time
  of the slower one, so ``2 x alone / side by side`` is the most any engine could get from two CPUs here
  for this workload, start-up included (the ceiling);
- one `newsgraph run --workers 2`: its speed-up over the run alone, and its CPU per text against it;
- bare spaCy (interpreter, import, model load, ``nlp.pipe``) alone and two copies side by side, the same
  ceiling for bare spaCy.

A cold 2-worker run cannot reach the ceiling on a short input: the fork server loads the models once
(about 4 CPU-s), before the two workers split the pages, so with 120 pages (about 20 s of work after
start-up) the bound is about (4 + 20) / (4 + 10) = 1.7x. Runs of 2026-11-29 (120 pages, quiet machine,
two rounds): ceiling 1.78x and 2.02x (CPU per text x1.08, x0.95); engine 2 workers 1.29x and 1.54x (x1.26,
x0.98); bare spaCy side by side 1.57x and 1.76x (x1.20, x1.09). The 1-worker run alone took 23.6 s and 30.1 s:
the machine's own speed moves by a quarter between minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scale_throughput import BARE_COLD, children_cpu, english_texts, load_pages

from newsgraph import nlp
from newsgraph.scale.synthetic import write_warc


def side_by_side(commands: list[list[str]]) -> tuple[float, float]:
    """(wall, CPU) seconds of the commands started together, until the last one ends."""
    wall, cpu = time.perf_counter(), children_cpu()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for command in commands]
    for process in processes:
        _, error = process.communicate()
        if process.returncode != 0:
            sys.exit(f"{commands[0][0]} failed: {error.decode('utf-8', 'replace')[-2000:]}")
    return time.perf_counter() - wall, children_cpu() - cpu


def measure(tmp: Path, pages: list[tuple[str, str]], rounds: int) -> None:
    """Print each round's figures, with the WARC and the runs' output in ``tmp``."""
    warc, texts_file = tmp / "pages.warc.gz", tmp / "texts.json"
    write_warc(warc, pages)
    texts_file.write_text(json.dumps(english_texts(pages)), encoding="utf-8")
    newsgraph = str(Path(sys.executable).with_name("newsgraph"))
    bare = [sys.executable, "-c", BARE_COLD, str(texts_file), nlp.model_name()]

    def run(out: str, workers: int) -> list[str]:
        return [newsgraph, "run", str(warc), "--out", str(tmp / out), "--workers", str(workers), "--no-progress"]

    print(f"{len(pages)} pages; each round from cold processes")
    for round_no in range(rounds):
        alone = side_by_side([run(f"alone{round_no}", 1)])
        pair = side_by_side([run(f"left{round_no}", 1), run(f"right{round_no}", 1)])
        engine = side_by_side([run(f"two{round_no}", 2)])
        bare_alone, bare_pair = side_by_side([bare]), side_by_side([bare, bare])
        print(f"round {round_no + 1}: newsgraph alone {alone[0]:.1f} s / {alone[1]:.1f} CPU-s; two side by side "
              f"{pair[0]:.1f} s / {pair[1]:.1f} CPU-s -> ceiling {2 * alone[0] / pair[0]:.2f}x (CPU per text "
              f"x{pair[1] / 2 / alone[1]:.2f}); engine 2 workers {engine[0]:.1f} s / {engine[1]:.1f} CPU-s -> "
              f"{alone[0] / engine[0]:.2f}x (CPU per text x{engine[1] / alone[1]:.2f})")
        print(f"         bare spaCy alone {bare_alone[0]:.1f} s; two side by side {bare_pair[0]:.1f} s -> "
              f"{2 * bare_alone[0] / bare_pair[0]:.2f}x (CPU per text x{bare_pair[1] / 2 / bare_alone[1]:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    pages = load_pages(args.limit)
    with tempfile.TemporaryDirectory(prefix="newsgraph-ceiling-") as folder:
        measure(Path(folder), pages, args.rounds)


if __name__ == "__main__":
    main()
