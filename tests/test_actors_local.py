"""Bare domestic bodies ("the congress", "the army", "the chancellor", "the government") take the country
their sentence is about; demonstrators are civilians. Invented sentences: text in, (country, sector) out."""

from __future__ import annotations

import pytest

from newsgraph.actors.stage import resolve_span
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

STAGES = ("parse", "entities", "actors")


def resolved(text: str, mention: str, occurrence: int = 1) -> tuple[str, str | None, str | None]:
    """(name, country, sector) of the n-th occurrence of ``mention`` in a one-article batch."""
    article = Article(id="t", text=text, published="2023-06-01")
    process_batch([article], STAGES)
    start = -1
    for _ in range(occurrence):
        start = article.text.index(mention, start + 1)
    name, actor = resolve_span(article, start, start + len(mention))
    return name, actor.country if actor else None, actor.sector if actor else None


CASES = [
    # a bare institution is the country its sentence is placed in, or the one before it names
    ("In Lima the budget talks collapsed. The congress voted the spending plan down.", "The congress", 1,
     ("PER", "LEG")),
    ("Strikes spread in Chile last week, and the senate delayed its vote on pensions.", "the senate", 1,
     ("CHL", "LEG")),
    # ... and the knowledge base's country only when nothing says otherwise
    ("The Senate passed the spending bill late on Tuesday.", "The Senate", 1, ("USA", "LEG")),
    # the subject's state body lends its country to the body of the clause it governs
    ("Bolivia's electoral tribunal ruled that the congress had overstepped its powers.", "the congress", 1,
     ("BOL", "LEG")),
    # the government, with no main country: its sentence's place, a speaker's side, the sentence before
    ("Storms swept across the south of Ecuador overnight. The government flew food to the stranded towns.",
     "The government", 1, ("ECU", "GOV")),
    ("Chile's foreign minister spoke to government officials about the drought.", "government officials", 1,
     ("CHL", "GOV")),
    # ... but not a speaker's country for a body named in the speech
    ("Canadian officials said the junta had ignored the ceasefire.", "the junta", 1, (None, "GOV")),
    # a proper qualifier the knowledge base does not know is no bare body
    ("A guard fired shots near the Ruritanian consulate in Lisbon.", "the Ruritanian consulate", 1, (None, "GOV")),
    ("Tensions rose in Lisbon, where Ruritanian officials met.", "Ruritanian officials", 1, (None, "GOV")),
    # a region qualifying it does not
    ("Heavy rain fell in Nepal. The Bagmati government closed schools.", "The Bagmati government", 1,
     ("NPL", "GOV")),
    ("Heavy rain fell in Fiji on Friday. Officials closed the schools.", "Officials", 1, ("FJI", "GOV")),
    # a country named as a party, not as the scene, gives nothing
    ("The government condemned the Ethiopian raid on the border town.", "The government", 1, (None, "GOV")),
    # an institution or office alone, as subject or object
    ("In Zambia, farmers accused the army of seizing their cattle.", "the army", 1, ("ZMB", "MIL")),
    ("In Nairobi on Sunday, the army denied the report.", "the army", 1, ("KEN", "MIL")),
    ("Dock workers in Hamburg booed the chancellor at the rally.", "the chancellor", 1, ("DEU", "GOV")),
    # a demonym with an institution noun
    ("The lawyers asked the Korean court to halt the deportation.", "the Korean court", 1, ("KOR", "JUD")),
    # a body a named organisation qualifies is not the subject's country's
    ("Ghana's finance minister was questioned by the U.N. tribunal on Monday.", "the U.N. tribunal", 1,
     (None, "JUD")),
    # demonstrators are civilians (tests/golden/events/GUIDELINE.md)
    ("The protesters threw bottles at riot police.", "The protesters", 1, (None, "CVL")),
    ("Police fired tear gas at demonstrators outside the stadium.", "demonstrators", 1, (None, "CVL")),
]


@pytest.mark.parametrize(("text", "mention", "occurrence", "expected"), CASES)
def test_bare_bodies(text: str, mention: str, occurrence: int, expected: tuple[str | None, str | None]) -> None:
    _, country, sector = resolved(text, mention, occurrence)
    assert (country, sector) == expected


def test_chancellor_in_office() -> None:
    """A bare office with a country is its holder on the article's date."""
    name, country, _ = resolved("Unions in Munich blamed the chancellor for the plant closures.", "the chancellor")
    assert (name, country) == ("Olaf Scholz", "DEU")
