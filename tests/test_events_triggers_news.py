"""Triggers and constructions of political news (2026-11-29): invented sentences that must give an event of a PLOVER
type between two countries (or from one, with no target), everyday uses of the same words that must give none, and
near misses that must give another type."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events

# sentence: (PLOVER type, source country, target country or None)
EVENT_SENTENCES = {
    # COERCE arrest: forces capturing people
    "Kenyan troops captured 20 fighters near the border.": ("COERCE", "KEN", None),
    "Colombian soldiers have captured a rebel commander.": ("COERCE", "COL", None),
    # REQUEST: telling a party to act, or to refrain
    "The Brazilian president told the governors to cut spending.": ("REQUEST", "BRA", None),
    "The Peruvian foreign minister told Chile not to interfere.": ("REQUEST", "PER", "CHL"),
    # REQUEST: "it is time for X to act", said by Y
    "The Kenyan foreign minister says it is time for Uganda to withdraw its troops.": ("REQUEST", "KEN", "UGA"),
    "It is time for Belarus to free the prisoners, the Polish premier said.": ("REQUEST", "POL", "BLR"),
    # THREATEN: a demand with a sanction for not meeting it (an ultimatum)
    "The Nigerian police ordered the strikers to leave the depot or face arrest.": ("THREATEN", "NGA", "NGA"),
    # SANCTION expel: a body suspending a state, one event per state
    "The African Union suspended Mali after the coup.": ("SANCTION", None, "MLI"),
    # AGREE: an offer of talks repeated; a planned summit the visitor travels to
    "Ecuador repeated its offer of talks with the Peruvian president.": ("AGREE", "ECU", "PER"),
    "The Chinese premier will go to Hanoi for a summit with the Vietnamese president.": ("AGREE", "CHN", "VNM"),
    # REJECT meet: talks ruled out
    "Chile ruled out any talks with Bolivia.": ("REJECT", "CHL", "BOL"),
    # ASSAULT aerial: a bomb dropped; targets blasted
    "The Russian air force dropped a large bomb on the ridge.": ("ASSAULT", "RUS", None),
    "Turkish jets blasted targets in the mountains.": ("ASSAULT", "TUR", None),
    # CONSULT phone: a call named in an adjunct of another act
    "The French president raised the dispute in a telephone call with the German chancellor.":
        ("CONSULT", "FRA", "DEU"),
    # SUPPORT: sympathy expressed
    "The Canadian premier expressed sympathy with Japan.": ("SUPPORT", "CAN", "JPN"),
    # ASSAULT: fighting named in an adjunct or said to be, between two named sides
    "Two people were killed in clashes between police and farmers in Bogota.": ("ASSAULT", "COL", "COL"),
    "There was a gun battle between the Nigerian army and the rebels near the border.": ("ASSAULT", "NGA", None),
    # AGREE: the partner of an agreement is its "with" phrase, not the matter agreed "on"
    "Colombia reached an agreement with Venezuela on a ceasefire.": ("AGREE", "COL", "VEN"),
    # COOPERATE: working with a partner of another state
    "The Kenyan government is working with the Ugandan opposition to end the crisis.": ("COOPERATE", "KEN", "UGA"),
    "Peruvian officers are working with the Chilean police in the border region.": ("COOPERATE", "PER", "CHL"),
    # the party on whose orders an act was done is its source
    "The Iranian dissident was murdered on the orders of the Syrian president.": ("ASSAULT", "SYR", "IRN"),
    "The journalist was arrested on the Egyptian president's orders.": ("COERCE", "EGY", None),
    # THREATEN: a call for attacks on a party
    "Protesters in Nairobi called for attacks against the police.": ("THREATEN", "KEN", "KEN"),
    # PROTEST demo: banners unfurled, slogans chanted
    "Hundreds of Chilean students unfurled banners outside the congress.": ("PROTEST", "CHL", None),
}

# sentences that must give an event, but of another type than a word of them suggests
OTHER_TYPE = {
    "The Syrian rebels captured the town.": "ASSAULT",  # a place captured is no arrest
    "The Mexican senator blasted the decision of the Cuban government.": "ACCUSE",  # criticism, not a strike
    "The Kenyan police ordered the protesters to leave the square.": "REQUEST",  # no sanction named: no ultimatum
    "The UN called for an end to attacks on civilians in Sudan.": "REQUEST",  # an end to attacks: no threat
}

# sentences whose event of this type has no target: what an agreement or talks are about is no party to them
UNTARGETED = {
    "The rival Libyan governments reached a deal on a unity government in Geneva.": "AGREE",
}

ORDINARY_SENTENCES = [
    "The Brazilian team captured the title on Sunday.",
    "The photographer captured the mood of the crowd.",
    "The film captured the hearts of the audience.",
    "The minister told reporters that the talks had gone well.",
    "The coach told the players that the season was over.",
    "The coach said it was time for the team to rest.",
    "The storm dropped a tree on the road.",
    "The company dropped its prices in March.",
    "The striker said in an interview with the newspaper that he would stay.",
    "The singer went to Paris for a holiday with her family.",
    "The school suspended classes because of the snow.",
    "The singer repeated the song three times.",
    "Fans waved flags as the team arrived.",
    "The nurse works with refugees at the camp.",
    "The band worked with a famous producer on the album.",
    "City police worked with the state agency to find the missing boy.",
    "There was a long battle between the two chess players.",
    "The flag was lowered on the orders of the mayor.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(EVENT_SENTENCES) + list(OTHER_TYPE) + list(UNTARGETED) + ORDINARY_SENTENCES)


def country(participant: dict[str, Any] | None) -> str | None:
    """The country of an event's source or target, None when it has none."""
    return ((participant or {}).get("actor") or {}).get("country")


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_news_event_is_coded(coded, text, expected):
    type_, source, target = expected
    found = [(plover_type(e), country(e.get("source")), country(e.get("target"))) for e in coded[text]]
    assert any(t == type_ and (source is None or s == source) and (target is None or g == target)
               for t, s, g in found), found


@pytest.mark.parametrize(("text", "expected"), OTHER_TYPE.items())
def test_near_miss_gets_the_other_type(coded, text, expected):
    assert [plover_type(e) for e in coded[text]] == [expected]


@pytest.mark.parametrize(("text", "expected"), UNTARGETED.items())
def test_topic_is_no_target(coded, text, expected):
    events = [e for e in coded[text] if plover_type(e) == expected]
    assert events and all(e.get("target") is None for e in events), events


@pytest.mark.parametrize("text", ORDINARY_SENTENCES)
def test_everyday_use_gets_no_event(coded, text):
    assert coded[text] == [], [(e["type"], e["trigger"]["text"]) for e in coded[text]]
