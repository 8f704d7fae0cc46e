"""Targets over invented sentences (real parse, real actor stage): the party a request asks to act, named by a
common noun; the party an interference is in; the subject of a question an inquiry is into; whom a released
pronoun stands for; who made a request summed up and turned down; a second infinitive asked for."""

from __future__ import annotations

import pytest

from test_events_targets_s12 import coded


@pytest.mark.parametrize(("text", "asked"), [
    ("Kenya urged donors to step up funding for the refugee camps.", "donors"),
    ("The ministry advised other countries not to close their borders with Mali.", "countries"),
])
def test_a_request_targets_the_group_asked_to_act(text, asked):
    events = coded(text)
    assert [(t, target) for t, _, _, target in events if t == "REQUEST"] == [("REQUEST", asked)], events


def test_a_named_party_asked_to_act_stays_the_target():
    """Near miss: a request of a named state to act on a thing targets the state, as before."""
    events = coded("Peru urged France to step up funding for the schools.")
    assert [(t, target) for t, _, _, target in events if t == "REQUEST"] == [("REQUEST", "France")], events


def test_a_group_of_all_sides_asked_is_no_target():
    """Near miss: "all sides" names no one; the request has no target (the infinitive's thing is none either)."""
    events = coded("Britain urged all sides to stop fighting.")
    assert [(t, target) for t, _, _, target in events] == [("REQUEST", None)], events


@pytest.mark.parametrize("text", [
    "Iran and Syria condemned the sanctions as illegal interference in Cuba's internal affairs.",
    "Iran condemned interference in Cuba's internal affairs.",
])
def test_the_party_interfered_with_is_no_target(text):
    events = coded(text)
    assert events and all(t == "ACCUSE" and target is None for t, _, _, target in events), events


def test_the_author_of_an_interference_stays_the_target():
    """Near miss: the one who interferes is the target of the condemnation."""
    events = coded("Iran condemned American interference in Cuba's internal affairs.")
    assert [(t, target) for t, _, _, target in events] == [("ACCUSE", "American interference")], events


def test_an_inquiry_into_whether_a_party_did_something_targets_that_party():
    events = coded("Kenya ordered an investigation into whether Uganda abused its access to the port.")
    assert [(t, target) for t, _, _, target in events] == [("ACCUSE", "Uganda")], events


def test_an_inquiry_into_a_thing_has_no_party():
    """Near miss: an inquiry into a thing names no one."""
    events = coded("Kenya ordered an investigation into the port.")
    assert [(t, target) for t, _, _, target in events] == [("ACCUSE", None)], events


def test_a_pronoun_released_stands_for_the_one_the_subject_seized():
    events = coded("Gunmen who kidnapped an engineer have released him unharmed.")
    assert ("RETREAT", "an engineer") in [(t, target) for t, _, _, target in events], events


def test_a_pronoun_of_another_number_stands_for_no_one_seized():
    """Near miss: "them" cannot stand for one pilot."""
    events = coded("Rebels who seized a Kenyan pilot released them on Sunday.")
    assert ("RETREAT", None) in [(t, target) for t, _, _, target in events], events


def test_a_label_before_a_shifted_object_keeps_its_party():
    """Near miss: with the object after the label ("denounced as an outrage X's ..."), X is still the target."""
    events = coded("Ghana denounced as an outrage Togo's closure of the border.")
    assert [(t, target) for t, _, _, target in events] == [("ACCUSE", "Togo")], events


def test_a_request_summed_up_and_turned_down_targets_who_made_it():
    events = coded("The union has asked the airline to meet its representatives, a request the company has so far "
                   "turned down.")
    assert ("REJECT", "The union") in [(t, target) for t, _, _, target in events], events


def test_a_request_turned_down_by_a_day_names_no_asker():
    """Near miss: a relative clause of time ("the day the company refused") says when, not what was refused."""
    events = coded("The union said the day the company refused was a dark one.")
    assert all(target is None for t, _, _, target in events if t == "REJECT"), events


def test_a_second_infinitive_asked_for_is_no_act_done():
    """"advised X not to close ... or restrict ...": neither infinitive is an act of the adviser nor of X."""
    events = coded("The WHO advised other countries not to close their borders or restrict trade with Mali.")
    assert [t for t, _, _, _ in events] == ["REQUEST"], events


def test_a_second_clause_with_its_own_subject_is_its_own_act():
    """Near miss: a joined clause with a subject of its own is an act of that subject."""
    events = coded("The WHO advised other countries not to close their borders, and Kenya restricted trade with Mali.")
    assert ("COERCE", "Kenya") in [(t, s) for t, s, _, _ in events], events
