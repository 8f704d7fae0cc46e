"""Time of the events stage as a share of the spaCy parse time (target: at most 25%).

Inputs: the MEANTIME Wikinews articles of the dev data pack (../shared/data/timex/docs.jsonl,
120 news articles) and the PLOVER GSR sentences, read in place, never copied.
Run:  .venv/bin/python bench/bench_events.py [--limit N] [--repeat R] [--learned]
``--learned`` turns on the learned detector (events_learned, off by default) and adds its time and its
one-off model load (CPU seconds) to the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from newsgraph import nlp
from newsgraph.devdata import MISSING_MESSAGE, shared_dir
from newsgraph.model import Article
from newsgraph.pipeline import stages

BEFORE_EVENTS = ("entities", "actors", "places", "timex", "quotes")


def load_texts(shared: Path, limit: int | None) -> list[tuple[str, str, str | None]]:
    """(id, text, published) of the news articles and the GSR sentences."""
    items = []
    for line in (shared / "data" / "timex" / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        items.append((doc["id"], doc["text"], doc.get("published")))
    for line in (shared / "data" / "plover" / "plover_gsr.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        items.append((record["id"], record["text"], "2000-01-01"))
    return items[:limit] if limit else items


def run(items: list[tuple[str, str, str | None]]) -> tuple[float, float, int, int]:
    """(parse seconds, events seconds with the learned stage, characters, events found) over the items."""
    model = nlp.load()
    articles = [Article(id=i, text=t, published=p) for i, t, p in items]
    start = time.perf_counter()
    docs = list(model.pipe(a.text for a in articles))
    parse_seconds = time.perf_counter() - start
    for article, doc in zip(articles, docs, strict=True):
        article.doc = doc
    for _, fn in stages(BEFORE_EVENTS):
        fn(articles)
    start = time.perf_counter()
    for _, fn in stages(("events", "events_learned")):
        fn(articles)
    event_seconds = time.perf_counter() - start
    return parse_seconds, event_seconds, sum(len(a.text) for a in articles), sum(len(a.events) for a in articles)


def learned_load_seconds() -> float:
    """CPU seconds to load the learned detector's embeddings, prototypes and weights."""
    from newsgraph.extract import events_learned

    start = time.process_time()
    events_learned.packaged_classifier()
    events_learned.prototypes()
    return time.process_time() - start


def main() -> None:
    """Print parse time, events time and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--learned", action="store_true", help="turn on the learned event detector")
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print(MISSING_MESSAGE)
        return
    items = load_texts(shared, args.limit)
    nlp.load()("warm up the model")
    if args.learned:
        os.environ["NEWSGRAPH_LEARNED_EVENTS"] = "1"
        print(f"learned model load {learned_load_seconds():.2f} CPU-s")
    best = None
    for _ in range(args.repeat):
        result = run(items)
        best = result if best is None or result[1] / result[0] < best[1] / best[0] else best
    assert best is not None
    parse_seconds, event_seconds, chars, found = best
    print(f"texts            {len(items)}")
    print(f"characters       {chars}")
    print(f"events found     {found}")
    print(f"spaCy parse      {parse_seconds:.2f} s  ({chars / parse_seconds / 1000:.0f} k chars/s)")
    print(f"events stage     {event_seconds:.2f} s  (learned detector {'on' if args.learned else 'off'})")
    print(f"events / parse   {100 * event_seconds / parse_seconds:.1f} %  (target <= 25 %)")


if __name__ == "__main__":
    main()
