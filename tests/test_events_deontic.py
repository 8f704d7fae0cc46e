"""Demands voiced as a reported opinion (events_deontic): a clause under a verb of speech or opinion whose verb
carries a deontic modal or semi-modal is a REQUEST of the speaker to whoever must act, each beside a near miss of
the same shape (a prediction, a fact, a past obligation, an obligation under a treaty, the speaker's own side) that
must give no REQUEST; the demanded act itself is not coded as done."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events

# (demand voiced as an opinion, source country, target country or None for no target, near miss of the same shape
# that a bare modal detector would take for a demand)
PAIRS = [
    ("The Danish foreign minister said Poland must close the border crossing.", "DNK", "POL",
     "The Danish foreign minister thinks Poland must be behind the border closure."),  # epistemic must
    ("Kenya's president says Uganda needs to do more to help the refugees.", "KEN", "UGA",
     "Kenya's president says Uganda will probably need to do more to help the refugees."),  # a hedged forecast
    ("The Chilean government believes Peru ought to free the fishermen.", "CHL", "PER",
     "The Chilean government believes Peru ought to know better."),  # a verb of what one knows, not does
    ("Norway's prime minister argues Sweden will have to accept more asylum seekers.", "NOR", "SWE",
     "Norway's prime minister argues Sweden would have to be consulted."),  # a conditional
    ("The Turkish foreign minister said it is up to Greece to end the dispute.", "TUR", "GRC",
     "The Turkish foreign minister said it was not up to Greece to end the dispute."),
    ("Argentina's president says Chile should not build the dam.", "ARG", "CHL",
     "Argentina's president says Chile should not have to build the dam."),  # no obligation at all
    ("The Irish prime minister told Britain it had to release the documents.", "IRL", "GBR",
     "The Irish prime minister said Britain had to release the documents after the court ruled."),  # what happened
    ("The Portuguese government says Spain must abide by the water treaty.", "PRT", "ESP",
     "The Portuguese government says Spain has to pay 20 million euros under the water treaty."),
    ("The Portuguese government says Spain must act according to international law.", "PRT", "ESP",
     "The Portuguese government says Spain has to import grain every year because of the drought."),  # a habit
    ("The Greek government says the Turkish navy has no option but to withdraw.", "GRC", "TUR",
     "The Greek government said the Turkish navy had no option but to withdraw after the clash."),  # it did
    ("The Dutch trade minister said the tariff was unfair and Belgium must scrap it.", "NLD", "BEL",
     "The Dutch trade minister wondered why Belgium must scrap the tariff."),  # a question
    ("The Finnish president told Estonia it must reopen the ferry route.", "FIN", "EST",
     "The Finnish president received a note that Estonia must reopen the ferry route."),  # the demand was not his
    ("The Slovak prime minister repeated his view that Hungary should withdraw the decree.", "SVK", "HUN",
     "The Slovak prime minister said Hungary should benefit from the new decree."),  # a forecast
    ("The Croatian president warned Serbia that it must withdraw the border police.", "HRV", "SRB",
     "The Croatian president said the Serbian rebels must be hiding in the hills near Dravnik."),  # an inference
    ("The Bulgarian government would like to see Romania reopen the bridge.", "BGR", "ROU",
     "The Bulgarian government would like to see the bridge."),
    ("The Danish government sent a note to Norway that it had to reopen the ferry port.", "DNK", "NOR",
     "The Danish government sends a note to Norway that it had to reopen the ferry port."),
    ("The Swiss foreign minister said it was vital that Italy reopens the alpine tunnel.", "CHE", "ITA",
     "The Swiss foreign minister said it is important that Italy reopened the alpine tunnel last week."),  # done
    ("The Swiss foreign minister says it is high time Austria lifted the transit quota.", "CHE", "AUT",
     "The Swiss foreign minister says it is up to Austria whether to lift the transit quota."),
    ("The Spanish interior minister says the detained migrants must be separated from the adult prisoners.",
     "ESP", None,
     "The Spanish interior minister says detained migrants must carry permits at all times."),  # a rule
    ("The Greek government said the Albanian smugglers had no option but to come out and surrender.", "GRC", "ALB",
     "The Greek government said its coastguard had no option but to fire on the Albanian smugglers."),  # it did
    ("The Danish minister told visiting Polish officials they would need to reopen the port.", "DNK", "POL",
     "The Danish minister says Poland would need to reopen the port."),  # a conditional
    ("Senator Ned Osk said Poland must withdraw its troops from Valdoria.", "POL", "POL",
     "Foreign Minister Lia Varro said the federal government must recall the ambassador to Valdoria."),
    # a date ahead keeps a past "had to" a demand; a past one reports what happened
    ("The Latvian foreign minister said Lithuania had to free the fishermen in the coming days.", "LVA", "LTU",
     "The Latvian foreign minister said Lithuania had to free the fishermen two weeks ago."),
    ("The Latvian foreign minister said Lithuania had to free the fishermen once the talks start.", "LVA", "LTU",
     "The Latvian foreign minister said Lithuania had to free the fishermen after the talks ended."),
    # "surely" strengthens a demand; "probably" makes it a forecast
    ("The Latvian foreign minister said Lithuania must surely withdraw its patrol boats.", "LVA", "LTU",
     "The Latvian foreign minister said Lithuania must probably withdraw its patrol boats."),
    # facing justice is done by the party asked to; benefiting befalls it
    ("The Latvian foreign minister said the Lithuanian commanders must face justice.", "LVA", "LTU",
     "The Latvian foreign minister said the Lithuanian commanders should benefit from the amnesty."),
    # a place or a role one is asked to take, beside one inferred
    ("The Latvian foreign minister said Lithuania must be at the fisheries talks.", "LVA", "LTU",
     "The Latvian foreign minister said Lithuania must be behind the fisheries dispute."),
    ("The Latvian foreign minister said Lithuania must be part of the solution.", "LVA", "LTU",
     "The Latvian foreign minister said Lithuania must be the favourite to host the fisheries talks."),
    # a recurrence by occasion of a named party is a demand; one of a generic doer is a rule
    ("The Latvian foreign minister said Lithuania must stop the raids every time they happen.", "LVA", "LTU",
     "The Latvian foreign minister said fishermen must show their permits every time they land."),
    # a question of its own after a demand leaves the demand; a question of the saying asks it
    ("The Latvian foreign minister said Lithuania must pay for the repairs, and asked: who else?", "LVA", "LTU",
     "Did the Latvian foreign minister say Lithuania must pay for the repairs?"),
]
# Obligations of the speaker or the speaker's own side, and obligations that are no demand: no REQUEST
NO_DEMAND = [
    "The Polish prime minister said he must resign.",
    '"We must act now," the Polish prime minister said.',
    "Poland's president says Poland must spend more on defence.",
    "The Polish prime minister told reporters he must leave for Valdoria.",
    "The Belgian union leader says the airline would only have itself to blame.",
    "The Czech finance minister says the rail company has to publish its accounts by law.",
    "The Czech finance minister said the rail company must close the Dravnik depot by June under the plan.",
    "The Austrian chancellor asked whether Hungary must pay for the fence.",
    "Did the Austrian chancellor say Hungary must pay for the fence?",
    "The Austrian chancellor says Hungary does not have to pay for the fence.",
    "The Austrian chancellor says Hungary should never have to pay for the fence.",
    "The Austrian chancellor says Hungary may need to pay for the fence.",
    "The Austrian chancellor says Hungary will likely have to pay for the fence.",
    "The Austrian chancellor says Hungary has to be the favourite to host the summit.",
    "The Austrian chancellor said Hungary would have to be consulted.",
    "Economists at a Viennese bank say the Austrian central bank will have to raise interest rates.",
]
# Real acts reported with a past "had to": the act stays coded (PLOVER type of the act)
PAST_FACTS = {
    "Egyptian police said they had to fire tear gas at the protesters.": "ASSAULT",
    "The Egyptian army said its soldiers had to shoot two Libyan intruders.": "ASSAULT",
    "The Egyptian army said the soldiers had to shoot two Libyan intruders.": "ASSAULT",  # its own members
    "Egyptian police said officers had to fire tear gas at the protesters.": "ASSAULT",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every sentence of the tables, each coded as an article of its own."""
    return coded_events([text for pair in PAIRS for text in (pair[0], pair[3])] + NO_DEMAND + list(PAST_FACTS))


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


@pytest.mark.parametrize(("text", "expected"), [
    ("The Croatian president warned Serbia that it must withdraw the border police or face sanctions.",
     {"THREATEN"}),
    ("The Croatian president warned Serbia that it must withdraw its soldiers or police from the border.",
     {"REQUEST"}),  # an "or" between the soldiers and the police names no consequence
    ("The Croatian president warned Serbia that it must withdraw if it wants talks.", {"REQUEST"}),
])
def test_warning_that_names_a_consequence_stays_a_threat(text, expected):
    events = coded_events([text])[text]
    assert {plover_type(e) for e in events} == expected, events


@pytest.mark.parametrize(("text", "act"), list(PAST_FACTS.items()))
def test_past_had_to_reported_as_fact_stays_done(coded, text, act):
    assert act in {plover_type(e) for e in coded[text]}, coded[text]
    assert not requests(coded[text]), coded[text]


def test_what_is_to_be_admitted_was_done():
    """"Y must admit that it shelled Z": the REQUEST, and the shelling stays an act of Y's."""
    text = "The Georgian president said Russia must admit that its army shelled the village of Dravnik."
    types = {plover_type(e) for e in coded_events([text])[text]}
    assert {"REQUEST", "ASSAULT"} <= types, types


def test_grounded_obligation_is_not_done(coded):
    """"has to publish its accounts by law": no REQUEST, and nothing published either."""
    text = "The Czech finance minister says the rail company has to publish its accounts by law."
    assert not coded[text], coded[text]
