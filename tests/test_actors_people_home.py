"""A named person the story says nothing more of, or only a title, takes the country of the story it is named in
(actors/local.py ``_localise_person``, actors/resolve.py ``_person``). Invented stories and names (real parse and actor
stage)."""

from __future__ import annotations

import pytest

from newsgraph.actors.stage import article_actors, resolve_span
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

# (story, person mention, expected country)
CASES = [
    # a story placed in Kenya: people named without a nationality are Kenyan
    ("NAIROBI (Reuters) - Kenyan police said on Monday that two prison guards, Halima Odera and Peter Wekesa, "
     "had been suspended. Halima Odera denied the charge.", "Peter Wekesa", "KEN"),
    # near miss: a known person keeps the country the knowledge base gives
    ("NAIROBI (Reuters) - Kenyan police said on Monday that the guards had been suspended. Vladimir Putin said "
     "nothing about it.", "Vladimir Putin", "RUS"),
    # a titled person whose surname is mostly American elsewhere is of the story's country
    ("NAIROBI (Reuters) - Kenyan police said on Monday that the guards had been suspended. Senator Tom Carter "
     "said the minister must resign.", "Senator Tom Carter", "KEN"),
    # near miss: with no main country, the surname's guess stands
    ("Senator Tom Carter said the minister must resign.", "Senator Tom Carter", "USA"),
    # near misses: a name of another country's people, a group named after a known one, a party taken for a name
    ("CANBERRA: The Prime Minister said on Monday he had spoken to Kenji Sato.", "Kenji Sato", None),
    ("WASHINGTON (Reuters) - US officials said on Monday that Saraya Hezbollah had attacked the base.",
     "Saraya Hezbollah", None),
    # near miss: with no main country, an unknown person gets none
    ("Halima Odera and Peter Wekesa were suspended on Monday, officials said.", "Peter Wekesa", None),
]


def country_of(text: str, mention: str) -> str | None:
    article = Article(id="t", text=text, published="2024-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    start = text.index(mention)
    _, actor = resolve_span(article, start, start + len(mention))
    return actor.country if actor is not None else None


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_unknown_person_takes_the_storys_country(text: str, mention: str, expected: str | None) -> None:
    assert country_of(text, mention) == expected


def test_a_name_with_an_article_is_no_person_of_the_story() -> None:
    """"the Wanderers" taken for a person's name is a team or a family, given no country."""
    text = ("NAIROBI (Reuters) - Kenyan police said on Monday the stadium would reopen. The Wanderers beat the "
            "Harriers on Sunday, Peter Wekesa said.")
    article = Article(id="t", text=text, published="2024-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    people = {m.text: m.actor for m in article_actors(article).mentions if m.label == "PERSON"}
    assert people.get("Peter Wekesa") is not None and people["Peter Wekesa"].country == "KEN", people
    others = [actor for name, actor in people.items() if name != "Peter Wekesa"]
    assert others and all(actor is None or actor.country is None for actor in others), people
