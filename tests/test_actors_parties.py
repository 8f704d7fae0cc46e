"""Political parties named by a short name (actors/parties.py, data/actors/parties.tsv): the party of the country its
sentence names, else of the story's own country when it has one of that name. Invented stories (real parse and actor
stage)."""

from __future__ import annotations

import pytest

from newsgraph.actors.parties import party_actor
from newsgraph.actors.stage import resolve_span
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

# (story, publication date, mention, expected (country, sector) or None for no actor)
CASES = [
    ("CANBERRA: Labor has accused the Government of lying about the budget.", "2024-01-15", "Labor", ("AUS", "POL")),
    ("CANBERRA: The Democrats criticised the Prime Minister over the budget.", "2001-06-15", "The Democrats",
     ("AUS", "POL")),
    ("WELLINGTON: Labour said the budget would hurt farmers.", "2024-01-15", "Labour", ("NZL", "POL")),
    ("LONDON: The Conservatives criticised Labour over the budget.", "2024-01-15", "Labour", ("GBR", "POL")),
    # near miss: a party deregistered before the story's date is no longer the home's
    ("CANBERRA: The Democrats criticised the Prime Minister over the budget.", "2024-01-15", "The Democrats",
     ("USA", "POL")),
    # near miss: the sentence names the other state of the party's name
    ("CANBERRA: Democrats in the US Congress have criticised the submarine deal.", "2001-06-15", "Democrats",
     ("USA", "POL")),
    # near miss: a name of several states' parties keeps the country it had when the story's is none of them
    ("LONDON: The Democrats accused the White House of lying about the budget.", "2024-01-15", "The Democrats",
     ("USA", "POL")),
    # near misses: the same words used as common words are no party
    ("WELLINGTON: Police arrested Nationals of six countries at the port.", "2024-01-15", "Nationals", None),
    ("WASHINGTON: Three Liberals on the city council criticised the ruling.", "2024-01-15", "Three Liberals", None),
]


@pytest.mark.parametrize(("text", "date", "mention", "expected"), CASES)
def test_party_takes_the_country_its_story_gives(text: str, date: str, mention: str,
                                                 expected: tuple[str, str] | None) -> None:
    article = Article(id="t", text=text, published=date)
    process_batch([article], ("parse", "entities", "actors"))
    start = text.index(mention)
    _, actor = resolve_span(article, start, start + len(mention))
    if expected is None:
        assert actor is None or actor.sector != "POL", actor
    else:
        assert actor is not None and (actor.country, actor.sector) == expected, actor


def test_party_names_are_matched_with_their_case_and_shared_names_need_a_state() -> None:
    assert party_actor("the Greens", None) is None  # several states' parties and no state to tell them
    assert party_actor("the Greens", "DEU").country == "DEU"
    assert party_actor("the Greens", "DEU", named={"AUS"}).country == "AUS"  # the sentence's state first
    assert party_actor("Likud", None).country == "ISR"  # one state's party
    assert party_actor("the greens", "AUS") is None  # a common word
    assert party_actor("labor", "AUS") is None
    assert party_actor("the Greengrocers", "AUS") is None
