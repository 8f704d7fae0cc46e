"""Trigger types after the PLOVER manual's type summaries (plover_types.md): apologies concede, accords signed by
states support, barring entry and cancelling talks reject, conditional or announced coercion threatens, and the
trigger gaps of courts, regulators, mergers, stop-work meetings and openness to talks.  Each event sentence has a
near miss that must not get the same coding.  Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs, has_event

# text -> (PLOVER type, source country, target country); None expects any
EVENT_SENTENCES: dict[str, tuple[str, str | None, str | None]] = {
    # apologies and regret are concessions
    "Norway apologised to Iceland for the fishing incident.": ("CONCEDE", "NOR", "ISL"),
    "Peru expressed regret to Ecuador over the border incident.": ("CONCEDE", "PER", "ECU"),
    "Chile offered an apology to Bolivia.": ("CONCEDE", "CHL", "BOL"),
    # an accord signed by states is support, both ways
    "Ghana and Togo signed a border treaty on Tuesday.": ("SUPPORT", "GHA", "TGO"),
    "Kenya signed a memorandum of understanding with Uganda.": ("SUPPORT", "KEN", "UGA"),
    # refusals: entry barred, talks called off, requests ignored
    "Hungary barred Serbian reporters from entering the country.": ("REJECT", "HUN", None),
    "Ecuador cancelled its meeting with Colombia.": ("REJECT", "ECU", "COL"),
    "Moscow ignored repeated requests from Oslo to hand over the files.": ("REJECT", "RUS", "NOR"),
    # letting inspectors in; ordering diplomats out
    "Iran let the inspectors into the enrichment plant.": ("RETREAT", "IRN", None),
    "Niger ordered the Belgian ambassador to leave the country.": ("SANCTION", "NER", "BEL"),
    # conditional and announced coercion threatens
    "Brazil would impose duties on Uruguay unless Montevideo lifted its levies, the minister warned.":
        ("THREATEN", "BRA", "URY"),
    "The European Union will suspend aid to Mali until the junta frees the president.": ("THREATEN", None, "MLI"),
    "Samsung said it would file a lawsuit against Apple.": ("THREATEN", "KOR", "USA"),
    # courts, regulators, mergers, unions, openness
    "A Kenyan court found that Safaricom had breached the privacy law.": ("SANCTION", "KEN", None),
    "India's aviation regulator grounded all jets operated by IndiGo.": ("COERCE", "IND", None),
    "Toyota completed its acquisition of Subaru.": ("COOPERATE", "JPN", "JPN"),
    "Serbia said it remained open to talks with Kosovo.": ("AGREE", "SRB", "XKX"),
    "The Australian Nursing Federation said nurses will hold stop-work meetings next week.": ("THREATEN", None, None),
    "Samsung countersued Apple in a Seoul court.": ("ACCUSE", "KOR", "USA"),
    "The Oslo city council is taking legal action against Equinor.": ("ACCUSE", "NOR", None),
}

# near misses: the same words in another use, and the type they must not get
NEAR_MISSES: dict[str, str] = {
    "Norway regretted Iceland's decision to leave the talks.": "CONCEDE",  # regret of another's act
    "The two carmakers signed an agreement to develop batteries.": "SUPPORT",  # firms: not state support
    "Egypt, the only state to have signed a treaty with Libya, criticised the plan.": "SUPPORT",  # what it is
    "The court barred the senator from running for office.": "REJECT",  # barred from office, not from entering
    "Ecuador cancelled its sanctions on Colombia.": "REJECT",  # a concession, not talks called off
    "Niger ordered the Belgian ambassador to return the documents.": "SANCTION",  # an order, not an expulsion
    "Brazil imposed duties on Uruguay after Montevideo raised its levies.": "THREATEN",  # done, no condition
    "Samsung filed a lawsuit against Apple.": "THREATEN",  # filed: ACCUSE
    "Kenyan police found a body near the river.": "SANCTION",  # no court, no verdict
    "Qantas grounded its own fleet of A380s for repairs.": "COERCE",  # an airline's own planes
    "The Norwegian nurses held a meeting with the minister.": "PROTEST",  # a meeting, not a stoppage
    "The Serbian talks were open to the press.": "AGREE",  # open to the press, no willingness
    "Kenyan police took action against smugglers.": "ACCUSE",  # no legal action
    "Russia's embassy called the expulsions unfounded.": "SANCTION",  # a judgement, not a new expulsion
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(dict.fromkeys([*EVENT_SENTENCES, *NEAR_MISSES])))


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_event_is_coded(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


@pytest.mark.parametrize(("text", "wrong"), NEAR_MISSES.items())
def test_near_miss_gets_no_such_event(coded, text, wrong):
    assert wrong not in {plover_type(e) for e in coded[text]}, event_pairs(coded[text])


def test_signing_parties_support_each_other(coded):
    pairs = set(event_pairs(coded["Ghana and Togo signed a border treaty on Tuesday."]))
    assert {("SUPPORT", "GHA", "TGO"), ("SUPPORT", "TGO", "GHA")} <= pairs, pairs
