"""Actors read with their own phrase and the article's other places: a possessor over the dateline, an
international body's envoy, cities naming groupings or clubs, places of two or more countries, firms' nationality
sentence by sentence, and corrections to countries.tsv (country_extra.tsv). Invented sentences, each with a
near miss."""

from __future__ import annotations

import pytest
from tests.test_actors import resolve, run

from newsgraph.actors.kb import knowledge_base

CASES = [
    # a people's possessor names the owner of a generic institution, before the dateline's country
    ("SEOUL - Japan's foreign ministry spokesman, Mr Taro Sato, rejected the protest.",
     "Japan's foreign ministry spokesman", "JPN"),
    ("MANILA - China's foreign ministry spokesman, Mr Li Wen, rejected the protest.",
     "China's foreign ministry spokesman", "CHN"),
    ("MANILA - The foreign ministry spokesman, Mr Li Wen, rejected the protest.", "Mr Li Wen", "PHL"),
    # an international body's envoy "for" a country is the body's; a country's own envoy to it is the country's
    ("The UN envoy for Chad urged both sides to return to talks.", "The UN envoy for Chad", None),
    ("Chad's UN envoy urged both sides to return to talks.", "Chad's UN envoy", "TCD"),
    # a grouping named after the city where it first met is no body of that city's state
    ("The Quito Group condemned the arrest.", "The Quito Group", None),
    ("Quito University condemned the arrest.", "Quito University", "ECU"),
    # a capital's name that first means another place (a state of Australia) does not make a body the capital's
    ("Victoria Police arrested a man in Ballarat.", "Victoria Police", "AUS"),
    ("Lima Police arrested a man.", "Lima Police", "PER"),
    # a country's name that is also a region of the country where the article's other places lie
    ("Police in Georgia arrested a man in Savannah.", "Police", "USA"),
    ("Police in Georgia arrested a man in Batumi.", "Police", "GEO"),
    # a place followed by its region lies in the region's country
    ("Police in London, Ontario, arrested a man.", "Police", "CAN"),
    ("Police in London arrested a man.", "Police", "GBR"),
    # "X County" where no county is known: not the country of a town named X
    ("Deputies in Delgado County arrested a man.", "Deputies", None),
    # a city's club or firm's president is not the state's head of state
    ("Torino's president Marco Bellini praised the sponsor.", "Torino's president", None),
    ("Italy's president praised the sponsor.", "Italy's president", "ITA"),
]


@pytest.mark.parametrize(("text", "mention", "country"), CASES)
def test_country(text: str, mention: str, country: str | None) -> None:
    assert resolve(run(text), mention)[1] == country


def test_un_envoy_is_international() -> None:
    assert resolve(run("The UN envoy for Chad urged both sides to return to talks."), "The UN envoy for Chad")[2] \
        == "IGO"


def test_torino_president_is_no_office_holder() -> None:
    name = resolve(run("Torino's president Marco Bellini praised the sponsor."), "Torino's president")[0]
    assert name != "Sergio Mattarella"


def test_firm_nationality_only_in_its_own_sentence() -> None:
    article = run("The German carmaker Brenner Motors agreed on Tuesday to buy Kalvex, a Detroit-based parts "
                  "supplier, for $2 billion. Kalvex's board unanimously backed the offer.")
    assert resolve(article, "Kalvex", 1)[1:] == ("USA", "BUS")
    assert resolve(article, "Kalvex", 2)[1] is None


def test_country_extra_corrections() -> None:
    kb = knowledge_base()
    assert kb.capital("Belgrade") == "SRB" and kb.capital("Podgorica") == "MNE"
    assert kb.country("Dominican") == "DOM" and kb.country("Dominica") == "DMA"
    assert kb.country("island") is None and kb.country("Iceland") == "ISL"
    assert kb.country("Mann") is None and kb.country("Isle of Man") == "IMN"


@pytest.mark.parametrize(("text", "head", "expected"), [
    # the dateline says where the story is filed, the possessor whose spokesman it is
    ("SEOUL - Japan's foreign ministry spokesman, Mr Taro Sato, rejected the protest.", "spokesman", ["JPN"]),
    ("SEOUL - The foreign ministry spokesman rejected the protest.", "spokesman", ["KOR"]),
    # "X County" read as a foreign town named X gives no country
    ("Deputies in Delgado County arrested a man.", "Deputies", [""]),
    ("Deputies in Nairobi County arrested a man.", "Deputies", ["KEN"]),
    ("The FBI raided the offices of Riverton city councilman Joe Hart.", "FBI", ["USA"]),
    # a named firm takes no country from the regulator fining it; a bare group of the story's country does
    ("Britain's Financial Conduct Authority fined Marlow Bank 10 million pounds.", "pounds", [""]),
])
def test_event_actor_countries(text: str, head: str, expected: list[str]) -> None:
    from tests.test_events_actors import countries

    assert countries(text, head) == expected
