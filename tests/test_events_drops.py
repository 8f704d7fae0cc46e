"""Acts once dropped as the topic of a preposition. A gerund after a preposition of means or time is done, not a
topic (events_asserted.in_topic): "responded by shelling X", "was shot after attacking X" (the one shot attacked);
one that goes on an accusation's topic is still a topic. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events

DONE = {
    # (sentence, PLOVER type, source words)
    "MANILA: The rebels responded by shelling the army base.": ("ASSAULT", "The rebels"),
    "GAZA: The gunman was shot dead by soldiers after attacking a checkpoint.": ("ASSAULT", "The gunman"),
    "LIMA: The farmers gathered at dawn before marching on the capital.": ("PROTEST", "The farmers"),
}

TOPICS = {
    # the act is what someone is accused of or talks about: not done (the type that must not be coded)
    "GAZA: The minister accused the army of escalating the conflict by shelling the camp.": "ASSAULT",
    "MANILA: The rebels were charged with attacking the army base.": "ASSAULT",
    "LIMA: The two sides held talks about withdrawing the troops.": "RETREAT",
    # "before" on a passive: the act may have been stopped (events_asserted.forestalled)
    "QUITO: The gunmen were caught before attacking the embassy.": "ASSAULT",
}

# the passive's patient does not do the gerund: "by" names the hidden agent's means, and an agentless passive or a
# patient that cannot act leaves the doer unnamed (events_syntax.timed_patient)
NOT_BY_PATIENT = {
    "TRIPOLI: The village was recaptured after shelling the rebel positions for two days.": "The village",
    "TRIPOLI: The rebels were prevented from attacking the town by shelling their positions.": "The rebels",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every sentence of this file."""
    return coded_events(list(DONE) + list(TOPICS) + list(NOT_BY_PATIENT))


@pytest.mark.parametrize(("text", "expected"), DONE.items())
def test_gerund_of_means_or_time_is_done(coded, text, expected):
    type_, source = expected
    assert any(plover_type(e) == type_ and e["source"] is not None and e["source"]["text"] == source
               for e in coded[text])


@pytest.mark.parametrize(("text", "forbidden"), TOPICS.items())
def test_gerund_of_a_topic_is_not_done(coded, text, forbidden):
    assert forbidden not in {plover_type(e) for e in coded[text]}


@pytest.mark.parametrize(("text", "patient"), NOT_BY_PATIENT.items())
def test_passive_patient_does_not_do_the_gerund(coded, text, patient):
    assert not any(plover_type(e) == "ASSAULT" and e["source"] is not None and e["source"]["text"] == patient
                   for e in coded[text])
