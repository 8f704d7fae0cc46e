"""Time of the quotes stage as a share of the spaCy parse time (target: at most 15%).

Texts: the article bodies of ../shared/data/article-extraction (English pages only), else the
project's samples/.  Usage: .venv/bin/python bench/bench_quotes.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsgraph.devdata import PROJECT_ROOT, shared_dir
from newsgraph.model import Article
from newsgraph.pipeline import stages


def load_texts(limit: int) -> list[str]:
    """Article bodies from the dev data, else the sample files."""
    shared = shared_dir()
    if shared is not None:
        truth = json.loads((shared / "data" / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
        return [truth[k]["articleBody"] for k in sorted(truth)][:limit]
    return [p.read_text(encoding="utf-8") for p in sorted(Path(PROJECT_ROOT / "samples").glob("*.txt"))][:limit]


def timed(names: tuple[str, ...], articles: list[Article]) -> float:
    """Seconds spent running the named stages over the articles."""
    start = time.perf_counter()
    for _, fn in stages(names):
        fn(articles)
    return time.perf_counter() - start


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts(args.limit)
    timed(("parse",), [Article(id="warm", text=texts[0])])  # load the model outside the timing
    parse_times, quote_times, quotes_found, chars = [], [], 0, 0
    for _ in range(args.repeat):
        articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
        parse_times.append(timed(("parse",), articles))
        live = [a for a in articles if a.error is None]
        timed(("entities", "actors"), live)
        quote_times.append(timed(("quotes",), live))
        quotes_found = sum(len(a.quotes) for a in live)
        chars = sum(len(a.text) for a in live)
    parse, quote = min(parse_times), min(quote_times)
    print(f"articles            {len(texts)} ({chars / 1000:.0f}k chars of English text)")
    print(f"spaCy parse         {parse:.2f} s  ({chars / parse / 1000:.0f}k chars/s)")
    print(f"quotes stage        {quote:.3f} s  ({quotes_found} quotes)")
    print(f"quotes / parse      {100 * quote / parse:.1f}%  (target <= 15%)")


if __name__ == "__main__":
    main()
