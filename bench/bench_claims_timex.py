"""Throughput of the timex and claims stages on MEANTIME's 120 news articles, next to the parse they need.

    .venv/bin/python bench/bench_claims_timex.py [--limit N] [--repeat R]

Prints CPU milliseconds per article for parse, timex and claims, and the overhead of timex+claims
relative to the parse.  Needs ../shared/data/timex (skips with a message otherwise).
"""

from __future__ import annotations

import argparse
import json
import time

from newsgraph.devdata import MISSING_MESSAGE, data_path
from newsgraph.model import Article
from newsgraph.pipeline import stages


def main() -> None:
    """Parse once, then time the timex and claims stages over the same parsed batch."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = data_path("timex")
    if folder is None:
        print(MISSING_MESSAGE)
        return
    docs = [json.loads(line) for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = docs[: args.limit] if args.limit else docs
    articles = [Article(id=d["id"], text=d["text"], published=d["published"]) for d in docs]
    chars = sum(len(a.text) for a in articles)
    timings: dict[str, float] = {}
    for name, fn in stages(("parse", "entities", "actors", "timex", "claims")):
        runs = 1 if name in ("parse", "entities", "actors") else args.repeat
        start = time.process_time()
        for _ in range(runs):
            fn(articles)
        timings[name] = (time.process_time() - start) / runs
    n = len(articles)
    print(f"{n} articles, {chars / n:.0f} characters each on average")
    for name in ("parse", "timex", "claims"):
        print(f"{name:8} {1000 * timings[name] / n:8.2f} ms/article  {n / max(timings[name], 1e-9):9.1f} articles/s")
    extra = timings["timex"] + timings["claims"]
    print(f"timex+claims overhead: {100 * extra / timings['parse']:.1f}% of the parse time")
    print(f"dates {sum(len(a.dates) for a in articles)}, claims {sum(len(a.claims) for a in articles)}")


if __name__ == "__main__":
    main()
