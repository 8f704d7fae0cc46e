"""Participants and assertion over invented sentences (real parse, real actor stage), second round: a sourceless
passive of nobody's people, the author of a complained-about act, a typed body and a bare institution as
targets, an organisation's members asked to act, and the act a helped party is helped to do."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article
from newsgraph.pipeline import stages


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source text, target text, target country) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return [(e.type, e.source and e.source.text, e.target and e.target.text, e.target and e.target.actor.country)
            for e in EventCoder(article).events()]


def test_a_sourceless_passive_of_nobodys_people_is_no_event():
    """Acted on by nobody named and of no known state: no event; a state's people undergoing it still are."""
    assert coded("Marla Quint was convicted in Denver in May on nine counts of theft.") == []
    assert coded("Six sailors were wounded in the clashes.") == []
    assert [e[0] for e in coded("Two Ghanaian sailors were arrested in the port.")] == ["COERCE"]


def test_a_complaint_targets_the_author_of_the_act_complained_of():
    assert coded("Norway filed a complaint at the World Trade Organization over Brazil's import quotas.")[0][3] == "BRA"
    # near miss: no act complained of, the body complained to stays the party
    assert coded("Norway filed a complaint at the World Trade Organization.")[0][2] == "the World Trade Organization"


def test_a_typed_body_is_a_target_not_its_place():
    events = coded("Tom Brannigan accused the school board in Nevada of negligence.")
    assert [(e[0], e[2], e[3]) for e in events] == [("ACCUSE", "the school board", "USA")]
    # near miss: an untyped kind noun is still no actor
    assert all(e[2] != "the board" for e in coded("Tom Brannigan accused the board of negligence."))


@pytest.mark.parametrize("text", [
    "Thousands of farmers marched on parliament in Accra.",
    "Thousands of farmers marched to parliament in Accra.",
])
def test_a_march_on_parliament_targets_it(text):
    assert [(e[0], e[2], e[3]) for e in coded(text)] == [("PROTEST", "parliament", "GHA")]
    # near miss: a march in a town has no target
    assert [e[2] for e in coded("Thousands of farmers marched in Accra.")] == [None]


def test_members_asked_to_act_are_the_target():
    assert [(e[0], e[2]) for e in coded("The teachers union urged its members to boycott the vote.")] == [
        ("REQUEST", "its members")]
    # near miss: the members recalled are the actor's own, and its own soldiers are no target
    assert all(e[2] is None for e in coded("France recalled its soldiers from the border."))


def test_the_act_a_helped_party_is_helped_to_do_is_not_reported():
    events = coded("Senegal sent 500 soldiers to help Gambia fight the rebels.")
    assert "ASSAULT" not in [e[0] for e in events] and "AID" in [e[0] for e in events]
    # near miss: the fight itself reported
    assert "ASSAULT" in [e[0] for e in coded("Gambia fought the rebels with soldiers from Senegal.")]
