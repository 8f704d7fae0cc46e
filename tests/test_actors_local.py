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
    # the government, with no main country: its sentence's place or the sentence before
    ("Storms swept across the south of Ecuador overnight. The government flew food to the stranded towns.",
     "The government", 1, ("ECU", "GOV")),
    # ... never the country of a body of its own sector that meets or speaks of it
    ("Bhutan's trade minister later met government officials over the wool tariffs.", "government officials", 1,
     (None, "GOV")),
    ("Once the rains ended, envoys from Malawi wrote that the junta kept stalling.", "the junta", 1, (None, "GOV")),
    # a proper qualifier the knowledge base does not know is no bare body
    ("Pickets blocked the road to the Ruritanian consulate until dusk.", "the Ruritanian consulate", 1, (None, "GOV")),
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
    # a people's adjective is no leader's surname ("the Oduya regime"), whatever people bear it as a name
    ("Officials said the Bengali government had shut the schools for a week.", "the Bengali government", 1,
     (None, "GOV")),
    # a body that says whose it is is not localised
    ("In Oslo, officials at the fund published the yearly accounts.", "officials", 1, (None, "GOV")),
    # ... but one from a country is that country's, wherever the sentence is placed
    ("In Oslo, officials from Bhutan toured the fish farms.", "officials", 1, ("BTN", "GOV")),
    # ... and one from an international organisation is that organisation's (IGO)
    ("In Accra, officials from the UNICEF office visited two clinics.", "officials", 1, (None, "IGO")),
    # an office noun that is a person's post, not an institution, stays unplaced
    ("In Gabon, the captain of the trawler rescued two divers.", "the captain", 1, (None, "MIL")),
    # a court is a state's only in talk of law
    ("In Perth, the court was flooded after the storm.", "the court", 1, (None, "JUD")),
    ("In Perth, the court adjourned the trial of the two brothers.", "the court", 1, ("AUS", "JUD")),
    # groups acting in public take the country they act in, not that of a foreign body that speaks of them
    ("Crowds gathered in Moldova at noon. The Maltese embassy said the protesters had stayed calm.",
     "the protesters", 1, ("MDA", "CVL")),
    ("In Uruguay, the opposition walked out of the chamber.", "the opposition", 1, ("URY", "OPP")),
    ("Port workers downed tools across Estonia. A Latvian minister said the strikers were right.", "the strikers",
     1, ("EST", "LAB")),
    # demonstrators are civilians (tests/golden/events/GUIDELINE.md)
    ("The protesters threw bottles at riot police.", "The protesters", 1, (None, "CVL")),
    ("Police fired tear gas at demonstrators outside the stadium.", "demonstrators", 1, (None, "CVL")),
]


@pytest.mark.parametrize(("text", "mention", "occurrence", "expected"), CASES)
def test_bare_bodies(text: str, mention: str, occurrence: int, expected: tuple[str | None, str | None]) -> None:
    _, country, sector = resolved(text, mention, occurrence)
    assert (country, sector) == expected


@pytest.mark.parametrize(("text", "mention"), [
    ("In Braga, the captain lifted the trophy after the final.", "the captain"),
    ("In Lyon, officials delayed the match by an hour.", "officials"),
])
def test_no_country_for_a_body_in_talk_of_a_game(text: str, mention: str) -> None:
    assert resolved(text, mention)[1] is None


def test_chancellor_in_office() -> None:
    """A bare office with a country is its holder on the article's date."""
    name, country, _ = resolved("Unions in Munich blamed the chancellor for the plant closures.", "the chancellor")
    assert (name, country) == ("Olaf Scholz", "DEU")


def test_no_chancellor_where_the_country_has_none() -> None:
    """A title the country's leader lists lack names nobody there ("the chancellor" in a country with a prime
    minister), not its head of government."""
    name, country, _ = resolved("Nurses in Naples booed the chancellor outside the hospital.", "the chancellor")
    assert (name, country) == ("chancellor", None)


def test_holder_by_title() -> None:
    """The knowledge base gives no holder for a title the country lacks, and the office's holder otherwise."""
    from newsgraph.actors.kb import knowledge_base

    kb = knowledge_base()
    assert kb.holder("ITA", "HOG", "2023-06-01", "chancellor") is None
    assert kb.holder("ITA", "HOG", "2023-06-01", "prime minister") is not None
    assert kb.holder("DEU", "HOG", "2023-06-01", "chancellor") is not None
