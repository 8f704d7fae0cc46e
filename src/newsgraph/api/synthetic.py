"""Synthetic records with valid spans, for API tests, browser tests, demos and the API benchmark.

The articles are made-up sentences about made-up pairings of real-world actors; they exercise every
field of the record (quotes, events, claims, dates, places) with offsets that satisfy
``text[start:end] == item.text``.  They are not news and must never be mistaken for extraction output.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from newsgraph.model import (
    Actor,
    Article,
    Claim,
    ClaimSource,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    SentenceRef,
    Span,
    Speaker,
    TimeExpr,
)

ACTORS = [
    ("Government of Japan", "JPN", "GOV", "Tokyo"), ("Government of China", "CHN", "GOV", "Beijing"),
    ("Government of South Korea", "KOR", "GOV", "Seoul"),
    ("Government of the United States", "USA", "GOV", "Washington"),
    ("Government of France", "FRA", "GOV", "Paris"), ("Government of Kenya", "KEN", "GOV", "Nairobi"),
    ("Government of Brazil", "BRA", "GOV", "Brasilia"), ("Government of India", "IND", "GOV", "New Delhi"),
]
PLACES = [  # name, country, lat, lon (approximate city centres)
    ("Tokyo", "JPN", 35.68, 139.69), ("Beijing", "CHN", 39.90, 116.40), ("Seoul", "KOR", 37.57, 126.98),
    ("Washington", "USA", 38.90, -77.04), ("Paris", "FRA", 48.86, 2.35), ("Nairobi", "KEN", -1.29, 36.82),
    ("Brasilia", "BRA", -15.79, -47.88), ("New Delhi", "IND", 28.61, 77.21),
]
VERBS = [("met", "CONSULT", "04"), ("criticized", "ACCUSE", "11"), ("praised", "SUPPORT", "05"),
         ("threatened", "THREATEN", "13"), ("signed a pact with", "AGREE", "05"), ("sent aid to", "AID", "07")]
SPEAKERS = [("Maria Lopez", "foreign minister"), ("Kenji Sato", "spokesman"), ("Amina Odhiambo", "trade envoy"),
            ("Li Wei", "ministry official")]
TOPICS = ["trade", "fisheries", "security", "climate", "energy", "rail", "vaccines", "tariffs"]
OUTLETS = ["example-times.test", "daily-wire.test", "harbour-post.test", "the-ledger.test"]


class _Writer:
    """Appends text and hands back the span of each piece, so offsets are right by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> Span:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return Span(start, self.length, text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def synthetic_record(i: int, seed: int = 7, sentences: int = 3, text_prefix: str = "") -> dict[str, Any]:
    """The i-th synthetic article: a few event sentences, a quote and a numeric claim."""
    rng = random.Random(seed * 1_000_003 + i)
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(365))
    topic = rng.choice(TOPICS)
    article = Article(id=f"syn-{i:06d}", url=f"https://{rng.choice(OUTLETS)}/{day:%Y/%m}/{i}",
                      title=f"Talks on {topic} #{i}", published=day.isoformat(), language="en")
    article.source = (article.url or "").split("/")[2]
    w = _Writer()
    if text_prefix:
        w.add(text_prefix)
    for _ in range(sentences):
        _event_sentence(article, w, rng, day, topic)
    _quote_sentence(article, w, rng, topic)
    _claim_sentence(article, w, rng, topic)
    article.text = w.text
    return article.to_dict()


def _actor(entry: tuple[str, str, str, str]) -> Actor:
    return Actor(entry[0], entry[1], entry[2])


def _event_sentence(article: Article, w: _Writer, rng: random.Random, day: date, topic: str) -> None:
    """'<Capital> <verb> <Capital> in <Place> on <Weekday>, with <topic> on the table.'"""
    src, tgt = rng.sample(ACTORS, 2)
    verb, kind, cameo = rng.choice(VERBS)
    place = rng.choice(PLACES)
    when = day - timedelta(days=rng.randrange(3))
    start = w.length
    s = w.add(src[3])
    w.add(" ")
    trigger = w.add(verb)
    w.add(" ")
    t = w.add(tgt[3])
    w.add(" in ")
    p = w.add(place[0])
    w.add(" on ")
    d = w.add(when.strftime("%A"))
    w.add(f", with {topic} on the table. ")
    geo = Place(p.start, p.end, p.text, place[0], place[1], place[2], place[3], None, "city")
    article.entities += [Entity(s.start, s.end, s.text, "GPE", _actor(src)),
                         Entity(t.start, t.end, t.text, "GPE", _actor(tgt))]
    article.places.append(geo)
    article.dates.append(TimeExpr(d.start, d.end, d.text, when.isoformat(), "DATE"))
    article.events.append(Event(
        type=kind, trigger=trigger, sentence=SentenceRef(start, w.length - 1),
        source=Participant(s.start, s.end, s.text, _actor(src)),
        target=Participant(t.start, t.end, t.text, _actor(tgt)),
        date=when.isoformat(), place=geo, cameo=cameo, confidence=round(rng.uniform(0.4, 0.95), 2)))


def _quote_sentence(article: Article, w: _Writer, rng: random.Random, topic: str) -> None:
    """'"We will keep talking about <topic>," said <name>, the <role>.'"""
    name, role = rng.choice(SPEAKERS)
    w.add("\u201c")
    quote = w.add(f"We will keep talking about {topic} until there is a deal")
    w.add(",\u201d ")
    cue = w.add("said")
    w.add(" ")
    speaker = w.add(name)
    w.add(f", the {role}. ")
    article.entities.append(Entity(speaker.start, speaker.end, speaker.text, "PERSON", None))
    article.quotes.append(Quote(quote.start, quote.end, quote.text, True,
                                Speaker(speaker.start, speaker.end, speaker.text, name, None), cue))


def _claim_sentence(article: Article, w: _Writer, rng: random.Random, topic: str) -> None:
    """'Officials put the <topic> budget at $<n> million.'"""
    usual = 40 + 15 * TOPICS.index(topic)  # most outlets agree on a topic's figure; one in five reports another
    value = usual if rng.random() < 0.8 else rng.choice([usual // 2, usual * 2, usual + 5])
    officials = w.add("Officials")
    w.add(" put the ")
    subject = w.add(f"{topic} budget")
    w.add(" at ")
    claim = w.add(f"${value} million")
    w.add(".")
    article.claims.append(Claim(claim.start, claim.end, claim.text, value * 1_000_000.0, "USD", "money", "USD",
                                subject=subject,
                                source=ClaimSource(officials.start, officials.end, officials.text, None)))
