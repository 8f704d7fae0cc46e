"""The ordered list of stages and the runner that takes articles through them.

A stage is a plain callable ``(articles: list[Article]) -> None`` that fills
fields of the articles in place.  Stages register themselves by name with
``@stage("name")``; the order of the run is ``STAGE_ORDER``.  Adding a stage
means one new module and one line in ``STAGE_MODULES`` and ``STAGE_ORDER``.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from newsgraph.ingest.limits import guard_articles
from newsgraph.model import Article

log = logging.getLogger(__name__)

Stage = Callable[[list[Article]], None]
_REGISTRY: dict[str, Stage] = {}

# modules whose import registers stages
STAGE_MODULES = (
    "newsgraph.extract.parse",
    "newsgraph.actors.stage",
    "newsgraph.extract.places",
    "newsgraph.extract.timex",
    "newsgraph.extract.quotes",
    "newsgraph.extract.events",
    "newsgraph.extract.events_learned",
    "newsgraph.extract.claims",
)
STAGE_ORDER = ("parse", "entities", "actors", "places", "timex", "quotes", "events", "events_learned", "claims")


def stage(name: str) -> Callable[[Stage], Stage]:
    """Register ``fn`` as the stage called ``name``."""

    def register(fn: Stage) -> Stage:
        _REGISTRY[name] = fn
        return fn

    return register


def stages(names: Iterable[str] = STAGE_ORDER) -> list[tuple[str, Stage]]:
    for module in STAGE_MODULES:
        importlib.import_module(module)
    return [(name, _REGISTRY[name]) for name in names if name in _REGISTRY]


def process_batch(articles: list[Article], names: Iterable[str] = STAGE_ORDER) -> list[Article]:
    """Run one batch through the stages.  Articles already in error pass untouched.

    A stage that raises on the batch is retried article by article, so one bad
    article gets an error record (code ``stage_failed``) and the others go on.
    """
    guard_articles(articles)
    for name, fn in stages(names):
        live = [a for a in articles if a.error is None]
        if not live:
            break
        try:
            fn(live)
        except Exception:  # noqa: BLE001 - isolate the failing article below
            log.debug("stage %s failed on a batch; retrying one by one", name, exc_info=True)
            for article in live:
                try:
                    fn([article])
                except Exception as exc:  # noqa: BLE001
                    article.fail("stage_failed", f"{name}: {type(exc).__name__}: {exc}")
                    log.debug("%s", traceback.format_exc())
    for article in articles:
        article.doc = None
    return articles


def note_drop(article: Article, stage_name: str, reason: str) -> None:
    """Count a candidate item that a stage dropped, and why (datatrove-style drop reasons).

    The counts live in ``article.context["drops"]`` as ``{"quotes:scare_quote": 2, ...}``.
    """
    drops: dict[str, int] = article.context.setdefault("drops", {})
    key = f"{stage_name}:{reason}"
    drops[key] = drops.get(key, 0) + 1


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Article]:
    """Stream articles through the pipeline in batches, keeping their order."""
    for batch in batched(articles, batch_size):
        yield from process_batch(batch)
