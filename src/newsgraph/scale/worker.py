"""What a worker does with a batch: units to articles (with dedup fingerprints), articles to records.

These functions are the same for every engine; the model is loaded once per
worker process (``nlp.load`` is cached) by ``warm_up``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from newsgraph.dedup import Fingerprint, fingerprint
from newsgraph.model import Article
from newsgraph.pipeline import process_batch
from newsgraph.scale.synthetic import page_html
from newsgraph.scale.units import Unit, ingest_unit

Ingested = tuple[Article, Fingerprint | None]

# A short story whose parse reaches the tables the stages build on first use (gazetteer, knowledge base of
# people, offices and surnames, lexicons), so that warm_up builds them instead of the first batch.
WARM_UP_URL = "https://example.org/newsgraph/warm-up"
# a page whose domain name is shorter than four letters: courlan's quick split declines it and trafilatura's
# metadata search loads the public suffix list (0.1 s); .example is reserved for examples (RFC 2606)
WARM_UP_BARE_PAGE = ('<!DOCTYPE html><html><head><link rel="canonical" href="https://www.abc.example/warm-up">'
                     "</head><body><article><h1>Talks end</h1><p>The talks ended without a deal.</p></article>"
                     "</body></html>")
WARM_UP_STORY = ("Talks in Lisbon end without a deal on grain exports", [
    "President Maria Garcia of Portugal met the mayor of Nairobi, John Okafor, in Lisbon on Tuesday, "
    "March 5, 2024, the foreign ministry said.",
    "\u201cWe will sign the agreement next week,\u201d Garcia told reporters. Police in Kenya arrested "
    "12 protesters outside the parliament in Nairobi after the talks, according to officials.",
    "The European Union said it would send $2.3 billion in aid to farmers in Gdansk and Accra. "
    "Minister Okonkwo said the deal was close.",
])
WARMED: set[str] = set()  # stage names warmed up in this process ("" for HTML extraction); forks inherit it


def exit_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it dies (a SIGKILLed run leaves no orphans)."""
    import ctypes
    import os
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def init_pool_worker(stage_names: Sequence[str]) -> None:
    """Initializer of a local pool worker: tie its life to the parent, then warm up."""
    exit_with_parent()
    warm_up(stage_names)


def warm_up(stage_names: Sequence[str]) -> None:
    """Load the models, the HTML extractor and what the stages build on first use, before the first batch.

    The spaCy and language-identification models are loaded explicitly; the rest by taking a short
    story through HTML extraction, the dedup fingerprint and the stages.  Stages already warmed up
    in this process are not warmed again.
    """
    from newsgraph.ingest.readers import article_from_html
    from newsgraph.pipeline import stages

    if "" in WARMED and WARMED.issuperset(stage_names):
        return
    with collector_paused():
        stages(stage_names)
        if "parse" in stage_names:
            from newsgraph import nlp
            from newsgraph.extract.parse import load_language_model

            nlp.load()
            load_language_model()
        html = page_html(*WARM_UP_STORY, WARM_UP_URL)
        article = article_from_html(html, url=WARM_UP_URL)
        if "" not in WARMED:
            warm_html_fallbacks(html)
        fingerprint(article)
        process_batch([article], tuple(stage_names))
    WARMED.update(("", *stage_names))
    freeze_tables()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic collection inside: loading builds millions of long-lived objects, and each full
    collection on the way walked all those built before it (a fifth of the start-up's CPU). A threshold
    of 0 holds even when a library calls ``gc.enable()``; ``freeze_tables`` then freezes without a collection."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def warm_html_fallbacks(html: str) -> None:
    """Take a page through the HTML steps only some pages reach: readability's body and trafilatura's metadata
    search (author, domain). Their imports and tables then load once, before workers fork, instead of in
    every worker's first batch. Not the date search: on a date it cannot read, htmldate's fallback parser
    tries every locale (seconds), which no warm-up should cost."""
    from newsgraph.ingest.body import readability_body
    from newsgraph.ingest.metadata import trafilatura_metadata

    readability_body(html)
    trafilatura_metadata(WARM_UP_BARE_PAGE, date=False)


def freeze_tables() -> None:
    """Move everything loaded so far (models, knowledge base, gazetteer: millions of objects that live as
    long as the process) out of the cyclic collector's reach.  Each full collection used to walk them
    all, which made spaCy itself about a quarter slower in a warm worker than alone.  No collection first:
    loading leaves a few hundred unreachable objects, and finding them walked every object (0.2-0.4 CPU-s)."""
    gc.freeze()


def ingest_batch(units: Sequence[Unit], input_format: str = "auto", published: str | None = None,
                 dedup: bool = True) -> list[Ingested]:
    """Articles of the units, in order, each with its fingerprint (None for error records)."""
    out: list[Ingested] = []
    for unit in units:
        for article in ingest_unit(unit, input_format, published):
            fp = fingerprint(article) if dedup and article.error is None else None
            out.append((article, fp))
    return out


def process_articles(articles: list[Article], stage_names: Sequence[str]) -> list[dict]:
    """The records of the articles after the stages, in order."""
    return [article.to_dict() for article in process_batch(articles, tuple(stage_names))]
