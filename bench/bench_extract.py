"""Throughput of the whole `newsgraph extract` path beside bare spaCy `nlp.pipe`, on the same texts, in one run.

    .venv/bin/python bench/bench_extract.py [--repeat 5] [--paths samples]

The corpus (the sample corpus by default) is read once to learn its cleaned texts, then timed
``--repeat`` times through (a) reading + cleaning only, (b) ``extract_records`` (read, clean, every
pipeline stage, record dicts) and (c) ``nlp.pipe`` over the cleaned texts. Models are loaded and
warmed up before any timing. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from newsgraph import nlp
from newsgraph.ingest.readers import read_inputs
from newsgraph.run import extract_records

ROOT = Path(__file__).resolve().parent.parent


def timed(fn: Callable[[], int], rounds: int) -> list[float]:
    """Seconds of each of ``rounds`` calls of fn (fn returns the number of items it made)."""
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    """Print articles/s and chars/s for reading, the full extract path and bare spaCy."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paths", nargs="+", default=[str(ROOT / "samples")])
    parser.add_argument("--repeat", type=int, default=5, help="corpus copies per timed round")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the median is reported")
    args = parser.parse_args()

    records = [r for r in extract_records(args.paths) if r["error"] is None]  # also warms every stage up
    texts = [r["text"] for r in records]
    model = nlp.load()
    list(model.pipe(texts))
    paths = args.paths * args.repeat
    corpus = texts * args.repeat
    chars = sum(len(t) for t in corpus)

    rows = [
        ("read + clean (ingest only)", timed(lambda: sum(1 for _ in read_inputs(paths)), args.rounds)),
        ("newsgraph extract (full path)", timed(lambda: sum(1 for _ in extract_records(paths)), args.rounds)),
        ("bare spaCy nlp.pipe", timed(lambda: sum(1 for _ in model.pipe(corpus)), args.rounds)),
    ]
    print(f"corpus: {len(texts)} articles x {args.repeat} = {len(corpus)} articles, {chars:,} chars; "
          f"model {nlp.model_name()}; median of {args.rounds} rounds")
    print(f"{'path':32} {'seconds':>8} {'articles/s':>11} {'chars/s':>10} {'vs spaCy':>9}")
    spacy_seconds = statistics.median(rows[-1][1])
    for name, seconds in rows:
        median = statistics.median(seconds)
        print(f"{name:32} {median:8.2f} {len(corpus) / median:11.1f} {chars / median:10,.0f} "
              f"{median / spacy_seconds:8.2f}x")


if __name__ == "__main__":
    main()
