"""Whom an act is done to when the sentence names its target outside its objects (session 14), over invented
sentences (real parse, real actor stage): a protest's body named by where it is held, by whom a demand voiced with
it asks to act, or by whom its protesters work for."""

from __future__ import annotations

import pytest

from event_texts import events_of
from newsgraph import nlp


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source text, target country, target text) of each event of the text."""
    return [(e.type, e.source and e.source.text, e.target and e.target.actor.country, e.target and e.target.text)
            for e in events_of(text)]


def targets(text: str, type_: str) -> list[str | None]:
    return [g for t, _, _, g in coded(text) if t == type_]


@pytest.mark.parametrize(("text", "target"), [
    # a protest held outside or in front of a body is against it
    ("A crowd of nurses picketed outside the health ministry in Lima.", "the health ministry"),
    ("Farmers staged a sit-in in front of the parliament in Vilnius.", "the parliament"),
    # the one a demand voiced with the protest asks to act
    ("Taxi drivers blocked the airport road, insisting that the transport minister should quit.",
     "the transport minister"),
    # the named firm or body the protesters work at
    ("Bus drivers at Brightway's depots walked out over rotas on Monday.", "Brightway"),
    ("Nurses in the Eastvale health trust went on strike for 24 hours.", "the Eastvale health trust"),
])
def test_a_protest_targets_the_body_it_is_held_at_asks_or_works_for(text, target):
    assert any(g is not None and target in g for g in targets(text, "PROTEST")), coded(text)


@pytest.mark.parametrize("text", [
    # near misses: a town is where a protest is held, no party; a passive clause names no one asked; a workplace
    # named by no name (a count of schools) is no single body
    "A crowd of nurses picketed outside a bakery in Cusco.",
    "Taxi drivers blocked the airport road, insisting that the looters should be jailed.",
    "Teachers at 12 schools in Leeds walked out on Thursday.",
])
def test_a_place_a_passive_or_an_unnamed_workplace_is_no_protest_target(text):
    assert targets(text, "PROTEST") and all(g is None for g in targets(text, "PROTEST")), coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # the one a call's "for" clause wants acted on or acting, also in the passive
    ("The cyclists' union called for the county sheriff to be suspended.", "the county sheriff"),
    ("The Red Cross appealed for volunteers to sign up before May.", "volunteers"),
    # an appeal to whoever hears it, the infinitive hung on the phrase after the pronoun
    ("The transport police asked anyone with photos of the derailment to send them in.", "anyone"),
])
def test_the_party_a_call_or_appeal_asks_in_a_clause_is_its_target(text, target):
    assert target in targets(text, "REQUEST"), coded(text)


@pytest.mark.parametrize("text", [
    # near misses: what is to happen is no party ("for the talks to resume"); "anyone" asked nothing to do
    "The Red Cross appealed for the talks to resume.",
    "The transport police have not asked anyone about the photos.",
])
def test_an_event_or_a_pronoun_asked_nothing_is_no_request_target(text):
    assert not any(g in ("the talks", "anyone") for g in targets(text, "REQUEST")), coded(text)


def test_a_motion_of_no_confidence_targets_whom_it_is_in():
    text = "Three Green deputies tabled a motion of no confidence in the interior minister late on Friday."
    assert any(g == "the interior minister" for g in targets(text, "ACCUSE")), coded(text)


def test_a_motion_naming_no_one_has_no_target():
    # near miss: a motion of no confidence in no one named
    text = "Three Green deputies tabled a motion of no confidence late on Friday."
    assert targets(text, "ACCUSE") == [None], coded(text)


def test_the_medium_of_a_message_is_no_target():
    """The platform of a post an act is made in is no party to it; a party named as the object is."""
    from newsgraph.extract.events_targets import in_medium

    doc = nlp.load()("Eva Lunde thanked the volunteers in a video on Instagram.")
    verb = next(t for t in doc if t.lower_ == "thanked")
    assert in_medium(next(t for t in doc if t.text == "Instagram"), verb)
    # near miss: the object names the party; a place the post is written in is no message phrase
    assert not in_medium(next(t for t in doc if t.text == "volunteers"), verb)
    doc = nlp.load()("Eva Lunde thanked the volunteers in Bergen on Sunday.")
    verb = next(t for t in doc if t.lower_ == "thanked")
    assert not in_medium(next(t for t in doc if t.text == "Bergen"), verb)


def test_goods_handed_back_go_to_their_recipient_not_their_origin():
    text = "The Mexican navy handed back the seized Guatemalan fishing boats to a Texas company."
    assert targets(text, "RETREAT") == ["a Texas company"], coded(text)


def test_goods_handed_back_to_a_state_go_to_it():
    # near miss: returned to the goods' own country, the recipient is that country
    text = "The Mexican navy handed back the seized Guatemalan fishing boats to Guatemala."
    assert targets(text, "RETREAT") == ["Guatemala"], coded(text)
