"""Where a warm worker's CPU goes, part by part, against a freshly loaded stock spaCy on the same texts.

    .venv/bin/python bench/bench_worker_parts.py [--limit 60] [--offset 0]

The first ``--limit`` pages of ../shared/data/article-extraction go through what a `newsgraph run`
worker does (``ingest_batch`` then ``process_articles``, batches of 16) in this process, with each
HTML step, each stage and spaCy's ``pipe`` wrapped to sum ``time.process_time``. Then the stock
model (as spaCy ships it, loaded afresh: cold caches, as in a new worker) and newsgraph's model
(``nlp.load()``) each parse the same English texts twice. Every part is printed as a share of the
stock model's mean CPU: the end-to-end target of issue 8 needs the worker's total within 1.25 of it.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import spacy
from bench_scale_throughput import load_pages

import newsgraph.ingest.body as body
import newsgraph.ingest.html as html
import newsgraph.ingest.readers as readers
import newsgraph.scale.worker as worker
from newsgraph import nlp, pipeline
from newsgraph.ingest.warc import WarcPayload
from newsgraph.model import Article
from newsgraph.scale.units import Unit

BATCH = 16
CPU: Counter[str] = Counter()


def timed(fn: Callable[..., Any], label: str) -> Callable[..., Any]:
    """``fn``, adding its CPU time to ``CPU[label]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[label] += time.process_time() - start

    return wrapper


def instrument(model: Any) -> None:
    """Wrap the HTML steps, every stage, the fingerprint, record building and spaCy's pipe."""
    body.fast_trafilatura = timed(body.fast_trafilatura, "html: trafilatura fast pass")
    body.trafilatura_body = timed(body.trafilatura_body, "html: trafilatura full cascade")
    body.readability_body = timed(body.readability_body, "html: readability fallback")
    body.visible_words = timed(body.visible_words, "html: visible-word gate")
    html.page_metadata = timed(html.page_metadata, "html: metadata")
    readers.guard_html = timed(readers.guard_html, "html: guard_html")
    worker.fingerprint = timed(worker.fingerprint, "dedup fingerprint")
    Article.to_dict = timed(Article.to_dict, "record building")  # type: ignore[method-assign]
    for name, fn in list(pipeline._REGISTRY.items()):
        pipeline._REGISTRY[name] = timed(fn, f"stage {name}")
    pipe = model.pipe
    model.pipe = lambda texts, **kw: iter(timed(lambda: list(pipe(texts, **kw)), "spaCy pipe (in parse)")())


def fresh_pipe_cpu(load: Callable[[], Any], texts: list[str]) -> float:
    """CPU seconds of ``pipe`` over the texts on a model just loaded (first run on two texts)."""
    model = load()
    list(model.pipe(texts[:2]))
    start = time.process_time()
    list(model.pipe(texts))
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--offset", type=int, default=0)
    args = parser.parse_args()
    pages = load_pages(args.offset + args.limit)[args.offset:]
    units = [Unit("warc", f"page{i}", WarcPayload(f"page{i}", url, "text/html; charset=utf-8", page.encode(), 0), url)
             for i, (url, page) in enumerate(pages)]
    worker.warm_up(pipeline.STAGE_ORDER)
    warm = worker.ingest_batch(units[:3])
    worker.process_articles([a for a, _ in warm], pipeline.STAGE_ORDER)
    instrument(nlp.load())
    CPU.clear()
    start = time.process_time()
    records: list[dict] = []
    for i in range(0, len(units), BATCH):
        ingested = timed(worker.ingest_batch, "ingest_batch (all HTML)")(units[i:i + BATCH])
        records += timed(worker.process_articles, "process_articles")([a for a, _ in ingested], pipeline.STAGE_ORDER)
    total = time.process_time() - start
    texts = [r["text"] for r in records if not r.get("error")]

    def newsgraph_model() -> Any:
        nlp.load.cache_clear()
        return nlp.load()

    stock = [fresh_pipe_cpu(lambda: spacy.load(nlp.model_name()), texts) for _ in range(2)]
    ours = [fresh_pipe_cpu(newsgraph_model, texts) for _ in range(2)]
    bare = sum(stock) / len(stock)
    print(f"{len(pages)} pages, {len(texts)} parsed; worker CPU {total:.2f} s; fresh stock spaCy "
          f"{stock[0]:.2f} and {stock[1]:.2f} s, newsgraph's model {ours[0]:.2f} and {ours[1]:.2f} s")
    print(f"stock spaCy / worker CPU: {bare / total:.3f} (issue 8's target: 0.8)")
    for label, seconds in sorted(CPU.items(), key=lambda kv: -kv[1]):
        print(f"  {label:32} {seconds:6.2f} s  {seconds / bare:5.3f} of stock spaCy")
    outside = total - CPU["spaCy pipe (in parse)"]
    print(f"  {'everything but spaCy':32} {outside:6.2f} s  {outside / bare:5.3f} of stock spaCy")


if __name__ == "__main__":
    main()
