"""Actors of crime and court news: police forces and law-enforcement agencies (law_enforcement.tsv), and the
near misses whose words look like one. Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.actors.kb import knowledge_base, norm, read_tsv
from test_actors import resolve, run

CASES = [  # (text, mention, (name or None, country, sector))
    ("Officers from Greater Manchester Police arrested a man in Salford.", "Greater Manchester Police",
     (None, "GBR", "COP")),
    ("The RCMP charged two men.", "RCMP", ("Royal Canadian Mounted Police", "CAN", "COP")),
    ("The Mounties arrested a suspect near Kelowna.", "Mounties", ("Royal Canadian Mounted Police", "CAN", "COP")),
    ("Immigration and Customs Enforcement detained the farmhand on Tuesday.", "Immigration and Customs Enforcement",
     (None, "USA", "COP")),
    ("The Metropolitan Police arrested three people in Hackney.", "Metropolitan Police",
     ("Metropolitan Police Service", "GBR", "COP")),
    ("Scotland Yard opened an investigation into the fire.", "Scotland Yard", ("Metropolitan Police Service", "GBR",
                                                                              "COP")),
    ("West Yorkshire Police said a man had been charged.", "West Yorkshire Police", (None, "GBR", "COP")),
    # not the police of Victoria, the capital of the Seychelles
    ("Victoria Police charged a man with murder in Geelong.", "Victoria Police", (None, "AUS", "COP")),
    ("The Garda Síochána arrested a man in Drogheda.", "Garda Síochána", (None, "IRL", "COP")),
    ("The NYPD arrested a man in Queens.", "NYPD", ("New York City Police Department", "USA", "COP")),
    ("The Carabinieri raided a villa near Naples.", "Carabinieri", (None, "ITA", "COP")),
    ("Polri arrested three suspects in Surabaya.", "Polri", ("Indonesian National Police", "IDN", "COP")),
    ("The Shin Bet arrested two men in Jenin.", "Shin Bet", (None, "ISR", "GOV")),
    ("Europol coordinated the raids in six countries.", "Europol", (None, None, "IGO")),
    # near misses: the common word, and the news agency whose acronym the Australian Federal Police shares
    ("She bought ice at the store.", "ice", (None, None, None)),
    ("Ice on the roads caused crashes across the county.", "Ice", (None, None, None)),
    ("The AFP news agency reported the attack.", "AFP", ("Agence France-Presse", "FRA", "MED")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_law_enforcement_actors(text: str, mention: str, expected: tuple[str | None, str | None, str | None]) -> None:
    name, country, sector = resolve(run(text), mention)
    assert (country, sector) == expected[1:]
    if expected[0]:
        assert name == expected[0]


def test_every_law_enforcement_row_is_valid_and_reachable() -> None:
    """Each row has a state (none for an international body), a sector and a source, and each of its names finds
    it: none is shadowed by an earlier table, nor is a country or capital."""
    kb = knowledge_base()
    for row in read_tsv("law_enforcement.tsv"):
        assert row["sector"] in ("COP", "JUD", "GOV", "IGO"), row
        assert (row["country"] in kb.countries) if row["sector"] != "IGO" else not row["country"], row
        assert row["source"].strip(), row
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            actor = kb.org(alias)
            assert actor is not None and (actor.name, actor.country, actor.sector) == (
                row["name"], row["country"] or None, row["sector"]), alias
            assert not kb.country(alias) and not kb.capital(alias), alias
            assert norm(alias) not in ("ice", "afp", "garda"), alias
