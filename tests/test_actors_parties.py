"""Political parties named by a short name (actors/parties.py, data/actors/parties.tsv): the party of the story's own
country when it has one of that name. Invented stories (real parse and actor stage)."""

from __future__ import annotations

import pytest

from newsgraph.actors.parties import party_actor
from newsgraph.actors.stage import resolve_span
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

# (story, mention, expected country)
CASES = [
    ("CANBERRA: Labor has accused the Government of lying about the budget.", "Labor", "AUS"),
    ("CANBERRA: The Democrats criticised the Prime Minister over the budget.", "The Democrats", "AUS"),
    ("WELLINGTON: Labour said the budget would hurt farmers.", "Labour", "NZL"),
    ("LONDON: The Conservatives criticised Labour over the budget.", "Labour", "GBR"),
    # near miss: a name several states' parties share keeps the country it had when the story's is none of them
    ("LONDON: The Democrats accused the White House of lying about the budget.", "The Democrats", "USA"),
    # near miss: a US department is no party
    ("WASHINGTON: The Labor Department said jobless claims fell.", "The Labor Department", "USA"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_party_takes_the_storys_country(text: str, mention: str, expected: str) -> None:
    article = Article(id="t", text=text, published="2024-01-15")
    process_batch([article], ("parse", "entities", "actors"))
    start = text.index(mention)
    _, actor = resolve_span(article, start, start + len(mention))
    assert actor is not None and actor.country == expected, actor
    if "Department" in mention:
        assert actor.sector != "POL", actor


def test_a_shared_name_with_no_country_of_the_story_is_of_none() -> None:
    party = party_actor("the Greens", None)
    assert party is not None and (party.country, party.sector) == (None, "POL")
    assert party_actor("the Greens", "DEU").country == "DEU"
    assert party_actor("Likud", None).country == "ISR"  # one state's party
    assert party_actor("the greengrocers", "AUS") is None
