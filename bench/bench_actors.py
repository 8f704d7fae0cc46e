"""Time of the actors and places stages as a share of the spaCy parse time (target: at most 10%).

Usage: python bench/bench_actors.py [N]  (N article bodies from ../shared/data/article-extraction, default 60)
The one-off loading of the knowledge base and gazetteer is reported separately: it is paid once per process.
"""

from __future__ import annotations

import json
import sys
import time

from newsgraph.actors.kb import knowledge_base
from newsgraph.actors.stage import actors, resolve_span
from newsgraph.devdata import data_path
from newsgraph.extract.parse import entities, parse
from newsgraph.extract.places import places
from newsgraph.extract.places_gazetteer import gazetteer
from newsgraph.model import Article


def load_articles(limit: int) -> list[Article]:
    """Article bodies of the extraction benchmark as plain-text articles."""
    folder = data_path("article-extraction")
    if folder is None:
        sys.exit("needs ../shared/data/article-extraction")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [Article(id=k, text=v["articleBody"]) for k, v in sorted(truth.items())[:limit]]


def timed(fn, articles: list[Article]) -> float:
    """Seconds taken by one stage over the batch."""
    start = time.perf_counter()
    fn(articles)
    return time.perf_counter() - start


def main(limit: int = 60) -> None:
    """Print parse time, actors+places time, their ratio, and the one-off load time."""
    start = time.perf_counter()
    knowledge_base()
    gazetteer()
    load_seconds = time.perf_counter() - start
    warm = load_articles(3)
    for fn in (parse, entities, actors, places):
        fn(warm)
    articles = load_articles(limit)
    parse_seconds = timed(parse, articles)
    english = [a for a in articles if a.error is None]
    parse_seconds += timed(entities, english)
    actor_seconds = timed(actors, english)
    place_seconds = timed(places, english)
    start = time.perf_counter()
    for article in english:  # what quotes/events/claims pay: one resolve_span per entity
        for entity in article.entities:
            resolve_span(article, entity.start, entity.end)
    query_seconds = time.perf_counter() - start
    chars = sum(len(a.text) for a in english)
    print(f"articles: {len(english)} English of {len(articles)}, {chars / 1000:.0f}k characters")
    print(f"knowledge base + gazetteer load (once per process): {load_seconds:.2f} s")
    print(f"spaCy parse + entities: {parse_seconds:.2f} s")
    print(f"actors stage: {actor_seconds:.3f} s, places stage: {place_seconds:.3f} s, "
          f"resolve_span on every entity: {query_seconds:.3f} s")
    share = (actor_seconds + place_seconds) / parse_seconds
    print(f"actors + places = {100 * share:.1f}% of parse time (target <= 10%); "
          f"with the resolve_span queries {100 * (share + query_seconds / parse_seconds):.1f}%")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
