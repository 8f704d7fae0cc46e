"""A participle clause that is a passive without its auxiliary ("appeared in court charged with murder", "resigned,
accused of fraud by X"): who it is done to is the clause's subject, never its doer. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, country

# sentence: (PLOVER type, source country, target country) of the participle's event
DONE_TO_SUBJECT = {
    "The Kenyan minister resigned, accused of fraud by the Ugandan opposition.": ("ACCUSE", "UGA", "KEN"),
    "The Chilean general stepped down, criticised by the Peruvian president.": ("ACCUSE", "PER", "CHL"),
}

# sentences whose subject is the participle's patient and whose doer is not named: an event done to the subject, none
# with the subject as source
NO_SUBJECT_SOURCE = {
    "Two Kenyan men appeared in a Ugandan court yesterday charged with murder.": ("ACCUSE", "KEN"),
    "The Chilean envoy left the meeting, accused of lying.": ("ACCUSE", "CHL"),
}


# participles whose "by" names arms or vehicles, what the subject acts with: no event, and never the arms as a doer
BY_INSTRUMENT = [
    "The army entered the city, supported by tanks and aircraft.",
    "The Chilean convoy crossed the border, escorted by helicopters.",
]
BY_FORCES = "The Chilean army entered the city, backed by Peruvian troops."  # near miss: forces act


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events([*DONE_TO_SUBJECT, *NO_SUBJECT_SOURCE, *BY_INSTRUMENT, BY_FORCES])


@pytest.mark.parametrize(("text", "expected"), DONE_TO_SUBJECT.items())
def test_reduced_passive_subject_is_the_target(coded, text, expected):
    type_, source, target = expected
    pairs = [(country(e["source"]), country(e["target"])) for e in coded[text] if plover_type(e) == type_]
    assert (source, target) in pairs, pairs


@pytest.mark.parametrize(("text", "expected"), NO_SUBJECT_SOURCE.items())
def test_reduced_passive_subject_is_not_the_doer(coded, text, expected):
    type_, subject_country = expected
    events = [e for e in coded[text] if plover_type(e) == type_]
    assert any(country(e["target"]) == subject_country for e in events), events  # the act is done to the subject
    assert subject_country not in [country(e["source"]) for e in events], events


@pytest.mark.parametrize("text", BY_INSTRUMENT)
def test_arms_after_by_in_a_participle_do_nothing(coded, text):
    assert coded[text] == [], coded[text]


def test_forces_after_by_in_a_participle_do_the_act(coded):
    """Near miss of the arms: troops after "by" back the subject."""
    pairs = [(country(e["source"]), country(e["target"])) for e in coded[BY_FORCES] if plover_type(e) == "SUPPORT"]
    assert pairs == [("PER", "CHL")], coded[BY_FORCES]
