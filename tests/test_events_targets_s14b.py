"""Whom an act is done to when the sentence names its target outside its objects (session 14, second round),
over invented sentences (real parse, real actor stage): the party a threat's condition rests on, also in the clause
a warning says and for an act the condition makes a threat of; who made the protest, the charge or the request
an answer turns down (named sentences before, or the one reporting it)."""

from __future__ import annotations

import pytest

from test_events_targets_s14 import coded, targets  # the session's target-test coder


@pytest.mark.parametrize(("text", "target"), [
    # the condition of the clause a warning says
    ("The nurses' union warned that walkouts would resume unless Kaiser raised wages.", "Kaiser"),
    # an announced act the condition makes a threat of: the party it waits on
    ("The pilots' union said it would strike unless Ryanair restored the bonus.", "Ryanair"),
])
def test_a_threat_targets_the_party_its_condition_rests_on(text, target):
    assert any(g is not None and target in g for g in targets(text, "THREATEN")), coded(text)


@pytest.mark.parametrize("text", [
    # near misses: a condition on the threatener itself (a pronoun) or on a thing (a passive) names no target
    "The nurses' union warned that walkouts would resume unless it received a better offer.",
    "The pilots' union said it would strike unless its bonus was restored.",
])
def test_a_pronoun_or_a_thing_in_the_condition_is_no_threat_target(text):
    assert targets(text, "THREATEN") and all(g is None for g in targets(text, "THREATEN")), coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # the maker of a protest or a charge named back sentences later
    ("Estonia lodged a formal protest with Belarus over the border incident. A Belarusian spokeswoman rejected the "
     "protest.", "Estonia"),
    ("Ghana accused Togo of harbouring the rebels. Togo rejected the accusation.", "Ghana"),
    # requests with no maker named: the one who reports them ignored
    ("Officials at the Dutch justice ministry said Ankara kept ignoring requests for the archive to be returned.",
     "Officials"),
])
def test_an_answer_targets_who_made_the_protest_or_the_request(text, target):
    assert any(g is not None and target in g for g in targets(text, "REJECT")), coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # near misses: a protest joined (no one lodged it) names no maker; requests named with their maker go to it,
    # not to the one reporting them
    ("Thousands joined a protest in Accra on Monday. The mayor rejected the protest.", None),
    ("Officials at the Dutch justice ministry said Ankara kept ignoring requests from Athens for the archive to be "
     "returned.", "Athens"),
])
def test_a_joined_protest_or_requests_with_their_maker(text, target):
    assert targets(text, "REJECT") == [target], coded(text)


def test_a_named_condition_outranks_whom_the_thing_comes_from():
    # aid made conditional: the party the condition waits on is threatened, not the lender "from" whom it comes
    text = "The Dutch state said it would guarantee credit from the Nordic Investment Bank only if Fokker cut its " \
        "costs."
    assert targets(text, "THREATEN") == ["Fokker"], coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # near misses: the party the act is done to ("duties on X's steel") stays the target; so does the object when
    # the condition is on the threatener's own side (a pronoun)
    ("Canberra said it would impose duties on Indonesian steel unless Jakarta lifted its export ban.",
     "Indonesian steel"),
    ("Canberra said it would impose duties on Indonesian steel unless it received assurances from the smelters.",
     "Indonesian steel"),
])
def test_the_party_an_act_is_done_to_stays_its_target(text, target):
    assert targets(text, "THREATEN") == [target], coded(text)


@pytest.mark.parametrize(("text", "target"), [
    # the trigger's own object is the weapon: the people the joined act is done to are the ones fired on
    ("Troops fired rubber bullets and rounded up 30 villagers.", "30 villagers"),
    # near misses: a thing the joined act is done to is no target; a target of its own stays
    ("Troops fired rubber bullets and sealed off the road.", None),
    ("Troops fired rubber bullets at the villagers and rounded up 30 students.", "the villagers"),
])
def test_force_with_a_weapon_object_targets_the_joined_acts_patient(text, target):
    assert targets(text, "ASSAULT") == [target], coded(text)


@pytest.mark.parametrize(("text", "country"), [
    # the party "of" a violation is the one wronged, no target of the condemnation
    ("Hanoi condemned the violation of Cambodia's sovereignty.", None),
    # near misses: the violator, "by" it (even where the parser hangs it on the airspace) or its possessor
    ("Hanoi condemned the violation of its airspace by Chinese jets.", "CHN"),
    ("Hanoi condemned Cambodia's violation of the border accord.", "KHM"),
])
def test_the_party_a_violation_wrongs_is_no_target(text, country):
    assert [c for t, _, c, _ in coded(text) if t == "ACCUSE"] == [country], coded(text)
