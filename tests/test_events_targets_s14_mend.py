"""Mends of the session-14 target rules (invented sentences, real parse, real actor stage): the addressee of a
letter or a message an act is made in, the agent of a passive clause a call asks for, the workplace of strikers,
and the parties a demand voiced with a protest asks."""

from __future__ import annotations

import pytest

from test_events_targets_s14 import coded, targets  # the session's target-test coder


@pytest.mark.parametrize(("text", "type_", "country"), [
    # the one a letter or a message is sent "to" is the act's addressee
    ("Nine senators pressed for an inquiry in a letter to Brazilian mining minister Joana Prates.", "REQUEST", "BRA"),
    ("The premier offered his sympathy in a message addressed to the Chilean people.", "SUPPORT", "CHL"),
])
def test_the_addressee_of_a_letter_is_the_target(text, type_, country):
    assert [c for t, _, c, _ in coded(text) if t == type_] == [country], coded(text)


@pytest.mark.parametrize(("text", "type_"), [
    # near misses: the platform a message is posted on is no party
    ("Nine senators pressed for an inquiry in a message on Facebook.", "REQUEST"),
    ("The premier offered his sympathy in a video posted on YouTube.", "SUPPORT"),
])
def test_the_platform_of_a_message_is_no_target(text, type_):
    assert targets(text, type_) == [None], coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # a passive "for" clause with an agent asks the agent to act
    ("Rights groups called for the two reporters to be freed by the junta.", "the junta"),
    # near miss: with no agent, the passive subject is the one the call is about
    ("Rights groups called for the two reporters to be freed.", "the two reporters"),
])
def test_a_passive_for_clause_asks_its_agent(text, target):
    assert targets(text, "REQUEST") == [target], coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # workers strike against the firm they work at, a workforce against the one it is "of"
    ("Pilots at Lufthansa went on strike over pensions.", "Lufthansa"),
    ("Employees of Siemens staged a walkout on Monday.", "Siemens"),
])
def test_workers_protest_against_their_workplace(text, target):
    assert targets(text, "PROTEST") == [target], coded(text)


@pytest.mark.parametrize("text", [
    # near misses: members of a party, students from a university and residents of an estate do not work there
    "Members of the opposition Liberal Party staged a protest in Oslo.",
    "Students from Yale University protested in New Haven.",
    "Residents of the Birch Hill housing estate staged a protest on Sunday.",
])
def test_members_students_or_residents_do_not_protest_against_their_own_body(text):
    assert targets(text, "PROTEST") == [None], coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # a body the protest's appeal calls on to act is the one protested against
    ("Students marched through Quito, calling on the electoral council to annul the vote.", "the electoral council"),
    # near miss: a plain group of people the appeal calls on is its audience, no target
    ("Students marched through Quito, calling on voters to spoil their ballots.", None),
])
def test_an_appeal_to_plain_people_names_no_protest_target(text, target):
    assert targets(text, "PROTEST") == [target], coded(text)
