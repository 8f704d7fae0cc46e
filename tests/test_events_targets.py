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


@pytest.mark.parametrize("text", [
    # the party a welcomed measure is against gets no support
    "Uruguayan families praised the guilty verdicts against four Argentine sailors.",
    "The French government welcomed the new sanctions on Iran.",
])
def test_a_welcomed_measure_against_a_party_has_no_target(text):
    events = coded(text)
    assert any(t == "SUPPORT" for t, _, _, _ in events), events
    assert all(g is None for t, _, _, g in events if t == "SUPPORT"), events


@pytest.mark.parametrize(("text", "type_", "target"), [
    # near misses: the author or the partner of what is welcomed is its recipient, and a condemned measure's
    # party stays the target of the condemnation
    ("The French government welcomed the ruling by the Italian court.", "SUPPORT", "ITA"),
    ("The French government welcomed the agreement with Italy.", "SUPPORT", "ITA"),
    ("The French government condemned the sanctions against Iran.", "ACCUSE", "IRN"),
])
def test_an_author_or_partner_of_the_measure_stays_the_target(text, type_, target):
    assert any(t == type_ and g == target for t, _, g, _ in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    # a demand voiced while sending or leading a delegation to Y is addressed to Y
    "The Chilean trade minister sent a delegation to Washington, urging lower tariffs on fruit.",
])
def test_a_delegation_hears_the_demand(text):
    assert ("REQUEST", "CHL", "USA") in [e[:3] for e in coded(text)], coded(text)


def test_a_delegation_sent_nowhere_names_no_hearer():
    events = coded("The Chilean trade minister sent a delegation, urging lower tariffs on fruit.")
    assert [e[:3] for e in events if e[0] == "REQUEST"] == [("REQUEST", "CHL", None)], events


@pytest.mark.parametrize("text", [
    # talks the clause says went on "between X and Y": X and Y consulted each other
    "After three days, negotiations between Chilean and Peruvian diplomats broke up in Lima with no deal on fishing "
    "rights.",
    "Talks between Chilean and Peruvian officials took place in Lima.",
    # talks that opened or stalled were held as well
    "Negotiations between Chilean and Peruvian officials opened in Lima on Monday.",
    "The talks between Chilean and Peruvian diplomats stalled over fishing rights.",
])
def test_talks_between_two_sides_are_coded_both_ways(text):
    pairs = {e[:3] for e in coded(text)}
    assert {("CONSULT", "CHL", "PER"), ("CONSULT", "PER", "CHL")} <= pairs, pairs


@pytest.mark.parametrize("text", [
    # near misses: talks only expected or called for took no place
    "Talks between Chile and Peru are expected to resume next week.",
    "Talks between Chilean and Peruvian officials will take up the border question.",
    # a verb of the course of talks on anything but talks is no consultation
    "The new bridge between Chile and Peru opened on Monday.",
])
def test_talks_not_held_are_no_consultation(text):
    assert not any(e[0] == "CONSULT" for e in coded(text)), coded(text)
