"""Actors of business and economic news: regulators and their acronyms, central banks, companies the
knowledge base does not list, and the group nouns of economic life. Invented firms and sentences."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.actors.firms import firm_name
from newsgraph.actors.kb import knowledge_base, read_tsv
from newsgraph.actors.stage import resolve_span
from newsgraph.actors.words import is_acronym
from newsgraph.model import Article, Entity
from test_actors import resolve, run

CASES = [  # (text, mention, occurrence, (name or None, country, sector))
    # regulators, agencies and audit offices, by acronym and by full name
    ("The SEC opened an inquiry into Zendaco.", "SEC", 1, ("Securities and Exchange Commission", "USA", "GOV")),
    ("The FAA grounded the Quarlo jets on Friday.", "FAA", 1, ("Federal Aviation Administration", "USA", "GOV")),
    ("The GAO upheld the protest filed by Vostrell.", "GAO", 1, ("Government Accountability Office", "USA", "GOV")),
    ("BaFin fined the lender on Tuesday.", "BaFin", 1, (None, "DEU", "GOV")),
    ("The Federal Trade Commission sued Pellam Corp.", "Federal Trade Commission", 1, (None, "USA", "GOV")),
    ("The ECB held rates steady.", "ECB", 1, ("European Central Bank", None, "IGO")),
    # a known name the recogniser cut at its preposition
    ("The ruling followed an order of the Canadian government's Office of the Superintendent of Financial "
     "Institutions.", "Financial Institutions", 1, ("Office of the Superintendent of Financial Institutions", "CAN",
                                                     "GOV")),
    # central banks are GOV of their state, by rule; commercial banks named like one stay businesses
    ("The Bank of Ghana raised its main rate on Monday.", "Bank of Ghana", 1, (None, "GHA", "GOV")),
    ("The Central Bank of Iceland cut rates.", "Central Bank of Iceland", 1, (None, "ISL", "GOV")),
    ("Ghana's central bank raised its main rate.", "Ghana's central bank", 1, (None, "GHA", "GOV")),
    ("The Bank of England held rates.", "Bank of England", 1, (None, "GBR", "GOV")),
    ("Bank of America agreed to buy Zendaco.", "Bank of America", 1, (None, "USA", "BUS")),
    # companies: a corporate word in the name, or a noun introducing it; nationality only when stated
    ("Air Syldavia bought twenty planes.", "Air Syldavia", 1, ("Air Syldavia", None, "BUS")),
    ("Vostrell Holdings AG reported a loss.", "Vostrell Holdings AG", 1, (None, None, "BUS")),
    ("Pellam Finance of Kuwait took a stake in the shipyard.", "Pellam Finance", 1, (None, "KWT", "BUS")),
    ("The Detroit-based carmaker Vostrell said it would cut jobs.", "Vostrell", 1, ("Vostrell", "USA", "BUS")),
    # a listed firm of no country takes the one its introducing phrase states, and only that
    ("Japanese trading house Mitsubishi won the contract.", "Mitsubishi", 1, (None, "JPN", "BUS")),
    ("Trading house Mitsubishi won the contract.", "Mitsubishi", 1, (None, None, "BUS")),
    ("Vostrell Motors Inc said it would close a plant. Vostrell later denied it.", "Vostrell", 2,
     ("Vostrell Motors Inc", None, "BUS")),
    # a company introduced once is that company wherever its name recurs
    ("Zendaco said it would appeal. The carmaker Zendaco makes trucks.", "Zendaco", 1, ("Zendaco", None, "BUS")),
    # a bare state body belongs to the article's main country, when one clearly leads
    ("Ghana cut taxes. Ghana's budget grew. Ghanaian exporters cheered. The government said growth would follow.",
     "The government", 1, (None, "GHA", "GOV")),
    ("Ghana met Togo. The government said growth would follow.", "The government", 1, (None, None, "GOV")),
    ("Vostrell Motors Inc said it would close a plant. VM later denied it.", "VM", 1,
     ("Vostrell Motors Inc", None, "BUS")),
    # commercial banks named like a central bank, and groups that are not firms
    ("Bank of Georgia raised its deposit rate.", "Bank of Georgia", 1, (None, "GEO", "BUS")),
    ("The Islamic State group claimed the attack.", "The Islamic State group", 1, (None, None, None)),
    # group nouns of economic life
    ("Customers sued the firm.", "Customers", 1, (None, None, "CVL")),
    ("Angry users flooded the forum.", "users", 1, (None, None, "CVL")),
    ("Creditors stopped funding Pellam.", "Creditors", 1, (None, None, "BUS")),
    ("The union rejected the offer.", "union", 1, (None, None, "LAB")),
]


@pytest.mark.parametrize(("text", "mention", "occurrence", "expected"), CASES)
def test_business_actor(text: str, mention: str, occurrence: int, expected: tuple[str | None, ...]) -> None:
    name, country, sector = resolve(run(text, "2008-03-01"), mention, occurrence)
    want_name, want_country, want_sector = expected
    assert (country, sector) == (want_country, want_sector)
    if want_name is not None:
        assert name == want_name


@pytest.mark.parametrize("text", [
    "Two airliners collided over the sea.",  # a vehicle, not the civilians aboard
])
def test_airliners_are_not_people(text: str) -> None:
    _, country, sector = resolve(run(text), "airliners")
    assert sector != "CVL"


@pytest.mark.parametrize(("label", "country"), [("ORG", None), ("GPE", "NGA")])
def test_acronym_is_a_place_only_when_taken_for_one(label: str, country: str | None) -> None:
    """An organisation's acronym spelt like a town ("GAO" and Gao, "KANO" and Kano) is not the town; the
    same letters recognised as a place are."""
    text = "Officials of KANO said on Monday they would appeal."
    start = text.index("KANO")
    article = Article(id="t", text=text, published="2008-03-01",
                      entities=[Entity(start, start + 4, "KANO", label)])
    article.doc = nlp.load()(text)
    _, actor = resolve_span(article, start, start + 4)
    assert (actor.country if actor else None) == country


@pytest.mark.parametrize(("name", "expected"), [
    ("Air Syldavia", True), ("Zenda Motors", True), ("Pellam Corp.", True), ("Zenda", False),
    ("Air Force", False), ("Zenda Air National Guard", False), ("Syldavian Transport Ministry", False),
])
def test_firm_name(name: str, expected: bool) -> None:
    assert firm_name(name) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("GAO", True), ("U.S.", True), ("G7", True), ("Gao", False), ("NATIONAL", False), ("7G", False),
])
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


def test_every_agency_row_has_a_valid_country_and_sector() -> None:
    kb = knowledge_base()
    for table in ("agencies.tsv", "firms.tsv"):
        for row in read_tsv(table):
            assert not row["country"] or row["country"] in kb.countries, row
            assert row["sector"] in ("GOV", "IGO", "BUS", "LAB"), row
