"""Demands voiced as a reported opinion (events_deontic): a clause under a verb of speech or opinion whose verb
carries a deontic modal or semi-modal is a REQUEST of the speaker to whoever must act, each beside a near miss of
the same shape (a prediction, a fact, a past obligation, an obligation under a treaty, the speaker's own side) that
must give no REQUEST; the demanded act itself is not coded as done."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from newsgraph.extract.events_actors import Mention
from newsgraph.extract.events_deontic import own_side
from newsgraph.model import Actor
from test_events_coverage import coded_events

# (demand voiced as an opinion, source country, target country or None for no target, near miss)
PAIRS = [
    ("The Danish foreign minister said Poland must close the border crossing.", "DNK", "POL",
     "The Danish foreign minister said Poland will close the border crossing."),
    ("Kenya's president says Uganda needs to do more to help the refugees.", "KEN", "UGA",
     "Kenya's president says Uganda needs more money to help the refugees."),
    ("The Chilean government believes Peru ought to free the fishermen.", "CHL", "PER",
     "The Chilean government believes Peru freed the fishermen."),
    ("Norway's prime minister argues Sweden will have to accept more asylum seekers.", "NOR", "SWE",
     "Norway's prime minister argues Sweden will accept more asylum seekers."),
    ("The Turkish foreign minister said it is up to Greece to end the dispute.", "TUR", "GRC",
     "The Turkish foreign minister said it is up to Turkey to end the dispute."),
    ("Argentina's president says Chile should not build the dam.", "ARG", "CHL",
     "Argentina's president says Chile should not have built the dam."),
    ("The Irish prime minister said Britain had to release the documents.", "IRL", "GBR",
     "The Irish prime minister says Britain had to release the documents."),
    ("The Portuguese government says Spain has to pay 20 million euros for the damage.", "PRT", "ESP",
     "The Portuguese government says Spain has to pay 20 million euros under the water treaty."),
    ("The Greek government said the Turkish navy had no option but to withdraw.", "GRC", "TUR",
     "The Greek government said the Turkish navy had no plans to withdraw."),
    ("The Dutch trade minister said the tariff was unfair and Belgium must scrap it.", "NLD", "BEL",
     "The Dutch trade minister said the tariff was unfair and Belgium would scrap it."),
    ("The Finnish president told Estonia it must reopen the ferry route.", "FIN", "EST",
     "The Finnish president told Estonia it will reopen the ferry route."),
    ("The Latvian government sent a note to Lithuania that it must reopen the rail link.", "LVA", "LTU",
     "The Latvian government sent a note to Lithuania that Estonia had written."),
    ("The Slovak prime minister repeated his view that Hungary should withdraw the decree.", "SVK", "HUN",
     "The Slovak prime minister repeated his view that Hungary will withdraw the decree."),
    ("The Croatian president warned Serbia that it must withdraw the border police.", "HRV", "SRB",
     "The Croatian president warned Serbia that Croatia would withdraw the border police."),
    ("The Bulgarian government would like to see Romania reopen the bridge.", "BGR", "ROU",
     "The Bulgarian government would like to see the bridge."),
    ("The Danish government sent a note to Norway that it had to reopen the ferry port.", "DNK", "NOR",
     "The Danish government sends a note to Norway that it had to reopen the ferry port."),
    ("The Swiss foreign minister said it was vital that Italy reopens the alpine tunnel.", "CHE", "ITA",
     "The Swiss foreign minister said it was vital that the alpine tunnel reopens."),
    ("The Swiss foreign minister says it is essential for Austria to lift the transit quota.", "CHE", "AUT",
     "The Swiss foreign minister says it is essential to remember the flood victims."),
    ("The Spanish interior minister says the detained migrants must be separated from the adult prisoners.",
     "ESP", None,
     "The Spanish interior minister says the detained migrants were separated from the adult prisoners."),
]
# Obligations of the speaker or the speaker's own side, and obligations that are no demand: no REQUEST
NO_DEMAND = [
    "The Polish prime minister said he must resign.",
    '"We must act now," the Polish prime minister said.',
    "Poland's president says Poland must spend more on defence.",
    "The Belgian union leader says the airline would only have itself to blame.",
    "The Czech finance minister says the rail company has to publish its accounts by law.",
    "The Austrian chancellor asked whether Hungary must pay for the fence.",
    "The Austrian chancellor says Hungary does not have to pay for the fence.",
    "The Austrian chancellor says Hungary may need to pay for the fence.",
    "Economists at a Viennese bank say the Austrian central bank will have to raise interest rates.",
]
PAST_FORCE = "Egyptian police said they had to fire tear gas at the protesters."


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every sentence of the tables, each coded as an article of its own."""
    return coded_events([text for pair in PAIRS for text in (pair[0], pair[3])] + NO_DEMAND + [PAST_FORCE])


def requests(events: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of each REQUEST event."""
    return [((e["source"] or {}).get("actor", {}).get("country"),
             (e["target"] or {}).get("actor", {}).get("country") if e["target"] else None)
            for e in events if plover_type(e) == "REQUEST"]


@pytest.mark.parametrize(("text", "source", "target", "near_miss"), PAIRS)
def test_voiced_demand_and_its_near_miss(coded, text, source, target, near_miss):
    assert (source, target) in requests(coded[text]), coded[text]
    assert not requests(coded[near_miss]), coded[near_miss]


@pytest.mark.parametrize("text", NO_DEMAND)
def test_no_demand_of_oneself_nor_an_obligation_that_is_no_demand(coded, text):
    assert not requests(coded[text]), coded[text]


def test_demanded_act_is_not_done(coded):
    """"Y needs to do more to help Z": nobody helped, so no AID beside the REQUEST; "Y ought to free Z": no
    RETREAT, and the REQUEST asks Y to yield; "X would like to see Y reopen Z": nothing reopened."""
    wished = coded["The Bulgarian government would like to see Romania reopen the bridge."]
    assert [plover_type(e) for e in wished] == ["REQUEST"], wished
    helped = coded["Kenya's president says Uganda needs to do more to help the refugees."]
    assert [plover_type(e) for e in helped] == ["REQUEST"], helped
    freed = coded["The Chilean government believes Peru ought to free the fishermen."]
    assert [(plover_type(e), e["mode"]) for e in freed] == [("REQUEST", "yield")], freed


def test_warning_that_names_a_consequence_stays_a_threat():
    text = "The Croatian president warned Serbia that it must withdraw the border police or face sanctions."
    events = coded_events([text])[text]
    assert {plover_type(e) for e in events} == {"THREATEN"}, events


def test_past_obligation_met_by_the_speakers_side_stays_done(coded):
    assert "ASSAULT" in {plover_type(e) for e in coded[PAST_FORCE]}, coded[PAST_FORCE]


def test_what_is_to_be_admitted_was_done():
    """"Y must admit that it shelled Z": the REQUEST, and the shelling stays an act of Y's."""
    text = "The Georgian president said Russia must admit that its army shelled the village of Ergneti."
    types = {plover_type(e) for e in coded_events([text])[text]}
    assert {"REQUEST", "ASSAULT"} <= types, types


def mention(text: str, country: str | None, sector: str | None, name: str) -> Mention:
    """A mention of an actor with the given words."""
    return Mention(0, len(text), text, Actor(name=name, country=country, sector=sector))


@pytest.mark.parametrize(("speaker", "doer", "expected"), [
    # a minister speaks for the government (a defence minister too)
    (mention("Defence Minister Lia Varro", "AUS", "MIL", "Lia Varro"), mention("the Government", "AUS", "GOV",
                                                                                "Government"), True),
    # a lawmaker named as one asks the executive, whatever office the actor stage knows of
    (mention("Republican Ned Osk of the Foreign Relations Committee", "USA", "GOV", "Ned Osk"),
     mention("the administration", "USA", "GOV", "administration"), False),
    # a state leader asks the federal government
    (mention("The premier", "AUS", "GOV", "premier"), mention("the federal Government", "AUS", "GOV",
                                                               "Government"), False),
    # the opposition asks the government
    (mention("Opposition leader Mara Kell", "AUS", "PTY", "Mara Kell"), mention("the Government", "AUS", "GOV",
                                                                                 "Government"), False),
])
def test_own_side(speaker, doer, expected):
    assert own_side(speaker, doer, None) is expected
