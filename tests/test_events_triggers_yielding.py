"""Triggers of threats left open, claims given up, persuasion, suspects questioned and comment refused
(2026-11-30). Invented sentences that must give an event of a PLOVER type, and near misses that must give none."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs, has_event

# sentence: (PLOVER type, source country, target country or None)
EVENT_SENTENCES = {
    # CONSULT: a bid or effort named by its kind keeps its kind's event
    "The Qatari emir launched a mediation effort between Kenya and Uganda.": ("CONSULT", "QAT", None),
    # THREATEN: a hostile act one does not rule out
    "The Ugandan army has not ruled out an attack on the rebel camps.": ("THREATEN", "UGA", None),
    "The Kenyan dockers' union has not ruled out strikes at the port.": ("THREATEN", "KEN", None),
    "Peru would not rule out sanctions against Chile.": ("THREATEN", "PER", "CHL"),
    # CONCEDE: a claim, complaint or demand withdrawn or dropped
    "Chile withdrew its complaint against Peru at the trade body.": ("CONCEDE", "CHL", "PER"),
    "The Kenyan government has dropped its claim to the disputed island.": ("CONCEDE", "KEN", None),
    "Bolivia abandoned its demand for access to the sea.": ("CONCEDE", "BOL", None),
    # REQUEST: persuading or encouraging a party to act
    "The Kenyan minister tried to convince the Ugandan president to open the border.": ("REQUEST", "KEN", "UGA"),
    "Chile encouraged Peru to join the talks.": ("REQUEST", "CHL", "PER"),
    # ACCUSE investigate: police questioning or interviewing a person
    "Chilean police are questioning a 30-year-old man over the robbery.": ("ACCUSE", "CHL", None),
    "Kenyan detectives interviewed the suspect for six hours.": ("ACCUSE", "KEN", None),
    "Peruvian police questioned two men in connection with the fire.": ("ACCUSE", "PER", None),
    # REJECT: refusing to discuss a matter with a party is refusing to meet it
    "The Chilean firm refused to discuss the wage claim with the Peruvian union.": ("REJECT", "CHL", "PER"),
}

# sentences that must give an event of this type only
ONLY_TYPE = {
    "The Ugandan army has not ruled out an attack on the rebel camps.": "THREATEN",  # no refusal, no negated act
    "Peru withdrew its troops from the border.": "RETREAT",  # troops withdrawn are a retreat, not a concession
    "Chile persuaded Peru to lift the ban.": "REQUEST",  # the lifting is only asked for
}

ORDINARY_SENTENCES = [
    "The Kenyan dockers' union has ruled out strikes at the port.",  # ruling a hostile act out threatens no one
    "The surgeon has not ruled out a second operation.",
    "The Chilean firm has refused to say how much money it wants.",  # declining to comment
    "The Peruvian ministry declined to comment on the report.",
    "The Kenyan ministry refused to name the buyer.",
    "Chilean police interviewed three witnesses.",  # witnesses are heard, not suspected
    "Chilean police interviewed the injured woman in hospital.",  # no sign of suspicion: victims and residents
    "Kenyan police questioned residents about the fire.",
    "Ugandan soldiers questioned villagers about the rebels.",
    "The Peruvian ministry declined to discuss the report.",  # no party to meet: declining to comment
    "Chilean police have not ruled out a raid on the house by rival gangs.",  # investigators; another's act
    "Kenyan doctors have not ruled out a strike by nurses.",  # the act is another's
    "The Peruvian airline has not ruled out further disruptions to flights.",  # a disruption is no act
    "Low interest rates encouraged Chilean home buyers to borrow more.",  # a cause persuades no one
    "The television host interviewed the singer about her new album.",  # nobody investigates
    "The senator launched a bid to save the party.",  # an attempt, no act
    "The Kenyan runner mounted a late bid for the title.",
    "The student withdrew her application to the university.",
    "Chile encouraged the talks.",  # encouragement with no act asked for
    "The lawyer convinced the jury.",
    "Chilean MPs signed a letter.",  # signing a letter is no agreement
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(dict.fromkeys([*EVENT_SENTENCES, *ONLY_TYPE, *ORDINARY_SENTENCES])))


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_event_is_coded(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


@pytest.mark.parametrize(("text", "expected"), ONLY_TYPE.items())
def test_only_this_type(coded, text, expected):
    assert {plover_type(e) for e in coded[text]} == {expected}, coded[text]


def test_a_threat_left_open_is_not_negated(coded):
    events = [e for e in coded["The Ugandan army has not ruled out an attack on the rebel camps."]
              if e["type"] == "THREATEN"]
    assert events and not any(e["negated"] for e in events), events


@pytest.mark.parametrize("text", ORDINARY_SENTENCES)
def test_near_miss_gets_no_event(coded, text):
    assert coded[text] == [], [(e["type"], e["trigger"]["text"]) for e in coded[text]]
