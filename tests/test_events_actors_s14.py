"""Actors resolved to the country or sector their phrase gives them, not one a place near them gives: "the Gulf" is
no province, a thing is not placed by where it lies, nor are forces by the land they strike, settlers by the land
they settle, nor a person by another's demonym; a gang leader, a club's president and a named paramilitary force.
Invented sentences, each with a near miss."""

from __future__ import annotations

from newsgraph import nlp
from newsgraph.actors.stage import resolve_span
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article
from newsgraph.pipeline import stages


def _article(text: str, published: str = "2019-06-01") -> Article:
    article = Article(id="t", text=text, published=published)
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return article


def _country(article: Article, mention: str) -> str | None:
    start = article.text.index(mention)
    _, actor = resolve_span(article, start, start + len(mention))
    return actor.country if actor is not None else None


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(type, source text, source country, target text, target country) of each event of the text."""
    article = _article(text)
    return [(e.type, e.source and e.source.text, e.source and e.source.actor.country, e.target and e.target.text,
             e.target and e.target.actor.country) for e in EventCoder(article).events()]


def test_the_gulf_is_no_province() -> None:
    article = _article("The navy is sending two minesweepers to the Gulf after attacks on oil tankers.")
    assert _country(article, "Gulf") is None
    assert not any(p.country == "PNG" for p in article.places)
    # near miss: the province named as one, without the article, is Papua New Guinea's
    article = _article("Floods in Gulf Province forced 3,000 villagers from their homes, Port Moresby said.")
    assert _country(article, "Gulf") == "PNG"
