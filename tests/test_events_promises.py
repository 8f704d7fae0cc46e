"""Promises whose object names the act promised (events_promised.py): a pledge of a hostile act is a threat, an
offer of a cooperative act or of aid, money, jobs or troops is AGREE; the same verbs with an object they carry
out or settle ("committed an attack", "undertook a review") promise nothing. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events

PROMISES = {
    # offering verbs with a cooperative act or a benefit: AGREE
    "CANBERRA: The Prime Minister offered his resignation.": "AGREE",
    "JAKARTA: Indonesia has offered a ceasefire to the separatists.": "AGREE",
    "CANBERRA: Australia committed troops to the mission in East Timor.": "AGREE",
    "TOKYO: Japan offered $20 million to the Philippines.": "AGREE",
    "OTTAWA: The miners' union volunteered its help to the rescue teams.": "AGREE",
    # pledging verbs with a hostile act: a threat of it
    "BEIRUT: The militia vowed reprisals against the army.": "THREATEN",
    "MANILA: The president pledged a crackdown on the smuggling gangs.": "THREATEN",
    "NAIROBI: The rebels promised revenge against the government.": "THREATEN",
    # pledging verbs with a cooperative act or a benefit: AGREE
    "BUENOS AIRES: The president promised a million new jobs.": "AGREE",
    "ACCRA: Ghana vowed support for the peace plan.": "AGREE",
    # a promised inquiry answers a wrong: AGREE, no accusation; a charge against a party stays a threat of it
    "HOBART: The Premier promised an investigation into the ferry fire.": "AGREE",
    "HOBART: The Premier pledged an inquiry into the collapse of the bridge.": "AGREE",
    "HOBART: The union vowed a lawsuit against the shipping company.": "THREATEN",  # GUIDELINE: legal action threatened
    # near miss: an inquiry into a party accuses it
    "HOBART: The Premier promised an investigation into the union.": "ACCUSE",
}

# types a promise of this sentence must not have
NOT_TYPES = {
    "HOBART: The Premier promised an investigation into the ferry fire.": "ACCUSE",
    "HOBART: The Premier pledged an inquiry into the collapse of the bridge.": "ACCUSE",
    # near misses: an inquiry into a party, a lawsuit aimed at no one, answer no wrong
    "HOBART: The Premier promised an investigation into the union.": "AGREE",
    "HOBART: The Premier vowed a lawsuit over the ferry fire.": "AGREE",
}

NOT_PROMISES = [
    "MANILA: The rebels committed an attack on the army base.",  # carried out, not promised
    "MANILA: The guerrillas offered stiff resistance.",
    "CANBERRA: The department undertook a review of the rules.",
    "LIMA: The court resolved the dispute over the border.",
    "CANBERRA: The company committed $5 million to expand its warehouse.",  # a sum spent on itself
    "CANBERRA: The store offered a discount on shoes.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every sentence of this file."""
    return coded_events(list(dict.fromkeys([*PROMISES, *NOT_TYPES])) + NOT_PROMISES)


@pytest.mark.parametrize(("text", "expected"), PROMISES.items())
def test_promise_with_noun_object_codes_the_act(coded, text, expected):
    assert expected in {plover_type(e) for e in coded[text]}


@pytest.mark.parametrize("text", NOT_PROMISES)
def test_act_carried_out_or_thing_offered_is_no_promise(coded, text):
    assert not any(plover_type(e) in ("AGREE", "THREATEN") for e in coded[text])


def test_pledged_hostile_act_keeps_its_target(coded):
    event = next(e for e in coded["BEIRUT: The militia vowed reprisals against the army."]
                 if plover_type(e) == "THREATEN")
    assert event["target"] is not None and event["target"]["text"] == "the army"


@pytest.mark.parametrize(("text", "forbidden"), NOT_TYPES.items())
def test_promised_inquiry_is_no_accusation(coded, text, forbidden):
    assert forbidden not in {plover_type(e) for e in coded[text]}
