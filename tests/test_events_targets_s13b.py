"""Targets over invented sentences (real parse, real actor stage): the recipient of a transfer that joint actors
agree to make; the hearer of a speech shared by a promise joined to it; who made a proposal referred back to; a
definite object the actor stage took for the subject itself."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article
from newsgraph.pipeline import stages


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source text, target text) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return [(e.type, e.source and e.source.text, e.target and e.target.text) for e in EventCoder(article).events()]


@pytest.mark.parametrize("text", [
    "The governments of Norway and Denmark agreed on Monday to inject 3 billion euros into Nordbank, the lender.",
    "France and Germany agreed to lend 2 billion euros to the carmaker Arvola.",
])
def test_joint_actors_agreeing_to_fund_a_party_target_the_recipient(text):
    events = coded(text)
    agreed = [(source, target) for t, source, target in events if t == "AGREE"]
    assert len(agreed) == 2 and len({s for s, _ in agreed}) == 2, events
    assert all(target is not None and ("Nordbank" in target or "Arvola" in target) for _, target in agreed), events


def test_joint_actors_agreeing_to_fund_their_own_thing_agree_with_each_other():
    """Near miss: money put into no other party; each agrees with the other, as before."""
    events = coded("France and Germany agreed to inject money into their joint fund.")
    assert sorted((s, t) for ty, s, t in events if ty == "AGREE") == [("France", "Germany"), ("Germany", "France")]


def test_a_promise_joined_to_an_apology_is_made_to_its_hearers():
    events = coded("The chief executive apologised to passengers on Monday and promised that the airline would "
                   "refund their tickets.")
    assert [(t, target) for t, _, target in events if t == "AGREE"] == [("AGREE", "passengers")], events


def test_a_promise_joined_to_a_journey_has_no_hearer():
    """Near miss: the place one flew to hears nothing."""
    events = coded("The chief executive flew to Lisbon on Monday and promised that the airline would refund the "
                   "tickets.")
    assert [(t, target) for t, _, target in events if t == "AGREE"] == [("AGREE", None)], events


@pytest.mark.parametrize("text", [
    "Brazil had pushed for a larger quota, but Argentina rejected the proposal.",
    "Brazil proposed a larger quota. Argentina rejected it.",
])
def test_a_proposal_referred_back_to_is_rejected_towards_its_maker(text):
    events = coded(text)
    assert [(t, s, target) for t, s, target in events if t == "REJECT"] == [("REJECT", "Argentina", "Brazil")], events


@pytest.mark.parametrize("text", [
    "Brazil had won the vote, but Argentina rejected the proposal.",
    "Brazil called for a larger quota. Argentina rejected the ruling.",
])
def test_a_proposal_not_made_by_the_earlier_clause_names_no_maker(text):
    """Near miss: the earlier clause asks for nothing, or the rejected thing is no proposal."""
    events = coded(text)
    assert [(t, target) for t, _, target in events if t == "REJECT"] == [("REJECT", None)], events


def test_a_definite_object_taken_for_the_subject_is_another_party():
    """The actor stage takes "the bank" for the lender itself; an object that is no reflexive is another party."""
    events = coded("The Bank of England said it had lent the bank 2 billion pounds overnight.")
    assert [(t, target) for t, _, target in events if t == "AID"] == [("AID", "the bank")], events


def test_an_object_of_ones_own_stays_no_other_party():
    """Near miss: a possessed object is the lender's own unit; no target, as before."""
    events = coded("The Bank of England said it had lent its own unit 2 billion pounds overnight.")
    assert [(t, target) for t, _, target in events if t == "AID"] == [("AID", None)], events
