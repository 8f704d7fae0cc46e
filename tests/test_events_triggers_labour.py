"""Triggers of industrial disputes and falling-outs (2026-11-29): threats of disruption by unions left open or
stepped up, offers put to a party or of a place on a body, turning against a leader, persuading a party of a need,
a strike by shunning work, talks one is locked in, and police hunting suspects. Invented sentences that must give
an event of a PLOVER type, and near misses (everyday uses) that must give none."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs, has_event

# sentence: (PLOVER type, source country, target country or None)
EVENT_SENTENCES = {
    # THREATEN: a union or its workers not ruling out disruption threaten industrial action
    "Kenyan dockers have not ruled out disruptions at the port over pay.": ("THREATEN", "KEN", None),
    "The Chilean miners' union did not rule out a shutdown of the copper mines if wage talks fail.": (
        "THREATEN", "CHL", None),
    # THREATEN: warning of stepping up or taking industrial action
    "The Kenyan union warned of escalating industrial action against the Ugandan firm.": ("THREATEN", "KEN", None),
    "Peruvian nurses warned of taking strike action.": ("THREATEN", "PER", None),
    "The Kenyan union warned of disruptions to flights if the airline rejects the offer.": ("THREATEN", "KEN", None),
    "Chilean dockers warned of a shutdown of the port in the dispute over overtime.": ("THREATEN", "CHL", None),
    # PROTEST strike: shunning work or classes to protest, in a protest, or as workers or students on a day
    "Kenyan teachers shunned classes on Monday.": ("PROTEST", "KEN", None),
    "Bus drivers in Lima shunned work for a second day to oppose the fuel levy.": ("PROTEST", "PER", None),
    "Kenyan traders shunned their shops on Tuesday in a general strike.": ("PROTEST", "KEN", None),
    # AGREE: an offer or proposal put to a party
    "Chile put a new offer to Peru.": ("AGREE", "CHL", "PER"),
    "The Kenyan government has put a proposal to Uganda on the border.": ("AGREE", "KEN", "UGA"),
    # AGREE: offering a party a place or post on a body
    "Chile offered Peru a seat on the council.": ("AGREE", "CHL", "PER"),
    "The Kenyan president offered the Ugandan envoy a post in the cabinet.": ("AGREE", "KEN", "UGA"),
    # SANCTION: turning against a leader or a state
    "The Kenyan senator turned against the Ugandan president.": ("SANCTION", "KEN", "UGA"),
    # REQUEST: persuading a party of the need for an act
    "The Kenyan minister tried to convince Uganda of the need for a ceasefire.": ("REQUEST", "KEN", "UGA"),
    "Chile persuaded Peru of the need to reopen the border.": ("REQUEST", "CHL", "PER"),
    # CONSULT: parties locked or engaged in talks hold them
    "The Kenyan government was locked in talks with the Ugandan rebels.": ("CONSULT", "KEN", "UGA"),
    "Chile was engaged in negotiations with Peru.": ("CONSULT", "CHL", "PER"),
    # ACCUSE investigate: police or troops hunting or identifying a suspect
    "Kenyan police are hunting for the gunman.": ("ACCUSE", "KEN", None),
    "Chilean police have identified two suspects.": ("ACCUSE", "CHL", None),
    "Ugandan soldiers are searching for the attackers.": ("ACCUSE", "UGA", None),
    "Kenyan police are hunting the thieves.": ("ACCUSE", "KEN", None),  # one list of suspects with questioning
}

# sentences that must give an event of this type only
ONLY_TYPE = {
    "Kenyan teachers shunned classes on Monday.": "PROTEST",  # a strike, no rejection
    "Kenyan dockers have not ruled out disruptions at the port over pay.": "THREATEN",  # not a negated act
}

# sentences whose work shunned is a strike coded by the shun row itself (PLOVER PROTEST strike, trigger "shun")
WALKOUTS = [
    "Kenyan teachers shunned classes on Monday.",
    "Bus drivers in Lima shunned work for a second day to oppose the fuel levy.",
    "Kenyan traders shunned their shops on Tuesday in a general strike.",
]

# near misses a row of the family matches, each stopped only by the row's flag (checked below by forcing the flag)
FLAG_NEAR_MISSES = {
    # labour: a union or its workers forecasting an outage with no dispute, or one with another cause or purpose
    "Workers at the plant warned of a shutdown if the owner goes bankrupt.": "labour",
    "The union warned of disruptions to services caused by the new software.": "labour",
    "Staff warned of a shutdown of the website for maintenance on Sunday.": "labour",
    "The Kenyan union warned of disruptions to flights caused by the new pay system.": "labour",
    "The Kenyan airline warned of disruptions to flights because of the storm.": "labour",  # no union
    "Chilean police warned of disruptions to traffic.": "labour",
    "The Kenyan union warned of disruptions by rival unions over pay.": "labour",  # another's act
    # unruled-labour: as above, or not left open
    "The engineers union has not ruled out the grounding of the fleet for safety checks.": "unruled-labour",
    "The Chilean pilots' union has not ruled out the grounding of the fleet for safety checks during the pay "
    "dispute.": "unruled-labour",
    "The Peruvian airline has not ruled out further disruptions to flights.": "unruled-labour",  # no union
    "Chilean police have not ruled out disruptions to traffic.": "unruled-labour",
    "The Kenyan union has ruled out disruptions at the port over pay.": "unruled-labour",  # ruled out: no threat
    # walkout: work shunned with no protest nor strike
    "The actor shunned work for a year after the death of his wife.": "walkout",
    "Many young people shun farm work.": "walkout",
    # statal: talks with no counterpart, or between private people
    "The children were engaged in discussions about the book in class.": "statal",
    "The students were engaged in lively discussions during the seminar.": "statal",
    "The pupils were engaged in discussions with their teacher.": "statal",
    # body-place: a place on no political body
    "Northwind Airways offered her a position in its marketing team.": "body-place",
    "The waiter offered her a seat.": "body-place",
    "The Kenyan airline offered her a seat on the next flight.": "body-place",
    "The Chilean bank offered a position in its London office.": "body-place",
    # offered-party: an offer put to private people
    "The landlord put an offer to the tenants to leave early.": "offered-party",
    # person: a change of mind about a matter
    "Public opinion in Chile turned against the war.": "person",
    # forces-sought: a search for the missing, or for killers whose victim would be taken as the target
    "Chilean police are searching for a missing girl.": "forces-sought",
    "Kenyan police hunted the killers of the Ugandan envoy.": "forces-sought",
    "Ugandan troops have located the rebel camp.": "forces-sought",
}

# near misses stopped by a row of no event or by who may do the act
ORDINARY_SENTENCES = [
    "Many young people shun jobs in farming.",  # a career choice, no strike nor rejection
    "The Kenyan minister warned of losing jobs.",  # a gerund that steps up no act
    "Chilean economists warned of escalating prices.",
    "The Chilean government put the proposal to a vote.",  # put to a vote, not offered to anyone
    "The Kenyan board put the plan to the test.",
    "The Kenyan journalist identified the gunman.",  # no police nor troops
    "The teacher convinced the pupils of the need for homework.",  # everyday advice, of no country
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(dict.fromkeys([*EVENT_SENTENCES, *ONLY_TYPE, *FLAG_NEAR_MISSES, *ORDINARY_SENTENCES])))


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_event_is_coded(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


@pytest.mark.parametrize(("text", "expected"), ONLY_TYPE.items())
def test_only_this_type(coded, text, expected):
    assert {plover_type(e) for e in coded[text]} == {expected}, coded[text]


def test_a_disruption_left_open_is_not_negated(coded):
    events = coded["Kenyan dockers have not ruled out disruptions at the port over pay."]
    assert events and not any(e["negated"] for e in events), events


def test_the_firm_a_union_is_named_by_is_the_target():
    text = "Kenya Airways unions have not ruled out disruptions over the pay claim."
    events = coded_events([text])[text]
    assert any(plover_type(e) == "THREATEN" and "Kenya Airways" in (e.get("target") or {}).get("text", "")
               for e in events), events


@pytest.mark.parametrize("text", WALKOUTS)
def test_shunned_work_is_a_strike(coded, text):
    assert any(plover_type(e) == "PROTEST" and e["mode"] == "strike" and "shun" in e["trigger"]["text"]
               for e in coded[text]), coded[text]


@pytest.mark.parametrize("text", [*FLAG_NEAR_MISSES, *ORDINARY_SENTENCES])
def test_near_miss_gets_no_event(coded, text):
    assert coded[text] == [], [(e["type"], e["trigger"]["text"]) for e in coded[text]]


def test_near_misses_are_stopped_by_their_flag(monkeypatch):
    """Each flagged near miss matches its row: with the row's flag forced to hold, it gives an event."""
    from newsgraph.extract import events_lexicon_match

    holds = events_lexicon_match.flag_holds
    forced: dict[str, list[str]] = {}
    for text, flag in FLAG_NEAR_MISSES.items():
        forced.setdefault(flag, []).append(text)
    unmatched = []
    for flag, texts in forced.items():
        monkeypatch.setattr(events_lexicon_match, "flag_holds",
                            lambda verb, name, flag=flag: name == flag or holds(verb, name))
        coded = coded_events(texts)
        unmatched += [text for text in texts if not coded[text]]
    assert not unmatched
