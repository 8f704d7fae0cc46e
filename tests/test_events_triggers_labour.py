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
    "Kenyan dockers have not ruled out disruptions at the port.": ("THREATEN", "KEN", None),
    "The Chilean miners' union did not rule out a shutdown of the copper mines.": ("THREATEN", "CHL", None),
    # THREATEN: warning of stepping up or taking industrial action
    "The Kenyan union warned of escalating industrial action against the Ugandan firm.": ("THREATEN", "KEN", None),
    "Peruvian nurses warned of taking strike action.": ("THREATEN", "PER", None),
    "The Kenyan union warned of disruptions to flights if the airline rejects the offer.": ("THREATEN", "KEN", None),
    "Chilean dockers warned of a shutdown of the port.": ("THREATEN", "CHL", None),
    # PROTEST strike: shunning work or classes
    "Kenyan teachers shunned classes on Monday.": ("PROTEST", "KEN", None),
    "Chilean dockers shunned work to protest against the new law.": ("PROTEST", "CHL", None),
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
}

# sentences that must give an event of this type only
ONLY_TYPE = {
    "Kenyan teachers shunned classes on Monday.": "PROTEST",  # a strike, no rejection
    "Kenyan dockers have not ruled out disruptions at the port.": "THREATEN",  # not a negated act
}

ORDINARY_SENTENCES = [
    "The Peruvian airline has not ruled out further disruptions to flights.",  # no union: a forecast
    "Chilean police have not ruled out disruptions to traffic.",
    "The Kenyan union has ruled out disruptions at the port.",  # ruled out: no threat
    "The Kenyan minister warned of losing jobs.",  # a gerund that steps up no act
    "Chilean economists warned of escalating prices.",
    "The Kenyan airline warned of disruptions to flights because of the storm.",  # a forecast, not a threat
    "Chilean police warned of disruptions to traffic.",
    "The Kenyan union warned of disruptions by rival unions.",  # another's act
    "The Chilean government put the proposal to a vote.",  # put to a vote, not offered to anyone
    "The Kenyan board put the plan to the test.",
    "The waiter offered her a seat.",  # a place on no body
    "The Kenyan airline offered her a seat on the next flight.",
    "The Chilean bank offered a position in its London office.",
    "Public opinion in Chile turned against the war.",  # a change of mind about a matter
    "The tide turned against the Kenyan government.",
    "Chilean police are searching for a missing girl.",  # a search for the missing
    "The Kenyan journalist identified the gunman.",  # no police nor troops
    "Kenyan police hunted the killers of the Ugandan envoy.",  # the victim would be taken as the target
    "Ugandan troops have located the rebel camp.",
    "The teacher convinced the pupils of the need for homework.",  # everyday advice
    "The Kenyan union was locked in a dispute with the company.",  # a dispute is no meeting
    "The Chilean miners were locked in the mine.",
    "The Chilean minister convinced the Peruvian president of his innocence.",  # no act asked for
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


def test_a_disruption_left_open_is_not_negated(coded):
    events = coded["Kenyan dockers have not ruled out disruptions at the port."]
    assert events and not any(e["negated"] for e in events), events


def test_the_firm_a_union_is_named_by_is_the_target():
    text = "Unions representing Kenya Airways engineers have not ruled out disruptions to flights."
    events = coded_events([text])[text]
    assert any(plover_type(e) == "THREATEN" and "Kenya Airways" in (e.get("target") or {}).get("text", "")
               for e in events), events


@pytest.mark.parametrize("text", ORDINARY_SENTENCES)
def test_near_miss_gets_no_event(coded, text):
    assert coded[text] == [], [(e["type"], e["trigger"]["text"]) for e in coded[text]]
