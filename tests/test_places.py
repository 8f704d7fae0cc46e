"""Places tables: text in, (toponym -> country, kind, approximate position) out, and texts with no place."""

from __future__ import annotations

import pytest

from newsgraph.extract.places_gazetteer import distance_km, gazetteer
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

STAGES = ("parse", "entities", "actors", "places")


def places_of(text: str) -> dict[str, tuple]:
    """{mention: (country, kind, lat, lon)} for one text through the stages up to places."""
    article = Article(id="p", text=text, published="2023-06-01")
    process_batch([article], STAGES)
    for place in article.places:
        assert article.text[place.start:place.end] == place.text
    return {p.text: (p.country, p.kind, p.lat, p.lon) for p in article.places}


CASES = [
    ("Protests spread from Paris to Lyon on Saturday.", "Paris", ("FRA", "city", 48.86, 2.35)),
    ("He flew from Moscow to New Delhi.", "Moscow", ("RUS", "city", 55.75, 37.62)),
    ("The cat went missing in Portland, Oregon, five years ago.", "Portland", ("USA", "city", 45.52, -122.68)),
    ("Ships crossed the Taiwan Strait again.", "Taiwan Strait", (None, "water", 24.0, 119.5)),
    ("US bases on Okinawa host most of the troops.", "Okinawa", ("JPN", "admin", 26.5, 127.9)),
    ("The storm hit the coast of Queensland.", "Queensland", ("AUS", "admin", -22.5, 144.5)),
    ("HAYWARD, Calif. (AP) — A man was stabbed.", "Calif.", ("USA", "admin", 37.2, -119.4)),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_place_resolution(text, mention, expected):
    found = places_of(text)
    key = next((k for k in found if mention in k), None)
    assert key is not None, found
    country, kind, lat, lon = found[key]
    assert (country, kind) == expected[:2]
    assert distance_km((lat, lon), expected[2:]) < 161


@pytest.mark.parametrize("text", [
    "Beijing said it would respond to the sanctions.",  # a capital acting is an actor, not a place
    "Jupiter's moon Europa may hold an ocean.",  # bodies beyond Earth
    "The committee will meet again next week.",
])
def test_no_place(text):
    assert places_of(text) == {}


def test_ranking_prefers_the_article_context():
    gaz = gazetteer()
    assert gaz.best("Paris").country == "FRA"
    assert gaz.best("Georgia", {"USA"}, [(33.75, -84.39)]).country in ("USA", "GEO")
    assert gaz.best("Nowhereville") is None
