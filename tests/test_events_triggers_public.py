"""Triggers and constructions of stories of public life (2026-11-29): support and confidence named with their party,
advice and warnings against an act, disappointment in a party or its act, crowd control with teargas;
warnings to a party to act or not, advice suggested to a party, money applied for; beating
and crushing outside a game. Invented
sentences that must give an event of a PLOVER type, and everyday uses of the same words that must give none."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs, has_event

# sentence: (PLOVER type, source country, target country or None)
EVENT_SENTENCES = {
    # SUPPORT: support thrown behind a party; confidence in a party
    "The Chilean premier has thrown his full support behind the Peruvian president.": ("SUPPORT", "CHL", "PER"),
    "The Kenyan president says he has confidence in the Ugandan minister.": ("SUPPORT", "KEN", "UGA"),
    # REQUEST: advice to act (an infinitive or a that-clause of what should be done); a warning against an act
    "The Peruvian health ministry advised Chilean travellers to avoid the border.": ("REQUEST", "PER", "CHL"),
    "The IMF recommends that Argentina raise taxes.": ("REQUEST", None, "ARG"),
    "The Kenyan foreign ministry warns against travel to the border region.": ("REQUEST", "KEN", None),
    # ACCUSE disapprove: disappointment in a party or in its act
    "The Nigerian president says he is disappointed in Ghana.": ("ACCUSE", "NGA", "GHA"),
    "The Indian minister was disappointed in the appeal by the Pakistani government.": ("ACCUSE", "IND", "PAK"),
    # ASSAULT crowd-control: teargas used or fired
    "Chilean police used teargas to disperse the protesters.": ("ASSAULT", "CHL", "CHL"),
    "Kenyan police fired teargas at the students.": ("ASSAULT", "KEN", None),
    # CONSULT: talks or a meeting said to end were held, between both sides
    "Talks between Chilean and Peruvian officials in Lima have ended without agreement.": ("CONSULT", "CHL", "PER"),
    "The meeting between the Kenyan and Ugandan presidents ended without a deal.": ("CONSULT", "UGA", "KEN"),
    # AID: help with a bare infinitive, whose subject is the party helped
    "The Kenyan army helped the Ugandan police restore order.": ("AID", "KEN", "UGA"),
    # ACCUSE disapprove: a party declared irrelevant; SANCTION discontinue: a falling-out with a named party
    "The Bolivian cabinet on Tuesday declared the Chilean envoy irrelevant.": ("ACCUSE", "BOL", "CHL"),
    "The Chilean minister has fallen out with the Peruvian president.": ("SANCTION", "CHL", "PER"),
    # THREATEN: a warning of a hostile act of one's own
    "Uganda warned of retaliation against Kenya.": ("THREATEN", "UGA", "KEN"),
    # REQUEST: a warning to a party to act or not to act; advice put to a party; funds applied for
    "The Kenyan interior minister warned Ugandan farmers not to cross the border.": ("REQUEST", "KEN", "UGA"),
    "The Chilean government suggested Peruvian officials reopen the border.": ("REQUEST", "CHL", "PER"),
    "The Peruvian airline has applied for more money from the Chilean government.": ("REQUEST", "PER", "CHL"),
    # ASSAULT beat, COERCE crush: outside a game
    "Kenyan police beat the Ugandan protesters with batons.": ("ASSAULT", "KEN", "UGA"),
    "The Chilean army crushed the Peruvian rebellion.": ("COERCE", "CHL", "PER"),
}

# sentences whose event of this type has as target the people a count or quantifier picks from
PARTITIVE_TARGETS = {
    "A Dutch court has convicted four of the nine Ghanaian employees of fraud.": ("SANCTION", "employees"),
    "Kenyan police arrested 20 of the Ugandan protesters.": ("COERCE", "protesters"),
    "The Kenyan rebels released three of the Ugandan hostages.": ("RETREAT", "hostages"),
}

# sentences that must give an event of this type only, not another a word of them suggests
ONLY_TYPE = {
    "Kenyan police fired tear gas to disperse the crowd.": "ASSAULT",  # the dispersal is what the gas is for
    "Kenyan police used force to break up the demonstration.": "ASSAULT",
    "The Kenyan foreign ministry warns against travel to the border region.": "REQUEST",  # advice, no threat
    "The Chilean minister advised the president to resign.": "REQUEST",  # the resignation is only advised
    "The Kenyan minister warned Ugandan farmers not to cross the border.": "REQUEST",  # no threat of his own
}

ORDINARY_SENTENCES = [
    "The Peruvian minister recommended that the talks had failed.",
    "The Chilean team has a lot of confidence.",
    "She has confidence in her own ability.",
    "Investors have little confidence in the market.",  # no party backed
    "The coach threw the ball to the striker.",
    "The boy threw his weight behind the door.",
    "The bank recommended a dividend of 5 cents.",
    "The chef recommends the fish.",
    "The doctor advised rest.",
    "Doctors advise patients to drink more water.",  # a profession's everyday advice
    "Experts recommend that children sleep nine hours a night.",
    "The magazine recommends that readers try the new cafe.",
    "The teacher warned against eating too much sugar.",
    "The coach was disappointed in the result.",
    "The singer was disappointed in Paris.",
    "The weather service warned of heavy snow.",
    "The ceasefire between Chile and Peru ended on Monday.",  # a truce ending is no agreement
    "The Chilean sanctions on Peru ended in March.",
    "The concert ended at midnight.",
    "The rain helped the grass grow.",
    "The new rules helped prices rise.",
    "The court declared the election illegitimate.",  # an act with no doer named judges nobody
    "The Kenyan president declared the meeting open.",
    "His hair fell out in clumps.",
    "The two boys fell out over a girl.",
    "The Kenyan health ministry warned of a cholera outbreak.",  # a warning of a danger threatens no one
    "Security researchers warned of a flaw that lets thieves unlock cars.",
    "Doctors warned patients to drink more water.",  # a profession's everyday warning
    "The Chilean minister suggested that the talks had failed.",  # a view, not what should be done
    "The Peruvian engineer applied for a job at the Chilean mine.",  # no money or help applied for
    "The Kenyan minister warned that prices would rise.",
    "The Harbor Kings beat the Mountain Lions 3-1 on Sunday.",  # a game's result, though "Kings" is an office
    "The Chilean Rangers crushed the Peruvian Falcons 5-0 in the semifinal.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(dict.fromkeys([*EVENT_SENTENCES, *PARTITIVE_TARGETS, *ONLY_TYPE, *ORDINARY_SENTENCES])))


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_public_event_is_coded(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


@pytest.mark.parametrize(("text", "expected"), PARTITIVE_TARGETS.items())
def test_partitive_target_is_the_people(coded, text, expected):
    type_, head = expected
    targets = [(e.get("target") or {}).get("text", "") for e in coded[text] if plover_type(e) == type_]
    assert targets and all(t.endswith(head) for t in targets), targets


@pytest.mark.parametrize(("text", "expected"), ONLY_TYPE.items())
def test_only_this_type(coded, text, expected):
    assert {plover_type(e) for e in coded[text]} == {expected}, coded[text]


@pytest.mark.parametrize("text", ORDINARY_SENTENCES)
def test_everyday_use_gets_no_event(coded, text):
    assert coded[text] == [], [(e["type"], e["trigger"]["text"]) for e in coded[text]]
