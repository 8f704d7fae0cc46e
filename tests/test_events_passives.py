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

# sentences whose subject is the participle's patient and whose doer is not named: no event with the subject as source
NO_SUBJECT_SOURCE = {
    "Two Kenyan men appeared in a Ugandan court yesterday charged with murder.": ("ACCUSE", "KEN"),
    "The Chilean envoy left the meeting, accused of lying.": ("ACCUSE", "CHL"),
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events([*DONE_TO_SUBJECT, *NO_SUBJECT_SOURCE])


@pytest.mark.parametrize(("text", "expected"), DONE_TO_SUBJECT.items())
def test_reduced_passive_subject_is_the_target(coded, text, expected):
    type_, source, target = expected
    pairs = [(country(e["source"]), country(e["target"])) for e in coded[text] if plover_type(e) == type_]
    assert (source, target) in pairs, pairs


@pytest.mark.parametrize(("text", "expected"), NO_SUBJECT_SOURCE.items())
def test_reduced_passive_subject_is_not_the_doer(coded, text, expected):
    type_, subject_country = expected
    sources = [country(e["source"]) for e in coded[text] if plover_type(e) == type_]
    assert subject_country not in sources, sources
