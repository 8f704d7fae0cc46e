"""Accusations, rejections and praise voiced as a reported opinion (events_judged, events_judged_proposals): a
speaker's verdict on another party's conduct ("X says Y has wasted the surplus", "X says Y is out of touch", "X says
Y has done a good job") or on a proposal ("X says a merger with Y is not necessary") gives ACCUSE, SUPPORT or
REJECT from the speaker; each invented sentence has an ordinary twin of the same shape (neutral reporting, a thing,
the speaker's own conduct, a denial, a forecast) that must give no such event."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events

# (opinion sentence, PLOVER type, source country, target country or None, ordinary twin)
PAIRS = [
    ("The Dutch Labour Party says the Dutch government has wasted the budget surplus.",
     "ACCUSE", "NLD", "NLD",
     "The Dutch Labour Party says the Dutch government has spent the budget surplus on roads."),
    ("Canada's opposition leader said the Canadian government had failed to protect farmers.",
     "ACCUSE", "CAN", "CAN",
     "Canada's opposition leader said the Canadian government had failed to win a majority."),
    ("The Irish Labour Party said the Irish government had abandoned pensioners.",
     "ACCUSE", "IRL", "IRL",
     "The Irish Labour Party said the Irish government had abandoned the old plan."),
    ("The Greek foreign minister said Turkey had ignored the concerns of the islanders.",
     "ACCUSE", "GRC", "TUR",
     "The Greek foreign minister said Turkey had ignored the noise of the protest."),
    ("Kenya's opposition leader said the Kenyan government had let down the farmers.",
     "ACCUSE", "KEN", "KEN",
     "Kenya's opposition leader said the Kenyan government had let the farmers speak."),
    ("The Polish prime minister said Hungary was out of touch with Europe.",
     "ACCUSE", "POL", "HUN",
     "The Polish prime minister said Hungary was not out of touch with Europe."),
    ("The Swedish foreign minister said Russia had handled the crisis badly.",
     "ACCUSE", "SWE", "RUS",
     "The Swedish foreign minister said the Russian embassy was badly damaged in the storm."),
    ("The Mexican president says the United States is to blame for the delays at the border.",
     "ACCUSE", "MEX", "USA",
     "The Mexican president says the United States is responsible for security at the border."),
    ("The Chilean government holds Bolivia responsible for the delays at the border.",
     "ACCUSE", "CHL", "BOL",
     "The Chilean government will hold Bolivia responsible for any delays at the border."),
    ("The Spanish foreign minister said Portugal had done a good job in leading the talks.",
     "SUPPORT", "ESP", "PRT",
     "The Spanish foreign minister said Portugal would do a good job in leading the talks."),
    ("The Danish prime minister said Norway had done the right thing.",
     "SUPPORT", "DNK", "NOR",
     "The Danish prime minister said he had done the right thing."),
    ("The Austrian opposition leader says the Austrian government has not done enough to stop the floods.",
     "ACCUSE", "AUT", "AUT",
     "The Austrian opposition leader says the Austrian government did nothing wrong."),
    ("The Dutch opposition leader said the Dutch government should have consulted the farmers.",
     "ACCUSE", "NLD", "NLD",
     "The Dutch opposition leader said the Dutch government should consult the farmers."),
    ("The Japanese government is unhappy with China's decision to close the port.",
     "ACCUSE", "JPN", "CHN",
     "The Japanese government is unhappy with the weather."),
    ("The Indonesian government was critical of the Malaysian government's refugee policy.",
     "ACCUSE", "IDN", "MYS",
     "The Indonesian government said the Malaysian government's refugee policy was critical to the talks."),
    ("The Canadian Prairie Party president says an alliance with the Canadian Harbour Party is not necessary.",
     "REJECT", "CAN", "CAN",
     "The Canadian Prairie Party president says an alliance with the Canadian Harbour Party may not be necessary."),
    ("The Japanese government said removing the sanctions on North Korea was out of the question.",
     "REJECT", "JPN", "PRK",
     "The Japanese government said removing the sanctions on North Korea was not out of the question."),
    ("The Indian government says there is no need for talks with Pakistan.",
     "REJECT", "IND", "PAK",
     "The Indian government says there is no need to panic about the floods."),
    # an uncoded act on a thing and an arrest by the police are owed; a gain and a non-state party's arrest are not
    ("CANBERRA:\nThe minister said the council had failed to repair the bridge.",
     "ACCUSE", "AUS", "AUS",
     "CANBERRA:\nThe minister said the council had failed to obtain a loan."),
    ("CANBERRA:\nThe minister said the council had failed to stop the floods.",
     "ACCUSE", "AUS", "AUS",
     "CANBERRA:\nThe minister said the council had failed to secure a loan."),
    ("CANBERRA:\nThe minister said the police had failed to arrest the gunmen.",
     "ACCUSE", "AUS", "AUS",
     "CANBERRA:\nThe minister said the rebels had failed to arrest the gunmen."),
    # a limit gone by is a reproach; a political base is voters, no kin
    ("CANBERRA:\nThe Premier said the council should have finished the bridge by 1999.",
     "ACCUSE", "AUS", "AUS",
     "CANBERRA:\nThe Premier said the council should have finished the bridge by next year."),
    ("CANBERRA:\nThe Premier said the council was out of touch with its base.",
     "ACCUSE", "AUS", "AUS",
     "CANBERRA:\nThe Premier said the council was not out of touch with its base."),
    ("The Brazilian president said an early election was unacceptable.",
     "REJECT", "BRA", None,
     "The Brazilian president said killing civilians was unacceptable."),
]
# sentences that voice no verdict on another party: a charge denied, self-criticism, a forecast, no means
ORDINARY = [
    "The Nigerian government denied that Ghana had misled the traders.",
    "The Belgian prime minister said Belgium had wasted no time in sending help.",
    "The Czech prime minister said the Czech government may have mismanaged the sale.",
    "The Italian government said it could do nothing to stop the rain.",
    "The Turkish army said Syrian forces had failed to capture the town.",
    # outcomes outside any word list: a contest's result, a thing not gained
    "The Turkish army said the Syrian army had failed to defeat the rebels.",
    "The Dutch prime minister said the Belgian unions had failed to overturn the ruling.",
    # a gain, whatever the lexicon codes it as, is an outcome
    "CANBERRA:\nThe minister said the council had failed to win the contract.",
    # a defence: the purpose would bring blame on the doer
    "The Greek foreign minister said the Albanian refugees had done nothing to deserve such treatment.",
    # "out of touch" as contact lost, "should have" as a forecast
    "Norwegian police said the Swedish fishermen had been out of touch with their families since Monday.",
    "The French president said Italian aid workers should have reached the town by Friday.",
    # the speaker judging himself, with a country only from the dateline
    "CANBERRA:\nThe Premier said he should have acted sooner.",
    "CANBERRA:\nThe Premier said he had made the right decision.",
    "CANBERRA:\nThe Premier said he ignored the advice of his doctors.",
    # "happy at" a workplace
    "The Finnish finance minister said she had been happy at the Department of Finance.",
]
# proposals endorsed or only doubted: no REJECT
NOT_DISMISSED = [
    "The Finnish president said a new treaty with Estonia was necessary.",
    "The Finnish president said a new treaty with Estonia would not be necessary if the talks succeeded.",
    "The Finnish president said a new treaty with Estonia was not a bad idea.",
    # a trend, a past act, a precaution of the public, an offer its maker withdrew: nothing proposed is turned down
    "The Finnish president said the rise in youth crime was unacceptable.",
    "The Finnish president said the 1995 merger with the Estonian railways was unacceptable.",
    "The Finnish opposition said the move was a mistake.",
    "The Finnish health minister said there was no need for the public to avoid the beaches.",
    "The Finnish teachers' union said the pay offer was off the table.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every sentence of the table, each coded as an article of its own."""
    return coded_events([text for pair in PAIRS for text in (pair[0], pair[4])] + ORDINARY + NOT_DISMISSED)


def voiced(events: list[dict[str, Any]], types: tuple[str, ...] = ("ACCUSE", "SUPPORT", "REJECT")) -> list[
        tuple[str, str | None, str | None]]:
    """(PLOVER type, source country, target country) of the events of the given types."""
    return [(plover_type(e), (e["source"] or {}).get("actor", {}).get("country"),
             (e["target"] or {}).get("actor", {}).get("country")) for e in events if plover_type(e) in types]


@pytest.mark.parametrize(("text", "type_", "source", "target", "twin"), PAIRS)
def test_opinion_and_its_ordinary_twin(coded, text, type_, source, target, twin):
    assert (type_, source, target) in voiced(coded[text]), coded[text]
    assert not voiced(coded[twin]), coded[twin]


@pytest.mark.parametrize("text", ORDINARY)
def test_no_accusation_or_praise_voiced(coded, text):
    assert not voiced(coded[text], ("ACCUSE", "SUPPORT")), coded[text]


@pytest.mark.parametrize("text", NOT_DISMISSED)
def test_proposal_not_dismissed(coded, text):
    assert not voiced(coded[text]), coded[text]
