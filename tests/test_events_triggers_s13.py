"""Triggers and types of web news (2026-11-29): joint work, strikes begun, threats on terms, motions of no
confidence, prices charged, food refused, trade cut off, acts dismissed as a stunt, fleets sent, petitions and rules
announced. Invented sentences that must give an event of a PLOVER type (and mode), and near misses that must not."""

from __future__ import annotations

from typing import Any

import pytest

import test_events_triggers_s13b as wire
from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs, has_event

# sentence: (PLOVER type, source country, target country or None)
EVENT_SENTENCES = {
    # joint doers that say they will work together intend to cooperate (AGREE, both ways)
    "Ghana and Togo said they would work together on coastal security.": ("AGREE", "GHA", "TGO"),
    # strikes begun by workers or teachers are stoppages, with a modifier the parser took for a verb too
    "Dock workers in Peru began rotating strikes against the port authority on Monday.": ("PROTEST", "PER", None),
    "Teachers in Ghana began strikes on Monday.": ("PROTEST", "GHA", None),
    # a warning that the warner's own hostile act will go on unless the other side acts threatens
    "The Kenyan dockers' union warned that the walkouts would spread unless the port authority raised wages.": (
        "THREATEN", "KEN", None),
    # a motion of no confidence disapproves of the party named
    "Opposition lawmakers in Ghana tabled a motion of no confidence in President John Mahama.": (
        "ACCUSE", "GHA", "GHA"),
    # cutting a trade that exists
    "Chilean airlines stopped buying Boeing jets last year.": ("SANCTION", "CHL", None),
    # an act dismissed as a stunt: its doer is disapproved of
    "Peru dismissed the move by Chile as a publicity stunt.": ("ACCUSE", "PER", "CHL"),
    # a state's own carrier and bombers sent are deployed
    "Russia is sending an aircraft carrier and two bombers to the Mediterranean.": ("MOBILIZE", "RUS", None),
    # a petition urges for those who signed it
    "A petition signed by 5,000 residents of Nairobi urged the Kenyan president to act on flooding.": (
        "REQUEST", "KEN", "KEN"),
    # a rule announced on things is a restriction decided
    "The city council of Lima will ban plastic bags next year.": ("COERCE", "PER", None),
}

# sentence: (PLOVER type, mode) that one of its events must have
MODES = {
    "Jailed activists in Ghana have refused food for a week in protest at their detention.": ("PROTEST", "hunger"),
    "Prisoners in Peru went on hunger strike last month.": ("PROTEST", "hunger"),
    "Kenyan teachers staged a 24-hour strike on Monday.": ("PROTEST", "strike"),
    "Dock workers in Peru began rotating strikes against the port authority on Monday.": ("PROTEST", "strike"),
}

# sentence: a PLOVER type it must not give
NEAR_MISSES = {
    "Nurses and porters work together on the night shift.": "COOPERATE",  # a kind of people at daily work
    "Russian jets began strikes against rebel positions in Idlib.": "PROTEST",  # air strikes
    "Kenyan economists warned that the economy would shrink unless the central bank cut rates.": "THREATEN",
    "Opposition lawmakers in Ghana tabled a motion on cocoa prices.": "ACCUSE",
    "Kenya charges a visa fee of $50 for tourists from Peru.": "ACCUSE",  # a price, no charge
    "The Chilean bank charged customers $5 for each transfer.": "ACCUSE",
    "Jailed activists in Ghana have refused food for a week in protest at their detention.": "REJECT",
    "Chilean airlines stopped buying Boeing jets last year.": "COOPERATE",
    "Peru dismissed the move by Chile as a publicity stunt.": "REJECT",
    "Peru dismissed the claims by Chile as baseless.": "REJECT",  # a denial: nothing
    "A petition signed by 5,000 residents of Nairobi urged the Kenyan president to act on flooding.": "AGREE",
    "The city council of Lima will ban plastic bags next year.": "THREATEN",
}

# the near misses' other side: what the new rules must leave as it was
KEPT = {
    "Kenyan police charged the governor with fraud.": ("ACCUSE", "KEN", "KEN"),
    "Ghana refused the request from Togo.": ("REJECT", "GHA", "TGO"),
    "Chilean airlines kept buying Boeing jets last year.": ("COOPERATE", "CHL", None),
    "Russian jets began strikes against rebel positions in Idlib.": ("ASSAULT", "RUS", None),
    "An accord signed by Peru and Chile ended the dispute.": ("AGREE", "PER", "CHL"),
    "The Kenyan government will ban the opposition party next year.": ("THREATEN", "KEN", None),
    "Russia is sending aid to Syria.": ("AID", "RUS", "SYR"),
}


# the business-wire tables (test_events_triggers_s13b) are run with these
EVENT_SENTENCES |= wire.EVENT_SENTENCES
MODES |= wire.MODES
NEAR_MISSES |= wire.NEAR_MISSES
KEPT |= wire.KEPT


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(dict.fromkeys([*EVENT_SENTENCES, *MODES, *NEAR_MISSES, *KEPT])))


@pytest.mark.parametrize(("text", "expected"), EVENT_SENTENCES.items())
def test_event_is_coded(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


@pytest.mark.parametrize(("text", "expected"), MODES.items())
def test_event_has_mode(coded, text, expected):
    assert expected in {(plover_type(e), e.get("mode")) for e in coded[text]}, coded[text]


@pytest.mark.parametrize(("text", "wrong"), NEAR_MISSES.items())
def test_near_miss_gets_no_such_event(coded, text, wrong):
    assert wrong not in {plover_type(e) for e in coded[text]}, event_pairs(coded[text])


@pytest.mark.parametrize(("text", "expected"), KEPT.items())
def test_other_uses_kept(coded, text, expected):
    assert has_event(coded[text], expected), event_pairs(coded[text])


def test_work_together_is_two_sided(coded):
    pairs = set(event_pairs(coded["Ghana and Togo said they would work together on coastal security."]))
    assert {("AGREE", "GHA", "TGO"), ("AGREE", "TGO", "GHA")} <= pairs, pairs


def test_dismissed_denial_gives_nothing(coded):
    assert not coded["Peru dismissed the claims by Chile as baseless."]


UNION_WARNING = "The Kenyan Union of Dock Workers warned that the walkouts would spread unless the port board gave in."


def test_union_name_is_not_its_own_target():
    """A word of the union's own name ("the Kenyan Union of ...") is no employer its threat is aimed at."""
    events = coded_events([UNION_WARNING])[UNION_WARNING]
    threats = [e for e in events if plover_type(e) == "THREATEN"]
    assert threats, event_pairs(events)
    for event in threats:
        source, target = event["source"], event.get("target")
        assert target is None or not source["start"] <= target["start"] < source["end"], event
