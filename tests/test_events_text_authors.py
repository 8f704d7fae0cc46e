"""Who acts in a text's words, and whom a threat's condition names (2026-11-30): "X issued a statement condemning Y"
is X's act; "warned of strikes if the firm rejects the offer" threatens the firm. Invented sentences, real parse."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, country, event_pairs

# sentence: (PLOVER type, source country, target country or None)
AUTHORED = {
    "Kenya issued a statement condemning the Ugandan raid.": ("ACCUSE", "KEN", "UGA"),
    "The Kenyan parliament passed a resolution calling for sanctions against Uganda.": ("REQUEST", "KEN", "UGA"),
    "The Kenyan senator will move a motion condemning the Ugandan government.": ("ACCUSE", "KEN", "UGA"),
    "A resolution condemning Uganda was adopted by the Kenyan parliament.": ("ACCUSE", "KEN", "UGA"),
    "Kenya's statement condemning Uganda was read out at the summit.": ("ACCUSE", "KEN", "UGA"),
    "Kenyan MPs signed a letter urging Uganda to release the prisoners.": ("REQUEST", "KEN", "UGA"),
    "In a statement condemning the raid, the Kenyan foreign ministry said Uganda had broken the truce.":
        ("ACCUSE", "KEN", None),
    # a handing verb with the subject's own words
    "The Kenyan ministry released a statement condemning the Ugandan raid.": ("ACCUSE", "KEN", "UGA"),
    "The Kenyan senator tabled a motion condemning the Ugandan government.": ("ACCUSE", "KEN", "UGA"),
}

# a text someone other than its author handles: no author is known
UNAUTHORED = [
    "The newspaper printed a letter criticising the Kenyan president.",
    "Reporters read out the statement condemning the Ugandan raid.",
    "The Kenyan minister released a report criticising the Ugandan police.",  # maybe another's report, handed on
]

CONDITIONED = {
    "Kenya warned of retaliation if Uganda closes the border.": ("THREATEN", "KEN", "UGA"),
    "Kenya threatened to close the border unless Uganda pays its debts.": ("THREATEN", "KEN", "UGA"),
    "CANBERRA - The nurses union warned of further strikes if the state government rejects its claim.":
        ("THREATEN", "AUS", "AUS"),  # a state government is the home country's, no leader's namesake
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every probe sentence."""
    return coded_events(list(dict.fromkeys([*AUTHORED, *UNAUTHORED, *CONDITIONED])))


@pytest.mark.parametrize(("text", "expected"), AUTHORED.items())
def test_a_texts_words_are_its_authors_act(coded, text, expected):
    assert expected in set(event_pairs(coded[text])), coded[text]


@pytest.mark.parametrize("text", UNAUTHORED)
def test_a_text_handled_by_others_has_no_known_author(coded, text):
    assert not any(plover_type(e) == "ACCUSE" and e.get("source") for e in coded[text]), coded[text]


@pytest.mark.parametrize(("text", "expected"), CONDITIONED.items())
def test_a_threats_condition_names_its_target(coded, text, expected):
    assert expected in set(event_pairs(coded[text])), coded[text]


@pytest.mark.parametrize("text", [
    "Kenya threatened to close the border unless it receives the unpaid fees.",  # "it" may be the threatener
    "Kenya threatened to close the border, and Uganda said it would raise tariffs if Tanzania cut its quotas.",
])
def test_no_target_from_a_pronoun_or_another_speakers_condition(text):
    events = coded_events([text])[text]
    assert not any(plover_type(e) == "THREATEN" and country(e.get("source")) == "KEN" and country(e.get("target"))
                   in ("KEN", "TZA") for e in events), events


def test_signing_a_letter_is_no_agreement(coded):
    assert "AGREE" not in {t for t, _, _ in event_pairs(coded["Kenyan MPs signed a letter urging Uganda to release the "
                                                        "prisoners."])}


@pytest.mark.parametrize(("text", "target"), [
    # what a party is accused of is no phrase placing the party: the target's evidence ends at its own words
    ("CANBERRA - The union accused the council of lying about the budget.", "the council"),
    ("Kenya accused the Ugandan government of arming the rebels.", "the Ugandan government"),
    # a phrase that does place the party stays part of it
    ("Kenya accused rebel groups in Uganda of arming the raiders.", "rebel groups"),
])
def test_a_targets_evidence_stops_before_what_it_is_accused_of(text, target):
    events = coded_events([text])[text]
    assert target in {(e.get("target") or {}).get("text") for e in events if plover_type(e) == "ACCUSE"}, events


@pytest.mark.parametrize(("text", "expected"), [
    # "it" under a party's "said" is that party, also where the previous sentence named another one last
    ("The Kenyan foreign ministry summoned the Ugandan envoy. Uganda said it would expel two Kenyan diplomats.",
     ("SANCTION", "UGA", "KEN")),
    # near miss: under a person's "said", "it" is no person: the nearest party stays
    ("The Kenyan foreign ministry summoned the Ugandan envoy. Ms Okello said it would expel two Ugandan diplomats.",
     ("SANCTION", "KEN", "UGA")),
])
def test_it_under_a_partys_said_is_that_party(text, expected):
    events = coded_events([text])[text]
    assert expected in set(event_pairs(events)), events
