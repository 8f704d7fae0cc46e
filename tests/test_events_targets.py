"""Who the target is when the object names it indirectly (a quantity of people, a verbless clause) or names a
party that is no recipient, over invented sentences (real parse, real actor stage)."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder
from newsgraph.model import Article
from newsgraph.pipeline import stages


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source country, target country, target text) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return [(e.type, e.source and e.source.actor.country, e.target and e.target.actor.country,
             e.target and e.target.text) for e in EventCoder(article).events()]


@pytest.mark.parametrize(("text", "type_", "target"), [
    # a number of people named after "of": the people
    ("Chilean police arrested six of the protesters in Santiago.", "COERCE", "the protesters"),
    ("Peruvian soldiers detained four of the students near Arequipa.", "COERCE", "the students"),
    ("A Swiss court found three of the employees guilty of fraud.", "SANCTION", "the employees"),
    # a verbless clause after "found": its subject is the one judged
    ("A Swiss court found the three employees guilty of fraud.", "SANCTION", "the three employees"),
])
def test_the_people_counted_or_judged_are_the_target(text, type_, target):
    assert any(t == type_ and g == target for t, _, _, g in coded(text)), coded(text)


@pytest.mark.parametrize(("text", "type_", "target"), [
    # near misses: a group named whole, or a plain object, keeps its own words
    ("Chilean police arrested hundreds of protesters in Santiago.", "COERCE", "hundreds of protesters"),
    ("Peruvian soldiers detained the students near Arequipa.", "COERCE", "the students"),
])
def test_a_whole_group_stays_the_target(text, type_, target):
    assert any(t == type_ and g == target for t, _, _, g in coded(text)), coded(text)


def test_a_place_is_no_target_when_the_counted_people_are():
    events = coded("Chilean police arrested six of the protesters in Santiago.")
    assert not any(g == "Santiago" for _, _, _, g in events), events
