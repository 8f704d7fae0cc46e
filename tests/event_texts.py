"""The shared harness of the events tests over invented sentences: a text parsed and run through the stages the
event coder reads (entities, actors, places, timex), and its events."""

from __future__ import annotations

from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article, Event
from newsgraph.pipeline import stages


def resolved(text: str, published: str = "2000-01-01") -> Article:
    """The text as an article, parsed, with its entities, actors, places and time expressions resolved."""
    article = Article(id="t", text=text, published=published)
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return article


def events_of(text: str, published: str = "2000-01-01") -> list[Event]:
    """The event coder's events of the text."""
    return EventCoder(resolved(text, published)).events()
