"""Triggers and constructions of political news (2026-11-29): invented sentences that must give an event of a PLOVER
type between two countries (or from one, with no target), everyday uses of the same words that must give none, and
near misses that must give another type."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs, has_event

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
    "The Bolivian government told the miners to end the blockade by Friday, otherwise it would send in the army.":
        ("THREATEN", "BOL", None),
    # THREATEN: an urging verb's object is a call for attacks on a party
    "The Egyptian president urged strikes on Israeli positions.": ("THREATEN", "EGY", "ISR"),
    # SANCTION expel: a body suspending a state, one event per state
    "The African Union suspended Mali after the coup.": ("SANCTION", None, "MLI"),
    # AGREE: an offer of talks repeated; a planned summit the visitor travels to
    "Ecuador repeated its offer of talks with the Peruvian president.": ("AGREE", "ECU", "PER"),
    "The Chinese premier will go to Hanoi for a summit with the Vietnamese president.": ("AGREE", "CHN", "VNM"),
    # REJECT meet: talks ruled out
    "Chile ruled out any talks with Bolivia.": ("REJECT", "CHL", "BOL"),
    # ASSAULT aerial: a bomb dropped; targets blasted
    "The Russian air force dropped a large bomb on the ridge.": ("ASSAULT", "RUS", None),
    "Rebel hideouts in the hills were blasted by Pakistani helicopters.": ("ASSAULT", "PAK", None),
    # ASSAULT abduct: people captured by a rebel, militant or criminal group (not an arrest)
    "Maoist rebels captured three policemen in Nepal.": ("ASSAULT", "NPL", "NPL"),
    # CONSULT: a meeting with a resolved partner named in an "in" adjunct of another act
    "The Ugandan president said in a meeting with the Kenyan president that the border would reopen.":
        ("CONSULT", "UGA", "KEN"),
    "The Danish premier outlined the plan in talks with the Norwegian prime minister.": ("CONSULT", "DNK", "NOR"),
    # SUPPORT: sympathy expressed
    "The Chilean foreign minister voiced sympathy for Ecuador after the floods.": ("SUPPORT", "CHL", "ECU"),
    # ASSAULT: fighting named in an adjunct or said to be, between two named sides
    "Three students were injured in clashes between Colombian riot police and protesters.": ("ASSAULT", "COL", "COL"),
    "Near the border there were gun battles between the rebels and the Nigerian army.": ("ASSAULT", "NGA", None),
    # AGREE: the partner of an agreement is its "with" phrase, not the matter agreed "on"
    "Colombia reached an agreement with Venezuela on a ceasefire.": ("AGREE", "COL", "VEN"),
    # COOPERATE: working with a partner of another state
    "The Kenyan government is working with the Ugandan opposition to end the crisis.": ("COOPERATE", "KEN", "UGA"),
    "Peruvian officers are working with the Chilean police in the border region.": ("COOPERATE", "PER", "CHL"),
    # the party on whose orders an act was done is its source
    "A Lebanese activist was beaten on the instructions of the Syrian interior minister.": ("ASSAULT", "SYR", "LBN"),
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
    # a position or base blasted is a stance or a party's voters: criticism
    "The Australian senator blasted the government's position on refugees.": "ACCUSE",
    "The Kenyan opposition blasted the government's positions on land reform.": "ACCUSE",
    # the bad outcome is foreseen in a remark beside the request, not the requester's sanction: no ultimatum
    "The UN asked donors to give more, warning that otherwise millions of Sudanese would starve.": "REQUEST",
    "The Kenyan president urged the parties to sign the deal, saying the talks would otherwise collapse.": "REQUEST",
    # people captured by troops are arrested, by rebels abducted
    "Kenyan troops captured 20 fighters near the border.": "COERCE",
    "Rebels captured two Red Cross workers.": "ASSAULT",
    # a call for attacks "on" a date names no party attacked: a request
    "Rebel leaders called for attacks on Monday.": "REQUEST",
    # a call for attacks "on" a date names no party attacked: a request
    "The Kenyan police ordered the protesters to leave the square.": "REQUEST",  # no sanction named: no ultimatum
    "The UN called for an end to attacks on civilians in Sudan.": "REQUEST",  # an end to attacks: no threat
}

# sentences whose event of this type has no target: what an agreement or talks are about is no party to them
UNTARGETED = {
    "The two Sudanese parties struck a deal on oil revenue at talks in Nairobi.": "AGREE",
}

ORDINARY_SENTENCES = [
    "The Brazilian team captured the title on Sunday.",
    "The photographer captured the mood of the crowd.",
    "The film captured the hearts of the audience.",
    "The minister told reporters that the talks had gone well.",
    # an audience told what to expect: no request
    "The Australian Prime Minister told reporters to expect a decision on Friday.",
    "The Kenyan president told reporters in Nairobi to expect a cabinet reshuffle.",
    "The Chilean minister told the crowd to wait for the results.",
    # a long-standing tie told as background (a perfect or progressive with a span): no act of the news
    "The German carmaker said it has worked with Microsoft for years.",
    "The Danish firm has been working with the Swedish navy since 2010.",
    # talks without a partner named in an "in" adjunct; a meeting with no party resolved
    "The Chilean minister said in talks on trade that tariffs would fall.",
    "The singer said in a meeting with fans that she would tour again.",
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


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_news_event_is_coded(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


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
