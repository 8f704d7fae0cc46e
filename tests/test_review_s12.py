"""Near misses a read-only review of the 2026-11-29 session's change found (invented sentences, real parse): the
rules that place a story, name police forces and armed groups, and code apologies each stop where they should."""

from __future__ import annotations

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, country, event_pairs

EXPECTED = [
    # a state with its own offices is that state, whatever US city the story names
    ("Georgia's prime minister visited Atlanta on Monday. He criticised Russia's occupation of Abkhazia.",
     ("ACCUSE", "GEO", "RUS")),
    # a country named with a possessor stays that country ("Syria's Muslim Brotherhood", a movement of many states)
    ("Syria's Muslim Brotherhood called for protests against the Damascus government.", ("REQUEST", "SYR", "SYR")),
    # a firm's apology to its customers is an event, as a state's is
    ("The Zendaco company apologised to customers for the delays.", ("CONCEDE", None, None)),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_reviewed_near_misses(text, expected):
    events = coded_events([text])[text]
    assert expected in set(event_pairs(events)), events


@pytest.mark.parametrize("text", [
    # where someone came from is not where the story is
    "Police arrested a man at the airport on Monday. He had arrived on a flight from Toronto. Officers said he "
    "was carrying a gun.",
    # a force named by a common phrase belongs to the dateline's country, not to the US agency of that name
    "MOSCOW - The secret service said it had detained a Ukrainian spy on Monday. The spy was flown to Moscow.",
])
def test_no_foreign_home_from_an_origin_or_a_common_phrase(text):
    events = coded_events([text])[text]
    assert not any(plover_type(e) == "COERCE" and country(e.get("source")) in ("CAN", "USA") for e in events), events


def test_a_national_army_named_like_an_armed_group_is_an_army():
    """A national army whose name holds another country's armed group's name is that state's army, not rebels."""
    text = "The Uganda People's Defence Force attacked rebel camps near the border."
    events = coded_events([text])[text]
    assert any(plover_type(e) == "ASSAULT" and e["source"]["actor"]["sector"] == "MIL" for e in events), events
